"""Lines → tokens → grammar → the document tree, in one pass.

Lark runs the grammar (``grammar/mofa.lark``, the one description of the
structure) as an LALR parser over the tokens of the line classifier
(``lexer.grammar_tokens``): a custom Lark lexer hands it those tokens, a line's
worth at a time as the parser reads them, and a transformer builds the model nodes
as each rule is reduced, so neither the tokens of the whole source nor a parse tree
is ever held.
"""

from __future__ import annotations

import bisect
import functools
import os
import pkgutil
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import attrs
from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedInput
from lark.lexer import Lexer

from mofa_parse.model import Block, Chrome, Clause, Diagnostic, Document, Item, Paragraph, Section, Span
from mofa_parse.structure.checks import check_structure
from mofa_parse.structure.lexer import grammar_tokens, lex
from mofa_parse.structure.lines import WHITESPACE
from mofa_parse.structure.tokens import Lexed, Piece

__all__ = ["grammar_text", "parse_structure"]

_LINE_END = re.compile(r"[\r\n]")


def grammar_text() -> str:
    """The grammar shipped in the package, read through the package's loader
    (``pkgutil.get_data``), as the rules are.

    Running from a source checkout (``src/`` on the path, nothing installed),
    the package holds no copy of the grammar; the checkout's ``grammar/`` is read.
    """
    try:
        shipped = pkgutil.get_data("mofa_parse", "grammar/mofa.lark")
    except FileNotFoundError:
        shipped = None
    if shipped is not None:
        return shipped.decode("utf-8")
    here = os.path.dirname(os.path.realpath(__file__))
    checkout = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(here))), "grammar", "mofa.lark")
    with open(checkout, encoding="utf-8") as file:
        return file.read()



def _marker(head: Piece) -> str:
    """A marker as written, one string for all the markers written alike ("(1)", "1.", "(a)")."""
    return sys.intern(head.marker)

class _ClassifiedLines(Lexer):
    """Lark's view of ``lexer.grammar_tokens``: the tokens of the classified lines, each holding its ``Piece``."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Iterator[Token]) -> Iterator[Token]:  # type: ignore[override]
        return data


@attrs.define
class _Header:
    title: list[Piece] = attrs.Factory(list)
    subtitle: Piece | None = None
    date: Piece | None = None


def _end(head: Piece, body: Sequence[Block]) -> int:
    if body and body[-1].span is not None:
        return max(head.end, body[-1].span.end)
    return head.end


def _paragraph(piece: Piece) -> Paragraph:
    return Paragraph(piece.text, piece.kind, span=Span(piece.start, piece.end))


def _opening(head: Piece) -> tuple[Paragraph, ...]:
    """The paragraph on a marker's line after the marker, which opens the marker's body, if any."""
    return () if head.opening is None else (_paragraph(head.opening),)


class _TreeBuilder(Transformer[Token, Any]):
    """Builds the model nodes, one grammar rule a method, as the parser reduces the rule."""

    def start(self, children: list[Any]) -> tuple[_Header, tuple[Paragraph, ...], tuple[Section, ...]]:
        header, preamble, *sections = children
        return header, tuple(preamble), tuple(sections)

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
        return [token.value for token in children]

    def preamble(self, children: list[Any]) -> list[Paragraph]:
        """The preamble so far, and the next paragraph: ``preamble PARA``, or nothing."""
        if not children:
            return []
        paragraphs, token = children
        paragraphs.append(_paragraph(token.value))
        return paragraphs  # type: ignore[no-any-return]

    def flow(self, children: list[Any]) -> list[Block]:
        """The flow so far, and the next paragraph or item: ``flow PARA``, ``flow item``, or nothing."""
        if not children:
            return []
        blocks, last = children
        blocks.append(_paragraph(last.value) if isinstance(last, Token) else last)
        return blocks  # type: ignore[no-any-return]

    def item(self, children: list[Any]) -> Item:
        head: Piece = children[0].value
        body = (*_opening(head), *children[1])
        return Item(_marker(head), head.number, body, span=Span(head.start, _end(head, body)))

    def clause(self, children: list[Any]) -> Clause:
        head: Piece = children[0].value
        body = (*_opening(head), *children[1])
        assert head.number is not None
        return Clause(head.number, head.title, body, _marker(head), span=Span(head.start, _end(head, body)))

    def section(self, children: list[Any]) -> Section:
        head: Piece = children[0].value
        body = (*_opening(head), *children[1], *children[2:])
        assert head.number is not None
        return Section(head.number, _marker(head), head.title, body, span=Span(head.start, _end(head, body)))

    part = section
    subsection = section


@functools.cache
def _parser() -> Lark:
    """The grammar, compiled by Lark once per process."""
    return Lark(grammar_text(), parser="lalr", lexer=_ClassifiedLines, transformer=_TreeBuilder())


def parse_structure(source: str) -> Document:
    """The document tree of ``source``: header, preamble, sections, chrome, structural diagnostics.

    Never raises for a ``str``: should the grammar ever refuse the classified
    lines (a defect, not a property of the input), every line is kept as a
    preamble paragraph and a diagnostic says so.
    """
    lexed = Lexed()
    try:
        # The lines are classified as the parser reads their tokens, and the transformer
        # builds the tree as the parser reduces: ``parse`` returns ``start``'s value.
        built: Any = _parser().parse(grammar_tokens(source, lexed))
        header, preamble, sections = built
        diagnostics = list(lexed.diagnostics)
    except (UnexpectedInput, ValueError, TypeError):
        lexed = lex(source)  # the parser stopped part of the way: every line classified again
        header, preamble, sections = _Header(), _fallback(lexed, source), ()
        diagnostics = list(lexed.diagnostics)
        diagnostics.append(
            Diagnostic(
                1, 1, "structure could not be read (an internal error); every line kept as a paragraph", "", "internal"
            )
        )
    title = " ".join(piece.text for piece in header.title)
    title_span = Span(header.title[0].start, header.title[-1].end) if header.title else None
    subtitle, date = header.subtitle, header.date
    issued_text = date.text if date is not None else None
    sections = tuple(sections)
    diagnostics.extend(check_structure(title, issued_text, sections, source, lexed.starts))
    diagnostics.sort(key=lambda d: (d.line, d.column))
    return Document(
        title,
        subtitle.text if subtitle is not None else None,
        date.date.date if date is not None and date.date is not None else None,
        issued_text,
        tuple(preamble),
        sections,
        tuple(sorted(lexed.chrome, key=_chrome_start)),
        warnings=tuple(diagnostics),
        source=source,
        title_span=title_span,
        subtitle_span=subtitle.span if subtitle is not None else None,
        issued_span=date.span if date is not None else None,
    )


def _chrome_start(chrome: Chrome) -> int:
    return chrome.span.start if chrome.span is not None else 0


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
        text = source[piece.start : end].strip(WHITESPACE)
        if text:
            kept.append(Paragraph(text, span=Span(piece.start, piece.start + len(text))))
    return tuple(kept)
