"""Lines → tokens → Lark LALR → the document tree, in one pass.

The grammar (``grammar/mofa.lark``) is compiled once per process and cached on
disk by Lark; the transformer runs inline as the LALR parser reduces, so no
intermediate parse tree is built.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError
from lark.lexer import Lexer

from .checks import check_structure
from .dates import read_date_line
from .lines import WHITESPACE as _STRIP
from .lines import Lexed, Piece, lex, line_starts
from .model import (
    Block,
    Chrome,
    Clause,
    Diagnostic,
    Document,
    Item,
    Paragraph,
    Section,
    Span,
)

__all__ = ["grammar_text", "parse_structure"]

_LINE_END = re.compile(r"[\r\n]")


def grammar_text() -> str:
    """The grammar shipped in the package (or, in a source checkout, in ``grammar/``)."""
    shipped = resources.files("mofa_parse").joinpath("grammar/mofa.lark")
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    checkout = Path(__file__).resolve().parents[2] / "grammar" / "mofa.lark"
    return checkout.read_text(encoding="utf-8")


class _TokenFeed(Lexer):
    """Hands the LALR parser the tokens ``lines.lex`` already made."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Lexed) -> Iterator[Token]:  # type: ignore[override]
        for kind, piece in data.tokens:
            yield Token(kind, piece, piece.start, piece.line, 1, piece.line, 1, piece.end)


class _Header:
    __slots__ = ("date", "subtitle", "title")

    def __init__(self) -> None:
        self.title: list[Piece] = []
        self.subtitle: Piece | None = None
        self.date: Piece | None = None


def _end(head: Piece, body: Sequence[Block]) -> int:
    if body:
        last = body[-1].span
        if last is not None:
            return max(head.end, last.end)
    return head.end


class _Build(Transformer[Token, Any]):
    """Builds model nodes as the parser reduces each rule."""

    def start(self, children: list[Any]) -> tuple[_Header, tuple[Paragraph, ...], tuple[Section, ...]]:
        header, preamble, *sections = children
        return header, preamble, tuple(sections)

    def header(self, children: list[Any]) -> _Header:
        header = _Header()
        for child in children:
            if isinstance(child, list):
                header.title = child
            elif child.type == "SUBTITLE":
                header.subtitle = child.value
            else:
                header.date = child.value
        return header

    def title(self, children: list[Token]) -> list[Piece]:
        return [child.value for child in children]

    def preamble(self, children: list[Token]) -> tuple[Paragraph, ...]:
        return tuple(_paragraph(child.value) for child in children)

    def flow(self, children: list[Any]) -> list[Block]:
        return [_paragraph(child.value) if isinstance(child, Token) else child for child in children]

    def item(self, children: list[Any]) -> Item:
        head: Piece = children[0].value
        body = children[1]
        return Item(head.marker, head.number, tuple(body), span=Span(head.start, _end(head, body)))

    def clause(self, children: list[Any]) -> Clause:
        head: Piece = children[0].value
        body = children[1]
        assert head.number is not None
        return Clause(head.number, head.title, tuple(body), head.marker, span=Span(head.start, _end(head, body)))

    def section(self, children: list[Any]) -> Section:
        head: Piece = children[0].value
        body = list(children[1])
        body.extend(children[2:])
        assert head.number is not None
        return Section(head.number, head.marker, head.title, tuple(body), span=Span(head.start, _end(head, body)))

    part = section
    subsection = section


def _paragraph(piece: Piece) -> Paragraph:
    return Paragraph(piece.text, piece.kind, span=piece.span)


@functools.lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark(
        grammar_text(),
        parser="lalr",
        lexer=_TokenFeed,
        transformer=_Build(),
        cache=True,
        maybe_placeholders=False,
    )


def parse_structure(source: str) -> Document:
    """The document tree of ``source``: header, preamble, sections, chrome, structural diagnostics.

    Never raises for a ``str``: should the grammar ever refuse the classified
    lines (a defect, not a property of the input), every line is kept as a
    preamble paragraph and a diagnostic says so.
    """
    lexed = lex(source)
    diagnostics = list(lexed.diagnostics)
    try:
        built: Any = _parser().parse(lexed)
        header, preamble, sections = built
    except (LarkError, ValueError, TypeError) as error:
        header, preamble, sections = _Header(), _fallback(lexed, source), ()
        diagnostics.append(
            Diagnostic(
                1, 1, f"structure could not be read ({type(error).__name__}); kept as paragraphs", "", "internal"
            )
        )
    title = " ".join(piece.text for piece in header.title)
    title_span = Span(header.title[0].start, header.title[-1].end) if header.title else None
    subtitle = header.subtitle
    date = header.date
    issued = read_date_line(date.text) if date is not None else None
    chrome: tuple[Chrome, ...] = tuple(sorted(lexed.chrome, key=_chrome_start))
    doc = Document(
        title=title,
        subtitle=subtitle.text if subtitle is not None else None,
        issued=issued.date if issued is not None else None,
        issued_text=date.text if date is not None else None,
        preamble=preamble,
        sections=sections,
        chrome=chrome,
        source=source,
        title_span=title_span,
        subtitle_span=subtitle.span if subtitle is not None else None,
        issued_span=date.span if date is not None else None,
    )
    diagnostics.extend(check_structure(doc, line_starts(source)))
    diagnostics.sort(key=lambda d: (d.line, d.column))
    return _with_warnings(doc, diagnostics)


def _chrome_start(chrome: Chrome) -> int:
    return chrome.span.start if chrome.span is not None else 0


def _with_warnings(doc: Document, diagnostics: list[Diagnostic]) -> Document:
    import attrs

    return attrs.evolve(doc, warnings=tuple(diagnostics))


def _fallback(lexed: Lexed, source: str) -> tuple[Paragraph, ...]:
    """Every line that is not chrome, as a paragraph: nothing is lost when the grammar refuses."""
    chrome_starts = sorted(chrome.span.start for chrome in lexed.chrome if chrome.span is not None)
    kept: list[Paragraph] = []
    first_piece: dict[int, Piece] = {}
    for _, piece in lexed.tokens:
        if piece.line and piece.line not in first_piece:
            first_piece[piece.line] = piece
    for number in sorted(first_piece):
        piece = first_piece[number]
        # The line ends at its break, or where a trailing "photo" (chrome) starts.
        found = _LINE_END.search(source, piece.start)
        end = len(source) if found is None else found.start()
        after = bisect.bisect_right(chrome_starts, piece.start)
        if after < len(chrome_starts):
            end = min(end, chrome_starts[after])
        text = source[piece.start : end].strip(_STRIP)
        if text:
            kept.append(Paragraph(text, span=Span(piece.start, piece.start + len(text))))
    return tuple(kept)
