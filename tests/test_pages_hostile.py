"""Hostile and broken pages parse leniently, say what they found, and never raise."""

from __future__ import annotations

from pathlib import Path

import pytest

from mofa_parse import Document, parse, parse_html

PAGES = Path(__file__).parent / "fixtures" / "pages"
MOFA = (PAGES / "mofa.html").read_text(encoding="utf-8")
READOUT = (PAGES / "mofa.txt").read_text(encoding="utf-8")


def codes(doc: Document) -> list[str]:
    return [w.code for w in doc.warnings if w.code.startswith("html")]


def test_unclosed_tags_still_give_the_readout() -> None:
    broken = MOFA.replace("</p>", "").replace("</li>", "").replace("</div>\n</div>\n</div>\n</article>", "")
    doc = parse_html(broken)
    assert doc == parse(READOUT)
    assert codes(doc) == []


def test_markup_inside_scripts_styles_and_comments_is_no_text() -> None:
    hostile = MOFA.replace(
        "<p>1. Bilateral relations</p>",
        "<script>document.write('<p>9. Injected section</p>');</script>"
        "<style>p::after { content: '<p>styled</p>'; }</style>"
        "<!-- <p>3. A commented-out section</p> <!-- nested? --> -->"
        "<noscript><p>Please enable JavaScript</p></noscript>"
        "<p>1. Bilateral relations</p>",
    )
    doc = parse_html(hostile)
    for ghost in ("Injected", "styled", "commented-out", "enable JavaScript"):
        assert ghost not in doc.source
    assert [s.number for s in doc.sections] == [1, 2]


def test_five_megabytes_of_navigation_are_dropped_with_the_frame() -> None:
    links = "".join(f'<li><a href="/region/{n}.html">Region {n} and its relations</a></li>' for n in range(80_000))
    huge = MOFA.replace('<nav id="navi-global">', f'<nav id="navi-global"><ul>{links}</ul>')
    assert len(huge) > 5_000_000
    doc = parse_html(huge)
    assert doc == parse(READOUT)
    assert "Region 1 " not in doc.source


def test_five_megabytes_of_navigation_on_an_unknown_page_leave_the_paragraphs() -> None:
    links = "".join(f'<li><a href="/n/{n}.html">Link number {n}</a></li>' for n in range(100_000))
    page = (
        f"<html><body><ul>{links}</ul><div id='story'><h1>Japan-Peru Summit Meeting</h1>"
        "<p>June 1, 2015</p><p>Prime Minister Abe held a summit meeting with President Humala.</p>"
        "<p>1. The two leaders agreed to strengthen economic relations.</p></div></body></html>"
    )
    doc = parse_html(page)
    assert doc.title == "Japan-Peru Summit Meeting" and str(doc.issued) == "2015-06-01"
    assert [s.number for s in doc.sections] == [1]
    assert "Link number" not in doc.source
    assert codes(doc) == ["html-generic"]
    assert "div#story" in doc.warnings[0].message


def test_nested_tables_are_read_cell_by_cell() -> None:
    inner = "<table><tr><td>Japan-Mexico Summit Meeting<br><br>May 2, 2004<br><br>The two leaders met.</td></tr></table>"
    page = "<html><body>" + "<table><tr><td>" * 40 + inner + "</td></tr></table>" * 40 + "</body></html>"
    doc = parse_html(page)
    assert doc.source == "Japan-Mexico Summit Meeting\n\nMay 2, 2004\n\nThe two leaders met.\n"
    assert doc.title == "Japan-Mexico Summit Meeting"


def test_markup_nested_beyond_the_recursion_limit_is_read() -> None:
    page = "<html><body>" + "<div>" * 5000 + "<p>Japan-Chile Summit Meeting</p><p>Both sides met.</p>" + "</div>" * 5000
    doc = parse_html(page)
    assert doc.title == "Japan-Chile Summit Meeting"
    assert doc.preamble[0].text == "Both sides met."


@pytest.mark.parametrize(
    "page",
    [
        "",
        "<html></html>",
        "<html><head><title>Page not found</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        "<!DOCTYPE html><html><body><script>var x = '<p>text</p>';</script></body></html>",
    ],
)
def test_a_page_with_no_readout_says_so(page: str) -> None:
    doc = parse_html(page)
    assert doc.source == "" and doc.title == "" and doc.sections == ()
    assert "html-no-readout" in codes(doc)
    assert any("no readout" in w.message for w in doc.warnings)


def test_a_known_template_without_its_readout_says_so() -> None:
    empty = MOFA[: MOFA.index('<div id="maincontents">')] + '<div id="maincontents"></div></div></div></article></main></body></html>'
    doc = parse_html(empty)
    assert "html-no-readout" in codes(doc)
    assert doc.origin.template == "mofa"


def test_a_japanese_page_is_reported_as_such() -> None:
    japanese = MOFA.replace('<html lang="en">', '<html lang="ja">')
    doc = parse_html(japanese)
    assert codes(doc) == ["html-language"]
    assert 'lang="ja"' in doc.warnings[0].message


@pytest.mark.parametrize(
    "fragment",
    [
        "<p>unclosed <b>bold <i>italic</p> and <table><td>cell",
        "</div></div></p></body></html><p>after the end</p>",
        "<<<>>><p>&bogus; &#xFFFFFFFF; &#0; &amp&lt</p>",
        "<p>" + "\u2028\x85\x0b\x0c" * 10 + "</p><p>text</p>",
        "<table><tr><td><table><tr><td>" * 300,
        "<svg><p>inside svg</p></svg><math><mi>x</mi></math>",
        "<p>" + "a" * 200_000 + "</p>",
        "<ol start='x' type='z'><li value='-3'>odd list</li><li>next</li></ol>",
        "<br>" * 1000 + "<pre>  line one\n  line two</pre>",
    ],
)
def test_broken_markup_never_raises(fragment: str) -> None:
    doc = parse_html("<html><body>" + fragment)
    assert isinstance(doc, Document)
    assert isinstance(parse_html(fragment.encode("utf-8")), Document)


def test_a_japanese_page_of_no_known_template_says_both() -> None:
    page = "<html lang='ja'><body><div><p>日米首脳会談</p><p>両首脳は会談した。</p></div></body></html>"
    doc = parse_html(page)
    assert codes(doc) == ["html-language", "html-generic"]
    assert doc.origin.template == "generic"
