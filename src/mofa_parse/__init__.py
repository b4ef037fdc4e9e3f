"""mofa_parse: MOFA meeting readouts as a typed, lossless document tree.

>>> import mofa_parse
>>> doc = mofa_parse.parse("Japan-X Summit Meeting\\n\\n1. Bilateral relations\\n\\n(1) Both sides agreed.\\n")
>>> doc.sections[0].title
'Bilateral relations'
"""

from __future__ import annotations

from .api import parse, parse_file
from .errors import ParseError
from .model import (
    Block,
    Chrome,
    ChromeKind,
    Clause,
    Diagnostic,
    Document,
    Item,
    Joint,
    Meeting,
    MeetingKind,
    MeetingPart,
    Paragraph,
    ParagraphKind,
    Person,
    Section,
    Severity,
    Span,
    Statement,
    StatementForm,
)
from .render import render

__all__ = [
    "Block",
    "Chrome",
    "ChromeKind",
    "Clause",
    "Diagnostic",
    "Document",
    "Item",
    "Joint",
    "Meeting",
    "MeetingKind",
    "MeetingPart",
    "Paragraph",
    "ParagraphKind",
    "ParseError",
    "Person",
    "Section",
    "Severity",
    "Span",
    "Statement",
    "StatementForm",
    "parse",
    "parse_file",
    "render",
]

__version__ = "0.1.0"
