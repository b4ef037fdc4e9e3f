"""Error quality: every ParseError and Diagnostic says where (1-based line and column,
counted in characters), what (the offending line) and why, in words a reader of the
readout understands."""

from __future__ import annotations

import pytest

import mofa_parse
from mofa_parse import ParseError

HEAD = "Japan-X Talks\nNovember 22, 2004\n"


def _strict_error(text: str) -> ParseError:
    with pytest.raises(ParseError) as caught:
        mofa_parse.parse(text, strict=True)
    return caught.value


def test_column_counts_characters_not_tab_stops() -> None:
    """Lexer diagnostics once gave the column with tabs expanded to four (33 for eight tabs)."""
    nested = "".join("\t" * depth + "- point\n" for depth in range(9))
    error = _strict_error(HEAD + "1. Economy\n" + nested)
    assert (error.line, error.column, error.text) == (12, 9, "- point")
    assert str(error) == "12:9: list nested deeper than 8 levels; marker '-' kept as text"
