"""Data files cached per installation: the LALR table and compiled patterns.

Both are plain data written with ``marshal`` (no code runs when they load).
A cache file lives beside the package's bytecode (``__pycache__``, or under
``sys.pycache_prefix``), else — an installation this user cannot write to, or
a process started with ``PYTHONDONTWRITEBYTECODE`` — in the temporary folder,
where only a file this user wrote is trusted. Writes are atomic; a cache that
cannot be read or written is simply not used.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from typing import Any

__all__ = ["cache_paths", "read_cache", "write_cache"]


def _bytecode_folder() -> str:
    here = os.path.abspath(__file__)
    if sys.pycache_prefix is None:
        return os.path.join(os.path.dirname(here), "__pycache__")
    import importlib.util

    return os.path.dirname(importlib.util.cache_from_source(here))


def _temporary_folder() -> str:
    for variable in ("TMPDIR", "TEMP", "TMP"):
        folder = os.environ.get(variable)
        if folder:
            return folder
    if os.name == "posix" and os.path.isdir("/tmp"):
        return "/tmp"
    import tempfile

    return tempfile.gettempdir()


def cache_paths(name: str) -> list[tuple[str, bool]]:
    """Where the cache file ``name`` may be, in order of preference, each with whether the folder is shared."""
    shared = (os.path.join(_temporary_folder(), name), True)
    if sys.dont_write_bytecode:
        return [shared]
    return [(os.path.join(_bytecode_folder(), name), False), shared]


def read_cache(path: str, *, shared: bool) -> Any:
    """The data in ``path``, or None; in a ``shared`` folder, only from a file this user wrote."""
    try:
        with open(path, "rb") as file:
            if shared and hasattr(os, "getuid") and os.fstat(file.fileno()).st_uid != os.getuid():
                return None
            return marshal.loads(file.read())  # one read: marshal.load reads a file piece by piece
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_cache(path: str, data: Any) -> bool:
    """Write ``data`` to ``path`` atomically; False if it cannot be written."""
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as file:
            marshal.dump(data, file)
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.remove(temporary)
        return False
    return True
