"""Lines → tokens → LALR → the document tree, in one pass.

Lark compiles the grammar (``grammar/mofa.lark``) into an LALR table once
(``table``: cached as plain data, so a new process loads it without importing
Lark). A small driver runs the table over the tokens of ``lines.lex`` and
builds model nodes as it reduces each rule (the transformer runs inline: no parse tree is built). The driver
follows Lark's LALR loop and its tree-building rules (``_`` rules inlined into
their parent, ``?`` rules expanded when they have one child, filtered
terminals dropped), so the grammar stays the one description of the structure
and a grammar refusal raises Lark's ``UnexpectedToken`` as before.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, Final

from mofa_parse.model import (
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
from mofa_parse.nodes import (
    trusted_clause,
    trusted_document,
    trusted_item,
    trusted_paragraph,
    trusted_section,
    trusted_span,
)
from mofa_parse.structure import table as _grammar
from mofa_parse.structure.checks import check_structure
from mofa_parse.structure.lines import WHITESPACE as _STRIP
from mofa_parse.structure.lines import Lexed, Piece, lex
from mofa_parse.text.dates import read_date_line

__all__ = ["parse_structure"]

_LINE_END: Final = re.compile(r"[\r\n]")


#: A missing entry of the dense action table: the grammar refuses that symbol in that state.
_REFUSE: Final = 1 << 30


class _Table:
    """The LALR automaton with a reduce function per rule.

    ``states`` is Lark's table as read (a row of actions by symbol name per state);
    ``actions`` holds the same rows indexed by symbol number (``symbols``), missing
    entries ``_REFUSE``: the driver reads a list entry where it would look up a name.
    """

    __slots__ = ("actions", "end", "end_symbol", "reductions", "start", "states", "symbols")

    def __init__(self, data: dict[str, Any]) -> None:
        self.states: list[dict[str, int]] = data["states"]
        self.start: int = data["start"]
        self.end: int = data["end"]
        origins = {rule[0] for rule in data["rules"]}
        names = sorted({name for row in self.states for name in row} | origins | {"$END"})
        self.symbols: dict[str, int] = {name: index for index, name in enumerate(names)}
        self.end_symbol: int = self.symbols["$END"]
        self.actions: list[list[int]] = []
        for row in self.states:
            dense = [_REFUSE] * len(names)
            for name, action in row.items():
                dense[self.symbols[name]] = action
            self.actions.append(dense)
        self.reductions: list[_Rule] = [
            _Rule(origin, size, name, include, expand1, self.symbols[origin])
            for origin, size, name, include, expand1 in data["rules"]
        ]


class _Parser:
    """The driver bound to the grammar's table."""

    __slots__ = ("table",)

    def __init__(self, table: _Table) -> None:
        self.table = table

    def parse(self, lexed: Lexed) -> Any:
        return _run(self.table, lexed.tokens)


@functools.lru_cache(maxsize=1)
def _parser() -> _Parser:
    return _Parser(_table())


@functools.lru_cache(maxsize=1)
def _table() -> _Table:
    return _Table(_grammar.load_table())


# --------------------------------------------------------------------------- the driver

def _run(table: _Table, tokens: list[Any]) -> Any:
    """Lark's LALR loop (``lark.parsers.lalr_parser_state.ParserState.feed_token``) over ``tokens``.

    Terminals go on the value stack as the ``(kind, piece)`` pairs ``lines.lex`` made
    (read as ``Any``: as they are, not unpacked and packed again).
    The end of input (``$END``, after the last token) is fed through the same
    loop: it only reduces, until the start rule is complete.
    """
    actions = table.actions
    symbols = table.symbols
    reductions = table.reductions
    end = table.end
    state = table.start
    state_stack = [state]
    value_stack: list[Any] = []
    count = len(tokens)
    for index in range(count + 1):
        token: Any = tokens[index] if index < count else None
        symbol = table.end_symbol if token is None else symbols.get(token[0], -1)
        while True:
            action = actions[state][symbol] if symbol >= 0 else _REFUSE
            if action == _REFUSE or (action >= 0 and token is None):
                raise _refusal(token, table.states[state])
            if action >= 0:
                state_stack.append(action)
                value_stack.append(token)
                state = action
                break
            rule = reductions[~action]
            if rule.repeat:
                # What ``rule.reduce`` does with the two values, on the stack itself.
                last = value_stack.pop()
                state_stack.pop()
                state_stack.pop()
                kept: list[Any] = value_stack[-1]
                kept.append(last)
                value_stack[-1] = rule.built(kept)
            else:
                size = rule.size
                if size:
                    children = value_stack[-size:]
                    for _ in range(size):  # popping is cheaper than deleting a slice
                        state_stack.pop()
                        value_stack.pop()
                else:
                    children = []
                value_stack.append(rule.reduce(children))
            state = actions[state_stack[-1]][rule.symbol]
            state_stack.append(state)
            if state == end and token is None:
                return value_stack[-1]
    raise AssertionError("unreachable: the end of input either completes the start rule or is refused")


def _refusal(token: tuple[str, Piece] | None, row: dict[str, int]) -> Exception:
    """The error Lark raises when the grammar refuses a token (a defect of the classifier, not of the input)."""
    from lark.exceptions import UnexpectedToken
    from lark.lexer import Token

    if token is None:
        found = Token("$END", "", 0, 1, 1)
    else:
        kind, piece = token
        found = Token(kind, piece, piece.start, piece.line, 1, piece.line, 1, piece.end)
    return UnexpectedToken(found, {symbol for symbol in row if symbol.isupper()})  # type: ignore[no-untyped-call]


def _is_lark_error(error: Exception) -> bool:
    lark = sys.modules.get("lark")
    return lark is not None and isinstance(error, lark.exceptions.LarkError)


class _Rule:
    """A grammar rule: its size on the stack, and how it turns its children into its value (as Lark builds trees).

    A rule built by one of this module's builders calls it directly (``code``, see
    ``_build``); any other builder in ``_BUILDERS`` is called as a function.
    """

    __slots__ = ("build", "code", "expand1", "include", "origin", "repeat", "size", "symbol")

    def __init__(
        self,
        origin: str,
        size: int,
        name: str,
        include: tuple[tuple[int, bool], ...] | None,
        expand1: bool,
        symbol: int,
    ) -> None:
        inlined = origin.startswith("_")
        build: Callable[[list[Any]], Any] | None = None if inlined else _BUILDERS.get(name)
        if build is None and not inlined:
            build = functools.partial(_no_builder, name)
        self.origin = origin
        self.symbol = symbol  # the origin's number in the table's ``symbols``
        self.size = size
        self.build = build
        self.code = _BUILDER_CODES.get(name, 0) if build is not None and build is _OWN_BUILDERS.get(name) else 0
        self.include = include
        self.expand1 = expand1
        # "x: x A", how Lark writes repetition: append to the inlined list.
        self.repeat = include == ((0, True), (1, False)) and not expand1

    def reduce(self, children: list[Any]) -> Any:
        if self.repeat:
            kept: list[Any] = children[0]
            kept.append(children[1])
            return self.built(kept)
        include = self.include
        if include is not None:
            kept = []
            for index, expand in include:
                if not expand:
                    kept.append(children[index])
                elif kept:
                    kept += children[index]
                else:
                    kept = children[index]
            children = kept
        if self.expand1 and len(children) == 1:
            return children[0]
        return self.built(children)

    def built(self, children: list[Any]) -> Any:
        """The rule's value: ``children`` for an inlined rule, else what its builder makes of them."""
        code = self.code
        if code:
            return _build(code, children)
        build = self.build
        return children if build is None else build(children)


def _no_builder(name: str, children: list[Any]) -> Any:
    raise TypeError(f"grammar rule {name!r} has no builder in mofa_parse.parser")


# --------------------------------------------------------------------------- building the tree


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


def _start(children: list[Any]) -> tuple[_Header, tuple[Paragraph, ...], tuple[Section, ...]]:
    header, preamble, *sections = children
    return header, preamble, tuple(sections)


def _header(children: list[Any]) -> _Header:
    header = _Header()
    for child in children:
        if isinstance(child, list):
            header.title = child
        elif child[0] == "SUBTITLE":
            header.subtitle = child[1]
        else:
            header.date = child[1]
    return header


def _title(children: list[tuple[str, Piece]]) -> list[Piece]:
    return [piece for _, piece in children]


def _preamble(children: list[tuple[str, Piece]]) -> tuple[Paragraph, ...]:
    return tuple(_paragraph(piece) for _, piece in children)


def _flow(children: list[Any]) -> list[Block]:
    return [_paragraph(child[1]) if type(child) is tuple else child for child in children]


def _item(children: list[Any]) -> Item:
    head: Piece = children[0][1]
    body = children[1]
    return trusted_item(head.marker, head.number, tuple(body), trusted_span(head.start, _end(head, body)))


def _clause(children: list[Any]) -> Clause:
    head: Piece = children[0][1]
    body = children[1]
    assert head.number is not None
    return trusted_clause(head.number, head.title, tuple(body), head.marker, trusted_span(head.start, _end(head, body)))


def _section(children: list[Any]) -> Section:
    head: Piece = children[0][1]
    body = list(children[1])
    body.extend(children[2:])
    assert head.number is not None
    span = trusted_span(head.start, _end(head, body))
    return trusted_section(head.number, head.marker, head.title, tuple(body), span)


#: The builder of each grammar rule, called with the rule's children as it is reduced.
_BUILDERS: dict[str, Callable[[list[Any]], Any]] = {
    "start": _start,
    "header": _header,
    "title": _title,
    "preamble": _preamble,
    "flow": _flow,
    "item": _item,
    "clause": _clause,
    "section": _section,
    "part": _section,
    "subsection": _section,
}
#: The builders above as this module defines them, and the number ``_build`` calls each by.
_OWN_BUILDERS: Final = dict(_BUILDERS)
_BUILDER_CODES: Final = {
    "start": 1,
    "header": 2,
    "title": 3,
    "preamble": 4,
    "flow": 5,
    "item": 6,
    "clause": 7,
    "section": 8,
    "part": 8,
    "subsection": 8,
}


def _build(code: int, children: list[Any]) -> Any:
    """``_OWN_BUILDERS[name](children)`` for the name with ``_BUILDER_CODES[name] == code``: a direct call."""
    if code == 5:
        return _flow(children)
    if code == 6:
        return _item(children)
    if code == 8:
        return _section(children)
    if code == 7:
        return _clause(children)
    if code == 4:
        return _preamble(children)
    if code == 3:
        return _title(children)
    if code == 2:
        return _header(children)
    return _start(children)


def _paragraph(piece: Piece) -> Paragraph:
    # The classifier computed ``piece.kind`` from ``piece.text``; see "trusted construction" in model.py.
    return trusted_paragraph(piece.text, piece.kind, trusted_span(piece.start, piece.end))


def parse_structure(source: str) -> Document:
    """The document tree of ``source``: header, preamble, sections, chrome, structural diagnostics.

    Never raises for a ``str``: should the grammar ever refuse the classified
    lines (a defect, not a property of the input), every line is kept as a
    preamble paragraph and a diagnostic says so.
    """
    lexed = lex(source)
    diagnostics = list(lexed.diagnostics)
    try:
        header, preamble, sections = _parser().parse(lexed)
    except Exception as error:
        if not isinstance(error, (ValueError, TypeError)) and not _is_lark_error(error):
            raise
        header, preamble, sections = _Header(), _fallback(lexed, source), ()
        diagnostics.append(
            Diagnostic(
                1, 1, "structure could not be read (an internal error); every line kept as a paragraph", "", "internal"
            )
        )
    title = " ".join(piece.text for piece in header.title)
    # The title's lines come in order: the first starts before the last ends.
    title_span = trusted_span(header.title[0].start, header.title[-1].end) if header.title else None
    subtitle = header.subtitle
    date = header.date
    issued = None
    if date is not None:
        # The classifier read the date line with ``read_date_line`` and kept its reading.
        issued = date.date if date.date is not None else read_date_line(date.text)
    chrome: tuple[Chrome, ...] = tuple(sorted(lexed.chrome, key=_chrome_start))
    # ``issued`` is what ``read_date_line(issued_text)`` reads, as the Document validator would read it.
    doc = trusted_document(
        title,
        subtitle.text if subtitle is not None else None,
        issued.date if issued is not None else None,
        date.text if date is not None else None,
        tuple(preamble),
        tuple(sections),
        chrome,
        source,
        title_span,
        subtitle.span if subtitle is not None else None,
        date.span if date is not None else None,
    )
    diagnostics.extend(check_structure(doc, lexed.starts))
    diagnostics.sort(key=lambda d: (d.line, d.column))
    return _with_warnings(doc, diagnostics)


def _chrome_start(chrome: Chrome) -> int:
    return chrome.span.start if chrome.span is not None else 0


def _with_warnings(doc: Document, diagnostics: list[Diagnostic]) -> Document:
    # ``doc`` was built here and nothing else holds it yet: setting the field is
    # ``attrs.evolve(doc, warnings=...)`` without building and validating it again.
    object.__setattr__(doc, "warnings", tuple(diagnostics))
    return doc


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
