"""One string for the strings written alike within one document.

A long readout writes the same short strings again and again: the reporting verb
("stated", "expressed"), the speaker as written ("The Prime Minister", "He"), the
message of a note on an unresolved speaker, the line a note is on. Each is cut from
the text where it is read, so without sharing the document would hold a copy for
every statement or note. ``Alike`` hands back the first string equal to the one it
is given, so that the document holds each such string once.

An ``Alike`` belongs to one pass over one document and is let go of with it: nothing
is kept from one parse to the next, as ``sys.intern`` would keep its table for the
process. Sharing saves memory only: equal strings read the same whether or not they
are one object, and nothing may depend on which they are.
"""

from __future__ import annotations

__all__ = ["Alike"]


class Alike:
    """The first of the equal strings seen so far, for one document.

    >>> alike = Alike()
    >>> first = alike(" ".join(["made", "remarks"]))
    >>> alike(" ".join(["made", "remarks"])) is first
    True
    """

    __slots__ = ("_first",)

    def __init__(self) -> None:
        self._first: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        """``text``, or the string equal to it that was given first."""
        return self._first.setdefault(text, text)

    def __len__(self) -> int:
        """How many different strings have been given."""
        return len(self._first)
