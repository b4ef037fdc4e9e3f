"""The vocabulary of ``rules/meeting.toml``: each entry read on its example line of
``tests/fixtures/rules/meeting.txt``, and the file's checks."""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from pathlib import Path

import pytest

import mofa_parse
from mofa_parse.model import MeetingKind
from mofa_parse.rules import meeting as rules
from mofa_parse.rules import people
from mofa_parse.rules.load import RulesError, parse_rules
from mofa_parse.semantics.meeting.kind import is_leader, says_meeting, says_visit
from mofa_parse.semantics.meeting.lead import company_end, lead_date
from mofa_parse.semantics.meeting.participants import company_notes, company_start, says_also_present
from mofa_parse.semantics.meeting.places import find_location, find_occasion
from mofa_parse.semantics.meeting.sides import counterpart_country, delegation_country, side_markers
from mofa_parse.semantics.times import read_times
from mofa_parse.text.mentions import mentions_in
from mofa_parse.text.reading import Tokens
from rules_support import entry_examples

FIXTURE = Path(__file__).parent / "fixtures" / "rules" / "meeting.txt"


def _examples() -> list[tuple[str, str, str, str]]:
    """The example lines: the table, the word, the line, and what is read in it."""
    found: list[tuple[str, str, str, str]] = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            entry, _, rest = line.partition(": ")
            table, word = entry.split(" ", 1)  # a phrase of several words for the company tables
            text, read = rest.rsplit(" => ", 1)
            found.append((table, word, text, read))
    return found


EXAMPLES = _examples()


@pytest.mark.parametrize(("table", "word", "text", "read"), EXAMPLES)
def test_an_entry_on_its_example_line(table: str, word: str, text: str, read: str) -> None:
    assert word.casefold() in text.casefold()
    if table == "company_before":
        at = text.casefold().index(word)
        assert (company_start(text), read) == (at + len(word), "company")
        assert company_start(text[:at] + "x" + text[at + len(word) :]) is None
    elif table == "company_present":
        at = text.casefold().index(word)
        assert says_also_present(text) and read == "company"
        assert not says_also_present(text[:at] + "x" + text[at + len(word) :])
    elif table == "company_note":
        at = text.casefold().index(word)
        assert (company_notes(text), read) == ([(text.index("("), len(text) - 1)], "company")
        assert company_notes(text[:at] + "x" + text[at + len(word) :]) == []
    elif table == "side_noun":
        at = text.index(f" {word} ")
        countries = [side.country for side in side_markers(Tokens.of(text)) if side.forward]
        assert countries == [read]
        assert [side.country for side in side_markers(Tokens.of(text[:at] + " x" + text[at + len(word) + 1 :]))] == []
    elif table == "company_until":
        start = company_start(text)
        assert start is not None and read == "principal"
        assert company_end(text, start) == text.index(f", {word} ")
        assert company_end(text.replace(f", {word} ", ", x "), start) == len(text.replace(f", {word} ", ", x "))
    elif table == "meeting_word":
        assert says_meeting(text)
        assert not says_meeting(text.replace(word, "x"))
    elif table == "visit_word":
        assert says_visit(text)
        assert not says_visit(text.replace(word, "x"))
    elif table == "visit_before":
        at = text.casefold().index(word)
        assert find_location(text) == read
        assert find_location(text[:at] + "x" + text[at + len(word) :]) is None
    elif table in ("venue_word", "region_word", "region_name", "vessel_word"):
        assert find_location(text) == read
    elif table == "occasion_before":
        assert find_occasion([text]) == (read, None)
        assert find_location(text) is None  # an occasion is never the place
        at = text.index(word)
        assert find_occasion([text[:at] + "x" + text[at + len(word) :]]) == (None, None)
    elif table == "place_particle":
        assert find_location(text) == read and f"{word}".rstrip() in read
        assert find_location(text.replace(f" {word}", " x")) != read
    elif table in ("delegation_word", "leader_before"):
        assert _leader_country(text) == read
        at = text.index(word)
        assert _leader_country(text[:at] + "group" + text[at + len(word) :]) is None
    elif table == "counterpart_word":
        assert _counterpart_country(text) == read
        assert _counterpart_country(text.replace(word, "colleague")) is None
    elif table == "part_follows":
        at = text.casefold().index(word)
        facts, unfollowed = read_times(text), read_times(text[:at] + "x" + text[at + len(word) :])
        assert (len(facts.parts), facts.duration, read) == (2, None, "parts")
        assert (len(unfollowed.parts), unfollowed.duration) == (1, dt.timedelta(minutes=90))
    elif table == "earlier_event":
        at = text.casefold().index(word)
        replaced = text[:at] + "x" + text[at + len(word) :]
        read_date = dt.date.fromisoformat(read)
        assert (lead_date(text, None), lead_date(replaced, None)) == ((None, None), (read_date, None))
    elif table == "same_day":
        at = text.casefold().index(word)
        replaced = text[:at] + "x" + text[at + len(word) :]
        page = "Japan-Peru Summit Meeting\n\nJune 4, 2002\n\n{}\n"
        dates = mofa_parse.parse(page.format(text)).meeting.date, mofa_parse.parse(page.format(replaced)).meeting.date
        assert dates == (dt.date.fromisoformat(read), None)
    elif table == "clock_approximation":
        at = text.casefold().index(word)
        replaced = text[:at] + "x" + text[at + len(word) :]
        assert (read_times(text).start, read_times(replaced).start) == (dt.time.fromisoformat(read), None)
    elif table == "number_word":
        without = re.sub(rf"\b{word}\b", "x", text, count=1)
        assert (read_times(text).duration, read_times(without).duration) == (dt.timedelta(minutes=int(read)), None)
    else:
        assert table == "event_word"
        assert find_occasion([text]) == (read, None)


def _leader_country(text: str) -> str | None:
    """The country of the group that the last person named in ``text`` leads ("a delegation of ... of
    the Republic of Peru, led by Mr. A"), and the country of the principal the meeting pass reads."""
    tokens = Tokens.of(text)
    leader = [mention for mention in mentions_in(tokens) if mention.surname is not None][-1]
    doc = mofa_parse.parse(f"Courtesy Call\n\nMay 2, 2019\n\nOn May 2, {text}\n")
    assert doc.meeting.participants[-1].surname == leader.surname
    found = delegation_country(tokens, leader)
    assert doc.meeting.participants[-1].country == found
    return found


def _counterpart_country(text: str) -> str | None:
    """The country the adjective before a counterpart gives the person named after it ("his Peruvian
    counterpart Mr. A"), and the country of that principal as the meeting pass reads it."""
    tokens = Tokens.of(text)
    other = [mention for mention in mentions_in(tokens) if mention.surname is not None][-1]
    found = counterpart_country(tokens, other)
    doc = mofa_parse.parse(f"Telephone Talks\n\nMay 2, 2019\n\n{text}\n")
    assert doc.meeting.participants[-1].country == found
    return found


def test_every_entry_has_one_example() -> None:
    tables = parse_rules("rules/meeting.toml", _rules_text(), rules._SHAPES)
    entries = sorted((table, entry.get("word") or entry["phrase"]) for table, rows in tables.items() for entry in rows)
    assert sorted((table, word) for table, word, _, _ in EXAMPLES) == entries


def _rules_text() -> str:
    return resources.files("mofa_parse.rules").joinpath("meeting.toml").read_text(encoding="utf-8")


def test_a_second_entry_is_refused() -> None:
    text = _rules_text() + '\n[[venue_word]]\nword = "Kremlin"\n'
    with pytest.raises(RulesError, match=r"\(word = 'Kremlin'\): the same as entry 1"):
        parse_rules("rules/meeting.toml", text, rules._SHAPES)


@pytest.mark.parametrize("word", ["forty-five", "Forty", "forty five"])
def test_a_number_word_is_one_word_in_small_letters(word: str) -> None:
    text = _rules_text() + f'\n[[number_word]]\nword = "{word}"\nvalue = 45\n'
    with pytest.raises(RulesError, match="one word in small letters"):
        rules._number_words(parse_rules("rules/meeting.toml", text, rules._SHAPES)["number_word"])


def test_an_unknown_table_is_refused() -> None:
    with pytest.raises(RulesError, match="unknown table 'verb'"):
        parse_rules("rules/meeting.toml", _rules_text() + '\n[[verb]]\nword = "met"\n', rules._SHAPES)


def test_every_leader_role_has_exactly_one_example() -> None:
    assert sorted(role for role, _ in entry_examples("leader_roles.txt")) == sorted(people.LEADER_ROLES)


@pytest.mark.parametrize(("role", "office"), entry_examples("leader_roles.txt"))
def test_a_leader_role_makes_a_meeting_of_leaders_a_summit(role: str, office: str) -> None:
    """A title with no kind word: a Prime Minister meeting the holder of a leader's office holds a summit."""
    doc = mofa_parse.parse(
        f"Prime Minister Sato Meets {office} Reed\n\nMay 2, 2019\n\n"
        f"On May 2, Prime Minister Taro Sato held a meeting with Mr. Alan Reed, {office}.\n\n"
        "1. Mr. Reed stated that he was glad.\n"
    )
    assert [(p.surname, p.title) for p in doc.meeting.participants] == [("Sato", "Prime Minister"), ("Reed", office)]
    assert doc.meeting.kind is MeetingKind.SUMMIT


def test_a_title_of_two_offices_is_a_leaders_when_one_of_them_is() -> None:
    """"Crown Prince and Prime Minister", "President and Commander-in-Chief": a leader's; "Minister of
    Defense and Minister of State" is none."""
    assert is_leader("Crown Prince and Prime Minister")
    assert is_leader("Deputy Prime Minister and President of the Council of Ministers")
    assert not is_leader("Minister of Defense and Minister of State")
    assert not is_leader("Deputy Prime Minister and Minister of Finance")
