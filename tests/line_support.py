"""The line classifier's patterns, for the tests that compare its shortcuts with them."""

from __future__ import annotations

from mofa_parse.structure import lines

#: Every marker pattern of the classifier, in the order it tries them.
MARKER_PATTERNS = (lines._M_ROMAN, lines._M_LETTER, lines._M_ARABIC, lines._M_BARE, lines._M_PAREN, lines._M_ITEM)
#: Every page-furniture pattern of the classifier.
CHROME_PATTERNS = (
    lines._NAVIGATION,
    lines._PHOTO,
    lines._PUBLISHER,
    lines._BREADCRUMB,
    lines._FOOTNOTE,
    lines._CATEGORY,
)
