"""A document's JSON as the command line writes it, a chunk at a time.

The ``json`` format is ``to_json(doc, indent=2)`` with each span on one line, the
``jsonl`` format ``to_json(doc)``; both end with a newline and escape the line
separators some readers split lines on. ``json_pieces`` gives that text in chunks as
``writer`` makes them, walking the tree, so that a large document's text is never held
whole: a chunk is written out before the next is made.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator

from mofa_parse.io.writer import json_chunks, line_safe
from mofa_parse.model import Document

__all__ = ["json_pieces", "line_safe"]

_INDENTED = json.JSONEncoder(ensure_ascii=False, indent=2)
_ONE_LINE = json.JSONEncoder(ensure_ascii=False)


def json_pieces(doc: Document, *, indented: bool) -> Iterator[str]:
    """``to_json(doc)`` (``indented``: ``to_json(doc, indent=2)`` with each span on one
    line), then a newline, in chunks, with line separators escaped as ``line_safe`` does.

    A document that cannot be written raises here, as ``to_json`` does, not while the
    chunks are written.
    """
    chunks = json_chunks(
        doc,
        _INDENTED if indented else _ONE_LINE,
        pairs_on_one_line=indented,
        escape_line_separators=True,
        caller="json_pieces",
    )
    return itertools.chain(chunks, ("\n",))
