"""The text of a saved page's bytes: by its byte-order mark, its declared charset, or as UTF-8.

The order is the one browsers follow: a byte-order mark wins; then the
encoding the caller names; then the charset the page declares in a ``<meta
charset>`` or ``<meta http-equiv="Content-Type">`` near its start (read with
the HTML parser from the first bytes, never by matching markup as text); and a
page that declares nothing is read as UTF-8. Labels mean what they mean to
browsers: ``Shift_JIS`` pages are read as Windows-31J (the superset Japanese
pages are really written in) and ``ISO-8859-1`` as Windows-1252. Bytes that the
chosen encoding cannot read are a ``ParseError`` with the line and column, naming
the file.
"""

from __future__ import annotations

import codecs
from email.message import Message

from selectolax.lexbor import LexborHTMLParser

from mofa_parse.api import decode_bytes
from mofa_parse.errors import ParseError

__all__ = ["declared_charset", "decode_page"]

#: How far into the page its charset declaration is looked for.
PRESCAN_BYTES = 4096

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

#: Labels that pages use and Python does not know, and the codec browsers read them with.
_LABELS = {
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "x-euc-jp": "euc_jp",
    "cseucpkdfmtjapanese": "euc_jp",
}
#: Python codecs whose labels browsers read otherwise (by the name ``codecs.lookup`` gives).
_AS_BROWSERS_READ = {
    "shift_jis": "cp932",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "utf-16": "utf-8",  # a page declaring UTF-16 without a byte-order mark is ASCII-compatible
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
}


def _codec(label: str) -> str | None:
    """The Python codec for a charset label as browsers read it, or None for a label nobody knows."""
    label = label.strip().lower()
    try:
        name = codecs.lookup(_LABELS.get(label, label)).name
    except LookupError:
        return None
    return _AS_BROWSERS_READ.get(name, name)


def _charset_parameter(content_type: str) -> str | None:
    """The ``charset`` parameter of a Content-Type value such as ``text/html; charset=Shift_JIS``."""
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset if isinstance(charset, str) and charset.strip() else None


def declared_charset(data: bytes) -> str | None:
    """The charset label the page declares in a ``<meta>`` of its first bytes, as written, or None."""
    # Latin-1 reads every byte, and markup is ASCII in every charset a page may declare.
    head = LexborHTMLParser(data[:PRESCAN_BYTES].decode("latin-1"))
    for meta in head.css("meta"):
        charset = meta.attributes.get("charset")
        if charset and charset.strip():
            return charset.strip()
        if (meta.attributes.get("http-equiv") or "").strip().lower() == "content-type":
            found = _charset_parameter(meta.attributes.get("content") or "")
            if found:
                return found.strip()
    return None


def decode_page(data: bytes, name: str | None, encoding: str | None = None) -> tuple[str, str]:
    """The page's text and the codec it was read with.

    ``name`` is the file (None for bytes given directly: errors then name no file).
    Raises ``ParseError`` for bytes the chosen encoding cannot read, and for an
    unknown ``encoding``.
    """
    where = "<page>" if name is None else name
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode(data, name, where, codec, "the page starts with its byte-order mark"), codec
    if encoding is not None:
        given = _codec(encoding)
        if given is None:
            raise ParseError(f"unknown encoding {encoding!r}", path=name)
        return _decode(data, name, where, given, "the encoding given"), given
    label = declared_charset(data)
    declared = None if label is None else _codec(label)
    if declared is None:
        hint = "the page declares no charset" if label is None else f"the page's charset {label!r} is unknown"
        return _decode(data, name, where, None, f"{hint}; give the encoding to read it in"), "utf-8"
    hint = f"the page declares charset={label}; give an encoding to read it otherwise"
    return _decode(data, name, where, declared, hint), declared


def _decode(data: bytes, name: str | None, where: str, codec: str | None, hint: str) -> str:
    try:
        return decode_bytes(data, where, codec, hint=hint)
    except ParseError as error:
        if name is None:
            raise ParseError(error.message, line=error.line, column=error.column, text=error.text) from None
        raise
