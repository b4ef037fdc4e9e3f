"""The structural checks read bodies and item runs by shortcuts: they report what the general checks report, in order."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mofa_parse.model import Block, Clause, Diagnostic, Document, Item, Paragraph, Section, Severity, Span
from mofa_parse.strategies import documents
from mofa_parse.structure import checks
from mofa_parse.structure.lines import line_starts
from mofa_parse.structure.parser import parse_structure


def _check(doc: Document, starts: list[int]) -> list[Diagnostic]:
    return checks.check_structure(doc.title, doc.issued_text, doc.sections, doc.source, starts)


SOURCE = "\n".join(f"line {number}" for number in range(200))


def _reference_flow(body: Sequence[Block], report: checks._Reporter) -> None:
    """``checks._flow`` as written with the general ``_numbered``."""
    run: list[Item] = []
    for block in body:
        if isinstance(block, Item):
            run.append(block)
        elif run:
            _reference_items(run, report)
            run = []
    if run:
        _reference_items(run, report)


def _reference_items(run: list[Item], report: checks._Reporter) -> None:
    checks._numbered("item", run, report)
    for item in run:
        _reference_flow(item.body, report)


def _report() -> checks._Reporter:
    doc = parse_structure(SOURCE)
    return checks._Reporter(doc.source, [index * 9 for index in range(200)])


def _item(ordinal: int | None, start: int, body: tuple[Block, ...]) -> Item:
    marker = "-" if ordinal is None else f"{ordinal}."
    return Item(marker, ordinal, body, span=Span(start, start + 2))


@st.composite
def bodies(draw: st.DrawFn, depth: int = 0) -> tuple[Block, ...]:
    """Paragraphs and items of one style (numbered, or bullets with no ordinal), nested up to three levels."""
    blocks: list[Block] = []
    bullets = draw(st.booleans())
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, 1700))
        if depth < 2 and draw(st.booleans()):
            ordinal = None if bullets else draw(st.integers(1, 6))
            blocks.append(_item(ordinal, start, draw(bodies(depth + 1))))
        else:
            blocks.append(Paragraph("text", span=Span(start, start + 4)))
    return tuple(blocks)


@given(bodies())
def test_flow_reports_what_the_general_check_reports(body: tuple[Block, ...]) -> None:
    found, expected = _report(), _report()
    checks._flow(body, found)
    _reference_flow(body, expected)
    assert found.found == expected.found


def test_flow_edge_cases() -> None:
    body = (_item(1, 0, ()), _item(1, 9, ()), _item(3, 18, ()), _item(2, 27, ()), _item(5, 45, ()))
    found, expected = _report(), _report()
    checks._flow(body, found)
    _reference_flow(body, expected)
    assert [diagnostic.message for diagnostic in found.found] == [
        "item 1. repeats 1.",
        "item numbering skips to 3. after 1.",
        "item numbering goes back to 2. after 3.",
        "item numbering skips to 5. after 2.",
    ]
    assert found.found == expected.found
    bullets = (_item(None, 0, ()), _item(None, 9, (_item(2, 12, ()), _item(2, 15, ()))))
    found, expected = _report(), _report()
    checks._flow(bullets, found)
    _reference_flow(bullets, expected)
    assert [diagnostic.message for diagnostic in found.found] == ["item 2. repeats 2."]
    assert found.found == expected.found


SOURCES = (
    "T\nMay 1, 2020\n1. A\n- x\n- y\n3. B\n(1) c\n(1) d\n- e\n- f\n2) g\n4) h\n(a) i\n(c) j",
    "T\n1. Heading\n(1) a\n(3) b\n1. x\n1. y\n2. z\n\u2022 p\n\u2022 q",
    "",
    "Title",
)


def test_documents_are_checked_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    for source in SOURCES:
        doc = parse_structure(source)
        starts = line_starts(source)
        found = _check(doc, starts)
        with monkeypatch.context() as patch:
            patch.setattr(checks, "_flow", _reference_flow)
            expected = _check(doc, starts)
        assert found == expected


def _reference_walk(kind: str, sections: Sequence[Section], report: checks._Reporter) -> None:
    """``checks._walk`` as written with a second pass for the subsections and type tests for every block."""
    checks._numbered(kind, sections, report)
    for section in sections:
        if section.title is not None and not section.body:
            report.at(section.span, f"heading {section.marker} {section.title!r} has no body", "empty-heading")
        _reference_body(section.body, report)
        nested = [block for block in section.body if isinstance(block, Section)]
        if nested:
            _reference_walk(
                "subsection" if nested[0].marker[0].isalpha() and section.marker[0] not in "IVX" else "section",
                nested,
                report,
            )


def _reference_body(body: Sequence[Block], report: checks._Reporter) -> None:
    clauses: list[Clause] = []
    flow: list[Block] = []
    for block in body:
        if isinstance(block, Clause):
            clauses.append(block)
        elif isinstance(block, (Item, Paragraph)):
            flow.append(block)
    checks._numbered("clause", clauses, report)
    for clause in clauses:
        if clause.heading is not None and not clause.body:
            report.at(clause.span, f"clause {clause.marker} heading {clause.heading!r} has no body", "empty-heading")
        _reference_flow(clause.body, report)
    _reference_flow(flow, report)


def _checked_by_reference(doc: Document, starts: list[int], patch: pytest.MonkeyPatch) -> list[Diagnostic]:
    with patch.context() as context:
        context.setattr(checks, "_flow", _reference_flow)
        context.setattr(checks, "_walk", _reference_walk)
        return _check(doc, starts)


@given(documents())
def test_generated_documents_are_checked_as_before(doc: Document) -> None:
    starts = [0]
    with pytest.MonkeyPatch.context() as patch:
        expected = _checked_by_reference(doc, starts, patch)
    assert _check(doc, starts) == expected


def test_parsed_documents_are_checked_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    for source in (*SOURCES, "T\nI. Part\n1. A\nA. Sub\n(1) c\n\nB. Sub\n(2) d\n2. B\nII. Part\n1. C"):
        doc = parse_structure(source)
        starts = line_starts(source)
        assert _check(doc, starts) == _checked_by_reference(doc, starts, monkeypatch)


def test_reported_diagnostic_is_what_the_constructor_builds() -> None:
    report = _report()
    report.at(Span(20, 22), "item 2. repeats 2.", "item-numbering")
    report.at(None, "section numbering starts at 2.", "section-numbering")
    for found in report.found:
        built = Diagnostic(found.line, found.column, found.message, found.text, found.code, Severity.WARNING)
        assert type(found) is Diagnostic
        assert found == built
        assert repr(found) == repr(built)
    assert [(found.line, found.column) for found in report.found] == [(3, 3), (1, 1)]
