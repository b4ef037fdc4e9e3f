"""The driver's shortcuts: the dense action table and the direct calls of the module's own builders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mofa_parse.structure import parser
from mofa_parse.structure.lines import lex
from mofa_parse.text.dates import read_date_line


def test_dense_actions_hold_the_table_rows() -> None:
    table = parser._table()
    names = {number: name for name, number in table.symbols.items()}
    for row, dense in zip(table.states, table.actions, strict=True):
        assert {names[number]: action for number, action in enumerate(dense) if action != parser._REFUSE} == row
    assert all(rule.origin == names[rule.symbol] for rule in table.reductions)
    assert all(action != parser._REFUSE for row in table.states for action in row.values())


def _pieces(piece: Any) -> tuple[str, int, int] | None:
    return None if piece is None else (piece.text, piece.start, piece.end)


def _value(value: Any) -> Any:
    """What the start rule built, with the header's pieces as plain values (they compare by identity)."""
    header, preamble, sections = value
    return [_pieces(piece) for piece in header.title], _pieces(header.subtitle), _pieces(header.date), preamble, sections


def _readouts() -> list[str]:
    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "seeds").glob("*.txt")) + sorted((root / "tests" / "fixtures").rglob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def test_each_code_calls_its_builder() -> None:
    """Every rule run by its builder's code builds what the builder called as a function builds.

    Compared on whole readouts (the seeds and the layout fixtures), so that it holds of
    the compiled module too, whose direct calls no test can replace.
    """
    direct = parser._table()
    generic = parser._Table(parser._grammar.load_table())
    for rule in generic.reductions:
        rule.code = 0
    assert any(rule.code for rule in direct.reductions)
    for source in _readouts():
        assert _value(parser._run(direct, lex(source).tokens)) == _value(parser._run(generic, lex(source).tokens))
    assert set(parser._BUILDER_CODES) == set(parser._OWN_BUILDERS)


def test_rules_call_the_own_builders_directly() -> None:
    table = parser._table()
    built = [rule for rule in table.reductions if rule.build is not None]
    assert built
    assert all(rule.code == parser._BUILDER_CODES[name] for rule in built for name in parser._OWN_BUILDERS
               if rule.build is parser._OWN_BUILDERS[name])


@pytest.mark.parametrize(
    "source",
    ["Title\nMarch 3, 2021\n\n1. Text", "Title\nJuly 2003\nText", "Title\n2004/11/22", "Title\nText", ""],
)
def test_issued_date_is_the_date_line_read_again(source: str) -> None:
    doc = parser.parse_structure(source)
    expected = read_date_line(doc.issued_text) if doc.issued_text is not None else None
    assert doc.issued == (expected.date if expected is not None else None)
