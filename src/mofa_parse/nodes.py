"""Named constructors the semantic passes build their nodes with.

Each builds its node through the attrs class, so every validator runs; they
keep the passes' calls short and positional.
"""

from __future__ import annotations

from typing import Any

import attrs

from mofa_parse.model import Diagnostic, Document, Joint, Person, Severity, Span, Statement, StatementForm

__all__ = ["evolved_document", "trusted_diagnostic", "trusted_joint", "trusted_span", "trusted_statement"]


def trusted_span(start: int, end: int) -> Span:
    """The span from ``start`` to ``end``."""
    return Span(start, end)


def trusted_joint(members: tuple[Person, ...]) -> Joint:
    """A joint speaker of ``members``."""
    return Joint(members)


def trusted_statement(
    speaker: Person | Joint,
    verb: str,
    text: str,
    span: Span | None,
    section: int | None,
    clause: int | None,
    in_response_to: int | None,
    form: StatementForm,
    speaker_text: str | None,
) -> Statement:
    """A statement, its fields in the order of ``Statement``."""
    return Statement(speaker, verb, text, span, section, clause, in_response_to, form, speaker_text)


def trusted_diagnostic(line: int, column: int, message: str, text: str, code: str, severity: Severity) -> Diagnostic:
    """A diagnostic, its fields in the order of ``Diagnostic``."""
    return Diagnostic(line, column, message, text, code, severity)


def evolved_document(doc: Document, changes: dict[str, Any]) -> Document:
    """``attrs.evolve(doc, **changes)``: ``doc`` with the fields a semantic pass derived."""
    return attrs.evolve(doc, **changes)
