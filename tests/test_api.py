"""parse, parse_file and strict mode.

File errors (binary, undecodable, missing, strict failures from files) are in test_errors.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import mofa_parse
from mofa_parse import ParseError

BROKEN = """\
Japan-Brazil Foreign Ministers' Meeting

August 1, 2008

1. Bilateral relations

(1) The two ministers reviewed the bilateral relations.

(3) The two ministers agreed to promote exchanges.
"""


def test_lenient_mode_keeps_what_is_written_and_reports() -> None:
    doc = mofa_parse.parse(BROKEN)
    assert [c.number for c in doc.sections[0].clauses] == [1, 3]
    (warning,) = [w for w in doc.warnings if w.severity is mofa_parse.Severity.WARNING]
    assert (warning.line, warning.column, warning.code) == (9, 1, "clause-numbering")
    assert warning.message == "clause numbering skips to (3) after (1)"
    assert warning.text == "(3) The two ministers agreed to promote exchanges."
    assert warning.severity is mofa_parse.Severity.WARNING


def test_strict_mode_raises_at_the_first_departure() -> None:
    with pytest.raises(ParseError) as caught:
        mofa_parse.parse(BROKEN, strict=True)
    error = caught.value
    assert (error.line, error.column) == (9, 1)
    assert error.text == "(3) The two ministers agreed to promote exchanges."
    assert str(error) == "9:1: clause numbering skips to (3) after (1)"
    assert isinstance(error, ValueError)


def test_strict_mode_accepts_a_conventional_readout() -> None:
    text = "Japan-Peru Summit Meeting\n\nMay 1, 2010\n\n1. Trade\n\nThe two leaders agreed.\n"
    assert mofa_parse.parse(text, strict=True).sections[0].title == "Trade"


def test_strict_mode_reports_a_missing_title_first() -> None:
    with pytest.raises(ParseError, match=r"^1:1: no title: the readout does not start with a title line$"):
        mofa_parse.parse("On May 1, the two leaders held a meeting in Lima, Peru.\n", strict=True)


def test_parse_rejects_bytes_with_a_clear_message() -> None:
    with pytest.raises(TypeError, match="parse\\(\\) takes str, not bytes; use parse_file\\(\\) for files"):
        mofa_parse.parse(b"Japan-Peru Summit Meeting")  # type: ignore[arg-type]


def test_parse_file_reads_utf8_bom_and_crlf(tmp_path: Path) -> None:
    text = "Japan-Peru Summit Meeting\n\nMay 1, 2010\n\n1. Trade\n\nThe two leaders agreed.\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    doc = mofa_parse.parse_file(path)
    assert doc == mofa_parse.parse(text)
    assert doc.source == text.replace("\n", "\r\n")
    paragraph = doc.sections[0].body[0]
    assert paragraph.span is not None
    assert doc.source[paragraph.span.start : paragraph.span.end] == "The two leaders agreed."


def test_parse_file_and_a_corpus_refuse_a_fifo_without_opening_it(tmp_path: Path) -> None:
    """A FIFO named like a readout would block a reader forever: it is reported, never opened."""
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "b.txt")
    (folder / "c.txt").write_text("Japan-Peru Summit Meeting\n\nMay 1, 2010\n\n1. Trade\n", encoding="utf-8")
    code = (
        "import sys, mofa_parse\n"
        "try:\n"
        "    mofa_parse.parse_file(sys.argv[1] + '/b.txt')\n"
        "except mofa_parse.ParseError as error:\n"
        "    print(error)\n"
        "corpus = mofa_parse.Corpus.from_paths([sys.argv[1]])\n"
        "print(len(corpus.documents), [failure.message for failure in corpus.failures])\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"{folder}/b.txt:1:1: not a regular file (a FIFO)",
        "1 ['not a regular file (a FIFO)']",
    ]
