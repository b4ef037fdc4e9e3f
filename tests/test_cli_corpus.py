"""The corpus formats of ``mofa-parse`` and the summary line, driven in a subprocess."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import mofa_parse
from mofa_parse import Corpus

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
#: No run here should take more than this many seconds.
TIMEOUT = 120


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    package_root = str(Path(mofa_parse.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "mofa_parse", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=TIMEOUT,
        check=False,
    )


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "in")
    return tmp_path


def test_meetings_csv_is_the_corpus_table(folder: Path) -> None:
    done = run("in", "--format", "meetings-csv", "--quiet", cwd=folder)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == Corpus.from_paths(folder / "in").to_csv("meetings").replace("\r\n", "\n").replace(
        str(folder / "in"), "in"
    )


def test_people_csv_names_one_row_per_person(folder: Path) -> None:
    done = run("in", "--format", "people-csv", "--quiet", cwd=folder)
    assert done.returncode == 0
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [row["person"] for row in rows] == [row.person for row in Corpus.from_paths(FIXTURES).people]


def test_parquet_needs_an_output_folder(folder: Path) -> None:
    done = run("in", "--format", "parquet", cwd=folder)
    assert done.returncode == 2
    assert "--format parquet needs -o DIR" in done.stderr
    assert run("-", "--format", "people-csv", cwd=folder).returncode == 2


def test_parquet_writes_one_file_per_table(folder: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    done = run("in", "--format", "parquet", "-o", "tables", cwd=folder)
    assert done.returncode == 0, done.stderr
    names = sorted(path.name for path in (folder / "tables").iterdir())
    assert names == ["meetings.parquet", "participants.parquet", "people.parquet", "statements.parquet"]
    assert parquet.read_table(folder / "tables" / "people.parquet").num_rows == len(Corpus.from_paths(FIXTURES).people)


def test_a_run_over_several_files_ends_with_a_summary_line(folder: Path) -> None:
    (folder / "in" / "binary.txt").write_bytes(b"\x00")
    (folder / "in" / "bare.txt").write_text("Japan-Ruritania Relations\n\nSome words.\n", encoding="utf-8")
    done = run("in", "--format", "meetings-csv", "-o", "out", cwd=folder)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "in/binary.txt: 1:1: binary file (NUL byte), not a text readout",
        # nine made-up readouts, one of them read without a diagnostic, and a readout with no lead
        "mofa-parse: 10 documents, 1 failed; 9 with warnings, 1 with no participants, 1 with no date, "
        "1 with no statements; most warnings: 2003/foreign_ministers.txt (3), 2003/japan_eu_okada.txt (3), "
        "2003/japan_rok.txt (3)",
    ]
    assert (folder / "out" / "meetings.csv").exists()
    quiet = run("in", "--format", "jsonl", "--quiet", cwd=folder)
    assert quiet.stderr.splitlines() == ["in/binary.txt:1:1: binary file (NUL byte), not a text readout"]
    loud = run("in", "--format", "jsonl", cwd=folder)
    assert loud.stderr.splitlines()[-1].startswith("mofa-parse: 10 documents, 1 failed; 9 with warnings")


def test_one_file_has_no_summary(folder: Path) -> None:
    done = run("in/2003/japan_rok.txt", "--format", "statements-csv", cwd=folder)
    assert (done.returncode, done.stderr) == (0, "")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(row["speaker_person"], row["speaker_country"], row["date"]) for row in rows] == [
        ("KOR:ho-kang-min", "KOR", "2003-06-10"),
        ("joint", "JPN; KOR", "2003-06-10"),
    ]
