"""mofa_parse: MOFA meeting readouts as a typed, lossless document tree.

>>> import mofa_parse
>>> doc = mofa_parse.parse("Japan-X Summit Meeting\\n\\n1. Bilateral relations\\n\\n(1) Both sides agreed.\\n")
>>> doc.sections[0].title
'Bilateral relations'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mofa_parse.api import parse, parse_file
from mofa_parse.errors import ParseError
from mofa_parse.io.pages import parse_html
from mofa_parse.model import (
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
    Origin,
    Paragraph,
    ParagraphKind,
    Person,
    Section,
    Severity,
    SourceFormat,
    Span,
    Statement,
    StatementForm,
)
from mofa_parse.structure.render import render

__all__ = [
    "Block",
    "Chrome",
    "ChromeKind",
    "Clause",
    "Corpus",
    "Diagnostic",
    "Document",
    "Item",
    "Joint",
    "Meeting",
    "MeetingKind",
    "MeetingPart",
    "Origin",
    "Paragraph",
    "ParagraphKind",
    "ParseError",
    "Person",
    "Section",
    "Severity",
    "SourceFormat",
    "Span",
    "Statement",
    "StatementForm",
    "from_dict",
    "from_json",
    "json_schema",
    "parse",
    "parse_file",
    "parse_html",
    "render",
    "to_dict",
    "to_json",
    "write_json",
]

if TYPE_CHECKING:
    from mofa_parse.corpus import Corpus
    from mofa_parse.io.schema import json_schema
    from mofa_parse.io.serialize import from_dict, from_json, to_dict
    from mofa_parse.io.writer import to_json, write_json

# Serialization pulls in cattrs and json, the corpus pycountry: load them on first
# use, so that ``import mofa_parse`` stays quick for programs that only parse.
_LAZY = {
    "from_dict": "io.serialize",
    "from_json": "io.serialize",
    "to_dict": "io.serialize",
    "to_json": "io.writer",
    "write_json": "io.writer",
    "json_schema": "io.schema",
    "Corpus": "corpus",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__version__ = "0.1.0"
