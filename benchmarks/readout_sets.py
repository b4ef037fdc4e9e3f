"""What the measures of the meeting and speech passes share: a folder of readouts and its ``expected.toml``.

A measure reads the folder beside it (``meeting/``, ``speech/``) or, with ``--folder DIR``, a set
kept outside the repository (real readouts, say) with an ``expected.toml`` in the same format.
"""

from __future__ import annotations

import argparse
import tomllib
from pathlib import Path
from typing import Any


def add_folder_option(parser: argparse.ArgumentParser, default: Path) -> None:
    """The ``--folder DIR`` option: the set to measure, ``default`` (the folder beside the measure) if not given."""
    parser.add_argument(
        "--folder",
        type=Path,
        default=default,
        metavar="DIR",
        help="measure the readouts of DIR and its expected.toml instead (a set kept outside the repository)",
    )


def read_expected(folder: Path) -> dict[str, Any]:
    """The expectations of ``folder``, read from its ``expected.toml``; a clear exit if it has none."""
    path = folder / "expected.toml"
    if not path.is_file():
        raise SystemExit(f"{path}: no such file")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def same_files(folder: Path, named: list[str], files: list[str]) -> None:
    """Exit unless ``expected.toml`` names (``named``) exactly the readouts of ``folder`` (``files``)."""
    if sorted(named) != sorted(files):
        raise SystemExit(f"{folder}/expected.toml and the readouts of {folder}/ do not name the same files")
