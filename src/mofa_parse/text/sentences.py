"""Cutting a paragraph into sentences: "Mr.", "Jan.", "U.S." and "p.m." end none.

One splitter for the meeting pass (the sentences of a lead paragraph) and the
speech pass (the sentences of a paragraph whose quotations are masked).
A sentence ends at ".", "!" or "?", perhaps closed by quotation marks or
parentheses (``"”’)``), then white space, then a capital or a digit, perhaps
after an opening quotation mark or parenthesis: "He agreed. (1) The ..." is two
sentences, "He agreed. (in Tokyo)" one. A note in parentheses written as a sentence of its
own starts one even with no space before it ("... during his visit.(The meeting was
interrupted by ...)"). A full stop after an abbreviation of
``rules/text.toml`` ("Mr", "approx", "Jan") or after a single letter ends no
sentence: "George W. Bush", the initials of "U.S." and a clock ("at 3 p.m. The
leaders ...") stay inside their sentence.
"""

from __future__ import annotations

import re

from mofa_parse.rules.text import ABBREVIATIONS

__all__ = ["abbreviated", "sentence_spans", "sentences"]

#: The end of a sentence: its stop and closing marks, the white space after them, before
#: what opens the next sentence.
_END = re.compile(r"[.!?][\"”’)]*(?:\s+(?=[\"“(]?[A-Z0-9])|(?<=[.!?])(?=\([A-Z]))")
#: An abbreviation of ``rules/text.toml`` or a single letter ("W", the "S" of "U.S"), as a
#: whole word at the end of the text searched.
_ABBREVIATION = re.compile(r"\b(?:" + "|".join(map(re.escape, ABBREVIATIONS)) + r"|[A-Za-z])\Z")
#: How far before a full stop an abbreviation can begin: its letters and the character before them.
_REACH = max(map(len, ABBREVIATIONS)) + 1


def abbreviated(text: str, end: int | None = None) -> bool:
    """Whether ``text`` (or ``text[:end]``) ends in an abbreviation ("Mr", "Sept") or a
    single letter ("J", the "S" of "U.S") rather than a word."""
    end = len(text) if end is None else end
    return _ABBREVIATION.search(text, max(0, end - _REACH), end) is not None


def sentence_spans(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """Where the sentences of ``text`` begin and end, in order; an end is after the
    sentence's stop and closing marks, before the white space that follows.

    With ``limit``, only the sentences that begin at or before it (and always the
    first), for a reader that needs nothing after its last word of interest.
    A blank text has no sentence.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _END.finditer(text):
        if abbreviated(text, end.start()):
            continue
        spans.append((start, end.start() + len(end.group().rstrip())))
        start = end.end()
        if limit is not None and start > limit:
            return spans
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text``, each with its offset."""
    return [(start, text[start:end]) for start, end in sentence_spans(text)]
