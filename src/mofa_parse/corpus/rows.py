"""The rows of the corpus tables, and their columns.

Each table is a tuple of frozen rows of one class (``ROWS``); ``COLUMNS`` names,
for each table, its columns in order with the kind of value each holds, read from
the fields of the row class, which is what the exports (CSV, pandas, polars,
Arrow and Parquet) write.
"""

from __future__ import annotations

import datetime as _dt
import enum
import types
import typing

import attrs

__all__ = [
    "COLUMNS",
    "JOINT",
    "ROWS",
    "SCHEMA_VERSION",
    "TABLES",
    "Column",
    "Failure",
    "Kind",
    "MeetingRow",
    "ParticipantRow",
    "PersonRow",
    "Role",
    "StatementRow",
    "TitleSeen",
]

#: The version of the tables' columns; written into the Parquet files. It changes when a column does.
SCHEMA_VERSION = "1"

#: The speaker id of a statement made by several people at once ("the two leaders").
JOINT = "joint"


class Role(enum.Enum):
    """How a person takes part in a meeting: a principal, or accompanying one."""

    PRINCIPAL = "principal"
    ACCOMPANYING = "accompanying"


class Kind(enum.Enum):
    """The kind of value in a column."""

    TEXT = "text"
    INTEGER = "integer"
    DATE = "date"
    TIME = "time"
    TEXTS = "texts"
    TITLES = "titles"


@attrs.frozen
class Column:
    """One column: its name, the kind of its values, and whether it may be empty."""

    name: str
    kind: Kind
    nullable: bool = True


@attrs.frozen
class Failure:
    """A file that could not be read or parsed, and why."""

    path: str
    message: str


@attrs.frozen
class MeetingRow:
    """One document: what it is, when, where and for how long the meeting was."""

    document: str
    path: str | None
    sha256: str
    issued: _dt.date | None
    date: _dt.date | None
    kind: str
    title: str
    location: str | None
    occasion: str | None
    start: _dt.time | None
    end: _dt.time | None
    duration_minutes: int | None
    time_zone: str | None
    statements: int
    warnings: int


@attrs.frozen
class ParticipantRow:
    """One person taking part in one meeting."""

    document: str
    person: str
    role: Role
    name: str
    title: str | None
    country: str | None


@attrs.frozen
class StatementRow:
    """One reported utterance; ``speaker`` is a person id, or ``joint``."""

    document: str
    index: int
    speaker: str
    speaker_text: str | None
    verb: str
    family: str | None
    text: str
    section: int | None
    clause: int | None
    in_response_to: int | None
    start: int | None
    end: int | None


@attrs.frozen
class TitleSeen:
    """A title as written for one person, and the first and last dates it was seen."""

    title: str
    first: _dt.date | None
    last: _dt.date | None


@attrs.frozen
class PersonRow:
    """One human across the corpus."""

    person: str
    name: str
    surname: str
    names: tuple[str, ...]
    titles: tuple[TitleSeen, ...]
    country: str | None
    documents: tuple[str, ...]


#: The row class of each table, in the order the tables are written.
ROWS: dict[str, type] = {
    "meetings": MeetingRow,
    "participants": ParticipantRow,
    "statements": StatementRow,
    "people": PersonRow,
}

#: The kind of a column by the type of its field (a field that may be None is a nullable column).
_KIND_OF_TYPE: dict[object, Kind] = {
    str: Kind.TEXT,
    Role: Kind.TEXT,
    int: Kind.INTEGER,
    _dt.date: Kind.DATE,
    _dt.time: Kind.TIME,
    tuple[str, ...]: Kind.TEXTS,
    tuple[TitleSeen, ...]: Kind.TITLES,
}


def _columns(row: type) -> tuple[Column, ...]:
    """The columns of a table: the fields of its row class, in order, each of its type's kind."""
    hints = typing.get_type_hints(row)
    columns = []
    for field in attrs.fields(row):
        hint = hints[field.name]
        members = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        value = next(member for member in members if member is not type(None))
        columns.append(Column(field.name, _KIND_OF_TYPE[value], nullable=type(None) in members))
    return tuple(columns)


#: The columns of each table, in order: the fields of its row class.
COLUMNS: dict[str, tuple[Column, ...]] = {table: _columns(row) for table, row in ROWS.items()}
#: The table names, in the order they are written.
TABLES: tuple[str, ...] = tuple(COLUMNS)
