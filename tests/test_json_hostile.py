"""JSON for every ``str`` and refusals for everything else: lone surrogates, deep trees, wrong types."""

from __future__ import annotations

import inspect
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mofa_parse
from mofa_parse import Document, Item, Paragraph, Section, from_dict, from_json, to_dict, to_json
from mofa_parse.io.serialize import MAX_DEPTH, block_depth

#: A high surrogate directly followed by a low one: in JSON, the one character they encode.
PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def nested(levels: int) -> Document:
    """A section holding ``levels - 2`` items, each inside the one before, around one paragraph."""
    block: Item | Paragraph = Paragraph("deep down")
    for _ in range(levels - 2):
        block = Item("-", None, (block,))
    return Document(title="Deep", sections=(Section(1, "1.", "Nesting", (block,)),))


# --------------------------------------------------------------------------- every str is written


@pytest.mark.parametrize(
    "text",
    [
        "T \ud800\n",
        "T\n\n\udfff\n",
        "T\n\nlow then high: \udc00\ud800 stay two\n",
        "\ud800",
        "T\n\n\ud83d alone, then an emoji \U0001f600 written as it is\n",
    ],
)
def test_lone_surrogates_are_escaped_and_read_back(text: str) -> None:
    doc = mofa_parse.parse(text)
    for written in (to_json(doc), to_json(doc, indent=2), to_json(doc, ensure_ascii=True)):
        data = written.encode("utf-8")  # no UnicodeEncodeError
        assert "\\ud" in written.lower()
        again = from_json(data)
        assert again.source == text
        assert to_dict(again) == to_dict(doc)


def test_surrogates_are_written_as_lower_case_escapes_inside_strings() -> None:
    assert to_json(Document(title="a\ud800b\udfff")).startswith('{"title": "a\\ud800b\\udfff", ')


def test_a_high_then_low_surrogate_reads_back_as_the_character_they_encode() -> None:
    doc = mofa_parse.parse("T\n\n\ud83d\ude00\n")
    written = to_json(doc)
    assert '"text": "\\ud83d\\ude00"' in written
    assert from_json(written).preamble[0].text == "\U0001f600"  # as every JSON reader reads it


@given(st.text(st.characters(exclude_categories=()), max_size=60))
def test_any_str_is_written_as_utf_8_and_read_back(text: str) -> None:
    doc = mofa_parse.parse(text)
    written = to_json(doc).encode("utf-8")
    again = from_json(written)
    assert to_dict(again) == json.loads(written)
    if PAIR.search(text) is None:
        assert to_dict(again) == to_dict(doc)


# --------------------------------------------------------------------------- deep trees


def test_blocks_nested_max_depth_deep_are_written_and_read() -> None:
    doc = nested(MAX_DEPTH)
    assert block_depth(doc) == MAX_DEPTH
    assert from_json(to_json(doc)) == doc
    assert from_dict(to_dict(doc)) == doc


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, 165, 5000])
def test_deeper_hand_built_trees_are_refused_with_value_error(levels: int) -> None:
    doc = nested(levels)
    message = f"cannot write a document whose blocks nest {levels} deep (at most {MAX_DEPTH})"
    with pytest.raises(ValueError) as caught:
        to_json(doc)
    assert str(caught.value) == message
    with pytest.raises(ValueError) as caught:
        to_dict(doc)
    assert str(caught.value) == message


def _deep_data(levels: int) -> dict[str, Any]:
    """The data of ``nested(levels)``, built without the model (which to_dict would refuse)."""
    block: dict[str, Any] = {"type": "paragraph", "text": "deep down"}
    for _ in range(levels - 2):
        block = {"type": "item", "marker": "-", "body": [block]}
    return {"title": "Deep", "sections": [{"type": "section", "number": 1, "marker": "1.", "title": "Nesting", "body": [block]}]}


def test_data_and_json_nested_deeper_than_a_document_are_refused() -> None:
    data = _deep_data(MAX_DEPTH + 1)
    message = "not a valid document: objects and arrays nest more than 202 deep (blocks nest at most 100 deep)"
    for read in (lambda: from_dict(data), lambda: from_json(json.dumps(data))):
        with pytest.raises(ValueError) as caught:
            read()
        assert str(caught.value) == message
    assert from_dict(_deep_data(MAX_DEPTH)) == nested(MAX_DEPTH)


@pytest.mark.parametrize("text", ["[" * 100_000, "[" * 5000 + "]" * 5000, '{"title": ' * 3000])
def test_json_too_deep_to_read_raises_value_error(text: str) -> None:
    with pytest.raises(ValueError, match=r"^not a document: the JSON nests far more than 202 deep$"):
        from_json(text)


@contextmanager
def _little_stack(room: int) -> Iterator[None]:
    """Run with only ``room`` frames left before the recursion limit, as a deeply nested caller does."""
    depth = len(inspect.stack(0))
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + room)
    try:
        yield
    finally:
        sys.setrecursionlimit(limit)


def test_a_caller_deep_in_the_stack_gets_value_error_not_recursion_error() -> None:
    doc = nested(MAX_DEPTH)
    data = to_dict(doc)
    to_dict(Document())  # the converter is built before the stack is short
    with _little_stack(120):
        with pytest.raises(ValueError, match=r"^cannot write the document: too little room left on the stack$"):
            to_dict(doc)
        with pytest.raises(ValueError, match=r"^cannot read the document: too little room left on the stack$"):
            from_dict(data)


# --------------------------------------------------------------------------- wrong input


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (5, "from_json() takes JSON text (str or bytes), not int"),
        (None, "from_json() takes JSON text (str or bytes), not NoneType"),
        ("", "not valid JSON: Expecting value: line 1 column 1 (char 0)"),
        ('{"title": "T"', "not valid JSON: Expecting ',' delimiter: line 1 column 14 (char 13)"),
        (b"\xff\xfe\xff", "not valid JSON: the bytes are not UTF-8, UTF-16 or UTF-32 (truncated data)"),
        (b'{"title": "\xe9"}', "not valid JSON: the bytes are not UTF-8, UTF-16 or UTF-32 (invalid continuation byte)"),
        ('{"title": NaN}', "not valid JSON: NaN is not a JSON value"),
        ('{"title_span": [0, Infinity]}', "not valid JSON: Infinity is not a JSON value"),
        ("[]", "not a document: the JSON holds an array, not an object"),
        ('"Summit"', "not a document: the JSON holds a string, not an object"),
        ("3", "not a document: the JSON holds a number, not an object"),
        ("null", "not a document: the JSON holds a value, not an object"),
        ('{"title": 1e400}', "not a valid document: expected a string, got float inf @ $.title"),
    ],
)
def test_from_json_refuses_what_is_not_a_document(text: Any, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        from_json(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"sections": "I. Talks"}, "expected an array, got str 'I. Talks' @ $.sections"),
        ({"sections": {"number": 1}}, "expected an array, got dict {'number': 1} @ $.sections"),
        ({"meeting": []}, "expected an object for Meeting, got list @ $.meeting"),
        ({"meeting": "Summit"}, "expected an object for Meeting, got str @ $.meeting"),
        ({"chrome": [3]}, "expected an object for Chrome, got int @ $.chrome[0]"),
        ({1: "T"}, "expected string keys for Document, got int 1 @ $"),
        ({"meeting": {None: 1}}, "expected string keys for Meeting, got NoneType None @ $.meeting"),
        ({"preamble": [{"type": ["paragraph"]}]}, "type ['paragraph'] where a 'paragraph' belongs @ $.preamble[0]"),
        ({"meeting": {"duration": "P99999999999D"}}, "'P99999999999D' is longer than a timedelta can hold @ $.meeting.duration"),
        ({"title": "x" * 10_000 + "y"}, None),
        ({"subtitle": ["x" * 10_000]}, "expected a string, got list ['xxxxxxxxxxxxxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxxxxxxxxxxxx'] @ $.subtitle"),
        ({"issued": True}, "expected an ISO 8601 date string, got bool True @ $.issued"),
    ],
)
def test_from_dict_refuses_wrong_types_with_a_short_clear_message(data: Any, message: str | None) -> None:
    if message is None:
        assert from_dict(data).title == data["title"]
        return
    with pytest.raises(ValueError) as caught:
        from_dict(data)
    assert str(caught.value) == "not a valid document: " + message
