"""What a statement says: quotations masked, content cleaned.

Quoted words are masked before anything else reads a paragraph, so that
speech inside quotation marks ("... said, “we stated that ...”") is never
taken for the readout's own reporting; the masked paragraph is then cut into
sentences by ``text.sentences``, the splitter the meeting pass uses too. What
was said is the "that ..." clause without its "that" and its closing
punctuation (a full stop, unless it closes an abbreviation: "... in the U.S.").
"""

from __future__ import annotations

import re

from mofa_parse.text.sentences import abbreviated

__all__ = ["clean", "content_span", "mask"]

_QUOTES = re.compile(r"“[^“”]{0,600}”|\"[^\"\n]{0,600}\"")
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
    if content.endswith(".") and not abbreviated(content, len(content) - 1):
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
