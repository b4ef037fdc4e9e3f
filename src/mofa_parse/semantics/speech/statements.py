"""The statements of a document built from its drafts, with a note for each speaker not among its people.

A joint subject ("the two leaders") names the meeting's participants; when the
meeting names none, the people who speak, in the order the text first names
them (the first two for "the two ..."), else the people the lead names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from mofa_parse.model import Diagnostic, Document, Joint, Person, Severity, Span, Statement, StatementForm
from mofa_parse.semantics.speech.drafts import Draft
from mofa_parse.semantics.speech.language import mentions
from mofa_parse.semantics.speech.speakers import People

__all__ = ["UNRESOLVED_SPEAKER", "finish"]

#: ``Diagnostic.code`` of the note recorded for a speaker not among the document's people.
UNRESOLVED_SPEAKER = "speech-unresolved-speaker"

_NEWLINE = re.compile("\n")


def finish(doc: Document, drafts: Sequence[Draft]) -> Document:
    """The document with its statements and the notes on unresolved speakers."""
    known = frozenset((*doc.people, *doc.meeting.participants, *doc.meeting.accompanied_by))
    participants = tuple(doc.meeting.participants)
    named_speakers: list[Person] = []
    if not participants and any(d.speaker is None for d in drafts):
        named_speakers = _named_speakers(doc, drafts)
    joints: dict[bool, Joint] = {}
    lines = _Lines(doc.source)
    statements: list[Statement] = []
    notes: list[Diagnostic] = []
    for draft in drafts:
        speaker = draft.speaker
        if speaker is None:
            joint = joints.get(draft.joint_two)
            if joint is None:
                members = participants or tuple(named_speakers[:2] if draft.joint_two else named_speakers)
                joint = joints[draft.joint_two] = Joint(members)
            speaker = joint
        start, end = draft.span_start, draft.span_end
        span = None if start is None or end is None else Span(start, max(start, end))
        statements.append(
            Statement(
                speaker,
                draft.verb,
                draft.text,
                span,
                draft.section,
                draft.clause,
                draft.in_response_to,
                draft.form,
                draft.subject,
            )
        )
        members = speaker.members if isinstance(speaker, Joint) else (speaker,)
        if all(member in known for member in members):
            continue  # nor for an empty Joint: the readout names no one to resolve
        head = draft.head
        written = draft.subject or (head.subject if head is not None else None) or draft.verb
        notes.append(lines.note(start, _message(written, speaker)))
    return attrs.evolve(doc, statements=_nested(statements), warnings=(*doc.warnings, *notes))


def _nested(statements: Sequence[Statement]) -> tuple[Statement, ...]:
    """The statements with those inside a block statement's remarks moved into its ``inner``,
    so that none is counted twice; ``in_response_to`` then names the statement of the returned
    sequence that holds the one answered (the block, for a statement inside one)."""
    parent: list[int | None] = []
    blocks: list[int] = []  # the blocks that may still hold the statements that follow
    for index, statement in enumerate(statements):
        while blocks and not _holds(statements[blocks[-1]], statement):
            blocks.pop()
        parent.append(blocks[-1] if blocks else None)
        if statement.form is StatementForm.BLOCK and statement.span is not None:
            blocks.append(index)
    if not any(holder is not None for holder in parent):
        return tuple(statements)
    root = list(range(len(statements)))
    for index, holder in enumerate(parent):
        if holder is not None:
            root[index] = root[holder]
    outer = [index for index, holder in enumerate(parent) if holder is None]
    position = {index: place for place, index in enumerate(outer)}
    children: dict[int, list[int]] = {}
    for index, holder in enumerate(parent):
        if holder is not None:
            children.setdefault(holder, []).append(index)

    def built(index: int) -> Statement:
        statement = statements[index]
        answered = statement.in_response_to
        inner: tuple[Statement, ...] = tuple(built(child) for child in children.get(index, ()))
        return attrs.evolve(
            statement, in_response_to=None if answered is None else position[root[answered]], inner=inner
        )

    return tuple(built(index) for index in outer)


def _holds(block: Statement, statement: Statement) -> bool:
    """Whether ``statement`` lies inside the remarks of the block statement ``block``."""
    return (
        block.span is not None
        and statement.span is not None
        and block.span.start <= statement.span.start
        and statement.span.end <= block.span.end
    )


class _Lines:
    """Where the lines of a source begin, counted when the first note needs them, and the text of
    each line a note is on, cut once: a long line with many unresolved speakers is copied once."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._starts: list[int] = []
        self._texts: dict[int, str] = {}

    def note(self, start: int | None, message: str) -> Diagnostic:
        """The note ``message`` on the line that holds ``start`` (line 0 without a source)."""
        source = self.source
        if start is None or not source:
            return Diagnostic(0, 0, message, "", UNRESOLVED_SPEAKER, Severity.NOTE)
        if not self._starts:
            self._starts = [0, *(match.end() for match in _NEWLINE.finditer(source))]
        line = bisect.bisect_right(self._starts, start)
        line_start = self._starts[line - 1]
        text = self._texts.get(line)
        if text is None:
            line_end = source.find("\n", start)
            text = self._texts[line] = source[line_start : len(source) if line_end < 0 else line_end].rstrip("\r")
        return Diagnostic(line, start - line_start + 1, message, text, UNRESOLVED_SPEAKER, Severity.NOTE)


def _message(written: str | None, speaker: Person | Joint) -> str:
    if isinstance(speaker, Joint):
        return f"speaker {written!r}: a joint subject whose members the meeting metadata does not name"
    if not speaker.surname:
        return f"speaker {written!r} names no one the document names"
    return f"speaker {written!r} is not among the document's people; read from the text"


def _named_speakers(doc: Document, drafts: Sequence[Draft]) -> list[Person]:
    """Who "the two leaders" are when the meeting names no participants: the people who speak,
    in the order the text first names them; else the people the lead paragraphs name."""
    speakers: list[Person] = []
    for draft in drafts:
        speaker = draft.speaker
        for person in speaker.members if isinstance(speaker, Joint) else (speaker,):
            if isinstance(person, Person) and person.surname and person not in speakers:
                speakers.append(person)
    if len(speakers) > 1:
        folded = doc.source.casefold()

        def first_named(person: Person) -> int:
            found = folded.find(person.surname.casefold())
            return len(folded) if found < 0 else found

        speakers.sort(key=first_named)
    if not speakers:
        lead = People(doc)
        for paragraph in doc.preamble:
            for start, stop in mentions(paragraph.text):
                person = lead.named(paragraph.text[start:stop], (0, 0))
                if person not in speakers:
                    speakers.append(person)
    return speakers
