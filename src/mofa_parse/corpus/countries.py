"""A country as a code: ISO 3166-1 alpha-3, or the code of an organisation.

Readouts name a country in many ways: "Russia" and "Russian Federation", "ROK" and
"Republic of Korea", "U.S." and "United States of America". ``country_code``
reads each to one code, in this order:

1. a leading "the" goes, and an abbreviation or a demonym of ``rules/countries.toml``
   ("ROK", "U.S.", "UK", "Korean") is read as the short name it stands for;
2. ``rules/country_codes.toml``: MOFA's names pycountry does not know, and the
   organisations (European Union ``XEU``, ASEAN ``XAS``, United Nations ``XUN``);
3. pycountry, by name, official name, common name or code ("Viet Nam",
   "Federative Republic of Brazil");
4. a formal name whose core is a name of 2 or 3 ("Kingdom of Cambodia",
   "Republic of the Philippines").

A name none of these reads has no code (None): it is never guessed.
"""

from __future__ import annotations

import functools
import importlib
from typing import Any

from mofa_parse.rules.countries import ABBREVIATIONS, DEMONYMS, FORMAL_WORDS, straight_apostrophes
from mofa_parse.rules.country_codes import CODES, CodeKind

__all__ = ["country_code", "is_organisation"]


def _pycountry() -> Any:
    """pycountry's country database, imported on first use (it costs a tenth of a second)."""
    return importlib.import_module("pycountry").countries


def _looked_up(name: str) -> str | None:
    entry = CODES.get(name.casefold())
    if entry is not None:
        return entry.code
    try:
        found = _pycountry().lookup(name)
    except LookupError:
        return None
    code: str = found.alpha_3
    return code


def _core(name: str) -> str | None:
    """The short name inside a formal one: "Kingdom of Cambodia" → "Cambodia"; None if not formal."""
    words = name.split()
    index = 0
    while index < len(words) and words[index] in FORMAL_WORDS:
        index += 1
    rest = words[index:]
    if rest[:1] == ["of"]:
        rest = rest[1:]
    if rest[:1] == ["the"]:
        rest = rest[1:]
    return " ".join(rest) if index and rest else None


@functools.lru_cache(maxsize=4096)
def country_code(name: str | None) -> str | None:
    """The code of the country (or organisation) ``name`` writes, or None.

    >>> country_code("Russian Federation"), country_code("Russia"), country_code("ROK")
    ('RUS', 'RUS', 'KOR')
    >>> country_code("the European Union"), country_code("Atlantis")
    ('XEU', None)
    """
    if name is None:
        return None
    text = " ".join(straight_apostrophes(name).split())
    if text[:4].casefold() == "the ":
        text = text[4:]
    if not text:
        return None
    text = ABBREVIATIONS.get(text) or DEMONYMS.get(text) or text
    code = _looked_up(text)
    if code is None:
        core = _core(text)
        if core is not None:
            code = _looked_up(ABBREVIATIONS.get(core, core))
    return code


def is_organisation(code: str | None) -> bool:
    """Whether ``code`` is one of the organisations' codes (not a country's)."""
    return code is not None and any(
        entry.code == code and entry.kind is CodeKind.ORGANISATION for entry in CODES.values()
    )
