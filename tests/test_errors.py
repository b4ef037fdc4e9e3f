"""Error quality: every ParseError and Diagnostic says where (1-based line and column,
counted in characters), what (the offending line) and why, in words a reader of the
readout understands."""

from __future__ import annotations

from pathlib import Path

import pytest

import mofa_parse
from mofa_parse import ParseError

HEAD = "Japan-X Talks\nNovember 22, 2004\n"


def _strict_error(text: str) -> ParseError:
    with pytest.raises(ParseError) as caught:
        mofa_parse.parse(text, strict=True)
    return caught.value


def test_column_counts_characters_not_tab_stops() -> None:
    """Lexer diagnostics once gave the column with tabs expanded to four (33 for eight tabs)."""
    nested = "".join("\t" * depth + "- point\n" for depth in range(9))
    error = _strict_error(HEAD + "1. Economy\n" + nested)
    assert (error.line, error.column, error.text) == (12, 9, "- point")
    assert str(error) == "12:9: list nested deeper than 8 levels; marker '-' kept as text"


CASES = {
    "numbering gap": (
        HEAD + "1. Economy\nBoth sides agreed.\n3. Security\nBoth sides agreed.\n",
        "5:1: section numbering skips to 3. after 1.",
        "3. Security",
    ),
    "section repeated": (
        HEAD + "1. Economy\nText.\n2. Security\nText.\n2. Culture\nText.\n",
        "7:1: section 2. repeats 2.",
        "2. Culture",
    ),
    "clause repeated": (
        HEAD + "1. Economy\n(1) Trade grew.\n(1) Energy grew.\n",
        "5:1: clause (1) repeats (1)",
        "(1) Energy grew.",
    ),
    "clause numbering restarts": (
        HEAD + "1. Economy\n(1) Trade grew.\n(2) Energy grew.\n(1) Fisheries grew.\n",
        "6:1: clause numbering goes back to (1) after (2)",
        "(1) Fisheries grew.",
    ),
    "section numbering goes back": (
        HEAD + "1. Economy\nText.\n2. Security\nText.\n3. Culture\nText.\n2. Regional affairs\nText.\n",
        "9:1: section numbering goes back to 2. after 3.",
        "2. Regional affairs",
    ),
    "numbering starts at 2": (
        HEAD + "2. Economy\nBoth sides agreed.\n",
        "3:1: section numbering starts at 2.",
        "2. Economy",
    ),
    "part numbering gap": (
        HEAD + "I. Results\n1. Economy\nText.\nIII. Outline\nText.\n",
        "6:1: part numbering skips to III. after I.",
        "III. Outline",
    ),
    "heading with no body": (
        HEAD + "1. Economy\n2. Security\nBoth sides agreed.\n",
        "3:1: heading 1. 'Economy' has no body",
        "1. Economy",
    ),
    "clause heading with no body": (
        HEAD + "1. Economy\n(1) Trade\n(2) Energy\nBoth sides agreed.\n",
        "4:1: clause (1) heading 'Trade' has no body",
        "(1) Trade",
    ),
    "no title": (
        "November 22, 2004\nOn November 21, Prime Minister Sato held a meeting with President Lind.\n",
        "1:1: no title: the readout does not start with a title line",
        "",
    ),
    "no date": (
        "Japan-X Talks\nOn November 21, Prime Minister Sato held a meeting with President Lind.\n",
        "1:1: no date line",
        "",
    ),
    "month-only date": (
        "Japan-X Talks\n  July 2003\nThe leaders met.\n",
        "2:3: date line 'July 2003' names a month, not a day",
        "July 2003",
    ),
    "clause before any section": (
        HEAD + "  (1) The leaders met.\n",
        "3:3: clause (1) comes before any section; kept as text",
        "(1) The leaders met.",
    ),
    "list nested too deep": (
        HEAD + "1. Economy\n" + "".join("  " * depth + "- point\n" for depth in range(9)),
        "12:17: list nested deeper than 8 levels; marker '-' kept as text",
        "- point",
    ),
    "list item repeated": (
        HEAD + "1. Economy\n  a) Trade\n  a) Energy\n",
        "5:3: item a) repeats a)",
        "a) Energy",
    ),
    "list numbering gap": (
        HEAD + "1. Economy\n  (a) Trade\n  (c) Energy\n",
        "5:3: item numbering skips to (c) after (a)",
        "(c) Energy",
    ),
    "marker that numbers nothing": (
        HEAD + "1. Economy\n  (xxxx) Both sides agreed.\n",
        "4:3: '(xxxx)' cannot be a list marker; kept as text",
        "(xxxx) Both sides agreed.",
    ),
    "gap in a CR-only file": (
        "Japan-X Talks\rNovember 22, 2004\r1. Economy\rText.\r3. Security\rText.\r",
        "5:1: section numbering skips to 3. after 1.",
        "3. Security",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_strict_error(name: str) -> None:
    text, expected, line_text = CASES[name]
    error = _strict_error(text)
    assert str(error) == expected
    where, _, message = expected.partition(": ")
    line, column = (int(part) for part in where.split(":"))
    assert (error.line, error.column, error.text, error.message, error.path) == (line, column, line_text, message, None)


@pytest.mark.parametrize("name", list(CASES))
def test_lenient_diagnostic_is_the_strict_error(name: str) -> None:
    """Lenient parsing reports the same departure as a diagnostic, and keeps every line."""
    text, expected, line_text = CASES[name]
    doc = mofa_parse.parse(text)
    first = next(d for d in doc.warnings if d.severity is mofa_parse.Severity.WARNING)
    assert (str(first), first.text) == (expected, line_text)


def test_strict_error_from_a_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "gap.txt"
    path.write_bytes(CASES["numbering gap"][0].replace("\n", "\r\n").encode("utf-8-sig"))
    with pytest.raises(ParseError) as caught:
        mofa_parse.parse_file(path, strict=True)
    error = caught.value
    assert str(error) == f"{path}:5:1: section numbering skips to 3. after 1."
    assert (error.line, error.column, error.text, error.path) == (5, 1, "3. Security", str(path))


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xef\xbb\xbfJapan-X Talks\r\n\xe2\x80\x94Ta\x00lks\n\x89PNG")
    with pytest.raises(ParseError) as caught:
        mofa_parse.parse_file(path)
    error = caught.value
    assert str(error) == f"{path}:2:4: binary file (NUL byte), not a text readout"
    assert (error.line, error.column, error.text, error.path) == (2, 4, "\u2014Ta\x00lks", str(path))


def test_undecodable_latin_1_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Japan-X Talks\r\u2014 Caf\u00e9 talks.\n".encode("utf-8").replace(b"\xc3\xa9", b"\xe9"))
    with pytest.raises(ParseError) as caught:
        mofa_parse.parse_file(path)
    error = caught.value
    assert str(error) == (
        f"{path}:2:6: not valid UTF-8: byte 0xe9 cannot be decoded (pass encoding= for other encodings)"
    )
    assert (error.line, error.column, error.text) == (2, 6, "\u2014 Caf\ufffd talks.")


def test_latin_1_file_with_its_encoding_declared(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Japan-X Talks\nCaf\u00e9 talks.\n".encode("latin-1"))
    doc = mofa_parse.parse_file(path, encoding="latin-1")
    assert doc.preamble == (mofa_parse.Paragraph("Caf\u00e9 talks."),)


def test_utf_16_file_with_its_encoding_declared_is_not_binary(tmp_path: Path) -> None:
    """The NUL check once ran before decoding, so a declared UTF-16 file was called binary."""
    path = tmp_path / "wide.txt"
    path.write_bytes("Japan-X Talks\nNovember 22, 2004\n".encode("utf-16"))
    doc = mofa_parse.parse_file(path, encoding="utf-16")
    assert (doc.title, doc.issued_text) == ("Japan-X Talks", "November 22, 2004")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    with pytest.raises(ParseError) as caught:
        mofa_parse.parse_file(path)
    error = caught.value
    assert str(error) == f"{path}:1:1: cannot read file: No such file or directory"
    assert (error.line, error.column, error.text, error.path) == (1, 1, "", str(path))


def test_unknown_encoding(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Japan-X Talks\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r":1:1: unknown encoding 'klingon'$"):
        mofa_parse.parse_file(path, encoding="klingon")
