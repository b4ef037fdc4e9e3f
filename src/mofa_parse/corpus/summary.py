"""What a silent run over many readouts hides, in one line.

A run that parses every file may still have read little of some: documents with
warnings, with no participants, no date or no statements. ``summary_line`` counts
them, and names the files with the most warnings.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from mofa_parse.corpus.tables import document_date
from mofa_parse.model import Document

__all__ = ["Facts", "facts", "summary_line"]

#: How many of the files with the most warnings the line names.
WORST = 3


@attrs.frozen
class Facts:
    """What one parsed document holds, as the summary counts it."""

    name: str
    warnings: int
    participants: int
    dated: bool
    statements: int


def facts(name: str, doc: Document) -> Facts:
    """The facts of one document."""
    dated = document_date(doc) is not None
    return Facts(name, len(doc.warnings), len(doc.meeting.participants), dated, len(doc.statements))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def summary_line(parsed: Sequence[Facts], failed: int = 0) -> str:
    """One line: documents, failures, and how many read with warnings or without participants, date or statements.

    >>> print(summary_line([Facts("a.txt", 3, 2, True, 5), Facts("b.txt", 0, 0, False, 0)], failed=1))
    ... # doctest: +NORMALIZE_WHITESPACE
    mofa-parse: 2 documents, 1 failed; 1 with warnings, 1 with no participants, 1 with no date,
    1 with no statements; most warnings: a.txt (3)
    """
    line = f"mofa-parse: {_plural(len(parsed), 'document')}"
    if failed:
        line += f", {failed} failed"
    counts = [
        (sum(1 for fact in parsed if fact.warnings), "with warnings"),
        (sum(1 for fact in parsed if not fact.participants), "with no participants"),
        (sum(1 for fact in parsed if not fact.dated), "with no date"),
        (sum(1 for fact in parsed if not fact.statements), "with no statements"),
    ]
    line += "; " + ", ".join(f"{count} {what}" for count, what in counts)
    worst = sorted((fact for fact in parsed if fact.warnings), key=lambda fact: (-fact.warnings, fact.name))[:WORST]
    if worst:
        line += "; most warnings: " + ", ".join(f"{fact.name} ({fact.warnings})" for fact in worst)
    return line
