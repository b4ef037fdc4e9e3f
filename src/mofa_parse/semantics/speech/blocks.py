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

__all__ = ["JOINT_SPEAKERS", "Gathering", "Opening", "answered"]

#: Stands for a joint subject ("The two leaders") until its members are known, when one block must end.
JOINT_SPEAKERS = Joint(())


@attrs.frozen
class Opening:
    """How a paragraph opens: the speaker of its first statement (``JOINT_SPEAKERS`` for a joint
    subject), whether that statement is a reply, whether it is a block or label of its own."""

    speaker: Person | Joint | None = None
    reply: bool = False
    block: bool = False


def answered(drafts: Sequence[Draft], speaker: Person | Joint | None) -> int | None:
    """The first statement of the turn a reply answers: the last run of another speaker's statements."""
    last = len(drafts) - 1
    while last >= 0 and drafts[last].speaker == speaker and speaker is not None:
        last -= 1
    if last < 0:
        return None
    other = drafts[last].speaker
    where = (drafts[last].section, drafts[last].clause)
    first = last
    while first > 0:
        before = drafts[first - 1]
        if before.speaker != other or (before.section, before.clause) != where:
            break
        first -= 1
    return first


@attrs.define
class Gathering:
    """A block or label statement taking the paragraphs and items that follow it, one at a time as
    they are read, until one ends it; its draft's text and span are then set."""

    draft: Draft
    intro: Unit  # the paragraph that opens the statement
    lines: list[str]
    last_end: int | None
    below: bool = False  # "1. X made the following statements:" followed by the section's clauses

    @classmethod
    def of(cls, draft: Draft, intro: Unit) -> Gathering:
        return cls(draft, intro, [draft.text] if draft.text else [], draft.span_end)

    def take(self, unit: Unit, opening: Opening) -> bool:
        """Take the next paragraph into the statement's text; False, and the statement done, when it
        ends the statement instead."""
        draft, intro = self.draft, self.intro
        own = JOINT_SPEAKERS if draft.speaker is None else draft.speaker
        if unit.label or (draft.form is StatementForm.LABEL and opening.block):
            return self.done()  # the next speaker's label, or a block of its own
        if unit.scope != intro.scope:
            section_level = intro.clause is None and intro.section is not None
            same_section = unit.scope[0] == intro.scope[0] and unit.clause is not None
            if not (section_level and same_section and (self.below or not self.lines)):
                return self.done()
            self.below = True
        if unit.items[: len(intro.items)] != intro.items:
            return self.done()
        if draft.form is StatementForm.BLOCK and (
            opening.reply or opening.block or (opening.speaker is not None and opening.speaker != own)
        ):
            return self.done()
        self.lines.append(unit.line())
        if unit.end is not None:
            self.last_end = unit.end
        return True

    def done(self) -> bool:
        """Give the draft the text gathered and the span that reaches its last paragraph."""
        self.draft.text = "\n".join(self.lines)
        self.draft.span_end = self.last_end
        return False
