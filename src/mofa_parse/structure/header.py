"""The header of a readout: the title (and the lines that continue it), the subtitle, the date line.

Each comes at most once, before the lead. A title continues on the next line
when that line starts with a lower-case word or with "on the occasion",
"between", "and" ...; a subtitle ("(Overview)", "<Outline & Evaluation>")
stands on its own line or ends the title line.
"""

from __future__ import annotations

import re

from mofa_parse.model import ChromeKind
from mofa_parse.structure.furniture import trailing_photo
from mofa_parse.structure.lines import WHITESPACE, Line
from mofa_parse.structure.markers import read_heads
from mofa_parse.structure.tokens import Lexed, Piece
from mofa_parse.text.dates import read_date_line

__all__ = ["HeaderReader", "sentence_like", "title_like"]

_SUBTITLE_WORDS = r"(?:Overview|Summary|Outline|Results?|Evaluation|Gist|Main\s+Points|Readout)"
_SUBTITLE_BODY = (
    rf"{_SUBTITLE_WORDS}(?:\s*(?:of|and|&|&amp;|the)\s*(?:{_SUBTITLE_WORDS}|the\s+Meetings?|Meetings?|Talks))*"
)
_SUBTITLE_LINE = re.compile(rf"[(<\uff08]\s*(?P<words>{_SUBTITLE_BODY})\s*[)>\uff09]")
_SUBTITLE_TAIL = re.compile(rf"\s+[(<\uff08]\s*(?P<words>{_SUBTITLE_BODY})\s*[)>\uff09]\Z")
_TITLE_CONTINUES = re.compile(r"[a-z]|(?i:on\s+the\s+occasion|between\b|and\b|with\b|at\s+the\b|in\s+\w)")
_LABEL_FIELD = re.compile(r"[A-Z][A-Za-z ]{0,20}:\s")
_SENTENCE_END = re.compile(r"[.:;!?][\"'\u201d\u2019)]?\Z")


def sentence_like(text: str) -> bool:
    """A line that reads as running text rather than a title or heading."""
    if len(text) > 200:
        return True
    return bool(_SENTENCE_END.search(text)) and text.count(" ") >= 5


def title_like(text: str) -> bool:
    """A title's text, whole or joined from its lines: not running text, a labelled field, markers or a date."""
    return not (sentence_like(text) or _LABEL_FIELD.match(text) or read_heads(text)[0] or read_date_line(text))


class HeaderReader:
    """Reads the header fields off the first lines, emitting TITLE, TITLE_CONT, SUBTITLE and DATE tokens."""

    def __init__(self, out: Lexed) -> None:
        self.out = out
        self.has_title = False
        self.has_subtitle = False
        self.has_date = False
        self.title_line = -1  # line number of the last title line
        self.title_so_far = ""  # the title's lines read so far, joined

    def take(self, line: Line, *, adjacent: bool) -> bool:
        """Take ``line`` as a header field if it is one; False ends the header."""
        text = line.text
        date = read_date_line(text)
        if (
            self.has_title
            and adjacent
            and line.number == self.title_line + 1
            and not self.has_subtitle
            and date is None
            and _TITLE_CONTINUES.match(text)
            and title_like(f"{self.title_so_far} {text}")
        ):
            self.title_text(line, "TITLE_CONT")
            return True
        if not self.has_date and date is not None:
            self.has_date = True
            self.out.emit("DATE", Piece(text, line.start, line.start + len(text), line.number, date=date))
            if date.date is None:
                self.out.note(line, f"date line {text!r} names a month, not a day", "date-month-only")
            if date.revision:
                message = f"date line {text!r} is the page's revision date, not the readout's"
                self.out.note(line, message, "date-revision")
            return True
        if self.has_title and not self.has_subtitle and self.subtitle(line):
            return True
        if self.has_title or self.has_subtitle or not title_like(text):
            return False
        self.has_title = True
        self.title_text(line, "TITLE")
        return True

    def subtitle(self, line: Line) -> bool:
        """A subtitle line; "(Overview) photo" is the subtitle with the page's photo link after it."""
        text = line.text
        photo = trailing_photo(text)
        match = _SUBTITLE_LINE.fullmatch(text if photo is None else text[: photo.start("tail")].rstrip(WHITESPACE))
        if match is None:
            return False
        self.has_subtitle = True
        words = match["words"]
        begin = line.start + match.start("words")
        self.out.emit("SUBTITLE", Piece(words, begin, begin + len(words), line.number))
        if photo is not None:
            self.out.add_chrome(ChromeKind.PHOTO, photo["link"], line.start + photo.start("link"))
        return True

    def title_text(self, line: Line, kind: str) -> None:
        """A title line, with the subtitle that may end it ("Japan-X Summit Meeting (Overview)")."""
        text = line.text
        self.title_line = line.number
        self.title_so_far = f"{self.title_so_far} {text}" if self.title_so_far else text
        tail = None if self.has_subtitle else _SUBTITLE_TAIL.search(text)
        if tail is not None and tail.start() > 0:
            head = text[: tail.start()]
            self.out.emit(kind, Piece(head, line.start, line.start + len(head), line.number))
            begin = line.start + tail.start("words")
            self.has_subtitle = True
            self.out.emit("SUBTITLE", Piece(tail["words"], begin, begin + len(tail["words"]), line.number))
            return
        self.out.emit(kind, Piece(text, line.start, line.start + len(text), line.number))
