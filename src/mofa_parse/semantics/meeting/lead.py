"""The lead: the paragraphs that say who met whom, when and where, cut into sentences.

The lead is the preamble's text paragraphs (a numbered lead, "1. On September 2,
... held a meeting with ...", joins them when they report no meeting), and a few
first paragraphs of the body are read when the lead names no principals.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator, Sequence

import attrs

from mofa_parse.model import Block, Document, Paragraph, ParagraphKind
from mofa_parse.rules.meeting import COMPANY_UNTIL, EARLIER_EVENT, OCCASION_BEFORE, SAME_DAY
from mofa_parse.semantics.meeting.kind import says_meeting
from mofa_parse.semantics.meeting.participants import company_notes, company_start
from mofa_parse.semantics.meeting.sides import participants_field
from mofa_parse.text.cues import CuedPattern
from mofa_parse.text.dates import MONTH_CUE, MONTH_NAME, WEEKDAY_NAME, month_number, read_date_line
from mofa_parse.text.mentions import Mention, mentions_in
from mofa_parse.text.reading import Reading, Tokens

__all__ = [
    "LEAD_DATES",
    "MAX_TEXT",
    "Sentence",
    "body_paragraphs",
    "body_texts",
    "company_end",
    "lead_date",
    "read_fields",
    "read_lead",
    "says_same_day",
]

#: The most paragraphs of the preamble read as the lead.
_MAX_LEAD = 6
#: The most paragraphs of the body read for principals the lead does not name.
_MAX_BODY_SCAN = 10
#: The most paragraphs of the body read for the names that later mentions use.
_MAX_LATER = 80
#: The most characters of a paragraph (or of a title) read.
MAX_TEXT = 4000

_MONTH = MONTH_NAME
_WEEKDAY = rf"(?:{WEEKDAY_NAME},?\s+)"
#: The letters a date of the lead can start with: "On", "on", a weekday, a month, or the day's digits.
#: Checked first at each position, it lets the engine skip every other position at once.
_DATE_START = r"(?=[OoMTWFSJANDt\d])"
_LEAD_DATE = re.compile(
    rf"{_DATE_START}(?P<on>\b[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?)?{_WEEKDAY}?"
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<y1>\d{{4}})\b)?"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}})\b)?"
    rf"|\bthe\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)\s+of\s+(?P<m3>{_MONTH})(?:,?\s+(?P<y3>\d{{4}})\b)?)"
)
#: The dates of a lead, each naming a month: a sentence without one holds none.
LEAD_DATES = CuedPattern(_LEAD_DATE, re.compile(MONTH_CUE))
#: The words (``[[earlier_event]]`` in ``rules/meeting.toml``) that make a clause about another, earlier
#: event: "having met ...", "since ...", "who visited ...".
_EARLIER_EVENT = re.compile(r"\b(?:" + "|".join(re.escape(phrase) for phrase in EARLIER_EVENT) + r")\b", re.IGNORECASE)
#: The words (``[[same_day]]`` in ``rules/meeting.toml``) that put the meeting on the date line's day.
_SAME_DAY = re.compile(r"\b(?:" + "|".join(re.escape(phrase) for phrase in SAME_DAY) + r")\b", re.IGNORECASE)
#: What ends the clause before a date: a comma, a semicolon, a colon or an opening parenthesis.
_CLAUSE_BREAK = re.compile(r"[,;:(]")
#: A labelled field of a field block: "Time: ...", "Venue: ...", "Participants: ...".
_FIELD = re.compile(
    r"^\s*(?:Date(?:\s+and\s+Time)?(?:\s*(?:/|and|&)\s*(?:Place|Venue))?|Time|Place|Venue|Location|Participants"
    r"|Attendees|Attendance)\s*:"
)
_DATE_FIELD = re.compile(r"^\s*Date\s*:\s*(?P<value>.+)$")
#: ", held talks with ..." (``[[company_until]]`` in ``rules/meeting.toml``): the principal's verb
#: goes on after a company set in commas.
_COMPANY_ENDS = re.compile(r",\s+(?:also\s+)?(?:" + "|".join(COMPANY_UNTIL) + r")\b")
_PLACE_FIELD = re.compile(r"^\s*(?:Place|Venue|Location)\s*:\s*(?P<value>.+?)\s*$")
#: A field of the date, the time and the place together: "Date/Place: Wednesday, 12 July 2000,
#: 3:30 p.m. - 4:25 p.m., Iikura House, Tokyo"; the place is what follows the date and the clocks.
_DATE_PLACE_FIELD = re.compile(
    r"^\s*Date(?:\s+and\s+Time)?\s*(?:/|and|&)\s*(?:Place|Venue)\s*:\s*(?P<value>.+?)\s*$"
)
#: The opening of a relative clause about the person before it: ", who is visiting Japan ...".
_RELATIVE_CLAUSE = re.compile(r",\s+who\b")
#: An occasion that opens a sentence, one of ``[[occasion_before]]`` ("On the occasion of the State Visit of
#: His Majesty King A to Japan, Mr. B received ..."), in any case.
_OPENING_OCCASION = re.compile(
    r"\s*(?:" + "|".join(re.escape(phrase) for phrase, _ in OCCASION_BEFORE) + r")\b", re.IGNORECASE
)
#: A comma and the space after it.
_COMMA = re.compile(r",\s*")
_WHEN_PIECE = re.compile(rf"\d|\b{WEEKDAY_NAME}\b|\b(?:noon|midnight)\b", re.I)


@attrs.frozen
class Sentence:
    """A sentence of the lead, with what the pass asks of it more than once."""

    paragraph: Paragraph
    #: The sentence cut into tokens.
    tokens: Tokens
    #: The mentions of people and offices, in order.
    mentions: tuple[Mention, ...]
    #: Where each company starts ("accompanied by ...") and ends: at the end of the sentence, or at
    #: the comma after which the principal's verb goes on ("A, joined by B, held talks with C, who was
    #: accompanied by D": two companies); a note of the company in parentheses ("(From Japan A and
    #: others attended)") from its opening parenthesis to its closing one.
    companies: tuple[tuple[int, int], ...]
    #: Whether it says "held a meeting" (or the like).
    meets: bool

    @classmethod
    def read(cls, paragraph: Paragraph, tokens: Tokens) -> Sentence:
        text = tokens.text
        mentions = tuple(m for m in mentions_in(tokens) if m.surname or m.title)
        notes = company_notes(text)
        companies = list(notes)
        start = company_start(text)
        while start is not None:
            note = next((stop for begin, stop in notes if begin <= start < stop), None)
            if note is None:  # "accompanied by ...": to the principal's verb, or the end
                stop = company_end(text, start)
                stop = next((begin for begin, _ in notes if start < begin < stop), stop)
                companies.append((start, stop))
            else:  # "(Attendees: ...": the note holds it
                stop = note
            start = company_start(text, stop) if stop < len(text) else None
        companies.sort()
        return cls(paragraph, tokens, mentions, tuple(companies), says_meeting(text))

    @property
    def text(self) -> str:
        return self.tokens.text

    @property
    def company(self) -> int | None:
        """Where the first company starts, if there is one."""
        return self.companies[0][0] if self.companies else None

    def company_at(self, at: int) -> int | None:
        """Where the company that holds the words at ``at`` starts, or None when they are no company's."""
        return next((start for start, stop in self.companies if start <= at < stop), None)

    def in_company(self, at: int) -> bool:
        """Whether the words at ``at`` are a company's."""
        return self.company_at(at) is not None

    def outside_company(self) -> str:
        """The sentence without its companies: the words that say when and where."""
        pieces, position = [], 0
        for start, stop in self.companies:
            pieces.append(self.text[position:start])
            position = stop
        pieces.append(self.text[position:])
        return " ".join(pieces).rstrip()

    def names_someone(self) -> bool:
        return any(m.surname for m in self.mentions)

    def in_opening_occasion(self, at: int) -> bool:
        """Whether the words at ``at`` are in an occasion that opens the sentence ("On the occasion of
        the State Visit of His Majesty King A and Her Majesty Queen B to Japan from 9 to 14 November,
        2008, Mr. C received a courtesy call from ..."): the people it names are not the principals.
        The occasion ends at the first comma that a mention follows."""
        opening = _OPENING_OCCASION.match(self.text)
        if opening is None or at < opening.end():
            return False
        starts = {mention.start for mention in self.mentions}
        commas = _COMMA.finditer(self.text, opening.end())
        end = next((comma.start() for comma in commas if comma.end() in starts), None)
        return end is not None and at < end

    def in_relative_clause(self, at: int) -> bool:
        """Whether the words at ``at`` are in a relative clause set in commas about someone named before
        it ("held talks with Mr. B, Minister of Foreign Affairs of X, who is visiting Japan in the suite
        of President C, who is ..."): the people named there are others, not principals. The clause
        ends at its next comma ("Prime Minister A, who is visiting India, delivered a speech and then
        held a summit meeting with Prime Minister B")."""
        named = next((m.end for m in self.mentions if m.surname is not None), None)
        if named is None:
            return False
        for clause in _RELATIVE_CLAUSE.finditer(self.text, named, at):
            end = self.text.find(",", clause.end())
            if end < 0 or at < end:
                return True
        return False


def company_end(text: str, start: int) -> int:
    """Where the company that starts at ``start`` ends: at the comma after which the principal's
    verb goes on ("Prime Minister A, accompanied by B, held talks with C"), else at the end."""
    match = _COMPANY_ENDS.search(text, start)
    return match.start() if match else len(text)


def _sentences_of(paragraph: Paragraph) -> list[Sentence]:
    return [Sentence.read(paragraph, tokens) for tokens in Reading.of(paragraph.text[:MAX_TEXT]).sentences]


def read_lead(doc: Document) -> tuple[list[Paragraph], list[Sentence], Paragraph | None]:
    """The lead paragraphs, their sentences, and the opening paragraph of a titled first section
    when the meeting was read from there (else None).

    The lead is the preamble's text paragraphs, a revision date aside ("Last updated: ...");
    when none of them says "held a meeting" (or the like), the first paragraph of an untitled
    first section joins it (a numbered lead: "1. On September 2, ... held a meeting with ..."),
    and so does the opening paragraph of a titled first section when the heading names a
    meeting and the paragraph reports it (a visit's lead, "visited the Federal Republic of
    Nigeria on May 7 and 8", then "1. Japan-Nigeria Foreign Ministers' Meeting" and "On May 7,
    ... held a meeting with ...").
    """
    lead = [p for p in doc.preamble[:_MAX_LEAD] if p.kind is ParagraphKind.TEXT and not _revision_line(p.text)]
    if not lead:
        lead = _field_block(doc)
    found = [sentence for paragraph in lead for sentence in _sentences_of(paragraph)]
    first = doc.sections[0].body[:1] if doc.sections else ()
    if any(sentence.meets for sentence in found) or not first or not isinstance(first[0], Paragraph):
        return lead, found, None
    if any(paragraph is first[0] for paragraph in lead):
        return lead, found, None  # a field block of the first section
    sentences = _sentences_of(first[0])
    if doc.sections[0].title is None:
        return [*lead, first[0]], found + sentences, None
    heading = doc.sections[0].title
    if says_meeting(heading) and any(sentence.meets and sentence.names_someone() for sentence in sentences):
        return [*lead, first[0]], found + sentences, first[0]
    return lead, found, None


def _revision_line(text: str) -> bool:
    """Whether a paragraph is the page's revision date ("Last updated: March 9, 2011"): it says
    nothing of the meeting."""
    line = read_date_line(text) if len(text) < 60 else None
    return line is not None and line.revision


def _field_block(doc: Document) -> list[Paragraph]:
    """The labelled fields that stand for a lead at the start of the body ("I. Date and Venue",
    then "Time: ...", "Venue: ...", "Participants: ..."), when there is no narrative lead. A
    numbered field ("1. Date: Monday, 19 January 2009") is a section's heading: it is read as a
    field too, as a paragraph of its own."""
    found: list[Paragraph] = []
    for paragraph in _paragraphs_and_headings(doc.sections):
        if paragraph is None:
            continue  # a heading that is no field ("I. Date and Venue")
        if not _FIELD.match(paragraph.text) and not (found and participants_field(paragraph.text)):
            break  # "(Egyptian side) C, D" on a line of its own goes on with the field above it
        found.append(paragraph)
        if len(found) >= _MAX_BODY_SCAN:
            break
    return found


def _paragraphs_and_headings(blocks: Sequence[Block]) -> Iterator[Paragraph | None]:
    """The body's paragraphs depth first, each heading before its body: a heading that is a field
    as a paragraph of that text (and the heading's place), any other as None."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block
            continue
        title = getattr(block, "title", None)
        if isinstance(title, str):
            yield Paragraph(title, span=block.span) if _FIELD.match(title) else None
        yield from _paragraphs_and_headings(block.body)


def body_paragraphs(doc: Document, skip: Sequence[Paragraph]) -> list[Paragraph]:
    """The first paragraphs of the body (depth first, as ``Document.iter_blocks``), not in ``skip``."""
    found: list[Paragraph] = []
    _collect_paragraphs(doc.sections, {id(p) for p in skip}, found)
    return found


def body_texts(doc: Document) -> list[str]:
    """The texts of the body's paragraphs (up to ``_MAX_LATER``), where later mentions of the
    principals are ("President Megawati stated ...")."""
    texts: list[str] = []
    for block in doc.iter_blocks():
        if isinstance(block, Paragraph):
            texts.append(block.text[:MAX_TEXT])
            if len(texts) >= _MAX_LATER:
                break
    return texts


def _collect_paragraphs(blocks: Sequence[Block], skip: set[int], found: list[Paragraph]) -> bool:
    """Add the paragraphs in ``blocks`` to ``found`` up to ``_MAX_BODY_SCAN``; whether it is full."""
    for block in blocks:
        if isinstance(block, Paragraph):
            if id(block) not in skip:
                found.append(block)
                if len(found) >= _MAX_BODY_SCAN:
                    return True
        elif _collect_paragraphs(block.body, skip, found):
            return True
    return False


def _of_earlier_event(text: str, at: int) -> bool:
    """Whether the date at ``at`` is in a clause about another, earlier event: one of the words of
    ``[[earlier_event]]`` stands before it in its clause, after the last comma ("..., having met
    President B immediately after taking office on May 22, 2001, ...")."""
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    return _EARLIER_EVENT.search(text, clause_start, at) is not None


def says_same_day(text: str) -> bool:
    """Whether a sentence puts the meeting on the day of the date line: "Today, Minister A had a
    meeting with ...", "This afternoon, ..." (``[[same_day]]``)."""
    return _SAME_DAY.search(text) is not None


def lead_date(text: str, issued: _dt.date | None) -> tuple[_dt.date | None, str | None]:
    """The meeting date in a lead sentence, and a note code when a date is there but unreadable.

    The date after "on" wins; a date without a year takes the year of the date
    line, or the year before when that puts it more than a week after the date line.
    A date in a clause about an earlier event (``_of_earlier_event``) is not the meeting's.
    """
    matches = [m for m in LEAD_DATES.finditer(text) if not _of_earlier_event(text, m.start())]
    if not matches:
        return None, None
    match = next((m for m in matches if m["on"]), matches[0])
    month = month_number(match["m1"] or match["m2"] or match["m3"])
    day = int(match["d1"] or match["d2"] or match["d3"])
    year_text = match["y1"] or match["y2"] or match["y3"]
    if month is None:
        return None, None
    if year_text:
        year = int(year_text)
    elif issued is not None:
        year = issued.year
        try:
            if _dt.date(year, month, day) - issued > _dt.timedelta(days=7):
                year -= 1  # "On December 30" in a readout dated January 2
        except ValueError:
            return None, "meeting-bad-date"
    else:
        return None, "meeting-no-year"
    try:
        return _dt.date(year, month, day), None
    except ValueError:
        return None, "meeting-bad-date"


def read_fields(texts: Sequence[str], issued: _dt.date | None) -> tuple[_dt.date | None, str | None, str | None]:
    """The labelled fields of the lead ("Date: ...", "Venue: ..."): the date, its note code, and the place
    (without a leading "the")."""
    date: _dt.date | None = None
    problem: str | None = None
    place: str | None = None
    for text in texts:
        field = _DATE_FIELD.match(text)
        if field and date is None:
            date, problem = lead_date(field["value"], issued)
        venue = _PLACE_FIELD.match(text)
        if venue and place is None:
            place = venue["value"].removeprefix("the ")  # "Venue: the Elysee Palace, Paris"; "The Hague" stays
        together = _DATE_PLACE_FIELD.match(text)
        if together and place is None:
            pieces = [piece.strip() for piece in together["value"].split(",")]
            last_when = max((i for i, piece in enumerate(pieces) if _WHEN_PIECE.search(piece)), default=-1)
            place = ", ".join(pieces[last_when + 1 :]).removeprefix("the ") or None
    return date, problem, place
