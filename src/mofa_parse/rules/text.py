"""The vocabulary of sentences, read from ``text.toml``: the abbreviations a sentence does not end at,
the small words a title writes in lower case, and the words of a subtitle.

One list for every reader of sentences (``text.sentences``): the meeting pass's
reading of a paragraph and the speech pass's alike. Adding an abbreviation is an
entry in ``text.toml`` and an example line in ``tests/fixtures/rules/text.txt``; so is
adding a small word of titles, which the header reads (``structure.header.title_cased``), and a
word of subtitles ("Overview", "Main Points": ``structure.header``).
"""

from __future__ import annotations

from mofa_parse.rules.load import TableShape, load

__all__ = ["ABBREVIATIONS", "SUBTITLE_WORDS", "TITLE_SMALL_WORDS"]

#: The tables of ``text.toml`` and what their entries hold.
_SHAPES = {
    "abbreviation": TableShape({"word": str}, unique=("word",)),
    "title_small_word": TableShape({"word": str}, unique=("word",)),
    "subtitle_word": TableShape({"word": str}, unique=("word",)),
}
_TABLES = load("text.toml", _SHAPES)

#: Words a full stop after ends no sentence ("Mr.", "approx.", "Jan."), as written.
ABBREVIATIONS: tuple[str, ...] = tuple(entry["word"] for entry in _TABLES["abbreviation"])

#: Words a title writes in lower case ("of", "the", "between"): they say nothing of its case.
TITLE_SMALL_WORDS: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["title_small_word"])

#: The words a subtitle is made of ("Overview", "Outline", "Main Points"), as written.
SUBTITLE_WORDS: tuple[str, ...] = tuple(entry["word"] for entry in _TABLES["subtitle_word"])
