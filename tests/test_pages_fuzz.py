"""Property tests: ``parse_html`` never raises for any string, and reads tag soup into a parseable readout.

Tag soup is a random sequence of the pieces saved pages are made of — opening
and closing tags of blocks, lists, tables and inline elements (some with the
ids and classes of the page templates), ``<br>``, comments, scripts, entities
and readout-like lines — in any order, unbalanced. Its bytes in any of the
charsets pages declare raise nothing but ``ParseError``.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mofa_parse import Document, ParseError, parse, parse_html

PIECES = [
    "<p>", "</p>", "<div>", "</div>", "<br>", "<br><br>", "<ul>", "</ul>", "<ol type='a'>", "</ol>",
    "<li>", "</li>", "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<b>", "</b>",
    "<font size='+1'>", "</font>", "<h1 class='title1'>", "</h1>", "<h2>", "</h2>", "<pre>", "</pre>",
    "<main id='contents'>", "<div id='maincontents'>", "<div id='breadcrumb'>", "<div class='index'>",
    "<div id='contents-header'>", "<div class='photo'><img alt='x'>", "<footer id='footer'>", "<nav>",
    "<!-- <p>hidden</p> -->", "<script>var s = '<p>';</script>", "<style>p{}</style>", "<!--",
    "&nbsp;", "&amp;", "&#8217;", "&bogus;", "<", ">", "\n", " ",
    "Japan-China Summit Meeting", "June 1, 2015", "1. Bilateral relations", "(1) Both sides agreed.",
    "Prime Minister Abe stated that he welcomed the visit.", "Back to Index", "Page Top",
    "(Photo: Cabinet Public Affairs Office)", "Home > News > Title", "Japan-China Relations",
]
soup = st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=60).map("".join)


@given(st.text())
def test_any_text_is_read_without_raising(text: str) -> None:
    doc = parse_html(text)
    assert isinstance(doc, Document)
    assert doc == parse(doc.source)


@given(st.sampled_from(["", "<!DOCTYPE html><html lang='en'><body>", "<html><head><title>T</title></head>"]), soup)
def test_tag_soup_reads_into_a_readout_that_parses_as_text(opening: str, body: str) -> None:
    doc = parse_html(opening + body)
    assert doc == parse(doc.source)
    lines = doc.source.splitlines()
    assert all(line == " ".join(line.split()) for line in lines)  # white space collapsed, every line
    assert "" not in lines[:1] and "\n\n\n" not in doc.source  # no blank line first, none doubled


@given(soup, st.sampled_from(["utf-8", "shift_jis", "euc-jp", "iso-8859-1", "utf-16"]), st.binary(max_size=8))
def test_bytes_raise_nothing_but_parse_errors(body: str, charset: str, noise: bytes) -> None:
    page = f'<html><head><meta charset="{charset}"></head><body>{body}</body></html>'
    data = page.encode(charset, "replace") + noise
    try:
        assert isinstance(parse_html(data), Document)
    except ParseError as error:
        assert error.path is None and error.line >= 1
