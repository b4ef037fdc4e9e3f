"""Replies and blocks: which statement a reply answers, and the text a block statement gathers.

A reply ("In response, President B stated ...") answers the first statement
of the last run of another speaker's statements in one clause. A block
statement ("<A> made the following statements:") and a speaker label ("President
Hu") take the paragraphs and items that follow, up to the next clause or
section, the next label, or a paragraph another speaker opens (or that opens a
reply or a block of its own).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from mofa_parse.model import Joint, Person, StatementForm
from mofa_parse.semantics.speech.drafts import Draft
from mofa_parse.semantics.speech.units import Unit

__all__ = ["JOINT_SPEAKERS", "Opening", "answered", "gather"]

#: Stands for a joint subject ("The two leaders") until its members are known, when one block must end.
JOINT_SPEAKERS = Joint(())


@attrs.frozen
class Opening:
    """How a paragraph opens: the speaker of its first statement (``JOINT_SPEAKERS`` for a joint
    subject), whether that statement is a reply, whether it is a block or label of its own."""

    speaker: Person | Joint | None = None
    reply: bool = False
    block: bool = False


def answered(drafts: Sequence[Draft], speaker: Person | Joint | None, units: Sequence[Unit]) -> int | None:
    """The first statement of the turn a reply answers: the last run of another speaker's statements."""
    last = len(drafts) - 1
    while last >= 0 and drafts[last].speaker == speaker and speaker is not None:
        last -= 1
    if last < 0:
        return None
    other = drafts[last].speaker
    where = (units[drafts[last].unit].section, units[drafts[last].unit].clause)
    first = last
    while first > 0:
        before = drafts[first - 1]
        if before.speaker != other or (units[before.unit].section, units[before.unit].clause) != where:
            break
        first -= 1
    return first


def gather(drafts: Sequence[Draft], units: Sequence[Unit], openings: Sequence[Opening]) -> None:
    """Give block and label statements the text of the paragraphs and items that follow them."""
    for draft in drafts:
        if draft.form is StatementForm.REPORTED:
            continue
        intro = units[draft.unit]
        lines = [draft.text] if draft.text else []
        last_end = draft.span_end
        own = JOINT_SPEAKERS if draft.speaker is None else draft.speaker
        section_level = intro.clause is None and intro.section is not None
        below = False  # "1. X made the following statements:" followed by the section's clauses
        for index in range(draft.unit + 1, len(units)):
            unit, opening = units[index], openings[index]
            if unit.label or (draft.form is StatementForm.LABEL and opening.block):
                break  # the next speaker's label, or a block of its own
            if unit.scope != intro.scope:
                same_section = unit.scope[0] == intro.scope[0] and unit.clause is not None
                if section_level and same_section and (below or not lines):
                    below = True
                else:
                    break
            if unit.items[: len(intro.items)] != intro.items:
                break
            if draft.form is StatementForm.BLOCK and (
                opening.reply or opening.block or (opening.speaker is not None and opening.speaker != own)
            ):
                break
            lines.append(unit.line())
            if unit.end is not None:
                last_end = unit.end
        draft.text = "\n".join(lines)
        draft.span_end = last_end
