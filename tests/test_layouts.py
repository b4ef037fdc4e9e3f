"""The layouts of conventions.md, one made-up readout each, round-tripped both ways.

Each ``fixtures/layouts/NAME.txt`` has a ``NAME.expected``: the outline of the
tree (see ``outline.py``, paragraphs in full) and, after ``--- diagnostics``,
the diagnostics as ``line:column code``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import mofa_parse

from outline import codes, outline

FIXTURES = Path(__file__).parent / "fixtures" / "layouts"
NAMES = sorted(path.stem for path in FIXTURES.glob("*.txt"))


def _expected(name: str) -> tuple[list[str], list[str]]:
    text = (FIXTURES / f"{name}.expected").read_text(encoding="utf-8")
    tree, _, diagnostics = text.partition("--- diagnostics\n")
    return tree.splitlines(), diagnostics.splitlines()


def _structural(doc: mofa_parse.Document) -> list[str]:
    return [code for code in codes(doc) if not code.split()[1].startswith(("meeting", "speech"))]


@pytest.mark.parametrize("name", NAMES)
def test_layout_tree(name: str) -> None:
    doc = mofa_parse.parse_file(FIXTURES / f"{name}.txt")
    tree, diagnostics = _expected(name)
    assert outline(doc, width=10_000) == tree
    assert _structural(doc) == diagnostics


@pytest.mark.parametrize("name", NAMES)
def test_layout_round_trip(name: str) -> None:
    doc = mofa_parse.parse_file(FIXTURES / f"{name}.txt")
    rendered = mofa_parse.render(doc)
    again = mofa_parse.parse(rendered)
    assert again == doc
    assert mofa_parse.render(again) == rendered


def test_fixture_folder_is_complete() -> None:
    assert NAMES, "no layout fixtures found"
    for name in NAMES:
        assert (FIXTURES / f"{name}.expected").is_file(), name


def test_a_sentence_starting_with_an_initial_is_not_a_subsection() -> None:
    doc = mofa_parse.parse(
        "Japan-Peru Summit Meeting\n\n1. Trade\n\nA. Smith, the Secretary-General, attended the meeting.\n"
    )
    (section,) = doc.sections
    assert section.subsections == ()
    assert section.paragraphs[0].text == "A. Smith, the Secretary-General, attended the meeting."


def test_a_numbered_paragraph_ending_in_a_quotation_is_not_a_heading() -> None:
    doc = mofa_parse.parse('Japan-Peru Summit Meeting\n\n1. President Humala said it was "a good idea."\n')
    (section,) = doc.sections
    assert section.title is None
    assert section.paragraphs[0].text == 'President Humala said it was "a good idea."'


def test_a_subtitle_followed_by_a_photo_link() -> None:
    text = "Japan-Peru Summit Meeting\n(Overview) photo\n\nMay 1, 2010\n\n1. Trade\n\nThe two leaders agreed.\n"
    doc = mofa_parse.parse(text)
    assert (doc.title, doc.subtitle) == ("Japan-Peru Summit Meeting", "Overview")
    assert [(c.kind.value, c.text) for c in doc.chrome] == [("photo", "photo")]
    assert doc.preamble == ()
    assert mofa_parse.parse(mofa_parse.render(doc)) == doc
