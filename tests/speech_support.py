"""Readouts for the speech tests: one line of speech after a lead that names the two leaders."""

from __future__ import annotations

import mofa_parse
from mofa_parse.model import Document, Statement

LEAD = "On June 1, Prime Minister Taro Sato held a meeting with President Rufus Firefly of Freedonia."


def readout(line: str) -> Document:
    """A readout whose lead names the two leaders and whose one numbered paragraph is ``line``."""
    return mofa_parse.parse(f"Japan-Freedonia Summit Meeting\n\nJune 1, 2020\n\n{LEAD}\n\n1. {line}\n")


def only_statement(line: str) -> Statement:
    """The one statement ``line`` gives in such a readout."""
    statements = readout(line).statements
    assert len(statements) == 1, (line, statements)
    return statements[0]
