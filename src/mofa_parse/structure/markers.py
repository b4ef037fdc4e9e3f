"""Enumeration markers: what they look like and what number they stand for.

One place for the marker vocabulary of MOFA readouts, shared by the line
classifier (which finds markers at the start of a line) and by the model's
validators (which check that a node's ``marker`` and ``number`` agree).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "BULLETS",
    "ROMAN_VALUES",
    "clause_number",
    "default_ordinal",
    "is_speaker_label",
    "item_ordinals",
    "item_style",
    "letter_value",
    "roman_value",
    "section_number",
]

#: Characters that open a bullet item when followed by white space.
BULLETS: Final = "•-*・○●◆◇■□▪–—"

_ROMAN_DIGITS: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_RE: Final = re.compile(r"(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\Z")


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
        return ord(letter.lower()) - ord("a") + 1
    return None


_SECTION_MARKER: Final = re.compile(
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


_CLAUSE_MARKER: Final = re.compile(r"[(（](?P<a>\d{1,3})[)）]\Z|(?P<b>\d{1,3})[.)]\Z")


def clause_number(marker: str) -> int | None:
    """The number of a clause marker: "(2)" -> 2, or "2." where sections restart numbering."""
    match = _CLAUSE_MARKER.match(marker)
    if match is None:
        return None
    return int(match["a"] if match["a"] is not None else match["b"])


_ITEM_MARKER: Final = re.compile(
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


_STYLE_SUB: Final = re.compile(r"\d+|[a-zA-Z]+")


def item_style(marker: str) -> str:
    """The shape of an item marker, with numbers and letters folded away.

    ``"(a)"`` and ``"(iv)"`` are both ``"(a)"``, ``"12."`` is ``"1."``, a
    bullet is itself. Consecutive sibling items share one style.
    """

    def fold(match: re.Match[str]) -> str:
        return "1" if match.group().isdigit() else "a"

    return _STYLE_SUB.sub(fold, marker)


_SPEAKER_LABEL: Final = re.compile(
    r"(?:(?:Vice|Deputy|Former|Acting)\s+)?"
    r"(?:President|Prime\s+Minister|Premier|Chancellor|Foreign\s+Minister|Minister(?:\s+for\s+Foreign\s+Affairs)?"
    r"|Secretary(?:\s+of\s+State|-General|\s+General)?|State\s+Councilor|Chairman|Chairwoman|Chair"
    r"|King|Queen|Emperor|Crown\s+Prince|Emir|Sultan|Sheikh|Ambassador|Governor|Mr\.|Ms\.|Mrs\.|Dr\.|H\.E\.)"
    r"(?:\s+[A-Z][\w'\u2019.\-]*){1,4}:?"
)


#: The first letter of every title ``_SPEAKER_LABEL`` starts with (it reads letters in their case).
_SPEAKER_FIRST: Final = frozenset("VDFAPCSKQEMGH")


def is_speaker_label(text: str) -> bool:
    """A line that names only a speaker ("President Hu", "Prime Minister Koizumi:").

    Only a line starting with a title's first letter is matched against the pattern.
    """
    return 0 < len(text) <= 60 and text[0] in _SPEAKER_FIRST and _SPEAKER_LABEL.fullmatch(text) is not None
