"""The structure pass's quick tests by first characters rule out only what the patterns rule out.

``lines.may_be_chrome`` stands in front of the furniture patterns and
``lines.may_start_marker`` in front of the marker patterns: where they say no,
the patterns they guard must not match, or a chrome line or a marker would be
read as text.
"""

from __future__ import annotations

import itertools
import re
import sys

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from line_support import CHROME_PATTERNS
from mofa_parse.model import ChromeKind, Document
from mofa_parse.nodes import trusted_document
from mofa_parse.structure import lines
from mofa_parse.structure.parser import parse_structure

#: Words and signs the furniture patterns are made of, to build lines that match or almost match.
CHROME_PIECES = (
    "back to top",
    "Back to Index",
    "page top",
    "Top of Page",
    "return to top",
    "Summary of Meetings",
    "Japanese",
    "Press Release",
    "Related Links",
    "Print",
    "PDF",
    "Japan-India Relations",
    "Countries & Regions",
    "Diplomatic Relations",
    "Foreign Policy",
    "Regional Affairs",
    "Press Conferences",
    "Home > News > Asia",
    "photo",
    "Photo",
    "(photo)",
    "( photo: Cabinet Office)",
    "photo(A and B)",
    "Ministry of Foreign Affairs, Japan",
    "[Provisional Translation]",
    "* The foregoing is a provisional translation.",
    "\u203b this is a provisional translation",
    "(Note) This is a provisional translation.",
    "(note): the foregoing",
    "( * provisional translation",
    "Note: the foregoing",
    "foregoing text",
    "(",
    "*",
    " ",
    "  ",
    "\u3000",
    ">",
    ":",
    ".",
    "x",
    "The two leaders agreed.",
)


def _reference_chrome_kind(text: str, *, header: bool) -> ChromeKind | None:
    """``chrome_kind`` as written before the first-character test: the patterns alone."""
    if len(text) > 420 or lines._ANY_CHROME.fullmatch(text) is None:
        return None
    if lines._NAVIGATION.fullmatch(text):
        return ChromeKind.NAVIGATION
    if lines._PHOTO.fullmatch(text):
        return ChromeKind.PHOTO
    if lines._PUBLISHER.fullmatch(text):
        return ChromeKind.PUBLISHER
    if lines._BREADCRUMB.fullmatch(text) and text.count(">") >= 2:
        return ChromeKind.BREADCRUMB
    if lines._FOOTNOTE.fullmatch(text):
        return ChromeKind.FOOTNOTE
    if header and lines._CATEGORY.fullmatch(text):
        return ChromeKind.CATEGORY
    return None


def test_chrome_first_characters_cover_every_case_fold() -> None:
    """Every character the case-insensitive words may start with, or follow "(" with, is in the sets."""
    first = re.compile(r"(?i:[bptrhnf])")
    after_paren = re.compile(r"(?i:[ptfn])")
    missed = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if (first.fullmatch(char := chr(code)) and char not in lines._CHROME_FIRST)
        or (after_paren.fullmatch(char) and char not in lines._CHROME_AFTER_PAREN)
    ]
    assert missed == []


def test_chrome_gate_refuses_no_first_character_a_pattern_takes() -> None:
    """A pattern that matches at some character followed by a chrome piece implies the gate lets it through."""
    tails = list(CHROME_PIECES) + [piece[1:] for piece in CHROME_PIECES] + [""]
    missed = [
        (hex(code), tail)
        for code in range(0x3100)
        for tail in tails
        if (text := chr(code) + tail)
        and any(pattern.match(text) for pattern in CHROME_PATTERNS)
        and not lines.may_be_chrome(text)
    ]
    assert missed == []


@given(st.lists(st.sampled_from(CHROME_PIECES), min_size=1, max_size=4).map("".join), st.booleans())
def test_chrome_kind_agrees_with_the_patterns_on_pieced_lines(text: str, header: bool) -> None:
    text = text.strip(lines.WHITESPACE)
    assert lines.chrome_kind(text, header=header) == _reference_chrome_kind(text, header=header)


@given(st.text(min_size=1, max_size=30), st.booleans())
def test_chrome_kind_agrees_with_the_patterns_on_any_text(text: str, header: bool) -> None:
    text = text.strip(lines.WHITESPACE)
    assert lines.chrome_kind(text, header=header) == _reference_chrome_kind(text, header=header)


def test_chrome_kind_edge_cases() -> None:
    assert lines.chrome_kind("", header=True) is None
    assert lines.chrome_kind("(1) Overview", header=False) is None
    assert lines.chrome_kind("(photo)", header=False) is ChromeKind.PHOTO
    assert lines.chrome_kind("( Photo: Cabinet Office)", header=False) is ChromeKind.PHOTO
    assert lines.chrome_kind("(Note) this is a provisional translation", header=False) is ChromeKind.FOOTNOTE
    assert lines.chrome_kind("(* provisional translation)", header=False) is ChromeKind.FOOTNOTE
    assert lines.chrome_kind("\u203b The foregoing is a provisional translation.", header=False) is ChromeKind.FOOTNOTE
    assert lines.chrome_kind("Countries & Regions", header=True) is ChromeKind.CATEGORY
    assert lines.chrome_kind("Countries & Regions", header=False) is None
    assert lines.chrome_kind("1. Back to top", header=False) is None


# --------------------------------------------------------------------------- markers

MARKER_ALPHABET = "IVXLAZBivxabz0123456789\u0661\u00b2（(）). \t\u3000\u2003•-*・○●◆◇■□▪–—\"“"


def test_marker_gate_edge_cases() -> None:
    assert not lines.may_start_marker("")
    assert not lines.may_start_marker("The two leaders agreed.")
    assert not lines.may_start_marker("Prime Minister Abe stated.")
    assert lines.may_start_marker("XXXIX. Other matters")
    assert not lines.may_start_marker("XXXIXX Other matters")
    assert lines.may_start_marker("A. Overview")
    assert lines.may_start_marker("abcde) text")
    assert not lines.may_start_marker("abcdef) text")
    assert lines.may_start_marker("\u0661. text")
    assert lines.may_start_marker("\u30fb item")


@given(st.text(alphabet=st.sampled_from(MARKER_ALPHABET + "cdT.,"), max_size=14))
def test_read_heads_skips_the_space_the_space_run_pattern_skips(text: str) -> None:
    heads, rest = lines.read_heads(text)
    if heads:
        space = lines._SPACE_RUN.match(text, heads[-1].end)
        assert space is not None
        assert rest == space.end()
    else:
        assert rest == 0


@given(st.text(alphabet=st.sampled_from(MARKER_ALPHABET + "cdT.,"), max_size=8))
def test_item_pattern_starts_where_read_heads_tries_it(text: str) -> None:
    if lines._M_ITEM.match(text):
        char = text[0]
        assert char.isdigit() or "a" <= char <= "z" or char in lines._ITEM_FIRST


def test_item_pattern_first_characters() -> None:
    missed = [
        hex(code)
        for code in range(0x10000)
        for tail in (")", " ")
        if lines._M_ITEM.match(chr(code) + tail)
        and not (chr(code).isdigit() or "a" <= chr(code) <= "z" or chr(code) in lines._ITEM_FIRST)
    ]
    assert missed == []


def _reference_paren(text: str, pos: int) -> tuple[str, int, int, int] | None:
    found = lines._M_PAREN.match(text, pos)
    return None if found is None else (found["m"], int(found["v"]), found.start(), found.end())


def _paren(text: str, pos: int) -> tuple[str, int | None, int, int] | None:
    # ``read_heads`` calls it where an opening parenthesis stands.
    if pos >= len(text) or text[pos] not in lines._PAREN_FIRST:
        return None
    head = lines._paren_head(text, pos, len(text))
    return None if head is None else (head.marker, head.value, head.start, head.end)


PAREN_ALPHABET = "(\uff08)\uff09019\u0661\u00b2\u2460a "


def test_paren_marker_by_characters_on_every_short_text() -> None:
    differ = [
        (text, pos)
        for size in range(1, 6)
        for chars in itertools.product(PAREN_ALPHABET, repeat=size)
        for pos in (0, 1)
        if _paren(text := "".join(chars), pos) != _reference_paren(text, pos)
    ]
    assert differ == []


@given(st.text(alphabet=st.sampled_from(PAREN_ALPHABET + "x1"), max_size=10), st.integers(0, 3))
def test_paren_marker_by_characters_agrees_with_the_pattern(text: str, pos: int) -> None:
    assert _paren(text, pos) == _reference_paren(text, pos)


def test_decimal_digit_is_what_the_pattern_reads_as_a_digit() -> None:
    digit = re.compile(r"\d")
    assert [hex(code) for code in range(sys.maxunicode + 1) if bool(digit.match(chr(code))) != chr(code).isdecimal()] == []


# --------------------------------------------------------------------------- documents

READOUT = """Japan-Freedonia Foreign Ministers' Meeting
(Overview)
March 3, 2021

1. On March 3, Foreign Minister A held a meeting with Foreign Minister B.
2. Bilateral relations
(1) Minister A stated that Japan welcomes the visit.
- trade
- energy
"""


def test_parsed_document_is_what_the_validating_constructor_builds() -> None:
    for source in (READOUT, "", "Only a title", READOUT.replace("(Overview)\n", "")):
        doc = parse_structure(source)
        fields = {field.name: getattr(doc, field.name) for field in attrs.fields(Document)}
        del fields["meeting"]
        assert repr(Document(**fields)) == repr(doc)


def test_trusted_document_refuses_what_the_validators_refuse() -> None:
    with pytest.raises(ValueError, match=r"Document\.title must be one non-empty line"):
        trusted_document("A\nB", None, None, None, (), (), (), "", None, None, None)
    with pytest.raises(ValueError, match="a subtitle belongs to a title"):
        trusted_document("", "Overview", None, None, (), (), (), "", None, None, None)
    with pytest.raises(ValueError, match=r"Document\.issued_text must be one non-empty line"):
        trusted_document("T", None, None, " March 3, 2021", (), (), (), "", None, None, None)


# --------------------------------------------------------------------------- chrome: the first word

#: Characters to try after a first letter: ASCII, and characters that fold to ASCII letters.
FOLLOWING = [chr(code) for code in range(0x20, 0x7F)] + ["\u00a0", "\u017f", "\u0131", "\u0130", "\u212a", "\u2013"]


def test_chrome_words_start_lines_the_patterns_take() -> None:
    """Each word and beginning the gate knows starts a line some pattern takes, in any case where it may."""
    for start, line in zip([start for starts in lines._CHROME_STARTS.values() for start in starts], (
        "Summary of Meetings", "Japanese", "Japan-India Relations", "Japan\u2010India Relations",
        "Japan\u2013India Relations", "Press Release", "Press Conference", "Related Link", "Print", "PDF",
        "Ministry of Foreign Affairs", "Countries & Regions", "Diplomatic Relations", "Foreign Policy",
        "Regional Affairs",
    ), strict=True):
        assert line.startswith(start)
        assert lines._ANY_CHROME.fullmatch(line)
        assert lines.may_be_chrome(line)
    for first_word, starts in lines._CHROME_STARTS.items():
        assert all(start.startswith(first_word) for start in starts)
    for line in (
        "back to top", "page top", "top of page", "return to top", "home > a > b", "photo", "note: the foregoing",
        "the foregoing", "this is a provisional", "foregoing", "provisional translation",
    ):
        for variant in (line, line.upper(), line.title()):
            assert lines._ANY_CHROME.fullmatch(variant)
            assert lines.may_be_chrome(variant)


def test_chrome_gate_refuses_no_first_word_a_pattern_takes() -> None:
    """A pattern that matches a letter, another character and the rest of a chrome piece implies the gate lets it through."""
    tails = sorted({piece[cut:] for piece in CHROME_PIECES for cut in range(4)} | {"", " x"})
    missed = [
        text
        for first in sorted(lines._CHROME_FIRST)
        for second in FOLLOWING
        for tail in tails
        if lines._ANY_CHROME.fullmatch(text := first + second + tail) and not lines.may_be_chrome(text)
    ]
    assert missed == []


#: Pieces of words the gate reads, in both cases, to build first words that almost match.
WORD_PIECES = (
    "the", "The", "THE", "this", "foregoing", "Foregoing", "note", "Note", "home", "photo", "Photo", "back", "top",
    "Japan", "Japanese", "Press", "Prime", "Print", "PDF", "Ministry", "Minister", "Foreign", "Policy",
    "-", "\u2013", " ", "  ", "\t", "\u00a0", "\u017f", "\u212a", ":", ">", ")", "(", ".", "s", "x",
)


@given(st.lists(st.sampled_from(WORD_PIECES + CHROME_PIECES), min_size=1, max_size=6).map("".join))
def test_chrome_gate_on_lines_of_word_pieces(text: str) -> None:
    text = text.strip(lines.WHITESPACE)
    if text and lines._ANY_CHROME.fullmatch(text):
        assert lines.may_be_chrome(text)


@given(
    st.text(alphabet=st.sampled_from(sorted(lines._CHROME_FIRST) + FOLLOWING), min_size=1, max_size=4),
    st.lists(st.sampled_from(CHROME_PIECES), max_size=3).map("".join),
)
def test_chrome_gate_on_lines_starting_anyhow(start: str, rest: str) -> None:
    text = (start + rest).strip(lines.WHITESPACE)
    if text and lines._ANY_CHROME.fullmatch(text):
        assert lines.may_be_chrome(text)


def test_chrome_gate_first_word_edge_cases() -> None:
    assert not lines.may_be_chrome("The two leaders agreed.")
    assert not lines.may_be_chrome("Prime Minister A stated.")
    assert not lines.may_be_chrome("Minister A stated.")
    assert not lines.may_be_chrome("Japan and India")
    assert not lines.may_be_chrome("T")
    assert not lines.may_be_chrome("the")
    assert lines.may_be_chrome("The foregoing is a provisional translation.")
    assert lines.may_be_chrome("the\u00a0\tFOREGOING")
    assert lines.may_be_chrome("thi\u017f is a provisional translation")  # "\u017f" folds to "s"
    assert lines.chrome_kind("thi\u017f is a provisional translation", header=False) is ChromeKind.FOOTNOTE
    assert lines.may_be_chrome("Notethe foregoing")
    assert lines.chrome_kind("Notethe foregoing", header=False) is ChromeKind.FOOTNOTE
    assert lines.may_be_chrome("PHOTO")
    assert lines.may_be_chrome("\u203b")
    assert lines.chrome_kind("THE FOREGOING is a provisional translation", header=False) is ChromeKind.FOOTNOTE
    assert lines.chrome_kind("HOME > News > Asia", header=False) is ChromeKind.BREADCRUMB
    assert lines.chrome_kind("Japan-India Relations", header=True) is ChromeKind.CATEGORY
