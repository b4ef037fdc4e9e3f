"""Page furniture: which whole lines are chrome, and a "photo" link at the end of a paragraph.

The vocabulary (navigation links, photo lines, the publisher line,
breadcrumbs, translation notes, category lines) is data, in
``rules/furniture.toml``; this module compiles it into one expression with a
named group per kind, tried in the order of ``rules.furniture.KINDS``: one for
the header (the lines up to the date line), one for the captions between the date line and the
first line of text (without category lines), one (without category lines and captions) below.
A line is matched with each run of white space in it read as one space, so that the entries hold
for the pages that pad their links ("Official Residence   TOP").
"""

from __future__ import annotations

import re

from mofa_parse.model import ChromeKind
from mofa_parse.rules.furniture import BODY_PATTERNS, CAPTION_PATTERNS, HEADER_PATTERNS, furniture_text
from mofa_parse.structure.markers import BULLETS

__all__ = ["TRAILING_PHOTO", "chrome_kind", "trailing_photo"]

#: Longer lines are content: no furniture runs to a paragraph's length.
_LONGEST = 420

_IN_HEADER = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in HEADER_PATTERNS.items()))
_IN_CAPTIONS = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in CAPTION_PATTERNS.items()))
_IN_BODY = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in BODY_PATTERNS.items()))

#: A bullet mark and the space after it, which a photo line of the header may open with.
_BULLETED = re.compile(rf"[{re.escape(BULLETS)}] ")

#: A "photo" or "(photo)" link that ends a paragraph after its final punctuation: ``link``
#: is the link, ``tail`` the link with the white space before it.
TRAILING_PHOTO = re.compile(r"[.!?)\"'\u201d\u2019](?P<tail>\s+(?P<link>\(\s*(?i:photo)\s*\)|(?i:photo)))\Z")
#: How a line holding a trailing "photo" link ends: the prefilter of ``TRAILING_PHOTO``.
_PHOTO_ENDINGS = ("photo", ")")


def trailing_photo(text: str) -> re.Match[str] | None:
    """The trailing "photo" link of a stripped line, if it has one (``TRAILING_PHOTO``).

    Only a line ending in "photo" or ")" can hold the link, so the expression
    is searched for in those lines alone.
    """
    if not text[-5:].lower().endswith(_PHOTO_ENDINGS):
        return None
    return TRAILING_PHOTO.search(text)


def chrome_kind(text: str, *, header: bool, captions: bool = False) -> ChromeKind | None:
    """The kind of page furniture a whole stripped line is, or None for content.

    Category lines and captions count only in the header (``header``), where pages put them: above
    the title, or between it and the date line. Captions (the entries marked ``caption``) count also
    between the date line and the first line of text (``captions``), where the current pages put
    their photos.
    """
    if not text or len(text) > _LONGEST:
        return None
    expression = _IN_HEADER if header else _IN_CAPTIONS if captions else _IN_BODY
    line = furniture_text(text)
    match = expression.fullmatch(line)
    if match is None and (header or captions) and _BULLETED.match(line):
        # Pages list the photos of the header as bullet items: "• (photo) Minister A shaking hands ...".
        match = expression.fullmatch(line, 2)
        if match is not None and match.lastgroup != ChromeKind.PHOTO.value:
            return None
    if match is None or match.lastgroup is None:
        return None
    return ChromeKind(match.lastgroup)
