"""The meeting on the header conventions of real readouts: one made-up readout a convention in
``fixtures/meeting/header``, its title, date line and meeting asserted exactly.

A long title in title case (one that names the officials and the occasion); a note in
parentheses between the title and the date line; no date line, the date in the lead.
"""

from __future__ import annotations

import datetime as dt

import pytest

from meeting_support import ROJAS, ROJAS_MINISTER, SUZUKI, TANAKA, assert_meeting, fixture_names, minutes, read_fixture
from mofa_parse import Document, Meeting, MeetingKind


def read(name: str) -> Document:
    return read_fixture("header", name)


LONG_TITLE = (
    "Meeting between Prime Minister Ichiro Tanaka and President Pablo Rojas of the Republic of Chile on the "
    "Occasion of the State Visit to Japan by the President and the Signing of the Joint Statement on the "
    "Strategic Partnership"
)
NOTE = (
    "(This meeting was held on the sidelines of the Pacific Leaders' Summit, the second meeting between",
    "the two leaders this year; the overview below is based on the briefing of the Japanese side.)",
)

#: Each readout: its title, its date line as read, the notes of the whole parse, and its meeting.
EXPECTED: dict[str, tuple[str, dt.date | None, list[str], Meeting]] = {
    # Over 200 characters, but in title case with no final stop: the title, and the date line under it.
    "long_title_names_the_other_side": (
        LONG_TITLE,
        dt.date(2015, 6, 10),
        [],
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2015, 6, 10),
            location="Prime Minister's Official Residence",
            occasion="State Visit",
            start=dt.time(17, 0),
            duration=minutes(40),
        ),
    ),
    # The note of two lines under the title hides no date line: the lead's "November 18" takes its year.
    "note_under_the_title": (
        "Japan-Chile Summit Meeting",
        dt.date(2016, 11, 19),
        [],
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2016, 11, 18),
            location="Lima",
            start=dt.time(10, 30),
            duration=minutes(25),
        ),
    ),
    # No date line: the readout has no issue date, and the lead gives the meeting's date with its year.
    "date_in_the_lead_no_date_line": (
        "Japan-Chile Foreign Ministers' Meeting",
        None,
        ["no-date"],
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, ROJAS_MINISTER),
            date=dt.date(2002, 3, 12),
            location="Santiago",
            start=dt.time(15, 0),
            duration=minutes(45),
        ),
    ),
}


def test_every_readout_has_an_expectation() -> None:
    assert fixture_names("header") == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_header_and_meeting(name: str) -> None:
    doc = read(name)
    title, issued, codes, meeting = EXPECTED[name]
    assert (doc.title, doc.issued) == (title, issued)
    assert [w.code for w in doc.warnings] == codes
    assert_meeting(doc, meeting, [])


def test_the_note_stays_in_the_lead_before_it() -> None:
    doc = read("note_under_the_title")
    assert [paragraph.text for paragraph in doc.preamble[:2]] == list(NOTE)
    assert doc.preamble[2].text.startswith("On November 18, commencing at 10:30 a.m.")
    assert doc.issued_text == "November 19, 2016"
