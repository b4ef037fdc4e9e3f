"""The rows of the corpus tables, and their columns.

Each table is a tuple of frozen rows of one class; ``COLUMNS`` names, for each
table, its columns in order with the kind of value each holds, which is what the
exports (CSV, pandas, polars, Arrow and Parquet) write.
"""

from __future__ import annotations

import datetime as _dt
import enum

import attrs

__all__ = [
    "COLUMNS",
    "JOINT",
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


_T, _I, _D, _H = Kind.TEXT, Kind.INTEGER, Kind.DATE, Kind.TIME

#: The columns of each table, in order.
COLUMNS: dict[str, tuple[Column, ...]] = {
    "meetings": (
        Column("document", _T, False),
        Column("path", _T),
        Column("sha256", _T, False),
        Column("issued", _D),
        Column("date", _D),
        Column("kind", _T, False),
        Column("title", _T, False),
        Column("location", _T),
        Column("occasion", _T),
        Column("start", _H),
        Column("end", _H),
        Column("duration_minutes", _I),
        Column("time_zone", _T),
        Column("statements", _I, False),
        Column("warnings", _I, False),
    ),
    "participants": (
        Column("document", _T, False),
        Column("person", _T, False),
        Column("role", _T, False),
        Column("name", _T, False),
        Column("title", _T),
        Column("country", _T),
    ),
    "statements": (
        Column("document", _T, False),
        Column("index", _I, False),
        Column("speaker", _T, False),
        Column("speaker_text", _T),
        Column("verb", _T, False),
        Column("family", _T),
        Column("text", _T, False),
        Column("section", _I),
        Column("clause", _I),
        Column("in_response_to", _I),
        Column("start", _I),
        Column("end", _I),
    ),
    "people": (
        Column("person", _T, False),
        Column("name", _T, False),
        Column("surname", _T, False),
        Column("names", Kind.TEXTS, False),
        Column("titles", Kind.TITLES, False),
        Column("country", _T),
        Column("documents", Kind.TEXTS, False),
    ),
}

#: The table names, in the order they are written.
TABLES: tuple[str, ...] = tuple(COLUMNS)


def _check() -> None:
    """The columns are the fields of the rows, in order."""
    for table, row in (
        ("meetings", MeetingRow),
        ("participants", ParticipantRow),
        ("statements", StatementRow),
        ("people", PersonRow),
    ):
        fields = tuple(field.name for field in attrs.fields(row))
        assert fields == tuple(column.name for column in COLUMNS[table]), table


_check()
