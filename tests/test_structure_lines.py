"""Reading the lines of a readout: breaks, offsets, stripping, indentation."""

from __future__ import annotations

from mofa_parse.structure.lines import line_starts, read_lines


def _read(source: str) -> list[tuple[int, tuple[int, int, str, int] | None]]:
    return [
        (start, None if line is None else (line.number, line.start, line.text, line.indent))
        for start, line in read_lines(source)
    ]


def test_lines_end_at_crlf_cr_and_lf_only() -> None:
    assert _read("a\r\nb\rc\n") == [(0, (1, 0, "a", 0)), (3, (2, 3, "b", 0)), (5, (3, 5, "c", 0)), (7, None)]
    # Form feeds, NEL and line separators are white space inside a line, not breaks.
    assert _read("a\x0cb\x85c\u2028d") == [(0, (1, 0, "a\x0cb\x85c\u2028d", 0))]
    assert line_starts("a\r\nb\rc\n") == [0, 3, 5, 7]
    assert line_starts("") == [0]


def test_lines_are_stripped_of_unicode_spaces_and_indentation_counts_tabs() -> None:
    assert _read("   a") == [(0, (1, 3, "a", 3))]
    assert _read("  \ta") == [(0, (1, 3, "a", 4))]
    assert _read("\u3000\u200b\ufeffa\u00a0 ") == [(0, (1, 3, "a", 3))]
    assert _read("\ta\t\n\n  b") == [(0, (1, 1, "a", 4)), (4, None), (5, (3, 7, "b", 2))]
    assert _read("\x84x\x84") == [(0, (1, 0, "\x84x\x84", 0))]
    assert _read("   \n\u3000\u3000") == [(0, None), (4, None)]
    assert _read("") == [(0, None)]
