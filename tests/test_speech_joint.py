"""Joint subjects with a number word ("The three Foreign Ministers"), "they" after a connective
("However, they ..."), and a verb after a later "that" clause, on made-up readouts."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from mofa_parse.model import Document, Joint, Meeting, Person
from mofa_parse.rules.verbs import CONNECTIVES, JOINT_NUMBERS
from mofa_parse.semantics import speech
from mofa_parse.structure.parser import parse_structure
from rules_support import entry_examples

from speech_support import only_statement, readout

FIXTURES = Path(__file__).parent / "fixtures" / "speech"

SATO = Person(name="Taro Sato", surname="Sato", title="Prime Minister", country="Japan")
FIREFLY = Person(name="Rufus Firefly", surname="Firefly", title="President", country="Freedonia")
HYNKEL = Person(name="Adenoid Hynkel", surname="Hynkel", title="Chancellor", country="Tomainia")
LEADERS = (SATO, FIREFLY, HYNKEL)

NUMBER_LINES = entry_examples("joint_numbers.txt")
CONNECTIVE_LINES = entry_examples("connectives.txt")


def read(name: str, participants: tuple[Person, ...] = ()) -> Document:
    """A fixture through the structure pass, with the participants given by hand, then the speech pass."""
    doc = parse_structure((FIXTURES / name).read_text(encoding="utf-8"))
    doc = attrs.evolve(doc, people=participants, meeting=Meeting(participants=participants))
    return speech.apply(doc)


def test_every_joint_number_has_one_example_line() -> None:
    assert sorted(word for word, _ in NUMBER_LINES) == sorted(JOINT_NUMBERS)


@pytest.mark.parametrize(("word", "line"), NUMBER_LINES)
def test_a_joint_subject_with_a_number_word_is_the_participants(word: str, line: str) -> None:
    doc = readout(line)
    (statement,) = doc.statements
    assert statement.speaker_text is not None and word in statement.speaker_text.split()
    assert statement.speaker == Joint(doc.meeting.participants)


def test_every_connective_has_one_example_line() -> None:
    assert sorted(phrase for phrase, _ in CONNECTIVE_LINES) == sorted(CONNECTIVES)


@pytest.mark.parametrize(("phrase", "line"), CONNECTIVE_LINES)
def test_they_after_a_connective_is_the_participants(phrase: str, line: str) -> None:
    assert line.casefold().startswith(f"{phrase}, they ")
    doc = readout(line)
    (statement,) = doc.statements
    assert statement.speaker_text == "they"
    assert statement.speaker == Joint(doc.meeting.participants)


def test_they_after_other_words_is_still_anyone() -> None:
    """Only a connective opens the sentence for "they": after a phrase of place it may be anyone."""
    assert readout("At the port, they said that trade was growing.").statements == ()
    statement = only_statement("However, the two leaders agreed to meet again.")
    assert statement.speaker_text == "the two leaders"


def rows(doc: Document) -> list[tuple[object, ...]]:
    """(speaker, speaker as written, verb, text, section, clause) of every statement."""
    return [(s.speaker, s.speaker_text, s.verb, s.text, s.section, s.clause) for s in doc.statements]


def test_a_trilateral_summit() -> None:
    doc = read("trilateral.txt", LEADERS)
    three = Joint(LEADERS)
    assert rows(doc) == [
        # Japan hoped, as it welcomed: the "that" clause the verb follows is the one after "and that"
        (SATO, "Prime Minister Sato", "stated", "the three countries shared basic values, and that Japan "
         "welcomed the new trade corridor and hoped it would open within the year", 1, 1),
        (FIREFLY, "President Firefly", "expressed", "Freedonia supported the corridor", 1, 2),
        (FIREFLY, None, "condemned", "the attacks on shipping in the strait", 1, 2),
        # the later clause has no country with a past tense: the Prime Minister requested
        (SATO, "Prime Minister Sato", "added", "Japan valued the corridor and that the three countries "
         "would fund it together", 1, 3),
        (SATO, None, "requested", "the support of the two leaders for the feasibility study", 1, 3),
        (three, "The three leaders", "confirmed", "they would meet again next year", 2, 1),
        (three, "they", "shared the view", "the situation in the region remained tense", 2, 1),
        (HYNKEL, "Chancellor Hynkel", "explained", "the new port law of his government", 2, 2),
        (three, "they", "welcomed", "the progress of the joint study", 2, 2),
        (three, "The Three Leaders", "agreed", "to hold a ministerial meeting in the spring", 2, 3),
        (three, "The three", "reaffirmed", "their commitment to free trade", 2, 4),
    ]


def test_a_number_word_names_that_many_speakers_when_the_meeting_names_none() -> None:
    """Without participants, "The three leaders" are the first three people who speak, in the order
    the readout names them, and so is the "they" after them."""
    doc = read("trilateral.txt")
    joints = {s.speaker_text: s.speaker for s in doc.statements if isinstance(s.speaker, Joint)}
    assert {text: [p.surname for p in joint.members] for text, joint in joints.items()} == {
        "The three leaders": ["Sato", "Firefly", "Hynkel"],
        "they": ["Sato", "Firefly", "Hynkel"],
        "The Three Leaders": ["Sato", "Firefly", "Hynkel"],
        "The three": ["Sato", "Firefly", "Hynkel"],
    }


def test_an_agreement_on_after_a_verb_of_no_speech_is_a_joint_statement() -> None:
    """"the two ministers exchanged views on ... and concurred on continuing ...": "on" after a verb of
    the "agree" family opens what was agreed."""
    doc = readout(
        "In addition, the two leaders exchanged views on the situation in the region and concurred on "
        "continuing close cooperation."
    )
    (statement,) = doc.statements
    assert (statement.speaker, statement.verb, statement.text) == (
        Joint(doc.meeting.participants),
        "concurred",
        "on continuing close cooperation",
    )

