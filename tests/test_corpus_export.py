"""The corpus tables written as CSV and Parquet, and read as pandas, polars and Arrow tables.

The tests of an optional library skip when it is not installed (the core install has none).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from pathlib import Path

import pytest

import mofa_parse
from mofa_parse import Corpus
from mofa_parse.corpus import COLUMNS, TABLES

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_paths(FIXTURES)


def test_csv_has_the_documented_columns_and_a_row_per_row(corpus: Corpus) -> None:
    for table in TABLES:
        rows = list(csv.reader(io.StringIO(corpus.to_csv(table))))
        assert rows[0] == [column.name for column in COLUMNS[table]]
        assert len(rows) == len(corpus.table(table)) + 1


def test_csv_writes_lists_titles_dates_and_missing_values_as_text(corpus: Corpus) -> None:
    people = list(csv.DictReader(io.StringIO(corpus.to_csv("people"))))
    hayashi = next(row for row in people if row["person"] == "JPN:hayashi-kenta")
    assert hayashi["names"] == "HAYASHI Kenta; Hayashi; Kenta Hayashi"
    assert hayashi["titles"] == "Prime Minister [2003-03-03..2021-12-20]"
    assert next(row for row in people if row["person"] == "-:jun-okada")["country"] == ""
    meetings = list(csv.DictReader(io.StringIO(corpus.to_csv("meetings"))))
    korea = next(row for row in meetings if row["document"] == "2021/japan_korea_summit.txt")
    assert (korea["date"], korea["start"], korea["duration_minutes"], korea["location"]) == ("2021-11-01", "15:00:00", "40", "")


def test_write_csv_makes_one_file_per_table(corpus: Corpus, tmp_path: Path) -> None:
    written = corpus.write(tmp_path / "out", format="csv")
    assert [Path(path).name for path in written] == ["meetings.csv", "participants.csv", "statements.csv", "people.csv"]
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == sorted(Path(path).name for path in written)
    assert (tmp_path / "out" / "people.csv").read_bytes().decode("utf-8") == corpus.to_csv("people")


def test_an_unknown_format_or_table_is_refused(corpus: Corpus, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="format must be one of parquet, csv"):
        corpus.write(tmp_path, format="xlsx")
    with pytest.raises(ValueError, match="no table 'speakers'"):
        corpus.to_csv("speakers")


@pytest.mark.parametrize(
    ("call", "module", "extra"),
    [("to_pandas", "pandas", "pandas"), ("to_polars", "polars", "polars"), ("to_arrow", "pyarrow", "parquet")],
)
def test_a_missing_extra_says_what_to_install(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch, call: str, module: str, extra: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # as if not installed
    with pytest.raises(ImportError, match=rf"needs {module}: pip install 'mofa-parse\[{extra}\]'"):
        getattr(corpus, call)("meetings")


def test_arrow_tables_have_typed_columns_and_the_versions(corpus: Corpus) -> None:
    pa = pytest.importorskip("pyarrow")
    table = corpus.to_arrow("meetings")
    assert table.column_names == [column.name for column in COLUMNS["meetings"]]
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("start").type == pa.time64("us")
    assert table.schema.field("duration_minutes").type == pa.int64()
    assert table.schema.metadata == {
        b"mofa_parse.schema_version": b"1",
        b"mofa_parse.version": mofa_parse.__version__.encode(),
    }
    people = corpus.to_arrow("people").to_pylist()
    hayashi = next(row for row in people if row["person"] == "JPN:hayashi-kenta")
    assert hayashi["titles"] == [{"title": "Prime Minister", "first": dt.date(2003, 3, 3), "last": dt.date(2021, 12, 20)}]


def test_parquet_files_read_back_with_their_metadata(corpus: Corpus, tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    written = corpus.write(tmp_path, format="parquet")
    assert [Path(path).name for path in written] == [f"{table}.parquet" for table in TABLES]
    for table in TABLES:
        read = parquet.read_table(tmp_path / f"{table}.parquet")
        assert read.equals(corpus.to_arrow(table))
        assert read.schema.metadata[b"mofa_parse.version"] == mofa_parse.__version__.encode()
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".")]


def test_pandas_frames_have_dates_and_nullable_counts(corpus: Corpus) -> None:
    pd = pytest.importorskip("pandas")
    frame = corpus.to_pandas("meetings")
    assert list(frame.columns) == [column.name for column in COLUMNS["meetings"]]
    assert str(frame["date"].dtype).startswith("datetime64")
    assert frame["duration_minutes"].dtype == pd.Int64Dtype()
    assert frame["date"].dt.year.tolist() == [2003, 2003, 2003, 2003, 2003, 2021, 2021, 2021, 2021]
    people = corpus.to_pandas("people")
    assert people.set_index("person").loc["JPN:ichiro-kono", "names"] == ["Ichiro Kono", "Ichiro Kōno"]


def test_polars_frames_have_the_documented_types(corpus: Corpus) -> None:
    pl = pytest.importorskip("polars")
    frame = corpus.to_polars("people")
    assert frame.columns == [column.name for column in COLUMNS["people"]]
    assert frame.schema["documents"] == pl.List(pl.Utf8)
    assert frame.filter(pl.col("person") == "RUS:orlov-pavel")["names"].to_list() == [["Orlov", "Pavel Orlov"]]
    meetings = corpus.to_polars("meetings")
    assert meetings.schema["date"] == pl.Date
    assert meetings["statements"].sum() == len(corpus.statements)


def test_parquet_files_load_in_pandas_and_polars(corpus: Corpus, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    corpus.write(tmp_path)
    assert len(pd.read_parquet(tmp_path / "participants.parquet")) == len(corpus.participants)
    assert pl.read_parquet(tmp_path / "people.parquet")["person"].to_list() == [row.person for row in corpus.people]
