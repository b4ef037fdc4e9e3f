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
from mofa_parse.semantics.times import read_times
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
    # "from 10 o'clock": a whole hour written with "o'clock"; "for 1 hr 10 min": abbreviated units
    "start_o_clock": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Martín Pereira", "Pereira", "President", "Oriental Republic of Uruguay"),
            ),
            date=dt.date(2011, 3, 2),
            location="Prime Minister's Office",
            start=dt.time(10, 0),
            duration=minutes(70),
        ),
        [],
    ),
    # "at 11 o'clock a.m." and "for about 2 hrs"
    "start_o_clock_a_m": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Bat-Erdene Tsogt", "Tsogt", "Minister for Foreign Affairs", "Mongolia"),
            ),
            date=dt.date(2012, 9, 13),
            location="Iikura Guest House",
            start=dt.time(11, 0),
            duration=minutes(120),
        ),
        [],
    ),
    # "from 1030 hours for 40 mins": the 24-hour military style; "in 2015" and "1030 people" are no times
    "start_military_hours": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Grace Wanjiru", "Wanjiru", "Cabinet Secretary for Foreign Affairs", "Republic of Kenya"),
            ),
            date=dt.date(2016, 8, 27),
            location="Nairobi",
            start=dt.time(10, 30),
            duration=minutes(40),
        ),
        [],
    ),
    # "at 0915 hrs (local time)", then "for one hour and a half"
    "start_military_hrs_local_time": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Kwame Boateng", "Boateng", "President", "Republic of Ghana")),
            date=dt.date(2018, 1, 11),
            location="Accra",
            start=dt.time(9, 15),
            duration=minutes(90),
            timezone="local time",
        ),
        [],
    ),
    # "in conjunction with the APEC Economic Leaders' Meeting in Yokohama": the occasion, and its city the place
    "occasion_in_conjunction_with": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Luis Carrillo", "Carrillo", "President", "Republic of Peru")),
            date=dt.date(2010, 11, 13),
            location="Yokohama",
            occasion="APEC Economic Leaders' Meeting",
            start=dt.time(9, 30),
            duration=minutes(30),
        ),
        [],
    ),
    # "in conjunction with the ASEAN-related Summit Meetings in Hanoi"
    "occasion_in_conjunction_with_summit_meetings": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Nguyen Van Binh", "Binh", "Prime Minister", "Socialist Republic of Viet Nam"),
            ),
            date=dt.date(2010, 10, 28),
            location="Hanoi",
            occasion="ASEAN-related Summit Meetings",
            start=dt.time(17, 15),
            duration=minutes(25),
        ),
        [],
    ),
    # "in the margins of the East Asia Summit in Manila"
    "occasion_in_the_margins_of": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Ramon Aquino", "Aquino", "President", "Republic of the Philippines"),
            ),
            date=dt.date(2017, 11, 13),
            location="Manila",
            occasion="East Asia Summit",
            start=dt.time(16, 40),
            duration=minutes(35),
        ),
        [],
    ),
    # "Date: March 3, 2011" under the title is the date line; the lead's "On March 2" is the meeting's day
    "date_line_as_a_field": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Pablo Rojas", "Rojas", "President", "Republic of Chile")),
            date=dt.date(2011, 3, 2),
            location="Prime Minister's Office",
            start=dt.time(18, 30),
            duration=minutes(50),
        ),
        [],
    ),
    # "Date: 3 March 2011" and a lead that names no day: the field's day is the meeting's
    "date_field_gives_the_day": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person(
                    "Lukas Gruber",
                    "Gruber",
                    "Federal Minister for European and International Affairs",
                    "Republic of Austria",
                ),
            ),
            date=dt.date(2011, 3, 3),
            location="Iikura Guest House",
            start=dt.time(14, 0),
            duration=minutes(40),
        ),
        [],
    ),
    # "Last updated: 9 March 2011", the only date line: the page's revision date gives no year to "On March 2"
    "last_updated_only": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Pablo Rojas", "Rojas", "President", "Republic of Chile")),
            location="Prime Minister's Office",
            start=dt.time(18, 30),
            duration=minutes(50),
        ),
        ["meeting-no-year"],
    ),
    # "Updated: March 9, 2011" after the date line: never the meeting's day
    "updated_after_the_date_line": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Pablo Rojas", "Rojas", "President", "Republic of Chile")),
            location="Prime Minister's Office",
            start=dt.time(18, 30),
            duration=minutes(50),
        ),
        ["meeting-no-date"],
    ),
    # "from 7:30 in the evening": the half of the day in words (19:30)
    "clock_in_the_evening": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Pablo Rojas", "Rojas", "President", "Republic of Chile")),
            date=dt.date(2004, 5, 3),
            location="Prime Minister's Office",
            start=dt.time(19, 30),
            duration=minutes(60),
        ),
        [],
    ),
    # "an approximately 1.5-hour summit meeting": a length of an hour and a half, not of five hours
    "length_decimal_hour_adjective": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Youssef Alami", "Alami", "Head of Government", "Kingdom of Morocco"),
            ),
            date=dt.date(2016, 6, 8),
            location="Rabat",
            start=dt.time(16, 0),
            duration=minutes(90),
        ),
        [],
    ),
    # "for about an hour and a quarter"
    "length_hour_and_a_quarter": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Sean Byrne", "Byrne", "Taoiseach", "Ireland")),
            date=dt.date(2013, 10, 20),
            location="Dublin",
            start=dt.time(11, 15),
            duration=minutes(75),
        ),
        [],
    ),
    # "an hour-long summit meeting ..., starting at 6:00 p.m."
    "length_hour_long": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Pablo Rojas", "Rojas", "President", "Republic of Chile")),
            date=dt.date(2004, 5, 3),
            location="Prime Minister's Office",
            start=dt.time(18, 0),
            duration=minutes(60),
        ),
        [],
    ),
    # "a 40-min summit meeting": the abbreviated unit in an adjective
    "length_min_adjective": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Pablo Rojas", "Rojas", "President", "Republic of Chile")),
            date=dt.date(2004, 11, 20),
            location="Santiago",
            start=dt.time(12, 10),
            duration=minutes(40),
        ),
        [],
    ),
    # "Time: 1030-1145 hrs": a military span, its "hrs" after the second clock
    "time_field_military_span": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Pablo Rojas", "Rojas", "Minister of Foreign Affairs", "Chile")),
            accompanied_by=(
                Person("Akira Tsuda", "Tsuda", "Director-General", "Japan"),
                Person("Diego Soto", "Soto", "Ambassador", "Chile"),
            ),
            date=dt.date(2005, 5, 4),
            location="Iikura Guest House",
            start=dt.time(10, 30),
            end=dt.time(11, 45),
            duration=minutes(75),
        ),
        [],
    ),
    # "Tues., May 4, 2004": a weekday abbreviated in four letters before the date line's date
    "weekday_abbreviated_date_line": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Pablo Rojas", "Rojas", "President", "Republic of Chile")),
            date=dt.date(2004, 5, 3),
            location="Prime Minister's Office",
            start=dt.time(15, 5),
            duration=minutes(65),
        ),
        [],
    ),
    # "from 9:00 until 10:15 JST": a zone's abbreviation after the clock, outside parentheses
    "zone_abbreviation_after_the_clock": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Pablo Rojas", "Rojas", "Minister of Foreign Affairs", "Republic of Chile"),
            ),
            date=dt.date(2004, 5, 4),
            location="Iikura Guest House",
            start=dt.time(9, 0),
            end=dt.time(10, 15),
            duration=minutes(75),
            timezone="JST",
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


def test_a_date_line_written_as_a_field_is_the_date_line() -> None:
    doc = read("date_line_as_a_field")
    assert (doc.issued, doc.issued_text, [w.code for w in doc.warnings]) == (
        dt.date(2011, 3, 3),
        "Date: March 3, 2011",
        [],
    )
    assert read_date_line("Date: 3 March 2011") == DateLine(2011, 3, dt.date(2011, 3, 3), labelled=True)
    assert read_date_line("DATE: Thursday, March 3, 2011") == DateLine(2011, 3, dt.date(2011, 3, 3), labelled=True)
    assert read_date_line("Date: the third of March") is read_date_line("Date: March 33, 2011") is None


def test_a_revision_date_is_the_date_line_only_when_there_is_no_other_and_says_so() -> None:
    """"Last updated: 9 March 2011" alone under the title is the date line, with a note that it is the
    page's revision date; after the date line it is a paragraph the meeting pass does not read."""
    alone = read("last_updated_only")
    assert (alone.issued, alone.issued_text) == (dt.date(2011, 3, 9), "Last updated: 9 March 2011")
    assert [(w.code, w.message) for w in alone.warnings if not w.code.startswith("meeting")] == [
        ("date-revision", "date line 'Last updated: 9 March 2011' is the page's revision date, not the readout's")
    ]
    after = read("updated_after_the_date_line")
    assert (after.issued, after.issued_text) == (dt.date(2011, 3, 3), "March 3, 2011")
    assert after.preamble[0].text == "Updated: March 9, 2011"
    assert read_date_line("Updated: March 9, 2011") == DateLine(
        2011, 3, dt.date(2011, 3, 9), revision=True, labelled=True
    )
    assert read_date_line("Updated: 2011") is None


@pytest.mark.parametrize(
    ("text", "zone", "length"),
    [
        ("from 9:00 until 10:15 JST", "JST", 75),
        ("from 10:00 to 10:30 a.m. (local time; 5:00 p.m. JST)", "local time", 30),
        ("commencing at 3:00 p.m. local time for approximately 35 minutes", "local time", 35),
        ("for about three-quarters of an hour from 9:10 a.m. (JST)", "JST", 45),
    ],
)
def test_a_zone_after_the_clock_is_read_outside_parentheses(text: str, zone: str, length: int) -> None:
    facts = read_times(text)
    assert (facts.timezone, facts.duration) == (zone, minutes(length))


def test_a_venue_in_small_letters_follows_only_a_possessive() -> None:
    assert find_location("They met at the President’s official residence in Accra.") == (
        "President’s official residence in Accra"
    )
    assert find_location("They met at the Castle in Accra.") == "Castle in Accra"
    assert "request" not in str(find_location("They met at the Prime Minister's request in Accra."))
    assert find_location("They met at Osu Castle and then dined.") == "Osu Castle"
