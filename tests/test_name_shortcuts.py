"""Shortcuts in reading name mentions give what the plain reading they stand for gives, on any text."""

from __future__ import annotations

import re

import attrs
from hypothesis import given
from hypothesis import strategies as st

from mofa_parse.semantics import people, speech
from mofa_parse.text import names

#: Pieces that open, or almost open, a name mention: nationalities, modifiers, heads, "Mr."
#: and honorifics; joined without spaces they also make capitals inside words.
PIECES = (
    " ",
    "  ",
    "\t",
    "\u00a0",
    "\n",
    ", ",
    ".",
    "(",
    "'",
    "’",
    "-",
    "x",
    "the ",
    "The ",
    "and ",
    "of ",
    "Japan ",
    "Japanese ",
    "Russian ",
    "Thai ",
    "Lao ",
    "U.S. ",
    "US ",
    "ROK ",
    "Ian ",
    "Indian",
    "Prime ",
    "Foreign ",
    "Vice ",
    "Deputy ",
    "Minister ",
    "Ministers ",
    "President ",
    "President-elect ",
    "Vice-President ",
    "Secretary-General ",
    "Chair",
    "Chairman ",
    "Mr. ",
    "Mr ",
    "Mrs.",
    "Dr. ",
    "H.E. ",
    "H. E. ",
    "His Excellency ",
    "Her Majesty ",
    "The Honorable ",
    "the Honourable ",
    "Aka ",
    "Bleu",
    "O'Neil ",
    "Élodie ",
    "ÉTIENNE ",
    "KIM ",
    "de ",
    "von ",
    "A. ",
    "Foreign Affairs ",
    "for ",
    "of the Republic ",
    "Korea",
)
TEXTS = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)

@given(st.lists(TEXTS, min_size=1, max_size=4))
def test_remembered_readings_are_the_readings(mentions: list[str]) -> None:
    """What is remembered across documents is what reading the mention again gives."""
    remembered = [speech.person_from_text(mention) for mention in (*mentions, *mentions)]
    names.parse_mention.cache_clear()
    assert remembered == [speech.person_from_text(mention) for mention in (*mentions, *mentions)]
    assert [names.parse_mention(m) for m in mentions] == [names.parse_mention.__wrapped__(m) for m in mentions]


#: The token pattern as first written: the abbreviation as a repeated group.
_PLAIN_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_][\w'’-]*|\d+(?:[:.]\d+)?|\S")
#: Pieces whose characters the engine's classes and the codes tell apart differently if either is
#: wrong: other digits ("²" is a word character, "٣" a decimal), spaces ("\u2003", "\x1c"), marks.
TOKEN_TEXTS = st.lists(
    st.sampled_from(
        (
            *PIECES,
            *("p.m.", "a.", "A.B", "H.R.H.", "10:30", "3.5", "2.", "_x", "’s", "Putin's", "x1", "a_b", "x’y"),
            *("A.b.", "a.B.c", "1:", "1.x", "12.5.7", "٣:٤", "٣", "²", "Ⅷ", "ǅ", "ß", "\u2003", "\x1c", "\x1f"),
            *("\u3000", "\x85", "\r", "_", "-x", "é.", "e.é.", "\u2019", "ﬁ", "·", "\u0301", "Ⓐ", "ª"),
        )
    ),
    max_size=16,
).map("".join)


@given(TOKEN_TEXTS)
def test_tokens_are_the_plain_tokens(text: str) -> None:
    assert [(t.text, t.start, t.end) for t in names.tokenize(text)] == [(m[0], m.start(), m.end()) for m in _PLAIN_TOKEN.finditer(text)]


@given(TOKEN_TEXTS, st.integers(0, 40), st.integers(0, 40))
def test_windows_are_the_plain_tokens_up_to_a_closing_word(text: str, start: int, at: int) -> None:
    """``_window`` is the tokens from a place no token straddles up to the first word after
    ``at`` that starts with a small letter and is read through by no mention."""
    starts = [0, *(m.end() for m in _PLAIN_TOKEN.finditer(text))]
    start = starts[start % len(starts)]
    plain: list[tuple[str, int, int]] = []
    for m in _PLAIN_TOKEN.finditer(text, start):
        plain.append((m[0], m.start(), m.end()))
        if m.end() > at and m[0][:1].islower() and m[0] not in names._READ_THROUGH:
            break
    assert [(t.text, t.start, t.end) for t in names._window(text, start, at)] == plain


def test_tokens_on_written_examples() -> None:
    text = "H.E. Mr. A. Bleu met U.S. officials at 10:30 a.m.; p.m.x A.B.C Putin's"
    assert [t.text for t in names.tokenize(text)] == [
        "H.E.", "Mr", ".", "A", ".", "Bleu", "met", "U.S.", "officials", "at", "10:30", "a.m.", ";",
        "p.m.", "x", "A.B.", "C", "Putin's",
    ]


@given(st.lists(TOKEN_TEXTS, min_size=1, max_size=4))
def test_remembered_name_folds_are_the_folds(texts: list[str]) -> None:
    for text in (*texts, *texts, "Jr.", "Kim Jong Un, Jr.", "O’Neil  III"):
        assert people._fold(text) == people._fold.__wrapped__(text)
        assert people._last_word(text) == people._last_word.__wrapped__(text)
    assert people._last_word("Kim Jong Un, Jr.") == "un"
    assert people._fold("O’Neil  III") == "o'neil iii"


@attrs.frozen
class Mention:
    """The mention as an attrs value, as first written: ``names.Mention`` must compare, hash
    and print as it does."""

    start: int
    end: int
    name: str | None
    surname: str | None
    title: str | None
    country: str | None
    possessive: bool = False


MENTION_FIELDS = st.tuples(
    st.integers(0, 3),
    st.integers(0, 3),
    *(st.sampled_from((None, "", "Abe", "Prime Minister", "O'Neil", "Japan")) for _ in range(4)),
    st.booleans(),
)


@given(MENTION_FIELDS, MENTION_FIELDS, st.sampled_from((None, "Japan", "Peru")))
def test_mentions_are_values_as_attrs_makes_them(
    first: tuple[int, int, str | None, str | None, str | None, str | None, bool],
    second: tuple[int, int, str | None, str | None, str | None, str | None, bool],
    country: str | None,
) -> None:
    mine, theirs = names.Mention(*first), Mention(*first)
    other, their_other = names.Mention(*second), Mention(*second)
    assert (mine == other) == (theirs == their_other)
    assert (mine != other) == (theirs != their_other)
    if mine == other:
        assert hash(mine) == hash(other)
    assert hash(mine) == hash(names.Mention(*first))
    assert repr(mine) == repr(theirs)
    assert repr(mine.with_country(country)) == repr(attrs.evolve(theirs, country=country))
    assert repr(names.Mention(*first[:6])) == repr(Mention(*first[:6]))
    assert mine != theirs and mine != first


def _plain_bare(word: str) -> str:
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    return word


@given(st.lists(st.sampled_from(("s", "'", "’", "x", "Putin", "Leaders", "S", "é", "ss", "`")), max_size=5).map("".join))
def test_possessive_endings_as_endswith_reads_them(word: str) -> None:
    assert names._bare(word) == _plain_bare(word)
    assert names._possessive(word) == word.endswith(("'s", "’s", "s'", "s’"))


def test_possessive_endings_on_written_examples() -> None:
    for word, bare, possessive in (
        ("Putin's", "Putin", True),
        ("Leaders'", "Leaders", True),
        ("Leaders’", "Leaders", True),
        ("Abe’s", "Abe", True),
        ("talks", "talks", False),
        ("'", "", False),
        ("s", "s", False),
        ("'s", "", True),
        ("x'", "x", False),
        ("", "", False),
    ):
        assert (names._bare(word), names._possessive(word)) == (bare, possessive) == (_plain_bare(word), possessive)


@given(st.text(alphabet=st.sampled_from("aAzZ@[`{é\u00c9ǅß5_ .'’"), max_size=3))
def test_capitals_and_letters_by_code(word: str) -> None:
    assert names._is_cap(word) == word[:1].isupper()
    if word:
        assert names._is_letter(word, 0) == word[0].isalpha()


def test_character_tests_are_the_pattern_classes() -> None:
    """``is_space_at`` is ``\\s`` and ``is_word_at`` is ``\\w``, for every character of the Basic Multilingual Plane."""
    space, word = re.compile(r"\s"), re.compile(r"\w")
    for code in range(0x10000):
        char = chr(code)
        assert names.is_space_at(char, 0) == (space.match(char) is not None), hex(code)
        assert names.is_word_at(char, 0) == (word.match(char) is not None), hex(code)
