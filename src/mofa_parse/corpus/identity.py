"""One person across documents: person ids built from a normalised name and the country.

A readout names the same human in many ways: "Mr. KISHIDA Fumio", "Fumio Kishida",
"Prime Minister Kishida". The corpus gives each human one id, the same in every
run and every corpus that holds the same full name and country:

* the **name key** of a full name is its words without honorifics ("Mr.", "H.E."),
  post-nominals ("MP", "Jr"), initials ("R."), diacritics ("Kōno" = "Kono"), capitals
  or order ("KISHIDA Fumio" = "Fumio Kishida"): the folded words, sorted;
* the **country** is the code ``country_code`` gives (``-`` when the readout names none).

The id of a full name is ``CODE:word-word`` (the sorted words of the key):
``JPN:fumio-kishida``, ``RUS:putin-vladimir``. What merges:

1. people whose name keys and countries agree are one person, whatever their titles
   and dates;
2. a full name without a country joins the one person of that name key who has a
   country, when there is exactly one;
3. a person named by surname alone ("Prime Minister Mori") joins the one full-named
   person of that surname and country (any country, when the readout names none) who
   held the same role in the corpus (titles compared as ``text.roles.role_key``
   compares them, "Minister for Foreign Affairs" = "Foreign Minister"); with no
   such person, or with two, the surname keeps an id of its own with its role:
   ``JPN:mori/prime-minister``.

So two people of one surname and one country stay apart unless their full names
agree, and a surname alone never joins someone who held another office. Rule 3
reads the corpus: the id of a surname alone can change when the corpus gains the
full name; the id of a full name never does.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from collections.abc import Iterable

import attrs

from mofa_parse.corpus.countries import country_code
from mofa_parse.model import Person
from mofa_parse.rules.people import HONORIFICS, POST_NOMINALS
from mofa_parse.text.roles import role_key
from mofa_parse.text.tokens import fold

__all__ = ["Sighting", "fold", "name_key", "person_ids"]

_WORD = re.compile(r"[^\W\d_]+")
_POST_NOMINALS = frozenset(word.casefold() for word in POST_NOMINALS)
#: Honorifics as folded word sequences, the longest first ("his royal highness" before "his").
_HONORIFICS = sorted(
    {tuple(_WORD.findall(honorific.form.casefold())) for honorific in HONORIFICS}, key=len, reverse=True
)
#: Where no country is known, this stands in the id.
NO_COUNTRY = "-"


def name_key(name: str) -> tuple[str, ...]:
    """The words of a personal name, folded and sorted, without honorifics, post-nominals or initials.

    >>> name_key("Mr. KISHIDA Fumio") == name_key("Fumio Kishida")
    True
    >>> name_key("H.E. Mr. Taro Kōno, MP")
    ('kono', 'taro')
    """
    words = [word for word in re.split(r"[\s,]+", name) if word]
    # an initial ("R.") is one letter and a full stop: never part of the key
    words = [word for word in words if not (len(word) == 2 and word.endswith(".") and word[0].isalpha())]
    folded: list[str] = _WORD.findall(fold(" ".join(words)))
    stripped = True
    while stripped:
        stripped = False
        for honorific in _HONORIFICS:
            if honorific and tuple(folded[: len(honorific)]) == honorific and len(folded) > len(honorific):
                folded = folded[len(honorific) :]
                stripped = True
                break
    return tuple(sorted(word for word in folded if word not in _POST_NOMINALS))


@attrs.frozen
class Sighting:
    """One person as one document names them, with the document's date."""

    document: str
    person: Person
    date: _dt.date | None


def _role(person: Person) -> str | None:
    return None if person.title is None else role_key(person.title)


def _slug(words: Iterable[str]) -> str:
    return "-".join(words)


def _full_id(code: str | None, key: tuple[str, ...]) -> str:
    return f"{code or NO_COUNTRY}:{_slug(key)}"


def _surname_id(code: str | None, surname: tuple[str, ...], role: str | None) -> str:
    base = f"{code or NO_COUNTRY}:{_slug(surname)}"
    return base if role is None else f"{base}/{_slug(role.split())}"


def _is_full(person: Person) -> bool:
    return person.name is not None and bool(name_key(person.name))


def person_ids(sightings: Iterable[Sighting]) -> dict[tuple[str, Person], str]:
    """The id of each (document, person) of ``sightings``, by the rules of this module."""
    seen = list(sightings)
    ids: dict[tuple[str, Person], str] = {}
    # Rule 1: full names with a country.
    codes_of_key: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for sighting in seen:
        person = sighting.person
        code = country_code(person.country)
        if _is_full(person) and code is not None:
            assert person.name is not None
            key = name_key(person.name)
            codes_of_key[key].add(code)
            ids[(sighting.document, person)] = _full_id(code, key)
    # Rule 2: full names without one.
    for sighting in seen:
        person = sighting.person
        if _is_full(person) and country_code(person.country) is None:
            assert person.name is not None
            key = name_key(person.name)
            codes = codes_of_key.get(key, set())
            ids[(sighting.document, person)] = _full_id(next(iter(codes)) if len(codes) == 1 else None, key)
    # The full-named people by surname, with their countries and roles.
    roles: dict[str, set[str | None]] = defaultdict(set)
    by_surname: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for (_, person), person_id in ids.items():
        roles[person_id].add(_role(person))
        by_surname[name_key(person.surname)].add(person_id)
    # Rule 3: surnames alone.
    for sighting in seen:
        person = sighting.person
        if (sighting.document, person) in ids:
            continue
        code = country_code(person.country)
        surname = name_key(person.surname) or (fold(person.surname),)
        role = _role(person)
        candidates = [
            person_id
            for person_id in sorted(by_surname.get(surname, ()))
            if (code is None or person_id.startswith(code + ":")) and (role is None or role in roles[person_id])
        ]
        ids[(sighting.document, person)] = candidates[0] if len(candidates) == 1 else _surname_id(code, surname, role)
    return ids
