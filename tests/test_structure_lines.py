"""``lines._lines`` strips a line only at an end where white space may stand: it must read what stripping reads."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from mofa_parse import nodes
from mofa_parse.structure import lines

Reading = tuple[int, int, str, int] | None


def _reference_lines(source: str) -> tuple[list[Reading], list[int]]:
    """Every line split at each break, stripped at both ends with ``str.strip``."""
    found: list[Reading] = []
    starts = lines.line_starts(source)
    for number, (start, raw) in enumerate(zip(starts, re.split(r"\r\n|\r|\n", source), strict=True), 1):
        stripped = raw.strip(lines.WHITESPACE)
        if stripped:
            lead = len(raw) - len(raw.lstrip(lines.WHITESPACE))
            found.append((number, start + lead, stripped, len(raw[:lead].expandtabs(4))))
        else:
            found.append(None)
    return found, starts


def _read(source: str) -> tuple[list[Reading], list[int]]:
    starts: list[int] = []
    found = [
        None if line is None else (line.number, line.start, line.text, line.indent)
        for line in lines._lines(source, starts)
    ]
    return found, starts


def test_no_printable_ascii_character_is_white_space() -> None:
    """What ``_line`` relies on to skip stripping."""
    assert [char for char in lines.WHITESPACE if 32 < ord(char) < 0x85] == []
    assert [hex(code) for code in range(33, 0x85) if chr(code).strip(lines.WHITESPACE) != chr(code)] == []


SPACES = " \t\u00a0\u3000\u200b\ufeff\x85\x84\x7f\x1f\u2028"


def test_lines_edge_cases() -> None:
    for source in ("", "\n", "a", " a ", "\ta\t\n\n  b", "x\x85", "\x85x", "\x84x\x84", "\u3000\u3000", "a\r\nb\rc\n",
                   "   a", "  \ta", " \t a", "  \u3000a", "   ", "  \x85a", "  \x84a  "):
        assert _read(source) == _reference_lines(source), source


@given(st.text(alphabet=st.sampled_from(SPACES + "ab!~\r\n"), max_size=20))
def test_lines_strip_as_str_strip_does(source: str) -> None:
    assert _read(source) == _reference_lines(source)


@given(st.text(max_size=20))
def test_lines_strip_as_str_strip_does_on_any_text(source: str) -> None:
    assert _read(source) == _reference_lines(source)


def test_no_printable_ascii_character_is_stripped() -> None:
    """What ``nodes._strips`` relies on."""
    assert [hex(code) for code in range(33, 0x85) if chr(code).strip() != chr(code)] == []


@given(st.text(alphabet=st.sampled_from(SPACES + "ab!~\r\n\x1c\x0b"), min_size=1, max_size=8) | st.text(min_size=1))
def test_strips_is_what_str_strip_says(value: str) -> None:
    assert nodes._strips(value) == (value != value.strip())


@given(st.text(alphabet=st.sampled_from(SPACES + "ab!~\n\x1c\x0b\x85"), max_size=24))
def test_lines_without_carriage_returns_strip_as_str_strip_does(source: str) -> None:
    """Read by ``_lf_lines``, in place."""
    assert _read(source) == _reference_lines(source)
