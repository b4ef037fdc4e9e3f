"""The parser's LALR driver reads a grammar exactly as Lark does.

``mofa_parse.structure.parser`` runs Lark's LALR table with its own loop and builds
values the way Lark's inline transformer would. Here both run on a grammar
that uses every tree-building rule the driver implements (``_`` rules inlined,
``?`` rules expanded, aliases, filtered and kept anonymous terminals, ``+``, ``*``
and ``?`` repetition), on any token sequence: the values and the errors agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedToken
from lark.lexer import Lexer

from mofa_parse.structure import parser
from mofa_parse.structure import table as grammar_table
from mofa_parse.structure.lines import Piece

GRAMMAR = r"""
start: a+ _b? c* k?
a: "x" A | A
?c: C | C D -> pair
_b: B B? | _inner
_inner: D+
!k: K "y"
%declare A B C D K
"""
RULES = ("start", "a", "c", "pair", "k")
KINDS = ("A", "B", "C", "D", "K", "X", "Y")


class _Feed(Lexer):
    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: list[tuple[str, Piece]]) -> Iterator[Token]:  # type: ignore[override]
        for kind, piece in data:
            yield Token(kind, piece)


def _lark_builder(name: str) -> Any:
    def build(self: Any, children: list[Any]) -> Any:
        return (name, [(child.type, child.value) if isinstance(child, Token) else child for child in children])

    return build


LARK = Lark(
    GRAMMAR,
    parser="lalr",
    lexer=_Feed,
    transformer=type("Build", (Transformer,), {name: _lark_builder(name) for name in RULES})(),
    maybe_placeholders=False,
)


@pytest.fixture(scope="module")
def table(monkeypatch_module: pytest.MonkeyPatch) -> parser._Table:
    for name in RULES:
        monkeypatch_module.setitem(parser._BUILDERS, name, lambda children, name=name: (name, list(children)))
    return parser._Table(grammar_table.compile_table(GRAMMAR))


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def _outcome(run: Any, tokens: list[tuple[str, Piece]]) -> tuple[str, Any]:
    try:
        return "value", run(tokens)
    except UnexpectedToken as error:
        return "refused", error.token.type


def _anonymous(kind: str) -> str:
    """Lark's names for the grammar's string terminals "x" and "y"."""
    return {"X": LARK.get_terminal("X").name, "Y": LARK.get_terminal("Y").name}.get(kind, kind)


@given(st.lists(st.sampled_from(KINDS), max_size=9))
def test_driver_builds_what_lark_builds(table: parser._Table, kinds: list[str]) -> None:
    tokens = [(_anonymous(kind), Piece(f"t{index}", index, index + 1, 1)) for index, kind in enumerate(kinds)]
    assert _outcome(lambda data: parser._run(table, data), tokens) == _outcome(LARK.parse, tokens)


def test_driver_builds_a_known_value(table: parser._Table) -> None:
    tokens = [(kind, Piece(kind.lower(), 0, 1, 1)) for kind in ("A", "D", "D", "C", "D", "K", "Y")]
    value = parser._run(table, tokens)
    a, d1, d2, c, d3, k, y = (token for token in tokens)
    assert value == ("start", [("a", [a]), d1, d2, ("pair", [c, d3]), ("k", [k, y])])


def test_grammar_refusal_raises_lark_error(table: parser._Table) -> None:
    with pytest.raises(UnexpectedToken) as caught:
        parser._run(table, [("B", Piece("b", 0, 1, 1))])
    assert caught.value.token.type == "B"
    with pytest.raises(UnexpectedToken) as caught:
        parser._run(table, [])
    assert caught.value.token.type == "$END"
