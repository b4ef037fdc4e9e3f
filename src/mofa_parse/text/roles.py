"""Titles compared as roles: "Minister for Foreign Affairs" and "Foreign Minister" are one role.

The titles that name one role are ``[[role_synonym]]`` entries of ``rules/countries.toml``.
"""

from __future__ import annotations

from mofa_parse.rules.countries import ROLE_SYNONYMS

__all__ = ["FOREIGN_MINISTER", "foreign_minister_titles", "role_key"]

#: The role of every foreign minister, whatever the title.
FOREIGN_MINISTER = "foreign minister"


def role_key(title: str) -> str:
    """A comparable form of a title: "Minister for Foreign Affairs" and "Foreign Minister" agree."""
    key = " ".join(title.replace("’", "'").split()).casefold()
    if key.startswith("the "):
        key = key[4:]
    return ROLE_SYNONYMS.get(key, key)


def foreign_minister_titles() -> list[str]:
    """Every ``role_key`` (lower case) that ``role_key`` reads as "foreign minister", itself included."""
    return [FOREIGN_MINISTER, *sorted(key for key, role in ROLE_SYNONYMS.items() if role == FOREIGN_MINISTER)]
