"""Page furniture: which whole lines are chrome, and a "photo" link at the end of a paragraph.

The vocabulary (navigation links, photo lines, the publisher line,
breadcrumbs, translation notes, category lines) is data, in
``rules/furniture.toml``; this module compiles it into one expression with a
named group per kind, tried in the order of ``rules.furniture.KINDS``.
"""

from __future__ import annotations

import re

from mofa_parse.model import ChromeKind
from mofa_parse.rules.furniture import KINDS, PATTERNS

__all__ = ["TRAILING_PHOTO", "chrome_kind"]

#: Longer lines are content: no furniture runs to a paragraph's length.
_LONGEST = 420

_FURNITURE = re.compile("|".join(f"(?P<{kind}>{PATTERNS[kind]})" for kind in KINDS))

#: A "photo" or "(photo)" link that ends a paragraph after its final punctuation: ``link``
#: is the link, ``tail`` the link with the white space before it.
TRAILING_PHOTO = re.compile(r"[.!?)\"'\u201d\u2019](?P<tail>\s+(?P<link>\(\s*(?i:photo)\s*\)|(?i:photo)))\Z")


def chrome_kind(text: str, *, header: bool) -> ChromeKind | None:
    """The kind of page furniture a whole stripped line is, or None for content.

    Category lines count only in the header, where pages put them above the title.
    """
    if not text or len(text) > _LONGEST:
        return None
    match = _FURNITURE.fullmatch(text)
    if match is None or match.lastgroup is None:
        return None
    kind = ChromeKind(match.lastgroup)
    if kind is ChromeKind.CATEGORY and not header:
        return None
    return kind
