"""Hostile inputs: each parses leniently, keeps its source and accounts for every character.

The regression tests at the end each name the defect an input once showed.
"""

from __future__ import annotations

import pytest
from lark.exceptions import LarkError

import mofa_parse
from accounting import account
from mofa_parse import Clause, Document, Item, Paragraph, Section, parser


def _lenient(text: str) -> Document:
    """Parse ``text`` leniently and check the promises every parse keeps."""
    doc = mofa_parse.parse(text)
    assert doc.source is text
    assert not [d for d in doc.warnings if d.code == "internal"]
    account(doc)
    assert mofa_parse.parse(mofa_parse.render(doc)) == doc
    return doc


# --------------------------------------------------------------------------- regressions


def test_marker_followed_by_a_unicode_space_is_read_as_a_marker() -> None:
    """An em space after "1." once stayed at the start of the heading, which the model refused."""
    doc = _lenient("Japan-X Talks\n1.\u2003Economy\n(1)\u2000Both sides agreed.\n")
    assert doc.sections == (
        Section(1, "1.", "Economy", (Clause(1, None, (Paragraph("Both sides agreed."),)),)),
    )


def test_fallback_keeps_every_line_of_a_crlf_source(monkeypatch: pytest.MonkeyPatch) -> None:
    """Were the grammar ever to refuse the tokens, the fallback once cut lines at "\\n" only.

    On CRLF or CR input that left "\\r" inside a paragraph, which the model refuses, so
    ``parse`` raised; and a trailing "photo" was kept both as chrome and in the paragraph.
    """

    class Refusing:
        def parse(self, lexed: object) -> object:
            raise LarkError("refused")

    monkeypatch.setattr(parser, "_parser", lambda: Refusing())
    text = "Japan-X Talks\r\nThe leaders met. photo\r1. Economy\r\n  - Trade\r\n"
    doc = mofa_parse.parse(text)
    assert doc.preamble == (
        Paragraph("Japan-X Talks"),
        Paragraph("The leaders met."),
        Paragraph("1. Economy"),
        Paragraph("- Trade"),
    )
    assert [c.text for c in doc.chrome] == ["photo"]
    assert [(d.code, d.message) for d in doc.warnings][:1] == [
        ("internal", "structure could not be read (LarkError); kept as paragraphs")
    ]
    account(doc)


def test_doubled_or_odd_marker_where_only_a_plain_one_fits_stays_text() -> None:
    """ "2. 2." as a list item or clause, and "(xxxx)", once reached the model, which refused them.

    A doubled marker is a section marker only ("1. 1. On ..."); elsewhere the line is text.
    """
    doc = _lenient("Japan-X Talks\n1. Economy\n1. 1. Trade grew.\n  (xxxx) text\n2. 3. 3. Trade grew.\n")
    assert doc.sections == (
        Section(1, "1.", "Economy", (Paragraph("1. 1. Trade grew."), Paragraph("(xxxx) text"))),
        Section(2, "2.", None, (Paragraph("3. 3. Trade grew."),)),
    )
    assert [(d.line, d.column, d.message) for d in doc.warnings if d.code == "marker-as-text"] == [
        (3, 1, "'1. 1.' cannot be a clause marker; kept as text"),
        (4, 3, "'(xxxx)' cannot be a list marker; kept as text"),
        (5, 4, "'3. 3.' cannot be a list marker; kept as text"),
    ]


def test_marker_doubled_without_a_space_is_not_a_marker() -> None:
    """ "1.1. Overview" was read as the doubled section marker "1.1.", which the model refused."""
    doc = _lenient("Japan-X Talks\n1.1. Overview\n1. 1. Economy\n")
    assert doc.preamble == (Paragraph("1.1. Overview"),)
    assert doc.sections == (Section(1, "1. 1.", "Economy"),)


def test_new_list_style_dedented_after_an_item_without_a_list_nests() -> None:
    """ "  1. Trade" then "(a) Investment" once made two sibling items of different styles.

    Text cannot express that (the model refuses it), so the document fell back to
    plain paragraphs. The new style nests, as it does beside an item with no list.
    """
    doc = _lenient("Japan-X Talks\n1. Economy\n  1. Trade\n(a) Investment\n(b) Tourism\n")
    assert doc.sections == (
        Section(
            1,
            "1.",
            "Economy",
            (
                Item(
                    "1.",
                    1,
                    (
                        Paragraph("Trade"),
                        Item("(a)", 1, (Paragraph("Investment"),)),
                        Item("(b)", 2, (Paragraph("Tourism"),)),
                    ),
                ),
            ),
        ),
    )
