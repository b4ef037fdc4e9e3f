"""The rows of the corpus tables, read off parsed documents.

Each document gives one ``meetings`` row, a ``participants`` row per person who
met (principals, then those accompanying them), and a ``statements`` row per
reported utterance. ``people`` gathers every person a document names (the
participants, the speakers, ``Document.people``) under the ids of
``corpus.identity``, one row per id.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping

import attrs

from mofa_parse.corpus.countries import country_code
from mofa_parse.corpus.identity import Sighting, person_ids
from mofa_parse.corpus.rows import (
    JOINT,
    MeetingRow,
    ParticipantRow,
    PersonRow,
    Role,
    StatementRow,
    TitleSeen,
)
from mofa_parse.model import Document, Joint, Person
from mofa_parse.rules.countries import SURNAME_FIRST_COUNTRIES
from mofa_parse.rules.verbs import verb_family

__all__ = ["Source", "Tables", "build_tables", "display_name", "document_date", "sha256", "speakers"]

#: How a person is known inside one document: the document's id and its own ``Person``.
PersonKey = tuple[str, Person]


@attrs.frozen
class Source:
    """Where a document came from: its id in the corpus, its file (None for a text), the sha256 of its bytes."""

    document: str
    path: str | None
    sha256: str


@attrs.frozen
class Tables:
    """The four tables of a corpus, and the person id of each document's people."""

    meetings: tuple[MeetingRow, ...]
    participants: tuple[ParticipantRow, ...]
    statements: tuple[StatementRow, ...]
    people: tuple[PersonRow, ...]
    ids: Mapping[PersonKey, str]


def sha256(data: bytes) -> str:
    """The hex sha256 of a document's bytes."""
    return hashlib.sha256(data).hexdigest()


def document_date(doc: Document) -> _dt.date | None:
    """The date of the meeting, or else the date the readout was issued."""
    return doc.meeting.date or doc.issued


def _minutes(duration: _dt.timedelta | None) -> int | None:
    return None if duration is None else int(duration.total_seconds() // 60)


def meeting_row(source: Source, doc: Document) -> MeetingRow:
    """The ``meetings`` row of one document."""
    meeting = doc.meeting
    return MeetingRow(
        document=source.document,
        path=source.path,
        sha256=source.sha256,
        issued=doc.issued,
        date=meeting.date,
        kind=meeting.kind.value,
        title=doc.title,
        location=meeting.location,
        occasion=meeting.occasion,
        start=meeting.start,
        end=meeting.end,
        duration_minutes=_minutes(meeting.duration),
        time_zone=meeting.timezone,
        statements=len(doc.statements),
        warnings=len(doc.warnings),
    )


def _speakers(doc: Document) -> Iterator[Person]:
    for statement in doc.statements:
        if isinstance(statement.speaker, Joint):
            yield from statement.speaker.members
        else:
            yield statement.speaker


def named_people(doc: Document) -> Iterator[Person]:
    """Every person the document names: participants, those accompanying them, its people, its speakers."""
    meeting = doc.meeting
    yield from meeting.participants
    yield from meeting.accompanied_by
    yield from doc.people
    yield from _speakers(doc)


def sightings(source: Source, doc: Document) -> Iterator[Sighting]:
    """Each person the document names, once."""
    date = document_date(doc)
    for person in dict.fromkeys(named_people(doc)):
        yield Sighting(source.document, person, date)


def participant_rows(source: Source, doc: Document, ids: Mapping[PersonKey, str]) -> Iterator[ParticipantRow]:
    """The ``participants`` rows of one document: principals, then those accompanying them."""
    meeting = doc.meeting
    for role, people in ((Role.PRINCIPAL, meeting.participants), (Role.ACCOMPANYING, meeting.accompanied_by)):
        for person in people:
            yield ParticipantRow(
                document=source.document,
                person=ids[(source.document, person)],
                role=role,
                name=person.name or person.surname,
                title=person.title,
                country=country_code(person.country),
            )


def speaker_id(document: str, speaker: Person | Joint, ids: Mapping[PersonKey, str]) -> str:
    """The person id of a statement's speaker, or ``joint``."""
    return JOINT if isinstance(speaker, Joint) else ids[(document, speaker)]


def statement_rows(source: Source, doc: Document, ids: Mapping[PersonKey, str]) -> Iterator[StatementRow]:
    """The ``statements`` rows of one document, in the document's order."""
    for index, statement in enumerate(doc.statements):
        span = statement.span
        yield StatementRow(
            document=source.document,
            index=index,
            speaker=speaker_id(source.document, statement.speaker, ids),
            speaker_text=statement.speaker_text,
            verb=statement.verb,
            family=verb_family(statement.verb),
            text=statement.text,
            section=statement.section,
            clause=statement.clause,
            in_response_to=statement.in_response_to,
            start=None if span is None else span.start,
            end=None if span is None else span.end,
        )


def display_name(person: Person) -> str:
    """A person's name given name first, as prose writes it: "KISHIDA Fumio" → "Fumio Kishida".

    A word in capitals marks the surname of the MOFA style from 2020. Names of the
    countries that write surnames first ("YOON Suk Yeol") keep that order, in
    ordinary capitals ("Yoon Suk Yeol"); other names are kept as written.
    """
    if person.name is None:
        return person.surname
    words = person.name.split()
    capitals = [index for index, word in enumerate(words) if len(word) > 1 and word.isupper() and word.isalpha()]
    if len(capitals) != 1 or len(words) == 1:
        return person.name
    index = capitals[0]
    surname = words[index].capitalize()
    rest = words[:index] + words[index + 1 :]
    country = (person.country or "").casefold().removeprefix("the ")
    if country in SURNAME_FIRST_COUNTRIES:
        return " ".join([surname, *rest])
    return " ".join([*rest, surname])


def _most_common(values: Iterable[str]) -> str | None:
    """The most frequent value; ties go to the longest, then the first in alphabetical order."""
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda value: (-counts[value], -len(value), value))


def _titles(seen: list[Sighting]) -> tuple[TitleSeen, ...]:
    dates: dict[str, list[_dt.date]] = defaultdict(list)
    for sighting in seen:
        if sighting.person.title is not None:
            found = dates[sighting.person.title]
            if sighting.date is not None:
                found.append(sighting.date)
    return tuple(
        TitleSeen(title, min(found, default=None), max(found, default=None))
        for title, found in sorted(dates.items(), key=lambda item: (min(item[1], default=_dt.date.max), item[0]))
    )


def people_rows(seen: Iterable[Sighting], ids: Mapping[PersonKey, str]) -> Iterator[PersonRow]:
    """One ``people`` row per id, in the order of the ids."""
    by_id: dict[str, list[Sighting]] = defaultdict(list)
    for sighting in seen:
        by_id[ids[(sighting.document, sighting.person)]].append(sighting)
    for person_id in sorted(by_id):
        group = by_id[person_id]
        people = [sighting.person for sighting in group]
        full = [display_name(person) for person in people if person.name is not None]
        surname = _most_common(person.surname for person in people)
        assert surname is not None
        codes = [code for code in (country_code(person.country) for person in people) if code is not None]
        yield PersonRow(
            person=person_id,
            name=_most_common(full) or surname,
            surname=surname,
            names=tuple(sorted({person.name or person.surname for person in people})),
            titles=_titles(group),
            country=_most_common(codes),
            documents=tuple(sorted({sighting.document for sighting in group})),
        )


def build_tables(documents: Iterable[tuple[Source, Document]]) -> Tables:
    """The four tables of a corpus of documents (in the order given)."""
    pairs = list(documents)
    seen = [sighting for source, doc in pairs for sighting in sightings(source, doc)]
    ids = person_ids(seen)
    return Tables(
        meetings=tuple(meeting_row(source, doc) for source, doc in pairs),
        participants=tuple(row for source, doc in pairs for row in participant_rows(source, doc, ids)),
        statements=tuple(row for source, doc in pairs for row in statement_rows(source, doc, ids)),
        people=tuple(people_rows(seen, ids)),
        ids=ids,
    )


def speakers(document: str, doc: Document) -> list[tuple[str, str, str]]:
    """For each statement of one document read alone: the speaker's person id, country code(s) and the date.

    The ids are those of a corpus of this one document: a surname alone is matched
    within it (see ``corpus.identity``). A joint statement's countries are its
    members', joined by "; "; a missing value is empty text.
    """
    source = Source(document, None, "")
    ids = person_ids(sightings(source, doc))
    date = document_date(doc)
    found: list[tuple[str, str, str]] = []
    for statement in doc.statements:
        speaker = statement.speaker
        members = speaker.members if isinstance(speaker, Joint) else (speaker,)
        codes = "; ".join(country_code(member.country) or "" for member in members)
        found.append((speaker_id(document, speaker, ids), codes, "" if date is None else date.isoformat()))
    return found
