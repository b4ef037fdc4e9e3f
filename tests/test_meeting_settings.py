"""The meeting's setting in other wordings of the conventions (sections 5 and 7): where, when,
for how long and in whose company. One made-up readout a wording in
``fixtures/meeting/settings``, its meeting and people asserted exactly; the comment above each
says the wording.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import mofa_parse
from meeting_support import TANAKA, meeting_codes, minutes
from mofa_parse import Document, Meeting, MeetingKind, Person

SETTINGS = Path(__file__).parent / "fixtures" / "meeting" / "settings"


def read(name: str) -> Document:
    return mofa_parse.parse((SETTINGS / f"{name}.txt").read_text(encoding="utf-8"))


#: Each readout: its meeting and the notes of the meeting pass; everyone it names is the
#: principals and the accompanying officials, in that order.
EXPECTED: dict[str, tuple[Meeting, list[str]]] = {
    # "Prime Minister A, accompanied by B, held talks with C": the company ends where A's verb goes on
    "company_in_commas": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Einar Sigurdsson", "Sigurdsson", "President", "Republic of Iceland")),
            accompanied_by=(Person("Goro Ito", "Ito", "Deputy Chief Cabinet Secretary", None),),
            date=dt.date(2008, 5, 15),
            location="Prime Minister's Official Residence",
            start=dt.time(16, 10),
            duration=minutes(40),
        ),
        [],
    ),
}


def test_every_setting_has_an_expectation() -> None:
    assert sorted(p.stem for p in SETTINGS.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_setting(name: str) -> None:
    meeting, codes = EXPECTED[name]
    doc = read(name)
    assert doc.meeting == meeting
    assert meeting_codes(doc) == codes
    assert doc.people == meeting.participants + meeting.accompanied_by
