"""Joint subjects with a number word ("The three Foreign Ministers"), on made-up readouts."""

from __future__ import annotations

import pytest

from mofa_parse.model import Joint
from mofa_parse.rules.verbs import JOINT_NUMBERS
from rules_support import entry_examples

from speech_support import readout

NUMBER_LINES = entry_examples("joint_numbers.txt")


def test_every_joint_number_has_one_example_line() -> None:
    assert sorted(word for word, _ in NUMBER_LINES) == sorted(JOINT_NUMBERS)


@pytest.mark.parametrize(("word", "line"), NUMBER_LINES)
def test_a_joint_subject_with_a_number_word_is_the_participants(word: str, line: str) -> None:
    doc = readout(line)
    (statement,) = doc.statements
    assert statement.speaker_text is not None and word in statement.speaker_text.split()
    assert statement.speaker == Joint(doc.meeting.participants)
