"""Reading markers at the start of a line, and what each marker stands for."""

from __future__ import annotations

from mofa_parse.structure.markers import (
    Head,
    default_ordinal,
    halves,
    is_heading,
    is_speaker_label,
    item_ordinals,
    item_style,
    letter_value,
    marker_facts,
    read_heads,
)

Reading = tuple[str, str, "int | None", int, int]


def _read_heads(text: str) -> tuple[list[Reading], int]:
    heads, pos = read_heads(text)
    return [(head.kind, head.marker, head.value, head.start, head.end) for head in heads], pos


def test_read_heads() -> None:
    assert _read_heads("1. 1. Overview") == ([("arabic", "1. 1.", 1, 0, 5)], 6)
    assert _read_heads("1. 12. x") == ([("arabic", "1.", 1, 0, 2), ("arabic", "12.", 12, 3, 6)], 7)
    assert _read_heads("12 Members") == ([("bare", "12", 12, 0, 2)], 3)
    assert _read_heads("123. x") == ([], 0)
    assert _read_heads("IV. Other matters") == ([("roman", "IV.", 4, 0, 3)], 4)
    assert _read_heads("XXXIX. Other matters") == ([("roman", "XXXIX.", 39, 0, 6)], 7)
    assert _read_heads("IIII. x") == ([], 0)
    assert _read_heads("A. ") == ([], 0)
    assert _read_heads("A. Overview") == ([("letter", "A.", 1, 0, 2)], 3)
    assert _read_heads("(iv) text") == ([("item", "(iv)", 4, 0, 4)], 5)
    assert _read_heads("abcde) text") == ([], 0)
    assert _read_heads("\u2022 item") == ([("item", "\u2022", None, 0, 1)], 2)
    assert _read_heads("\u30fb item") == ([("item", "\u30fb", None, 0, 1)], 2)
    assert _read_heads("(1) (a) x") == ([("paren", "(1)", 1, 0, 3), ("item", "(a)", 1, 4, 7)], 8)
    assert _read_heads("(1)text") == ([("paren", "(1)", 1, 0, 3)], 3)
    assert _read_heads("\uff081\uff09 text") == ([("paren", "\uff081\uff09", 1, 0, 3)], 4)
    assert _read_heads("1.\u2003Economy") == ([("arabic", "1.", 1, 0, 2)], 3)
    assert _read_heads("\u0661. text") == ([("arabic", "\u0661.", 1, 0, 2)], 3)
    assert _read_heads("- (1) (a) (b) text") == (
        [("item", "-", None, 0, 1), ("paren", "(1)", 1, 2, 5), ("item", "(a)", 1, 6, 9)],
        10,
    )
    assert _read_heads("The two leaders agreed.") == ([], 0)
    assert _read_heads("Prime Minister Abe stated.") == ([], 0)
    assert _read_heads("") == ([], 0)


def test_halves_of_a_doubled_marker() -> None:
    first, second = halves(Head("arabic", "1. 1.", 1, 2, 7)) or ()
    assert (first.marker, first.start, first.end) == ("1.", 2, 4)
    assert (second.marker, second.start, second.end) == ("1.", 5, 7)
    assert halves(Head("arabic", "12.", 12, 0, 3)) is None
    assert halves(Head("item", "1. 1.", 1, 0, 5)) is None


def test_headings() -> None:
    assert is_heading("Peace treaty issue")
    assert is_heading("Overview (continued)")
    assert not is_heading("At the outset, Prime Minister A stated that Japan welcomes the visit.")
    assert not is_heading("Economy:")
    assert not is_heading("Economy.\u201d")
    assert not is_heading("economic relations")
    assert not is_heading("")


def test_speaker_labels() -> None:
    assert is_speaker_label("President Hu")
    assert is_speaker_label("Prime Minister Koizumi:")
    assert is_speaker_label("H.E. Mr. Putin")
    assert not is_speaker_label("President Hu stated that relations were good.")
    assert not is_speaker_label("The President")


def test_what_markers_stand_for() -> None:
    assert item_ordinals("(i)") == (9, 1)
    assert default_ordinal("(i)") == 1
    assert default_ordinal("(h)") == 8
    assert item_ordinals("(xxxx)") == ()
    assert item_style("(iv)") == "(a)"
    assert item_style("12.") == "1."
    assert letter_value("B") == 2
    assert letter_value("\u00e9") is None
    assert marker_facts("(ii)") == ((2,), "(a)", 2)
