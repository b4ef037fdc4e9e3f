"""Cutting a paragraph into sentences: "Mr.", "H.E.", "U.S." and "p.m." end none.

A sentence ends at ".", "!" or "?" (perhaps closed by ``)"”’``), then white space,
then a capital, "(" or an opening quote.
"""

from __future__ import annotations

import re

from mofa_parse.rules.text import ABBREVIATIONS

__all__ = ["sentences"]

#: A full stop and the white space after it, before the capital that opens the next sentence.
_END = re.compile(r"[.!?][)\"”’]?\s+(?=[A-Z(\"“])")
#: What comes before a full stop that ends no sentence: an abbreviation of ``rules/text.toml``
#: ("Mr", "approx"),
#: a single capital ("W" of "George W. Bush"), letters joined by dots ("U.S", "p.m": a clock
#: ends no sentence either, "at 3 p.m. The leaders ..." staying one).
_ABBREVIATION = re.compile(rf"(?:(?<!\w)(?:{'|'.join(map(re.escape, ABBREVIATIONS))}|[A-Z])|[A-Za-z]\.[A-Za-z])\Z")


def sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text`` with their offsets, blank ones left out."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for end in _END.finditer(text):
        stop, after = end.start(), end.end()
        before = text[max(start, stop - 12) : stop]
        if _ABBREVIATION.search(before):
            continue
        pieces.append((start, text[start : stop + 1]))
        start = after
    if start < len(text):
        pieces.append((start, text[start:]))
    return [(offset, piece) for offset, piece in pieces if piece.strip()]
