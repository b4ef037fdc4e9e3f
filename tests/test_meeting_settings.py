"""The meeting's setting in other wordings of the conventions (sections 5 and 7): where, when,
for how long and in whose company. One made-up readout a wording in
``fixtures/meeting/settings``, its meeting and people asserted exactly; the comment above each
says the wording.
"""

from __future__ import annotations

import datetime as dt

import pytest

import mofa_parse
from meeting_support import SUZUKI, TANAKA, assert_meeting, fixture_names, minutes, read_fixture
from mofa_parse import Document, Meeting, MeetingKind, Person
from mofa_parse.semantics.meeting.places import find_location
from mofa_parse.text.dates import DateLine, read_date_line


def read(name: str) -> Document:
    return read_fixture("settings", name)


#: Each readout: its meeting and the notes of the meeting pass; everyone it names is the
#: principals and the accompanying officials, in that order.
EXPECTED: dict[str, tuple[Meeting, list[str]]] = {
    # "Prime Minister A, accompanied by B, held talks with C": the company ends where A's verb goes on, and
    # is of A's country
    "company_in_commas": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Einar Sigurdsson", "Sigurdsson", "President", "Republic of Iceland")),
            accompanied_by=(Person("Goro Ito", "Ito", "Deputy Chief Cabinet Secretary", "Japan"),),
            date=dt.date(2008, 5, 15),
            location="Prime Minister's Official Residence",
            start=dt.time(16, 10),
            duration=minutes(40),
        ),
        [],
    ),
    # banner, navigation and captions above the title ("A greeting B", "The two leaders ...")
    "captions_above_the_title": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Anders Lindgren", "Lindgren", "President", "Republic of Finland")),
            date=dt.date(2014, 10, 9),
            location="Prime Minister's Office",
            start=dt.time(18, 15),
            duration=minutes(50),
        ),
        [],
    ),
    # the date line in parentheses gives the year of the lead's "On October 1"
    "date_line_in_parentheses": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Mart Tamm", "Tamm", "Minister of Foreign Affairs", "Republic of Estonia"),
            ),
            date=dt.date(2015, 10, 1),
            location="Iikura Guest House",
            start=dt.time(11, 0),
            duration=minutes(45),
        ),
        [],
    ),
    # a venue whose name starts with an accented capital, and its city
    "accented_venue": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Olivier Marchand", "Marchand", "President", "French Republic")),
            date=dt.date(2011, 7, 14),
            location="Élysée Palace in Paris",
            start=dt.time(12, 30),
            duration=minutes(50),
        ),
        [],
    ),
    # a building in small letters after a possessive: "at the Prime Minister's official residence"
    "official_residence_small_letters": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Kwame Boateng", "Boateng", "President", "Republic of Ghana")),
            date=dt.date(2016, 3, 3),
            location="Prime Minister's official residence",
            start=dt.time(17, 5),
            duration=minutes(35),
        ),
        [],
    ),
    # "Present at the meeting from the Japanese side was ...": the company, of its side
    "present_at_the_meeting": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person(
                    "Kofi Mensah",
                    "Mensah",
                    "Minister for Foreign Affairs and Regional Integration",
                    "Republic of Ghana",
                ),
            ),
            accompanied_by=(Person("Ken Hara", "Hara", "Ambassador of Japan to Ghana", "Japan"),),
            date=dt.date(2017, 6, 8),
            location="Accra",
            start=dt.time(14, 0),
            duration=minutes(40),
        ),
        [],
    ),
}


def test_every_setting_has_an_expectation() -> None:
    assert fixture_names("settings") == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_setting(name: str) -> None:
    assert_meeting(read(name), *EXPECTED[name])


def test_captions_above_the_title_are_chrome_and_the_title_is_the_headline() -> None:
    doc = read("captions_above_the_title")
    assert (doc.title, doc.issued) == (
        "Prime Minister Tanaka Holds a Summit Meeting with President Lindgren of Finland",
        dt.date(2014, 10, 9),
    )
    assert [(c.kind.value, c.text) for c in doc.chrome] == [
        ("navigation", "Prime Minister of Japan and His Cabinet"),
        ("navigation", "Skip to main content"),
        ("navigation", "The Prime Minister in Action"),
        ("photo", "Photo 1"),
        ("photo", "Prime Minister Tanaka greeting President Lindgren"),
        ("photo", "The two leaders before the summit meeting"),
    ]
    assert mofa_parse.parse("Prime Minister Tanaka Greets President Lindgren\n\nOctober 9, 2014\n").title == (
        "Prime Minister Tanaka Greets President Lindgren"
    )


def test_a_date_line_in_parentheses_or_in_capitals_is_the_date_line() -> None:
    doc = read("date_line_in_parentheses")
    assert (doc.title, doc.issued, doc.issued_text) == (
        "Japan-Estonia Foreign Ministers' Meeting",
        dt.date(2015, 10, 2),
        "(October 2, 2015)",
    )
    assert read_date_line("SEPTEMBER 28, 2019") == read_date_line("Saturday, September 28, 2019")
    assert read_date_line("SATURDAY, SEPTEMBER 28, 2019") == DateLine(2019, 9, dt.date(2019, 9, 28))
    assert read_date_line("(JULY 2003)") == DateLine(2003, 7, None)
    assert read_date_line("(1) 2019") is read_date_line("Mayday 3, 2019") is read_date_line("(2019") is None


def test_a_venue_in_small_letters_follows_only_a_possessive() -> None:
    assert find_location("They met at the President’s official residence in Accra.") == (
        "President’s official residence in Accra"
    )
    assert find_location("They met at the Castle in Accra.") == "Castle in Accra"
    assert "request" not in str(find_location("They met at the Prime Minister's request in Accra."))
    assert find_location("They met at Osu Castle and then dined.") == "Osu Castle"
