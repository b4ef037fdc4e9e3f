"""A document as JSON text, written a node at a time.

``json.dumps(to_dict(doc))`` would hold the document's whole data and then its whole
text beside the document; for a readout of tens of megabytes that is many times the
input. The writer walks the tree instead and writes as it goes: the document and the
objects that may nest without bound (blocks, statements) are written a field at a
time, their arrays an element at a time and a long string (``source``) a slice at a
time; every other value (a paragraph, a person, the meeting, a diagnostic) is written
as ``json.dumps`` writes the converter's data for it. So the text is the same,
character for character, as ``json.dumps(to_dict(doc), **kwargs)``, and what is held
at any moment besides the document is one such value and one chunk of text.

The walk keeps its own stack: a hand-built tree of any depth is written without
recursion, and one whose blocks nest deeper than ``MAX_DEPTH`` is refused with
``ValueError`` before anything is written, as ``to_dict`` refuses it. Lone surrogates,
which UTF-8 cannot encode, are written as ``\\u`` escapes.
"""

from __future__ import annotations

import functools
import json
import re
import typing
from collections.abc import Callable, Iterator
from typing import IO, Any

import attrs

from mofa_parse.io.serialize import (
    MAX_DEPTH,
    TAG,
    block_depth,
    converter,
    field_types,
    model_classes,
    tag_of,
    tagged_classes,
)
from mofa_parse.model import Document

__all__ = ["CHUNK", "json_chunks", "to_json", "write_json"]

#: The text is handed on in chunks of about this many characters.
CHUNK = 1 << 16

#: A UTF-16 surrogate code point: in a ``str`` it stands alone, and UTF-8 cannot encode it.
_SURROGATE = re.compile("[\ud800-\udfff]")

#: A two-number array (a span) as an indented dump writes it, over five lines.
_PAIR = re.compile(r"\[\n\s+(-?\d+),\n\s+(-?\d+)\n\s+\]")

#: Line separators some readers split lines on; JSON strings may hold them as they are.
_SEPARATORS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def _escape_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match[0]):04x}"


def escape_surrogates(text: str) -> str:
    """JSON text with every lone surrogate written as a ``\\u`` escape (the same value)."""
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub(_escape_surrogate, text)


def line_safe(text: str) -> str:
    """JSON text with the line separators that some readers split on escaped (the same value)."""
    return text.translate(_SEPARATORS) if any(c in text for c in "\u2028\u2029\x85") else text


# --------------------------------------------------------------------------- which objects are walked


def _reach(cls: type) -> frozenset[type]:
    """The attrs classes an object of ``cls`` may hold, at any depth."""
    found: set[type] = set()
    stack: list[type] = [cls]
    while stack:
        current = stack.pop()
        for _, tp in field_types(current):
            for held in _classes_in(tp):
                if held not in found:
                    found.add(held)
                    stack.append(held)
    return frozenset(found)


def _classes_in(tp: Any) -> Iterator[type]:
    """The attrs classes named in the type ``tp`` (``tuple[Block, ...]``: the four blocks)."""
    stack = [tp]
    while stack:
        current = stack.pop()
        if attrs.has(current):
            yield current
        stack.extend(typing.get_args(current))


@functools.cache
def walked_classes() -> frozenset[type]:
    """The classes whose objects are written a field at a time: those that may hold an object
    of their own class (``Section``, ``Statement``), and those that hold such a class (``Document``)."""
    reach = {cls: _reach(cls) for cls in model_classes()}
    nesting = {cls for cls, held in reach.items() if cls in held}
    return frozenset(cls for cls, held in reach.items() if cls in nesting or held & nesting)


@attrs.frozen
class _Field:
    """One key of a walked object: its name, and how its value (or each element of it) is written."""

    name: str
    hook: Callable[[Any], Any]  # the converter's function for the value, or for each element of an array
    array: bool  # a tuple (``preamble``, ``warnings``, a body): written an element at a time
    walked: bool  # the value (or each element) may be a walked object


@functools.cache
def _fields(cls: type) -> tuple[_Field, ...]:
    walked = walked_classes()
    fields = []
    for field, tp in field_types(cls):
        if not field.init:  # cattrs writes only the fields a class is made from
            continue
        args = typing.get_args(tp)
        array = typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis
        held = frozenset(_classes_in(args[0] if array else tp)) & walked
        fields.append(_Field(field.name, _hook(args[0] if array else tp), array, bool(held)))
    return tuple(fields)


def _hook(tp: Any) -> Callable[[Any], Any]:
    """The converter's function for a value of the declared type ``tp``: what ``to_dict`` writes for it."""
    return converter().get_unstructure_hook(tp)


# --------------------------------------------------------------------------- the walk


class _Writer:
    """The pieces of one document's text, in order; a walked object or array is a generator of pieces."""

    def __init__(self, encoder: json.JSONEncoder, *, pairs_on_one_line: bool) -> None:
        self.encoder = encoder
        indent = encoder.indent
        self.indent: str | None = None if indent is None else indent if isinstance(indent, str) else " " * indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        self.pairs_on_one_line = pairs_on_one_line and self.indent is not None
        self.walked = walked_classes()
        self.tagged = frozenset(tagged_classes())
        self.keys: dict[type, tuple[tuple[str, _Field | None], ...]] = {}

    def newline(self, level: int) -> str:
        return "" if self.indent is None else "\n" + self.indent * level

    def keys_of(self, cls: type) -> tuple[tuple[str, _Field | None], ...]:
        """The keys of an object of ``cls`` as written, with their fields; ``"type"`` (first,
        where the class is tagged) is written with its value, and has no field."""
        known = self.keys.get(cls)
        if known is None:
            named: list[tuple[str, _Field | None]] = [(TAG, None)] if cls in self.tagged else []
            named.extend((field.name, field) for field in _fields(cls))
            if self.encoder.sort_keys:
                named.sort(key=lambda pair: pair[0])
            encode = self.encoder.encode
            known = tuple(
                (encode(key) + self.key_separator + ("" if field else encode(tag_of(cls))), field)
                for key, field in named
            )
            self.keys[cls] = known
        return known

    def value(self, value: Any, field: _Field, level: int) -> str | Iterator[Any]:
        if field.walked and type(value) in self.walked:
            return self.object(value, level)
        data = field.hook(value)
        if isinstance(data, str) and len(data) > CHUNK:
            return self.long_string(data)
        return self.leaf(data, level)

    def long_string(self, text: str) -> Iterator[str]:
        """A string written a slice at a time: JSON escapes each character on its own."""
        yield '"'
        for start in range(0, len(text), CHUNK):
            yield self.encoder.encode(text[start : start + CHUNK])[1:-1]
        yield '"'

    def leaf(self, data: Any, level: int) -> str:
        text = self.encoder.encode(data)
        if self.indent is not None and "\n" in text:
            text = text.replace("\n", self.newline(level))
            if self.pairs_on_one_line:  # after the indent: the regex reads a pair as a nested dump writes it
                text = _PAIR.sub(r"[\1, \2]", text)
        return text

    def object(self, obj: Any, level: int) -> Iterator[Any]:
        keys = self.keys_of(type(obj))
        if not keys:
            yield "{}"
            return
        inner = self.newline(level + 1)
        for index, (key, field) in enumerate(keys):
            written = ("{" if not index else self.item_separator) + inner + key
            if field is None:  # the tag, written with its key
                yield written
                continue
            value = getattr(obj, field.name)
            text = self.array(value, field, level + 1) if field.array else self.value(value, field, level + 1)
            yield from _joined(written, text)
        yield self.newline(level) + "}"

    def array(self, items: Any, field: _Field, level: int) -> str | Iterator[Any]:
        if not items:
            return "[]"
        return self.elements(items, field, level)

    def elements(self, items: Any, field: _Field, level: int) -> Iterator[Any]:
        inner = self.newline(level + 1)
        for index, item in enumerate(items):
            written = ("[" if not index else self.item_separator) + inner
            yield from _joined(written, self.value(item, field, level + 1))
        yield self.newline(level) + "]"


def _joined(written: str, text: str | Iterator[Any]) -> Iterator[Any]:
    """A key or separator and its value's text: one piece when the value is written whole,
    else the key and then the value's own pieces."""
    if isinstance(text, str):
        yield written + text
    else:
        yield written
        yield text


def _check(doc: Document, caller: str) -> None:
    if not isinstance(doc, Document):
        raise TypeError(f"{caller}() takes a Document, not {type(doc).__name__}")
    depth = block_depth(doc)
    if depth > MAX_DEPTH:
        raise ValueError(f"cannot write a document whose blocks nest {depth} deep (at most {MAX_DEPTH})")


def json_chunks(
    doc: Document,
    encoder: json.JSONEncoder,
    *,
    pairs_on_one_line: bool = False,
    escape_line_separators: bool = False,
    caller: str = "json_chunks",
) -> Iterator[str]:
    """``encoder.encode(to_dict(doc))`` in chunks of about ``CHUNK`` characters, lone surrogates escaped.

    ``pairs_on_one_line``: with an indent, each span (a two-number array) on one line, as
    ``[12, 40]``; ``escape_line_separators``: U+2028, U+2029 and U+0085 escaped too, for
    readers that split lines on them. A document that cannot be written raises here,
    before the first chunk: ``TypeError`` for what is not a ``Document``, ``ValueError``
    for blocks nested deeper than ``MAX_DEPTH``.
    """
    _check(doc, caller)
    finish = _line_safe_escaped if escape_line_separators else escape_surrogates
    return _chunks(_Writer(encoder, pairs_on_one_line=pairs_on_one_line).object(doc, 0), finish)


def _line_safe_escaped(text: str) -> str:
    return line_safe(escape_surrogates(text))


def _chunks(root: Iterator[Any], finish: Callable[[str], str]) -> Iterator[str]:
    """Drive the walk with a stack of generators (no recursion), gathering its pieces into chunks."""
    buffer: list[str] = []
    size = 0
    stack = [root]
    try:
        while stack:
            step = next(stack[-1], None)
            if step is None:
                stack.pop()
            elif not isinstance(step, str):
                stack.append(step)
            elif len(step) >= CHUNK:  # a long value's text (a paragraph of megabytes): handed on, not copied
                if buffer:
                    yield finish("".join(buffer))
                    buffer.clear()
                    size = 0
                yield finish(step)
            else:
                buffer.append(step)
                size += len(step)
                if size >= CHUNK:
                    yield finish("".join(buffer))
                    buffer.clear()
                    size = 0
    except RecursionError:  # only when called from deep in the stack already
        raise ValueError("cannot write the document: too little room left on the stack") from None
    if buffer:
        yield finish("".join(buffer))


def _encoder(kwargs: dict[str, Any]) -> json.JSONEncoder:
    kwargs.setdefault("ensure_ascii", False)
    return json.JSONEncoder(**kwargs)


def to_json(doc: Document, **kwargs: Any) -> str:
    """The document as JSON text; ``kwargs`` are those of ``json.dumps`` (``indent=2``, ...).

    Non-ASCII text is written as is unless ``ensure_ascii=True`` is passed; lone
    surrogates, which no UTF-8 text can hold, are always written as ``\\u`` escapes,
    so the result always encodes as UTF-8. Raises ``ValueError`` as ``to_dict`` does.
    For a large document, ``write_json`` writes the same text to a file without
    holding it whole.
    """
    if kwargs.get("cls") is not None:  # an encoder class of the caller's sees the whole data, as before
        from mofa_parse.io.serialize import to_dict

        kwargs.setdefault("ensure_ascii", False)
        return escape_surrogates(json.dumps(to_dict(doc), **kwargs))
    kwargs.pop("cls", None)
    return "".join(json_chunks(doc, _encoder(kwargs), caller="to_json"))


def write_json(doc: Document, stream: IO[str], **kwargs: Any) -> None:
    """Write ``to_json(doc, **kwargs)`` to the text stream ``stream``, a chunk at a time.

    The text is the same, character for character, but it is never held whole: besides
    the document, writing holds one node's data and one chunk of text (about
    ``CHUNK`` characters). Every chunk encodes as UTF-8. Raises ``TypeError`` and
    ``ValueError`` as ``to_json`` does, before anything is written; ``kwargs`` take no
    ``cls``.
    """
    if kwargs.get("cls") is not None:
        raise TypeError("write_json() takes no cls: the document is written a node at a time")
    kwargs.pop("cls", None)
    for chunk in json_chunks(doc, _encoder(kwargs), caller="write_json"):
        stream.write(chunk)
