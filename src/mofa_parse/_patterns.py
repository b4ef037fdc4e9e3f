"""Regular expressions compiled once per installation, not once per process.

The semantic passes match against vocabularies (titles, nationalities,
reporting verbs) that make patterns of several kilobytes; ``re.compile`` turns
them into matcher code in pure Python, which took about as long as importing
Lark. ``Patterns.compile`` keeps that code (a list of integers) as plain data
beside the package's bytecode, else in the temporary folder, like the parse
table (``mofa_parse.parser``), and hands it back to the regular-expression
engine on the next start. A pattern is cached only when the code rebuilt from
the saved data equals what ``re.compile`` produced (``Pattern.__eq__`` compares
the code), so a Python whose ``re`` internals differ falls back to
``re.compile`` unchanged; the file is keyed by the Python version and the
engine's ``MAGIC`` number, and holds the pattern texts themselves.
"""

from __future__ import annotations

import contextlib
import re
import sys
from typing import Any

try:  # CPython's engine and its pattern compiler
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons compile as usual
    _sre = None

from ._cache import cache_paths, read_cache, write_cache

__all__ = ["Patterns"]

_FORMAT = 1
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _entry(pattern: str, flags: int) -> _Entry:
    """What ``re.compile`` passes to the engine for ``pattern``: flags, code, groups and their names."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # the opcodes are int subclasses, which marshal does not write
    codes = [int(value) for value in code]
    return int(flags | parsed.state.flags), codes, int(parsed.state.groups) - 1, groupindex, tuple(indexgroup)


class Patterns:
    """The compiled patterns of one module, read from and saved to the cache.

    Call ``compile`` for each pattern, then ``save`` once they are all compiled
    (at the end of the module): it writes the file only when a pattern was not
    found in it.
    """

    def __init__(self, module: str) -> None:
        tag = sys.implementation.cache_tag or "python"
        magic = getattr(_sre, "MAGIC", 0)
        name = f"mofa_re.{module}.{tag}.{magic}.{_FORMAT}.marshal"
        self.paths = cache_paths(name)
        self.key = f"{sys.version}\0{magic}\0{_FORMAT}"
        self.saved: dict[str, _Entry] = {}
        self.used: dict[str, _Entry] = {}
        self.missed = False
        if _sre is not None:
            for path, shared in self.paths:
                found = self._read(path, shared=shared)
                if found is not None:
                    self.saved = found
                    break

    def _read(self, path: str, *, shared: bool) -> dict[str, _Entry] | None:
        data = read_cache(path, shared=shared)
        if isinstance(data, dict) and data.get("key") == self.key and isinstance(data.get("patterns"), dict):
            patterns: dict[str, _Entry] = data["patterns"]
            return patterns
        return None

    def compile(self, pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the cache when it holds the pattern."""
        flags = int(flags)
        if _sre is None:
            return re.compile(pattern, flags)
        key = f"{flags}:{pattern}"
        entry = self.saved.get(key)
        if entry is not None:
            with contextlib.suppress(Exception):  # a damaged entry: compile as usual
                compiled: re.Pattern[str] = _sre.compile(pattern, *entry)
                self.used[key] = entry
                return compiled
        compiled = re.compile(pattern, flags)
        self.missed = True
        with contextlib.suppress(Exception):
            entry = _entry(pattern, flags)
            if _sre.compile(pattern, *entry) == compiled:
                self.used[key] = entry
        return compiled

    def save(self) -> None:
        """Write the patterns compiled so far, if any was missing from the cache."""
        if not self.missed or not self.used:
            return
        self.missed = False
        data: dict[str, Any] = {"key": self.key, "patterns": self.used}
        for path, _ in self.paths:
            if write_cache(path, data):
                return
