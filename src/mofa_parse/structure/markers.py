"""Enumeration markers: what they look like, what number they stand for, and reading them at a line's start.

One place for the marker vocabulary of MOFA readouts, shared by the line
classifier (which finds markers at the start of a line: ``read_heads``) and by
the model's validators (which check that a node's ``marker`` and ``number`` agree).
"""

from __future__ import annotations

import functools
import re
import string

import attrs

from mofa_parse.structure.lines import WHITESPACE

__all__ = [
    "BULLETS",
    "MAX_MARKERS_PER_LINE",
    "ROMAN_VALUES",
    "Head",
    "clause_number",
    "default_ordinal",
    "halves",
    "is_heading",
    "is_speaker_label",
    "item_ordinals",
    "item_style",
    "letter_value",
    "marker_facts",
    "read_heads",
    "roman_value",
    "section_number",
]

#: Characters that open a bullet item when followed by white space.
BULLETS = "•-*・○●◆◇■□▪–—"

_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_RE = re.compile(r"(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\Z")


def roman_value(numeral: str) -> int | None:
    """The value of an upper- or lower-case roman numeral up to 399, else None."""
    up = numeral.upper()
    if not up or _ROMAN_RE.match(up) is None:
        return None
    total = 0
    for char, following in zip(up, up[1:] + " "):
        value = _ROMAN_DIGITS[char]
        total += -value if following in _ROMAN_DIGITS and _ROMAN_DIGITS[following] > value else value
    return total


#: The roman numerals a section marker may use, by value (I .. XXXIX).
ROMAN_VALUES: dict[str, int] = {}
for _n in range(1, 40):
    _tens, _units = divmod(_n, 10)
    _numeral = "X" * _tens + ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][_units]
    ROMAN_VALUES[_numeral] = _n


def letter_value(letter: str) -> int | None:
    """1 for "a"/"A", 2 for "b"/"B", ...; None for anything but one ASCII letter."""
    if len(letter) == 1 and letter.isascii() and letter.isalpha():
        return string.ascii_lowercase.index(letter.lower()) + 1
    return None


_SECTION_MARKER = re.compile(
    r"(?P<num>\d{1,3})\.?(?:[ \t]+(?P=num)\.)?\Z"  # "1."  "1"  "1. 1."
    r"|(?P<roman>[IVX]{1,6})\.\Z"  # "IV."
    r"|(?P<letter>[A-Z])\.\Z"  # "A."
)


def section_number(marker: str) -> int | None:
    """The number a section marker stands for ("3." -> 3, "IV." -> 4, "B." -> 2)."""
    match = _SECTION_MARKER.match(marker)
    if match is None:
        return None
    if match["num"] is not None:
        return int(match["num"])
    if match["roman"] is not None:
        return ROMAN_VALUES.get(match["roman"])
    return letter_value(match["letter"])


_CLAUSE_MARKER = re.compile(r"[(（](?P<a>\d{1,3})[)）]\Z|(?P<b>\d{1,3})[.)]\Z")


def clause_number(marker: str) -> int | None:
    """The number of a clause marker: "(2)" -> 2, or "2." where sections restart numbering."""
    match = _CLAUSE_MARKER.match(marker)
    if match is None:
        return None
    return int(match["a"] if match["a"] is not None else match["b"])


_ITEM_MARKER = re.compile(
    r"(?P<open>[(（]?)(?:(?P<num>\d{1,3})|(?P<alpha>[a-zA-Z]{1,5}))(?P<close>[.)）])\Z"
)


def item_ordinals(marker: str) -> tuple[int | None, ...]:
    """Every ordinal a list-item marker may stand for.

    Bullets have none (``(None,)``). ``"(i)"`` may be the letter i (9) or the
    roman numeral one (1); the parser picks by the neighbouring items, so both
    are allowed here. An empty tuple means the text is not an item marker.
    """
    if len(marker) == 1 and marker in BULLETS:
        return (None,)
    match = _ITEM_MARKER.match(marker)
    if match is None or (match["open"] and match["close"] == "."):
        return ()
    if match["num"] is not None:
        return (int(match["num"]),)
    alpha = match["alpha"]
    found: list[int] = []
    value = letter_value(alpha)
    if value is not None:
        found.append(value)
    if alpha.islower() or len(alpha) > 1:
        roman = roman_value(alpha)
        if roman is not None and roman not in found:
            found.append(roman)
    return tuple(found)


def default_ordinal(marker: str) -> int | None:
    """The ordinal a marker stands for when nothing around it says otherwise."""
    options = item_ordinals(marker)
    if not options:
        return None
    # A run of roman letters longer than one ("ii", "iv") reads as roman; "i" alone
    # as the first item of a list is also roman one: that is its usual meaning.
    if len(options) > 1 and marker.strip("(（)）.").lower() == "i":
        return options[1]
    return options[0]


_STYLE_SUB = re.compile(r"\d+|[a-zA-Z]+")


def item_style(marker: str) -> str:
    """The shape of an item marker, with numbers and letters folded away.

    ``"(a)"`` and ``"(iv)"`` are both ``"(a)"``, ``"12."`` is ``"1."``, a
    bullet is itself. Consecutive sibling items share one style.
    """

    def fold(match: re.Match[str]) -> str:
        return "1" if match.group().isdigit() else "a"

    return _STYLE_SUB.sub(fold, marker)


_SPEAKER_LABEL = re.compile(
    r"(?:(?:Vice|Deputy|Former|Acting)\s+)?"
    r"(?:President|Prime\s+Minister|Premier|Chancellor|Foreign\s+Minister|Minister(?:\s+for\s+Foreign\s+Affairs)?"
    r"|Secretary(?:\s+of\s+State|-General|\s+General)?|State\s+Councilor|Chairman|Chairwoman|Chair"
    r"|King|Queen|Emperor|Crown\s+Prince|Emir|Sultan|Sheikh|Ambassador|Governor|Mr\.|Ms\.|Mrs\.|Dr\.|H\.E\.)"
    r"(?:\s+[A-Z][\w'\u2019.\-]*){1,4}:?"
)


def is_speaker_label(text: str) -> bool:
    """A line that names only a speaker ("President Hu", "Prime Minister Koizumi:")."""
    return 0 < len(text) <= 60 and _SPEAKER_LABEL.fullmatch(text) is not None


# --------------------------------------------------------------------------- reading markers at a line's start

#: Most markers read at the start of one line ("(1) (a) text" has two).
MAX_MARKERS_PER_LINE = 3

#: What a marker as written stands for: its possible ordinals, its style, its usual ordinal.
MarkerFacts = tuple[tuple[int | None, ...], str, int | None]


@functools.lru_cache(maxsize=1024)
def marker_facts(marker: str) -> MarkerFacts:
    """``item_ordinals``, ``item_style`` and ``default_ordinal`` of ``marker`` (a few dozen markers recur)."""
    return item_ordinals(marker), item_style(marker), default_ordinal(marker)


#: The markers a line may start with, by kind, in the order they are tried; each names the
#: marker as written by its kind and, where it has one, the number it stands for by ``<kind>_n``.
_MARKERS = {
    "roman": r"(?P<roman>(?P<roman_n>[IVX]{1,6})\.)(?=\s|\Z)",
    "letter": r"(?P<letter>(?P<letter_n>[A-Z])\.)\s+(?=\S)",
    "arabic": r"(?P<arabic>(?P<arabic_n>\d{1,2})\.(?:[ \t]+(?P=arabic_n)\.)?)(?=\s|\Z|[A-Z(\"\u201c])",
    "bare": r"(?P<bare>(?P<bare_n>\d{1,2}))\s+(?=[A-Z])",
    "paren": r"(?P<paren>[(\uff08](?P<paren_n>\d{1,2})[)\uff09])",
    "item": (
        r"(?P<item>[(\uff08](?:[a-z]|[ivx]{2,5}|[A-Z])[)\uff09]"
        r"|(?:[a-z]|[ivx]{2,5}|\d{1,2})\)"
        r"|[a-z]\."
        rf"|[{re.escape(BULLETS)}])(?=\s|\Z)"
    ),
}
#: Roman numerals, letters and bare numbers only start a line; the others may follow another marker
#: ("(1) (a) text", "- (1) text"). Each is read with the white space after it, up to the next
#: marker or the text.
_SPACE_RUN = f"[{re.escape(WHITESPACE)}]*"
_FIRST_MARKER = re.compile(f"(?:{'|'.join(_MARKERS.values())}){_SPACE_RUN}")
_NEXT_MARKER = re.compile(f"(?:{'|'.join(_MARKERS[kind] for kind in ('arabic', 'paren', 'item'))}){_SPACE_RUN}")
_DOUBLED = re.compile(r"(\d+\.)[ \t]+")
_HEADING_END = re.compile(r"[.,;:!][\"'\u201d\u2019)\]]*\Z")


@attrs.define
class Head:
    """A marker read at the start of a line, and the level it was read as.

    ``kind`` is roman, letter, arabic, bare, paren or item (the classifier may
    read a roman "I." as the letter I); ``start`` and ``end`` are offsets in
    the stripped line; ``value`` is the number the marker stands for.
    """

    kind: str
    marker: str
    value: int | None
    start: int
    end: int

    def facts(self) -> MarkerFacts:
        return marker_facts(self.marker)


def _read_head(text: str, pos: int, *, first: bool) -> tuple[Head, int] | None:
    """The marker at ``pos``, and where the white space after it ends."""
    match = (_FIRST_MARKER if first else _NEXT_MARKER).match(text, pos)
    if match is None or match.lastgroup is None:
        return None
    kind = match.lastgroup
    marker = match[kind]
    if kind == "roman":
        # "IIII." reads as a numeral but stands for none; it is no letter, number or item either.
        value = ROMAN_VALUES.get(match["roman_n"])
        if value is None:
            return None
    elif kind == "letter":
        value = letter_value(match["letter_n"])
    elif kind == "item":
        value = marker_facts(marker)[2]
    else:
        value = int(match[f"{kind}_n"])
    return Head(kind, marker, value, pos, match.end(kind)), match.end()


def read_heads(text: str) -> tuple[list[Head], int]:
    """The markers at the start of a stripped line, and where the text after them starts."""
    heads: list[Head] = []
    pos = 0
    while len(heads) < MAX_MARKERS_PER_LINE and pos < len(text):
        found = _read_head(text, pos, first=not heads)
        if found is None:
            break
        head, pos = found
        heads.append(head)
    return heads, pos


def halves(head: Head) -> tuple[Head, Head] | None:
    """The two markers of a doubled marker ("1. 1."), or None for any other marker."""
    match = _DOUBLED.match(head.marker) if head.kind == "arabic" else None
    if match is None:
        return None
    first = match.group(1)
    return (
        Head("arabic", first, head.value, head.start, head.start + len(first)),
        Head("arabic", head.marker[match.end() :], head.value, head.start + match.end(), head.end),
    )


def is_heading(text: str) -> bool:
    """Text on a section or clause marker's line that reads as a short heading.

    Headings are short, carry no final period and are not running text:
    "Peace treaty issue", "(1) Overview"; "At the outset, Prime Minister A
    stated ..." is a paragraph.
    """
    if not text or len(text) > 120 or _HEADING_END.search(text):
        return False
    if text.count(" ") > 18:
        return False
    return not text[0].islower()
