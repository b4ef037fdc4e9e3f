"""Saved web pages: the readout of an HTML page, read as the text layout ``parse`` reads.

``parse_html`` decodes the page (``charset``), finds its template, title,
readout and furniture (``read``, by the rules of ``rules/pages.toml``), writes
the readout as text (``layout``) and parses that text: ``Document.source`` is
the text, and ``Document.origin`` says where it came from. ``looks_like_html``
is how ``parse_file`` and the command line tell a page from a text readout:
by its first characters, whatever the file is called.
"""

from __future__ import annotations

import codecs

import attrs

from mofa_parse.errors import ParseError
from mofa_parse.model import Document, Origin, Severity, SourceFormat

__all__ = ["looks_like_html", "parse_html", "read_html"]

#: What a page starts with, after white space (the tags of the HTML standard's sniffing rule).
_OPENINGS = (
    "<!doctype html",
    "<html",
    "<head",
    "<script",
    "<iframe",
    "<h1",
    "<div",
    "<font",
    "<table",
    "<a",
    "<style",
    "<title",
    "<b",
    "<body",
    "<br",
    "<p",
    "<meta",
)
#: How far into the input ``looks_like_html`` reads.
_SNIFF = 1024


def looks_like_html(data: str | bytes) -> bool:
    """Whether the input is a web page: it opens with a doctype, a comment or one of the usual tags."""
    if isinstance(data, bytes):
        head = data[: _SNIFF * 2].removeprefix(codecs.BOM_UTF8)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = head.decode("utf-16", "replace")
        else:
            text = head.decode("latin-1")
    else:
        text = data[:_SNIFF]
    text = text.lstrip("\ufeff \t\r\n\f").lower()
    if text.startswith("<!--"):
        return True
    for opening in _OPENINGS:
        if text.startswith(opening):
            after = text[len(opening) : len(opening) + 1]
            if after in (" ", ">", "\t", "\n", "\r", "\f", "/") or opening == "<!doctype html":
                return True
    return False


def read_html(
    html: str | bytes,
    *,
    url: str | None = None,
    strict: bool = False,
    path: str | None = None,
    encoding: str | None = None,
) -> Document:
    """``parse_html`` for a page read from ``path`` (named in errors), in ``encoding`` if given."""
    from mofa_parse.api import parse
    from mofa_parse.io.pages.charset import decode_page
    from mofa_parse.io.pages.read import read_page

    if isinstance(html, bytes):
        html, _ = decode_page(html, path, encoding)
    elif not isinstance(html, str):
        raise TypeError(f"parse_html() takes str or bytes, not {type(html).__name__}")
    page = read_page(html)
    if strict:
        for diagnostic in page.diagnostics:
            if diagnostic.severity is Severity.WARNING:
                raise ParseError(diagnostic.message, line=1, column=1, path=path)
    try:
        doc = parse(page.text, strict=strict)
    except ParseError as error:
        raise (error.with_path(path) if path is not None else error) from None
    origin = Origin(
        format=SourceFormat.HTML,
        path=path,
        url=url if url is not None else page.url,
        page_title=page.page_title,
        template=page.template,
    )
    return attrs.evolve(doc, warnings=page.diagnostics + doc.warnings, origin=origin)


def parse_html(html: str | bytes, *, url: str | None = None, strict: bool = False) -> Document:
    """Parse the readout of a saved web page.

    Bytes are decoded by the page's byte-order mark or declared charset, else as
    UTF-8 (``ParseError`` for bytes that cannot be read). The page's template
    (``rules/pages.toml``) says where its title and readout are and which parts
    are page furniture; a page of no known template is read from its largest
    block of paragraphs, with a diagnostic. The readout is written as text
    (``Document.source``) and parsed as ``parse`` would. ``Document.origin``
    holds ``url`` (else the page's canonical address), the page's ``<title>`` and
    the template. Lenient by default: never raises for a ``str``; with
    ``strict=True`` a page of no known template, or with no readout, raises
    ``ParseError``, as do departures from the conventions in the readout.
    """
    return read_html(html, url=url, strict=strict)
