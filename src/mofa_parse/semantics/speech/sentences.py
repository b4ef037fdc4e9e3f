"""A paragraph's sentences and what a statement says: quotations masked, sentences split, content cleaned.

Quoted words are masked before anything else reads a paragraph, so that
speech inside quotation marks ("... said, “we stated that ...”") is never
taken for the readout's own reporting. A full stop, "?" or "!" before a
capital or a digit ends a sentence, unless it closes an abbreviation ("Mr.",
"U.S."). What was said is the "that ..." clause without its "that" and its
closing punctuation.
"""

from __future__ import annotations

import re
import string

from mofa_parse.rules.text import ABBREVIATIONS

__all__ = ["abbreviated", "clean", "content_span", "mask", "sentences"]

_QUOTES = re.compile(r"“[^“”]{0,600}”|\"[^\"\n]{0,600}\"")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
#: An abbreviation of ``rules/text.toml``, a single letter ("J"), or initials ("U.S") at the end of a text.
_ABBREVIATION = re.compile(
    r"(?:\b(?:" + "|".join(map(re.escape, ABBREVIATIONS)) + r")|\b[A-Za-z]|(?:\b[A-Za-z]\.)+[A-Za-z])\Z"
)
#: What opens a statement's content: punctuation, then "that".
_LEAD_THAT = re.compile(r"(?:[,:;]\s*)?(?:that\b[,]?\s*)?")
#: Where a statement's content ends early: ", at which point ...", ", whereupon ...".
_CONTENT_STOP = re.compile(r",\s+(?:at\s+which\s+point|whereupon|after\s+which|upon\s+which)\b")


def _masked_quote(match: re.Match[str]) -> str:
    """A quotation with its words replaced by "x", keeping a closing ".", "?" or "!"."""
    quote = match.group()
    inner = quote[1:-1]
    keep = inner[-1] if inner and inner[-1] in ".?!" else ""
    return quote[0] + "x" * (len(inner) - len(keep)) + keep + quote[-1]


def mask(text: str) -> str:
    """``text`` with the words inside quotation marks replaced, offsets kept.

    A full stop (or "?", "!") closing the quotation is kept, so that a quoted
    sentence still ends the sentence around it. Most paragraphs quote no one and are kept as they are.
    """
    if '"' not in text and "“" not in text:
        return text
    return _QUOTES.sub(_masked_quote, text)


def abbreviated(text: str) -> bool:
    """Whether ``text`` ends in an abbreviation ("Mr", "U.S", "J") rather than a word.

    Most sentences end in a word longer than any abbreviation ("cooperation"),
    which is told without the search.
    """
    last_letters = len(text) - len(text.rstrip(string.ascii_letters))
    if not 0 < last_letters <= _LONGEST_ABBREVIATION:
        return False
    return _ABBREVIATION.search(text) is not None


def sentences(masked: str, limit: int) -> list[int]:
    """Where the sentences of ``masked`` that begin at or before ``limit`` (and always the first)
    begin and end, in pairs; an end is before the white space that follows the sentence."""
    bounds: list[int] = []
    start = 0
    for match in _SENTENCE_END.finditer(masked):
        end = match.start()
        if abbreviated(masked[max(start, end - 12) : end]):
            continue
        bounds += [start, end + len(match.group().rstrip())]
        start = match.end()
        if start > limit:
            return bounds
    if start < len(masked):
        bounds += [start, len(masked.rstrip())]
    return bounds


def _without_trail(content: str) -> str:
    """``content`` without the white space, commas, colons and semicolons it ends with."""
    while True:
        stripped = content.rstrip().rstrip(",;:")
        if stripped == content:
            return content
        content = stripped


def clean(content: str) -> str:
    """What was said, without the "that" that introduces it and the closing punctuation."""
    content = content.strip()
    lead = _LEAD_THAT.match(content)
    content = content[lead.end() if lead is not None else 0 :].strip()
    content = _without_trail(content)
    if content.endswith(".") and not abbreviated(content[-12:-1]):
        content = content[:-1].rstrip()
    return content


def content_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the cleaned content of ``text[start:end]`` (what ``clean`` keeps of it),
    which ends before ", at which point ..."; an empty span at the end if nothing is left."""
    stop = _CONTENT_STOP.search(text, start, end)
    if stop is not None:
        end = stop.start()
    raw = text[start:end]
    cleaned = clean(raw)
    if not cleaned:
        return end, end
    offset = raw.find(cleaned)
    return start + offset, start + offset + len(cleaned)
