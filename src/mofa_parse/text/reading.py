"""One reading of a text, shared by every reader of the meeting pass.

A paragraph is cut into sentences once (``text.sentences``) and each sentence into
tokens once (``text.tokens``); the mention reader, the company and side readers
look things up in those tokens instead of cutting the text again.
"""

from __future__ import annotations

import re

import attrs

from mofa_parse.text.sentences import sentences
from mofa_parse.text.tokens import TOKEN, Token

__all__ = ["Reading", "Tokens"]


@attrs.frozen
class Tokens:
    """A text cut into tokens: the words as written and their offsets, in order.

    ``words[i]`` is ``text[starts[i]:ends[i]]``; the tokens are those of
    ``text.tokens.tokenize``.
    """

    text: str
    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Tokens:
        matches = list(TOKEN.finditer(text))
        return cls(
            text,
            tuple(map(re.Match.group, matches)),
            tuple(map(re.Match.start, matches)),
            tuple(map(re.Match.end, matches)),
        )

    def __len__(self) -> int:
        return len(self.words)

    def token(self, index: int) -> Token:
        """Token ``index`` with its offsets."""
        return Token(self.words[index], self.starts[index], self.ends[index])

    def between(self, first: int, last: int) -> str:
        """The text from token ``first`` to token ``last``, both included."""
        return self.text[self.starts[first] : self.ends[last]]


@attrs.frozen
class Reading:
    """A paragraph read once: its sentences, each with its offset and its tokens."""

    text: str
    offsets: tuple[int, ...]
    sentences: tuple[Tokens, ...]

    @classmethod
    def of(cls, text: str) -> Reading:
        pieces = sentences(text)
        return cls(text, tuple(offset for offset, _ in pieces), tuple(Tokens.of(piece) for _, piece in pieces))
