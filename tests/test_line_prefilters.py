"""The classifier's quick tests rule out only lines that the full tests would rule out.

``lines.read_heads`` first asks whether a line may start with a marker at all,
and ``lines.chrome_kind`` whether any furniture pattern matches the whole line;
a quick test that says no where a full pattern says yes would lose structure.
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from line_support import CHROME_PATTERNS, MARKER_PATTERNS
from mofa_parse.structure import lines

# Every character a marker pattern names, and what may follow a marker.
ALPHABET = "IVXLAZBivxabz0123456789\u0661\u00b2（(）). \t\u3000\u2003•-*・○●◆◇■□▪–—\"“"
TAILS = ("", " ", " Overview", "Text", " 1", "\u00a0x", ".", ")")


def _may_start(text: str) -> bool:
    return any(pattern.match(text) for pattern in MARKER_PATTERNS)


def test_marker_prefilter_passes_every_line_a_marker_pattern_matches() -> None:
    missed = [
        text
        for size in range(1, 4)
        for chars in itertools.product(ALPHABET, repeat=size)
        for tail in TAILS
        if _may_start(text := "".join(chars) + tail) and not lines.may_start_marker(text)
    ]
    assert missed == []


@given(st.text(alphabet=st.sampled_from(ALPHABET + "cdefghjkmnopqrstuwyCDMQ.,"), max_size=12))
def test_marker_prefilter_agrees_on_any_text(text: str) -> None:
    if _may_start(text):
        assert lines.may_start_marker(text)


@given(st.text(max_size=12))
def test_marker_prefilter_on_unicode_text(text: str) -> None:
    if _may_start(text):
        assert lines.may_start_marker(text)


def test_marker_patterns_start_where_read_heads_tries_them() -> None:
    """``read_heads`` tries each pattern only at a character that can start it."""
    starts = {
        lines._M_ROMAN: lambda char: char in lines._ROMAN_FIRST,
        lines._M_LETTER: lambda char: "A" <= char <= "Z",
        lines._M_ARABIC: str.isdigit,
        lines._M_BARE: str.isdigit,
        lines._M_PAREN: lambda char: char in lines._PAREN_FIRST,
    }
    missed = [
        (pattern.pattern, text)
        for size in range(1, 4)
        for chars in itertools.product(ALPHABET, repeat=size)
        for tail in TAILS
        for pattern, can_start in starts.items()
        if pattern.match(text := "".join(chars) + tail) and not can_start(text[0])
    ]
    assert missed == []


def test_read_heads_without_a_possible_marker() -> None:
    assert lines.read_heads("The two leaders agreed.") == ([], 0)
    assert lines.read_heads("") == ([], 0)
    heads, rest = lines.read_heads("(1) (a) Fisheries")
    assert [head.marker for head in heads] == ["(1)", "(a)"]
    assert rest == 8


CHROME_LINES = (
    "Back to Index",
    "Back to Japan-India Relations",
    "Japanese",
    "Japan-India Relations",
    "Countries & Regions",
    "Home > News > Diplomatic Relations > June 2012 > Japan-India Summit Meeting",
    "photo(Foreign Minister A and Foreign Minister B) photo(Prime Minister C)",
    "(Photo: Cabinet Public Relations Office)",
    "(photo) The two leaders",
    "Ministry of Foreign Affairs, Japan",
    "[Provisional Translation]",
    "* The foregoing is a provisional translation.",
    "(Note) This is a provisional translation.",
    "The two leaders agreed.",
    "Home",
)


@given(st.sampled_from(CHROME_LINES) | st.text(max_size=40))
def test_chrome_prefilter_matches_exactly_when_a_pattern_does(text: str) -> None:
    expected = any(pattern.fullmatch(text) for pattern in CHROME_PATTERNS)
    assert (lines._ANY_CHROME.fullmatch(text) is not None) == expected


@given(st.text(alphabet=st.sampled_from("photPHOTo() .!?\"'\u201dabc\u00a0"), max_size=16))
def test_trailing_photo_ends_with_the_characters_checked_first(text: str) -> None:
    if lines._TRAILING_PHOTO.search(text):
        assert text[-1:] in lines._PHOTO_LAST
