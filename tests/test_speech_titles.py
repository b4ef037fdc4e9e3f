"""The title words the speech pass reads before a name, one example line for each head word of
``rules/people.toml``: the speaker's surname and title."""

from __future__ import annotations

from pathlib import Path

import pytest

import mofa_parse
from mofa_parse.model import Joint, Person
from mofa_parse.rules.people import HEADS

from speech_support import only_statement, readout

RULES = Path(__file__).parent / "fixtures" / "rules"

TITLE_LINES = (RULES / "titles.txt").read_text(encoding="utf-8").splitlines()


def test_every_head_word_has_one_example_line() -> None:
    heads = [line.split(" | ")[0] for line in TITLE_LINES]
    assert sorted(heads) == sorted(HEADS)


@pytest.mark.parametrize("line", TITLE_LINES)
def test_title_example_gives_the_speaker_surname_and_title(line: str) -> None:
    """Each line: the head word, the surname and title expected ("joint" for a plural head, which
    names several people), and the example, separated by " | "."""
    head, surname, title, example = line.split(" | ")
    assert head in example.split()
    speaker = only_statement(example).speaker
    if surname == "joint":
        assert isinstance(speaker, Joint)
    else:
        assert isinstance(speaker, Person)
        assert (speaker.surname, speaker.title) == (surname, title)


def test_spokesperson_and_chief_executive_are_titles() -> None:
    """Deliberate change: with the shared title vocabulary these subjects give statements (before,
    none: "Spokesperson" was no head word, "Chief" and "Executive" only modifiers)."""
    for line, name in (
        ("Spokesperson Zhao stated that the visit had been a success.", ("Zhao", "Spokesperson")),
        ("Chief Executive Lee stated that the city welcomed Japanese investment.", ("Lee", "Chief Executive")),
    ):
        statement = only_statement(line)
        assert isinstance(statement.speaker, Person)
        assert (statement.speaker.surname, statement.speaker.title) == name
        assert statement.speaker_text == " ".join(name[::-1])


def test_a_title_without_an_article_is_the_principal_holding_it() -> None:
    """"Prime Minister reiterated ...", "President said ...": a title alone as the subject names the
    principal who holds it, as "the Prime Minister" does; before a colon it makes no speaker label
    (a title alone there is a heading as often)."""
    doc = readout(
        "Prime Minister reiterated his sympathy for the victims of the floods, and stated that Japan "
        "stood ready to help. President said that Freedonia was grateful for the support."
    )
    sato, firefly = doc.meeting.participants
    assert [(s.speaker, s.speaker_text, s.verb, s.text) for s in doc.statements] == [
        (sato, "Prime Minister", "reiterated", "his sympathy for the victims of the floods"),
        (sato, None, "stated", "Japan stood ready to help"),
        (firefly, "President", "said", "Freedonia was grateful for the support"),
    ]
    assert readout("The two leaders met.\n\nPrime Minister: Japan will help.").statements == ()


def test_a_hyphenated_surname_written_without_its_hyphen_is_the_same_speaker() -> None:
    """"Ambassador Helen Brook-Marsden" in the lead, then "Ambassador Brook Marsden congratulated ...":
    one person, not a new "Marsden"."""
    doc = mofa_parse.parse(
        "Courtesy Call by Ambassador Brook-Marsden\n\nApril 2, 2024\n\n"
        "On April 2, Mr. Kenji Okabe, Minister for Foreign Affairs, received a courtesy call from Ambassador "
        "Helen Brook-Marsden, Permanent Representative of the United Kingdom to the United Nations.\n\n"
        "1. Ambassador Brook Marsden congratulated Japan on its election, and stated that she looked forward "
        "to working with Japan.\n"
    )
    okabe, envoy = doc.meeting.participants
    assert okabe.surname == "Okabe"
    assert (envoy.surname, envoy.country) == ("Brook-Marsden", "United Kingdom")
    assert [(s.speaker, s.verb) for s in doc.statements] == [(envoy, "congratulated"), (envoy, "stated")]
