"""Hostile inputs: each parses leniently, keeps its source and accounts for every character.

The regression tests at the end each name the defect an input once showed.
"""

from __future__ import annotations

import mofa_parse
from accounting import account
from mofa_parse import Clause, Document, Paragraph, Section


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
