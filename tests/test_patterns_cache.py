"""The cache of compiled regular expressions gives back the patterns ``re.compile`` makes."""

from __future__ import annotations

import marshal
import os
import re
import sys
from pathlib import Path

import pytest

from mofa_parse import _cache
from mofa_parse._patterns import Patterns

PATTERN = r"(?P<title>President|Prime\s+Minister)\s+(?P<name>[A-Z][a-z]+)"


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    own, temporary = tmp_path / "pycache", tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(_cache, "_bytecode_folder", lambda: str(own))
    monkeypatch.setattr(_cache, "_temporary_folder", lambda: str(temporary))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return own, temporary


def test_a_saved_pattern_comes_back_equal(folders: tuple[Path, Path]) -> None:
    own, _ = folders
    first = Patterns("sample")
    compiled = first.compile(PATTERN, re.I)
    assert compiled == re.compile(PATTERN, re.I)
    first.save()
    assert [p.name for p in own.iterdir()] == [os.path.basename(first.paths[0][0])]
    second = Patterns("sample")
    assert list(second.saved) == [f"{int(re.I)}:{PATTERN}"]
    again = second.compile(PATTERN, re.I)
    assert again == compiled
    assert again.groupindex == {"title": 1, "name": 2}
    assert again.match("prime minister Abe") is not None
    assert not second.missed  # nothing to write
    assert again.match("Prime Minister Abe")[2] == "Abe"  # type: ignore[index]


def test_a_damaged_entry_is_compiled_as_usual(folders: tuple[Path, Path]) -> None:
    first = Patterns("sample")
    first.compile(PATTERN)
    first.save()
    path = first.paths[0][0]
    data = marshal.loads(Path(path).read_bytes())
    flags, code, groups, groupindex, indexgroup = data["patterns"][f"0:{PATTERN}"]
    data["patterns"][f"0:{PATTERN}"] = (flags, [999, *code], groups, groupindex, indexgroup)
    Path(path).write_bytes(marshal.dumps(data))
    second = Patterns("sample")
    assert second.compile(PATTERN) == re.compile(PATTERN)
    assert second.missed


def test_an_unwritable_folder_falls_back_to_the_temporary_one(
    folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    own, temporary = folders
    own.write_text("not a folder", encoding="utf-8")  # makedirs fails beneath a file
    first = Patterns("sample")
    first.compile(PATTERN)
    first.save()
    assert [p.name for p in temporary.iterdir()] == [os.path.basename(first.paths[1][0])]
    assert Patterns("sample").saved.keys() == {f"0:{PATTERN}"}


def test_without_bytecode_writing_only_the_temporary_folder_is_used(
    folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    own, temporary = folders
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    first = Patterns("sample")
    first.compile(PATTERN)
    first.save()
    assert not own.exists()
    assert [p.name for p in temporary.iterdir()] == [os.path.basename(first.paths[0][0])]
