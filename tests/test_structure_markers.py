"""``lines.read_heads`` reads the marker patterns by characters: it must read what the patterns match.

Each hand-written reader is compared with the pattern it stands for, on every
short text over the characters the patterns name and on generated text, and
``read_heads`` as a whole with the pattern-driven reading it replaced.
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from mofa_parse.structure import lines, markers
from mofa_parse.structure.markers import ROMAN_VALUES, default_ordinal, item_ordinals, item_style, letter_value

#: Every character the marker patterns name, with look-alikes (other digits, other spaces, quotes).
ALPHABET = "IVXAZivxaz019\u0661\u00b2(\uff08)\uff09. \t\u3000\u00a0\"\u201c\u2022-*\u30fb\u25aa\u2013\u2014,"
TAILS = ("", " ", " Overview", "Text", " 1", "\u00a0x", ".", ")", "  a", "\u201cQ")

Reading = tuple[str, str, "int | None", int, int] | None


def _head(head: lines._Head | None) -> Reading:
    return None if head is None else (head.kind, head.marker, head.value, head.start, head.end)


def _reference(text: str, pos: int) -> dict[str, Reading]:
    """What each pattern reads at ``pos``, as ``read_heads`` used to read it."""
    found: dict[str, Reading] = {}
    m = lines._M_ROMAN.match(text, pos)
    found["roman"] = (
        ("roman", m["m"], ROMAN_VALUES[m["v"]], m.start(), m.end()) if m and m["v"] in ROMAN_VALUES else None
    )
    m = lines._M_LETTER.match(text, pos)
    found["letter"] = ("letter", m["m"], letter_value(m["v"]), m.start(), m.end("m")) if m else None
    m = lines._M_ARABIC.match(text, pos)
    found["arabic"] = ("arabic", m["m"], int(m["v"]), m.start(), m.end()) if m else None
    m = lines._M_BARE.match(text, pos)
    found["bare"] = ("bare", m["m"], int(m["v"]), m.start(), m.end("m")) if m else None
    m = lines._M_ITEM.match(text, pos)
    found["item"] = ("item", m["m"], default_ordinal(m["m"]), m.start(), m.end()) if m else None
    return found


def _by_characters(text: str, pos: int) -> dict[str, Reading]:
    size = len(text)
    item_end = lines._item_end(text, pos, size) if pos < size else -1
    return {
        "roman": _head(lines._roman_head(text, pos, size)) if pos < size else None,
        "letter": _head(lines._letter_head(text, pos, size)) if pos < size else None,
        "arabic": _head(lines._arabic_head(text, pos, size)),
        "bare": _head(lines._bare_head(text, pos, size)),
        "item": (
            None
            if item_end < 0
            else ("item", text[pos:item_end], default_ordinal(text[pos:item_end]), pos, item_end)
        ),
    }


def _reference_read_heads(text: str) -> tuple[list[Reading], int]:
    """``read_heads`` as written with the patterns."""
    heads: list[Reading] = []
    pos = 0
    size = len(text)
    while len(heads) < lines.MAX_MARKERS_PER_LINE and pos < size:
        first = not heads
        found = _reference(text, pos)
        head: Reading = None
        if first:
            head = found["roman"] or found["letter"]
        head = head or found["arabic"]
        if first:
            head = head or found["bare"]
        if head is None:
            m = lines._M_PAREN.match(text, pos)
            head = ("paren", m["m"], int(m["v"]), m.start(), m.end()) if m else None
        head = head or found["item"]
        if head is None:
            break
        heads.append(head)
        pos = lines._SPACE_RUN.match(text, head[4]).end()  # type: ignore[union-attr]
    return heads, pos


def _read_heads(text: str) -> tuple[list[Reading], int]:
    heads, pos = lines.read_heads(text)
    return [_head(head) for head in heads], pos


def test_each_reader_agrees_with_its_pattern_on_every_short_text() -> None:
    differ = [
        (text, pos)
        for size in range(1, 4)
        for chars in itertools.product(ALPHABET, repeat=size)
        for tail in TAILS
        for pos in (0, 1)
        if _by_characters(text := "".join(chars) + tail, pos) != _reference(text, pos)
    ]
    assert differ == []


def test_read_heads_agrees_with_the_patterns_on_every_short_text() -> None:
    differ = [
        text
        for size in range(1, 5)
        for chars in itertools.product(ALPHABET, repeat=size)
        for tail in ("", " Overview", "Text")
        if _read_heads(text := "".join(chars) + tail) != _reference_read_heads(text)
    ]
    assert differ == []


MARKER_PIECES = (
    "1.", "12.", "123.", "1. 1.", "2.\t2.", "1. 12.", "I.", "IV.", "XXXIX.", "IIII.", "VVVVVVV.", "A.", "Z.",
    "(1)", "(12)", "(a)", "(A)", "(iv)", "(iiiiii)", "a)", "a.", "iv)", "xxxxx)", "1)", "12)", "(", ")", "\uff08b\uff09",
    "\u2022", "-", "*", "\u30fb", " ", "  ", "\t", "\u3000", "\u00a0", "Overview", "text", "\"Q", "\u201cQ", "\u0661", "\u00b2",
)


@given(st.lists(st.sampled_from(MARKER_PIECES), min_size=1, max_size=6).map("".join))
def test_read_heads_agrees_with_the_patterns_on_marker_pieces(text: str) -> None:
    assert _read_heads(text) == _reference_read_heads(text)
    for pos in range(min(len(text), 4)):
        assert _by_characters(text, pos) == _reference(text, pos)


@given(st.text(alphabet=st.sampled_from(ALPHABET + "bcTQ"), max_size=12))
def test_read_heads_agrees_with_the_patterns_on_any_marker_text(text: str) -> None:
    assert _read_heads(text) == _reference_read_heads(text)


@given(st.text(max_size=12))
def test_read_heads_agrees_with_the_patterns_on_unicode_text(text: str) -> None:
    assert _read_heads(text) == _reference_read_heads(text)


def test_read_heads_edge_cases() -> None:
    assert _read_heads("1. 1. Overview") == ([("arabic", "1. 1.", 1, 0, 5)], 6)
    assert _read_heads("1. 12. x") == ([("arabic", "1.", 1, 0, 2), ("arabic", "12.", 12, 3, 6)], 7)
    assert _read_heads("12 Members") == ([("bare", "12", 12, 0, 2)], 3)
    assert _read_heads("123. x") == ([], 0)
    assert _read_heads("IV. Other matters") == ([("roman", "IV.", 4, 0, 3)], 4)
    assert _read_heads("IIII. x") == ([], 0)
    assert _read_heads("A. ") == ([], 0)
    assert _read_heads("(iv) text") == ([("item", "(iv)", 4, 0, 4)], 5)
    assert _read_heads("\u2022 item") == ([("item", "\u2022", None, 0, 1)], 2)
    assert _read_heads("(1) (a) x") == ([("paren", "(1)", 1, 0, 3), ("item", "(a)", 1, 4, 7)], 8)


# --------------------------------------------------------------------------- headings and speaker labels

HEADING_ALPHABET = ".,;:!\"'\u201d\u2019)]([ aA\u201c"


def test_heading_end_by_characters_on_every_short_text() -> None:
    differ = [
        text
        for size in range(5)
        for chars in itertools.product(HEADING_ALPHABET, repeat=size)
        if lines._ends_with_punctuation(text := "".join(chars)) != bool(lines._HEADING_END.search(text))
    ]
    assert differ == []


@given(st.text(alphabet=st.sampled_from(HEADING_ALPHABET + "\n\u00a0x"), max_size=16) | st.text(max_size=16))
def test_heading_end_by_characters_agrees_with_the_pattern(text: str) -> None:
    assert lines._ends_with_punctuation(text) == bool(lines._HEADING_END.search(text))


def test_speaker_label_first_letters() -> None:
    """Every character a speaker label may start with is a first letter the gate takes."""
    tails = ["resident Hu", "ice President Hu", "r. Abe", "s. Abe", "rs. Abe", ".E. Mr. Abe", "ing Abdullah", "ueen X",
             "mir Tamim", "overnor X", "hairman Mao", "r X", " X", ""]
    missed = [
        (hex(code), tail)
        for code in range(0x3100)
        for tail in tails
        if markers._SPEAKER_LABEL.fullmatch(chr(code) + tail) and chr(code) not in markers._SPEAKER_FIRST
    ]
    assert missed == []
    # Every alternative of the pattern starts with a letter of the set.
    titles = markers._SPEAKER_LABEL.pattern.replace("(?:", "").replace(")", "").replace("?", "")
    assert {word.lstrip("|")[:1] for word in titles.split("|") if word.lstrip("|")[:1].isupper()} <= markers._SPEAKER_FIRST


SPEAKER_PIECES = ("President", "Vice", "Prime", "Minister", "Mr.", "H.E.", "Hu", "Abe", " ", "  ", ":", "Foreign",
                  "Secretary", "-General", "King", "the", "x", "\u00c9mile", "Ä")


@given(st.lists(st.sampled_from(SPEAKER_PIECES), min_size=1, max_size=5).map("".join) | st.text(max_size=12))
def test_speaker_label_gate_agrees_with_the_pattern(text: str) -> None:
    expected = len(text) <= 60 and markers._SPEAKER_LABEL.fullmatch(text) is not None
    assert markers.is_speaker_label(text) == expected


MARKERS = ("1.", "12.", "(1)", "(a)", "(i)", "(ii)", "(v)", "i)", "a.", "-", "\u2022", "(xxxx)", "1. 1.", "A.", "(\uff11)")


@given(st.sampled_from(MARKERS) | st.text(alphabet=st.sampled_from("(\uff08)\uff09.1ivxaA- "), max_size=6))
def test_marker_facts_are_the_three_readings(marker: str) -> None:
    expected = (item_ordinals(marker), item_style(marker), default_ordinal(marker))
    assert lines._marker_facts(marker) == expected
    head = lines._Head("item", marker, None, 0, len(marker))
    assert head.facts is None
    assert head.marker_facts() == expected
    assert head.facts == expected  # kept: read once per marker (compiled, a tuple is boxed anew on each read)
    assert head.marker_facts() == expected


def test_halves_gate() -> None:
    """``_halves`` tries ``_DOUBLED`` only on arabic markers with a space or a tab, which it needs."""
    for marker in ("1.", "12.", "1. 1.", "2.\t2.", "12.  12.", "1. ", "1.\u3000"):
        head = lines._Head("arabic", marker, 1, 0, len(marker))
        halves = lines._halves(head)
        if lines._DOUBLED.match(marker) is None:
            assert halves is None
        else:
            assert halves is not None
            assert halves[0].marker + marker[len(halves[0].marker) : halves[1].start] + halves[1].marker == marker
    assert lines._halves(lines._Head("item", "1. 1.", 1, 0, 5)) is None


@given(st.text(alphabet=st.sampled_from("12. \t\u3000"), max_size=8))
def test_halves_gate_never_skips_a_doubled_marker(marker: str) -> None:
    head = lines._Head("arabic", marker, 1, 0, len(marker))
    assert (lines._halves(head) is None) == (lines._DOUBLED.match(marker) is None)
