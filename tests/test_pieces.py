"""The JSON the command line writes in pieces is ``to_json``'s text, character for character."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mofa_parse
from mofa_parse import Document, to_json
from mofa_parse.io.pieces import json_pieces, line_safe

SPAN = re.compile(r"\[\n\s+(-?\d+),\n\s+(-?\d+)\n\s+\]")


def expected(doc: Document, indented: bool) -> str:
    text = SPAN.sub(r"[\1, \2]", to_json(doc, indent=2)) if indented else to_json(doc)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085") + "\n"


@pytest.mark.parametrize("indented", [True, False])
def test_the_seeds_in_pieces(seed_paths: list[Path], indented: bool) -> None:
    for path in seed_paths:
        doc = mofa_parse.parse_file(path)
        pieces = list(json_pieces(doc, indented=indented))
        assert pieces[-1] == "\n"
        assert "".join(pieces) == expected(doc, indented)


@given(st.text(st.characters(exclude_categories=()), max_size=80), st.booleans())
def test_any_text_in_pieces(text: str, indented: bool) -> None:
    doc = mofa_parse.parse(text)
    written = "".join(json_pieces(doc, indented=indented))
    assert written == expected(doc, indented)
    written.encode("utf-8")


def test_line_separators_are_escaped() -> None:
    assert line_safe('"a\u2028b\u2029c\x85"') == '"a\\u2028b\\u2029c\\u0085"'
    assert line_safe('"plain"') == '"plain"'
