"""A document's JSON written a piece at a time, for output too large to hold twice.

``to_json`` returns one string; for a readout of tens of megabytes that string, and
the copies made on the way to a file, cost several times the input. ``json_pieces``
gives the same text, character for character, as a sequence of pieces, one for each
key of the document (the title, the source, the sections, ...), so that a writer
holds only one piece's text at a time besides the document's data.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from mofa_parse.io.serialize import to_dict
from mofa_parse.model import Document

__all__ = ["json_pieces", "line_safe"]

#: A lone surrogate, which no UTF-8 can hold: written as a ``\\u`` escape, as ``to_json`` does.
_SURROGATE = re.compile("[\ud800-\udfff]")

#: A two-number array (a span) as ``indent=2`` writes it, over five lines.
_PAIR = re.compile(r"\[\n\s+(-?\d+),\n\s+(-?\d+)\n\s+\]")

#: Line separators some readers split lines on; JSON strings may hold them as they are.
_SEPARATORS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def _escaped(text: str) -> str:
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def line_safe(text: str) -> str:
    """JSON text with the line separators that some readers split on escaped (same value)."""
    return text.translate(_SEPARATORS) if any(c in text for c in "\u2028\u2029\x85") else text


def json_pieces(doc: Document, *, indented: bool) -> Iterator[str]:
    """``to_json(doc)`` (``indented``: ``to_json(doc, indent=2)`` with each span on one
    line), then a newline, in pieces, with line separators escaped as ``line_safe`` does.

    The document's data is made at once, so a document that cannot be written raises
    here, as ``to_dict`` does, not while the pieces are written.
    """
    data = to_dict(doc)
    return _pieces(data, indented)


def _pieces(data: dict[str, Any], indented: bool) -> Iterator[str]:
    if not data:
        yield "{}\n"
        return
    opening, between, closing = ("{\n  ", ",\n  ", "\n}\n") if indented else ("{", ", ", "}\n")
    for index, (key, value) in enumerate(data.items()):
        if indented:
            text = json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n  ")
            text = _PAIR.sub(r"[\1, \2]", text)
        else:
            text = json.dumps(value, ensure_ascii=False)
        yield (between if index else opening) + json.dumps(key, ensure_ascii=False) + ": " + line_safe(_escaped(text))
    yield closing
