"""The meeting on the header conventions of real readouts: one made-up readout a convention in
``fixtures/meeting/header``, its title, date line and meeting asserted exactly.

A long title in title case (one that names the officials and the occasion); a note in
parentheses between the title and the date line; no date line, the date in the lead; a lone
"Summary" under the title; a title line ending with "from"; "18, November, 2016"; photos listed as
bullets above the date line; captions ending with the photo's credit below it; the older kantei
banner link with the lone mark its image left ("Official Residence @"); a date line that names a
range of days; a title that names only a meal; numbered photo captions after the date line.
"""

from __future__ import annotations

import datetime as dt

import pytest

from meeting_support import ROJAS, ROJAS_MINISTER, SUZUKI, TANAKA, assert_meeting, fixture_names, minutes, read_fixture
from mofa_parse import ChromeKind, Document, Meeting, MeetingKind, parse
from mofa_parse.text.dates import DateLine, read_date_line


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
    # A subtitle word alone under the title, the date line after it: the subtitle, not a heading.
    "summary_alone_under_the_title": (
        "Japan-Chile Foreign Ministers' Meeting",
        dt.date(2008, 6, 27),
        [],
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, ROJAS_MINISTER),
            date=dt.date(2008, 6, 27),
            location="Iikura Guest House",
            occasion="Pacific Trade Ministers' Meeting",
            start=dt.time(16, 50),
            duration=minutes(60),
        ),
    ),
    # The title's first line ends with "from": the next line, in capitals, goes on with it.
    "title_goes_on_after_from": (
        "Prime Minister Receives a Courtesy Call from Foreign Minister Pablo Rojas of the Republic of Chile",
        dt.date(2008, 3, 6),
        ["meeting-no-start", "meeting-no-duration"],
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(TANAKA, ROJAS_MINISTER),
            date=dt.date(2008, 3, 6),
            location="Prime Minister's Official Residence",
        ),
    ),
    # "18, November, 2016": day, month and year each followed by a comma.
    "day_comma_month_comma_year": (
        "Japan-Chile Prime Ministers' Meeting",
        dt.date(2016, 11, 18),
        [],
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2016, 11, 18),
            location="Tokyo",
            start=dt.time(18, 0),
            duration=minutes(45),
        ),
    ),
    # The photos listed as bullet items between the title and the date line: photo lines, not the lead.
    "photo_bullets_above_the_date_line": (
        "Overview of Japan-Chile Foreign Ministers' Meeting",
        dt.date(2010, 11, 14),
        [],
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, ROJAS_MINISTER),
            date=dt.date(2010, 11, 14),
            location="Yokohama",
            occasion="Pacific Leaders' Meeting",
            start=dt.time(10, 0),
            duration=minutes(35),
            timezone="Japan Standard Time",
        ),
    ),
    # Captions ending with the photo's credit after the date line, one that reads like a title: no title.
    "credited_caption_after_the_date_line": (
        "",
        dt.date(2017, 11, 10),
        ["no-title"],
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2017, 11, 10),
            location="Lima",
            occasion="Pacific Leaders' Meeting",
            start=dt.time(11, 35),
            duration=minutes(35),
            timezone="local time",
        ),
    ),
    # The banner link with the mark of its image ("Official Residence @") and the photo lines in small
    # letters ("The photograph of ..."): furniture, and the title, date line and lead are read after them.
    "banner_link_with_an_image_mark": (
        "Japan-Chile Summit Meeting",
        dt.date(2003, 10, 9),
        ["meeting-no-start", "meeting-no-duration"],
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2003, 10, 9),
            location="Prime Minister's Official Residence",
        ),
    ),
    # A date line that names a range of days, each with its weekday: the date it names is the first day.
    "date_line_a_range_of_days": (
        "Japan-Chile Summit Meeting",
        dt.date(2008, 3, 10),
        [],
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2008, 3, 10),
            location="Santiago",
            start=dt.time(16, 0),
            duration=minutes(50),
        ),
    ),
    # A title that names a meal and no meeting: of no kind, though the lead names the summit meeting before it.
    "title_names_only_a_meal": (
        "Japan-Chile Banquet at the Prime Minister's Residence",
        dt.date(2018, 10, 2),
        ["meeting-no-location"],
        Meeting(
            kind=MeetingKind.OTHER,
            participants=(TANAKA, ROJAS),
            date=dt.date(2018, 10, 2),
            start=dt.time(19, 0),
            duration=minutes(90),
        ),
    ),
    # Numbered photo captions after the date line ("... meeting 1", "... meeting 2"): photo lines, no title.
    "numbered_captions_after_the_date_line": (
        "",
        dt.date(2017, 3, 14),
        ["no-title"],
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, ROJAS_MINISTER),
            date=dt.date(2017, 3, 14),
            location="Santiago",
            start=dt.time(10, 0),
            duration=minutes(60),
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
    assert_meeting(doc, meeting, [code for code in codes if code.startswith("meeting")])


def test_the_note_stays_in_the_lead_before_it() -> None:
    doc = read("note_under_the_title")
    assert [paragraph.text for paragraph in doc.preamble[:2]] == list(NOTE)
    assert doc.preamble[2].text.startswith("On November 18, commencing at 10:30 a.m.")
    assert doc.issued_text == "November 19, 2016"


def test_a_subtitle_word_alone_is_the_subtitle_only_above_the_date_line() -> None:
    assert read("summary_alone_under_the_title").subtitle == "Summary"
    without_date = read_fixture("header", "summary_alone_under_the_title").source.replace("June 27, 2008\n", "")
    doc = parse(without_date)
    assert (doc.subtitle, doc.issued) == (None, None)
    assert doc.preamble[0].text == "Summary"


def test_the_photo_lines_of_the_header_are_chrome() -> None:
    bullets = read("photo_bullets_above_the_date_line")
    assert [(chrome.kind, chrome.text[:12]) for chrome in bullets.chrome] == [(ChromeKind.PHOTO, "• (photo) Fo")] * 2
    credited = read("credited_caption_after_the_date_line")
    assert [chrome.text for chrome in credited.chrome[1:]] == [
        "Prime Minister shaking hands with the President of Chile Photo: Cabinet Public Relations Office",
        "Japan-Chile Summit Meeting Photo: Cabinet Public Relations Office",
    ]
    assert credited.preamble[0].text.startswith("On November 10, commencing at 11:35 a.m.")


@pytest.mark.parametrize(
    ("line", "first_day"),
    [
        ("Monday, March 10 to Tuesday, March 11, 2008", dt.date(2008, 3, 10)),
        ("March 10-11, 2008", dt.date(2008, 3, 10)),
        ("March 10 \u2013 11, 2008", dt.date(2008, 3, 10)),
        ("10-11 March 2008", dt.date(2008, 3, 10)),
        ("March 31 to April 1, 2008", dt.date(2008, 3, 31)),
        ("31 March to 1 April 2008", dt.date(2008, 3, 31)),
        ("Mon., Mar. 10 - Tue., Mar. 11, 2008", dt.date(2008, 3, 10)),
    ],
)
def test_a_date_line_of_a_range_of_days_names_the_first_day(line: str, first_day: dt.date) -> None:
    assert read_date_line(line) == DateLine(first_day.year, first_day.month, first_day)
    assert parse(f"Japan-Chile Summit Meeting\n{line}\nThe two leaders met.\n").issued == first_day


def test_a_range_needs_its_last_day() -> None:
    assert read_date_line("March 10-, 2008") is read_date_line("March 10 to, 2008") is None
    assert read_date_line("March 32-33, 2008") is None
