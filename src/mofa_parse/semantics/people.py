"""Resolve a mention ("President Putin", "the Prime Minister", "Foreign Minister Lavrov")
to one of the people a document names.

The meeting pass builds ``Document.people``; this module answers which of them
a later mention means, so that every mention of one person yields the same
``Person`` object.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mofa_parse.model import Person
from mofa_parse.rules.countries import GIVEN_NAME_COUNTRIES, same_country
from mofa_parse.rules.people import GENERATIONAL_SUFFIXES
from mofa_parse.text.mentions import parse_mention
from mofa_parse.text.roles import role_key
from mofa_parse.text.surnames import surname_key

__all__ = ["resolve"]


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


#: "Jr", "III": two names of one person may differ by one.
_NAME_SUFFIXES = GENERATIONAL_SUFFIXES


def _last_word(text: str) -> str:
    words = _fold(text).replace(",", " ").split()
    words = [w for w in words if w.rstrip(".") not in _NAME_SUFFIXES]
    return words[-1] if words else ""


def _surname_first(person: Person) -> bool:
    if person.name is None:
        return False
    words = _fold(person.name).split()
    return len(words) > 1 and words[0] == _fold(person.surname)


def _called_by_given_name(person: Person) -> bool:
    """Thai and Indonesian leaders are referred to by their first name (``[[given_name]]`` in countries.toml)."""
    return person.country is not None and _fold(person.country).removeprefix("the ") in GIVEN_NAME_COUNTRIES


def _names_match(person: Person, name: str) -> bool:
    """Whether the name part of a mention names ``person``.

    "Putin", "Vladimir Putin" and "Vladimir Vladimirovich Putin" all name the
    person with surname Putin, and so do the first words of a long name ("Mohammed bin
    Salman" of "Mohammed bin Salman bin Abdulaziz Al Saud") and its last words ("Vargas Llosa" of
    "Tomás Vargas Llosa"); for a surname-first name ("Nguyen Tan Dung",
    "SUGA Yoshihide") the first word, and the last given name that later
    mentions use ("Prime Minister Dung"), name the person too; so does a hyphenated surname
    written without its hyphen ("Brook Marsden" for Brook-Marsden).
    """
    key = _fold(name)
    if person.name is not None and _fold(person.name) == key:
        return True
    words = key.split()
    if not words:
        return False
    if surname_key(_last_word(name)) == surname_key(_last_word(person.surname)):
        return True  # "President El-Masry" for Al-Masry too
    unhyphenated = _fold(person.surname).replace("-", " ")
    if " " in unhyphenated and (key == unhyphenated or key.endswith(" " + unhyphenated)):
        return True  # "Ambassador Brook Marsden", its hyphen dropped, for Brook-Marsden
    if person.name is not None and len(words) > 1 and _fold(person.name).startswith(key + " "):
        return True  # "Crown Prince Mohammed bin Salman" for Mohammed bin Salman bin Abdulaziz Al Saud
    if person.name is not None and len(words) > 1 and _fold(person.name).endswith(" " + key):
        return True  # "Minister Vargas Llosa", both surnames, for Tomás Vargas Llosa
    if person.name is not None and _called_by_given_name(person) and words[0] == _fold(person.name).split()[0]:
        return True  # "Prime Minister Prayut" for Prayut Chan-o-cha
    if _surname_first(person) and person.name is not None:
        surname = _fold(person.surname)
        return words[0] == surname or (len(words) == 1 and words[0] == _last_word(person.name))
    if person.name is not None and len(words) == 1:
        written = _fold(person.name).replace(",", " ").split()
        return surname_key(words[0]) in {surname_key(word) for word in written}  # "President Megawati"
    return False


def _title_matches(person: Person, title: str) -> bool:
    """Whether an office as mentioned fits ``person``'s title.

    Equal roles match ("Foreign Minister" and "Minister for Foreign Affairs"); one
    of several offices joined by "and" matches; a single head word matches a title
    that starts with it ("the Minister", "the Secretary").
    """
    if person.title is None:
        return False
    wanted = role_key(title)
    offices = [role_key(part) for part in person.title.split(" and ")]
    if wanted == role_key(person.title) or wanted in offices:
        return True
    if " " not in wanted:
        return any(office.split()[0] == wanted for office in offices if office)
    return False


def _country_matches(person: Person, country: str) -> bool:
    return same_country(person.country, country)


def _unique(candidates: list[Person]) -> Person | None:
    distinct: list[Person] = []
    for person in candidates:
        if not any(person is other for other in distinct):
            distinct.append(person)
    return distinct[0] if len(distinct) == 1 else None


def _narrow(candidates: list[Person], test: Callable[[Person], bool]) -> list[Person]:
    """Keep the candidates that pass ``test``, unless none does."""
    kept = [p for p in candidates if test(p)]
    return kept or candidates


def resolve(people: Sequence[Person], mention: str) -> Person | None:
    """The person ``mention`` names, or None when it names none of ``people`` or is ambiguous.

    The mention is read like a name in the text: an optional "the", a country
    adjective ("Russian"), an office, an honorific and a name, in any usual
    combination, with a possessive "'s" ignored. A mention with a name matches
    by name (full name, surname, or the given name later mentions use for
    surname-first names) and the office and country only narrow ties; a bare
    office ("the Prime Minister") matches by office, narrowed by the country.
    """
    if not isinstance(mention, str) or not mention.strip():
        return None
    read = parse_mention(mention.strip())
    if read is None:
        return None
    title, country = read.title, read.country
    if read.name is not None:
        name = read.name
        candidates = [p for p in people if _names_match(p, name)]
        if len(candidates) > 1:
            candidates = _narrow(candidates, lambda p: p.name is not None and _fold(p.name) == _fold(name))
        if len(candidates) > 1 and title is not None:
            candidates = _narrow(candidates, lambda p: _title_matches(p, title))
        if len(candidates) > 1 and country is not None:
            candidates = _narrow(candidates, lambda p: _country_matches(p, country))
        return _unique(candidates)
    if title is None:
        return None
    candidates = [p for p in people if _title_matches(p, title)]
    if country is not None:
        candidates = [p for p in candidates if _country_matches(p, country)]
    return _unique(candidates)
