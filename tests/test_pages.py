"""Saved pages read into the same documents as their readouts given as text.

Each page of ``tests/fixtures/pages/`` is written in one template of
``rules/pages.toml``; the ``.txt`` beside it is the same readout as a text
copy of the page would give it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import mofa_parse
from mofa_parse import Origin, ParseError, SourceFormat, parse, parse_file, parse_html
from mofa_parse.io.pages import looks_like_html

PAGES = Path(__file__).parent / "fixtures" / "pages"
TEMPLATES = ("mofa", "kantei", "mofa-table")

ADDRESSES = {
    "mofa": "https://www.mofa.go.jp/la_c/sa/cl/page4e_000123.html",
    "kantei": "http://japan.kantei.go.jp/asophoto/2009/05/22tonga_e.html",
    "mofa-table": None,
}


def page(name: str) -> bytes:
    return (PAGES / f"{name}.html").read_bytes()


def as_text(name: str) -> str:
    return (PAGES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", TEMPLATES)
def test_a_page_reads_as_its_readout_given_as_text(name: str) -> None:
    from_page = parse_html(page(name))
    from_text = parse(as_text(name))
    assert from_page == from_text
    assert from_page.chrome == from_text.chrome
    assert from_page.meeting == from_text.meeting
    assert from_page.statements == from_text.statements
    assert from_page.people == from_text.people
    assert [w for w in from_page.warnings if w.code.startswith("html")] == []
    assert from_page.origin.template == name
    assert from_page.origin.format is SourceFormat.HTML
    assert from_page.origin.url == ADDRESSES[name]


def test_the_current_template_keeps_its_furniture_out_of_the_content() -> None:
    doc = parse_html(page("mofa"))
    assert doc.title == "Japan-Chile Foreign Ministers’ Meeting"
    assert [(c.kind.value, c.text) for c in doc.chrome] == [
        ("breadcrumb", "Home > Countries & Regions > Latin America and the Caribbean > Japan-Chile Foreign Ministers' Meeting"),
        ("category", "Japan-Chile Relations"),
        ("photo", "(Photo: Ministry of Foreign Affairs)"),
        ("navigation", "Page Top"),
        ("navigation", "Back to Japan-Chile Relations"),
    ]
    body = doc.source
    for frame in ("Foreign Policy", "Sitemap", "Copyright", "Not a paragraph", "Smartphone menu", "Draft paragraph"):
        assert frame not in body
    assert doc.meeting.participants and doc.meeting.duration is not None
    assert doc.sections[0].clauses[0].body[1].text == (
        "Minister Kono also stated that he wished to deepen cooperation in trade, investment and disaster risk reduction."
    )
    assert [item.marker for item in doc.sections[1].items] == ["•", "•"]


def test_the_origin_names_the_page() -> None:
    doc = parse_html(page("kantei"), url="https://japan.kantei.go.jp/saved.html")
    assert doc.origin == Origin(
        format=SourceFormat.HTML,
        path=None,
        url="https://japan.kantei.go.jp/saved.html",
        page_title="Prime Minister Aso Receives a Courtesy Call from the Prime Minister of Tonga"
        " | Prime Minister of Japan and His Cabinet",
        template="kantei",
    )
    assert parse("Title\n").origin == Origin()


def test_a_page_and_its_origin_survive_json() -> None:
    doc = parse_html(page("mofa"))
    back = mofa_parse.from_json(mofa_parse.to_json(doc))
    assert back == doc and back.origin == doc.origin and back.source == doc.source


# --------------------------------------------------------------------------- by content, not by name


def test_files_are_read_by_what_they_hold_whatever_their_names(tmp_path: Path) -> None:
    (tmp_path / "saved.txt").write_bytes(page("kantei"))
    (tmp_path / "readout.html").write_text(as_text("kantei"), encoding="utf-8")
    from_page = parse_file(tmp_path / "saved.txt")
    from_text = parse_file(tmp_path / "readout.html")
    assert from_page == from_text == parse(as_text("kantei"))
    assert from_page.origin.format is SourceFormat.HTML
    assert from_page.origin.path == str(tmp_path / "saved.txt")
    assert from_text.origin == Origin(format=SourceFormat.TEXT, path=str(tmp_path / "readout.html"))


@pytest.mark.parametrize(
    ("start", "html"),
    [
        ("<!DOCTYPE html><html>", True),
        ("\ufeff  \n<html lang='en'>", True),
        ("<!-- saved from url=(0042)https://www.mofa.go.jp/ -->\n<html>", True),
        ("<HTML>\n<HEAD>", True),
        ("<p>On June 1, ...", True),
        ("<table><tr>", True),
        ("Japan-China Summit Meeting\n\n<p> is how pages mark paragraphs", False),
        ("<Provisional Translation>", False),
        ("<about> the meeting", False),
        ("", False),
    ],
)
def test_what_counts_as_a_page(start: str, html: bool) -> None:
    assert looks_like_html(start) is html
    assert looks_like_html(start.encode("utf-8")) is html


def test_a_utf16_page_is_known_by_its_byte_order_mark() -> None:
    data = page("mofa").decode("utf-8").encode("utf-16")
    assert looks_like_html(data)
    assert parse_html(data) == parse(as_text("mofa"))


# --------------------------------------------------------------------------- strictness and errors


def test_strict_raises_for_a_page_of_no_known_template() -> None:
    html = "<html><body><div><p>Japan-X Summit Meeting</p><p>The two leaders met.</p></div></body></html>"
    assert parse_html(html).origin.template == "generic"
    with pytest.raises(ParseError, match="no known page template"):
        parse_html(html, strict=True)


def test_strict_failures_in_a_page_name_the_file(tmp_path: Path) -> None:
    html = page("mofa").replace(b"<p>2. International affairs</p>", b"<p>4. International affairs</p>")
    (tmp_path / "page.html").write_bytes(html)
    with pytest.raises(ParseError) as caught:
        parse_file(tmp_path / "page.html", strict=True)
    assert caught.value.path == str(tmp_path / "page.html")
    assert caught.value.text == "4. International affairs"


def test_parse_html_takes_text_or_bytes() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        parse_html(3)  # type: ignore[arg-type]
