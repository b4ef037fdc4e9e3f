"""Saved pages' bytes: byte-order marks, declared charsets, undeclared UTF-8, and bytes that cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from mofa_parse import ParseError, parse, parse_file, parse_html

PAGES = Path(__file__).parent / "fixtures" / "pages"

#: A page with Japanese text in it, as the older pages of both sites carry (names in a caption).
PAGE = """<html><head>{meta}<title>Japan-Viet Nam Summit Meeting</title></head><body>
<table><tr><td><font size="+1"><b>Japan-Viet Nam Summit Meeting</b></font><br><br>
April 28, 2004<br><br>
Prime Minister Junichiro Koizumi (小泉純一郎) held a summit meeting with Prime Minister Phan Van Khai on April 27 in Tokyo.<br><br>
1. The two leaders agreed to cooperate closely. ①<br><br>
<a href="index.html">Back to Index</a></td></tr></table></body></html>
"""
TEXT = """Japan-Viet Nam Summit Meeting

April 28, 2004

Prime Minister Junichiro Koizumi (小泉純一郎) held a summit meeting with Prime Minister Phan Van Khai on April 27 in Tokyo.

1. The two leaders agreed to cooperate closely. ①

Back to Index
"""


def declared(charset: str) -> str:
    return PAGE.format(meta=f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')


@pytest.mark.parametrize(
    ("meta", "codec"),
    [
        ('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', "cp932"),
        ('<meta http-equiv="content-type" content="text/html;charset=x-sjis">', "cp932"),
        ('<meta charset="EUC-JP">', "euc_jp"),
        ('<META CHARSET="utf-8">', "utf-8"),
        ("", "utf-8"),
    ],
)
def test_a_page_is_read_in_the_charset_it_declares(meta: str, codec: str) -> None:
    text = PAGE.format(meta=meta)
    if codec == "euc_jp":
        text = text.replace(" ①", "")  # a circled digit has no EUC-JP code
    doc = parse_html(text.encode(codec))
    expected = TEXT if codec != "euc_jp" else TEXT.replace(" ①", "")
    assert doc == parse(expected)
    assert doc.source == expected
    assert doc.origin.template == "mofa-table"


def test_byte_order_marks_win_over_the_declaration() -> None:
    text = declared("Shift_JIS")
    assert parse_html(b"\xef\xbb\xbf" + text.encode("utf-8")).source == TEXT
    assert parse_html(text.encode("utf-16")).source == TEXT


def test_a_latin_1_page_is_read_as_browsers_read_it() -> None:
    text = declared("ISO-8859-1").replace("小泉純一郎", "Koizumi’s office").replace(" ①", "")
    doc = parse_html(text.encode("cp1252"))
    assert "Koizumi’s office" in doc.source


def test_encoding_given_overrides_the_declaration(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(declared("UTF-8").encode("cp932"))
    with pytest.raises(ParseError):
        parse_file(path)
    assert parse_file(path, encoding="shift_jis").source == TEXT


def test_bytes_that_cannot_be_read_are_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(meta="").encode("cp932"))
    with pytest.raises(ParseError) as caught:
        parse_file(path)
    error = caught.value
    assert error.path == str(path)
    assert (error.line, error.text.startswith("Prime Minister Junichiro Koizumi (")) == (4, True)
    assert "not valid UTF-8" in error.message and "declares no charset" in error.message
    assert str(error).startswith(f"{path}:4:")


def test_a_declared_charset_that_does_not_fit_names_it(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(declared("EUC-JP").encode("cp932"))
    with pytest.raises(ParseError) as caught:
        parse_file(path)
    assert caught.value.path == str(path)
    assert "charset=EUC-JP" in caught.value.message


def test_bytes_given_directly_name_no_file() -> None:
    with pytest.raises(ParseError) as caught:
        parse_html(PAGE.format(meta="").encode("cp932"))
    assert caught.value.path is None and caught.value.line == 4


def test_an_unknown_charset_label_is_read_as_utf8() -> None:
    assert parse_html(declared("x-no-such-charset").encode("utf-8")).source == TEXT


def test_an_unknown_encoding_given_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(declared("UTF-8").encode("utf-8"))
    with pytest.raises(ParseError, match="unknown encoding 'klingon'") as caught:
        parse_file(path, encoding="klingon")
    assert caught.value.path == str(path)
