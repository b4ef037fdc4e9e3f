"""Reading mentions of people: "Prime Minister Junichiro Koizumi", "H.E. Mr. Vladimir
Putin, President of the Russian Federation", "Russian Minister of Foreign Affairs Sergey
Lavrov", "Mr. SUGA Yoshihide, Prime Minister of Japan", "the Prime Minister".

A mention is read over the tokens of a text (``text.tokens``) by a small grammar:
an optional "the", honorifics, a country adjective, an office, "of <country>", a
personal name, and an office written after the name (", President of ..."). The
words are those of ``rules/people.toml`` (titles, honorifics, particles,
post-nominals) and ``rules/countries.toml`` (country names and adjectives).
"""

from __future__ import annotations

import functools
import re

import attrs

from mofa_parse.rules.countries import ABBREVIATIONS, DEMONYMS, known_country
from mofa_parse.rules.people import HEADS, HONORIFICS, MODIFIERS, PARTICLES, POST_NOMINALS, HonorificKind
from mofa_parse.text.surnames import split_surname
from mofa_parse.text.tokens import Token, bare, is_capitalised, is_possessive, tokenize, tokens_from, word_set

__all__ = ["Mention", "country_at", "find_mentions", "mention_at", "parse_mention"]


@attrs.frozen
class Mention:
    """One place in a text that names a person, or an office without a name.

    ``start``/``end`` are offsets into the text that was read. ``name`` is the
    name as written (without honorific); ``surname`` is None for a bare title
    ("the Prime Minister"). ``possessive`` marks "President Putin's".
    """

    start: int
    end: int
    name: str | None
    surname: str | None
    title: str | None
    country: str | None
    possessive: bool = False

    def with_country(self, country: str | None) -> Mention:
        """The same mention with another country."""
        return attrs.evolve(self, country=country)


# --------------------------------------------------------------------------- vocabulary

_THE = frozenset({"the", "The"})
_TITLE_WORDS = HEADS | MODIFIERS
_CONNECTORS = frozenset({"of", "for", "to", "and", "the", "on"})
_POSSESSIVE_ENDINGS = ("", "'s", "’s", "'", "’")

#: Every way a title word is written as a token: "Minister", "Minister's", "Ministers'".
_TITLE_FORMS = frozenset(word + ending for word in _TITLE_WORDS for ending in _POSSESSIVE_ENDINGS)
_HEAD_FORMS = frozenset(word + ending for word in HEADS for ending in _POSSESSIVE_ENDINGS)
#: Every way a country adjective is written as a token: "Russian", "Russian's".
_DEMONYM_FORMS = frozenset(word + ending for word in DEMONYMS for ending in _POSSESSIVE_ENDINGS)

#: "Mr", "Dr", "Sir": a courtesy title, with or without its full stop.
_COURTESY = frozenset(h.form for h in HONORIFICS if h.kind is HonorificKind.COURTESY)
#: "General", "Sheikh": a rank, read as an honorific after another ("H.E. General ...").
_RANKS = frozenset(h.form for h in HONORIFICS if h.kind is HonorificKind.RANK)
_STYLES = [h.form for h in HONORIFICS if h.kind is HonorificKind.STYLE]
#: "H.E.", "H.R.H.": a style written as one token.
_STYLE_ABBREVIATIONS = frozenset(form for form in _STYLES if "." in form)


def _style_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The styles written as words ("His Excellency", "the Honorable"), by their first word;
    a style starting with "the" may start a sentence ("The Honorable")."""
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for form in _STYLES:
        if "." in form:
            continue
        words = tuple(form.split())
        firsts = ("the", "The") if words[0] == "the" else (words[0],)
        for first in firsts:
            phrases[first] = (*phrases.get(first, ()), (first, *words[1:]))
    return phrases


_STYLE_PHRASES = _style_phrases()
#: Every word an honorific can start with.
_HONORIFIC_STARTS = _STYLE_ABBREVIATIONS | _RANKS | _COURTESY | frozenset(_STYLE_PHRASES)

_MONTHS_AND_DAYS = word_set(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
)
#: Capitalised words that never start or continue a personal name.
_NOT_NAMES = _MONTHS_AND_DAYS | word_set(
    """The This That These Those It He She They We On In At From For With And But After Before During
    While When Both Also Japan Japanese Government Summit Meeting Talks Talk Visit Courtesy Call
    Telephone Conference Leaders Leaders' Overview Summary Outline"""
)


def _is_title_word(word: str) -> bool:
    """A title word, possibly possessive, or title words joined by hyphens ("Vice-Foreign-Minister")."""
    if word in _TITLE_FORMS:
        return True
    parts = bare(word).split("-")
    return len(parts) > 1 and all(part in _TITLE_WORDS for part in parts)


def _is_head(word: str) -> bool:
    return word in _HEAD_FORMS or ("-" in word and any(part in HEADS for part in bare(word).split("-")))


def _is_capitalised_title_word(word: str) -> bool:
    return is_capitalised(word) and _is_title_word(word)


#: The words a mention can start with ("the" aside): every one starts with a capital.
_OPENING_WORDS = frozenset(
    word
    for word in _TITLE_FORMS | _COURTESY | _STYLE_ABBREVIATIONS | frozenset(_STYLE_PHRASES) | _DEMONYM_FORMS
    if is_capitalised(word)
)
#: The words after "the" that a mention starting with "the" goes on with (title words aside).
_AFTER_THE = (
    _DEMONYM_FORMS | frozenset(_STYLE_PHRASES) | frozenset(phrase[1] for phrase in _STYLE_PHRASES.get("the", ()))
)
#: A word starting with a capital, perhaps after "the" (even "the the"): where a mention may start when the
#: word is one ``_opens`` accepts (every word of ``_OPENING_WORDS`` starts with a letter A to Z).
_OPENING = re.compile(r"(?:(?:the|The)\s+)*(?P<word>[A-Z]\.(?:[A-Za-z]\.)+|[A-Z][\w'’-]*)")
#: Lower-case words a mention reads through ("Minister of State for ...", "Ursula von der Leyen"):
#: every other word starting with a lower-case letter ends whatever is being read at it.
_READ_THROUGH = _CONNECTORS | PARTICLES


# --------------------------------------------------------------------------- the parts of a mention


def _honorific_end(tokens: list[Token], i: int) -> int:
    """The index after the honorifics starting at ``i`` ("H.E. Mr.", "His Excellency"), or ``i``."""
    j = i
    n = len(tokens)
    while j < n and j - i < 6:  # "His Excellency Dr." at most
        word = tokens[j].text
        if word in _STYLE_ABBREVIATIONS or (word in _RANKS and j > i):  # "H.E. General Prayut Chan-o-cha"
            j += 1
        elif word in _COURTESY:
            full_stop = j + 1 < n and tokens[j + 1].text == "." and tokens[j + 1].start == tokens[j].end
            j += 2 if full_stop else 1
        else:
            phrase = next(
                (
                    phrase
                    for phrase in _STYLE_PHRASES.get(word, ())
                    if [token.text for token in tokens[j : j + len(phrase)]] == list(phrase)
                ),
                None,
            )
            if phrase is None:
                return j
            j += len(phrase)
    return j


def _could_start(tokens: list[Token], i: int) -> bool:
    """Whether a mention can start at token ``i``: an honorific, an office, a country adjective,
    or "the" before one of them."""
    word = tokens[i].text
    if word in _THE:
        return i + 1 < len(tokens) and (tokens[i + 1].text in _AFTER_THE or _is_title_word(tokens[i + 1].text))
    return _opens(word)


def _opens(word: str) -> bool:
    """Whether a mention can start with ``word`` (not "the"): an honorific, an office, a country adjective."""
    return word in _OPENING_WORDS or ("-" in word and _is_capitalised_title_word(word))


def country_at(tokens: list[Token], i: int, text: str) -> tuple[str, int] | None:
    """A country phrase starting at token ``i`` ("the Russian Federation", "India", "U.S."):
    the phrase as written without "the", and the index after it."""
    n = len(tokens)
    j = i + 1 if i < n and tokens[i].text in _THE else i
    if j >= n:
        return None
    first = tokens[j].text
    if first in ABBREVIATIONS:
        return first, j + 1
    if not is_capitalised(first):
        return None
    # The longest run of capitalised words and "of"/"the"/"and" that names a country.
    k = j
    limit = min(n, j + 10)
    while k < limit and (is_capitalised(tokens[k].text) or tokens[k].text in {"of", "the", "and"}):
        k += 1
    for end in range(k, j, -1):
        if not is_capitalised(tokens[end - 1].text):
            continue
        phrase = text[tokens[j].start : tokens[end - 1].end]
        if _country_phrase(phrase):
            return phrase, end
    return None


def _country_phrase(phrase: str) -> bool:
    # "State of the United States" is an office ("Secretary of State of ..."), not a country.
    return phrase.split()[:3] != ["State", "of", "the"] and known_country(phrase)


def _title_end(tokens: list[Token], i: int, text: str) -> int:
    """The index after the office starting at ``i`` ("Deputy Chief of the President's
    Administration"), or ``i`` when no office starts there. Stops before "of <country>"."""
    n = len(tokens)
    j = i
    last_good = i
    has_head = False
    while j < n:
        word = tokens[j].text
        if _is_capitalised_title_word(word) or word in _TITLE_FORMS:
            has_head = has_head or _is_head(word)
            j += 1
            last_good = j
            if is_possessive(word) and not (j < n and _is_capitalised_title_word(tokens[j].text)):
                break  # "the President's Administration" goes on; "President Putin's" does not
            continue
        if word in _CONNECTORS and j + 1 < n:
            if word == "of" and country_at(tokens, j + 1, text) is not None:
                break
            k = j + 1
            if tokens[k].text == "the" and k + 1 < n:
                k += 1
            if _is_capitalised_title_word(tokens[k].text):
                j = k
                continue
        break
    return last_good if has_head else i


def _name_end(tokens: list[Token], i: int) -> int:
    """The index after the personal name starting at ``i``, or ``i`` when none starts there."""
    n = len(tokens)
    j = i
    words = 0
    while j < n and j - i < 8:
        word = tokens[j].text
        if word in PARTICLES and j + 1 < n and is_capitalised(tokens[j + 1].text) and words:
            j += 1
            continue
        if not is_capitalised(word):
            break
        stem = bare(word)
        if not stem or stem in _NOT_NAMES or _is_title_word(word):
            break
        if word in _STYLE_ABBREVIATIONS or word in ABBREVIATIONS:
            break
        if len(stem) == 1 and j + 1 < n and tokens[j + 1].text == "." and tokens[j + 1].start == tokens[j].end:
            j += 2  # a middle initial: "George W. Bush"
            continue
        if stem in POST_NOMINALS and words:
            j += 2 if j + 1 < n and tokens[j + 1].text == "." else 1
            break
        if not any(char.isalpha() for char in stem):
            break
        j += 1
        words += 1
        if is_possessive(word):
            break
    # A name does not end on a particle or an initial.
    while j > i and (tokens[j - 1].text in PARTICLES or tokens[j - 1].text == "."):
        if tokens[j - 1].text == "." and j - 2 >= i and tokens[j - 2].text.rstrip(".") in POST_NOMINALS:
            break
        j -= 2 if tokens[j - 1].text == "." else 1
    return j if words else i


def _appositive_end(tokens: list[Token], i: int) -> int:
    """The index after an office written after a name (", Member of the Political Bureau
    ... and Minister of Foreign Affairs of the People's Republic of China")."""
    n = len(tokens)
    j = i + 1 if i < n and tokens[i].text in _THE else i
    start = j
    last_good = start
    has_head = False
    while j < n and j - start < 30:
        word = tokens[j].text
        if is_capitalised(word) and any(char.isalpha() for char in word) and word not in _MONTHS_AND_DAYS:
            if j == start and (word in _COURTESY or word in _STYLE_ABBREVIATIONS):
                return i
            has_head = has_head or _is_head(word)
            j += 1
            last_good = j
        elif word in _CONNECTORS or word in {"'s", "’s"} or (word == "(" and j > start):
            j += 1
        elif word == ")" and j > start:
            j += 1
            last_good = j
        else:
            break
    return last_good if has_head and last_good > start else i


def _split_office_country(tokens: list[Token], i: int, end: int, text: str) -> tuple[str, str | None]:
    """Split an office phrase at the first "of" whose remainder is a country."""
    start = i + 1 if tokens[i].text in _THE else i
    for k in range(start + 1, end):
        if tokens[k].text == "of":
            found = country_at(tokens, k + 1, text)
            if found is not None and found[1] == end:
                return text[tokens[start].start : tokens[k - 1].end], found[0]
    return text[tokens[start].start : tokens[end - 1].end], None


# --------------------------------------------------------------------------- mentions


def mention_at(tokens: list[Token], i: int, text: str) -> Mention | None:
    """Read one mention starting at token ``i`` of ``text``, or return None."""
    n = len(tokens)
    begin = i
    if tokens[i].text in _THE and i + 1 < n and is_capitalised(tokens[i + 1].text) and _honorific_end(tokens, i) == i:
        i += 1
    if tokens[i].text in _HONORIFIC_STARTS:
        honorific_end = _honorific_end(tokens, i)
        if i < honorific_end < n and _title_end(tokens, honorific_end, text) > honorific_end:
            i = honorific_end  # "His Majesty King Abdullah II", "H.E. President X"
    country: str | None = None
    if tokens[i].text in _DEMONYM_FORMS and i + 1 < n and _is_title_word(tokens[i + 1].text):
        country = DEMONYMS[bare(tokens[i].text)]
        i += 1
    title: str | None = None
    title_end = _title_end(tokens, i, text)
    j = title_end
    if title_end > i:
        title = bare(text[tokens[i].start : tokens[title_end - 1].end])
        if is_possessive(tokens[title_end - 1].text):  # "the Prime Minister's"
            return Mention(tokens[begin].start, tokens[title_end - 1].end, None, None, title, country, True)
        if j + 1 < n and tokens[j].text == "of":
            found = country_at(tokens, j + 1, text)
            if found is not None:
                country, j = found
                if j + 1 < n and tokens[j].text == "," and _honorific_end(tokens, j + 1) > j + 1:
                    j += 1  # "President of Peru, H.E. Mr. ..."
        name_start = _honorific_end(tokens, j) if j < n and tokens[j].text in _HONORIFIC_STARTS else j
    else:
        if country is not None:
            return None
        name_start = _honorific_end(tokens, i)
        if name_start == i:
            return None
    name_end = _name_end(tokens, name_start)
    if name_end == name_start:
        if title is None:
            return None
        end = tokens[j - 1].end if title_end < j else tokens[title_end - 1].end
        return Mention(tokens[begin].start, end, None, None, title, country, False)
    if name_end + 1 < n and tokens[name_end].text == "," and tokens[name_end + 1].text in POST_NOMINALS:
        name_end += 3 if name_end + 2 < n and tokens[name_end + 2].text == "." else 2  # "Joseph R. Biden, Jr."
    possessive = is_possessive(tokens[name_end - 1].text)
    name = text[tokens[name_start].start : tokens[name_end - 1].end]
    end_index = name_end
    if possessive:
        name = bare(name)
    elif country is None and name_end + 1 < n and tokens[name_end].text == "of":
        found = country_at(tokens, name_end + 1, text)
        if found is not None:
            country, end_index = found
    elif title is None and name_end + 1 < n and tokens[name_end].text == ",":
        office_end = _appositive_end(tokens, name_end + 1)
        if office_end > name_end + 1:
            title, office_country = _split_office_country(tokens, name_end + 1, office_end, text)
            country = country or office_country
            end_index = office_end
    surname = split_surname(name, country)
    return Mention(tokens[begin].start, tokens[end_index - 1].end, name, surname, title, country, possessive)


def find_mentions(text: str) -> list[Mention]:
    """Every mention of a person (or a bare office) in ``text``, in order, not overlapping.

    Only the words around the places where a mention may start (``_OPENING``: a title
    word, an honorific, a country adjective, perhaps after "the") are read: from there to
    the first word that ends any reading (see ``_window``). Most of a lead's words are
    never cut into tokens, and none twice: when a mention ends before the word that ended
    its window ("Deputy Cabinet Secretary Shinzo Abe and Deputy Minister ... Ryozo Kato
    from"), the next mention is read on the same tokens, which end at the same word.
    """
    found: list[Mention] = []
    window: list[Token] = []
    position = 0  # every mention starting before it has been read
    while (opening := _OPENING.search(text, position)) is not None:
        if not _opens(opening["word"]):
            position = opening.end()
            continue
        at = opening.start()
        if not window or at >= window[-1].end:
            # The tokens from a place no token straddles: after a space, or where the last reading stopped.
            window = _window(text, max(position, text.rfind(" ", position, at) + 1), at)
        k = next(index for index, token in enumerate(window) if token.end > at)
        if window[k].start == at and _could_start(window, k):
            mention = mention_at(window, k, text)
            if mention is not None:
                found.append(mention)
                position = mention.end
                continue
        position = window[k].end
    return found


def _window(text: str, start: int, at: int) -> list[Token]:
    """The tokens from offset ``start`` to the first word after offset ``at`` that starts
    with a lower-case letter and is not one of ``_READ_THROUGH`` ("met", "held", "stated"),
    that word included, or to the end of the text.

    A mention read at ``at`` reads no further: each reader stops at such a word, and each
    look at the token after one (``j + 1 < n``) comes with a test of that one (``== "of"``,
    ``== ","``) that such a word fails; so the mention is the one read on the whole text.
    """
    window: list[Token] = []
    for token in tokens_from(text, start):
        window.append(token)
        if token.end > at and token.text[:1].islower() and token.text not in _READ_THROUGH:
            break
    return window


# The speech pass reads a mention, then resolves the same text among the people; and the
# same mentions ("Prime Minister Kishida") come back in readout after readout.
@functools.lru_cache(maxsize=1024)
def parse_mention(text: str) -> Mention | None:
    """Read a whole mention such as "Foreign Minister Lavrov", "the Prime Minister" or "Putin".

    A lone name with no title or honorific is read as a name.
    """
    tokens = tokenize(text)
    if not tokens:
        return None
    mention = mention_at(tokens, 0, text)
    if mention is not None:
        return mention
    start = _honorific_end(tokens, 0)
    end = _name_end(tokens, start)
    if end == start:
        return None
    name = bare(text[tokens[start].start : tokens[end - 1].end])
    return Mention(tokens[0].start, tokens[end - 1].end, name, split_surname(name, None), None, None)
