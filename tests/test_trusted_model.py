"""The parser's trusted constructors build what the validating constructors build.

``nodes.trusted_*`` skip the attrs initialiser and the checks the parser
guarantees by construction; they must set every field and refuse, with the
same exception type, what the validators refuse and the parser does not rule out.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import mofa_parse
from mofa_parse.model import (
    Clause,
    Diagnostic,
    Document,
    Item,
    Paragraph,
    ParagraphKind,
    Section,
    Severity,
    Span,
    Statement,
    StatementForm,
)
from mofa_parse.nodes import (
    evolved_document,
    trusted_clause,
    trusted_diagnostic,
    trusted_item,
    trusted_paragraph,
    trusted_section,
    trusted_span,
    trusted_statement,
)


def _fields(node: object) -> dict[str, object]:
    return {field.name: getattr(node, field.name) for field in attrs.fields(type(node))}


def test_trusted_nodes_equal_validated_nodes_field_by_field() -> None:
    span = trusted_span(3, 9)
    assert _fields(span) == _fields(Span(3, 9))
    text = trusted_paragraph("The two leaders agreed.", ParagraphKind.TEXT, span)
    assert _fields(text) == _fields(Paragraph("The two leaders agreed.", span=Span(3, 9)))
    label = trusted_paragraph("President Hu", ParagraphKind.SPEAKER_LABEL, None)
    assert _fields(label) == _fields(Paragraph("President Hu"))
    nested = trusted_item("-", None, (text,), None)
    item = trusted_item("(a)", 1, (text, nested), Span(0, 9))
    validated_item = Item("(a)", 1, (Paragraph("The two leaders agreed."), Item("-", None, (text,))), span=Span(0, 9))
    assert _fields(item) == _fields(validated_item)
    clause = trusted_clause(2, "Fisheries", (item,), "(2)", None)
    assert _fields(clause) == _fields(Clause(2, "Fisheries", (item,), "(2)"))
    section = trusted_section(4, "IV.", None, (text, clause), Span(1, 2))
    assert _fields(section) == _fields(Section(4, "IV.", None, (text, clause), span=Span(1, 2)))
    assert hash(section) == hash(Section(4, "IV.", None, (text, clause)))


@pytest.mark.parametrize(
    ("build", "validated"),
    [
        (lambda: trusted_paragraph("\u2003Overview", ParagraphKind.TEXT, None), lambda: Paragraph("\u2003Overview")),
        (lambda: trusted_paragraph("", ParagraphKind.TEXT, None), lambda: Paragraph("")),
        (lambda: trusted_item("1. 1.", 1, (), None), lambda: Item("1. 1.", 1)),
        (lambda: trusted_item("(a)", 2, (), None), lambda: Item("(a)", 2)),
        (
            lambda: trusted_item("(a)", 1, (Item("(a)", 1), Item("-", None)), None),
            lambda: Item("(a)", 1, (Item("(a)", 1), Item("-", None))),
        ),
        (lambda: trusted_clause(1, "Overview", (), "1. 1.", None), lambda: Clause(1, "Overview", (), "1. 1.")),
        (lambda: trusted_clause(1, " Overview", (), "(1)", None), lambda: Clause(1, " Overview", (), "(1)")),
        (lambda: trusted_section(9, "I.", "Results", (), None), lambda: Section(9, "I.", "Results")),
        (lambda: trusted_section(1, "1.", "Results\u2003", (), None), lambda: Section(1, "1.", "Results\u2003")),
        (
            lambda: trusted_section(1, "1.", None, (Item("1.", 1), Item("(a)", 1)), None),
            lambda: Section(1, "1.", None, (Item("1.", 1), Item("(a)", 1))),
        ),
    ],
)
def test_trusted_constructors_refuse_what_the_validators_refuse(build: object, validated: object) -> None:
    with pytest.raises(ValueError):
        validated()  # type: ignore[operator]
    with pytest.raises(ValueError):
        build()  # type: ignore[operator]


def test_evolved_document_is_what_attrs_evolve_builds() -> None:
    """The semantic passes' copy equals, field by field, what ``attrs.evolve`` builds."""
    seed = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))[0]
    doc = mofa_parse.parse(seed.read_text(encoding="utf-8"))
    warnings = (*doc.warnings, Diagnostic(1, 1, "a note", "a line", "speech-unresolved-speaker", Severity.NOTE))
    fast = evolved_document(doc, {"statements": doc.statements[:1], "warnings": warnings})
    plain = attrs.evolve(doc, statements=doc.statements[:1], warnings=warnings)
    assert type(fast) is Document
    assert [repr(getattr(fast, f.name)) for f in attrs.fields(Document)] == [
        repr(getattr(plain, f.name)) for f in attrs.fields(Document)
    ]


def test_trusted_statement_and_diagnostic_equal_the_attrs_built_ones() -> None:
    """The speech pass's statements and notes are what the attrs initialisers build, field by field."""
    speaker = mofa_parse.Person(name=None, surname="Ivanov", title="Minister")
    args = (speaker, "stated", "the words", Span(3, 9), 1, 2, 0, StatementForm.BLOCK, "Minister Ivanov")
    fast, plain = trusted_statement(*args), Statement(*args)
    assert type(fast) is Statement
    assert (fast, _fields(fast), repr(fast)) == (plain, _fields(plain), repr(plain))
    note = (4, 7, "a note", "a line", "speech-unresolved-speaker", Severity.NOTE)
    fast_note, plain_note = trusted_diagnostic(*note), Diagnostic(*note)
    assert type(fast_note) is Diagnostic
    assert (fast_note, _fields(fast_note), str(fast_note)) == (plain_note, _fields(plain_note), str(plain_note))
