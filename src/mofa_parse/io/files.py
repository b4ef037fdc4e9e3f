"""Reading inputs the command line is pointed at, whatever a folder holds.

A scraper's folder may hold more than readouts: a FIFO left by a tool, a link to
``/dev/zero``, a link that points at itself, a file of gigabytes, names with
control characters in them. Only regular files are read, each opened so that
opening cannot block and read no further than a limit; everything else is
reported, and every name is shown escaped, so that no name can forge a line of
the report or move the terminal's cursor.
"""

from __future__ import annotations

import errno
import os
import stat

__all__ = ["DEFAULT_MAX_BYTES", "Skipped", "kind_of", "parse_size", "printable", "read_limited", "shown", "too_large"]

#: The default of ``--max-bytes``: a thousand times the longest readouts (about 60 kB).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}

#: What each kind of file that is not a regular file is called in a report.
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)

_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(char: str) -> str:
    code = ord(char)
    if char in _SHORT:
        return _SHORT[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte of the name that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def printable(text: str) -> str:
    """``text`` with every character that is not printable (control characters, line and
    paragraph separators, format characters, surrogates) written as a backslash escape."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _escape(char) for char in text)


def shown(name: str) -> str:
    """A file name as a report shows it: ``printable``, with backslashes doubled, so
    that every name reads back to one name and a report line is always one line."""
    return printable(name.replace("\\", "\\\\"))


def parse_size(text: str) -> int:
    """A size in bytes as ``--max-bytes`` takes it: ``1000000``, ``512k``, ``64M``, ``1G`` (0: no limit)."""
    value = text.strip()
    unit = value[-1:].lower() if value[-1:].isalpha() else ""
    number = value[: len(value) - len(unit)]
    if unit not in _UNITS or not number.isdigit():
        raise ValueError(f"not a size in bytes: {text!r} (such as 1000000, 512k, 64M or 1G)")
    return int(number) * _UNITS[unit]


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, for a report ("a FIFO")."""
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return "not a regular file"


class Skipped(Exception):
    """An input that is not read: ``str()`` is the report, ``NAME: MESSAGE`` with the name escaped."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{shown(name)}: {message}")
        self.name = name
        self.message = message


def _refuse(name: str, message: str) -> Skipped:
    return Skipped(name, message)


def read_limited(name: str, limit: int) -> bytes:
    """The bytes of the regular file ``name``, at most ``limit`` of them (0: no limit).

    Raises ``Skipped`` for anything else: a missing or
    unreadable file, a link loop, a FIFO, device or socket (opened without blocking and
    never read), or a file larger than ``limit``, which is not read beyond it.
    """
    try:
        mode = os.stat(name).st_mode
        if not stat.S_ISREG(mode):  # never opened: opening a FIFO or a tape may block, a socket fails
            raise _refuse(name, f"not a regular file ({kind_of(mode)}): skipped")
        with open(os.open(name, _FLAGS), "rb") as file:
            status = os.fstat(file.fileno())
            if not stat.S_ISREG(status.st_mode):  # put in the file's place since it was looked at
                raise _refuse(name, f"not a regular file ({kind_of(status.st_mode)}): skipped")
            if limit and status.st_size > limit:
                raise too_large(name, limit)
            data = file.read(limit + 1) if limit else file.read()
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise _refuse(name, "cannot read file: a loop of symbolic links") from None
        raise _refuse(name, f"cannot read file: {error.strerror or error}") from None
    if limit and len(data) > limit:  # it grew while it was read
        raise too_large(name, limit)
    return data


#: Open for reading without blocking (a FIFO put in a regular file's place) and
#: without becoming the controlling terminal.
_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC


def too_large(name: str, limit: int) -> Skipped:
    """The error for an input of more than ``limit`` bytes."""
    return _refuse(name, f"larger than --max-bytes ({limit} bytes): skipped")
