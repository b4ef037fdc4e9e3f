"""The surname in a personal name: the word that later "title + name" mentions use.

"SUGA Yoshihide" → "Suga" (a word in capitals among mixed-case words: the MOFA
style from 2020), "Hu Jintao" → "Hu" (surname first for Chinese, Korean and
Vietnamese names), "Pedro Castillo Terrones" → "Castillo" (the first of two surnames, for
Spanish-speaking countries; "José María Aznar" → "Aznar"), "Kamikawa Yoko" → "Kamikawa"
(a Japanese name in mixed case, told by the endings of its words), "Ursula von der Leyen" →
"von der Leyen" (the last word, with its particles; "Pieter Van den Broeck" → "Van den Broeck").
"""

from __future__ import annotations

import functools

from mofa_parse.rules.countries import (
    DOUBLE_SURNAME_COUNTRIES,
    ENDING_ORDER_COUNTRIES,
    MIXED_ORDER_COUNTRIES,
    SURNAME_FIRST_COUNTRIES,
    WHOLE_NAME_COUNTRIES,
    country_in,
    straight_apostrophes,
)
from mofa_parse.rules.people import (
    GENERATIONAL_SUFFIXES,
    GIVEN_NAME_PAIRS,
    JAPANESE_GIVEN_ENDINGS,
    JAPANESE_SURNAME_ENDINGS,
    NAME_ARTICLES,
    PARTICLES,
    POST_NOMINALS,
    SURNAME_FIRST_HINTS,
)

__all__ = ["split_surname", "surname_key", "without_article"]

#: Surnames that, with no country to say otherwise, mark a surname-first name.
_SURNAME_FIRST_HINTS = SURNAME_FIRST_HINTS


def without_article(word: str) -> str:
    """A word of a name without the Arabic article joined to it by a hyphen ("Masry" of "Al-Masry",
    of "El-Masry" and of "Ash-Masry": ``[[name_article]]`` of people.toml), else the word."""
    article, hyphen, rest = word.partition("-")
    return rest if hyphen and rest and article.casefold() in NAME_ARTICLES else word


@functools.lru_cache(maxsize=4096)
def surname_key(surname: str) -> str:
    """A surname as two ways of writing it compare: in lower case, each word without the article
    joined to it ("Al-Masry", "El-Masry" and "Masry" give "masry"). The same few surnames are
    compared again and again within a document, so the keys are remembered."""
    return " ".join(without_article(word) for word in surname.split()).casefold()


def _country_key(country: str) -> str:
    return straight_apostrophes(country).casefold().removeprefix("the ")


def _ending(word: str, endings: frozenset[str]) -> int:
    """The length of the longest of ``endings`` that ``word`` ends with (0 for none)."""
    folded = word.casefold()
    return max((len(folded) - k for k in range(1, len(folded)) if folded[k:] in endings), default=0)


def _ends_as_surname_then_given(first: str, second: str) -> bool:
    """Whether a two-word Japanese name in mixed case is written surname first: its first word ends
    as a surname more than as a given name ("Kamikawa"), its second as a given name more than as a
    surname ("Yoko")."""
    return _ending(first, JAPANESE_SURNAME_ENDINGS) > _ending(first, JAPANESE_GIVEN_ENDINGS) and _ending(
        second, JAPANESE_GIVEN_ENDINGS
    ) > _ending(second, JAPANESE_SURNAME_ENDINGS)


def _first_of_two_surnames(core: list[str], country: str | None) -> str | None:
    """The first of the two surnames of a Spanish name ("Castillo" of "Pedro Castillo Terrones", "López"
    of "Andrés Manuel López Obrador"), for a country of ``[[double_surname]]`` in countries.toml: the
    word before the last of a name of three words or more, all capitalised; None when the words before
    the last are a pair of given names (``[[given_name_pair]]``: "José María Aznar") or the name is not
    such a name."""
    if country is None or len(core) < 3 or not country_in(country, DOUBLE_SURNAME_COUNTRIES):
        return None
    if any(not word[:1].isupper() for word in core) or " ".join(core[:-1]).casefold() in GIVEN_NAME_PAIRS:
        return None
    return core[-2]


def split_surname(name: str, country: str | None) -> str:
    """The surname in ``name`` as later mentions use it.

    A name of one word is the surname, written in capitals ("President ERDOGAN") as a
    name ("Erdogan"); a word in capitals among mixed-case words is the surname; names of the
    surname-first countries of ``rules/countries.toml`` put it first (for the
    mixed-order countries, and when the country is unknown, only when the first
    word is a known surname-first surname; for the ending-order countries, Japan,
    when the first word ends as a surname and the second as a given name); names of the double-surname
    countries give the first of their two surnames; otherwise the last word, with the
    particles before it, is the surname. Initials and post-nominals are skipped.
    """
    if name.isalpha():  # one word: the surname, "ERDOGAN" as "Erdogan" (capitals mark a surname)
        return name.capitalize() if len(name) > 1 and name.isupper() else name
    words = name.replace(",", " ").replace(".", ". ").split()
    core = [w for w in words if not (len(w) == 2 and w.endswith(".")) and w.rstrip(".") not in POST_NOMINALS]
    if not core:
        core = words or [name]
    numbered = next((k for k, w in enumerate(words[1:-1], 1) if w.casefold() in GENERATIONAL_SUFFIXES), None)
    if numbered is not None:
        return words[numbered - 1]  # "Abdullah II ibn Al Hussein": the name the number follows
    if country is not None and country_in(country, WHOLE_NAME_COUNTRIES):
        return " ".join(core)  # "Khin Mar Aye": no surname, the whole name
    capitals = [w for w in core if len(w) > 1 and w.isupper() and w.isalpha()]
    if capitals and len(capitals) < len(core):
        return capitals[0].capitalize()
    surname_first = country is not None and _country_key(country) in SURNAME_FIRST_COUNTRIES
    if country is not None and _country_key(country) in ENDING_ORDER_COUNTRIES and len(core) == 2:
        surname_first = _ends_as_surname_then_given(*core)
    mixed = country is None or _country_key(country) in MIXED_ORDER_COUNTRIES
    if mixed and len(core) in (2, 3) and core[0] in _SURNAME_FIRST_HINTS:
        surname_first = True
    if surname_first and len(core) > 1:
        return core[0]
    first_of_two = _first_of_two_surnames(core, country)
    if first_of_two is not None:
        return first_of_two
    surname = [core[-1]]
    index = len(core) - 2
    while index >= 0 and core[index] in PARTICLES:
        surname.insert(0, core[index])
        index -= 1
    if index >= 0 and len(surname) > 1 and core[index].casefold() in PARTICLES:
        surname.insert(0, core[index])  # "Van den Broeck": a capital particle before a small one
    return " ".join(surname)
