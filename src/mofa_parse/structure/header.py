"""The header of a readout: the title (and the lines that continue it), the subtitle, the date line.

Each comes at most once, before the lead. A title continues on the next line
when that line starts with a lower-case word or with "on the occasion",
"between", "and" ..., or when the title line ends with a small word no title
ends with ("... a Courtesy Call from"); a subtitle ("(Overview)", "<Outline &
Evaluation>") stands on its own line or ends the title line, and right under the
title it may go without brackets ("Overview of Results", "Summary"). The words of
subtitles and the small words are data, in ``rules/text.toml``.

A line that only names people ("Prime Minister A and President B") and is
followed by a title line of its own, with no blank line between (page furniture
may stand there), is the caption of the page's photo, set above the title: the
first title line is held back until the next line says which it is.

A title is told from running text by its ending and its case, not by its length
alone: a line that ends like a sentence is running text; a line over 200
characters is running text unless it is written in title case (its words
capitalized, save the small words of ``rules/text.toml``), as the long titles of
meetings are ("Meeting between Prime Minister A and President B of C on the
Occasion of ..."); a line over 500 characters is running text.

A note in parentheses under the title, of a line or two ("(This meeting was held
...)"), is held back: when the date line follows it, the date line is read and the
note becomes the first paragraph of the lead; otherwise the header ends at the note.
"""

from __future__ import annotations

import itertools
import re

from mofa_parse.model import ChromeKind
from mofa_parse.rules.text import SUBTITLE_WORDS, TITLE_SMALL_WORDS
from mofa_parse.structure.furniture import trailing_photo
from mofa_parse.structure.lines import WHITESPACE, Line
from mofa_parse.structure.markers import read_heads
from mofa_parse.structure.tokens import Lexed, Piece
from mofa_parse.text.dates import read_date_line
from mofa_parse.text.mentions import find_mentions

__all__ = ["HeaderReader", "sentence_like", "title_cased", "title_like"]

#: A word of a subtitle, from ``rules/text.toml``: "Overview", "Main Points".
_SUBTITLE_WORDS = "(?:" + "|".join(r"\s+".join(map(re.escape, word.split())) for word in SUBTITLE_WORDS) + ")"
_SUBTITLE_BODY = (
    rf"{_SUBTITLE_WORDS}(?:\s*(?:of|and|&|&amp;|the)\s*(?:{_SUBTITLE_WORDS}|(?:the\s+)?(?:Meetings?|Talks)))*"
)
_SUBTITLE_LINE = re.compile(rf"[(<\uff08]\s*(?P<words>{_SUBTITLE_BODY})\s*[)>\uff09]")
#: A subtitle of several words without brackets on the line right under the title, before the date
#: line: "Overview of Results" (2004-2005 pages).
_SUBTITLE_BARE = re.compile(
    rf"(?P<words>{_SUBTITLE_WORDS}(?:\s*(?:of|and|&)\s*(?:the\s+)?(?:{_SUBTITLE_WORDS}|Meetings?|Talks))+)"
)
#: One subtitle word alone ("Summary"): a subtitle when the date line follows it, else a heading.
_SUBTITLE_LONE = re.compile(rf"(?P<words>{_SUBTITLE_WORDS})")
_SUBTITLE_TAIL = re.compile(rf"\s+[(<\uff08]\s*(?P<words>{_SUBTITLE_BODY})\s*[)>\uff09]\Z")
_TITLE_CONTINUES = re.compile(r"[a-z]|(?i:on\s+the\s+occasion|between\b|and\b|with\b|at\s+the\b|in\s+\w)")
_LABEL_FIELD = re.compile(r"[A-Z][A-Za-z ]{0,20}:\s")
_SENTENCE_END = re.compile(r"[.:;!?][\"'\u201d\u2019)]?\Z")
#: What may stand between the people a caption names: "A and B", "A, B and C", "A with B".
_BETWEEN_NAMES = re.compile(r"(?:\s*(?:,|&|\band\b|\bwith\b)\s*)*")
#: A line longer than this is running text unless it is written in title case.
_LONG_LINE = 200
#: No title runs longer than this; the longest, naming several officials and the occasion, run to some 300.
_LONGEST_TITLE = 500
#: A word of a title: it starts with a letter ("Japan-Peru", "Minister's", "H.E.").
_TITLE_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
#: A note under the title opens with a parenthesis (not a marker such as "(1)"); its last line closes it.
_NOTE_OPENS = re.compile(r"[(\uff08]")
_NOTE_CLOSES = re.compile(r"[)\uff09]\Z")
#: A note under the title runs over this many lines at most.
_NOTE_LINES = 2


def sentence_like(text: str) -> bool:
    """A line that reads as running text rather than a title or heading.

    It ends like a sentence ("... held a meeting."), or it is over 200 characters
    and not in title case, or over 500 (longer than any title); a long line in
    title case with no final stop is a title.
    """
    if _SENTENCE_END.search(text) and text.count(" ") >= 5:
        return True
    if len(text) > _LONGEST_TITLE:
        return True
    return len(text) > _LONG_LINE and not title_cased(text)


def title_cased(text: str, small_words: frozenset[str] = TITLE_SMALL_WORDS) -> bool:
    """Whether ``text`` is written as titles are: its words start with a capital.

    The small words titles write in lower case ("of", "the", "between", "on the
    Occasion of") do not count, and one word in ten may be lower case (a name's
    particle, as in "da Silva"; "and others"). Running text writes its verbs and
    nouns in lower case ("held a meeting with"), far more than one in ten.
    """
    words = [word for word in _TITLE_WORD.findall(text) if word not in small_words]
    lower = sum(1 for word in words if word[0].islower())
    return bool(words) and lower * 10 <= len(words)


def names_only(text: str) -> bool:
    """A line that names people and says nothing else: "Prime Minister A and President B".

    Only named people count (a bare "the Prime Minister" is no name), joined by
    commas, "and", "&" or "with".
    """
    mentions = find_mentions(text)
    if not mentions or any(mention.surname is None for mention in mentions):
        return False
    if text[: mentions[0].start].strip():
        return False
    for before, after in itertools.pairwise(mentions):
        between = text[before.end : after.start]
        if not between.strip() or not _BETWEEN_NAMES.fullmatch(between):
            return False
    return not text[mentions[-1].end :].strip()


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
        self.held: Line | None = None  # the first title line, emitted once the next line is read
        self.held_apart = False  # whether a blank line has followed it
        self.notes: list[Line] = []  # a note in parentheses under the title, held until the date line
        self.lone_word: Line | None = None  # a subtitle word alone under the title, held until the date line

    def take(self, line: Line, *, adjacent: bool) -> bool:
        """Take ``line`` as a header field if it is one; False ends the header."""
        text = line.text
        date = read_date_line(text)
        held, self.held = self.held, None
        lone, self.lone_word = self.lone_word, None
        if lone is not None:
            if date is None:  # a heading, not the subtitle: the header ends above it
                self.lone_word = lone
                return False
            self.subtitle(lone, bare=True)
        if self.notes and date is None:
            return self.note_goes_on(line)
        if held is not None:
            if not self.held_apart and date is None and self.title_after_caption(text) and names_only(held.text):
                self.out.add_chrome(ChromeKind.PHOTO, held.text, held.start)
                self.title_text(line, "TITLE")
                return True
            self.title_text(held, "TITLE")
        if (
            self.has_title
            and adjacent
            and line.number == self.title_line + 1
            and not self.has_subtitle
            and date is None
            and (_TITLE_CONTINUES.match(text) or self.title_dangles())
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
        under_title = adjacent and line.number == self.title_line + 1 and not self.has_date
        if self.has_title and not self.has_subtitle:
            if under_title and _SUBTITLE_LONE.fullmatch(text):
                self.lone_word = line
                return True
            if self.subtitle(line, bare=under_title):
                return True
        if self.has_title and not self.has_date and _NOTE_OPENS.match(text) and not read_heads(text)[0]:
            self.notes.append(line)
            return True
        if self.has_title or self.has_subtitle or not title_like(text):
            return False
        self.has_title = True
        # Held back until the next line: a caption if it only names people and a title follows it.
        self.held = line
        self.held_apart = False
        return True

    def title_dangles(self) -> bool:
        """Whether the title read so far ends with a small word ("... a Courtesy Call from"), which
        no title ends with: its next line goes on with it, whatever its case ("U.S. Secretary ...")."""
        last = self.title_so_far.rsplit(None, 1)[-1] if self.title_so_far.strip() else ""
        return last in TITLE_SMALL_WORDS

    def note_goes_on(self, line: Line) -> bool:
        """Whether ``line`` is the second line of the note held under the title.

        Any other line but the date line ends the header, as does a note that is
        still open after its second line.
        """
        if _NOTE_CLOSES.search(self.notes[-1].text) or len(self.notes) >= _NOTE_LINES:
            return False
        self.notes.append(line)
        return True

    def release_notes(self) -> list[Line]:
        """The lines held under the title, in order, for the lead; the header ends with them: a note, or
        a subtitle word alone that no date line followed, which is the heading of the text."""
        notes, self.notes = self.notes, []
        if self.lone_word is not None:
            notes.append(self.lone_word)
            self.lone_word = None
        return notes

    def title_after_caption(self, text: str) -> bool:
        """Whether ``text`` may be the title itself after a first line that only names people.

        It may when it reads as a title, neither continues the first line nor is a
        subtitle, and does more than name people.
        """
        return (
            title_like(text)
            and not _TITLE_CONTINUES.match(text)
            and _SUBTITLE_LINE.fullmatch(text) is None
            and not names_only(text)
        )

    def blank(self) -> None:
        """A blank line: a line of names held back is no caption of a title after it."""
        self.held_apart = self.held is not None

    def finish(self) -> None:
        """The end of the text: a first title line still held back is the title."""
        held, self.held = self.held, None
        if held is not None:
            self.title_text(held, "TITLE")

    def subtitle(self, line: Line, *, bare: bool = False) -> bool:
        """A subtitle line; "(Overview) photo" is the subtitle with the page's photo link after it, and
        with ``bare`` (the line right under the title) "Overview of Results" without brackets is one too."""
        text = line.text
        photo = trailing_photo(text)
        words_text = text if photo is None else text[: photo.start("tail")].rstrip(WHITESPACE)
        match = _SUBTITLE_LINE.fullmatch(words_text)
        if match is None and bare:
            match = _SUBTITLE_BARE.fullmatch(words_text) or _SUBTITLE_LONE.fullmatch(words_text)
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
