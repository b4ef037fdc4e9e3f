"""Documents as JSON-ready data and JSON text, lossless both ways.

The converter is a cattrs ``Converter`` configured from the model itself: every
attrs class reachable from ``Document`` gets generated hooks, so a field added
to the model is serialized without touching this module. The encoding is
documented in ``docs/json.md``; in short:

* every field of every class is written, including spans, source and warnings;
* ``date`` and ``time`` are ISO 8601 strings (``"2004-11-21"``, ``"14:30:00"``);
* ``timedelta`` is an ISO 8601 duration in days, hours, minutes and seconds
  (``"PT1H30M"``, ``"P1DT2H"``, ``"-PT5M"``, ``"PT0S"``): exact to the microsecond;
* enums are written by name (``"SUMMIT"``);
* a ``Span`` is ``[start, end]``;
* tuples are JSON arrays;
* instances of classes that occur in a union of classes (``Block``, ``Person | Joint``)
  carry a ``"type"`` key naming their class in snake case (``"section"``,
  ``"paragraph"``, ``"person"``, ``"joint"``) wherever they appear, so that one
  object always reads the same.

``from_dict`` is stricter than cattrs' defaults: strings must be strings and
integers integers (no ``"3"`` for ``3``), objects objects and arrays arrays,
unknown keys are refused, and every problem is reported with its place in the
data. Missing keys take the field's default, so hand-written input may be short.

The JSON text is written by ``writer`` (``to_json``, ``write_json``), which walks the
tree and writes a node at a time; every ``str`` can be written, lone surrogates,
which UTF-8 cannot encode, as ``\\u`` escapes, and ``from_json`` reads them back.
Blocks may nest ``MAX_DEPTH`` deep, far more than any readout does (a parse gives at
most 13); deeper hand-built trees, and data or JSON text nested deeper than such a
document, are refused with ``ValueError``, so nothing here can exhaust the stack.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import json
import re
import reprlib
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, Union

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from cattrs.v import format_exception

from mofa_parse.model import Document, Span

__all__ = [
    "DURATION_PATTERN",
    "MAX_DEPTH",
    "TAG",
    "class_union",
    "format_duration",
    "from_dict",
    "from_json",
    "model_classes",
    "parse_duration",
    "tag_of",
    "tagged_classes",
    "to_dict",
]

#: The key naming the class of an object that may stand in a union.
TAG = "type"

#: How deep blocks (sections, clauses, items) may nest in a document that is written
#: or read: a section holding an item holding a paragraph is 3.
MAX_DEPTH = 100

#: How deep objects and arrays may nest in the data of such a document: the document,
#: its ``sections``, two levels (the object and its ``body``) a block, and a span.
_MAX_DATA_DEPTH = 2 * MAX_DEPTH + 2

#: Values quoted in error messages are cut short: the data may be megabytes, or deep.
_SHOWN = reprlib.Repr()
_SHOWN.maxstring = _SHOWN.maxother = 60
_SHOWN.maxlevel = 2

#: The ISO 8601 durations ``format_duration`` writes and ``parse_duration`` reads.
DURATION_PATTERN = r"^-?P(?!$)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,6})?S)?)?$"

_DURATION = re.compile(
    r"(?P<sign>-?)P(?!$)(?:(?P<days>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+)(?:\.(?P<fraction>\d{1,6}))?S)?)?"
)


# --------------------------------------------------------------------------- durations


def format_duration(value: _dt.timedelta) -> str:
    """An ISO 8601 duration: ``PT1H30M``; ``P2DT3H``; ``-PT5M``; ``PT0S`` for zero.

    Only days, hours, minutes and seconds are used (months and years have no
    fixed length); seconds keep their microseconds, so the form is exact.
    """
    sign = "-" if value < _dt.timedelta(0) else ""
    value = abs(value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    date_part = f"{value.days}D" if value.days else ""
    time_part = ""
    if hours:
        time_part += f"{hours}H"
    if minutes:
        time_part += f"{minutes}M"
    if seconds or value.microseconds:
        fraction = f".{value.microseconds:06d}".rstrip("0") if value.microseconds else ""
        time_part += f"{seconds}{fraction}S"
    if not date_part and not time_part:
        time_part = "0S"
    return f"{sign}P{date_part}{'T' + time_part if time_part else ''}"


def parse_duration(text: str) -> _dt.timedelta:
    """The ``timedelta`` an ISO 8601 duration of ``format_duration``'s form names."""
    match = _DURATION.fullmatch(text)
    if match is None:
        raise ValueError(f"{_SHOWN.repr(text)} is not an ISO 8601 duration such as 'PT1H30M'")
    fraction = match["fraction"] or ""
    try:
        value = _dt.timedelta(
            days=int(match["days"] or 0),
            hours=int(match["hours"] or 0),
            minutes=int(match["minutes"] or 0),
            seconds=int(match["seconds"] or 0),
            microseconds=int(fraction.ljust(6, "0")) if fraction else 0,
        )
    except OverflowError:
        raise ValueError(f"{_SHOWN.repr(text)} is longer than a timedelta can hold") from None
    return -value if match["sign"] else value


# --------------------------------------------------------------------------- introspection


def class_union(tp: Any) -> tuple[type, ...] | None:
    """The classes of a union of two or more attrs classes (``A | B``, maybe ``| None``), else None.

    ``Span | None`` is an optional value, not a union of classes: it needs no tag.
    """
    if typing.get_origin(tp) not in (Union, types.UnionType):
        return None
    members = tuple(m for m in typing.get_args(tp) if m is not type(None))
    if len(members) < 2 or not all(attrs.has(m) for m in members):
        return None
    return members


def field_types(cls: type) -> Iterator[tuple[attrs.Attribute[Any], Any]]:
    """The attrs fields of ``cls`` with their annotations resolved to types."""
    attrs.resolve_types(cls)
    for field in attrs.fields(cls):
        yield field, field.type


def _walk(tp: Any) -> Iterator[Any]:
    """Every type mentioned in ``tp``: itself, its arguments, and (for attrs classes) its fields."""
    seen: set[Any] = set()
    stack = [tp]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        yield current
        stack.extend(typing.get_args(current))
        if attrs.has(current):
            stack.extend(t for _, t in field_types(current))


@functools.cache
def model_classes() -> tuple[type, ...]:
    """Every attrs class reachable from ``Document``, in a stable (name) order."""
    return tuple(sorted((t for t in _walk(Document) if attrs.has(t)), key=lambda c: c.__name__))


@functools.cache
def tagged_classes() -> tuple[type, ...]:
    """The classes that occur as members of a union of classes: their objects carry ``"type"``."""
    found: set[type] = set()
    for tp in _walk(Document):
        found.update(class_union(tp) or ())
    return tuple(sorted(found, key=lambda c: c.__name__))


def tag_of(cls: type) -> str:
    """The ``"type"`` value of a class: its name in snake case (``MeetingPart`` -> ``meeting_part``)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()


# --------------------------------------------------------------------------- the converter


def _expect(value: Any, kind: type | tuple[type, ...], name: str) -> None:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise TypeError(f"expected {name}, got {type(value).__name__} {_SHOWN.repr(value)}")


def _expect_object(value: Any, cls: type) -> None:
    """An object for ``cls``: a dict whose keys are strings (JSON's are; a hand-built dict's may not be)."""
    if not isinstance(value, dict):
        raise TypeError(f"expected an object for {cls.__name__}, got {type(value).__name__}")
    for key in value:
        if not isinstance(key, str):
            raise TypeError(f"expected string keys for {cls.__name__}, got {type(key).__name__} {_SHOWN.repr(key)}")


def _structure_str(value: Any, _: Any) -> str:
    _expect(value, str, "a string")
    return typing.cast(str, value)


def _structure_int(value: Any, _: Any) -> int:
    _expect(value, int, "an integer")
    return typing.cast(int, value)


def _structure_bool(value: Any, _: Any) -> bool:
    _expect(value, bool, "a boolean")
    return typing.cast(bool, value)


def _iso(parse: Callable[[str], Any], name: str) -> Callable[[Any, Any], Any]:
    def structure(value: Any, _: Any) -> Any:
        _expect(value, str, f"an ISO 8601 {name} string")
        return parse(value)

    return structure


def _structure_duration(value: Any, _: Any) -> _dt.timedelta:
    _expect(value, str, "an ISO 8601 duration string")
    return parse_duration(value)


def _structure_span(value: Any, _: Any) -> Span:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise TypeError(f"expected a span [start, end], got {_SHOWN.repr(value)}")
    start, end = value
    _expect(start, int, "an integer span start")
    _expect(end, int, "an integer span end")
    return Span(start, end)


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _structure_enum(value: Any, tp: type[enum.Enum]) -> enum.Enum:
    _expect(value, str, f"a {tp.__name__} name")
    try:
        return tp[value]
    except KeyError:
        names = ", ".join(tp.__members__)
        raise ValueError(f"{_SHOWN.repr(value)} is not a {tp.__name__} (one of {names})") from None


def _tagged_hooks(
    converter: cattrs.Converter, cls: type
) -> tuple[Callable[[Any], dict[str, Any]], Callable[[Any, Any], Any]]:
    """Hooks for a union member: write ``"type"`` first; read it when present (and check it)."""
    tag = tag_of(cls)
    unstructure: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(cls, converter)
    structure: Callable[[Any, Any], Any] = make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True)

    def unstructure_tagged(obj: Any) -> dict[str, Any]:
        return {TAG: tag, **unstructure(obj)}

    def structure_tagged(value: Any, _: Any) -> Any:
        _expect_object(value, cls)
        if TAG in value:
            if value[TAG] != tag:
                raise ValueError(f"{TAG} {_SHOWN.repr(value[TAG])} where a {tag!r} belongs")
            value = {k: v for k, v in value.items() if k != TAG}
        return structure(value, cls)

    return unstructure_tagged, structure_tagged


def _register_tagged(converter: cattrs.Converter, classes: tuple[type, ...]) -> None:
    """Tag hooks, built on first use: a class's hook takes its fields' hooks when it is made,
    so making them lazily lets every tagged class see the tagged hooks of the others."""
    tagged = frozenset(classes)
    converter.register_unstructure_hook_factory(lambda t: t in tagged, lambda t: _tagged_hooks(converter, t)[0])
    converter.register_structure_hook_factory(lambda t: t in tagged, lambda t: _tagged_hooks(converter, t)[1])


def _register_union(converter: cattrs.Converter, union: Any) -> None:
    """Hooks for a union of classes, told apart by ``"type"`` (``None``, if a member, is ``null``)."""
    by_tag = {tag_of(m): m for m in class_union(union) or ()}
    optional = type(None) in typing.get_args(union)

    def unstructure_union(obj: Any) -> Any:
        return None if obj is None else converter.unstructure(obj, type(obj))

    def structure_union(value: Any, _: Any) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, dict):
            raise TypeError(f"expected an object with a {TAG!r} key, got {type(value).__name__}")
        if TAG not in value:
            raise ValueError(f"object has no {TAG!r} key (one of {', '.join(by_tag)})")
        cls = by_tag.get(value[TAG]) if isinstance(value[TAG], str) else None
        if cls is None:
            raise ValueError(f"{TAG} {_SHOWN.repr(value[TAG])} is not one of {', '.join(by_tag)}")
        return converter.structure(value, cls)

    converter.register_unstructure_hook(union, unstructure_union)
    converter.register_structure_hook(union, structure_union)


def _untagged_hook(converter: cattrs.Converter, cls: type) -> Callable[[Any, Any], Any]:
    """The hook of a class that stands in no union (``Document``, ``Meeting``, ...): an object only."""
    structure: Callable[[Any, Any], Any] = make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True)

    def structure_object(value: Any, _: Any) -> Any:
        _expect_object(value, cls)
        return structure(value, cls)

    return structure_object


def _is_tuple_of(tp: Any) -> bool:
    """``tuple[X, ...]``: the model's collections."""
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(converter: cattrs.Converter, tp: Any) -> Callable[[Any, Any], Any]:
    """An array only: cattrs alone would take a string's characters or a dict's keys as the items."""
    structure = homogenous_tuple_structure_factory(tp, converter)

    def structure_array(value: Any, _: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected an array, got {type(value).__name__} {_SHOWN.repr(value)}")
        return structure(value, tp)

    return structure_array


@functools.cache
def converter() -> cattrs.Converter:
    """The configured converter (built once, on first use)."""
    conv = cattrs.Converter(unstruct_collection_overrides={tuple: list}, forbid_extra_keys=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    # datetime before date: a datetime is a date, and the more specific hook must win.
    conv.register_unstructure_hook(_dt.datetime, _dt.datetime.isoformat)
    conv.register_structure_hook(_dt.datetime, _iso(_dt.datetime.fromisoformat, "date-time"))
    conv.register_unstructure_hook(_dt.date, _dt.date.isoformat)
    conv.register_structure_hook(_dt.date, _iso(_dt.date.fromisoformat, "date"))
    conv.register_unstructure_hook(_dt.time, _dt.time.isoformat)
    conv.register_structure_hook(_dt.time, _iso(_dt.time.fromisoformat, "time"))
    conv.register_unstructure_hook(_dt.timedelta, format_duration)
    conv.register_structure_hook(_dt.timedelta, _structure_duration)
    conv.register_unstructure_hook_func(_is_enum, lambda e: e.name)
    conv.register_structure_hook_func(_is_enum, _structure_enum)
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(Span, _structure_span)
    _register_tagged(conv, tagged_classes())
    untagged = frozenset(model_classes()) - frozenset(tagged_classes()) - {Span}
    conv.register_structure_hook_factory(lambda t: t in untagged, lambda t: _untagged_hook(conv, t))
    conv.register_structure_hook_factory(_is_tuple_of, lambda t: _tuple_hook(conv, t))
    for tp in _walk(Document):
        if class_union(tp) is not None:
            _register_union(conv, tp)
    return conv


# --------------------------------------------------------------------------- public functions


def _describe(error: BaseException, tp: Any) -> str:
    """Our hooks' and the model validators' own messages; cattrs' wording for the rest."""
    if type(error) in (TypeError, ValueError) and str(error):
        return str(error)
    return format_exception(error, tp)


def block_depth(doc: Document) -> int:
    """How deep the blocks of ``doc`` nest (a section holding a paragraph is 2), counted without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(block, 1) for block in (*doc.preamble, *doc.sections)]
    while stack:
        block, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in getattr(block, "body", ()))
    return deepest


def _data_depth(data: Any) -> int:
    """How deep the objects and arrays of ``data`` nest (``{}`` is 1), counted without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, (list, tuple)):
            children = value
        else:
            continue
        deepest = max(deepest, depth)
        if depth > _MAX_DATA_DEPTH:
            break
        stack.extend((child, depth + 1) for child in children)
    return deepest


def to_dict(doc: Document) -> dict[str, Any]:
    """The document as JSON-ready data (dicts, lists, strings, numbers, None), losing nothing.

    Raises ``ValueError`` for a hand-built document whose blocks nest deeper than ``MAX_DEPTH``.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"to_dict() takes a Document, not {type(doc).__name__}")
    depth = block_depth(doc)
    if depth > MAX_DEPTH:
        raise ValueError(f"cannot write a document whose blocks nest {depth} deep (at most {MAX_DEPTH})")
    try:
        return typing.cast(dict[str, Any], converter().unstructure(doc, Document))
    except RecursionError:  # only when called from deep in the stack already
        raise ValueError("cannot write the document: too little room left on the stack") from None


def from_dict(data: dict[str, Any]) -> Document:
    """The document ``to_dict`` wrote. Raises ``ValueError`` naming every place that does not fit."""
    if not isinstance(data, dict):
        raise ValueError(f"from_dict() takes a dict, not {type(data).__name__}")
    if _data_depth(data) > _MAX_DATA_DEPTH:
        raise ValueError(
            f"not a valid document: objects and arrays nest more than {_MAX_DATA_DEPTH} deep "
            f"(blocks nest at most {MAX_DEPTH} deep)"
        )
    try:
        return converter().structure(data, Document)
    except cattrs.BaseValidationError as error:
        if error.subgroup(RecursionError) is not None:
            raise ValueError("cannot read the document: too little room left on the stack") from None
        problems = cattrs.transform_error(error, path="$", format_exception=_describe)
        raise ValueError("not a valid document: " + "; ".join(problems)) from error
    except (TypeError, ValueError) as error:  # the document object itself, at "$"
        raise ValueError(f"not a valid document: {error} @ $") from error
    except RecursionError:  # only when called from deep in the stack already
        raise ValueError("cannot read the document: too little room left on the stack") from None


_JSON_NAMES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}


def from_json(text: str | bytes) -> Document:
    """The document ``to_json`` wrote. Raises ``ValueError`` for anything else.

    ``text`` is JSON text, or its bytes in UTF-8, UTF-16 or UTF-32. Invalid JSON
    (``NaN`` and ``Infinity`` included), JSON nested too deep and JSON that is not a
    document all raise ``ValueError`` with a message saying which.
    """
    if not isinstance(text, (str, bytes, bytearray)):
        raise ValueError(f"from_json() takes JSON text (str or bytes), not {type(text).__name__}")
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise ValueError(f"not a document: the JSON nests far more than {_MAX_DATA_DEPTH} deep") from None
    except UnicodeDecodeError as error:
        raise ValueError(f"not valid JSON: the bytes are not UTF-8, UTF-16 or UTF-32 ({error.reason})") from None
    except ValueError as error:  # JSONDecodeError, and numbers too long to read
        raise ValueError(f"not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise ValueError(f"not a document: the JSON holds {_JSON_NAMES.get(type(data), 'a value')}, not an object")
    return from_dict(data)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")
