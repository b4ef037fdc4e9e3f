"""The surname in a personal name: the word that later "title + name" mentions use.

"SUGA Yoshihide" → "Suga" (a word in capitals among mixed-case words: the MOFA
style from 2020), "Hu Jintao" → "Hu" (surname first for Chinese, Korean and
Vietnamese names), "Ursula von der Leyen" → "von der Leyen" (the last word, with
its particles).
"""

from __future__ import annotations

from mofa_parse.rules.countries import MIXED_ORDER_COUNTRIES, SURNAME_FIRST_COUNTRIES
from mofa_parse.rules.people import PARTICLES, POST_NOMINALS, SURNAME_FIRST_HINTS

__all__ = ["split_surname"]

#: Surnames that, with no country to say otherwise, mark a surname-first name.
_SURNAME_FIRST_HINTS = SURNAME_FIRST_HINTS


def _country_key(country: str) -> str:
    return country.casefold().removeprefix("the ")


def split_surname(name: str, country: str | None) -> str:
    """The surname in ``name`` as later mentions use it.

    A word in capitals among mixed-case words is the surname; names of the
    surname-first countries of ``rules/countries.toml`` put it first (for the
    mixed-order countries, and when the country is unknown, only when the first
    word is a known surname-first surname); otherwise the last word, with the
    particles before it, is the surname. Initials and post-nominals are skipped.
    """
    if name.isalpha():  # one word: the surname
        return name
    words = name.replace(",", " ").replace(".", ". ").split()
    core = [w for w in words if not (len(w) == 2 and w.endswith(".")) and w.rstrip(".") not in POST_NOMINALS]
    if not core:
        core = words or [name]
    capitals = [w for w in core if len(w) > 1 and w.isupper() and w.isalpha()]
    if capitals and len(capitals) < len(core):
        return capitals[0].capitalize()
    surname_first = country is not None and _country_key(country) in SURNAME_FIRST_COUNTRIES
    mixed = country is None or _country_key(country) in MIXED_ORDER_COUNTRIES
    if mixed and len(core) in (2, 3) and core[0] in _SURNAME_FIRST_HINTS:
        surname_first = True
    if surname_first and len(core) > 1:
        return core[0]
    surname = [core[-1]]
    index = len(core) - 2
    while index >= 0 and core[index] in PARTICLES:
        surname.insert(0, core[index])
        index -= 1
    return " ".join(surname)
