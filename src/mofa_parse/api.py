"""The entry points: ``parse`` and ``parse_file``.

A parse runs in stages, each reading what the one before produced:

1. ``parser.parse_structure`` — lines → tokens → Lark LALR → the document tree,
   with chrome, header fields and structural diagnostics;
2. ``meeting.apply`` — who met whom, when, where, for how long;
3. ``speech.apply`` — who said what, in reply to whom.

Strict mode raises on the first diagnostic of severity ``WARNING`` (a departure
from the layout conventions); ``NOTE`` diagnostics of the semantic passes never raise.
"""

from __future__ import annotations

import os

import attrs

from mofa_parse.errors import ParseError
from mofa_parse.io.files import Skipped, read_limited
from mofa_parse.io.pages import looks_like_html, read_html
from mofa_parse.io.unicode import from_bom, without_bom
from mofa_parse.model import Document, Origin, Severity
from mofa_parse.semantics import meeting, speech
from mofa_parse.structure.parser import parse_structure

__all__ = ["decode_bytes", "parse", "parse_data", "parse_file", "read_bytes", "read_text"]



def parse(text: str, *, strict: bool = False) -> Document:
    """Parse one readout.

    Lenient by default: never raises for any ``str``; what does not fit the
    conventions is kept as plain paragraphs and reported in ``Document.warnings``.
    With ``strict=True`` the first departure raises ``ParseError``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}; use parse_file() for files")
    doc = parse_structure(text)
    doc = meeting.apply(doc)
    doc = speech.apply(doc)
    if strict:
        for diagnostic in doc.warnings:
            if diagnostic.severity is Severity.WARNING:
                raise ParseError(
                    diagnostic.message, line=diagnostic.line, column=diagnostic.column, text=diagnostic.text
                )
    return doc


def decode_bytes(
    data: bytes,
    name: str,
    encoding: str | None = None,
    *,
    hint: str = "pass encoding= for other encodings",
) -> str:
    """Decode a readout's bytes: UTF-8 (with or without BOM), or UTF-16 or UTF-32 with a BOM,
    unless ``encoding`` says otherwise.

    Raises ``ParseError`` naming ``name``, with the line and column of the first
    NUL byte (binary input) or undecodable byte; ``hint`` says how to choose
    another encoding in the caller's terms.
    """
    codec = encoding or from_bom(data) or "utf-8-sig"
    if encoding is None and codec == "utf-8-sig" and b"\x00" in data:  # UTF-16 and UTF-32 hold NUL bytes
        line, column, shown = _where(data, data.index(b"\x00"), codec)
        guess = without_bom(data)
        message = "binary file (NUL byte), not a text readout"
        if guess is not None:
            message = f"not UTF-8 but, by its NUL bytes, {guess} without a byte-order mark ({hint})"
        raise ParseError(message, line=line, column=column, text=shown, path=name)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        line, column, shown = _where(data, error.start, codec)
        named = encoding or ("UTF-8" if codec == "utf-8-sig" else codec.upper())
        raise ParseError(
            f"not valid {named}: byte 0x{data[error.start]:02x} cannot be decoded ({hint})",
            line=line,
            column=column,
            text=shown,
            path=name,
        ) from error
    except LookupError as error:
        raise ParseError(f"unknown encoding {encoding!r}", path=name) from error
    return text


def _where(data: bytes, offset: int, codec: str) -> tuple[int, int, str]:
    """The 1-based line and column (in characters) of byte ``offset``, and that line (bad bytes replaced)."""
    begin = max(data.rfind(b"\n", 0, offset), data.rfind(b"\r", 0, offset)) + 1
    line = data.count(b"\n", 0, begin) + data.count(b"\r", 0, begin) - data.count(b"\r\n", 0, begin) + 1
    ends = [found for found in (data.find(b"\n", offset), data.find(b"\r", offset)) if found >= 0]
    end = min(ends, default=len(data))
    column = len(data[begin:offset].decode(codec, "replace")) + 1
    return line, column, data[begin:end].decode(codec, "replace").strip()


def read_text(
    path: str | os.PathLike[str],
    encoding: str | None = None,
    *,
    hint: str = "pass encoding= for other encodings",
) -> str:
    """The text of a readout file, decoded by ``decode_bytes``.

    Raises ``ParseError`` naming the file for unreadable, binary or undecodable input.
    """
    name, data = read_bytes(path)
    return decode_bytes(data, name, encoding, hint=hint)


def read_bytes(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """The file's name as a string and its bytes; ``ParseError`` naming the file if it cannot be read."""
    name = os.fspath(path)
    if not isinstance(name, str):  # as pathlib.Path refuses it
        raise TypeError(
            "argument should be a str or an os.PathLike object where __fspath__ returns a str, "
            f"not {type(name).__name__!r}"
        )
    try:
        data = read_limited(name, 0)  # a regular file only: a FIFO or a device would block or never end
    except Skipped as skipped:
        raise ParseError(skipped.message.removesuffix(": skipped"), path=name) from None
    return name, data


def parse_file(
    path: str | os.PathLike[str], *, strict: bool = False, encoding: str | None = None
) -> Document:
    """Read a file (UTF-8, UTF-8 with BOM, CRLF, or ``encoding``) and parse it.

    A saved web page (a file that starts as HTML does, whatever its name) is read
    by ``parse_html``, in its declared charset unless ``encoding`` is given.
    ``Document.origin.path`` names the file. Unreadable, binary or undecodable
    input raises ``ParseError`` naming the file, and so do strict-mode failures.
    """
    name, data = read_bytes(path)
    return parse_data(data, name, strict=strict, encoding=encoding)


def parse_data(
    data: bytes,
    name: str,
    *,
    strict: bool = False,
    encoding: str | None = None,
    hint: str = "pass encoding= for other encodings",
) -> Document:
    """Parse the bytes of the file ``name``: as a saved page when they start as HTML does, else as text.

    ``Document.origin.path`` is ``name``; errors name it too. The bytes are let go of
    once decoded: a caller that does not keep them frees them before the parse.
    """
    if looks_like_html(data):
        return read_html(data, strict=strict, path=name, encoding=encoding)
    text = decode_bytes(data, name, encoding, hint=hint)
    del data
    try:
        doc = parse(text, strict=strict)
    except ParseError as error:
        raise error.with_path(name) from None
    return attrs.evolve(doc, origin=Origin(path=name))
