"""The JSON Schema (draft 2020-12) of ``to_dict`` output, derived from the model.

Nothing here names a model class or field: the schema is read off the attrs
classes reachable from ``Document`` and their annotated types, with the same
encoding choices as ``serialize`` (ISO dates and durations, enums by name,
spans as ``[start, end]``, a ``"type"`` key on classes that occur in unions).
A field added to the model appears in the schema without edits here.

The schema also ships as ``mofa_parse/schema.json``; after a model change,
regenerate it with::

    python -m mofa_parse.io.schema > src/mofa_parse/schema.json
"""

from __future__ import annotations

import datetime as _dt
import enum
import inspect
import json
import sys
import types
import typing
from typing import Any, Union

import attrs

from mofa_parse.io.serialize import (
    DURATION_PATTERN,
    TAG,
    class_union,
    field_types,
    model_classes,
    tag_of,
    tagged_classes,
)
from mofa_parse.model import Document, Span

__all__ = ["json_schema", "schema_text"]

DRAFT = "https://json-schema.org/draft/2020-12/schema"

_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
_TIME_PATTERN = r"^\d{2}:\d{2}:\d{2}(?:\.\d{6})?(?:[+-]\d{2}:\d{2}(?::\d{2}(?:\.\d{6})?)?)?$"

_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    float: {"type": "number"},
    type(None): {"type": "null"},
    _dt.datetime: {"type": "string", "format": "date-time"},
    _dt.date: {"type": "string", "format": "date", "pattern": _DATE_PATTERN},
    _dt.time: {"type": "string", "pattern": _TIME_PATTERN, "description": "ISO 8601 time of day"},
    _dt.timedelta: {
        "type": "string",
        "pattern": DURATION_PATTERN,
        "description": "ISO 8601 duration in days, hours, minutes and seconds, e.g. PT1H30M",
    },
}


def _ref(cls: type) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{cls.__name__}"}


def _describe(cls: type) -> str:
    """The first paragraph of a class's docstring, on one line."""
    doc = inspect.getdoc(cls) or ""
    return " ".join(doc.split("\n\n")[0].split())


class _Builder:
    """Builds the schema of one type, collecting the ``$defs`` it refers to."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def of(self, tp: Any) -> dict[str, Any]:
        if tp in _SCALARS:
            return dict(_SCALARS[tp])
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            self.defs.setdefault(
                tp.__name__,
                {"description": _describe(tp), "type": "string", "enum": list(tp.__members__)},
            )
            return _ref(tp)
        if tp is Span:
            self.defs.setdefault(
                "Span",
                {
                    "description": _describe(Span) + " Written as [start, end].",
                    "type": "array",
                    "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
                    "minItems": 2,
                    "maxItems": 2,
                    "items": False,
                },
            )
            return _ref(Span)
        if attrs.has(tp):
            if tp.__name__ not in self.defs:
                self.defs[tp.__name__] = {}  # placeholder: the class may refer to itself
                self.defs[tp.__name__] = self._object(tp)
            return _ref(tp)
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.of(args[0])}
            return {
                "type": "array",
                "prefixItems": [self.of(a) for a in args],
                "minItems": len(args),
                "maxItems": len(args),
                "items": False,
            }
        if origin is typing.Literal:
            return {"enum": list(args)}
        if origin is dict and args and args[0] is str:
            return {"type": "object", "additionalProperties": self.of(args[1])}
        if origin in (Union, types.UnionType):
            classes = class_union(tp)
            members = [a for a in args if a is not type(None)]
            if classes is not None:
                # Exactly one branch matches: the one whose class the "type" key names. The
                # if/then/else lets a validator skip the other branches at once instead of
                # checking the whole subtree against each (which costs 4**depth for blocks).
                inner: dict[str, Any] = {"oneOf": [self._branch(c) for c in classes]}
            elif len(members) == 1:
                inner = self.of(members[0])
            else:
                inner = {"anyOf": [self.of(m) for m in members]}
            if len(members) < len(args):
                return {"anyOf": [inner, {"type": "null"}]}
            return inner
        raise TypeError(f"no JSON Schema for {tp!r}: teach mofa_parse.schema and mofa_parse.serialize")

    def _branch(self, cls: type) -> dict[str, Any]:
        return {
            "if": {"properties": {TAG: {"const": tag_of(cls)}}, "required": [TAG]},
            "then": self.of(cls),
            "else": False,
        }

    def _object(self, cls: type) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        if cls in tagged_classes():
            properties[TAG] = {"const": tag_of(cls)}
        for field, tp in field_types(cls):
            properties[field.name] = self.of(tp)
        return {
            "description": _describe(cls),
            "type": "object",
            "properties": properties,
            "required": list(properties),
            "additionalProperties": False,
        }


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) that every ``to_dict`` output validates against."""
    builder = _Builder()
    root = builder.of(Document)
    # Reading every class keeps the $defs complete and in a stable order.
    for cls in model_classes():
        builder.of(cls)
    return {
        "$schema": DRAFT,
        "title": "mofa_parse Document",
        "description": "A MOFA meeting readout as written by mofa_parse.to_dict / to_json. " + _describe(Document),
        "$comment": "Generated from mofa_parse.model by mofa_parse.schema.json_schema(); do not edit. "
        "Regenerate: python -m mofa_parse.io.schema > src/mofa_parse/schema.json",
        **root,
        "$defs": dict(sorted(builder.defs.items())),
    }


def schema_text() -> str:
    """``json_schema()`` as the text of ``schema.json``: two-space indents, a final newline."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(schema_text())
