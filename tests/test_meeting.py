"""The meeting pass: kind, people, date, times, place and occasion of a readout.

The seeds are checked field by field; made-up readouts in ``fixtures/meeting``
cover the variants the seeds do not show (one readout per variant); unit tests
pin the readers of clock times, lengths and names.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import mofa_parse
from meeting_support import CARRILLO, SUZUKI, TANAKA, meeting_codes, minutes
from mofa_parse import Document, Meeting, MeetingKind, MeetingPart, Paragraph, Person, Severity
from mofa_parse.semantics import meeting
from mofa_parse.semantics.people import resolve
from mofa_parse.semantics.times import parse_clock, parse_length, read_times
from mofa_parse.text.names import find_mentions, split_surname

from conftest import seed_text

FIXTURES = Path(__file__).parent / "fixtures" / "meeting"

KOIZUMI = Person("Junichiro Koizumi", "Koizumi", "Prime Minister", "Japan")
PUTIN_RF = Person("Vladimir Putin", "Putin", "President", "Russian Federation")


# --------------------------------------------------------------------------- seeds


def test_seed_000_summit_on_the_occasion_of_apec() -> None:
    doc = mofa_parse.parse(seed_text("000"))
    assert doc.title.startswith("Japan-Russia Summit Meeting on the Occasion of")
    assert doc.issued == dt.date(2004, 11, 22)
    assert doc.meeting == Meeting(
        kind=MeetingKind.SUMMIT,
        participants=(KOIZUMI, PUTIN_RF),
        date=dt.date(2004, 11, 21),
        location="Santiago, Chile",
        occasion="Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Meeting",
        timezone="local time",
    )
    assert doc.people == (KOIZUMI, PUTIN_RF)
    assert meeting_codes(doc) == ["meeting-no-start", "meeting-no-duration"]
    notes = [w for w in doc.warnings if w.code.startswith("meeting")]
    assert {(w.line, w.severity) for w in notes} == {(6, Severity.NOTE)}


def test_seed_001_range_and_parts() -> None:
    doc = mofa_parse.parse(seed_text("001"))
    assert doc.issued == dt.date(2003, 1, 10)
    assert doc.meeting == Meeting(
        kind=MeetingKind.SUMMIT,
        participants=(KOIZUMI, PUTIN_RF),
        location="Moscow",
        start=dt.time(12, 6),
        end=dt.time(14, 57),
        duration=minutes(171),
        parts=(
            MeetingPart("a meeting among a small group", dt.time(12, 6), dt.time(13, 47), minutes(101)),
            MeetingPart("a full Summit Meeting", dt.time(13, 51), dt.time(14, 57), minutes(66)),
        ),
    )
    # The lead gives no day: the date line is not taken for the meeting date.
    assert doc.meeting.date is None
    assert meeting_codes(doc) == ["meeting-no-date"]


def test_seed_002_accompanied_and_principals_from_the_body() -> None:
    doc = mofa_parse.parse(seed_text("002"))
    assert doc.issued == dt.date(2000, 11, 15)
    mori = Person(None, "Mori", "Prime Minister", "Japan")
    assert doc.meeting == Meeting(
        kind=MeetingKind.SUMMIT,
        participants=(mori, PUTIN_RF),
        accompanied_by=(
            Person("Shinzo Abe", "Abe", "Deputy Cabinet Secretary", "Japan"),
            Person("Ryozo Kato", "Kato", "Deputy Minister for Foreign Affairs", "Japan"),
            Person(
                "Sergei Prikhodjko",
                "Prikhodjko",
                "Deputy Chief of the President's Administration",
                "Russian Federation",
            ),
            Person("Aleksandr Losyukov", "Losyukov", "Deputy Minister for Foreign Affairs", "Russian Federation"),
        ),
        date=dt.date(2000, 11, 15),
        location="Brunei Darussalam",
        occasion="APEC Ministerial Meeting",
        start=dt.time(18, 20),
        duration=minutes(55),
        timezone="Brunei local time",
    )
    assert doc.people == doc.meeting.participants + doc.meeting.accompanied_by
    assert meeting_codes(doc) == ["meeting-participants-from-body"]


def test_seed_003_foreign_ministers() -> None:
    doc = mofa_parse.parse(seed_text("003"))
    machimura = Person("Nobutaka Machimura", "Machimura", "Minister for Foreign Affairs", "Japan")
    lavrov = Person("Sergey Lavrov", "Lavrov", "Minister of Foreign Affairs", "Russia")
    assert doc.meeting == Meeting(
        kind=MeetingKind.FOREIGN_MINISTERS,
        participants=(machimura, lavrov),
        date=dt.date(2004, 11, 17),
        occasion="Asia-Pacific Economic Cooperation (APEC) Ministerial Meeting",
        timezone="local time",
    )
    # The lead's second paragraph names President Putin too; he is no principal.
    assert doc.people == (machimura, lavrov, Person(None, "Putin", "President", None))
    assert meeting_codes(doc) == ["meeting-no-start", "meeting-no-duration", "meeting-no-location"]


def test_seed_004_courtesy_call_without_date_line() -> None:
    doc = mofa_parse.parse(seed_text("004"))
    assert doc.issued is None
    assert doc.meeting == Meeting(
        kind=MeetingKind.COURTESY_CALL,
        participants=(
            Person("Yoriko Kawaguchi", "Kawaguchi", "Minister for Foreign Affairs", "Japan"),
            Person("Vladimir Putin", "Putin", "President", "Russia"),
        ),
        location="Russia",
    )
    # "on October 14" with no year anywhere: no date rather than a guessed year.
    assert meeting_codes(doc) == ["meeting-no-year", "meeting-no-start", "meeting-no-duration"]


@pytest.mark.parametrize(
    ("seed", "mention", "index"),
    [
        ("000", "President Putin", 1),
        ("000", "the Prime Minister", 0),
        ("000", "Prime Minister Koizumi's", 0),
        ("000", "the President", 1),
        ("001", "The Prime Minister", 0),
        ("001", "Mr. Putin", 1),
        ("002", "Prime Minister Mori", 0),
        ("002", "the Russian President", 1),
        ("003", "Foreign Minister Lavrov", 1),
        ("003", "Foreign Minister Machimura", 0),
        ("003", "Russian Minister of Foreign Affairs Sergey Lavrov", 1),
        ("004", "Foreign Minister Kawaguchi", 0),
        ("004", "Russian President Putin", 1),
    ],
)
def test_mentions_resolve_to_the_participant_object(seed: str, mention: str, index: int) -> None:
    doc = mofa_parse.parse(seed_text(seed))
    assert doc.person(mention) is doc.meeting.participants[index]


@pytest.mark.parametrize(
    ("seed", "mention"),
    [
        ("003", "the Foreign Minister"),  # two foreign ministers: ambiguous
        ("000", "Foreign Minister Lavrov"),  # not in this readout
        ("000", "He"),
        ("000", ""),
        ("002", "the two leaders"),
    ],
)
def test_mentions_that_name_no_one(seed: str, mention: str) -> None:
    assert mofa_parse.parse(seed_text(seed)).person(mention) is None


def test_people_hold_the_same_objects_as_the_meeting() -> None:
    doc = mofa_parse.parse(seed_text("002"))
    for person in doc.meeting.participants + doc.meeting.accompanied_by:
        assert any(person is other for other in doc.people)
    assert doc.person("Deputy Minister for Foreign Affairs Ryozo Kato") is doc.meeting.accompanied_by[1]
    assert doc.person("Mr. Losyukov") is doc.meeting.accompanied_by[3]


# --------------------------------------------------------------------------- made-up readouts, one per variant


FIXTURE_EXPECTATIONS: dict[str, tuple[Meeting, list[str]]] = {
    "telephone_no_title": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(
                Person("MOTEGI Toshimitsu", "Motegi", "Minister for Foreign Affairs", "Japan"),
                Person("Kang Min-ho", "Kang", "Minister of Foreign Affairs", "Republic of Korea"),
            ),
            date=dt.date(2021, 6, 2),
            start=dt.time(21, 0),
            duration=minutes(30),
        ),
        [],
    ),
    "courtesy_call_office": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(
                Person("KISHIDA Fumio", "Kishida", "Prime Minister", "Japan"),
                Person("Tomas Herrera", "Herrera", "President", "Republic of Chile"),
            ),
            date=dt.date(2023, 3, 14),
            location="Prime Minister's Office",
            start=dt.time(10, 35),
            duration=minutes(20),
        ),
        [],
    ),
    "summit_twelve_twenty": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                Person("Taro Yamada", "Yamada", "Prime Minister", "Japan"),
                CARRILLO,
            ),
            date=dt.date(2009, 5, 10),
            location="Lima, Peru",
            start=dt.time(12, 20),
            duration=minutes(45),
        ),
        [],
    ),
    "working_lunch_noon": (
        Meeting(
            kind=MeetingKind.OTHER,
            participants=(
                Person("Hanako Sato", "Sato", "Minister for Foreign Affairs", "Japan"),
                Person("Anna Berg", "Berg", "Minister for Foreign Affairs", "Kingdom of Sweden"),
            ),
            date=dt.date(2015, 4, 8),
            location="Iikura Guest House",
            start=dt.time(12, 0),
            end=dt.time(13, 30),
            duration=minutes(90),
        ),
        [],
    ),
    "stray_am_telephone": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(TANAKA, Person("Paul Martel", "Martel", "Prime Minister", "Canada")),
            date=dt.date(2018, 2, 2),
            start=dt.time(16, 46),
            duration=minutes(25),
            timezone="JST",
        ),
        [],
    ),
    "hour_and_minutes": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Raj Kumar", "Kumar", "Minister of External Affairs", "India")),
            date=dt.date(2011, 9, 19),
            location="New Delhi",
            duration=minutes(70),
        ),
        ["meeting-no-start"],
    ),
    "over_half_hour_timezone": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(
                Person("Jiro Suzuki", "Suzuki", "Foreign Minister", "Japan"),
                Person("John Carter", "Carter", "Secretary of State", "United States"),
            ),
            date=dt.date(2019, 1, 9),
            start=dt.time(9, 50),
            duration=minutes(30),
            timezone="Eastern Standard Time - 23:50 Japan Standard Time",
        ),
        [],
    ),
    "parts_without_total": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Tom Walker", "Walker", "Prime Minister", "Australia")),
            date=dt.date(2014, 11, 14),
            location="Canberra",
            start=dt.time(18, 0),
            parts=(
                MeetingPart("A small-group meeting", dt.time(18, 0), None, minutes(30)),
                MeetingPart("a plenary meeting", None, None, minutes(40)),
            ),
        ),
        ["meeting-duration-in-parts"],
    ),
    "parts_with_total": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Karl Weber", "Weber", "Chancellor", "Federal Republic of Germany")),
            date=dt.date(2016, 7, 3),
            location="Berlin",
            duration=minutes(70),
            parts=(
                MeetingPart("a small-group meeting", None, None, minutes(30)),
                MeetingPart("a plenary meeting", None, None, minutes(40)),
            ),
        ),
        ["meeting-no-start"],
    ),
    "vietnam_surname_first": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                Person("HAYASHI Kenta", "Hayashi", "Prime Minister", "Japan"),
                # later mentions say "Prime Minister Thanh": that is the surname they use
                Person("Nguyen Van Thanh", "Thanh", "Prime Minister", "Socialist Republic of Viet Nam"),
            ),
            accompanied_by=(Person("OKADA Jun", "Okada", "Minister for Foreign Affairs", None),),
            date=dt.date(2021, 10, 30),
            location="Japan",
            start=dt.time(16, 0),
            end=dt.time(17, 0),
            duration=minutes(60),
        ),
        [],
    ),
    "china_premier_accompanied": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Li Wenjun", "Li", "Premier of the State Council", "People's Republic of China"),
            ),
            accompanied_by=(
                Person("Goro Ito", "Ito", "Chief Cabinet Secretary", "Japan"),
                Person("Zhao Ming", "Zhao", "Foreign Minister", "People's Republic of China"),
            ),
            date=dt.date(2007, 12, 12),
            location="Great Hall of the People",
        ),
        ["meeting-no-start", "meeting-no-duration"],
    ),
    "visit_report": (
        Meeting(
            kind=MeetingKind.VISIT,
            # "he held a summit meeting": the subject is the visitor the lead named before
            participants=(TANAKA, Person("Arjun Mehta", "Mehta", "Prime Minister", "India")),
            date=dt.date(2012, 8, 23),
            location="New Delhi",
        ),
        ["meeting-no-start", "meeting-no-duration"],
    ),
    "year_wrap": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Elena Ruiz", "Ruiz", "Minister of Foreign Affairs", "Mexico")),
            date=dt.date(2010, 12, 28),
            location="Mexico City",
            duration=minutes(50),
        ),
        ["meeting-no-start"],
    ),
    "month_only_no_year": (
        # The lead's "On July 5" has no year, and the month-only date line "July 2003" gives it.
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Sam Tora", "Tora", "Prime Minister", "Republic of Fiji")),
            date=dt.date(2003, 7, 5),
            location="Tokyo",
            start=dt.time(10, 0),
        ),
        ["meeting-no-duration"],
    ),
}


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(p.stem for p in FIXTURES.glob("*.txt")) == sorted(FIXTURE_EXPECTATIONS)


@pytest.mark.parametrize("name", sorted(FIXTURE_EXPECTATIONS))
def test_fixture(name: str) -> None:
    expected, codes = FIXTURE_EXPECTATIONS[name]
    doc = mofa_parse.parse((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))
    assert doc.meeting == expected
    assert meeting_codes(doc) == codes
    assert doc.people[: len(expected.participants)] == expected.participants


def test_vietnamese_given_name_and_premier_resolve() -> None:
    doc = mofa_parse.parse((FIXTURES / "vietnam_surname_first.txt").read_text(encoding="utf-8"))
    thanh = doc.meeting.participants[1]
    assert doc.person("Prime Minister Thanh") is thanh
    assert doc.person("Prime Minister Nguyen Van Thanh") is thanh
    assert doc.person("Prime Minister Hayashi") is doc.meeting.participants[0]
    assert doc.person("Prime Minister HAYASHI") is doc.meeting.participants[0]
    assert doc.person("the Prime Minister") is None  # two prime ministers
    assert doc.person("Minister Okada") is doc.meeting.accompanied_by[0]
    china = mofa_parse.parse((FIXTURES / "china_premier_accompanied.txt").read_text(encoding="utf-8"))
    assert china.person("Premier Li") is china.meeting.participants[1]
    assert china.person("the Premier") is china.meeting.participants[1]
    assert china.person("Foreign Minister Zhao") is china.meeting.accompanied_by[1]


def test_no_title_telephone_talk_reads_kind_from_lead() -> None:
    doc = mofa_parse.parse((FIXTURES / "telephone_no_title.txt").read_text(encoding="utf-8"))
    assert doc.title == ""
    assert doc.meeting.kind is MeetingKind.TELEPHONE_TALK


# --------------------------------------------------------------------------- readers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7:10 p.m.", dt.time(19, 10)),
        ("0:20 p.m.", dt.time(12, 20)),
        ("12:00 noon", dt.time(12, 0)),
        ("noon", dt.time(12, 0)),
        ("12:30 a.m.", dt.time(0, 30)),
        ("12:30 p.m.", dt.time(12, 30)),
        ("16:46 a.m.", dt.time(16, 46)),
        ("4:00 P.M.", dt.time(16, 0)),
        ("10 A.M.", dt.time(10, 0)),
        ("9 a.m.", dt.time(9, 0)),
        ("18:20", dt.time(18, 20)),
        ("25:00", None),
        ("9", None),
        ("10 o'clock", dt.time(10, 0)),
        ("11 o'clock a.m.", dt.time(11, 0)),
        ("7 o'clock in the evening", dt.time(19, 0)),
        ("7:30 in the evening", dt.time(19, 30)),
        ("1030 hours", dt.time(10, 30)),
        ("0915 hrs", dt.time(9, 15)),
        ("14.00 hours", dt.time(14, 0)),
        ("1030", None),
        ("2415 hours", None),
    ],
)
def test_parse_clock(text: str, expected: dt.time | None) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("55 minutes", 55),
        ("1 hour and 10 minutes", 70),
        ("1 hour 10 minutes", 70),
        ("an hour", 60),
        ("half an hour", 30),
        ("an hour and a half", 90),
        ("one and a half hours", 90),
        ("1.5 hours", 90),
        ("two hours", 120),
        ("forty minutes", 40),
        ("1 hr 10 min", 70),
        ("1 hr. 10 mins.", 70),
        ("2 hrs", 120),
        ("40 mins", 40),
        ("one hour and a half", 90),
        ("an hour and twenty minutes", 80),
        ("1.5 hrs", 90),
        ("an hour and a quarter", 75),
        ("2 hours and a quarter", 135),
        ("three-quarters of an hour", 45),
        ("three quarters of an hour", 45),
        ("a quarter of an hour", 15),
        ("1hr 10min", 70),
        ("40min", 40),
    ],
)
def test_parse_length(text: str, expected: int) -> None:
    assert parse_length(text) == minutes(expected)


@pytest.mark.parametrize(
    ("text", "start", "end", "length", "zone"),
    [
        ("From 12:06 to 14:57", dt.time(12, 6), dt.time(14, 57), 171, None),
        ("for 55 minutes, starting at 18:20 (Brunei local time)", dt.time(18, 20), None, 55, "Brunei local time"),
        ("commencing at 7:10 p.m. for approximately 15 minutes", dt.time(19, 10), None, 15, None),
        ("for about 25 minutes from around 6 p.m.", dt.time(18, 0), None, 25, None),
        ("for over 30 minutes", None, None, 30, None),
        ("Shortly after 16:40 local time on May 14, for 30 minutes", dt.time(16, 40), None, 30, "local time"),
        ("just before 9 a.m., for about 20 minutes", dt.time(9, 0), None, 20, None),
        ("from 3 to 4 p.m.", dt.time(15, 0), dt.time(16, 0), 60, None),
        ("from 11 p.m. to 0:30 a.m. (EST)", dt.time(23, 0), dt.time(0, 30), 90, "EST"),
        ("Time: 18:00-19:00", dt.time(18, 0), dt.time(19, 0), 60, None),
        ("starting at 18:20 and lasting 55 minutes", dt.time(18, 20), None, 55, None),
        ("a 40-minute telephone talk", None, None, 40, None),
        ("at 10 A.M. (JST)", dt.time(10, 0), None, None, "JST"),
        ("The meeting extended beyond the 30 minutes that was planned.", None, None, None, None),
    ],
)
def test_read_times(
    text: str, start: dt.time | None, end: dt.time | None, length: int | None, zone: str | None
) -> None:
    facts = read_times(text)
    assert (facts.start, facts.end, facts.duration, facts.timezone, facts.parts) == (
        start,
        end,
        None if length is None else minutes(length),
        zone,
        (),
    )


def test_parts_summed_only_when_the_text_says_total() -> None:
    text = "A small-group meeting of about 30 minutes and a plenary meeting of about 40 minutes were held"
    assert read_times(text + ".").duration is None
    assert read_times(text + ", in total.").duration == minutes(70)
    assert [p.duration for p in read_times(text + ".").parts] == [minutes(30), minutes(40)]


@pytest.mark.parametrize(
    ("name", "country", "surname"),
    [
        ("SUGA Yoshihide", None, "Suga"),
        ("Hu Jintao", None, "Hu"),
        ("Nguyen Tan Dung", "Viet Nam", "Nguyen"),
        ("Moon Jae-in", "Republic of Korea", "Moon"),
        ("Vladimir Vladimirovich Putin", "Russian Federation", "Putin"),
        ("George W. Bush", None, "Bush"),
        ("Joseph R. Biden, Jr.", None, "Biden"),
        ("Ursula von der Leyen", None, "von der Leyen"),
        ("Kim Darroch", "United Kingdom", "Darroch"),
    ],
)
def test_split_surname(name: str, country: str | None, surname: str) -> None:
    assert split_surname(name, country) == surname


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "H.E. Mr. Vladimir Vladimirovich Putin, President of the Russian Federation",
            ("Vladimir Vladimirovich Putin", "Putin", "President", "Russian Federation"),
        ),
        (
            "the Honorable Mike Pompeo, Secretary of State of the United States",
            ("Mike Pompeo", "Pompeo", "Secretary of State", "United States"),
        ),
        ("Dr. Ana Costa, Minister of Health", ("Ana Costa", "Costa", "Minister of Health", None)),
        ("Ms. Jane Doe", ("Jane Doe", "Doe", None, None)),
        (
            "the Prime Minister of India, H.E. Mr. Narendra Modi",
            ("Narendra Modi", "Modi", "Prime Minister", "India"),
        ),
        (
            "Minister for Foreign Affairs Yoriko Kawaguchi",
            ("Yoriko Kawaguchi", "Kawaguchi", "Minister for Foreign Affairs", None),
        ),
        (  # an elided particle goes on with the country's name
            "Mr. Ali Traoré, Minister of Foreign Affairs of the Republic of Côte d'Ivoire",
            ("Ali Traoré", "Traoré", "Minister of Foreign Affairs", "Republic of Côte d'Ivoire"),
        ),
        (  # the body of the office between the name and the country
            "Premier Wang Hong of the State Council of the People's Republic of China",
            ("Wang Hong", "Wang", "Premier of the State Council", "People's Republic of China"),
        ),
        (  # an organisation's name after an office is no person's name
            "the Director-General of the International Atomic Energy Agency",
            (None, None, "Director-General of the International Atomic Energy Agency", None),
        ),
        (  # not an office's body: "of" names no country after it
            "President Ana Soto of the Senate of the University",
            ("Ana Soto", "Soto", "President", None),
        ),
    ],
)
def test_find_mentions_forms(text: str, expected: tuple[str | None, ...]) -> None:
    (mention,) = find_mentions(text)
    assert (mention.name, mention.surname, mention.title, mention.country) == expected


def test_title_countries_and_kinds() -> None:
    assert meeting.title_countries("Japan-Russian Federation Summit") == ["Japan", "Russian Federation"]
    assert meeting.title_countries("Japan-U.S.-Australia Trilateral Summit") == [
        "Japan",
        "United States",
        "Australia",
    ]
    assert meeting.title_countries("Foreign Minister Kawaguchi's Courtesy Visit") == []
    kind = meeting.meeting_kind
    assert kind("Japan-Canada Summit Telephone Talk") is MeetingKind.TELEPHONE_TALK
    assert kind("Japan-China Foreign Ministers' Talks") is MeetingKind.FOREIGN_MINISTERS
    assert kind("Japan-Korea Foreign Ministerial Meeting") is MeetingKind.FOREIGN_MINISTERS
    assert kind("Japan-ASEAN Leaders' Meeting") is MeetingKind.SUMMIT
    assert kind("Courtesy Call on Prime Minister Abe by X") is MeetingKind.COURTESY_CALL
    assert kind("Prime Minister Koizumi's Visit to Russia (Summit Meeting)") is MeetingKind.VISIT
    assert kind("Japan-India Meeting on the Occasion of the G20 Summit") is MeetingKind.OTHER
    assert kind("", "Prime Minister A held a telephone conversation with B.") is MeetingKind.TELEPHONE_TALK
    assert kind("", "Minister A received a courtesy call from B.") is MeetingKind.COURTESY_CALL
    assert kind("", "A held a summit meeting with B.") is MeetingKind.SUMMIT
    assert kind("", "A and B held a working lunch.") is MeetingKind.OTHER


def test_resolve_prefers_no_one_to_a_wrong_one() -> None:
    a = Person("Taro Abe", "Abe", "Prime Minister", "Japan")
    b = Person("Ken Abe", "Abe", "Minister for Foreign Affairs", "Japan")
    c = Person("Jan Novak", "Novak", "Prime Minister", "Czech Republic")
    people = (a, b, c)
    assert resolve(people, "Mr. Abe") is None
    assert resolve(people, "Prime Minister Abe") is a
    assert resolve(people, "Foreign Minister Abe") is b
    assert resolve(people, "the Prime Minister") is None
    assert resolve(people, "the Czech Prime Minister") is c
    assert resolve(people, "the Foreign Minister") is b
    assert resolve(people, "Taro Abe") is a


def test_lead_that_is_item_one() -> None:
    text = (
        "Japan-Mongolia Summit Meeting\n\nMay 2, 2016\n\n"
        "1. On May 1, from 17:00 to 17:40, Prime Minister Ichiro Tanaka held a summit meeting with "
        "President Bold Tumur of Mongolia in Ulaanbaatar.\n\n"
        "2. Prime Minister Tanaka stated that Japan valued the partnership.\n"
    )
    doc = mofa_parse.parse(text)
    assert doc.meeting.participants == (TANAKA, Person("Bold Tumur", "Tumur", "President", "Mongolia"))
    assert (doc.meeting.date, doc.meeting.start, doc.meeting.duration) == (
        dt.date(2016, 5, 1),
        dt.time(17, 0),
        minutes(40),
    )
    assert doc.meeting.location == "Ulaanbaatar"


def test_no_lead_reports_once() -> None:
    doc = mofa_parse.parse("Japan-Brazil Foreign Ministers' Meeting\n\nAugust 1, 2008\n\n1. Trade\n\nText.\n")
    assert doc.meeting.kind is MeetingKind.FOREIGN_MINISTERS
    assert meeting_codes(doc) == ["meeting-no-lead"]


def test_hand_built_document_without_source() -> None:
    doc = Document(
        title="Japan-Chile Summit Meeting",
        preamble=(Paragraph("On March 3, Prime Minister Ichiro Tanaka met President Ana Soto of Chile."),),
    )
    out = meeting.apply(doc)
    assert out.meeting.participants == (TANAKA, Person("Ana Soto", "Soto", "President", "Chile"))
    assert out.meeting.date is None
    no_year = [w for w in out.warnings if w.code == "meeting-no-year"]
    assert [(w.line, w.column, w.severity) for w in no_year] == [(1, 1, Severity.NOTE)]


def test_parts_within_a_stated_length() -> None:
    facts = read_times(
        "From 4:30 p.m. for approximately 70 minutes, A held a meeting with B. The meeting comprised a "
        "small group meeting of about 30 minutes followed by an expanded meeting of about 40 minutes."
    )
    assert (facts.start, facts.duration) == (dt.time(16, 30), minutes(70))
    assert facts.parts == (
        MeetingPart("a small group meeting", None, None, minutes(30)),
        MeetingPart("an expanded meeting", None, None, minutes(40)),
    )


def test_place_with_a_prefecture_and_an_occasion() -> None:
    doc = Document(
        title="Japan-Sweden Summit Meeting",
        preamble=(
            Paragraph(
                "On July 12, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting Vilnius, Lithuania to "
                "attend the NATO Summit, held a summit meeting with H.E. Mr. Ulf Berg, Prime Minister of the "
                "Kingdom of Sweden."
            ),
            Paragraph("The meeting took place in Nagato City, Yamaguchi Prefecture."),
        ),
    )
    out = meeting.apply(doc).meeting
    assert (out.location, out.occasion) == ("Vilnius, Lithuania", "NATO Summit")
    second = Document(
        title="Japan-Russia Summit Meeting",
        preamble=(
            Paragraph("On May 2, Prime Minister A Sato met President B Ivanov in Nagato City, Yamaguchi Prefecture."),
        ),
    )
    assert meeting.apply(second).meeting.location == "Nagato City, Yamaguchi Prefecture"


@pytest.mark.parametrize(
    ("date_line", "lead_date", "expected", "codes"),
    [
        ("December 31, 9999", "On December 30", dt.date(9999, 12, 30), []),
        ("January 2, 0001", "On December 30", None, ["meeting-bad-date"]),
        ("March 1, 2001", "On February 29", None, ["meeting-bad-date"]),
        ("March 1, 2004", "On February 29", dt.date(2004, 2, 29), []),
    ],
)
def test_dates_at_the_edges(date_line: str, lead_date: str, expected: dt.date | None, codes: list[str]) -> None:
    text = f"Japan-Chile Summit Meeting\n\n{date_line}\n\n{lead_date}, Prime Minister A Sato met President B Soto of Chile.\n"
    doc = mofa_parse.parse(text)
    assert doc.meeting.date == expected
    assert [c for c in meeting_codes(doc) if "date" in c] == codes


def test_possessive_principal_and_possessive_bystander() -> None:
    doc = meeting.apply(
        Document(
            title="Japan-Chile Summit Meeting",
            preamble=(
                Paragraph(
                    "On May 2, Prime Minister Ichiro Tanaka's meeting with President Ana Soto of Chile took place "
                    "in Tokyo, ahead of Foreign Minister Ruiz's visit to Osaka."
                ),
            ),
        )
    )
    soto = Person("Ana Soto", "Soto", "President", "Chile")
    assert doc.meeting.participants == (TANAKA, soto)
    assert doc.people == (TANAKA, soto, Person(None, "Ruiz", "Foreign Minister", None))
    assert doc.meeting.location == "Tokyo"


def test_summary_bullets_before_the_lead_are_not_the_meeting() -> None:
    text = (
        "Japan-Chile Summit Meeting\n\nMarch 4, 2010\n\n"
        "- Prime Minister Ichiro Tanaka and President Ana Soto agreed to hold a summit meeting in 2011.\n"
        "On March 3, from 10:00 to 10:45, Prime Minister Ichiro Tanaka held a summit meeting with "
        "President Ana Soto of Chile in Santiago.\n\n1. Trade\n\nText.\n"
    )
    doc = mofa_parse.parse(text)
    assert [p.text[:2] for p in doc.preamble] == ["- ", "On"]
    assert (doc.meeting.date, doc.meeting.start, doc.meeting.location) == (
        dt.date(2010, 3, 3),
        dt.time(10, 0),
        "Santiago",
    )
