"""Readouts in UTF-16 and UTF-32: read by their byte-order mark, named when they have none."""

from __future__ import annotations

from pathlib import Path

import pytest

import mofa_parse
from mofa_parse.api import decode_bytes
from mofa_parse.io.unicode import from_bom, without_bom

TEXT = "Japan-Ruritania Summit Meeting\n\nMarch 4, 2011\n\nOn March 3, Prime Minister Taro Yamada met President José Berg.\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
@pytest.mark.parametrize("order", ["le", "be"])
def test_a_bom_names_the_encoding(tmp_path: Path, codec: str, order: str) -> None:
    data = ("\ufeff" + TEXT).encode(f"{codec}-{order}")
    assert from_bom(data) == codec
    assert decode_bytes(data, "x") == TEXT
    (tmp_path / "a.txt").write_bytes(data)
    assert mofa_parse.parse_file(tmp_path / "a.txt") == mofa_parse.parse(TEXT)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_without_a_bom_the_error_names_the_encoding_and_the_option(codec: str) -> None:
    data = TEXT.encode(codec)
    assert from_bom(data) is None
    assert without_bom(data) == codec
    with pytest.raises(mofa_parse.ParseError) as caught:
        decode_bytes(data, "x.txt")
    assert caught.value.message == (
        f"not UTF-8 but, by its NUL bytes, {codec} without a byte-order mark (pass encoding= for other encodings)"
    )
    assert decode_bytes(data, "x.txt", codec) == TEXT


@pytest.mark.parametrize(
    "data", [b"", b"Title\n\x00", b"\x00" * 64, bytes(range(256)) * 4, "日本".encode("utf-16-le") * 20]
)
def test_other_bytes_with_nul_are_not_taken_for_utf_16(data: bytes) -> None:
    assert without_bom(data) is None


def test_utf_8_with_a_bom_and_declared_encodings_are_read_as_before() -> None:
    assert decode_bytes(b"\xef\xbb\xbfT\n", "x") == "T\n"
    assert decode_bytes("T\n".encode("utf-16-le"), "x", "utf-16-le") == "T\n"
    assert decode_bytes(b"\xff\xfeT\x00", "x", "latin-1") == "\xff\xfeT\x00"
