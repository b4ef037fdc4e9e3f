"""Reading the subject of a reporting verb as a mention: "President Putin", "the Prime
Minister", "Freedonian President Firefly".

The speech pass asks here whether a stretch of text is wholly one subject
(``subject_mention``) and where a paragraph names people as subjects would
(``named_mentions``). Both read with ``text.mentions.mention_at``, the reader the
meeting pass uses, so that one reader and one vocabulary serve both passes.
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs

from mofa_parse.rules.countries import ABBREVIATIONS, DEMONYMS
from mofa_parse.text.mentions import Mention, mention_at
from mofa_parse.text.reading import Tokens
from mofa_parse.text.tokens import bare, is_capitalised
from mofa_parse.text.vocabulary import DEMONYM_FORMS, STARTS, could_start, honorifics_end, is_title_word

__all__ = ["is_nationality", "named_mentions", "subject_mention"]


#: The shape of most country adjectives: "Russian", "Japanese", "British", "Thai", "French"; an
#: adjective of that shape is read as one even where ``rules/countries.toml`` does not list it.
_NATIONALITY_SHAPE = re.compile(r"[A-Z][a-z]+(?:ian|an|ese|ish|ic|i|ch)")
#: The words a bare office opens with as the subject of a verb: "the Prime Minister", "This Minister".
_ARTICLES = frozenset({"the", "The", "this", "This", "that", "That"})


def is_nationality(words: str) -> bool:
    """Whether ``words`` is a country adjective or abbreviation: one of ``rules/countries.toml``
    ("Swiss", "Saudi Arabian", "U.S.", "ROK") or a word of the usual shape ("Freedonian")."""
    return words in DEMONYMS or words in ABBREVIATIONS or _NATIONALITY_SHAPE.fullmatch(words) is not None


def _subject_at(tokens: Tokens, i: int, *, bare_office: bool = False) -> Mention | None:
    """The mention at token ``i`` as the subject of a verb writes it: a person ("President Putin",
    "H.E. Mr. Lavrov of Russia", "Freedonian President Firefly") or an office after an article
    ("the Prime Minister", "This Minister"), without an office after the name.

    An article opens an office alone, not a named person ("the Prime Minister Koizumi" is read
    from "Prime"), save in a style ("The Honorable Mr. Aka"). A country adjective of the usual
    shape that the rules do not list is read as one, with no country. With ``bare_office``, an
    office without an article that opens with its title is one too ("Prime Minister reiterated
    ...", not "His Majesty the King").
    """
    words = tokens.words
    n = len(words)
    bare_article = words[i] in _ARTICLES and honorifics_end(tokens, i) == i
    first = i + 1 if bare_article else i
    if (
        first + 1 < n
        and words[first] not in DEMONYM_FORMS
        and _NATIONALITY_SHAPE.fullmatch(words[first])
        and is_title_word(words[first + 1])
    ):
        first += 1  # "Freedonian President Firefly"
    if first >= n or not could_start(tokens, first):
        return None
    mention = mention_at(tokens, first, offices_after=False)
    if mention is None or (bare_article and mention.surname is not None):
        return None  # a name after an article
    if mention.surname is None and not bare_article and not (bare_office and is_title_word(words[first])):
        return None  # an office without one, unless it opens with its title ("Prime Minister")
    return mention if first == i else attrs.evolve(mention, start=tokens.starts[i])


@functools.lru_cache(maxsize=4096)
def subject_mention(text: str, *, bare_office: bool = False) -> Mention | None:
    """``text`` read whole as the subject of a verb (``_subject_at``): the mention, or None when
    ``text`` is not all one mention of a person or of an office after an article (or, with
    ``bare_office``, of an office alone: "Prime Minister")."""
    tokens = Tokens.of(text)
    if not tokens.words:
        return None
    mention = _subject_at(tokens, 0, bare_office=bare_office)
    if mention is None or mention.possessive or mention.end != len(text):
        return None
    return mention


def named_mentions(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names people as a subject would (``_subject_at``), in order, none inside
    another: the offsets of each mention, a possessive ending left out ("President Putin" of
    "President Putin's"). A mention begins with a capital: in "the Honorable Mr. Aka" it is
    "Honorable Mr. Aka". It is tried, as in ``mentions_in``, at the words that can start one."""
    tokens = Tokens.of(text)
    words, starts = tokens.words, tokens.starts
    found: list[tuple[int, int]] = []
    position = 0  # every mention starting before it has been read
    openings = [index for index, word in enumerate(words) if word in STARTS or "-" in word]
    for index in openings:
        if starts[index] < position or not is_capitalised(words[index]) or not could_start(tokens, index):
            continue
        mention = _subject_at(tokens, index)
        if mention is None or mention.surname is None:
            continue
        end = mention.end
        if mention.possessive:
            last = bisect.bisect_left(tokens.ends, end)
            end -= len(words[last]) - len(bare(words[last]))
        found.append((mention.start, end))
        position = mention.end
    return found
