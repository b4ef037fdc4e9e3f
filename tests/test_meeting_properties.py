"""Properties of the meeting pass.

Leads are rendered from the phrasings the conventions describe (who, with whom,
when, for how long, where) and the pass must read the same facts back; and no
input whatever makes the pass fail.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import mofa_parse
from meeting_support import document
from mofa_parse import MeetingKind, Paragraph, Person
from mofa_parse.model import Document
from mofa_parse.semantics import meeting
from mofa_parse.text.dates import MONTHS

# Made-up names: capitalised words that are no title, month, country or place word.
GIVEN = ("Aki", "Hiroto", "Mirela", "Tomas", "Ines", "Oskar", "Lena", "Rafael", "Kenji", "Sofia")
SURNAMES = ("Arakawa", "Berglund", "Castell", "Dovan", "Esterly", "Fenwick", "Garro", "Halvorsen", "Ikeno", "Jurado")
JAPAN_TITLES = ("Prime Minister", "Minister for Foreign Affairs")
COUNTERPARTS = (
    # (country as the lead writes it, the country read back, title pair name)
    ("the Republic of Peru", "Republic of Peru", "Peru"),
    ("Canada", "Canada", "Canada"),
    ("the Kingdom of Sweden", "Kingdom of Sweden", "Sweden"),
    ("the Federal Republic of Germany", "Federal Republic of Germany", "Germany"),
    ("India", "India", "India"),
)
CITIES = ("Lorvana", "Castamir", "Belmont", "Tokyo", "Osaka")
KINDS = (
    (MeetingKind.SUMMIT, "Summit Meeting", "held a summit meeting with"),
    (MeetingKind.TELEPHONE_TALK, "Summit Telephone Talk", "held a telephone talk with"),
    (MeetingKind.FOREIGN_MINISTERS, "Foreign Ministers' Meeting", "held a meeting with"),
    (MeetingKind.COURTESY_CALL, "Courtesy Call", "received a courtesy call from"),
)


@st.composite
def leads(draw: st.DrawFn) -> tuple[Document, dict[str, object]]:
    """A made-up readout and the facts its lead states."""
    kind, title_words, verb = draw(st.sampled_from(KINDS))
    written_country, country, short = draw(st.sampled_from(COUNTERPARTS))
    japan_title = draw(st.sampled_from(JAPAN_TITLES))
    other_title = "President" if kind is not MeetingKind.FOREIGN_MINISTERS else "Minister of Foreign Affairs"
    japan_given, other_given = draw(st.sampled_from(GIVEN)), draw(st.sampled_from(GIVEN))
    japan_surname = draw(st.sampled_from(SURNAMES))
    other_surname = draw(st.sampled_from([s for s in SURNAMES if s != japan_surname]))
    capitals = draw(st.booleans())
    if capitals:  # the style from 2020: surname first, in capitals
        japan_name = f"{japan_surname.upper()} {japan_given}"
        japan = f"Mr. {japan_name}, {japan_title} of Japan,"
    else:
        japan_name = f"{japan_given} {japan_surname}"
        japan = f"{japan_title} {japan_name}"
    other_name = f"{other_given} {other_surname}"
    if draw(st.booleans()):
        other = f"H.E. Mr. {other_name}, {other_title} of {written_country}"
    else:
        other = f"{other_title} {other_name} of {written_country}"

    year = draw(st.integers(2000, 2024))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    held = dt.date(year, month, day)
    issued = held + dt.timedelta(days=draw(st.integers(0, 2)))
    date_line = f"{MONTHS[issued.month - 1]} {issued.day}, {issued.year}"
    on = draw(st.sampled_from((f"On {MONTHS[month - 1]} {day}", f"On {day} {MONTHS[month - 1]}")))

    hour, minute = draw(st.integers(0, 23)), draw(st.sampled_from((0, 5, 10, 20, 30, 45, 55)))
    start = dt.time(hour, minute)
    twelve = hour % 12 if hour % 12 else 12
    clock = draw(
        st.sampled_from(
            (
                f"{hour:02d}:{minute:02d}",
                f"{twelve}:{minute:02d} {'p.m.' if hour >= 12 else 'a.m.'}",
            )
        )
    )
    length = draw(st.integers(10, 150))
    hours, rest = divmod(length, 60)
    if hours and rest:
        length_text = f"{hours} hour{'s' if hours > 1 else ''} and {rest} minutes"
    elif hours:
        length_text = f"{hours} hour{'s' if hours > 1 else ''}"
    else:
        length_text = f"{length} minutes"
    qualifier = draw(st.sampled_from(("", "approximately ", "about ", "over ")))
    when = draw(
        st.sampled_from(
            (
                f"commencing at {clock} for {qualifier}{length_text}",
                f"for {qualifier}{length_text}, starting at {clock}",
                f"for {qualifier}{length_text} from {clock}",
            )
        )
    )
    city = None if kind is MeetingKind.TELEPHONE_TALK else draw(st.sampled_from(CITIES))
    where = f" in {city}" if city else ""
    zone = draw(st.sampled_from(("", " (local time)", " (JST)")))
    lead = f"{on}{zone}, {when}, {japan} {verb} {other}{where}. The overview is as follows."
    aide: Person | None = None
    if draw(st.booleans()):
        aide_surname = draw(st.sampled_from([s for s in SURNAMES if s not in (japan_surname, other_surname)]))
        aide_given = draw(st.sampled_from(GIVEN))
        aide = Person(f"{aide_given} {aide_surname}", aide_surname, "Deputy Chief Cabinet Secretary", "Japan")
        lead += f" The leaders were accompanied by Deputy Chief Cabinet Secretary {aide.name} from Japan."
    title = f"Japan-{short} {title_words}"
    doc = document(title, date_line, [lead], ["1. Bilateral relations", "The two sides exchanged views."])
    facts: dict[str, object] = {
        "kind": kind,
        "participants": (
            Person(japan_name, japan_surname, japan_title, "Japan"),
            Person(other_name, other_surname, other_title, country),
        ),
        "date": held,
        "start": start,
        "duration": dt.timedelta(minutes=length),
        "location": city,
        "accompanied_by": () if aide is None else (aide,),
        "timezone": zone.strip(" ()") or None,
    }
    return doc, facts


@given(leads())
def test_generated_leads_read_back(case: tuple[Document, dict[str, object]]) -> None:
    doc, facts = case
    read = meeting.apply(doc).meeting
    assert {
        "kind": read.kind,
        "participants": read.participants,
        "date": read.date,
        "start": read.start,
        "duration": read.duration,
        "location": read.location,
        "accompanied_by": read.accompanied_by,
        "timezone": read.timezone,
    } == facts


@given(leads())
def test_generated_leads_resolve_later_mentions(case: tuple[Document, dict[str, object]]) -> None:
    doc = meeting.apply(case[0])
    japan, other = doc.meeting.participants
    assert doc.person(f"{japan.title} {japan.surname}") is japan
    assert doc.person(f"{other.title} {other.surname}") is other
    assert doc.person(f"Mr. {other.surname}") is other


@given(st.text(max_size=400))
def test_any_text_parses_without_a_meeting_error(text: str) -> None:
    doc = mofa_parse.parse(text)
    assert not [w for w in doc.warnings if w.code == "meeting-error"]


NOISE = (
    "On November 21 (local time), Prime Minister President Mr. H.E. of the Russian Federation held a "
    "summit meeting with for 55 minutes, starting at 18:20 0:20 p.m. noon from to Koizumi SUGA Hu in "
    "Moscow, Chile accompanied by and Japan, visiting occasion APEC Leaders' Meeting. 's - ( ) , . hour "
    "about over Foreign Affairs Nguyen"
)
LEAD_WORDS = st.sampled_from(tuple(NOISE.split()))


@given(st.lists(st.lists(LEAD_WORDS, min_size=1, max_size=40).map(" ".join), max_size=4), st.text(max_size=80))
def test_lead_shaped_noise_never_fails(lines: list[str], title: str) -> None:
    title = " ".join(title.split())
    doc = Document(title=title, preamble=tuple(Paragraph(line) for line in lines))
    out = meeting.apply(doc)
    assert not [w for w in out.warnings if w.code == "meeting-error"]
    for person in out.meeting.participants + out.meeting.accompanied_by:
        assert any(person is other for other in out.people)
