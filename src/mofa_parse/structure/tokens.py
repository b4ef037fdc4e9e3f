"""What the line classifier hands on: tokens for the grammar, and what stays beside the tree."""

from __future__ import annotations

from collections import deque

import attrs

from mofa_parse.model import Chrome, ChromeKind, Diagnostic, ParagraphKind, Severity, Span
from mofa_parse.structure.lines import Line
from mofa_parse.text.dates import DateLine

__all__ = ["Lexed", "Piece"]


@attrs.define
class Piece:
    """One token's worth of a line: text with its place in the source, and what a marker stands for.

    ``title`` is the heading riding on a marker's line, ``opening`` the
    paragraph riding on it instead (the text after the marker, which opens the
    marker's body), ``kind`` whether a paragraph names only a speaker, ``date``
    a date line's reading.
    """

    text: str
    start: int
    end: int
    line: int
    marker: str = ""
    number: int | None = None
    title: str | None = None
    kind: ParagraphKind = ParagraphKind.TEXT
    date: DateLine | None = None
    opening: Piece | None = None

    def __str__(self) -> str:
        return self.text

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def _start_of(chrome: Chrome) -> int:
    return 0 if chrome.span is None else chrome.span.start


@attrs.define
class Lexed:
    """The classified lines: tokens for the grammar, page furniture, diagnostics, where each line starts.

    Each token is the name of a grammar terminal and its ``Piece``, queued until the
    parser takes it (``lexer.grammar_tokens`` makes it a Lark token then).
    """

    tokens: deque[tuple[str, Piece]] = attrs.Factory(deque)
    chrome: list[Chrome] = attrs.Factory(list)
    diagnostics: list[Diagnostic] = attrs.Factory(list)
    starts: list[int] = attrs.Factory(list)

    def emit(self, kind: str, piece: Piece) -> None:
        self.tokens.append((kind, piece))

    def note(self, line: Line, message: str, code: str, at: int = 0) -> None:
        """A diagnostic on ``line``, at offset ``at`` of its stripped text (a column counts characters)."""
        column = line.start - self.starts[line.number - 1] + at + 1
        self.diagnostics.append(Diagnostic(line.number, column, message, line.text, code, Severity.WARNING))

    def add_chrome(self, kind: ChromeKind, text: str, start: int) -> None:
        """Page furniture, kept in the order of the text (a line held back may come after later ones)."""
        chrome = Chrome(kind, text, span=Span(start, start + len(text)))
        at = len(self.chrome)
        while at and _start_of(self.chrome[at - 1]) > start:
            at -= 1
        self.chrome.insert(at, chrome)
