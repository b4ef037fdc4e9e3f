"""Resolve a mention ("President Putin", "the Prime Minister", "Foreign Minister Lavrov")
to one of the people a document names.

The meeting pass builds ``Document.people``; this module answers which of them
a later mention means, so that every mention of one person yields the same
``Person`` object.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .model import Person

__all__ = ["resolve"]

_ARTICLE = re.compile(r"^(?:the|The)\s+")
_SPACES = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACES.sub(" ", _ARTICLE.sub("", text.strip())).casefold()


def resolve(people: Sequence[Person], mention: str) -> Person | None:
    """The person ``mention`` names, or None when it names none of ``people`` or is ambiguous.

    Tried in order: the full name; title + surname; "<anything> <surname>"; the
    bare title ("the Prime Minister").
    """
    key = _norm(mention)
    if not key:
        return None
    tests: tuple[Callable[[Person], bool], ...] = (
        lambda p: p.name is not None and _norm(p.name) == key,
        lambda p: p.title is not None and _norm(f"{p.title} {p.surname}") == key,
        lambda p: key == p.surname.casefold() or key.endswith(" " + p.surname.casefold()),
        lambda p: p.title is not None and _norm(p.title) == key,
    )
    for test in tests:
        found = [p for p in people if test(p)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            return None
    return None
