"""Classify the lines of a readout into the tokens the grammar reads.

This is the step in front of the grammar (``grammar/mofa.lark``). It reads the
source once, line by line (``lines.read_lines``), and guarantees to the grammar:

* Blank lines carry no structure: layouts with and without blank lines read the same.
* Page furniture (navigation, category lines in the header, breadcrumbs,
  photo lines and a trailing "photo" on a paragraph, the publisher line,
  translation notes; see ``rules/furniture.toml``) never reaches the grammar;
  it is returned as chrome.
* The header (title, its continuation lines, subtitle, date line) comes first,
  at most one of each field (``header``). A note in parentheses between the
  title and the date line is emitted after the date line, as the lead's first
  paragraph.
* Every other non-blank line yields one ``PARA`` token, or one to three
  marker tokens. The text after the markers rides on the last marker's
  token: as its heading, or as the paragraph that opens its body (then no
  ``PARA`` is emitted for it; the grammar reads it as the first block of that
  marker's flow).
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

import re
from collections.abc import Iterator

import attrs
from lark import Token

from mofa_parse.model import ChromeKind, ParagraphKind
from mofa_parse.structure.furniture import chrome_kind, trailing_photo
from mofa_parse.structure.header import HeaderReader
from mofa_parse.structure.lines import WHITESPACE, Line, read_lines
from mofa_parse.structure.markers import Head, halves, is_heading, is_speaker_label, letter_value, read_heads
from mofa_parse.structure.tokens import Lexed, Piece
from mofa_parse.text.dates import MONTH_WORD

__all__ = ["MAX_ITEM_DEPTH", "grammar_tokens", "lex"]

#: Deepest nesting of list items; deeper markers are kept as text.
MAX_ITEM_DEPTH = 8

# "1 January 2005 ..." starts with a date, not with section 1.
_MONTH_START = re.compile(rf"{MONTH_WORD}\s+\d")


@attrs.define
class _ItemLevel:
    """An open list: its marker style, the indentation of its markers, the ordinal of its current item."""

    style: str
    indent: int
    ordinal: int | None
    has_children: bool = False  # the current item of this list holds a list of its own


class _Lexer:
    """The state machine that assigns a level to every marker; see the module docstring."""

    def __init__(self, source: str, out: Lexed) -> None:
        self.source = source
        self.out = out
        self.header = HeaderReader(self.out)
        self.in_header = True
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

    def emit(self, kind: str, piece: Piece) -> None:
        self.out.emit(kind, piece)

    def run(self) -> Iterator[None]:
        """Classify the lines one at a time: after each step, the tokens emitted so far are final
        (a token is changed or taken back only while its own line is read)."""
        previous_number = 0
        for start, line in read_lines(self.source):
            self.out.starts.append(start)
            if line is None:
                if self.in_header:
                    self.header.blank()
                continue
            in_header = self.in_header
            kind = chrome_kind(line.text, header=in_header and not self.header.has_date, captions=in_header)
            if kind is not None:
                self.out.add_chrome(kind, line.text, line.start)
            elif self.in_header and self.header.take(line, adjacent=line.number == previous_number + 1):
                previous_number = line.number
                if self.header.has_date and self.header.notes:
                    self.end_header()
            else:
                self.end_header()
                previous_number = line.number
                self.body_line(line)
            yield
        self.header.finish()
        self.end_header()
        self.close_items(0)
        yield

    def end_header(self) -> None:
        """The header ends: a note held under the title is the first paragraph of the lead."""
        self.in_header = False
        for note in self.header.release_notes():
            self.body_line(note)

    # ------------------------------------------------------------------ body

    def body_line(self, line: Line) -> None:
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
                    self.out.note(line, message, "clause-outside-section")
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

    def place(self, line: Line, head: Head, rest: str, *, after_section: bool) -> str | None:
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

    def letter(self, line: Line, head: Head, value: int, rest: str) -> str | None:
        """A letter subsection below an arabic section, or a lettered section where none is open."""
        head.kind = "letter"
        head.value = value
        if self.sec_open and self.sec_style != "letter":
            return self.subsection(line, head, rest)
        return self.section(line, head, rest, "letter")

    def arabic(self, line: Line, head: Head, rest: str, indent: int, *, after_section: bool) -> str | None:
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
        top = self.sibling_level(head.facts()[1], indent)
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

    def paren(self, line: Line, head: Head, rest: str, indent: int, *, after_section: bool) -> str | None:
        value = head.value
        assert value is not None
        if self.items and (indent > self.items[-1].indent or self.sibling_level(head.facts()[1], indent)):
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

    def part(self, line: Line, head: Head, rest: str) -> str | None:
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
        # The sections of a part may sit deeper than its marker ("I. Results" / "  1. Trade"):
        # the first section sets the sections' indentation, not the part.
        return self.head_token("PART", line, head, rest)

    def section(self, line: Line, head: Head, rest: str, style: str) -> str | None:
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
        return self.head_token("SECTION", line, head, rest, heading=self.sec_has_title)

    def subsection(self, line: Line, head: Head, rest: str) -> str | None:
        self.close_items(0)
        self.sub_open = True
        self.sub_no = head.value or 0
        self.clause_style = ""
        self.clause_no = 0
        return self.head_token("SUBSECTION", line, head, rest)

    def clause(self, line: Line, head: Head, rest: str, indent: int, style: str) -> str | None:
        doubled = halves(head)
        if doubled is not None:
            # "1. 1." where a clause fits opens the clause and a list item in it, as "(1) (a)" does.
            self.clause(line, doubled[0], "", indent, style)
            return self.item(line, doubled[1], indent + doubled[1].start - head.start)
        self.close_items(0)
        self.clause_style = style
        self.clause_no = head.value or 0
        self.clause_indent = indent
        return self.head_token("CLAUSE", line, head, rest)

    def item(self, line: Line, head: Head, indent: int) -> str | None:
        doubled = halves(head)
        if doubled is not None and len(self.items) < MAX_ITEM_DEPTH - 1:
            # "2. 2." where a list item fits opens two levels of list, as "- (1)" does.
            self.item(line, doubled[0], indent)
            return self.item(line, doubled[1], indent + doubled[1].start - head.start)
        options, style, default = head.facts()
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
                self.out.tokens.pop()
                self.items.append(closed)
            if len(self.items) >= MAX_ITEM_DEPTH:
                self.out.note(
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

    def not_a_marker(self, line: Line, head: Head, level: str) -> None:
        """A marker the model cannot hold ("(xxxx)", or "2. 2." nested too deep to split): text."""
        message = f"{head.marker!r} cannot be a {level} marker; kept as text"
        self.out.note(line, message, "marker-as-text", at=head.start)

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

    def piece_at(self, line: Line, head: Head) -> Piece:
        start = line.start + head.start
        return Piece(head.marker, start, start + len(head.marker), line.number, marker=head.marker, number=head.value)

    def head_token(self, kind: str, line: Line, head: Head, rest: str, *, heading: bool | None = None) -> str | None:
        """The token of a part, section, subsection or clause marker; "heading" when ``rest`` is its heading.

        ``heading`` is whether ``rest`` reads as a heading, when the caller has already asked.
        """
        piece = self.piece_at(line, head)
        if heading is None:
            heading = is_heading(rest)
        if heading:
            piece.title = rest
            piece.end = line.start + len(line.text)
            self.emit(kind, piece)
            return "heading"
        self.emit(kind, piece)
        return kind

    # ------------------------------------------------------------------ paragraphs

    def paragraph(self, line: Line, offset: int, indent: int, *, in_marker_line: bool = False) -> None:
        text = line.text[offset:]
        start = line.start + offset
        # A "photo" link after the last sentence is the page's, not the paragraph's.
        trailing = trailing_photo(text)
        if trailing is not None:
            self.out.add_chrome(ChromeKind.PHOTO, trailing["link"], start + trailing.start("link"))
            text = text[: trailing.start("tail")].rstrip(WHITESPACE)
            rest = chrome_kind(text, header=False) if offset == 0 else None
            if rest is not None:  # "photo(A and B) photo": furniture, with a trailing photo of its own
                self.out.add_chrome(rest, text, start)
                return
        if not in_marker_line and self.items:
            while self.items and self.items[-1].indent >= indent:
                self.close_one()
        kind = ParagraphKind.SPEAKER_LABEL if is_speaker_label(text) else ParagraphKind.TEXT
        piece = Piece(text, start, start + len(text), line.number, kind=kind)
        opener = self.out.tokens[-1][1] if in_marker_line and self.out.tokens else None
        if opener is not None and opener.marker and opener.line == line.number:
            # The text after a marker opens the marker's body: it rides on the marker's token.
            opener.opening = piece
            return
        self.emit("PARA", piece)



def lex(source: str) -> Lexed:
    """Classify every line of ``source``; see the module docstring for the guarantees."""
    out = Lexed()
    for _ in _Lexer(source, out).run():
        pass
    return out


def grammar_tokens(source: str, out: Lexed) -> Iterator[Token]:
    """The tokens of ``source`` as Lark's, classified a line at a time as the parser reads them.

    Each token is let go of once the parser has it, so the classified lines are never
    held all at once; the chrome, diagnostics and line starts go to ``out`` as ``lex``
    gives them, complete once the last token has been read.
    """
    queue = out.tokens
    for _ in _Lexer(source, out).run():
        while queue:
            kind, piece = queue.popleft()
            yield Token(kind, piece, piece.start, piece.line, 1, piece.line, 1, piece.end)
