"""Cutting a line of text into word tokens, the units every reader of names looks up.

A token is an abbreviation with inner dots ("H.E.", "U.S.", "p.m."), a number
("10:30", "3.5"), a word with its hyphens and apostrophes ("Chan-o-cha",
"Leaders'", "Putin's"), or any other character that is not white space.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

__all__ = [
    "TOKEN",
    "Token",
    "bare",
    "fold",
    "is_capitalised",
    "is_possessive",
    "is_space_at",
    "is_word_at",
    "tokenize",
    "tokens_from",
]

#: One token; ``tokenize`` and ``text.reading.Tokens`` cut texts with it.
TOKEN = re.compile(
    r"""(?:[A-Za-z]\.){2,}     # an abbreviation: "H.E.", "U.S.A."
    | \d+(?:[:.]\d+)?          # a number: "10", "10:30", "3.5"
    | [^\W\d_][\w'’-]*         # a word: "Minister", "Putin's", "Chan-o-cha"
    | \S                       # any other mark, one character
    """,
    re.VERBOSE,
)
_SPACE = re.compile(r"\s")
_WORD_CHARACTER = re.compile(r"\w")


class Token(NamedTuple):
    """One token and its offsets in the text it was read from."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` in order."""
    return list(tokens_from(text, 0))


def tokens_from(text: str, start: int) -> Iterator[Token]:
    """The tokens of ``text`` from offset ``start`` on, read one at a time.

    No token holds white space, so from the start of the text, from just after a white
    space or from the end of a token, these are the tokens ``tokenize`` reads there.
    """
    for match in TOKEN.finditer(text, start):
        yield Token(match[0], match.start(), match.end())


def is_space_at(text: str, at: int) -> bool:
    """Whether the character at ``at`` is white space (``\\s``)."""
    return _SPACE.match(text, at) is not None


def is_word_at(text: str, at: int) -> bool:
    """Whether the character at ``at`` is a word character (``\\w``: a letter, a digit or "_")."""
    return _WORD_CHARACTER.match(text, at) is not None


def bare(word: str) -> str:
    """The word without a possessive ending: "Putin's" → "Putin", "Leaders'" → "Leaders"."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    return word


def is_possessive(word: str) -> bool:
    """Whether ``word`` ends as a possessive: "Putin's", "Leaders'"."""
    return word.endswith(("'s", "’s", "s'", "s’"))


def is_capitalised(word: str) -> bool:
    """Whether ``word`` starts with a capital letter."""
    return word[:1].isupper()


def fold(text: str) -> str:
    """``text`` without diacritics, in lower case: "Kōno" → "kono", "Ángel" → "angel", "Đặng" → "đang"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
