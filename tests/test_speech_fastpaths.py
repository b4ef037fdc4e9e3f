"""The speech pass's hand-written readers give what the patterns they replace give, on any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from mofa_parse import speech

PIECES = (
    " ",
    "  ",
    "\t",
    "\u00a0",
    "\x1c",
    ", ",
    "; ",
    "(",
    ")",
    ".",
    "'s ",
    "x",
    "é",
    "Élodie ",
    "Prime ",
    "Minister ",
    "Minister",
    "President",
    "President ",
    "Vice-President ",
    "Foreign ",
    "for ",
    "of the ",
    "Affairs ",
    "Aka ",
    "Bleu",
    "KIM ",
    "de ",
    "Mr. ",
    "Mr ",
    "Mrs.",
    "Dr ",
    "H.E. ",
    "H. E. ",
    "His ",
    "Her Majesty ",
    "The Honorable ",
    "The ",
    "the ",
    "Japanese ",
    "Indian ",
    "Ian ",
    "Iraqi ",
    "Transcaucasiaxxxxxian ",
    "Xxxxxxxxxxxxxxxxxxi ",
    "Thai ",
    "U.S. ",
    "UK ",
    "USA ",
    "Japan ",
    "Korea",
    "Republic ",
    "and ",
    "stated ",
)
TEXTS = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
_OPENS = re.compile(speech._NAMED_OPENS)


def _found(text: str, start: int, end: int) -> list[int]:
    spans: list[int] = []
    speech._find_mentions(text, start, end, spans)
    return spans


def _plain(text: str, start: int, end: int) -> list[int]:
    return [at for match in speech._MENTION.finditer(text, start, end) for at in match.span()]


@given(TEXTS, st.data())
def test_mentions_found_by_reading_are_the_mention_pattern(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _found(text, start, end) == _plain(text, start, end)


def test_mentions_found_by_reading_on_written_examples() -> None:
    texts = (
        "Japanese Prime Minister Aka met H.E. Mr. Bleu, President of the Republic of Korea.",
        "(President Bleu) and xPrime Minister Aka; Vice-President  Élodie Dupont;\tMr.\u00a0KIM Jong",
        "The Honorable Foreign Minister O'Neil-Smith and His Royal Highness Crown Prince Aka",
        "U.S. Secretary of State Bleu, UK Foreign Secretary Aka, Thai Prime Minister Chan-ocha",
        "Indian Minister Aka; Ian Minister Bleu; Iraqi President Aka; Swiss President",
        "Iranian President Raisi's remarks",
        "H. E. Ambassador de la Cruz, Mme Aka and Dr Bleu of the United States",
        "Minister",
        "H.",
    )
    for text in texts:
        for start in range(len(text) + 1):
            assert _found(text, start, len(text)) == _plain(text, start, len(text))
        for end in range(len(text) + 1):
            assert _found(text, 0, end) == _plain(text, 0, end)
    first = texts[0]
    spans = _found(first, 0, len(first))
    found = [first[spans[i] : spans[i + 1]] for i in range(0, len(spans), 2)]
    assert found == ["Japanese Prime Minister Aka", "H.E. Mr. Bleu"]
    first = texts[0]
    spans = _found(first, 0, len(first))
    assert [first[spans[i] : spans[i + 1]] for i in range(0, len(spans), 2)] == [
        "Japanese Prime Minister Aka",
        "H.E. Mr. Bleu",
    ]


@given(st.text(alphabet="AaHiEnsTh. \u00a0\t-", max_size=12))
def test_named_opens_is_the_opening_pattern(word: str) -> None:
    text = word + " Minister x"
    for at in range(len(text)):
        if "A" <= text[at] <= "Z":
            for end in range(at, len(text) + 1):
                expected = _OPENS.match(text, at, end) is not None
                assert speech._named_opens(text, at, end) == expected
