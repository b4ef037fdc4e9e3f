"""Reading a rules file: TOML tables of entries, checked when loaded.

Every vocabulary the passes use (titles, honorifics, countries, reporting
verbs, page furniture, ...) is a file of this folder, read once per process
with ``tomllib``. A file is a set of arrays of tables, one entry each::

    [[head]]
    word = "Spokesperson"

``load`` checks each file against the shape its reader declares: an unknown
table or key, a missing or mistyped key, or two entries with the same key is a
``RulesError`` that names the file, the table and the entry.
"""

from __future__ import annotations

import pkgutil
import tomllib
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["Entries", "RulesError", "TableShape", "load", "parse_rules"]

#: The entries of one table, as read: each a mapping of key to value.
Entries = tuple[Mapping[str, Any], ...]


class RulesError(ValueError):
    """A rules file that does not have the shape its reader declares."""


@attrs.frozen
class TableShape:
    """What the entries of one table hold.

    ``required`` and ``optional`` map each key to the type of its value;
    ``unique`` names the keys whose values, taken together, no two entries may share;
    ``choices`` gives, for a key of a closed set, the values it may take.
    """

    required: Mapping[str, type]
    optional: Mapping[str, type] = attrs.field(factory=dict)
    unique: tuple[str, ...] = ()
    choices: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)


def _describe(table: str, index: int, entry: Mapping[str, Any], shape: TableShape) -> str:
    named = ", ".join(f"{key} = {entry[key]!r}" for key in shape.unique if key in entry)
    return f"[[{table}]] entry {index + 1}" + (f" ({named})" if named else "")


def _problem(entry: Mapping[str, Any], shape: TableShape) -> str | None:
    """What is wrong with one entry, or None: an unknown, mistyped or missing key, a value not allowed."""
    for key, value in entry.items():
        expected = shape.required.get(key) or shape.optional.get(key)
        if expected is None:
            return f"unknown key {key!r}"
        if not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
            return f"{key} must be {expected.__name__}, not {type(value).__name__}"
        if isinstance(value, str) and (not value or value != value.strip()):
            return f"{key} must be a word or phrase without outer spaces"
        allowed = shape.choices.get(key)
        if allowed is not None and value not in allowed:
            return f"{key} must be one of {', '.join(allowed)}, not {value!r}"
    missing = [key for key in shape.required if key not in entry]
    if missing:
        return f"missing {', '.join(missing)}"
    return None


def _check_entry(file: str, table: str, index: int, entry: Any, shape: TableShape) -> Mapping[str, Any]:
    if not isinstance(entry, dict):
        raise RulesError(f"{file}: [[{table}]] entry {index + 1} is not a table")
    problem = _problem(entry, shape)
    if problem is not None:
        raise RulesError(f"{file}: {_describe(table, index, entry, shape)}: {problem}")
    return entry


def parse_rules(file: str, text: str, shapes: Mapping[str, TableShape]) -> dict[str, Entries]:
    """The tables of the rules text ``text`` (named ``file`` in errors), checked against ``shapes``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RulesError(f"{file}: not valid TOML: {error}") from None
    unknown = sorted(set(data) - set(shapes))
    if unknown:
        raise RulesError(f"{file}: unknown table {unknown[0]!r} (known: {', '.join(sorted(shapes))})")
    tables: dict[str, Entries] = {}
    for table, shape in shapes.items():
        raw = data.get(table, [])
        if not isinstance(raw, list):
            raise RulesError(f"{file}: {table} must be an array of tables ([[{table}]])")
        entries = tuple(_check_entry(file, table, index, entry, shape) for index, entry in enumerate(raw))
        if shape.unique:
            seen: dict[tuple[Any, ...], int] = {}
            for index, entry in enumerate(entries):
                key = tuple(entry.get(name) for name in shape.unique)
                if key in seen:
                    raise RulesError(
                        f"{file}: {_describe(table, index, entry, shape)}: "
                        f"the same as entry {seen[key] + 1}"
                    )
                seen[key] = index
        tables[table] = entries
    return tables


def load(file: str, shapes: Mapping[str, TableShape]) -> dict[str, Entries]:
    """The tables of the rules file ``file`` of this folder, checked against ``shapes``.

    The file is read through the package's loader (``pkgutil.get_data``), so that it is
    found wherever the package is installed, a wheel or a zip archive included.
    """
    data = pkgutil.get_data(__package__, file)
    if data is None:
        raise RulesError(f"rules/{file}: the package's loader cannot read data files")
    text = data.decode("utf-8")
    return parse_rules(f"rules/{file}", text, shapes)
