"""The JSON written a node at a time is ``json.dumps(to_dict(doc))``'s text, character for character."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mofa_parse
from mofa_parse import Document, Joint, Paragraph, Person, Statement, from_json, to_dict, to_json, write_json
from mofa_parse.io.pieces import json_pieces
from mofa_parse.io.writer import CHUNK, json_chunks, walked_classes
from test_json_hostile import _little_stack, nested

ROOT = Path(__file__).resolve().parent.parent

#: ``json.dumps`` options a caller may pass; the writer must follow each as ``json.dumps`` does.
OPTIONS: list[dict[str, Any]] = [
    {},
    {"indent": 2},
    {"ensure_ascii": True},
    {"indent": "\t", "sort_keys": True},
    {"separators": (",", ":")},
    {"indent": 0, "ensure_ascii": True},
]

SURROGATE = re.compile("[\ud800-\udfff]")


def dumped(doc: Document, **kwargs: Any) -> str:
    """The text of the data made whole, as ``to_json`` wrote it before it walked the tree."""
    kwargs.setdefault("ensure_ascii", False)
    text = json.dumps(to_dict(doc), **kwargs)
    return SURROGATE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def written(doc: Document, **kwargs: Any) -> str:
    stream = io.StringIO()
    write_json(doc, stream, **kwargs)
    return stream.getvalue()


def readouts() -> list[Path]:
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))


@pytest.mark.parametrize("options", OPTIONS, ids=repr)
def test_the_seeds_and_fixtures_are_written_as_the_data_is_dumped(options: dict[str, Any]) -> None:
    paths = readouts()
    assert len(paths) > 100
    for path in paths:
        doc = mofa_parse.parse_file(path)
        expected = dumped(doc, **options)
        assert to_json(doc, **options) == expected, path
        assert written(doc, **options) == expected, path


def test_only_what_may_nest_without_bound_is_walked() -> None:
    names = sorted(cls.__name__ for cls in walked_classes())
    assert names == ["Clause", "Document", "Item", "Section", "Statement"]


def long_readout() -> str:
    """A readout whose source, and one paragraph, are several chunks long, with characters
    JSON escapes (quotes, backslashes, tabs, lone surrogates) and others it keeps (non-ASCII,
    an emoji) on every side of each chunk boundary of the source."""
    tricky = '"\\\t\udfff\ud800\u00e9\u2028\U0001f600'  # low then high: two lone surrogates
    filler = "The two leaders exchanged views on regional affairs. "
    paragraph = (filler * (3 * CHUNK // len(filler))).strip()
    body = "".join(f"{filler[: (n * 7) % 40]}{tricky}\n\n" for n in range(400))
    text = f"Japan-Ruritania Summit Meeting\n\n{paragraph}\n\n{body}"
    for boundary in range(CHUNK, 4 * CHUNK, CHUNK):  # the slices of the source meet inside escapes
        text = text[: boundary - 2] + tricky + text[boundary - 2 :]
    assert len(text) > 3 * CHUNK
    return text


@pytest.mark.parametrize("options", [{}, {"indent": 2}, {"ensure_ascii": True}], ids=repr)
def test_a_source_and_a_paragraph_longer_than_a_chunk_are_written_in_slices(options: dict[str, Any]) -> None:
    doc = mofa_parse.parse(long_readout())
    assert max(len(p.text) for p in doc.preamble) > 2 * CHUNK
    text = written(doc, **options)
    assert text == dumped(doc, **options)
    assert text.encode("utf-8")
    assert from_json(text).source == doc.source


def chunk_sizes_are_bounded(chunks: list[str]) -> None:
    """Each chunk is about ``CHUNK`` long, but for those holding one value with the long line
    (its paragraph, a diagnostic quoting it), written whole."""
    assert len(chunks) > 5
    for chunk in chunks:
        if len(chunk) >= 2 * CHUNK:
            assert chunk.count('"text": "The two leaders') == 1
            assert len(chunk) < 3.2 * CHUNK


def test_chunks_are_bounded_and_each_encodes_as_utf_8() -> None:
    doc = mofa_parse.parse(long_readout())
    chunks = list(json_chunks(doc, json.JSONEncoder(ensure_ascii=False)))
    chunk_sizes_are_bounded(chunks)
    for chunk in chunks:
        chunk.encode("utf-8")
    assert "".join(chunks) == dumped(doc)


@pytest.mark.parametrize("indented", [True, False])
def test_the_command_lines_pieces_are_bounded_too(indented: bool) -> None:
    doc = mofa_parse.parse(long_readout())
    pieces = list(json_pieces(doc, indented=indented))
    chunk_sizes_are_bounded(pieces)
    assert pieces[-1] == "\n"
    assert "\u2028" not in "".join(pieces)


@pytest.mark.parametrize("text", ["T \ud800\n", "T\n\nlow then high: \udc00\ud800 stay two\n", "\udfff"])
def test_lone_surrogates_are_written_as_escapes(text: str) -> None:
    doc = mofa_parse.parse(text)
    for options in OPTIONS:
        out = written(doc, **options)
        assert out == dumped(doc, **options)
        out.encode("utf-8")
        assert from_json(out).source == text


# --------------------------------------------------------------------------- deep trees


def test_blocks_max_depth_deep_are_written_and_deeper_ones_refused_before_a_character() -> None:
    assert written(nested(100)) == dumped(nested(100))
    stream = io.StringIO()
    with pytest.raises(ValueError, match=r"^cannot write a document whose blocks nest 101 deep \(at most 100\)$"):
        write_json(nested(101), stream)
    assert stream.getvalue() == ""


def test_a_caller_deep_in_the_stack_can_still_write() -> None:
    doc = nested(100)
    expected = dumped(doc)
    with _little_stack(40):  # the walk keeps its own stack: a few frames are enough
        assert written(doc) == expected
        assert to_json(doc) == expected


def test_statements_nested_thousands_deep_are_written_without_recursion() -> None:
    speaker = Person("Taro Aso", "Aso", "Prime Minister", "Japan")
    bottom = Statement(speaker, "stated", "the bottom")
    statement = bottom
    for depth in range(3000):
        statement = Statement(Joint((speaker,)), "agreed", f"level {depth}", inner=(statement,))
    deep = written(Document(title="Deep", statements=(statement,)))
    shallow = written(Document(title="Deep", statements=(bottom,)))
    # The bottom statement's text, then the document's after it: 3000 inner arrays closed between.
    rest = shallow.split('"text": "the bottom", ')[1]
    closed = rest.index('"inner": []}') + len('"inner": []}')
    assert deep.split('"text": "the bottom", ')[1] == rest[:closed] + "]}" * 3000 + rest[closed:]
    assert deep.count('"verb": "agreed", "text": "level ') == 3000
    assert deep.startswith(shallow.split('{"speaker": ')[0])


# --------------------------------------------------------------------------- what is refused


def test_write_json_refuses_what_is_not_a_document_and_an_encoder_class() -> None:
    stream = io.StringIO()
    with pytest.raises(TypeError, match=r"^write_json\(\) takes a Document, not Paragraph$"):
        write_json(Paragraph("text"), stream)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^to_json\(\) takes a Document, not Paragraph$"):
        to_json(Paragraph("text"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^write_json\(\) takes no cls"):
        write_json(Document(title="T"), stream, cls=json.JSONEncoder)
    assert stream.getvalue() == ""


def test_an_encoder_class_of_the_callers_sees_the_whole_data() -> None:
    class Marked(json.JSONEncoder):
        def encode(self, o: Any) -> str:
            return "#" + super().encode(o)

    doc = Document(title="T \ud800")
    assert to_json(doc, cls=Marked) == "#" + dumped(doc)


@given(st.text(st.characters(exclude_categories=()), max_size=80))
def test_any_text_is_written_as_its_data_is_dumped(text: str) -> None:
    doc = mofa_parse.parse(text)
    assert written(doc) == dumped(doc)
    assert written(doc, indent=2, ensure_ascii=True) == dumped(doc, indent=2, ensure_ascii=True)
