"""How the command line shows names and reads sizes (the reading itself: test_cli_pipeline.py)."""

from __future__ import annotations

import pytest

from mofa_parse.io.files import parse_size, printable, shown


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("seeds/000.txt", "seeds/000.txt"),
        ("Ruritània/été.txt", "Ruritània/été.txt"),
        ("a\nb.txt", "a\\nb.txt"),
        ("a\tb\r.txt", "a\\tb\\r.txt"),
        ("\x1b[2J.txt", "\\x1b[2J.txt"),
        ("back\\slash.txt", "back\\\\slash.txt"),
        ("caf\udce9.txt", "caf\\xe9.txt"),
        ("rtl\u202eevil.txt", "rtl\\u202eevil.txt"),
        ("line\u2028sep", "line\\u2028sep"),
        ("lone\ud800", "lone\\ud800"),
        ("private\U000f0000", "private\\U000f0000"),
    ],
)
def test_names_are_shown_on_one_line_with_every_character_visible(name: str, expected: str) -> None:
    assert shown(name) == expected
    assert shown(name).isprintable()


def test_printable_leaves_backslashes_of_a_message_alone() -> None:
    assert printable("a.txt:1:1: text \\d\x07") == "a.txt:1:1: text \\d\\x07"


@pytest.mark.parametrize(
    ("text", "size"), [("0", 0), ("100", 100), ("512k", 512 * 1024), ("64M", 64 * 1024**2), ("1g", 1024**3)]
)
def test_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "k", "-1", "1.5M", "10T", "ten"])
def test_bad_sizes(text: str) -> None:
    with pytest.raises(ValueError, match=r"^not a size in bytes: "):
        parse_size(text)
