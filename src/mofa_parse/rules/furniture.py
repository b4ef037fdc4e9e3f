"""Page furniture, read from ``furniture.toml``: the lines that belong to the web page, not the readout.

One table per kind of furniture (navigation, photo, publisher, breadcrumb,
footnote, category); each entry is a phrase or a regular expression for a
whole line. The expression built from the entries of each kind is in
``HEADER_PATTERNS`` for the lines of the header (up to the date line); in ``CAPTION_PATTERNS``,
without the entries marked ``header_only``, for the lines between the date line and the first
line of text, where the current pages put their photo captions; and in ``BODY_PATTERNS``, without
the entries marked ``header_only`` or ``caption`` either, for the lines below. A photo line may end
with the photo's credit ("... (Photo: Cabinet Public Affairs Office)"), one of the ``[[credit]]``
entries; a photo entry marked ``credited`` is a photo line only when the credit ends it. A
navigation line may end with a lone symbol that an image link left in the copied text ("Official
Residence @"), one of the ``[[link_mark]]`` entries. A pattern may name a word list of the file in
braces, ``{caption_verb}``, ``{caption_participle}`` or ``{partner}``, for any one of its words: the
present-tense verbs of the captions that describe a photo ("... who hold a joint press
announcement"), their participles ("... holding a meeting with ...") and the organisations
and regions a category line names ("Japan and the United Nations"). Adding a
navigation link is one ``[[navigation]]`` entry in ``furniture.toml`` plus an
example line in ``tests/fixtures/rules/furniture.txt``. A navigation entry marked ``day_page``
is the banner of a page that reports one day's events (the kantei's "What's up around the
Prime Minister"): ``DAY_PAGE_PATTERN`` matches it, and such a page's date line is the day of
its meeting when the lead names none. Every entry reads a line through ``furniture_text``, with
each run of white space one space: pages pad their links ("Official Residence   TOP").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from mofa_parse.rules.load import RulesError, TableShape, load

__all__ = [
    "BODY_PATTERNS",
    "CAPTION_PATTERNS",
    "CREDITS",
    "DAY_PAGE_PATTERN",
    "HEADER_PATTERNS",
    "KINDS",
    "LINK_MARKS",
    "TABLES",
    "WORD_LISTS",
    "entry_pattern",
    "furniture_text",
    "line_pattern",
]

#: The kinds of furniture, in the order a line is tried against them.
KINDS = ("navigation", "photo", "publisher", "breadcrumb", "footnote", "category")

_ENTRY = TableShape(
    {},
    optional={
        "phrase": str,
        "pattern": str,
        "any_case": bool,
        "then_text": bool,
        "header_only": bool,
        "caption": bool,
        "day_page": bool,
        "credited": bool,
    },
    unique=("phrase", "pattern"),
)
_ENDING = TableShape({"pattern": str}, unique=("pattern",))
#: The word lists a pattern may name in braces ("{caption_verb}"), each a table of ``word`` entries.
_WORD_LIST_TABLES = ("caption_verb", "caption_participle", "partner")
_WORD = TableShape({"word": str}, unique=("word",))
#: A word list named in a pattern: letters in braces, which no quantifier ("{0,80}") is.
_WORD_LIST_NAME = re.compile(r"\{(?P<name>[a-z_]+)\}")


def furniture_text(line: str) -> str:
    """A line as the entries read it: stripped, each run of white space one space."""
    return " ".join(line.split())


def entry_pattern(kind: str, entry: Mapping[str, Any]) -> str:
    """The regular expression (for a whole line) of one entry of the table ``kind``.

    A phrase is matched as written; ``any_case`` reads it in any case with any
    white space between its words; ``then_text`` lets up to 80 more characters
    follow it ("Back to" + "Index").
    """
    phrase, pattern = entry.get("phrase"), entry.get("pattern")
    where = f"rules/furniture.toml: [[{kind}]] entry {phrase or pattern!r}"
    if (phrase is None) == (pattern is None):
        raise RulesError(f"{where}: give a phrase or a pattern, not both or neither")
    if pattern is not None:
        if "any_case" in entry or "then_text" in entry:
            raise RulesError(f"{where}: any_case and then_text belong to phrases")
        unknown = [name for name in _WORD_LIST_NAME.findall(pattern) if name not in WORD_LISTS]
        if unknown:
            raise RulesError(f"{where}: no word list {unknown[0]!r}")
        built = _WORD_LIST_NAME.sub(lambda named: WORD_LISTS[named["name"]], str(pattern))
        try:
            re.compile(built)
        except re.error as error:
            raise RulesError(f"{where}: not a regular expression: {error}") from None
        return built
    if entry.get("any_case"):
        built = r"(?i:" + r"\s+".join(re.escape(word) for word in str(phrase).split()) + ")"
    else:
        built = re.escape(str(phrase))
    if entry.get("then_text"):
        built += r"\s+\S.{0,80}"
    return built


def _ending_pattern(table: str, entries: tuple[Mapping[str, Any], ...]) -> str:
    """The expression of the endings a line may have, one entry each: the ``[[credit]]`` a photo line
    may end with ("Photo: ...", "(Photo: ...)"), the ``[[link_mark]]`` an image link leaves after a
    navigation line ("@")."""
    for entry in entries:
        try:
            re.compile(entry["pattern"])
        except re.error as error:
            where = f"rules/furniture.toml: [[{table}]] entry {entry['pattern']!r}"
            raise RulesError(f"{where}: not a regular expression: {error}") from None
    return "|".join(f"(?:{entry['pattern']})" for entry in entries)


def _applies(entry: Mapping[str, Any], place: str) -> bool:
    """Whether ``entry`` counts in ``place``: "header" (up to the date line), "captions" (from the date
    line to the first line of text) or "body" (below)."""
    if place == "header":
        return True
    if entry.get("header_only"):
        return False
    return place == "captions" or not entry.get("caption")


def line_pattern(kind: str, entries: Sequence[Mapping[str, Any]]) -> str:
    """The expression of a whole line of ``kind`` that one of ``entries`` reads, with the ending the
    line may have: a photo line's credit ("... Photo: Cabinet Public Relations Office"), which ends
    a ``credited`` entry's line always, and a navigation line's image-link mark ("... @"). Empty when
    there are no entries."""
    plain = "|".join(f"(?:{entry_pattern(kind, entry)})" for entry in entries if not entry.get("credited"))
    credited = "|".join(f"(?:{entry_pattern(kind, entry)})" for entry in entries if entry.get("credited"))
    if credited and kind != "photo":
        raise RulesError(f"rules/furniture.toml: [[{kind}]]: only a photo line has a credit")
    if kind == "photo" and CREDITS:
        forms = [f"(?:{plain})(?:\\s+(?:{CREDITS}))?"] if plain else []
        if credited:
            forms.append(f"(?:{credited})\\s+(?:{CREDITS})")
        return "|".join(forms)
    if kind == "navigation" and LINK_MARKS and plain:
        return f"(?:{plain})(?:\\s?(?:{LINK_MARKS}))?"
    return plain


def _patterns(tables: Mapping[str, tuple[Mapping[str, Any], ...]], place: str) -> dict[str, str]:
    """For each kind that has entries there, the expression of a whole line its entries that count in
    ``place`` read (``line_pattern``)."""
    found = {}
    for kind in KINDS:
        built = line_pattern(kind, [entry for entry in tables[kind] if _applies(entry, place)])
        if built:
            found[kind] = built
    return found


def _word_list(entries: tuple[Mapping[str, Any], ...]) -> str:
    """The expression of any one word of a word list, as written with any white space between its
    words; the longest first, so that a word is tried before a shorter one it begins with."""
    words = sorted((str(entry["word"]) for entry in entries), key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, word.split())) for word in words) + ")"


#: The entries of each table, as read.
TABLES = load(
    "furniture.toml",
    {
        **dict.fromkeys(KINDS, _ENTRY),
        "credit": _ENDING,
        "link_mark": _ENDING,
        **dict.fromkeys(_WORD_LIST_TABLES, _WORD),
    },
)
#: For each word list a pattern may name in braces, the expression of any one of its words.
WORD_LISTS: dict[str, str] = {name: _word_list(TABLES[name]) for name in _WORD_LIST_TABLES}
#: The credits a photo line may end with, one expression.
CREDITS: str = _ending_pattern("credit", TABLES["credit"])
#: The lone symbols an image link may leave after a navigation line, one expression.
LINK_MARKS: str = _ending_pattern("link_mark", TABLES["link_mark"])
#: For each kind, one expression that matches a whole line of that kind in the header.
HEADER_PATTERNS: dict[str, str] = _patterns(TABLES, "header")
#: The same from the date line to the first line of text, without the entries marked ``header_only``.
CAPTION_PATTERNS: dict[str, str] = _patterns(TABLES, "captions")
#: The same below, without the entries marked ``header_only`` or ``caption``.
BODY_PATTERNS: dict[str, str] = _patterns(TABLES, "body")
#: A whole navigation line that is the banner of a page reporting one day's events.
DAY_PAGE_PATTERN: str = "|".join(
    f"(?:{entry_pattern('navigation', entry)})" for entry in TABLES["navigation"] if entry.get("day_page")
)
