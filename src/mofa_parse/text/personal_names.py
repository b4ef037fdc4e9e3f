"""The personal name inside a mention: where it starts and ends, read over the tokens of a sentence
(``text.reading.Tokens``) with the words of ``rules/people.toml``.

A name runs over capitalised words and the particles between them ("Ursula von der Leyen",
"Mohammed bin Salman"), stops before a verb, a title word that is no given name, a month used as a
date or the post-nominals after it ("Tony Abbott MP"); ``text.mentions`` reads the title, the
country and the office around it, and the offices.
"""

from __future__ import annotations

from mofa_parse.rules.countries import ABBREVIATIONS
from mofa_parse.rules.people import (
    GIVEN_NAME_TITLES,
    HEADS,
    MODIFIERS,
    MONTHS,
    PARTICLES,
    POST_NOMINALS,
    REGNAL_PARTICLES,
)
from mofa_parse.text.office_countries import is_name_word
from mofa_parse.text.reading import Tokens
from mofa_parse.text.tokens import bare, is_capitalised, is_possessive
from mofa_parse.text.vocabulary import (
    COURTESY,
    GENERATIONAL,
    HONOURS,
    NOT_NAME_WORDS,
    RANKS,
    STARTS,
    STYLE_ABBREVIATIONS,
    is_title_word,
)

__all__ = [
    "end_of_name",
    "follows_courtesy",
    "given_name_after_courtesy",
    "given_name_after_title",
    "name_in_commas",
    "name_then_stop",
    "particle_then_name",
    "rank_after_title",
    "verb_after",
    "without_post_nominals",
]


def given_name_after_title(tokens: Tokens, j: int) -> bool:
    """Whether the word at ``j``, after a title word, is a given name ("Sultan" of "Prince Sultan bin
    Nasser" and of "Crown Prince Sultan stated"): a title word that is also a given name
    (``[[given_name_title]]`` of people.toml), after a head that modifies nothing and so ends the
    office ("Prince", not "Crown"), before a particle or no other word of a name; before one
    ("Foreign Minister Prince Khalid") it is the office."""
    words = tokens.words
    previous, word = words[j - 1], words[j]
    if word not in GIVEN_NAME_TITLES or previous not in HEADS or previous in MODIFIERS:
        return False
    after = words[j + 1] if j + 1 < len(words) else ""
    return after.casefold() in PARTICLES or not is_name_word(after) or after in NOT_NAME_WORDS


def rank_after_title(previous: str, word: str) -> bool:
    """Whether ``word`` is a rank that opens a name after the title word ``previous`` ("Sheikh" of "Emir
    Sheikh Tamim"): a rank that is no modifier of an office ("General" of "Secretary General" is one),
    after a head that modifies nothing."""
    return word in RANKS and word not in MODIFIERS and previous in HEADS and previous not in MODIFIERS


def given_name_after_courtesy(tokens: Tokens, i: int) -> bool:
    """Whether the word at ``i``, after honorifics, is a given name that is also a title word and
    follows a courtesy title ("Mr. Sultan Al Mansouri"; "H.E. Sultan ..." is the office)."""
    words = tokens.words
    if i == 0 or words[i] not in GIVEN_NAME_TITLES:
        return False
    last = words[i - 2] if words[i - 1] == "." and i > 1 else words[i - 1]
    return last in COURTESY


_MONTH_NAMES = frozenset(MONTHS)


def _month_as_surname(tokens: Tokens, j: int, count: int) -> bool:
    """Whether the month's name at ``j`` is a surname: after a given name or a title word, and
    ending the name ("Prime Minister Theresa May MP", "Prime Minister May stated"; not "in May
    2017", "on May 14")."""
    words = tokens.words
    if words[j] not in _MONTH_NAMES or not (count or (j > 0 and is_title_word(words[j - 1]))):
        return False
    after = words[j + 1] if j + 1 < len(words) else ""
    return not after[:1].isdigit() and (not is_capitalised(after) or bare(after) in POST_NOMINALS)


def end_of_name(tokens: Tokens, i: int) -> int:
    """The index after the personal name starting at ``i``, or ``i`` when none starts there. After a
    courtesy title the first word is a name even when it is a word that never is one elsewhere ("Mr.
    He Lifeng", not the pronoun)."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    after_courtesy = follows_courtesy(tokens, i)
    n = len(words)
    j = i
    count = 0
    while j < n and j - i < 8:
        word = words[j]
        if word in PARTICLES and (count or j == i):
            after = j + 1
            while after < n and words[after] in PARTICLES:
                after += 1  # "Ursula von der Leyen": particles one after another
            if after < n and is_capitalised(words[after]):
                j = after  # "Charles de Gaulle", and "de Villepin" after a title
                continue
        if not is_capitalised(word):
            break
        stem = bare(word)
        given_title = j == i and stem in GIVEN_NAME_TITLES  # "Sultan" of "Prince Sultan bin Nasser"
        month_surname = _month_as_surname(tokens, j, count)
        not_name = stem in NOT_NAME_WORDS and not month_surname and not (j == i and after_courtesy)
        if not stem or not_name or (is_title_word(word) and not given_title):
            break
        if word in STYLE_ABBREVIATIONS or word in ABBREVIATIONS:
            break
        if len(stem) == 1 and j + 1 < n and words[j + 1] == "." and starts[j + 1] == ends[j]:
            j += 2  # a middle initial: "George W. Bush"
            continue
        if stem in GENERATIONAL and count and particle_then_name(tokens, j + 1):
            j += 1  # "Abdullah II ibn Al Hussein": the name goes on after the number
            continue
        if stem in POST_NOMINALS and count:
            while j < n and bare(words[j]).rstrip(".") in POST_NOMINALS:  # "Keir Starmer KCB KC MP"
                j += 2 if j + 1 < n and words[j + 1] == "." else 1
            break
        if not any(char.isalpha() for char in stem):
            break
        j += 1
        count += 1
        if is_possessive(word):
            break
    # A name does not end on a particle or an initial.
    while j > i and (words[j - 1] in PARTICLES or words[j - 1] == "."):
        if words[j - 1] == "." and j - 2 >= i and words[j - 2].rstrip(".") in POST_NOMINALS:
            break
        j -= 2 if words[j - 1] == "." else 1
    return j if count else i


def follows_courtesy(tokens: Tokens, i: int) -> bool:
    """Whether a courtesy title stands right before token ``i`` ("Mr." or "Mr" before it)."""
    words = tokens.words
    last = words[i - 2] if i > 1 and words[i - 1] == "." else words[i - 1] if i > 0 else ""
    return last in COURTESY


def particle_then_name(tokens: Tokens, i: int) -> bool:
    """Whether a particle and a capitalised word stand at token ``i``, after a regnal number ("ibn Al
    Hussein", and with the capital of ``[[regnal_particle]]``: "Ibn Al Hussein")."""
    words = tokens.words
    particle = i < len(words) and (words[i] in PARTICLES or words[i] in REGNAL_PARTICLES)
    return particle and i + 1 < len(words) and is_capitalised(words[i + 1])


#: Small words after a capitalised word that go on with a name of a thing, not a verb of a person.
_NOT_VERBS = frozenset({"and", "of", "or", "for", "in", "on", "to", "the"})


def verb_after(tokens: Tokens, i: int) -> bool:
    """Whether the word at token ``i`` can be a verb after a subject: a word in small letters, not one of
    the small words that go on with the name of a thing ("General Motors and", "General Council of")."""
    words = tokens.words
    return i < len(words) and words[i][:1].islower() and words[i] not in _NOT_VERBS


def name_in_commas(tokens: Tokens, i: int) -> bool:
    """Whether a full name set in commas after an office starts at ``i`` ("Minister for Foreign Affairs,
    Kenji Aoki, had a meeting with ..."): two words of a name at least, none of them a word that opens a
    mention, and a comma after them."""
    words = tokens.words
    name_end = end_of_name(tokens, i)
    if name_end - i < 2 or name_end >= len(words) or words[name_end] != ",":
        return False
    return not any(word in STARTS for word in words[i:name_end])


def without_post_nominals(tokens: Tokens, start: int, end: int) -> int:
    """The end of a name without the post-nominals after it ("Tony Abbott MP", "Malcolm
    Turnbull, MP"); generational suffixes ("Jr.", "III") are part of the name."""
    words = tokens.words
    j = end
    while j - 1 > start and (words[j - 1] in {",", "."} or words[j - 1] in HONOURS):
        j -= 1
    if j < end and words[j] == "." and words[j - 1] in GENERATIONAL:
        j += 1  # "Marcos Jr."
    return j


def name_then_stop(tokens: Tokens, i: int) -> bool:
    """Whether a name starts at ``i`` and ends before anything but a title word ("Nuland" before ",
    among others", "Rice" of "Ambassador Rice to the United Nations"; not "Operating" of "Chief
    Operating Officer of ...", which goes on with the office)."""
    end = end_of_name(tokens, i)
    return end > i and (end == len(tokens.words) or not is_title_word(tokens.words[end]))
