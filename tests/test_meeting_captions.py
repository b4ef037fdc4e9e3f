"""Photo captions on the current pages (2013-): one made-up readout a convention in
``fixtures/meeting/captions``, its header and meeting asserted exactly.

These pages put the category line first, then the date line, then one or more photo captions, then
the title if there is one, then the text. A caption is page furniture: it is kept as a photo line and
is never the title ("Prime Minister A shaking hands with ... Photo: Cabinet Public Relations Office",
"A and B who have a sofa and a talk", "Photo session before the summit meeting (Photo: ...)",
"Foreign Minister A shakes hands with ...", "A and B who hold a joint press announcement ...",
numbered captions "... Meeting1"); the category line may name an organisation ("Japan and the United
Nations"); a title after the captions still is the title, and a
sentence of the lead ("... shook hands with ... .") stays text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from meeting_support import ROJAS, SUZUKI, TANAKA, assert_meeting, fixture_names, minutes, read_fixture
from mofa_parse import Chrome, ChromeKind, Meeting, MeetingKind, Person

PHOTO = ChromeKind.PHOTO
CATEGORY = ChromeKind.CATEGORY

#: Each readout: its title, its date line, its page furniture, the first paragraph of its lead, its
#: meeting and the notes of the meeting pass (its people are the participants).
EXPECTED: dict[str, tuple[str, dt.date, tuple[Chrome, ...], str, Meeting, list[str]]] = {
    # A participle caption with the credit after it, without parentheses; no title.
    "credit_without_parentheses": (
        "",
        dt.date(2024, 5, 14),
        (
            Chrome(CATEGORY, "Japan-Portugal Relations"),
            Chrome(
                PHOTO,
                "Prime Minister Tanaka shaking hands with the Prime Minister of Portugal"
                " Photo: Cabinet Public Relations Office",
            ),
        ),
        "On May 14, commencing at 6:00 p.m.",
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Rui Sousa", "Sousa", "Prime Minister", "Portuguese Republic")),
            date=dt.date(2024, 5, 14),
            location="Prime Minister's Office",
            start=dt.time(18, 0),
            duration=minutes(45),
        ),
        [],
    ),
    # "A and B who have a sofa and a talk", then the title.
    "sofa_talk_then_title": (
        "Japan-Norway Foreign Ministers' Meeting",
        dt.date(2017, 10, 2),
        (
            Chrome(CATEGORY, "Japan-Norway Relations"),
            Chrome(PHOTO, "Foreign Minister Suzuki and Foreign Minister Berg who have a sofa and a talk"),
        ),
        "On October 2, commencing at 10:30 a.m.",
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Ingrid Berg", "Berg", "Minister of Foreign Affairs", "Kingdom of Norway"),
            ),
            date=dt.date(2017, 10, 2),
            location="Iikura Guest House",
            start=dt.time(10, 30),
            duration=minutes(40),
        ),
        [],
    ),
    # "Photo session ..." with the credit in parentheses, then a "(Photo) ..." line; no title.
    "photo_session_with_credit": (
        "",
        dt.date(2022, 8, 27),
        (
            Chrome(CATEGORY, "Japan-Kenya Relations"),
            Chrome(PHOTO, "Photo session before the summit meeting (Photo: Cabinet Public Affairs Office)"),
            Chrome(PHOTO, "(Photo) The summit meeting (Photo: Cabinet Public Affairs Office)"),
        ),
        "On August 27, commencing at 3:15 p.m.",
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Daniel Kamau", "Kamau", "President", "Republic of Kenya")),
            date=dt.date(2022, 8, 27),
            location="Nairobi",
            start=dt.time(15, 15),
            duration=minutes(30),
        ),
        [],
    ),
    # "A shakes hands with Senator the Hon. B, ...": the style's full stop inside the caption; then
    # "... in the photo session" and the title.
    "shakes_hands_style_abbreviation": (
        "Japan-Australia Foreign Ministers' Meeting",
        dt.date(2023, 3, 9),
        (
            Chrome(CATEGORY, "Japan-Australia Relations"),
            Chrome(
                PHOTO,
                "Foreign Minister Suzuki shakes hands with Senator the Hon. Claire Whitby,"
                " Minister for Foreign Affairs of Australia",
            ),
            Chrome(PHOTO, "The two foreign ministers in the photo session"),
        ),
        "On March 9, commencing at 5:00 p.m.",
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Claire Whitby", "Whitby", "Minister for Foreign Affairs", "Commonwealth of Australia"),
            ),
            date=dt.date(2023, 3, 9),
            location="Canberra",
            start=dt.time(17, 0),
            duration=minutes(50),
        ),
        [],
    ),
    # "A shakes hand with B" is the caption; the lead's "A shook hands with B ... ." is text.
    "shakes_hand_then_lead": (
        "",
        dt.date(2025, 1, 16),
        (
            Chrome(CATEGORY, "Japan-United States of America Relations"),
            Chrome(PHOTO, "Foreign Minister Suzuki shakes hand with US Secretary of State Lopez"),
        ),
        "Foreign Minister Suzuki shook hands with Secretary of State Lopez",
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Mary Lopez", "Lopez", "Secretary of State", "United States of America"),
            ),
            date=dt.date(2025, 1, 16),
            location="Japan",
            start=dt.time(11, 0),
            duration=minutes(60),
        ),
        [],
    ),
    # Numbered captions with the number run on to "Meeting" ("... Meeting1", "... Meeting2"); no title.
    "numbered_captions_run_on": (
        "",
        dt.date(2018, 5, 22),
        (
            Chrome(CATEGORY, "Japan-Chile Relations"),
            Chrome(PHOTO, "Japan-Chile Foreign Ministers\u2019 Meeting1"),
            Chrome(PHOTO, "Japan-Chile Foreign Ministers\u2019 Meeting2"),
        ),
        "On May 22, commencing at 8:30 a.m.",
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Pablo Rojas", "Rojas", "Minister of Foreign Affairs", "Republic of Chile")),
            date=dt.date(2018, 5, 22),
            location="Santiago",
            start=dt.time(8, 30),
            duration=minutes(30),
            timezone="local time",
        ),
        [],
    ),
    # Captions of people "who have a talk ...", then "who hold a joint press announcement ..."; no title.
    "who_hold_after_who_have": (
        "",
        dt.date(2023, 8, 3),
        (
            Chrome(CATEGORY, "Japan-Ghana Relations"),
            Chrome(PHOTO, "Minister Suzuki and Minister Mensah who have a talk (tete-a-tete) at a small table"),
            Chrome(PHOTO, "Minister Suzuki and Minister Mensah who have a talk (delegations) at a long table"),
            Chrome(PHOTO, "Minister Suzuki and Minister Mensah who hold a joint press announcement behind the lectern"),
        ),
        "On August 3, from 10:30 a.m. local time",
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Ama Mensah", "Mensah", "Minister for Foreign Affairs", "Republic of Ghana"),
            ),
            date=dt.date(2023, 8, 3),
            location="Accra",
            start=dt.time(10, 30),
            duration=minutes(60),
            timezone="local time",
        ),
        [],
    ),
    # A caption written twice on one line, as pages give it for the picture and again under it: a photo
    # line, not the lead, which the sentence that reports the meeting opens.
    "caption_written_twice": (
        "Prime Minister Tanaka’s Meeting with the President of the Republic of Chile",
        dt.date(2022, 5, 12),
        (
            Chrome(PHOTO, " ".join(["Prime Minister Tanaka and President Rojas shaking hands"] * 2)),
            Chrome(PHOTO, " ".join(["Prime Minister Tanaka’s meeting with President Rojas"] * 2)),
        ),
        "On May 12, commencing at 5:10 p.m.",
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2022, 5, 12),
            location="Santiago",
            start=dt.time(17, 10),
            duration=minutes(40),
        ),
        [],
    ),
    # The category line of an organisation's page, "Japan and the United Nations", and no title.
    "category_japan_and_organisation": (
        "",
        dt.date(2019, 9, 24),
        (Chrome(CATEGORY, "Japan and the United Nations"),),
        "On September 24, commencing at 9:15 a.m.",
        Meeting(
            kind=MeetingKind.OTHER,
            participants=(
                TANAKA,
                Person("Rafael Mendes", "Mendes", "Secretary-General of the United Nations", None),
            ),
            date=dt.date(2019, 9, 24),
            location="New York",
            start=dt.time(9, 15),
            duration=minutes(25),
            timezone="local time",
        ),
        [],
    ),
}


def test_every_readout_has_an_expectation() -> None:
    assert fixture_names("captions") == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_captions_are_photo_lines_and_never_the_title(name: str) -> None:
    title, issued, chrome, lead, meeting, codes = EXPECTED[name]
    doc = read_fixture("captions", name)
    assert (doc.title, doc.issued, doc.chrome) == (title, issued, chrome)
    assert doc.preamble[0].text.startswith(lead)
    assert [w.code for w in doc.warnings] == ([] if title else ["no-title"])
    assert_meeting(doc, meeting, codes)
