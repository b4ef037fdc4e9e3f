"""parse, parse_file and strict mode: exact errors with line, column and text."""

from __future__ import annotations

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


def test_parse_file_with_declared_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Japan-Perú Summit Meeting\n".encode("latin-1"))
    assert mofa_parse.parse_file(path, encoding="latin-1").title == "Japan-Perú Summit Meeting"


def test_parse_file_names_the_file_for_undecodable_input(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Japan-Peru\nSummit in Perú\n".encode("latin-1"))
    with pytest.raises(ParseError) as caught:
        mofa_parse.parse_file(path)
    error = caught.value
    assert (error.path, error.line, error.column) == (str(path), 2, 14)
    assert str(error) == (
        f"{path}:2:14: not valid UTF-8: byte 0xfa cannot be decoded (pass encoding= for other encodings)"
    )


def test_parse_file_names_the_file_for_binary_input(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(ParseError) as caught:
        mofa_parse.parse_file(path)
    assert str(caught.value) == f"{path}:3:1: binary file (NUL byte), not a text readout"


def test_parse_file_names_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"
    with pytest.raises(ParseError) as caught:
        mofa_parse.parse_file(path)
    assert str(caught.value) == f"{path}:1:1: cannot read file: No such file or directory"


def test_strict_parse_file_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        mofa_parse.parse_file(path, strict=True)
    assert str(caught.value) == f"{path}:9:1: clause numbering skips to (3) after (1)"
