"""The driver's shortcuts: the dense action table and the direct calls of the module's own builders."""

from __future__ import annotations

import pytest

from mofa_parse import parser
from mofa_parse.dates import read_date_line


def test_dense_actions_hold_the_table_rows() -> None:
    table = parser._table()
    names = {number: name for name, number in table.symbols.items()}
    for row, dense in zip(table.states, table.actions, strict=True):
        assert {names[number]: action for number, action in enumerate(dense) if action != parser._REFUSE} == row
    assert all(rule.origin == names[rule.symbol] for rule in table.reductions)
    assert all(action != parser._REFUSE for row in table.states for action in row.values())


def test_each_code_calls_its_builder(monkeypatch: pytest.MonkeyPatch) -> None:
    for builder in set(parser._OWN_BUILDERS.values()):
        monkeypatch.setattr(parser, builder.__name__, lambda children, name=builder.__name__: (name, children))
    for name, code in parser._BUILDER_CODES.items():
        assert parser._build(code, []) == (parser._OWN_BUILDERS[name].__name__, [])
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
