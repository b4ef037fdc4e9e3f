"""A pattern declared with its cue: a small pattern that every match of the large one holds.

A text the cue does not find holds no match, and the large pattern is not run on it.
Each such rule has a property test that every match holds its cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

__all__ = ["CuedPattern"]


@attrs.frozen
class CuedPattern:
    """``pattern``, run only on texts where ``cue`` finds something."""

    pattern: re.Pattern[str]
    cue: re.Pattern[str]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in ``text``, in order."""
        if self.cue.search(text) is None:
            return iter(())
        return self.pattern.finditer(text)
