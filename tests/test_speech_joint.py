"""Joint subjects with a number word ("The three Foreign Ministers") and "they" after a connective
("However, they ..."), on made-up readouts."""

from __future__ import annotations

import pytest

from mofa_parse.model import Joint
from mofa_parse.rules.verbs import CONNECTIVES, JOINT_NUMBERS
from rules_support import entry_examples

from speech_support import only_statement, readout

NUMBER_LINES = entry_examples("joint_numbers.txt")
CONNECTIVE_LINES = entry_examples("connectives.txt")


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

