"""The grammar text and its LALR table.

Lark compiles ``grammar/mofa.lark`` into an LALR table once; the table is kept
as plain data (dicts, lists, tuples, str, int) beside the package's bytecode
(see ``_cache``), so a new process loads it without importing Lark. The
driver that runs the table is in ``parser``. This module stays pure Python in
every build: it imports Lark, and tests replace its functions.
"""

from __future__ import annotations

import os
from typing import Any

__all__ = ["grammar_text", "load_table"]


def grammar_text() -> str:
    """The grammar shipped in the package, read with ``importlib.resources``.

    Running from a source checkout (``src/`` on the path, nothing installed),
    the package holds no copy of the grammar; the checkout's ``grammar/`` is read.
    ``importlib.resources`` costs a cold start about 5 ms; it is what lets the
    package be loaded from a zip file or any other importer.
    """
    from importlib import resources

    shipped = resources.files("mofa_parse").joinpath("grammar/mofa.lark")
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    here = os.path.dirname(os.path.realpath(__file__))
    checkout = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(here))), "grammar", "mofa.lark")
    with open(checkout, encoding="utf-8") as file:
        return file.read()


#: Bumped whenever the cached table's layout changes.
_TABLE_FORMAT = 1

#: One rule as the driver needs it: the nonterminal it makes, how many values it
#: takes off the stack, the builder to call, which children it keeps (and which
#: of those are inlined ``_`` rules whose children are spliced in; None: all,
#: none inlined) and whether a single child stands for the rule (``?rule``).
_RuleData = tuple[str, int, str, "tuple[tuple[int, bool], ...] | None", bool]


def compile_table(grammar: str) -> dict[str, Any]:
    """The LALR table of ``grammar`` as plain data (dicts, lists, tuples, str, int), computed by Lark."""
    from lark import Lark
    from lark.lexer import Lexer
    from lark.parsers.lalr_analysis import Shift

    class _Tokens(Lexer):
        """The tokens come from ``lines.lex``; Lark only builds the table here."""

        def __init__(self, lexer_conf: Any) -> None:
            pass

        def lex(self, lexer_state: Any, parser_state: Any = None) -> Any:  # pragma: no cover - never called
            raise NotImplementedError

    lark = Lark(grammar, parser="lalr", lexer=_Tokens, maybe_placeholders=False)
    parse_table = lark.parser.parser._parse_table
    (start_name,) = lark.options.start
    rule_index: dict[Any, int] = {}
    rules: list[_RuleData] = []
    states: list[dict[str, int]] = []
    assert sorted(parse_table.states) == list(range(len(parse_table.states)))
    for state in range(len(parse_table.states)):
        row: dict[str, int] = {}
        for symbol, (action, arg) in parse_table.states[state].items():
            if action is Shift:
                row[str(symbol)] = arg  # a state: shift a terminal, or go to after a reduction
                continue
            if arg not in rule_index:
                rule_index[arg] = len(rules)
                rules.append(_rule_data(arg))
            row[str(symbol)] = ~rule_index[arg]  # negative: reduce by that rule
        states.append(row)
    return {
        "format": _TABLE_FORMAT,
        "grammar": grammar,
        "states": states,
        "rules": rules,
        "start": parse_table.start_states[start_name],
        "end": parse_table.end_states[start_name],
    }


def _rule_data(rule: Any) -> _RuleData:
    """What Lark's tree builder does for ``rule`` (see ``lark.parse_tree_builder``), as data."""
    keep_all = rule.options.keep_all_tokens
    expansion = rule.expansion
    include = tuple(
        (index, not symbol.is_term and symbol.name.startswith("_"))
        for index, symbol in enumerate(expansion)
        if keep_all or not (symbol.is_term and symbol.filter_out)
    )
    plain = len(include) == len(expansion) and not any(expand for _, expand in include)
    name = rule.alias or rule.options.template_source or rule.origin.name
    return (
        str(rule.origin.name),
        len(expansion),
        str(name),
        None if plain else include,
        bool(rule.options.expand1 and not rule.alias),
    )


def load_table() -> dict[str, Any]:
    """The table of the shipped grammar, compiled by Lark."""
    return compile_table(grammar_text())
