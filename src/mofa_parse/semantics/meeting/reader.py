"""The meeting pass: read the title, the date line and the lead, and fill ``Document.meeting``.

Reading goes in steps: the lead's sentences and the one that reports the meeting
(``lead``), the kind (``kind``), the people (``participants``), then when, where
and how long (``lead``, ``places``, ``semantics.times``). What cannot be read is
a ``Severity.NOTE`` diagnostic with a ``meeting-...`` code.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from mofa_parse.model import ChromeKind, Diagnostic, Document, Meeting, MeetingKind, Paragraph, Person, Severity
from mofa_parse.rules.furniture import DAY_PAGE_PATTERN, furniture_text
from mofa_parse.rules.meeting import MEETING_WORDS
from mofa_parse.semantics.meeting.kind import is_leader, kind_by_principals, meeting_at, meeting_kind, says_visit
from mofa_parse.semantics.meeting.lead import (
    MAX_TEXT,
    Sentence,
    body_paragraphs,
    body_texts,
    lead_date,
    read_fields,
    read_lead,
    says_same_day,
)
from mofa_parse.semantics.meeting.participants import (
    Draft,
    add,
    company_follows,
    is_former,
    notes_in_parentheses,
    says_also_present,
    settle_surnames,
)
from mofa_parse.semantics.meeting.places import find_location, find_occasion
from mofa_parse.semantics.meeting.sides import (
    Side,
    assign_countries,
    counterpart_country,
    delegation_country,
    field_side_markers,
    japan_side_first,
    participants_field,
    side_markers,
    side_of,
    subjects_share_country,
    title_countries,
)
from mofa_parse.semantics.times import read_times
from mofa_parse.text.dates import read_date_line
from mofa_parse.text.mentions import Mention, find_mentions
from mofa_parse.text.roles import FOREIGN_MINISTER, role_key

__all__ = ["read_meeting"]

#: "Prime Minister Abe's meeting with ...": a possessive that names a principal.
_MEETING_NOUN = re.compile(r"\s+(?:\w+\s+)?(?:meeting|talks?|telephone|courtesy|summit|conversation)\b", re.I)
_BULLET = re.compile(r"[-•*・○●◆■▪–—]\s")
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:he|she|He|She)\s+(?:also\s+|then\s+)?(?:held|met|paid|received|had|made|visited|attended|called)\b"
)
#: The kinds of meeting held by two principals, read from the body when the lead names fewer.
_PAIRED_KINDS = (MeetingKind.SUMMIT, MeetingKind.FOREIGN_MINISTERS, MeetingKind.TELEPHONE_TALK)
_MESSAGES = {
    "meeting-no-lead": "no lead paragraph: date, time and place of the meeting are unknown",
    "meeting-no-participants": "the lead names no principals",
    "meeting-no-year": "the lead gives a day but no year, and there is no date line",
    "meeting-bad-date": "the lead names a day that does not exist",
    "meeting-no-date": "the lead gives no date for the meeting",
    "meeting-no-start": "the lead gives no starting time",
    "meeting-duration-in-parts": "the lead gives the lengths of the parts but no total; see Meeting.parts",
    "meeting-no-duration": "the lead gives no length for the meeting",
    "meeting-no-location": "the lead gives no place for the meeting",
    "meeting-participants-from-body": (
        "the lead names no principals; they were read from the first paragraphs of the body"
    ),
    "meeting-from-first-section": (
        "the lead reports no meeting; it was read from the opening paragraph of the first section"
    ),
}


@attrs.define
class _Notes:
    """The notes of one reading, each anchored at the line and column of a paragraph."""

    doc: Document
    notes: list[Diagnostic] = attrs.field(factory=list)

    def add(self, code: str, paragraph: Paragraph | None = None) -> None:
        line, column, text = 1, 1, ""
        if paragraph is not None:
            text = paragraph.text
            if paragraph.span is not None and self.doc.source:
                source, start = self.doc.source, paragraph.span.start
                line = source.count("\n", 0, start) + 1
                column = start - (source.rfind("\n", 0, start) + 1) + 1
        self.notes.append(Diagnostic(line, column, _MESSAGES[code], text, code=code, severity=Severity.NOTE))


#: The opening of a sentence that goes on about the meeting the one before it reported: "The"
#: or "This", up to three words that name it ("summit", "Japan-Russia summit"), its noun and
#: "was held" ("The summit meeting was held from 6:00 p.m. for about 50 minutes at the Lanier
#: House"). The noun is a meeting word of ``meeting.toml``.
_GOES_ON_OPENING = re.compile(
    r"(?:The|This)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>[\w'’-]+)\s+(?:was\s+held|were\s+held|took\s+place)\b"
)
_MEETING_NOUNS = frozenset(word.lower() for word in MEETING_WORDS)


def _goes_on_about_meeting(text: str) -> bool:
    """Whether the sentence opens by saying where or when the meeting was held."""
    opening = _GOES_ON_OPENING.match(text)
    return opening is not None and opening["noun"].lower() in _MEETING_NOUNS


def _location(sentences: list[Sentence], meeting_index: int | None) -> str | None:
    """The place, from the sentence that reports the meeting. When that sentence names only a
    visit ("who is visiting Japan"), a venue or city in the next sentence, if it goes on about
    the meeting ("The meeting was held ... at the Ministry of Foreign Affairs") in the same
    paragraph, is the place."""
    if meeting_index is None:
        return None
    text = sentences[meeting_index].text
    at = meeting_at(text)
    place = find_location(text, at, visits=False)
    if place is None and meeting_index + 1 < len(sentences):
        after = sentences[meeting_index + 1]
        if after.paragraph is sentences[meeting_index].paragraph and _goes_on_about_meeting(after.text):
            place = find_location(after.text, visits=False)
    return place or find_location(text, at)


def _meeting_sentence(sentences: list[Sentence]) -> int | None:
    """The index of the sentence that reports the meeting.

    One naming someone and saying "held a meeting" (or the like), else one naming
    someone and a visit, else any with such a word outside a company, else the
    first. Summary bullets ("- The two leaders agreed ...") come before the lead:
    they are tried last.
    """
    order = sorted(range(len(sentences)), key=lambda k: _BULLET.match(sentences[k].paragraph.text) is not None)
    for index in order:  # a meeting verb, someone named
        if sentences[index].names_someone() and sentences[index].meets:
            return index
    for index in order:  # a visit, someone named
        if sentences[index].names_someone() and says_visit(sentences[index].text):
            return index
    for index in order:  # a meeting verb outside a company
        if sentences[index].company is None and sentences[index].meets:
            return index
    return 0 if sentences else None


def _people(
    sentences: list[Sentence], meeting_index: int | None, title: str
) -> tuple[list[Draft], list[Draft], list[Draft], list[tuple[Draft, Draft]]]:
    """Everyone the lead and the title name, the principals, the company, and the members of the
    company set in commas after a principal ("President A, accompanied by B, ..."), each with that
    principal."""
    drafts: list[Draft] = []
    participants: list[Draft] = []
    accompanied: list[Draft] = []
    followers: list[tuple[Draft, Draft]] = []
    narrative = any(s.names_someone() and s.meets for s in sentences)
    for index, sentence in enumerate(sentences):
        if not narrative and participants_field(sentence.text):
            _field_people(sentence, drafts, participants, accompanied)
            continue
        company = sentence.company
        also = says_also_present(sentence.text)
        sides = side_markers(sentence.tokens) if company is not None or also else []
        for mention in sentence.mentions:
            if mention.surname is None:
                continue
            # "B, ..., was also present (from the X side)": the people before the phrase
            in_company = sentence.in_company(mention.start) or (
                also and index != meeting_index and (company is None or mention.end <= company)
            )
            if in_company:
                side = side_of(mention, sides) if mention.country is None else None
                if side is not None and side.country is not None:
                    mention = mention.with_country(side.country)
                draft = add(drafts, mention)
                if not any(draft is d for d in participants + accompanied):
                    accompanied.append(draft)
                    leader = _company_leader(sentence, mention, participants) if side is None else None
                    if leader is not None:
                        followers.append((draft, leader))
            elif (
                index == meeting_index
                and (not mention.possessive or _MEETING_NOUN.match(sentence.text, mention.end))
                and not is_former(sentence.text, mention)
                and not sentence.in_relative_clause(mention.start)
                and not sentence.in_opening_occasion(mention.start)
            ):
                # "a delegation of the National Assembly of the State of Kuwait, led by A"; "his Chinese
                # counterpart Mr. A"
                led = (
                    delegation_country(sentence.tokens, mention) or counterpart_country(sentence.tokens, mention)
                    if mention.country is None
                    else None
                )
                if led is not None:
                    mention = mention.with_country(led)
                draft = add(drafts, mention)
                if not any(draft is d for d in participants):
                    participants.append(draft)
                accompanied = [d for d in accompanied if d is not draft]
    for sentence in sentences:
        for mention in sentence.mentions:
            if mention.surname is not None and not is_former(sentence.text, mention):
                add(drafts, mention)
    if meeting_index and participants:
        _pronoun_subject(sentences, meeting_index, drafts, participants)
    from_lead = len(participants)
    # a note in parentheses says who a principal is ("(Special Envoy of the President B)"): no principals
    noted = [(note.start(), note.end()) for note in notes_in_parentheses(title)]
    for mention in find_mentions(title):
        if mention.surname is not None:
            draft = add(drafts, mention)
            if any(start <= mention.start < end for start, end in noted):
                continue  # "... Aziz (Special Envoy of the President B)": whose envoy, not a principal
            if (from_lead == 0 or len(participants) < 2) and not any(draft is d for d in participants + accompanied):
                participants.append(draft)
    return drafts, participants, accompanied, followers


def _introducing(lead: list[Paragraph], sentences: list[Sentence]) -> list[Paragraph]:
    """The paragraphs of the lead that introduce the people, whose mentions are no later ones: those up
    to the last that names someone no paragraph before it names (a field block's "Participants:"
    line among them). In a readout that is all lead, the paragraphs after them ("Prime Minister Chea
    Vuthy stated ...") call the people as later mentions do."""
    known: list[set[str]] = []
    last = 0
    for sentence in sentences:
        for mention in sentence.mentions:
            if mention.surname is None:
                continue
            words = set((mention.name or mention.surname).casefold().split())
            if not any(words <= name for name in known):
                known.append(words)
                last = max(last, next((k for k, p in enumerate(lead) if p is sentence.paragraph), 0))
    return lead[: last + 1]


def _company_leader(sentence: Sentence, member: Mention, participants: list[Draft]) -> Draft | None:
    """The principal the company of ``member`` follows when it is set in commas after one ("Prime
    Minister A, accompanied by B, ..."): the one named just before the comma that opens it, or None."""
    start = sentence.company_at(member.start)
    before = [m for m in sentence.mentions if m.surname is not None and start is not None and m.end <= start]
    if start is None or not before or not company_follows(sentence.text, before[-1].end, start):
        return None
    return next((d for d in participants if d.matches(before[-1])), None)


def _field_people(sentence: Sentence, drafts: list[Draft], participants: list[Draft], accompanied: list[Draft]) -> None:
    """The people of a field block's "Participants: (Japanese side) A, B; (U.S. side) C, D":
    the first named on each side is its principal, the others accompany; the side gives the
    country."""
    sides = field_side_markers(sentence.tokens)
    seen: list[Side] = []
    for mention in (m for m in sentence.mentions if m.surname is not None):
        side = side_of(mention, sides)
        if mention.country is None and side is not None and side.country is not None:
            mention = mention.with_country(side.country)
        draft = add(drafts, mention)
        if any(draft is d for d in participants + accompanied):
            continue
        if side is None or not any(side is s for s in seen):
            participants.append(draft)
            if side is not None:
                seen.append(side)
        else:
            accompanied.append(draft)


def _pronoun_subject(
    sentences: list[Sentence], meeting_index: int, drafts: list[Draft], participants: list[Draft]
) -> None:
    """A pronoun subject ("During his stay he paid a courtesy call on ...") is the person the lead named before."""
    meeting = sentences[meeting_index]
    first = next((m for m in meeting.mentions if m.surname is not None), None)
    pronoun = _PRONOUN_SUBJECT.search(meeting.text)
    if first is None or pronoun is None or pronoun.start() >= first.start:
        return
    earlier = next(
        (
            m
            for before in sentences[:meeting_index]
            for m in before.mentions
            if m.surname is not None and not m.possessive and before.company is None
        ),
        None,
    )
    if earlier is not None:
        draft = add(drafts, earlier)
        if not any(draft is d for d in participants):
            participants.insert(0, draft)


def _principals_from_body(
    doc: Document,
    lead: list[Paragraph],
    kind: MeetingKind,
    wanted: int,
    drafts: list[Draft],
    participants: list[Draft],
    accompanied: list[Draft],
) -> bool:
    """Add the principals the first paragraphs of the body name with a fitting office; whether any was added."""
    found_any = False
    for paragraph in body_paragraphs(doc, lead):
        if len(participants) >= wanted:
            break
        text = paragraph.text[:MAX_TEXT]
        for mention in find_mentions(text):
            if mention.surname is None or mention.title is None or is_former(text, mention):
                continue
            role = role_key(mention.title)
            fits = role == FOREIGN_MINISTER if kind is MeetingKind.FOREIGN_MINISTERS else is_leader(mention.title)
            if not fits:
                continue
            draft = add(drafts, mention)
            if not any(draft is d for d in participants + accompanied):
                participants.append(draft)
                found_any = True
            if len(participants) >= wanted:
                break
    return found_any


def _subjects(sentence: Sentence, participants: list[Draft]) -> list[Draft]:
    """The principals the sentence that reports the meeting names before its verb ("held")."""
    verb = meeting_at(sentence.text)
    before = [m for m in sentence.mentions if m.surname is not None and m.end <= verb]
    return [d for d in participants if any(d.matches(m) for m in before)]


def _month_end(issued_text: str | None) -> dt.date | None:
    """The last day of the month a month-only date line names ("July 2003"), or None: the
    year a lead's "On July 19" takes."""
    line = read_date_line(issued_text) if issued_text else None
    if line is None or line.date is not None:
        return None
    following = dt.date(line.year + line.month // 12, line.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _reference(doc: Document) -> dt.date | None:
    """The day whose year a lead's "On July 19" takes: the date line's, or the last day of a
    month-only line's month; never a revision date's ("Last updated: ..."), which may be years on."""
    line = read_date_line(doc.issued_text) if doc.issued_text else None
    if line is not None and line.revision:
        return None
    return doc.issued or _month_end(doc.issued_text)


def _field_date(doc: Document) -> dt.date | None:
    """The day a date line written as a field names ("Date: 3 March 2011"), the meeting's when
    the lead names none; None for any other date line."""
    line = read_date_line(doc.issued_text) if doc.issued_text else None
    return line.date if line is not None and line.labelled and not line.revision else None


#: The banner of a page that reports one day's events ("What's up around the Prime Minister").
_DAY_PAGE = re.compile(DAY_PAGE_PATTERN)


def _day_page_date(doc: Document) -> dt.date | None:
    """The date line's day on a page that reports one day's events, whose lead names no date."""
    on_day_page = any(
        c.kind is ChromeKind.NAVIGATION and _DAY_PAGE.fullmatch(furniture_text(c.text)) for c in doc.chrome
    )
    return doc.issued if on_day_page else None


def read_meeting(doc: Document) -> tuple[Meeting, tuple[Person, ...], list[Diagnostic]]:
    """The meeting, the people the title and lead name, and the notes of what could not be read."""
    notes = _Notes(doc)
    lead, sentences, opening = read_lead(doc)
    title = doc.title[:MAX_TEXT]
    meeting_index = _meeting_sentence(sentences)
    meeting_sentence = sentences[meeting_index].text if meeting_index is not None else ""
    anchor = sentences[meeting_index].paragraph if meeting_index is not None else (lead[0] if lead else None)
    kind = meeting_kind(title, meeting_sentence)

    drafts, participants, accompanied, followers = _people(sentences, meeting_index, title)
    if kind is MeetingKind.OTHER:
        kind = kind_by_principals(title, [d.title for d in participants]) or kind
    pair = title_countries(title)
    from_body = (
        len(participants) < 2
        and kind in _PAIRED_KINDS
        and _principals_from_body(doc, lead, kind, max(2, len(pair)), drafts, participants, accompanied)
    )
    if from_body:
        japan_side_first(participants, kind)
        notes.add("meeting-participants-from-body", anchor)
    # The principals are one meeting's two sides when a sentence of the lead reports it.
    reported = meeting_index is not None and sentences[meeting_index].meets
    assign_countries(participants, pair, one_side=reported and not from_body)
    subjects = _subjects(sentences[meeting_index], participants) if reported and meeting_index is not None else []
    if len(subjects) < len(participants):  # one side before the verb, the other after it
        subjects_share_country(subjects)
    for follower, leader in followers:  # "President A of X, accompanied by B": B is of X too
        follower.country = follower.country or leader.country

    ordered: list[Draft] = []
    for draft in participants + accompanied + drafts:
        if not any(draft is d for d in ordered):
            ordered.append(draft)
    introducing = {id(p) for p in _introducing(lead, sentences)}
    later_lead = [p for p in lead if id(p) not in introducing]
    read = [find_mentions(title), *(s.mentions for s in sentences if not any(s.paragraph is p for p in later_lead))]
    later = [p.text[:MAX_TEXT] for p in later_lead] + body_texts(doc)
    settle_surnames(ordered, read, later, [p.text[:MAX_TEXT] for p in lead if id(p) in introducing])
    frozen = {id(d): d.freeze() for d in ordered}
    people = tuple(frozen[id(d)] for d in ordered)

    # When, where, how long.
    reference = _reference(doc)
    date, date_problem, place_field = read_fields([p.text[:MAX_TEXT] for p in lead], reference)
    if date is None and date_problem is None:
        # The sentence that reports the meeting first, then the others in order.
        in_order = [sentences[meeting_index]] if meeting_index is not None else []
        in_order += [s for i, s in enumerate(sentences) if i != meeting_index]
        for sentence in in_order:
            # the words before the company: "(participants: ...)" names no date
            date, date_problem = lead_date(sentence.outside_company(), reference)
            if date is not None or date_problem is not None:
                break
    if date is None and date_problem is None:
        date = _field_date(doc) or _day_page_date(doc) or (doc.issued if says_same_day(meeting_sentence) else None)
    time_text = " ".join(s.outside_company() for s in sentences)
    times = read_times(time_text[:MAX_TEXT])
    occasion, occasion_place = find_occasion([meeting_sentence, title])
    location = place_field or _location(sentences, meeting_index) or occasion_place

    # Built from a plain dict: mypy's attrs plugin cannot type the tuple converters.
    fields: dict[str, Any] = {
        "kind": kind,
        "participants": tuple(frozen[id(d)] for d in participants),
        "accompanied_by": tuple(frozen[id(d)] for d in accompanied),
        "date": date,
        "location": location,
        "occasion": occasion,
        "start": times.start,
        "end": times.end,
        "duration": times.duration,
        "timezone": times.timezone,
        "parts": times.parts,
    }
    meeting = Meeting(**fields)

    if not lead:
        notes.add("meeting-no-lead")
        return meeting, people, notes.notes
    if opening is not None:
        notes.add("meeting-from-first-section", opening)
    if not participants:
        notes.add("meeting-no-participants", anchor)
    if date is None:
        notes.add(date_problem or "meeting-no-date", anchor)
    if meeting.start is None:
        notes.add("meeting-no-start", anchor)
    if meeting.duration is None:
        notes.add("meeting-duration-in-parts" if meeting.parts else "meeting-no-duration", anchor)
    if location is None and kind is not MeetingKind.TELEPHONE_TALK:
        notes.add("meeting-no-location", anchor)
    return meeting, people, notes.notes
