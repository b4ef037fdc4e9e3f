"""The statements of a document built from its drafts, with a note for each speaker not among its people.

A joint subject ("the two leaders") names the meeting's participants; when the
meeting names none, the people who speak, in the order the text first names
them (the first two for "the two ..."), else the people the lead names.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from mofa_parse.model import Diagnostic, Document, Joint, Person, Severity, Span, Statement, StatementForm
from mofa_parse.semantics.speech.drafts import Draft
from mofa_parse.semantics.speech.language import mentions
from mofa_parse.semantics.speech.speakers import People
from mofa_parse.text.alike import Alike

__all__ = ["UNRESOLVED_SPEAKER", "finish"]

#: ``Diagnostic.code`` of the note recorded for a speaker not among the document's people.
UNRESOLVED_SPEAKER = "speech-unresolved-speaker"


def finish(doc: Document, drafts: list[Draft], alike: Alike) -> Document:
    """The document with its statements and the notes on unresolved speakers.

    The drafts' subjects and verbs written alike are one string each already (``alike``
    shared them as they were read); the notes' messages and line texts are shared here.

    The statements are built from the last draft to the first, each draft taken off
    ``drafts`` as its statement is built, so that the drafts are let go of as the
    statements take their place; the list is empty afterwards. A statement inside a
    block statement's remarks is built before the block, which holds it in ``inner``.
    """
    known = frozenset((*doc.people, *doc.meeting.participants, *doc.meeting.accompanied_by))
    participants = tuple(doc.meeting.participants)
    named_speakers: list[Person] = []
    if not participants and any(d.speaker is None for d in drafts):
        named_speakers = _named_speakers(doc, drafts)
    joints: dict[int | None, Joint] = {}
    holders, places = _holders(drafts)
    lines = _Lines(doc.source, alike)
    statements: list[Statement] = []
    inner: dict[int, list[Statement]] = {}  # the statements built so far inside each block
    notes: list[Diagnostic] = []
    for index in reversed(range(len(drafts))):
        draft = drafts.pop()
        speaker = draft.speaker
        if speaker is None:
            joint = joints.get(draft.joint_size)
            if joint is None:
                size = draft.joint_size
                members = participants or tuple(named_speakers[:size] if size else named_speakers)
                joint = joints[size] = Joint(members)
            speaker = joint
        answered = draft.in_response_to
        statement = Statement(
            speaker,
            draft.verb,
            draft.text,
            _span(draft),
            draft.section,
            draft.clause,
            None if answered is None else places[answered],
            draft.form,
            draft.subject,
            tuple(reversed(inner.pop(index, ()))),
        )
        holder = holders.get(index)
        if holder is None:
            statements.append(statement)
        else:
            inner.setdefault(holder, []).append(statement)
        members = speaker.members if isinstance(speaker, Joint) else (speaker,)
        if all(member in known for member in members):
            continue  # nor for an empty Joint: the readout names no one to resolve
        head = draft.head
        written = draft.subject or (head.subject if head is not None else None) or draft.verb
        notes.append(lines.note(draft.span_start, alike(_message(written, speaker))))
    statements.reverse()
    notes.reverse()
    return attrs.evolve(doc, statements=tuple(statements), warnings=(*doc.warnings, *notes))


def _offsets(draft: Draft) -> tuple[int, int] | None:
    """Where the statement of ``draft`` begins and ends in ``Document.source`` (None without a source)."""
    start, end = draft.span_start, draft.span_end
    return None if start is None or end is None else (start, max(start, end))


def _span(draft: Draft) -> Span | None:
    offsets = _offsets(draft)
    return None if offsets is None else Span(*offsets)


def _holders(drafts: Sequence[Draft]) -> tuple[dict[int, int], dict[int, int]]:
    """For each draft inside a block statement's remarks, the block draft that holds its statement
    (``holders``), and for each draft a reply answers, the place in ``Document.statements`` of the
    statement that holds it there (its own, or its outermost block's), which is what
    ``in_response_to`` names: so that none is counted twice, a statement inside a block's remarks
    is listed in the block's ``inner`` only. Only those drafts are entered, few beside the others,
    so that the tables stay small while the statements are built."""
    answered = {draft.in_response_to for draft in drafts if draft.in_response_to is not None}
    holders: dict[int, int] = {}
    places: dict[int, int] = {}
    # the blocks that may hold the statements that follow: (draft, offsets, place)
    blocks: list[tuple[int, tuple[int, int], int]] = []
    outer = 0  # how many statements so far no block holds
    for index, draft in enumerate(drafts):
        offsets = _offsets(draft)
        while blocks and not _within(offsets, blocks[-1][1]):
            blocks.pop()
        if blocks:
            holders[index] = blocks[-1][0]
            place = blocks[0][2]
        else:
            place = outer
            outer += 1
        if index in answered:
            places[index] = place
        if draft.form is StatementForm.BLOCK and offsets is not None:
            blocks.append((index, offsets, place))
    return holders, places


def _within(offsets: tuple[int, int] | None, block: tuple[int, int]) -> bool:
    """Whether a statement at ``offsets`` lies inside the remarks of a block statement at ``block``."""
    return offsets is not None and block[0] <= offsets[0] and offsets[1] <= block[1]


class _Lines:
    """The line, column and line text of each note. The line is counted from the note before, whose
    line is known (the notes come in order, from the last to the first), so that the source's line
    breaks are counted about once and no table of them is kept. The notes on one line share its
    number and its text, cut once; lines written alike share one text through ``alike``."""

    def __init__(self, source: str, alike: Alike) -> None:
        self.source = source
        self.alike = alike
        self._place = 0  # an offset whose line is known: the last note's
        self._line = 1
        self._text_line = 0  # the line whose text was cut last, where it starts, and that text
        self._text_start = 0
        self._text = ""

    def note(self, start: int | None, message: str) -> Diagnostic:
        """The note ``message`` on the line that holds ``start`` (line 0 without a source)."""
        source = self.source
        if start is None or not source:
            return Diagnostic(0, 0, message, "", UNRESOLVED_SPEAKER, Severity.NOTE)
        if start >= self._place:
            self._line += source.count("\n", self._place, start)
        else:
            self._line -= source.count("\n", start, self._place)
        self._place = start
        line = self._line
        if line != self._text_line:
            line_start = source.rfind("\n", 0, start) + 1
            line_end = source.find("\n", start)
            self._text = self.alike(source[line_start : len(source) if line_end < 0 else line_end].rstrip("\r"))
            self._text_line, self._text_start = line, line_start
        column = start - self._text_start + 1
        return Diagnostic(self._text_line, column, message, self._text, UNRESOLVED_SPEAKER, Severity.NOTE)


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
