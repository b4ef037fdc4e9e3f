"""The vocabulary of sentences, read from ``text.toml``: the abbreviations a sentence does not end at.

One list for every reader of sentences (``text.sentences``): the meeting pass's
reading of a paragraph and the speech pass's alike. Adding an abbreviation is an
entry in ``text.toml`` and an example line in ``tests/fixtures/rules/text.txt``.
"""

from __future__ import annotations

from mofa_parse.rules.load import TableShape, load

__all__ = ["ABBREVIATIONS"]

#: The tables of ``text.toml`` and what their entries hold.
_SHAPES = {"abbreviation": TableShape({"word": str}, unique=("word",))}
_TABLES = load("text.toml", _SHAPES)

#: Words a full stop after ends no sentence ("Mr.", "approx.", "Jan."), as written.
ABBREVIATIONS: tuple[str, ...] = tuple(entry["word"] for entry in _TABLES["abbreviation"])
