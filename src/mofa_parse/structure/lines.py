"""The lines of a readout: where each starts, its text without the white space around it, its indentation.

Lines end at ``\\r\\n``, ``\\r`` or ``\\n``; nothing else splits a line (not
the form feeds, vertical tabs or line separators that ``str.splitlines``
also breaks at). Leading and trailing white space, including NBSP, BOM and
zero-width space, is not content.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

__all__ = ["WHITESPACE", "Line", "line_starts", "read_lines"]

#: What counts as white space at the edges of a line: Unicode spaces, plus BOM and zero-width space.
WHITESPACE = (
    " \t\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u202f\u205f\u3000\ufeff\x1c\x1d\x1e\x1f\x85\u2028\u2029"
)

_BREAK = re.compile(r"(\r\n|\r|\n)")

#: A tab in the indentation counts as this many columns.
_TAB = 4


@attrs.frozen
class Line:
    """One non-blank line: its 1-based number, the offset of its text, the text stripped, its indentation."""

    number: int
    start: int
    text: str
    indent: int


def read_lines(source: str) -> Iterator[tuple[int, Line | None]]:
    """Every line of ``source`` as ``(offset where the line starts, Line or None if blank)``.

    The lines are cut from ``source`` one at a time, as they are read: a line that no
    node keeps is let go of at once.
    """
    offset = 0
    number = 0
    for number, found in enumerate(_BREAK.finditer(source), start=1):
        yield offset, _line(source[offset : found.start()], number, offset)
        offset = found.end()
    yield offset, _line(source[offset:], number + 1, offset)


def _line(raw: str, number: int, offset: int) -> Line | None:
    text = raw.lstrip(WHITESPACE)
    if not text:
        return None
    lead = len(raw) - len(text)
    indentation = raw[:lead]
    indent = len(indentation.expandtabs(_TAB)) if "\t" in indentation else lead
    return Line(number, offset + lead, text.rstrip(WHITESPACE), indent)


def line_starts(source: str) -> list[int]:
    """Offsets where each line of ``source`` starts (line 1 at index 0)."""
    return [0, *(match.end() for match in _BREAK.finditer(source))]
