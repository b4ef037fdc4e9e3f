"""The words of mentions of people, as the mention reader and the subject reader use them.

Each set is built once from ``rules/people.toml`` and ``rules/countries.toml``: the title
words and heads in every written form ("Minister", "Minister's"), the honorifics by kind
(courtesy titles, ranks, styles), the country adjectives, and the words a mention can open
with. Both ``text.mentions`` (the meeting pass) and ``text.subject_mentions`` (the speech
pass) read names with these, so that a word is a title, an honorific or a country
adjective in one place only.
"""

from __future__ import annotations

import bisect

from mofa_parse.rules.countries import ABBREVIATIONS, DEMONYMS, ORGANISATION_WORDS
from mofa_parse.rules.meeting import VENUE_WORDS
from mofa_parse.rules.people import (
    CALENDAR_WORDS,
    GENERATIONAL_SUFFIXES,
    HEADLINE_VERBS,
    HEADS,
    HONORIFICS,
    MODIFIERS,
    NOT_NAMES,
    POST_NOMINALS,
    RANK_QUALIFIERS,
    TITLE_CONNECTORS,
    HonorificKind,
)
from mofa_parse.text.reading import Tokens
from mofa_parse.text.tokens import bare, is_capitalised

__all__ = [
    "AFTER_THE",
    "CONNECTORS",
    "COURTESY",
    "DEMONYM_FORMS",
    "GENERATIONAL",
    "HEAD_FORMS",
    "HONORIFIC_STARTS",
    "HONOURS",
    "MONTHS_AND_DAYS",
    "NOT_NAME_WORDS",
    "OPENING_WORDS",
    "POSSESSIVE_ENDINGS",
    "RANKS",
    "STARTS",
    "STYLES",
    "STYLE_ABBREVIATIONS",
    "STYLE_PHRASES",
    "THE",
    "TITLE_FORMS",
    "TITLE_WORDS",
    "after_rank",
    "could_start",
    "honorifics_end",
    "is_capitalised_title_word",
    "is_head",
    "is_honorific_start",
    "is_title_word",
    "opens",
    "place_named_after",
]


THE = frozenset({"the", "The"})
TITLE_WORDS = HEADS | MODIFIERS
CONNECTORS = TITLE_CONNECTORS
POSSESSIVE_ENDINGS = ("", "'s", "’s", "'", "’")
#: The generational suffixes as written ("Jr", "III"): part of a name, unlike the other post-nominals.
GENERATIONAL = frozenset(word for word in POST_NOMINALS if word.casefold() in GENERATIONAL_SUFFIXES)
#: The other post-nominals ("MP", "QC"): never part of a name.
HONOURS = POST_NOMINALS - GENERATIONAL

#: Every way a title word is written as a token: "Minister", "Minister's", "Ministers'".
TITLE_FORMS = frozenset(word + ending for word in TITLE_WORDS for ending in POSSESSIVE_ENDINGS)
HEAD_FORMS = frozenset(word + ending for word in HEADS for ending in POSSESSIVE_ENDINGS)
#: Every way a country adjective is written as a token: "Russian", "Russian's".
DEMONYM_FORMS = frozenset(word + ending for word in DEMONYMS for ending in POSSESSIVE_ENDINGS)

#: "Mr", "Dr", "Sir": a courtesy title, with or without its full stop.
COURTESY = frozenset(h.form for h in HONORIFICS if h.kind is HonorificKind.COURTESY)
#: "General", "Sheikh": a rank, read as an honorific after another ("H.E. General ...").
RANKS = frozenset(h.form for h in HONORIFICS if h.kind is HonorificKind.RANK)
STYLES = [h.form for h in HONORIFICS if h.kind is HonorificKind.STYLE]
#: "H.E.", "H.R.H.": a style written as one token.
STYLE_ABBREVIATIONS = frozenset(form for form in STYLES if "." in form)


def _spaced_styles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The style abbreviations written with a space after an inner full stop ("H. E.", "H. R. H."),
    as the tokens they are cut into (("H", ".", "E", ".")), by their first letter."""
    spaced: dict[str, tuple[tuple[str, ...], ...]] = {}
    for form in sorted(STYLE_ABBREVIATIONS):
        letters = [letter for letter in form.split(".") if letter]
        tokens = tuple(piece for letter in letters for piece in (letter, "."))
        spaced[letters[0]] = (*spaced.get(letters[0], ()), tokens)
    return spaced


SPACED_STYLES = _spaced_styles()


def _style_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The styles written as words ("His Excellency", "the Honorable"), by their first word;
    a style starting with "the" may start a sentence ("The Honorable")."""
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for form in STYLES:
        if "." in form:
            continue
        words = tuple(form.split())
        firsts = ("the", "The") if words[0] == "the" else (words[0],)
        for first in firsts:
            phrases[first] = (*phrases.get(first, ()), (first, *words[1:]))
    return phrases


STYLE_PHRASES = _style_phrases()
#: Every word an honorific can start with.
HONORIFIC_STARTS = STYLE_ABBREVIATIONS | RANKS | COURTESY | frozenset(STYLE_PHRASES)

#: The months and the days of the week: never a name, nor part of an office after a name.
MONTHS_AND_DAYS = CALENDAR_WORDS
#: Capitalised words that never start or continue a personal name, and the verbs of titles
#: that end one ("Prime Minister Fukuda Receives ...").
NOT_NAME_WORDS = NOT_NAMES | HEADLINE_VERBS


def is_title_word(word: str) -> bool:
    """A title word, possibly possessive, or title words joined by hyphens ("Vice-Foreign-Minister")."""
    if word in TITLE_FORMS:
        return True
    parts = bare(word).split("-")
    return len(parts) > 1 and all(part in TITLE_WORDS for part in parts)


def is_head(word: str) -> bool:
    return word in HEAD_FORMS or ("-" in word and any(part in HEADS for part in bare(word).split("-")))


def is_capitalised_title_word(word: str) -> bool:
    return is_capitalised(word) and is_title_word(word)


#: The words a mention can start with ("the" aside): every one starts with a capital.
OPENING_WORDS = frozenset(
    word
    for word in TITLE_FORMS | COURTESY | STYLE_ABBREVIATIONS | frozenset(STYLE_PHRASES) | DEMONYM_FORMS
    | frozenset(ABBREVIATIONS)
    | ORGANISATION_WORDS
    if is_capitalised(word)
)
#: The words a mention can start with, "the" included (hyphenated title words aside); a rank
#: ("General") opens one only before a name and an office (``_rank_name_start``).
STARTS = OPENING_WORDS | THE | RANKS
#: The words after "the" that a mention starting with "the" goes on with (title words aside).
AFTER_THE = (
    DEMONYM_FORMS | frozenset(STYLE_PHRASES) | frozenset(phrase[1] for phrase in STYLE_PHRASES.get("the", ()))
)


# --------------------------------------------------------------------------- the words a mention opens with


def _spaced_style_end(tokens: Tokens, j: int) -> int:
    """The index after a style abbreviation written with spaces at ``j`` ("H. E. Mr. ..."), or with
    its last full stop left out before a courtesy title ("H.E Mr. ..."); ``j`` when there is none."""
    words = tokens.words
    for spaced in SPACED_STYLES.get(words[j], ()):
        end = j + len(spaced)
        if words[j:end] == spaced:
            return end
        if words[j : end - 1] == spaced[:-1] and end - 1 < len(words) and words[end - 1] in COURTESY:
            return end - 1
    return j


def is_honorific_start(tokens: Tokens, j: int) -> bool:
    """Whether an honorific starts at token ``j``: a word of ``HONORIFIC_STARTS``, or a style
    abbreviation written with spaces ("H. E.")."""
    return tokens.words[j] in HONORIFIC_STARTS or _spaced_style_end(tokens, j) > j


def honorifics_end(tokens: Tokens, i: int) -> int:
    """The index after the honorifics starting at ``i`` ("H.E. Mr.", "His Excellency"), or ``i``."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    j = i
    n = len(words)
    while j < n and j - i < 6:  # "His Excellency Dr." at most
        word = words[j]
        if word in STYLE_ABBREVIATIONS:
            j += 1
        elif word in SPACED_STYLES and _spaced_style_end(tokens, j) > j:
            j = _spaced_style_end(tokens, j)  # "H. E. Mr. Manuel Ortiz"
        elif word in RANKS and j > i:  # "H.E. General Prayut Chan-o-cha", "H.E. General (Ret.) Bambang Hartanto"
            j = after_rank(tokens, j)
        elif word in COURTESY:
            full_stop = j + 1 < n and words[j + 1] == "." and starts[j + 1] == ends[j]
            j += 2 if full_stop else 1
        elif word in THE and j + 1 < n and words[j + 1] in COURTESY:
            j += 1  # "Senator the Hon Penny Wong", "the Rt Hon"
        else:
            phrase = next(
                (phrase for phrase in STYLE_PHRASES.get(word, ()) if words[j : j + len(phrase)] == phrase),
                None,
            )
            if phrase is None:
                return j
            j += len(phrase)
    return j


def after_rank(tokens: Tokens, i: int) -> int:
    """The index after the rank at token ``i``, its full stop when it is abbreviated ("Gen."), the ranks
    right after it ("Pol. Lt. Col.") and the qualifier in parentheses written after them ("General
    (Ret.)", "Admiral (retd.)": ``[[rank_qualifier]]`` of people.toml), if any."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    j = i + 1
    while j < len(words):
        if words[j] == "." and starts[j] == ends[j - 1]:
            j += 1  # "Gen." written with its full stop
        elif words[j] in RANKS and j + 1 < len(words) and (words[j + 1] == "." or is_capitalised(words[j + 1])):
            j += 1  # "Pol. Lt. Col. Thaksin": another rank before the name
        else:
            break
    if j < len(words) and words[j] == "(":
        close = next((k for k in range(j + 1, min(len(words), j + 4)) if words[k] == ")"), None)
        if close is not None and "".join(words[j + 1 : close]).casefold().replace(".", "") in RANK_QUALIFIERS:
            return close + 1
    return j


def could_start(tokens: Tokens, i: int) -> bool:
    """Whether a mention can start at token ``i``: an honorific, an office, a country adjective,
    or "the" before one of them."""
    words = tokens.words
    word = words[i]
    if word in THE:
        return i + 1 < len(words) and (words[i + 1] in AFTER_THE or is_title_word(words[i + 1]))
    return opens(word) or word in RANKS


def opens(word: str) -> bool:
    """Whether a mention can start with ``word`` (not "the"): an honorific, an office, a country adjective."""
    return word in OPENING_WORDS or ("-" in word and is_capitalised_title_word(word))


def place_named_after(tokens: Tokens, end: int) -> int | None:
    """Where a place named after the person just read ends, when one is: the capitalised words
    right after the mention end in a building's word ("Queen Sirikit National Convention Center",
    "King Fahd Hall": ``[[venue_word]]`` of meeting.toml). None when they do not."""
    index = bisect.bisect_left(tokens.starts, end)
    at = end
    last = None
    while index < len(tokens) and tokens.starts[index] == at + 1 and tokens.text[at] == " ":
        word = tokens.words[index]
        if not word[:1].isupper():
            break
        last, at = word, tokens.ends[index]
        index += 1
    return at if last is not None and last in VENUE_WORDS else None
