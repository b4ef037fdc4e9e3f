"""Finding the readouts of files and folders, and parsing them, in parallel processes when asked.

Each file is read as bytes (for its sha256) and parsed leniently as ``parse_file``
parses it: as a saved web page when it starts as HTML does, else as a text
readout. One that cannot be read, decoded or parsed becomes a ``Failure`` with
its path and the message, and the others go on.
"""

from __future__ import annotations

import contextlib
import importlib
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from mofa_parse.api import parse_data, read_bytes
from mofa_parse.corpus.rows import Failure
from mofa_parse.corpus.tables import Source, sha256
from mofa_parse.errors import ParseError
from mofa_parse.io.stopping import worker_pool
from mofa_parse.model import Document

__all__ = ["Found", "Parsed", "find", "parse_all"]

#: The file names read in a folder, by their ending (in lower case).
READOUT_SUFFIXES = (".txt", ".html", ".htm")


@attrs.frozen
class Found:
    """A file to parse: its path, and its id in the corpus."""

    path: str
    document: str


@attrs.frozen
class Parsed:
    """A parsed file: where it came from, and its document."""

    source: Source
    document: Document


def _walk(folder: str) -> Iterator[str]:
    """The readouts below ``folder``, depth first in name order, without following links."""
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(READOUT_SUFFIXES):
                yield os.path.join(root, name)


def find(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Found], list[Failure]]:
    """The files named by ``paths`` (files, and folders searched recursively), sorted by path.

    A file's id is its path relative to the folder given, or the path given for a
    file named itself; should two ids agree, the second is its path as found.
    A path that does not exist, or a folder without readouts, is a failure.
    """
    found: list[tuple[str, str]] = []
    failures: list[Failure] = []
    for given in paths:
        path = os.fspath(given)
        if os.path.isdir(path):
            inside = [(file, os.path.relpath(file, path).replace(os.sep, "/")) for file in _walk(path)]
            if not inside:
                kinds = ", ".join("*" + suffix for suffix in READOUT_SUFFIXES)
                failures.append(Failure(path, f"no {kinds} readouts in this folder"))
            found.extend(inside)
        elif os.path.exists(path):
            found.append((path, path))
        else:
            failures.append(Failure(path, "no such file or directory"))
    used: set[str] = set()
    files: list[Found] = []
    for path, document in sorted(found):
        if path in {file.path for file in files}:
            continue
        if document in used:
            document = path
        used.add(document)
        files.append(Found(path, document))
    return files, failures


def parse_one(found: Found) -> Parsed | Failure:
    """Read and parse one file; never raises, so that one bad file cannot stop the others."""
    try:
        try:
            _, data = read_bytes(found.path)  # a regular file only: a FIFO or a device is reported
        except ParseError as error:
            return Failure(found.path, error.message)
        return Parsed(Source(found.document, found.path, sha256(data)), parse_data(data, found.path))
    except ParseError as error:
        return Failure(found.path, f"{error.line}:{error.column}: {error.message}")
    except Exception as error:  # a bug in the library: record it, keep going
        return Failure(found.path, f"internal error: {type(error).__name__}: {error}")


def _bar(total: int) -> Any:
    """tqdm's progress bar on standard error (tqdm ships no type hints)."""
    return importlib.import_module("tqdm").tqdm(total=total, unit="file", leave=False)


def parse_all(files: Sequence[Found], *, jobs: int | None = None, progress: bool = False) -> list[Parsed | Failure]:
    """Parse ``files`` in order: in this process, or in ``jobs`` processes (0: one per CPU).

    The processes are the command's workers (``io.stopping.worker_pool``): SIGINT and SIGTERM
    end them at once, and a worker killed from outside costs only the file it was parsing."""
    workers = (os.cpu_count() or 1) if jobs == 0 else (jobs or 1)
    bar = _bar(len(files)) if progress else None
    results: list[Parsed | Failure] = []
    with contextlib.ExitStack() as stack:
        done: Iterable[Parsed | Failure]
        if workers > 1 and len(files) > 1:
            pool = stack.enter_context(worker_pool(min(workers, len(files))))
            done = pool.map(parse_one, files, workers * _AHEAD, _lost)
        else:
            done = map(parse_one, files)
        if bar is not None:
            stack.callback(bar.close)
        for result in done:
            results.append(result)
            if bar is not None:
                bar.update()
    return results


#: Files handed to each worker process ahead of the one whose result is taken next.
_AHEAD = 4


def _lost(found: Found) -> Failure:
    """The failure of a file whose worker process died (killed from outside, out of memory)."""
    return Failure(found.path, "internal error: the worker process parsing it ended")
