"""The one exception the library raises for bad input."""

from __future__ import annotations

__all__ = ["ParseError"]


class ParseError(ValueError):
    """Input that breaks the conventions (strict mode) or cannot be read at all.

    ``line`` and ``column`` are 1-based; ``text`` is the offending line; ``path``
    names the file when the input came from one. ``str()`` reads
    ``seeds/x.txt:12:1: clause (3) follows (1)``.
    """

    def __init__(
        self,
        message: str,
        *,
        line: int = 1,
        column: int = 1,
        text: str = "",
        path: str | None = None,
    ) -> None:
        self.message = message
        self.line = line
        self.column = column
        self.text = text
        self.path = path
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.line}:{self.column}"
        if self.path is not None:
            where = f"{self.path}:{where}"
        return f"{where}: {self.message}"

    def with_path(self, path: str) -> ParseError:
        """The same error, naming the file it came from."""
        return ParseError(self.message, line=self.line, column=self.column, text=self.text, path=path)
