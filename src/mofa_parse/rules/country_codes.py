"""Country codes as data, read from ``country_codes.toml``.

``[[country]]`` gives the ISO 3166-1 alpha-3 code of a name MOFA writes that
pycountry does not read by itself ("Republic of Korea", "Russia", "Lao PDR");
``[[organisation]]`` the codes of the organisations readouts name where a country
would stand (the European Union, ASEAN, the United Nations); ``[[other]]`` the codes
of places ISO 3166-1 does not list (Kosovo). Organisations and other places take
their codes from the range ISO 3166-1 leaves to its users (XAA to XZZ), so that
none of them can be read as a country.
"""

from __future__ import annotations

import enum
import re

import attrs

from mofa_parse.rules.load import Entries, RulesError, TableShape, load, parse_rules

__all__ = ["CODES", "CodeKind", "NamedCode", "read_codes"]


class CodeKind(enum.Enum):
    """What a code stands for: a country (ISO 3166-1), an organisation, another place."""

    COUNTRY = "country"
    ORGANISATION = "organisation"
    OTHER = "other"


@attrs.frozen
class NamedCode:
    """One name as MOFA writes it, and the code it stands for."""

    name: str
    code: str
    kind: CodeKind


_ENTRY = TableShape({"name": str, "code": str}, unique=("name",))
_SHAPES = {kind.value: _ENTRY for kind in CodeKind}
_CODE = re.compile(r"[A-Z]{3}")
_FILE = "rules/country_codes.toml"


def _read(tables: dict[str, Entries]) -> dict[str, NamedCode]:
    """The entries by name in lower case; checks the codes' form and that no name is listed twice."""
    found: dict[str, NamedCode] = {}
    for kind in CodeKind:
        for entry in tables[kind.value]:
            named = NamedCode(entry["name"], entry["code"], kind)
            where = f"{_FILE}: [[{kind.value}]] {named.name!r}"
            if not _CODE.fullmatch(named.code):
                raise RulesError(f"{where}: code {named.code!r} is not three capital letters")
            if (kind is CodeKind.COUNTRY) == named.code.startswith("X"):
                wanted = "must not start" if kind is CodeKind.COUNTRY else "must start"
                raise RulesError(f"{where}: code {named.code!r} {wanted} with X (the range left to users)")
            key = named.name.casefold()
            if key in found:
                raise RulesError(f"{where}: also listed as [[{found[key].kind.value}]]")
            found[key] = named
    return found


def read_codes(text: str) -> dict[str, NamedCode]:
    """The entries of a country-codes rules text, checked as the shipped file is."""
    return _read(parse_rules(_FILE, text, _SHAPES))


#: Every name of the file, in lower case, and the code it stands for.
CODES: dict[str, NamedCode] = _read(load("country_codes.toml", _SHAPES))
