"""The meeting on conventions of the older readouts (2001-2012): one made-up readout a convention in
``fixtures/meeting/older``, its meeting and people asserted exactly.

The Prime Minister's Office pages of 2002-2005 (links padded with spaces, a lone "Official Residence",
a topic path without separators), lengths in number words written with a space ("forty five"),
a date in a clause about an earlier meeting, and a style abbreviation written with spaces ("H. E.").
"""

from __future__ import annotations

import datetime as dt

import pytest

from meeting_support import BOATENG, NO_TIMES, SUZUKI, TANAKA, assert_meeting, fixture_names, minutes, read_fixture
from mofa_parse import Chrome, ChromeKind, Document, Meeting, MeetingKind, Person

RESIDENCE = "Prime Minister's Official Residence"


def read(name: str) -> Document:
    return read_fixture("older", name)


#: Each readout: its meeting and the notes of the meeting pass (its people are the participants).
EXPECTED: dict[str, tuple[Meeting, list[str]]] = {
    # "Top What's up around the Prime Minister September, 2004": the topic path without its ">".
    "kantei_breadcrumb_without_separators": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Hugo Benitez", "Benitez", "President", "Republic of Paraguay")),
            date=dt.date(2004, 9, 14),
            location=RESIDENCE,
        ),
        NO_TIMES,
    ),
    # "TopWhat's up around the Prime MinisterMay, 2002": the same path, run together.
    "kantei_breadcrumb_run_together": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Ilze Ozola", "Ozola", "President", "Republic of Latvia")),
            date=dt.date(2002, 5, 17),
            location=RESIDENCE,
        ),
        NO_TIMES,
    ),
    # "lasted for forty five minutes": a tens word and a unit word with a space between.
    "length_in_words_with_a_space": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Anders Holm", "Holm", "Minister for Foreign Affairs", "Kingdom of Denmark"),
            ),
            date=dt.date(2006, 3, 9),
            location="Ministry of Foreign Affairs",
            duration=minutes(45),
        ),
        ["meeting-no-start"],
    ),
    # "..., having met with President B immediately after taking office on June 5, 2003, said ...": that
    # date is the earlier meeting's; the day page's date line is this one's.
    "date_of_an_earlier_meeting": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, BOATENG),
            date=dt.date(2006, 10, 12),
            location=RESIDENCE,
        ),
        NO_TIMES,
    ),
    # "H. E. Mr. Reza Karimi": the style abbreviation written with a space after its inner full stop.
    "spaced_style_abbreviation": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(
                SUZUKI,
                Person("Reza Karimi", "Karimi", "Minister of Foreign Affairs", "Islamic Republic of Iran"),
            ),
            date=dt.date(2009, 2, 3),
            start=dt.time(16, 10),
            duration=minutes(20),
        ),
        [],
    ),
}


def test_every_readout_has_an_expectation() -> None:
    assert fixture_names("older") == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_older_readout(name: str) -> None:
    assert_meeting(read(name), *EXPECTED[name])


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("kantei_breadcrumb_without_separators", "Top What's up around the Prime Minister September, 2004"),
        ("kantei_breadcrumb_run_together", "TopWhat's up around the Prime MinisterMay, 2002"),
    ],
)
def test_the_older_kantei_furniture_is_chrome_as_written(name: str, path: str) -> None:
    """The padded link, the lone "Official Residence" and the topic path are kept as written, as page
    furniture: the title and the date line are read after them."""
    doc = read(name)
    assert doc.chrome[:4] == (
        Chrome(ChromeKind.NAVIGATION, "Official Residence   TOP"),
        Chrome(ChromeKind.NAVIGATION, "Official Residence"),
        Chrome(ChromeKind.BREADCRUMB, path),
        Chrome(ChromeKind.NAVIGATION, "What's up around the Prime Minister"),
    )
    assert doc.title.startswith("Japan-") and doc.issued == doc.meeting.date
    assert "no-date" not in [w.code for w in doc.warnings]
