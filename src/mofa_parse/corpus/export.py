"""The corpus tables as CSV, Arrow, Parquet, pandas and polars.

CSV needs nothing beyond the standard library. The others load their library on
first use, from the optional extras: ``mofa-parse[parquet]`` (pyarrow: ``to_arrow``
and Parquet files), ``mofa-parse[pandas]``, ``mofa-parse[polars]``; without it,
the call raises ``ImportError`` naming the extra to install.

Every export writes the columns of ``rows.COLUMNS`` in order, with their kinds:
dates as dates, times of day as times, counts and offsets as integers that may be
missing, ``names`` and ``documents`` as lists of text, ``titles`` as a list of
``{title, first, last}``. In CSV a list is written joined by "; ", and a title as
``title [first..last]``. Parquet files carry the version of the columns
(``mofa_parse.schema_version``) and of the library (``mofa_parse.version``) in their metadata.
"""

from __future__ import annotations

import csv
import datetime as _dt
import enum
import importlib
import io
import os
from collections.abc import Sequence
from typing import Any

import attrs

from mofa_parse.corpus.rows import COLUMNS, SCHEMA_VERSION, Column, Kind, TitleSeen

__all__ = ["FORMATS", "csv_text", "metadata", "to_arrow", "to_pandas", "to_polars", "write"]

#: The formats of ``write``.
FORMATS = ("parquet", "csv")


def _library(name: str, extra: str, needed_for: str) -> Any:
    """An optional library, or an ``ImportError`` that says which extra installs it."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError:
        raise ImportError(f"{needed_for} needs {name}: pip install 'mofa-parse[{extra}]'") from None


def _columns(table: str) -> tuple[Column, ...]:
    try:
        return COLUMNS[table]
    except KeyError:
        raise ValueError(f"no table {table!r} (tables: {', '.join(COLUMNS)})") from None


def _plain(value: object) -> object:
    """A cell as plain Python: an enum as its value, a seen title as a mapping."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, TitleSeen):
        return attrs.asdict(value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def _values(rows: Sequence[object], column: Column) -> list[Any]:
    return [_plain(getattr(row, column.name)) for row in rows]


def metadata() -> dict[str, str]:
    """The metadata of every Parquet file: the version of the columns and of the library."""
    from mofa_parse import __version__

    return {"mofa_parse.schema_version": SCHEMA_VERSION, "mofa_parse.version": __version__}


# --------------------------------------------------------------------------- CSV


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, TitleSeen):
        first = "" if value.first is None else value.first.isoformat()
        last = "" if value.last is None else value.last.isoformat()
        return f"{value.title} [{first}..{last}]"
    if isinstance(value, tuple):
        return "; ".join(_csv_cell(item) for item in value)
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    return str(value)


def csv_text(table: str, rows: Sequence[object], *, header: bool = True) -> str:
    """The table as CSV text, with a header line unless ``header`` is false."""
    columns = _columns(table)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if header:
        writer.writerow([column.name for column in columns])
    for row in rows:
        writer.writerow([_csv_cell(getattr(row, column.name)) for column in columns])
    return buffer.getvalue()


# --------------------------------------------------------------------------- Arrow


def _arrow_type(pa: Any, kind: Kind) -> Any:
    title = pa.struct([("title", pa.string()), ("first", pa.date32()), ("last", pa.date32())])
    return {
        Kind.TEXT: pa.string(),
        Kind.INTEGER: pa.int64(),
        Kind.DATE: pa.date32(),
        Kind.TIME: pa.time64("us"),
        Kind.TEXTS: pa.list_(pa.string()),
        Kind.TITLES: pa.list_(title),
    }[kind]


def to_arrow(table: str, rows: Sequence[object]) -> Any:
    """The table as a ``pyarrow.Table``, with the library's metadata."""
    pa = _library("pyarrow", "parquet", "to_arrow")
    columns = _columns(table)
    schema = pa.schema(
        [pa.field(column.name, _arrow_type(pa, column.kind), nullable=column.nullable) for column in columns],
        metadata=metadata(),
    )
    return pa.table({column.name: _values(rows, column) for column in columns}, schema=schema)


# --------------------------------------------------------------------------- pandas and polars


def to_pandas(table: str, rows: Sequence[object]) -> Any:
    """The table as a ``pandas.DataFrame``: dates as ``datetime64``, counts as nullable ``Int64``."""
    pd = _library("pandas", "pandas", "to_pandas")
    data: dict[str, Any] = {}
    for column in _columns(table):
        values = _values(rows, column)
        if column.kind is Kind.DATE:
            data[column.name] = pd.to_datetime(pd.Series(values, dtype=object))
        elif column.kind is Kind.INTEGER:
            data[column.name] = pd.array(values, dtype="Int64")
        else:
            data[column.name] = pd.Series(values, dtype=object)
    return pd.DataFrame(data)


def _polars_type(pl: Any, kind: Kind) -> Any:
    title = pl.Struct({"title": pl.Utf8, "first": pl.Date, "last": pl.Date})
    return {
        Kind.TEXT: pl.Utf8,
        Kind.INTEGER: pl.Int64,
        Kind.DATE: pl.Date,
        Kind.TIME: pl.Time,
        Kind.TEXTS: pl.List(pl.Utf8),
        Kind.TITLES: pl.List(title),
    }[kind]


def to_polars(table: str, rows: Sequence[object]) -> Any:
    """The table as a ``polars.DataFrame``."""
    pl = _library("polars", "polars", "to_polars")
    columns = _columns(table)
    schema = {column.name: _polars_type(pl, column.kind) for column in columns}
    return pl.DataFrame({column.name: _values(rows, column) for column in columns}, schema=schema)


# --------------------------------------------------------------------------- files


def write(folder: str | os.PathLike[str], tables: dict[str, Sequence[object]], format: str = "parquet") -> list[str]:
    """Write one file per table into ``folder`` (made if missing); returns their paths.

    Each file is written to a temporary name and renamed, so that none is ever half-written.
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    parquet = _library("pyarrow.parquet", "parquet", "write(format='parquet')") if format == "parquet" else None
    os.makedirs(folder, exist_ok=True)
    written: list[str] = []
    for table, rows in tables.items():
        target = os.path.join(os.fspath(folder), f"{table}.{format}")
        temporary = os.path.join(os.fspath(folder), f".{table}.{format}.tmp")
        try:
            if parquet is not None:
                parquet.write_table(to_arrow(table, rows), temporary)
            else:
                with open(temporary, "w", encoding="utf-8", newline="") as file:
                    file.write(csv_text(table, rows))
            os.replace(temporary, target)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        written.append(target)
    return written
