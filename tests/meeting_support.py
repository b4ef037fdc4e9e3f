"""What the meeting tests share: the Japanese principals of their readouts, a length in
minutes, the meeting pass's notes, the made-up readouts of ``fixtures/meeting/`` and the
exact check of each, and documents built without the structure parser.

``document`` assembles a ``Document`` from a title, a date line, lead lines
and body lines the way the structure parser lays them out, with spans into a
source it writes, so that the meeting pass can be tested on its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

import mofa_parse
from mofa_parse.model import Document, Meeting, Paragraph, Person, Section, Span
from mofa_parse.text.dates import read_date_line

#: The Japanese principals of the made-up readouts.
TANAKA = Person("Ichiro Tanaka", "Tanaka", "Prime Minister", "Japan")
SUZUKI = Person("Jiro Suzuki", "Suzuki", "Minister for Foreign Affairs", "Japan")
#: Others the made-up readouts name again and again: Chile's president and foreign minister, the
#: Japanese and Chilean officials of the field-block readouts, Japan's Deputy Chief Cabinet Secretary.
ROJAS = Person("Pablo Rojas", "Rojas", "President", "Republic of Chile")
ROJAS_MINISTER = Person("Pablo Rojas", "Rojas", "Minister of Foreign Affairs", "Chile")
ITO = Person("Goro Ito", "Ito", "Deputy Chief Cabinet Secretary", "Japan")
TSUDA = Person("Akira Tsuda", "Tsuda", "Director-General", "Japan")
SOTO = Person("Diego Soto", "Soto", "Ambassador", "Chile")
#: The presidents of Peru and Ghana whom the Prime Minister meets in several readouts.
CARRILLO = Person("Luis Carrillo", "Carrillo", "President", "Republic of Peru")
BOATENG = Person("Kwame Boateng", "Boateng", "President", "Republic of Ghana")


#: The meeting pass's notes on a readout whose lead gives neither a start nor a length.
NO_TIMES = ["meeting-no-start", "meeting-no-duration"]

#: The made-up readouts of the meeting tests, a folder for each kind of convention.
MEETING_FIXTURES = Path(__file__).parent / "fixtures" / "meeting"


def fixture_names(folder: str) -> list[str]:
    """The names of the readouts of ``fixtures/meeting/<folder>``, sorted."""
    return sorted(path.stem for path in (MEETING_FIXTURES / folder).glob("*.txt"))


def read_fixture(folder: str, name: str) -> Document:
    """The readout ``name`` of ``fixtures/meeting/<folder>``, parsed."""
    return mofa_parse.parse((MEETING_FIXTURES / folder / f"{name}.txt").read_text(encoding="utf-8"))


def assert_meeting(doc: Document, meeting: Meeting, codes: list[str], people: tuple[Person, ...] | None = None) -> None:
    """``doc``'s meeting is exactly ``meeting``, the meeting pass's notes are ``codes``, and its
    people are ``people`` (by default the participants, then the accompanying officials)."""
    assert doc.meeting == meeting
    assert meeting_codes(doc) == codes
    assert doc.people == (people if people is not None else meeting.participants + meeting.accompanied_by)


def minutes(n: int) -> dt.timedelta:
    """A meeting's length of ``n`` minutes."""
    return dt.timedelta(minutes=n)


def meeting_codes(doc: Document) -> list[str]:
    """The codes of the meeting pass's notes on ``doc``."""
    return [w.code for w in doc.warnings if w.code.startswith("meeting")]

_NUMBERED = re.compile(r"^(\d{1,2})\.\s+(.*)$")


def document(
    title: str,
    date_line: str | None,
    lead: Sequence[str],
    body: Sequence[str] = (),
    subtitle: str | None = None,
) -> Document:
    """A document whose preamble is ``lead`` and whose body is ``body``.

    ``body`` lines starting "1. Heading" open a section with that title; lines
    starting "1. On ..." (long, ending with a period) open an untitled section
    whose first paragraph is the rest of the line; other lines are paragraphs.
    """
    source_lines: list[str] = [title]
    if subtitle:
        source_lines.append(f"({subtitle})")
    source_lines.append("")
    issued = None
    issued_text = None
    if date_line:
        found = read_date_line(date_line)
        assert found is not None, date_line
        issued, issued_text = found.date, date_line
        source_lines += [date_line, ""]
    offset = sum(len(line) + 1 for line in source_lines)
    preamble: list[Paragraph] = []
    for line in lead:
        preamble.append(Paragraph(line, span=Span(offset, offset + len(line))))
        source_lines += [line, ""]
        offset += len(line) + 2
    sections: list[Section] = []
    current: list[Paragraph] = []
    head: tuple[int, str | None] | None = None

    def close() -> None:
        if head is not None:
            sections.append(Section(head[0], f"{head[0]}.", head[1], tuple(current)))

    for line in body:
        numbered = _NUMBERED.match(line)
        if numbered:
            close()
            number, rest = int(numbered[1]), numbered[2]
            current = []
            if rest.endswith(".") and len(rest.split()) > 8:
                head = (number, None)
                current.append(Paragraph(rest, span=Span(offset, offset + len(line))))
            else:
                head = (number, rest)
        else:
            if head is None:
                head = (len(sections) + 1, None)
            current.append(Paragraph(line, span=Span(offset, offset + len(line))))
        source_lines += [line, ""]
        offset += len(line) + 2
    close()
    source = "\n".join(source_lines)
    return Document(
        title=title,
        subtitle=subtitle,
        issued=issued,
        issued_text=issued_text,
        preamble=tuple(preamble),
        sections=tuple(sections),
        source=source,
    )
