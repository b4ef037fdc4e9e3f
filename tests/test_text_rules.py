"""The abbreviations of ``rules/text.toml``: each entry read on its example line of
``tests/fixtures/rules/text.txt`` by the meeting pass and the speech pass, and the file's checks;
the small words of titles, each read on its example title by the header; the words of subtitles,
each read on its example subtitle line."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from mofa_parse.rules import text as rules
from mofa_parse.rules.load import RulesError, parse_rules
from mofa_parse.semantics.speech.content import mask
from mofa_parse.structure.header import title_cased
from mofa_parse.structure.parser import parse_structure
from mofa_parse.text.sentences import sentence_spans, sentences

from speech_support import readout

FIXTURE = Path(__file__).parent / "fixtures" / "rules" / "text.txt"


def _lines(table: str) -> list[tuple[str, str]]:
    """The example lines of ``table``: the entry's word and the rest of the line."""
    found: list[tuple[str, str]] = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            entry, _, rest = line.partition(": ")
            name, _, word = entry.partition(" ")
            assert name in ("abbreviation", "title_small_word", "subtitle_word")
            if name == table:
                found.append((word, rest))
    return found


def _examples() -> list[tuple[str, str, str]]:
    """The example lines: the abbreviation, the line, and the line's first sentence."""
    found: list[tuple[str, str, str]] = []
    for word, rest in _lines("abbreviation"):
        text, first = rest.rsplit(" => ", 1)
        found.append((word, text, first))
    return found


EXAMPLES = _examples()
TITLE_EXAMPLES = _lines("title_small_word")
SUBTITLE_EXAMPLES = _lines("subtitle_word")


@pytest.mark.parametrize(("word", "text", "first"), EXAMPLES)
def test_a_sentence_goes_on_past_the_abbreviation(word: str, text: str, first: str) -> None:
    assert re.search(rf"\b{word}\.\)? ", first) or first == text  # "Mr. ", "(Ret.) "
    assert sentences(text)[0] == (0, first)
    start, end = sentence_spans(mask(text), len(text))[0]  # as the speech pass cuts it
    assert text[start:end] == first


@pytest.mark.parametrize(("word", "text", "first"), EXAMPLES)
def test_without_the_abbreviation_the_sentence_ends_at_its_full_stop(word: str, text: str, first: str) -> None:
    plain = re.sub(rf"\b{word}\.(\)?) ", r"words.\1 ", text, count=1)
    assert sentences(plain)[0][1].endswith(("words.", "words.)"))


@pytest.mark.parametrize(("word", "text", "first"), EXAMPLES)
def test_a_statement_goes_on_past_the_abbreviation(word: str, text: str, first: str) -> None:
    statement = readout(f"Prime Minister Sato stated that {text}").statements[0]
    assert (statement.speaker_text, statement.text) == ("Prime Minister Sato", first.removesuffix("."))


@pytest.mark.parametrize(("word", "title"), TITLE_EXAMPLES)
def test_a_title_writes_the_small_word_in_lower_case(word: str, title: str) -> None:
    assert re.search(rf"\b{word}\b", title)
    assert title_cased(title)
    assert not title_cased(title, small_words=rules.TITLE_SMALL_WORDS - {word})


@pytest.mark.parametrize(("word", "line"), SUBTITLE_EXAMPLES)
def test_a_subtitle_line_under_the_title_is_the_subtitle(word: str, line: str) -> None:
    doc = parse_structure(f"Japan-Peru Summit Meeting\n{line}\nJune 3, 2012\nThe two leaders met.\n")
    assert doc.subtitle is not None and word in doc.subtitle
    assert doc.subtitle == line.strip("()<>")
    assert (doc.title, doc.issued_text) == ("Japan-Peru Summit Meeting", "June 3, 2012")


def test_every_entry_has_one_example() -> None:
    tables = parse_rules("rules/text.toml", _rules_text(), rules._SHAPES)
    assert sorted(word for word, _, _ in EXAMPLES) == sorted(entry["word"] for entry in tables["abbreviation"])
    assert list(rules.ABBREVIATIONS) == [entry["word"] for entry in tables["abbreviation"]]
    assert sorted(word for word, _ in TITLE_EXAMPLES) == sorted(entry["word"] for entry in tables["title_small_word"])
    assert {entry["word"] for entry in tables["title_small_word"]} == rules.TITLE_SMALL_WORDS
    assert sorted(word for word, _ in SUBTITLE_EXAMPLES) == sorted(entry["word"] for entry in tables["subtitle_word"])
    assert list(rules.SUBTITLE_WORDS) == [entry["word"] for entry in tables["subtitle_word"]]


def test_the_file_ships_in_the_package_and_is_checked() -> None:
    assert "[[abbreviation]]" in _rules_text()
    with pytest.raises(RulesError, match=r"rules/text\.toml.*abbreviation.*'Mr'"):
        parse_rules("rules/text.toml", '[[abbreviation]]\nword = "Mr"\n[[abbreviation]]\nword = "Mr"\n', rules._SHAPES)


def _rules_text() -> str:
    return resources.files("mofa_parse.rules").joinpath("text.toml").read_text(encoding="utf-8")
