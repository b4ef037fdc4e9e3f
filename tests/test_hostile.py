"""Hostile inputs: each parses leniently, keeps its source and accounts for every character.

The regression tests at the end each name the defect an input once showed.
"""

from __future__ import annotations

import re

import pytest

import mofa_parse
from accounting import account
from mofa_parse import Block, Clause, Document, Item, Paragraph, Section, Severity, Span
from mofa_parse.structure import parser
from mofa_parse.structure.lexer import MAX_ITEM_DEPTH


def _lenient(text: str) -> Document:
    """Parse ``text`` leniently and check the promises every parse keeps."""
    doc = mofa_parse.parse(text)
    assert doc.source is text
    assert not [d for d in doc.warnings if d.code == "internal"]
    account(doc)
    assert mofa_parse.parse(mofa_parse.render(doc)) == doc
    return doc


# --------------------------------------------------------------------------- pathological sizes
# Each completes and is read correctly; benchmarks/scaling.py measures that the time is linear.

HEAD = "Japan-X Talks\n1. Economy\n"


def _depth(blocks: tuple[Block, ...]) -> int:
    """How deep ``blocks`` nest (a paragraph alone is 1), without recursion."""
    deepest = 0
    stack = [(block, 1) for block in blocks]
    while stack:
        block, depth = stack.pop()
        deepest = max(deepest, depth)
        if not isinstance(block, Paragraph):
            stack.extend((child, depth + 1) for child in block.body)
    return deepest


def test_ten_megabyte_single_line() -> None:
    line = "The two leaders talked (at length) about trade. " * 210_000
    doc = _lenient("Japan-X Talks\n" + line)
    assert len(line) > 10_000_000
    assert doc.preamble == (Paragraph(line.strip()),)


def test_hundred_thousand_blank_lines() -> None:
    doc = _lenient("Japan-X Talks\n" + " \n\r\n" * 50_000 + "1. Economy\n" + "\n" * 100_000 + "Both sides agreed.")
    assert doc.sections == (Section(1, "1.", "Economy", (Paragraph("Both sides agreed."),)),)
    assert doc.sections[0].span == Span(200_014, 300_043)


def test_thousands_of_combined_markers_on_one_line() -> None:
    """At most three markers open levels; the rest of the line is text."""
    markers = "(1) (a) - " * 3000
    doc = mofa_parse.parse(HEAD + markers + "x\n")
    account(doc)
    paragraph = Paragraph(markers[len("(1) (a) - ") :] + "x")
    item = Item("(a)", 1, (Item("-", None, (paragraph,)),))
    assert doc.sections == (Section(1, "1.", "Economy", (Clause(1, None, (item,)),)),)


def test_unbalanced_parentheses_and_quotes_by_the_ten_thousand() -> None:
    lines = ["(" * 10_000, '"' * 10_000, ")" * 10_000, '\u201c("' * 10_000, "photo(" * 10_000, "(photo " * 10_000]
    doc = _lenient(HEAD + "\n".join(lines))
    assert doc.sections == (Section(1, "1.", "Economy", tuple(Paragraph(line.strip()) for line in lines)),)
    assert doc.chrome == ()


def test_title_of_a_megabyte_is_a_paragraph() -> None:
    """A title is short: a megabyte-long first line is running text."""
    line = "Japan-X Summit Meeting " * 46_000
    doc = _lenient(line + "\nJuly 2003\n")
    assert (doc.title, doc.issued_text) == ("", None)
    assert doc.preamble == (Paragraph(line.strip()), Paragraph("July 2003"))
    assert [d.code for d in doc.warnings if d.severity is Severity.WARNING] == ["no-title", "no-date"]


def test_ten_thousand_nested_levels_of_bullets() -> None:
    """Lists nest at most MAX_ITEM_DEPTH deep; deeper bullets stay text, and nothing recurses too deep."""
    levels = 10_000
    # Level n is indented 2n columns (markers within a column of each other are siblings).
    lines = ["\t" * (n // 2) + "  " * (n % 2) + f"- point {n}" for n in range(levels)]
    doc = _lenient(HEAD + "\n".join(lines))
    section = doc.sections[0]
    assert _depth(section.body) == MAX_ITEM_DEPTH + 1
    deepest = section.body[0]
    for _ in range(MAX_ITEM_DEPTH - 1):
        assert isinstance(deepest, Item)
        deepest = deepest.body[-1]
    assert isinstance(deepest, Item)
    last = MAX_ITEM_DEPTH - 1
    assert deepest.body == (Paragraph(f"point {last}"), *(Paragraph(f"- point {n}") for n in range(last + 1, levels)))
    too_deep = [d for d in doc.warnings if d.code == "item-too-deep"]
    assert len(too_deep) == levels - MAX_ITEM_DEPTH
    assert len(list(doc.iter_blocks())) == 1 + MAX_ITEM_DEPTH + levels
    assert hash(doc) == hash(mofa_parse.parse(mofa_parse.render(doc)))


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
    monkeypatch.setattr(parser, "grammar_text", lambda: "start: TITLE\n%declare TITLE")  # refuses the second line
    text = "Japan-X Talks\r\nThe leaders met. photo\r1. Economy\r\n  - Trade\r\n"
    parser._parser.cache_clear()
    try:
        doc = mofa_parse.parse(text)
    finally:
        parser._parser.cache_clear()
    assert doc.preamble == (
        Paragraph("Japan-X Talks"),
        Paragraph("The leaders met."),
        Paragraph("1. Economy"),
        Paragraph("- Trade"),
    )
    assert [c.text for c in doc.chrome] == ["photo"]
    assert [(d.code, d.message) for d in doc.warnings][:1] == [
        ("internal", "structure could not be read (an internal error); every line kept as a paragraph")
    ]
    account(doc)


def test_doubled_marker_below_a_section_opens_two_levels_and_odd_marker_stays_text() -> None:
    """ "2. 2." as a list item or clause, and "(xxxx)", once reached the model, which refused them.

    A doubled marker is a section marker only ("1. 1. On ..."); elsewhere it opens two
    levels, as combined markers do. "(xxxx)" numbers nothing: the line is text.
    """
    doc = _lenient("Japan-X Talks\n1. Economy\n1. 1. Trade grew.\n  (xxxx) text\n2. Security\n  3. 3. Talks\n")
    assert doc.sections == (
        Section(
            1,
            "1.",
            "Economy",
            (Clause(1, None, (Item("1.", 1, (Paragraph("Trade grew."),)), Paragraph("(xxxx) text")), "1."),),
        ),
        Section(2, "2.", "Security", (Item("3.", 3, (Item("3.", 3, (Paragraph("Talks"),)),)),)),
    )
    assert [(d.line, d.column, d.message) for d in doc.warnings if d.code == "marker-as-text"] == [
        (4, 3, "'(xxxx)' cannot be a list marker; kept as text"),
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


def test_title_lines_that_join_into_a_sentence_do_not_continue_the_title() -> None:
    """Each title line was checked alone, so lines that joined into running text (or past
    200 characters) became a title that, written on one line, read back as a paragraph."""
    doc = _lenient("Japan-X Talks\nand the leaders made the following\nstatements:\n")
    assert doc.title == "Japan-X Talks and the leaders made the following"
    assert doc.preamble == (Paragraph("statements:"),)
    long = "on the occasion of the meeting of the leaders of the region"
    doc = _lenient("\n".join([long] * 4))
    assert doc.title == f"{long} {long} {long}"
    assert doc.preamble == (Paragraph(long),)


def test_a_second_date_line_is_not_a_title() -> None:
    """A date line after the date line became the title; rendered above the date, it was read
    back as the date line and the documents differed."""
    doc = _lenient("September 3, 2001\nNovember 22, 2004\n(Overview)\n")
    assert (doc.title, doc.issued_text) == ("", "September 3, 2001")
    assert doc.preamble == (Paragraph("November 22, 2004"), Paragraph("(Overview)"))


def test_title_lines_that_join_into_a_labelled_field_or_markers_do_not_continue_the_title() -> None:
    """ "Prime Minister Sato:" then "with President Lind" joined into "Prime Minister Sato: with
    President Lind", which reads as a labelled field, and "A." then "with ..." into "A. with ...",
    a lettered section: written on one line, neither read back as a title."""
    doc = _lenient("Prime Minister Sato:\nwith President Lind\n")
    assert doc.title == "Prime Minister Sato:"
    assert doc.preamble == (Paragraph("with President Lind"),)
    doc = _lenient("A.\nwith President Lind\n")
    assert doc.title == "A."
    assert doc.preamble == (Paragraph("with President Lind"),)


def test_line_numbers_after_runs_of_blank_lines_of_every_kind() -> None:
    """Lines after long runs of blank lines of every kind keep their numbers and columns."""
    blank = "\n \r\n\t\r\u3000\n\u2028\u200b\r\n" * 1000
    text = f"Japan-X Talks\r\n{blank}1. Economy{blank}(1) Trade grew.\r{blank}\t(3) Energy grew.\n"
    doc = _lenient(text)
    offset = text.index("(3) Energy")
    line = len(re.split(r"\r\n|\r|\n", text[:offset]))
    assert line == 15_002  # "\r" and the "\n" that starts the run end one line
    assert [(d.line, d.column, d.text) for d in doc.warnings if d.code == "clause-numbering"] == [
        (line, 2, "(3) Energy grew.")
    ]


def test_page_furniture_with_a_trailing_photo_is_all_furniture() -> None:
    """ "photo(A and B) photo(Talks) photo" lost its trailing photo to chrome and kept the rest
    as a paragraph, which on a line of its own (as render writes it) is a photo line."""
    doc = _lenient("Japan-X Talks\n1. Economy\n  - Trade\nphoto(Minister A and Minister B) photo(Talks) photo\n  - Energy\n")
    assert [(c.kind.value, c.text) for c in doc.chrome] == [
        ("photo", "photo(Minister A and Minister B) photo(Talks)"),
        ("photo", "photo"),
    ]
    assert doc.sections == (
        Section(1, "1.", "Economy", (Item("-", None, (Paragraph("Trade"),)), Item("-", None, (Paragraph("Energy"),)))),
    )
