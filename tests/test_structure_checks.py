"""The structural checks: what they report of numbering, title and date line, with line and column."""

from __future__ import annotations

import pytest

from mofa_parse.model import Block, Item, Paragraph, Span
from mofa_parse.structure import checks
from mofa_parse.structure.parser import parse_structure

SOURCE = "\n".join(f"line {number}" for number in range(200))


def _report() -> checks._Reporter:
    doc = parse_structure(SOURCE)
    return checks._Reporter(doc.source, [index * 9 for index in range(200)])


def _item(ordinal: int | None, start: int, body: tuple[Block, ...]) -> Item:
    marker = "-" if ordinal is None else f"{ordinal}."
    return Item(marker, ordinal, body, span=Span(start, start + 2))


def test_item_runs_report_repeats_gaps_and_steps_back() -> None:
    body = (_item(1, 0, ()), _item(1, 9, ()), _item(3, 18, ()), _item(2, 27, ()), _item(5, 45, ()))
    found = _report()
    checks._flow(body, found)
    assert [(diagnostic.line, diagnostic.message) for diagnostic in found.found] == [
        (2, "item 1. repeats 1."),
        (3, "item numbering skips to 3. after 1."),
        (4, "item numbering goes back to 2. after 3."),
        (6, "item numbering skips to 5. after 2."),
    ]


def test_items_inside_bullets_are_checked_as_their_own_run() -> None:
    bullets = (_item(None, 0, ()), _item(None, 9, (_item(2, 12, ()), _item(2, 15, ()))), Paragraph("x"))
    found = _report()
    checks._flow(bullets, found)
    assert [diagnostic.message for diagnostic in found.found] == ["item 2. repeats 2."]


@pytest.mark.parametrize(
    ("source", "warnings"),
    [
        (
            "T\nMay 1, 2020\n1. A\n- x\n- y\n3. B\n(1) c\n(1) d\n- e\n- f\n2) g\n4) h\n(a) i\n(c) j",
            [
                "6:1: section numbering skips to 3. after 1.",
                "8:1: clause (1) repeats (1)",
                "12:1: item numbering skips to 4) after 2)",
                "14:1: item numbering skips to (c) after (a)",
            ],
        ),
        (
            "T\n1. Heading\n(1) a\n(3) b\n1. x\n1. y\n2. z\n\u2022 p\n\u2022 q",
            ["1:1: no date line", "4:1: clause numbering skips to (3) after (1)", "6:1: item 1. repeats 1."],
        ),
        ("", ["1:1: no title: the readout does not start with a title line", "1:1: no date line"]),
        ("Title", ["1:1: no date line"]),
    ],
)
def test_documents_report_each_departure_in_order(source: str, warnings: list[str]) -> None:
    assert [str(warning) for warning in parse_structure(source).warnings] == warnings
