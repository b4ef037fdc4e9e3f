"""Classify the lines of a readout into the tokens the grammar reads.

This is the step in front of the grammar (``grammar/mofa.lark``). It reads the
source once, line by line, and guarantees to the grammar:

* Lines end at ``\\r\\n``, ``\\r`` or ``\\n``; nothing else splits a line.
  Leading and trailing white space (including NBSP, BOM and zero-width space)
  is not content. Blank lines carry no structure: layouts with and without
  blank lines read the same.
* Page furniture (navigation, category lines above the title, breadcrumbs,
  photo lines and a trailing "photo" on a paragraph, the publisher line,
  translation notes) never reaches the grammar; it is returned as chrome.
* The header (title, its continuation lines, subtitle, date line) comes first,
  at most one of each field.
* Every other non-blank line yields one ``PARA`` token, or one to three
  marker tokens followed by a ``PARA`` for the text after the markers (none
  when the text is a heading, which rides on the marker token).
* The level of every marker is decided here, from the marker's style, its
  number against the numbering in force at each level, its indentation against
  the first section marker's, and whether the text reads as a heading. So
  ``1.`` may be a section, a clause (numbering restarting under a section
  heading) or a list item; ``(1)`` a clause or a list item.
* ``ITEM`` tokens are balanced by ``END`` tokens: an item closes when a line at
  its marker's indentation or shallower arrives, when a sibling of its style
  arrives, or before any clause or section marker. Items nest at most
  ``MAX_ITEM_DEPTH`` deep; deeper markers stay in the text, with a diagnostic.

Each token's value is a ``Piece``: the text, its offsets in the source, and
for markers the marker as written and the number it stands for.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final

from mofa_parse.model import Chrome, ChromeKind, Diagnostic, ParagraphKind, Severity, Span
from mofa_parse.nodes import trusted_chrome, trusted_span
from mofa_parse.structure.markers import (
    ROMAN_VALUES,
    default_ordinal,
    is_speaker_label,
    item_ordinals,
    item_style,
    letter_value,
)
from mofa_parse.text.dates import DateLine, read_date_line

__all__ = ["MAX_ITEM_DEPTH", "WHITESPACE", "Lexed", "Piece", "is_heading", "lex", "line_starts", "read_heads"]

#: Deepest nesting of list items; deeper markers are kept as text.
MAX_ITEM_DEPTH: Final = 8
#: Most markers read at the start of one line ("(1) (a) text" has two).
MAX_MARKERS_PER_LINE: Final = 3

#: What counts as white space at the edges of a line: Unicode spaces, plus BOM and zero-width space.
WHITESPACE: Final = (
    " \t\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u202f\u205f\u3000\ufeff\x1c\x1d\x1e\x1f\x85\u2028\u2029"
)
_WS: Final = WHITESPACE
_LINE: Final = re.compile(r"[^\r\n]*")

#: What the classifier reads from a marker as written: its ordinals, its style, its usual ordinal.
_MarkerFacts = tuple[tuple[int | None, ...], str, int | None]


def _facts(marker: str) -> _MarkerFacts:
    """``item_ordinals``, ``item_style`` and ``default_ordinal`` of ``marker``: pure functions of a marker as
    written, called for every marker line, so cached (one cached call for the three)."""
    return item_ordinals(marker), item_style(marker), default_ordinal(marker)


_marker_facts: Final = functools.lru_cache(maxsize=1024)(_facts)


#: The paragraph kinds, read once: an enum member read through its class is an attribute lookup.
_TEXT: Final = ParagraphKind.TEXT
_SPEAKER_LABEL: Final = ParagraphKind.SPEAKER_LABEL


class Piece:
    """One token's worth of a line: text with its place, and marker facts."""

    __slots__ = ("date", "end", "kind", "line", "marker", "number", "start", "text", "title")

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        line: int,
        *,
        marker: str = "",
        number: int | None = None,
        title: str | None = None,
        kind: ParagraphKind = _TEXT,
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.line = line
        self.marker = marker
        self.number = number
        self.title = title
        self.kind = kind
        self.date: DateLine | None = None  # a date line's reading (``read_date_line(text)``)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Piece({self.text!r}, {self.start}, {self.end}, marker={self.marker!r})"

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


class Lexed:
    """What the classifier found: tokens for the grammar, and what stays beside the tree."""

    __slots__ = ("chrome", "diagnostics", "starts", "tokens")

    def __init__(self) -> None:
        self.tokens: list[tuple[str, Piece]] = []
        self.chrome: list[Chrome] = []
        self.diagnostics: list[Diagnostic] = []
        self.starts: list[int] = []  # where each line starts, as ``line_starts`` gives them


def line_starts(source: str) -> list[int]:
    """Offsets where each line of ``source`` starts (line 1 at index 0)."""
    starts = [0]
    for match in re.finditer(r"\r\n|\r|\n", source):
        starts.append(match.end())
    return starts


# --------------------------------------------------------------------------- chrome

_NAVIGATION: Final = re.compile(
    r"(?i:back\s+to\s+\S.{0,80}|back\s+to\s+top|page\s+top|top\s+of\s+page|return\s+to\s+top)"
    r"|Summary of Meetings|Japanese|Press Releases?|Related Links?|Print|PDF",
)
_CATEGORY: Final = re.compile(
    r"Japan[-\u2010\u2013][^\s>].{0,70}\sRelations|Countries\s*&(?:amp;)?\s*Regions|Diplomatic Relations"
    r"|Foreign Policy|Regional Affairs|Press Conferences?|Countries and Regions"
)
_BREADCRUMB: Final = re.compile(r"(?i:home)\s*>.*")
_PHOTO_GROUP: Final = r"(?i:photo)\s*\((?:[^()]|\([^()]*\)){0,400}\)"
_PHOTO: Final = re.compile(
    rf"(?:{_PHOTO_GROUP}\s*)+"
    r"|\(\s*(?i:photo)\s*(?::[^()]{0,200})?\)(?:\s+\S.{0,300})?"
    r"|(?i:photo)(?:\s*:\s*\S.{0,200})?"
)
_TRAILING_PHOTO: Final = re.compile(r"(?<=[.!?)\"'\u201d\u2019])\s+(\(\s*(?i:photo)\s*\)|(?i:photo))\Z")
_PHOTO_LAST: Final = (")", "o", "O")
_PUBLISHER: Final = re.compile(r"Ministry of Foreign Affairs(?:,?\s+(?:of\s+)?Japan)?\.?")
_FOOTNOTE: Final = re.compile(
    r"\[\s*(?i:provisional\s+translation)\s*\]"
    r"|(?:[*\u203b]+|\(\s*\*?|\(?(?i:note)\s*\)?:?)?\s*(?i:(?:the\s+)?foregoing\b|this\s+is\s+a\s+provisional|provisional\s+translation\b).{0,400}"
)


#: Matches a whole line where any pattern below does: one test rules out most lines.
_ANY_CHROME: Final = re.compile(
    "|".join(f"(?:{kind.pattern})" for kind in (_NAVIGATION, _PHOTO, _PUBLISHER, _BREADCRUMB, _FOOTNOTE, _CATEGORY))
)


#: Every character that can start a match of a pattern above (case-insensitive words
#: included both ways): a line starting with any other character is content. Checked
#: over every code point by ``tests/test_structure_shortcuts.py``.
_CHROME_FIRST: Final = frozenset("bBpPtTrRhHnNfFSJMCD([*\u203b")
#: What can follow an opening "(" in a match: a photo, a note or a translation note.
_CHROME_AFTER_PAREN: Final = frozenset("pPtTfFnN*")
#: First characters that a match may start with whatever follows them.
_CHROME_SIGNS: Final = frozenset("[*\u203b")
#: The words (in lower case) a match starting with a letter starts with, inside ``(?i:...)``:
#: each is followed by a character that is not a letter (``"note"`` may be followed by more words).
_CHROME_WORDS_ANY_CASE: Final = frozenset(
    {"back", "page", "top", "return", "home", "photo", "this", "the", "foregoing", "provisional"}
)
#: The case-sensitive alternatives' literal beginnings, by their first word.
_CHROME_STARTS: Final[dict[str, tuple[str, ...]]] = {
    "Summary": ("Summary of Meetings",),
    "Japanese": ("Japanese",),
    "Japan": ("Japan-", "Japan\u2010", "Japan\u2013"),
    "Press": ("Press Release", "Press Conference"),
    "Related": ("Related Link",),
    "Print": ("Print",),
    "PDF": ("PDF",),
    "Ministry": ("Ministry of Foreign Affairs",),
    "Countries": ("Countries",),
    "Diplomatic": ("Diplomatic Relations",),
    "Foreign": ("Foreign Policy",),
    "Regional": ("Regional Affairs",),
}


def _ascii_word_end(text: str, pos: int) -> int:
    """Where the run of ASCII letters at ``pos`` ends; -1 where it ends at a character beyond ASCII
    (which a case-insensitive pattern may read as a letter: "\u017f" as "s")."""
    size = len(text)
    while pos < size:
        code = ord(text[pos])
        if 97 <= code <= 122 or 65 <= code <= 90:
            pos += 1
        elif code > 127:
            return -1
        else:
            return pos
    return pos


def may_be_chrome(text: str) -> bool:
    """False only where ``_ANY_CHROME`` cannot match ``text`` (a non-empty stripped line), by its first characters.

    Most lines start with a capital some furniture starts with too ("The two leaders",
    "Prime Minister"): a line starting with a letter needs one of the patterns' first
    words ("the" only before "foregoing").
    """
    char = text[0]
    if char not in _CHROME_FIRST:
        return char.isspace()
    if char == "(":
        after = text[1:2]
        return not after or after in _CHROME_AFTER_PAREN or after.isspace()
    if char in _CHROME_SIGNS:
        return True
    end = _ascii_word_end(text, 1)
    if end < 0:
        return True
    word = text[:end]
    starts = _CHROME_STARTS.get(word)
    if starts is not None and text.startswith(starts):
        return True
    word = word.lower()
    if word.startswith("note"):
        return True
    if word not in _CHROME_WORDS_ANY_CASE:
        return False
    if word != "the":
        return True
    # "the" starts a match only as "the foregoing".
    at = end
    size = len(text)
    while at < size and text[at].isspace():
        at += 1
    next_end = _ascii_word_end(text, at)
    return next_end < 0 or text[at:next_end].lower() == "foregoing"


def chrome_kind(text: str, *, header: bool) -> ChromeKind | None:
    """The kind of page furniture a whole stripped line is, or None for content.

    Category lines count only in the header, where pages put them above the title.
    """
    if not text or len(text) > 420 or not may_be_chrome(text) or _ANY_CHROME.fullmatch(text) is None:
        return None
    if _NAVIGATION.fullmatch(text):
        return ChromeKind.NAVIGATION
    if _PHOTO.fullmatch(text):
        return ChromeKind.PHOTO
    if _PUBLISHER.fullmatch(text):
        return ChromeKind.PUBLISHER
    if _BREADCRUMB.fullmatch(text) and text.count(">") >= 2:
        return ChromeKind.BREADCRUMB
    if _FOOTNOTE.fullmatch(text):
        return ChromeKind.FOOTNOTE
    if header and _CATEGORY.fullmatch(text):
        return ChromeKind.CATEGORY
    return None


# --------------------------------------------------------------------------- header

_SUBTITLE_WORDS: Final = r"(?:Overview|Summary|Outline|Results?|Evaluation|Gist|Main\s+Points|Readout)"
_SUBTITLE_BODY: Final = (
    rf"{_SUBTITLE_WORDS}(?:\s*(?:of|and|&|&amp;|the)\s*(?:{_SUBTITLE_WORDS}|the\s+Meetings?|Meetings?|Talks))*"
)
_SUBTITLE_LINE: Final = re.compile(rf"[(<\uff08]\s*(?P<words>{_SUBTITLE_BODY})\s*[)>\uff09]")
_SUBTITLE_TAIL: Final = re.compile(rf"\s+[(<\uff08]\s*(?P<words>{_SUBTITLE_BODY})\s*[)>\uff09]\Z")
#: The last character of a match of ``_SUBTITLE_TAIL``: only a title ending with one is searched.
_SUBTITLE_CLOSERS: Final = frozenset(")>\uff09")
_TITLE_CONTINUES: Final = re.compile(r"[a-z]|(?i:on\s+the\s+occasion|between\b|and\b|with\b|at\s+the\b|in\s+\w)")
_LABEL_FIELD: Final = re.compile(r"[A-Z][A-Za-z ]{0,20}:\s")
_SENTENCE_END: Final = re.compile(r"[.:;!?][\"'\u201d\u2019)]?\Z")


def _sentence_like(text: str) -> bool:
    """A line that reads as running text rather than a title or heading."""
    if len(text) > 200:
        return True
    return bool(_SENTENCE_END.search(text)) and text.count(" ") >= 5


# --------------------------------------------------------------------------- markers

_M_ROMAN: Final = re.compile(r"(?P<m>(?P<v>[IVX]{1,6})\.)(?=\s|\Z)")
_M_LETTER: Final = re.compile(r"(?P<m>(?P<v>[A-Z])\.)\s+(?=\S)")
_M_ARABIC: Final = re.compile(r"(?P<m>(?P<v>\d{1,2})\.(?:[ \t]+(?P=v)\.)?)(?=\s|\Z|[A-Z(\"\u201c])")
_M_BARE: Final = re.compile(r"(?P<m>(?P<v>\d{1,2}))\s+(?=[A-Z])")
_M_PAREN: Final = re.compile(r"(?P<m>[(\uff08](?P<v>\d{1,2})[)\uff09])")
_M_ITEM: Final = re.compile(
    r"(?P<m>[(\uff08](?:[a-z]|[ivx]{2,5}|[A-Z])[)\uff09]"
    r"|(?:[a-z]|[ivx]{2,5}|\d{1,2})\)"
    r"|[a-z]\."
    r"|[\u2022\-*\u30fb\u25cb\u25cf\u25c6\u25c7\u25a0\u25a1\u25aa\u2013\u2014])(?=\s|\Z)"
)
# "1 January 2005 ..." starts with a date, not with section 1.
_MONTH_START: Final = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")
_SPACE_RUN: Final = re.compile("[" + re.escape(_WS) + "]*")

class _Head:
    __slots__ = ("end", "facts", "kind", "marker", "start", "value")

    def __init__(self, kind: str, marker: str, value: int | None, start: int, end: int) -> None:
        self.kind = kind  # roman, letter, arabic, bare, paren, item
        self.marker = marker
        self.value = value
        self.start = start  # offsets within the stripped text
        self.end = end
        self.facts: _MarkerFacts | None = None  # ``_marker_facts(marker)``, once asked for

    def marker_facts(self) -> _MarkerFacts:
        """``_marker_facts(self.marker)``, read once per marker."""
        facts = self.facts
        if facts is None:
            facts = self.facts = _marker_facts(self.marker)
        return facts


#: The characters that can start a match of ``_M_ROMAN`` and of ``_M_PAREN``; ``_M_LETTER``
#: starts with A-Z, ``_M_ARABIC`` and ``_M_BARE`` with a digit.
_ROMAN_FIRST: Final = "IVX"
_PAREN_FIRST: Final = "(\uff08"


#: The characters that can start a match of ``_M_ITEM`` besides digits and lower-case letters.
_ITEM_FIRST: Final = frozenset("(\uff08\u2022-*\u30fb\u25cb\u25cf\u25c6\u25c7\u25a0\u25a1\u25aa\u2013\u2014")
_WS_CHARS: Final = frozenset(_WS)


def may_start_marker(text: str) -> bool:
    """False only where no marker pattern (``_M_*``) can match at the start of ``text``, read
    from its first characters: most lines start with none, and this one test rules them all
    out (``tests/test_line_prefilters.py`` checks it against the patterns).

    A line starting with a capital needs a period among its next six characters
    ("A.", "XIV."), one starting with a small letter a period or ")" among its
    next five ("a.", "iv)"); digits, "(" and bullets may always start a marker.
    """
    size = len(text)
    if not size:
        return False
    char = text[0]
    code = ord(char)
    if 65 <= code <= 90:  # A-Z
        if size > 1 and text[1] == ".":
            return True
        if char not in _ROMAN_FIRST:
            return False
        at = 1
        while at < 6 and at < size and text[at] in _ROMAN_FIRST:
            at += 1
        return at < size and text[at] == "."
    if 97 <= code <= 122:  # a-z
        at = 1
        while at < 5 and at < size and 97 <= ord(text[at]) <= 122:
            at += 1
        return at < size and (text[at] == "." or text[at] == ")")
    return char in _ITEM_FIRST or char.isdigit()


def _paren_head(text: str, pos: int, size: int) -> _Head | None:
    """What ``_M_PAREN`` reads at ``pos`` ("(1)", "（12）"), read by characters; ``\\d`` is ``str.isdecimal``."""
    if pos + 2 >= size or not text[pos + 1].isdecimal():
        return None
    close = pos + 3 if text[pos + 2].isdecimal() else pos + 2
    if close >= size or (text[close] != ")" and text[close] != "\uff09"):
        return None
    return _Head("paren", text[pos : close + 1], int(text[pos + 1 : close]), pos, close + 1)


def _roman_head(text: str, pos: int, size: int) -> _Head | None:
    """What ``_M_ROMAN`` reads at ``pos`` ("IV." before white space or the end), if a numeral, read by characters."""
    end = pos
    while end < size and end - pos < 7 and text[end] in _ROMAN_FIRST:
        end += 1
    if end == pos or end - pos > 6 or end >= size or text[end] != ".":
        return None
    if end + 1 < size and not text[end + 1].isspace():
        return None
    value = ROMAN_VALUES.get(text[pos:end])
    if value is None:
        return None
    return _Head("roman", text[pos : end + 1], value, pos, end + 1)


def _letter_head(text: str, pos: int, size: int) -> _Head | None:
    """What ``_M_LETTER`` reads at ``pos`` ("A." and white space before more text), read by characters."""
    code = ord(text[pos])
    if not 65 <= code <= 90 or pos + 2 >= size or text[pos + 1] != "." or not text[pos + 2].isspace():
        return None
    at = pos + 3
    while at < size and text[at].isspace():
        at += 1
    if at >= size:
        return None
    return _Head("letter", text[pos : pos + 2], code - 64, pos, pos + 2)


def _digits_end(text: str, pos: int, size: int) -> int:
    """The end of the one or two decimal digits at ``pos`` (``\\d{1,2}``); ``pos`` where there is none."""
    if pos >= size or not text[pos].isdecimal():
        return pos
    if pos + 1 < size and text[pos + 1].isdecimal():
        return pos + 2
    return pos + 1


def _before_arabic_text(text: str, pos: int, size: int) -> bool:
    """``_M_ARABIC``'s lookahead: the end, white space, a capital, "(" or an opening quote at ``pos``."""
    if pos >= size:
        return True
    char = text[pos]
    code = ord(char)
    return 65 <= code <= 90 or char == "(" or char == '"' or char == "\u201c" or char.isspace()


def _arabic_head(text: str, pos: int, size: int) -> _Head | None:
    """What ``_M_ARABIC`` reads at ``pos`` ("1.", or doubled "1. 1."), read by characters."""
    end = _digits_end(text, pos, size)
    if end == pos or end >= size or text[end] != ".":
        return None
    digits = text[pos:end]
    dot = end + 1
    at = dot
    while at < size and (text[at] == " " or text[at] == "\t"):
        at += 1
    if at > dot and text.startswith(digits, at):
        close = at + len(digits)
        if close < size and text[close] == "." and _before_arabic_text(text, close + 1, size):
            return _Head("arabic", text[pos : close + 1], int(digits), pos, close + 1)
    if not _before_arabic_text(text, dot, size):
        return None
    return _Head("arabic", text[pos:dot], int(digits), pos, dot)


def _bare_head(text: str, pos: int, size: int) -> _Head | None:
    """What ``_M_BARE`` reads at ``pos`` (a number, white space, then a capital), read by characters."""
    end = _digits_end(text, pos, size)
    if end == pos:
        return None
    at = end
    while at < size and text[at].isspace():
        at += 1
    if at == end or at >= size or not 65 <= ord(text[at]) <= 90:
        return None
    return _Head("bare", text[pos:end], int(text[pos:end]), pos, end)


def _ivx_run(text: str, pos: int, size: int) -> int:
    """How many of "i", "v", "x" stand at ``pos`` (counted up to 6: ``[ivx]{2,5}`` takes 2 to 5)."""
    end = pos
    while end < size and end - pos < 6 and text[end] in "ivx":
        end += 1
    return end - pos


def _item_end(text: str, pos: int, size: int) -> int:
    """Where the marker ``_M_ITEM`` reads at ``pos`` ends, or -1, read by characters.

    Its alternatives exclude each other (by the first two characters), so the
    first that fits is the match, if white space or the end follows it.
    """
    char = text[pos]
    code = ord(char)
    end = -1
    if char == "(" or char == "\uff08":  # "(a)", "(A)", "(iv)"
        if pos + 2 < size:
            inner = ord(text[pos + 1])
            if (97 <= inner <= 122 or 65 <= inner <= 90) and text[pos + 2] in _CLOSE:
                end = pos + 3
            else:
                run = _ivx_run(text, pos + 1, size)
                if 2 <= run <= 5 and pos + 1 + run < size and text[pos + 1 + run] in _CLOSE:
                    end = pos + 2 + run
    elif 97 <= code <= 122:  # "a)", "a.", "iv)"
        if pos + 1 < size and (text[pos + 1] == ")" or text[pos + 1] == "."):
            end = pos + 2
        else:
            run = _ivx_run(text, pos, size)
            if 2 <= run <= 5 and pos + run < size and text[pos + run] == ")":
                end = pos + run + 1
    elif char in _BULLETS:
        end = pos + 1
    else:  # "1)", "12)"
        digits = _digits_end(text, pos, size)
        if digits > pos and digits < size and text[digits] == ")":
            end = digits + 1
    if end < 0 or (end < size and not text[end].isspace()):
        return -1
    return end


#: The closing parentheses of ``_M_ITEM`` and the bullets it takes.
_CLOSE: Final = ")\uff09"
_BULLETS: Final = frozenset("\u2022-*\u30fb\u25cb\u25cf\u25c6\u25c7\u25a0\u25a1\u25aa\u2013\u2014")


def read_heads(text: str) -> tuple[list[_Head], int]:
    """The markers at the start of a stripped line, and where the text after them starts.

    Each marker pattern (``_M_*``) is read by characters where its first character
    can stand (``tests/test_structure_markers.py`` checks each reading against its pattern).
    """
    heads: list[_Head] = []
    if not may_start_marker(text):
        return heads, 0
    pos = 0
    size = len(text)
    while len(heads) < MAX_MARKERS_PER_LINE and pos < size:
        first = not heads
        head: _Head | None = None
        char = text[pos]
        digit = char.isdigit()
        code = ord(char)
        if first and 65 <= code <= 90:  # A-Z
            if char in _ROMAN_FIRST:
                head = _roman_head(text, pos, size)
            if head is None:
                head = _letter_head(text, pos, size)
        if head is None and digit:
            head = _arabic_head(text, pos, size)
        if head is None and first and digit:
            head = _bare_head(text, pos, size)
        if head is None and char in _PAREN_FIRST:
            head = _paren_head(text, pos, size)
        if head is None and (digit or 97 <= code <= 122 or char in _ITEM_FIRST):  # a digit, a-z
            end = _item_end(text, pos, size)
            if end >= 0:
                marker = text[pos:end]
                head = _Head("item", marker, None, pos, end)
                head.value = head.marker_facts()[2]
        if head is None:
            break
        heads.append(head)
        pos = head.end
        while pos < size and text[pos] in _WS_CHARS:  # as ``_SPACE_RUN`` would
            pos += 1
    return heads, pos


_DOUBLED: Final = re.compile(r"(\d+\.)[ \t]+")


def _halves(head: _Head) -> tuple[_Head, _Head] | None:
    """The two markers of a doubled marker ("1. 1."), or None for any other marker."""
    marker = head.marker
    if head.kind != "arabic" or not (" " in marker or "\t" in marker):  # ``_DOUBLED`` needs a space or a tab
        return None
    match = _DOUBLED.match(marker)
    if match is None:
        return None
    first = match.group(1)
    return (
        _Head("arabic", first, head.value, head.start, head.start + len(first)),
        _Head("arabic", head.marker[match.end() :], head.value, head.start + match.end(), head.end),
    )


def _title_like(text: str) -> bool:
    """A title's text, whole or joined from its lines: not running text, a labelled field, markers or a date."""
    return not (_sentence_like(text) or _LABEL_FIELD.match(text) or read_heads(text)[0] or read_date_line(text))


_HEADING_END: Final = re.compile(r"[.,;:!][\"'\u201d\u2019)\]]*\Z")
#: What ``_HEADING_END`` reads: a final punctuation mark, then closing quotes and brackets.
_HEADING_PUNCTUATION: Final = ".,;:!"
_HEADING_CLOSERS: Final = "\"'\u201d\u2019)]"


def _ends_with_punctuation(text: str) -> bool:
    """Whether ``_HEADING_END`` matches ``text``, read by characters from its end.

    The closers and the punctuation marks are different characters, so the mark
    must stand just before the run of closers that ends the text.
    """
    at = len(text) - 1
    while at >= 0 and text[at] in _HEADING_CLOSERS:
        at -= 1
    return at >= 0 and text[at] in _HEADING_PUNCTUATION


def is_heading(text: str) -> bool:
    """Text on a section or clause marker's line that reads as a short heading.

    Headings are short, carry no final period and are not running text:
    "Peace treaty issue", "(1) Overview"; "At the outset, Prime Minister A
    stated ..." is a paragraph.
    """
    if not text or len(text) > 120 or _ends_with_punctuation(text):
        return False
    if text.count(" ") > 18:
        return False
    return not text[0].islower()


# --------------------------------------------------------------------------- the lexer


class _ItemLevel:
    __slots__ = ("has_children", "indent", "ordinal", "style")

    def __init__(self, style: str, indent: int, ordinal: int | None) -> None:
        self.style = style
        self.indent = indent
        self.ordinal = ordinal
        self.has_children = False  # the current item of this list holds a list of its own


class _Line:
    __slots__ = ("indent", "number", "start", "text")

    def __init__(self, number: int, start: int, text: str, indent: int) -> None:
        self.number = number  # 1-based line number
        self.start = start  # offset of text in the source
        self.text = text  # stripped
        self.indent = indent


def _lines(source: str, starts: list[int] | None = None) -> Iterator[_Line | None]:
    """Every line, stripped, with its indentation; None for blank lines.

    ``starts``, if given, receives the offset where each line starts, blank or
    not (what ``line_starts`` returns), as the lines are read. Lines are read one
    at a time, not gathered first: in a long readout, a list of them would keep
    thousands of objects alive through the whole classification for the garbage
    collector to walk again and again.
    """
    if "\r" not in source:
        return _lf_lines(source, starts)
    return _any_break_lines(source, starts)


def _lf_lines(source: str, starts: list[int] | None) -> Iterator[_Line | None]:
    """``_lines`` for a source whose only line break is ``\n``.

    Each line is read in place: its text is sliced from ``source`` once, after
    the plain-space indentation is counted (``_line`` takes any other start).
    """
    size = len(source)
    pos = 0
    number = 0
    while True:
        number += 1
        if starts is not None:
            starts.append(pos)
        end = source.find("\n", pos)
        if end < 0:
            end = size
        at = pos
        while at < end and ord(source[at]) == 32:
            at += 1
        if at == end:
            yield None
        elif 32 < ord(source[at]) < 0x85:
            # Stripping at the end stops at ``at`` at the latest: it is not white space.
            text = source[at:end]
            if not 32 < ord(source[end - 1]) < 0x85:
                text = text.rstrip(_WS)
            yield _Line(number, at, text, at - pos)
        else:
            yield _line(source[pos:end], number, pos)
        if end >= size:
            return
        pos = end + 1


def _any_break_lines(source: str, starts: list[int] | None) -> Iterator[_Line | None]:
    pos = 0
    number = 0
    size = len(source)
    while True:
        match = _LINE.match(source, pos)
        assert match is not None
        end = match.end()
        number += 1
        if starts is not None:
            starts.append(pos)
        yield _line(match.group(), number, pos)
        if end >= size:
            return
        # one line break: \r\n, \r or \n
        pos = end + (2 if source.startswith("\r\n", end) else 1)


def _line(raw: str, number: int, pos: int) -> _Line | None:
    """Line ``number``, starting at ``pos``, stripped of ``WHITESPACE``, with its indentation; None if blank.

    No character from "!" to "\\x84" is white space: most lines start, after an
    indentation of plain spaces, and end with one, and are not stripped at that end.
    """
    size = len(raw)
    lead = 0
    while lead < size and ord(raw[lead]) == 32:
        lead += 1
    if lead == size:
        return None
    indent = lead
    if 32 < ord(raw[lead]) < 0x85:
        stripped = raw[lead:] if lead else raw
    else:
        stripped = raw.lstrip(_WS)
        if not stripped:
            return None
        lead = size - len(stripped)
        indent = lead
        if "\t" in raw[:lead]:
            indent = len(raw[:lead].expandtabs(4))
    if not 32 < ord(stripped[-1]) < 0x85:
        stripped = stripped.rstrip(_WS)
    return _Line(number, pos + lead, stripped, indent)


class _Lexer:
    """The state machine that assigns a level to every marker; see the module docstring."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.out = Lexed()
        self.tokens = self.out.tokens
        # header
        self.in_header = True
        self.has_title = False
        self.has_subtitle = False
        self.has_date = False
        self.title_line = -1  # line number of the last title line
        self.title_so_far = ""  # the title's lines read so far, joined
        # body
        self.in_preamble = True
        self.part_no = 0
        self.sec_no = 0
        self.sec_open = False
        self.sec_style = ""  # "arabic", "bare" or "letter"
        self.sec_has_title = False
        self.sec_indent: int | None = None
        self.sub_no = 0
        self.sub_open = False
        self.clause_no = 0
        self.clause_style = ""  # "" (none open), "paren" or "arabic"
        self.clause_indent = 0
        self.items: list[_ItemLevel] = []

    # ------------------------------------------------------------------ output

    def emit(self, kind: str, piece: Piece) -> None:
        self.tokens.append((kind, piece))

    def note(self, line: _Line, message: str, code: str, at: int = 0) -> None:
        """A diagnostic on ``line``, at offset ``at`` of its stripped text (a column counts characters)."""
        begin = max(self.source.rfind("\n", 0, line.start), self.source.rfind("\r", 0, line.start)) + 1
        column = line.start - begin + at + 1
        self.out.diagnostics.append(Diagnostic(line.number, column, message, line.text, code, Severity.WARNING))

    def chrome(self, kind: ChromeKind, text: str, start: int) -> None:
        self.out.chrome.append(trusted_chrome(kind, text, trusted_span(start, start + len(text))))

    # ------------------------------------------------------------------ driver

    def run(self) -> Lexed:
        previous_number = 0
        for line in _lines(self.source, self.out.starts):
            if line is None:
                continue
            kind = chrome_kind(line.text, header=self.in_header and not self.has_title)
            if kind is not None:
                self.chrome(kind, line.text, line.start)
                continue
            if self.in_header and self.header_line(line, adjacent=line.number == previous_number + 1):
                previous_number = line.number
                continue
            self.in_header = False
            previous_number = line.number
            self.body_line(line)
        self.close_items(0)
        return self.out

    # ------------------------------------------------------------------ header

    def header_line(self, line: _Line, *, adjacent: bool) -> bool:
        """Take ``line`` as a header field if it is one; False ends the header."""
        text = line.text
        if (
            self.has_title
            and adjacent
            and line.number == self.title_line + 1
            and not self.has_subtitle
            and _TITLE_CONTINUES.match(text)
            and _title_like(f"{self.title_so_far} {text}")
            and read_date_line(text) is None
        ):
            self.title_text(line, text, "TITLE_CONT")
            return True
        if not self.has_date:
            found = read_date_line(text)
            if found is not None:
                self.has_date = True
                piece = Piece(text, line.start, line.start + len(text), line.number)
                piece.date = found
                self.emit("DATE", piece)
                if found.date is None:
                    self.note(line, f"date line {text!r} names a month, not a day", "date-month-only")
                return True
        if self.has_title and not self.has_subtitle:
            # "(Overview) photo": the subtitle, with the page's photo link after it.
            photo = _TRAILING_PHOTO.search(text) if text[-1:] in _PHOTO_LAST else None
            match = _SUBTITLE_LINE.fullmatch(text if photo is None else text[: photo.start()].rstrip(_WS))
            if match is not None:
                self.has_subtitle = True
                words = match["words"]
                begin = line.start + match.start("words")
                self.emit("SUBTITLE", Piece(words, begin, begin + len(words), line.number))
                if photo is not None:
                    self.chrome(ChromeKind.PHOTO, photo.group(1), line.start + photo.start(1))
                return True
        if self.has_title or self.has_subtitle:
            return False
        if not _title_like(text):
            return False
        self.has_title = True
        self.title_text(line, text, "TITLE")
        return True

    def title_text(self, line: _Line, text: str, kind: str) -> None:
        self.title_line = line.number
        self.title_so_far = f"{self.title_so_far} {text}" if self.title_so_far else text
        tail = _SUBTITLE_TAIL.search(text) if not self.has_subtitle and text[-1:] in _SUBTITLE_CLOSERS else None
        if tail is not None and tail.start() > 0:
            head = text[: tail.start()]
            self.emit(kind, Piece(head, line.start, line.start + len(head), line.number))
            begin = line.start + tail.start("words")
            self.has_subtitle = True
            self.emit("SUBTITLE", Piece(tail["words"], begin, begin + len(tail["words"]), line.number))
            return
        self.emit(kind, Piece(text, line.start, line.start + len(text), line.number))

    # ------------------------------------------------------------------ body

    def body_line(self, line: _Line) -> None:
        text = line.text
        heads, rest_at = read_heads(text)
        if not heads or (len(text) == rest_at and heads[0].kind in ("bare", "letter")):
            self.paragraph(line, 0, line.indent)
            return
        if self.in_preamble:
            first = heads[0]
            if first.kind in ("arabic", "roman") or (
                first.kind == "bare" and first.value == 1 and not _MONTH_START.match(text, rest_at)
            ):
                pass  # the first section starts here
            elif first.kind == "letter" and first.value == 1 and is_heading(text[rest_at:]):
                pass
            else:
                if first.kind == "paren":
                    message = f"clause {first.marker} comes before any section; kept as text"
                    self.note(line, message, "clause-outside-section")
                self.paragraph(line, 0, line.indent)
                return
        consumed = 0
        level_text_at = rest_at
        for index, head in enumerate(heads):
            last = index == len(heads) - 1
            rest = text[rest_at:] if last else ""
            placed = self.place(line, head, rest, after_section=consumed > 0)
            if placed is None:
                # Not structure after all: the text from this marker on is a paragraph.
                level_text_at = head.start
                break
            consumed += 1
            if placed == "heading":
                return
            level_text_at = rest_at
        else:
            level_text_at = rest_at
        if level_text_at < len(text):
            self.paragraph(line, level_text_at, line.indent + level_text_at, in_marker_line=consumed > 0)

    def place(self, line: _Line, head: _Head, rest: str, *, after_section: bool) -> str | None:
        """Open the node ``head`` stands for; "heading" when ``rest`` became its heading."""
        indent = line.indent + head.start
        kind = head.kind
        value = head.value
        if kind == "roman":
            assert value is not None
            # "I.", "V.", "X." may be letters continuing a run of lettered sections.
            as_letter = letter_value(head.marker[0]) if len(head.marker) == 2 else None
            if as_letter is not None and self.letter_expected(as_letter, rest):
                return self.letter(line, head, as_letter, rest)
            if value == self.part_no + 1 or self.part_no > 0:
                return self.part(line, head, rest)
            return None
        if kind == "letter":
            assert value is not None
            if not self.letter_expected(value, rest):
                return None
            return self.letter(line, head, value, rest)
        if kind == "bare":
            at_section_indent = self.sec_indent is None or indent <= self.sec_indent
            numbered = value == self.sec_no + 1 and self.sec_style in ("", "bare") and at_section_indent
            if numbered and not _MONTH_START.match(rest):
                return self.section(line, head, rest, "bare")
            return None
        if kind == "arabic":
            return self.arabic(line, head, rest, indent, after_section=after_section)
        if kind == "paren":
            return self.paren(line, head, rest, indent, after_section=after_section)
        return self.item(line, head, indent)

    def letter_expected(self, value: int, rest: str) -> bool:
        """A letter marker continues the letter numbering in force, or starts it with an "A." heading.

        "A. Smith stated ..." is a sentence, not subsection A; "B. ..." after an
        "A." subsection may be a paragraph.
        """
        if value == 1 and not is_heading(rest):
            return False
        if self.sec_open and self.sec_style != "letter":
            return value == self.sub_no + 1
        return value == self.sec_no + 1 and (self.sec_style in ("", "letter") or self.in_preamble)

    def letter(self, line: _Line, head: _Head, value: int, rest: str) -> str | None:
        """A letter subsection below an arabic section, or a lettered section where none is open."""
        head.kind = "letter"
        head.value = value
        if self.sec_open and self.sec_style != "letter":
            return self.subsection(line, head, rest)
        return self.section(line, head, rest, "letter")

    def arabic(self, line: _Line, head: _Head, rest: str, indent: int, *, after_section: bool) -> str | None:
        value = head.value
        assert value is not None
        if self.in_preamble:
            return self.section(line, head, rest, "arabic")
        if after_section or (self.sec_indent is not None and indent > self.sec_indent) or self.items_deeper(indent):
            return self.item(line, head, indent)
        is_next = (value == self.sec_no + 1 and self.sec_style in ("arabic", "letter", "")) or (
            self.part_no > 0 and not self.sec_open and value == 1
        )
        heading = is_heading(rest)
        top = self.sibling_level(head.marker_facts()[1], indent)
        if top is not None and top.ordinal is not None and value == top.ordinal + 1 and not (is_next and heading):
            return self.item(line, head, indent)
        if self.clause_style == "arabic" and value == self.clause_no + 1 and not (is_next and heading):
            return self.clause(line, head, rest, indent, "arabic")
        if is_next:
            return self.section(line, head, rest, "arabic")
        if value == 1 and self.clause_style == "paren":
            return self.item(line, head, indent)
        if value == 1 and self.sec_open and self.sec_has_title and not self.clause_style:
            return self.clause(line, head, rest, indent, "arabic")
        if value == 1 and self.sec_open and not self.sec_has_title:
            return self.item(line, head, indent)
        if self.clause_style == "arabic" and not (heading and value > self.sec_no):
            return self.clause(line, head, rest, indent, "arabic")
        return self.section(line, head, rest, "arabic")

    def paren(self, line: _Line, head: _Head, rest: str, indent: int, *, after_section: bool) -> str | None:
        value = head.value
        assert value is not None
        if self.items and (indent > self.items[-1].indent or self.sibling_level(head.marker_facts()[1], indent)):
            return self.item(line, head, indent)
        if not after_section and self.items_deeper(indent):
            return self.item(line, head, indent)
        if self.clause_style == "arabic":
            return self.item(line, head, indent)
        if self.clause_style == "paren" and value == 1 and indent > self.clause_indent and self.clause_no >= 1:
            return self.item(line, head, indent)
        return self.clause(line, head, rest, indent, "paren")

    def items_deeper(self, indent: int) -> bool:
        """An open item whose marker sits left of ``indent`` takes a deeper marker as a child."""
        return bool(self.items) and indent > self.items[-1].indent

    # ------------------------------------------------------------------ openers

    def start_body(self) -> None:
        if self.in_preamble:
            self.in_preamble = False

    def part(self, line: _Line, head: _Head, rest: str) -> str | None:
        self.close_items(0)
        self.start_body()
        self.part_no = head.value or 0
        self.sec_no = 0
        self.sec_open = False
        self.sec_style = ""
        self.sub_open = False
        self.sub_no = 0
        self.clause_style = ""
        self.clause_no = 0
        if self.sec_indent is None:
            self.sec_indent = line.indent
        return self.head_token("PART", line, head, rest, allow_heading=True)

    def section(self, line: _Line, head: _Head, rest: str, style: str) -> str | None:
        self.close_items(0)
        self.start_body()
        if self.sec_indent is None:
            self.sec_indent = line.indent + head.start
        self.sec_no = head.value or 0
        self.sec_open = True
        # Letters standing in for sections do not take letter subsections.
        self.sec_style = "letter" if style == "letter" else (self.sec_style or style)
        self.sub_open = False
        self.sub_no = 0
        self.clause_style = ""
        self.clause_no = 0
        self.sec_has_title = is_heading(rest)
        return self.head_token("SECTION", line, head, rest, allow_heading=True)

    def subsection(self, line: _Line, head: _Head, rest: str) -> str | None:
        self.close_items(0)
        self.sub_open = True
        self.sub_no = head.value or 0
        self.clause_style = ""
        self.clause_no = 0
        return self.head_token("SUBSECTION", line, head, rest, allow_heading=True)

    def clause(self, line: _Line, head: _Head, rest: str, indent: int, style: str) -> str | None:
        halves = _halves(head)
        if halves is not None:
            # "1. 1." where a clause fits opens the clause and a list item in it, as "(1) (a)" does.
            self.clause(line, halves[0], "", indent, style)
            return self.item(line, halves[1], indent + halves[1].start - head.start)
        self.close_items(0)
        self.clause_style = style
        self.clause_no = head.value or 0
        self.clause_indent = indent
        return self.head_token("CLAUSE", line, head, rest, allow_heading=True)

    def item(self, line: _Line, head: _Head, indent: int) -> str | None:
        halves = _halves(head)
        if halves is not None and len(self.items) < MAX_ITEM_DEPTH - 1:
            # "2. 2." where a list item fits opens two levels of list, as "- (1)" does.
            self.item(line, halves[0], indent)
            return self.item(line, halves[1], indent + halves[1].start - head.start)
        options, style, default = head.marker_facts()
        if not options:
            self.not_a_marker(line, head, "list")
            return None
        sibling = self.sibling_level(style, indent)
        if sibling is not None:
            while self.items[-1] is not sibling:
                self.close_one()
            self.emit("END", self.piece_at(line, head))
            level = sibling
            level.has_children = False
        else:
            closed: _ItemLevel | None = None
            while self.items and self.items[-1].indent > indent:
                closed = self.items[-1]
                self.close_one()
            if self.items and abs(self.items[-1].indent - indent) <= 1 and self.items[-1].has_children:
                # A new style beside an item that already holds a list starts a sibling list;
                # beside an item with no list yet, it nests (as "(a) ... :" followed by bullets).
                closed = self.items[-1]
                self.close_one()
            if closed is not None and not closed.has_children and closed.style != style:
                # Dedented right after an item with no list, a new style would be that item's
                # sibling of another style, which text cannot express: it nests, as beside it.
                self.tokens.pop()
                self.items.append(closed)
            if len(self.items) >= MAX_ITEM_DEPTH:
                self.note(
                    line,
                    f"list nested deeper than {MAX_ITEM_DEPTH} levels; marker {head.marker!r} kept as text",
                    "item-too-deep",
                    at=head.start,
                )
                return None
            if self.items:
                self.items[-1].has_children = True
            level = _ItemLevel(style, indent, None)
            self.items.append(level)
        ordinal = head.value if head.kind in ("arabic", "paren") else options[0]
        if len(options) > 1:
            # "(i)" after "(h)" is the letter, "(v)" after "(iv)" the numeral; alone, the usual reading.
            previous = level.ordinal
            following = [option for option in options if previous is not None and option == previous + 1]
            ordinal = following[0] if following else default
        level.ordinal = ordinal
        piece = self.piece_at(line, head)
        piece.number = ordinal
        self.emit("ITEM", piece)
        return "item"

    def not_a_marker(self, line: _Line, head: _Head, level: str) -> None:
        """A marker the model cannot hold ("(xxxx)", or "2. 2." nested too deep to split): text."""
        message = f"{head.marker!r} cannot be a {level} marker; kept as text"
        self.note(line, message, "marker-as-text", at=head.start)

    def sibling_level(self, style: str, indent: int) -> _ItemLevel | None:
        """The open list a marker of ``style`` at ``indent`` continues, if any."""
        near: _ItemLevel | None = None
        for level in reversed(self.items):
            if level.style == style:
                if level.indent == indent:
                    return level
                if near is None and abs(level.indent - indent) <= 1:
                    near = level
            if level.indent < indent - 1:
                break
        return near

    def close_one(self) -> None:
        self.items.pop()
        self.emit("END", Piece("", 0, 0, 0))

    def close_items(self, depth: int) -> None:
        while len(self.items) > depth:
            self.close_one()

    def piece_at(self, line: _Line, head: _Head) -> Piece:
        start = line.start + head.start
        return Piece(head.marker, start, start + len(head.marker), line.number, marker=head.marker, number=head.value)

    def head_token(self, kind: str, line: _Line, head: _Head, rest: str, *, allow_heading: bool) -> str | None:
        piece = self.piece_at(line, head)
        if rest and allow_heading and is_heading(rest):
            piece.title = rest
            piece.end = line.start + len(line.text)
            self.emit(kind, piece)
            return "heading"
        self.emit(kind, piece)
        return kind

    # ------------------------------------------------------------------ paragraphs

    def paragraph(self, line: _Line, offset: int, indent: int, *, in_marker_line: bool = False) -> None:
        text = line.text[offset:]
        start = line.start + offset
        # A trailing photo ends the line with ")" or the "o" of "photo": only then search for it.
        trailing = _TRAILING_PHOTO.search(text) if text[-1:] in _PHOTO_LAST else None
        if trailing is not None:
            photo = trailing.group(1)
            self.chrome(ChromeKind.PHOTO, photo, start + trailing.start(1))
            text = text[: trailing.start()].rstrip(_WS)
            rest = chrome_kind(text, header=False) if offset == 0 else None
            if rest is not None:  # "photo(A and B) photo": furniture, with a trailing photo of its own
                self.chrome(rest, text, start)
                return
        if not in_marker_line and self.items:
            while self.items and self.items[-1].indent >= indent:
                self.close_one()
        kind = _SPEAKER_LABEL if is_speaker_label(text) else _TEXT
        self.emit("PARA", Piece(text, start, start + len(text), line.number, kind=kind))


def lex(source: str) -> Lexed:
    """Classify every line of ``source``; see the module docstring for the guarantees."""
    return _Lexer(source).run()
