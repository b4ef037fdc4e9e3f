"""to_dict / from_dict / to_json / from_json / json_schema: lossless, exact, schema-valid."""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import re
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import mofa_parse
from mofa_parse import (
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
    Person,
    Section,
    Severity,
    SourceFormat,
    Span,
    Statement,
    from_dict,
    from_json,
    json_schema,
    strategies,
    to_dict,
    to_json,
)
from mofa_parse.io.schema import _Builder
from mofa_parse.io.serialize import format_duration, model_classes, parse_duration
from mofa_parse.structure.markers import ROMAN_VALUES, item_ordinals, section_number

SCHEMA_FILE = Path(mofa_parse.__file__).parent / "schema.json"


# --------------------------------------------------------------------------- documents to serialize
#
# mofa_parse.strategies.documents() makes the trees that text can express, but fills only the
# fields that take part in equality. full_documents() adds spans on every node and the derived
# fields (meeting, people, statements, warnings, source); model_documents() reaches further into
# what the model allows but text cannot express (full-width clause markers, "(i)" as the ninth
# letter, arbitrary durations), since from_dict must read back whatever to_dict writes.

_word = st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs", "Zs", "Zl", "Zp")), min_size=1, max_size=8)
lines = st.lists(_word, min_size=1, max_size=5).map(" ".join)
spans = st.none() | st.builds(
    lambda start, length: Span(start, start + length), st.integers(0, 10**6), st.integers(0, 10**4)
)


def paragraphs() -> st.SearchStrategy[Paragraph]:
    # The kind follows from the text: speaker labels come from their own texts.
    texts = lines | st.sampled_from(["President Hu", "Prime Minister Koizumi:", "Foreign Minister Lavrov"])
    return st.builds(Paragraph, texts, span=spans)


_ITEM_FORMS = ["{n}.", "{n})", "({n})", "{a})", "({a})", "{A}.", "({r})", "•", "-", "・"]
_ROMAN = {value: numeral.lower() for numeral, value in ROMAN_VALUES.items()}


def _marker(form: str, n: int) -> str:
    return form.format(n=n, a=chr(ord("a") + (n - 1) % 26), A=chr(ord("A") + (n - 1) % 26), r=_ROMAN[n])


@st.composite
def items(draw: st.DrawFn, depth: int = 2, form: str | None = None) -> Item:
    form = form or draw(st.sampled_from(_ITEM_FORMS))
    marker = _marker(form, draw(st.integers(1, 26)))
    ordinal = draw(st.sampled_from(item_ordinals(marker)))
    body: list[Paragraph | Item] = draw(st.lists(paragraphs(), max_size=2))
    if depth:
        inner = draw(st.sampled_from(_ITEM_FORMS))
        body += draw(st.lists(items(depth - 1, inner), max_size=2))
    return Item(marker, ordinal, tuple(body), span=draw(spans))


@st.composite
def flow(draw: st.DrawFn) -> list[Paragraph | Item]:
    """Paragraphs, then a run of items of one style: an order a body can hold."""
    body: list[Paragraph | Item] = draw(st.lists(paragraphs(), max_size=2))
    form = draw(st.sampled_from(_ITEM_FORMS))
    return body + draw(st.lists(items(1, form), max_size=2))


@st.composite
def clauses(draw: st.DrawFn) -> Clause:
    number = draw(st.integers(1, 99))
    marker = draw(st.sampled_from([f"({number})", f"{number}.", f"{number})", f"（{number}）"]))
    heading = draw(st.none() | lines)
    return Clause(number, heading, tuple(draw(flow())), marker, span=draw(spans))


@st.composite
def sections(draw: st.DrawFn, depth: int = 1) -> Section:
    number = draw(st.integers(1, 39))
    candidates = [f"{number}.", f"{number}", *(f"{r}." for r, v in ROMAN_VALUES.items() if v == number)]
    if number <= 26:
        candidates.append(f"{chr(ord('A') + number - 1)}.")
    marker = draw(st.sampled_from([m for m in candidates if section_number(m) == number]))
    body: list[Any] = draw(flow()) + draw(st.lists(clauses(), max_size=2))
    if depth:
        body += draw(st.lists(sections(depth - 1), max_size=2))
    return Section(number, marker, draw(st.none() | lines), tuple(body), span=draw(spans))


people = st.builds(Person, st.none() | st.text(), st.text(), st.none() | st.text(), st.none() | st.text())
times = st.none() | st.times()
durations = st.none() | st.timedeltas()
meetings = st.builds(
    Meeting,
    st.sampled_from(MeetingKind),
    st.tuples() | st.tuples(people) | st.tuples(people, people),
    st.tuples() | st.tuples(people),
    st.none() | st.dates(),
    st.none() | st.text(),
    st.none() | st.text(),
    times,
    times,
    durations,
    st.none() | st.text(),
    st.lists(st.builds(MeetingPart, st.none() | st.text(), times, times, durations), max_size=2).map(tuple),
)
statements = st.builds(
    Statement,
    people | st.builds(Joint, st.lists(people, max_size=3).map(tuple)),
    st.text(),
    st.text(),
    span=spans,
    section=st.none() | st.integers(),
    clause=st.none() | st.integers(),
    in_response_to=st.none() | st.integers(),
)
diagnostics = st.builds(
    Diagnostic, st.integers(), st.integers(), st.text(), st.text(), st.text(), st.sampled_from(Severity)
)


origins = st.builds(
    Origin,
    st.sampled_from(SourceFormat),
    st.none() | st.text(),
    st.none() | st.text(),
    st.none() | st.text(),
    st.none() | st.sampled_from(["mofa", "kantei", "mofa-table", "generic"]),
)


def _spanned(draw: st.DrawFn, block: Any) -> Any:
    """``block`` with a drawn span on it and on every block below it."""
    if isinstance(block, Paragraph):
        return attrs.evolve(block, span=draw(spans))
    return attrs.evolve(block, body=tuple(_spanned(draw, b) for b in block.body), span=draw(spans))


def _derived_fields(draw: st.DrawFn) -> dict[str, Any]:
    """The fields that take no part in equality: derived facts, diagnostics, source, origin and spans."""
    return {
        "meeting": draw(meetings),
        "people": tuple(draw(st.lists(people, max_size=3))),
        "statements": tuple(draw(st.lists(statements, max_size=3))),
        "warnings": tuple(draw(st.lists(diagnostics, max_size=2))),
        "source": draw(st.text()),
        "origin": draw(origins),
        "title_span": draw(spans),
        "subtitle_span": draw(spans),
        "issued_span": draw(spans),
    }


@st.composite
def full_documents(draw: st.DrawFn) -> Document:
    doc = draw(strategies.documents())
    return attrs.evolve(
        doc,
        preamble=tuple(_spanned(draw, p) for p in doc.preamble),
        sections=tuple(_spanned(draw, s) for s in doc.sections),
        chrome=tuple(attrs.evolve(c, span=draw(spans)) for c in doc.chrome),
        **_derived_fields(draw),
    )


@st.composite
def model_documents(draw: st.DrawFn) -> Document:
    issued = draw(st.none() | st.dates(dt.date(1950, 1, 1), dt.date(2099, 12, 31)))
    header: dict[str, Any] = {"issued": issued}
    if issued is None and draw(st.booleans()):
        header["issued_text"] = "July 2003"
    elif issued is not None and draw(st.booleans()):
        header["issued_text"] = issued.isoformat()
    title = draw(st.just("") | lines)
    chrome = st.builds(Chrome, st.sampled_from(ChromeKind), lines, span=spans)
    return Document(
        title=title,
        subtitle=draw(st.none() | lines) if title else None,
        preamble=tuple(draw(st.lists(paragraphs(), max_size=3))),
        sections=tuple(draw(st.lists(sections(), max_size=3))),
        chrome=tuple(draw(st.lists(chrome, max_size=2))),
        **_derived_fields(draw),
        **header,
    )


any_documents = full_documents() | model_documents()


# --------------------------------------------------------------------------- round trips


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@given(any_documents)
def test_json_round_trip_is_lossless_and_valid(doc: Document) -> None:
    text = to_json(doc)
    _validator().validate(json.loads(text))
    back = from_json(text)
    assert back == doc
    # Equality skips spans, source, warnings, meeting, people and statements: compare those too.
    assert to_dict(back) == to_dict(doc)
    for field in attrs.fields(Document):
        assert getattr(back, field.name) == getattr(doc, field.name), field.name
    assert to_json(back) == text


@given(any_documents, st.sampled_from([{}, {"indent": 2}, {"ensure_ascii": True, "sort_keys": True}]))
def test_json_written_a_node_at_a_time_is_the_data_dumped(doc: Document, options: dict[str, Any]) -> None:
    dumped = json.dumps(to_dict(doc), **{"ensure_ascii": False, **options})
    dumped = re.sub("[\ud800-\udfff]", lambda match: f"\\u{ord(match[0]):04x}", dumped)
    stream = io.StringIO()
    mofa_parse.write_json(doc, stream, **options)
    assert stream.getvalue() == dumped
    assert to_json(doc, **options) == dumped


# --------------------------------------------------------------------------- the encoding, exactly


def _sample() -> Document:
    return Document(
        title="Japan-Ruritania Summit Meeting",
        subtitle="Overview",
        issued=dt.date(2011, 3, 4),
        preamble=(Paragraph("On March 3, the leaders met.", span=Span(50, 78)),),
        sections=(
            Section(
                1,
                "1.",
                "Bilateral relations",
                (
                    Item("(a)", body=(Paragraph("Trade"),)),
                    Clause(1, None, (Paragraph("Both sides agreed."),)),
                ),
                span=Span(80, 140),
            ),
        ),
        chrome=(Chrome(ChromeKind.PUBLISHER, "Ministry of Foreign Affairs of Japan"),),
        meeting=Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(Person("Taro Yamada", "Yamada", "Prime Minister", "Japan"),),
            date=dt.date(2011, 3, 3),
            start=dt.time(9, 5),
            duration=dt.timedelta(minutes=25),
        ),
        statements=(Statement(Joint((Person(None, "Yamada"),)), "agreed", "to meet again", span=Span(100, 120)),),
        warnings=(Diagnostic(7, 1, "section 3 follows 1", "3. Other", severity=Severity.NOTE),),
        source="Japan-Ruritania Summit Meeting\n",
        title_span=Span(0, 30),
    )


def test_to_dict_writes_the_documented_encoding() -> None:
    data = to_dict(_sample())
    assert list(data) == [a.name for a in attrs.fields(Document)]
    assert data["issued"] == "2011-03-04"
    assert data["issued_text"] == "March 4, 2011"
    assert data["title_span"] == [0, 30]
    assert data["preamble"] == [
        {"type": "paragraph", "text": "On March 3, the leaders met.", "kind": "TEXT", "span": [50, 78]}
    ]
    section = data["sections"][0]
    assert section["type"] == "section"
    assert section["body"] == [
        {
            "type": "item",
            "marker": "(a)",
            "ordinal": 1,
            "body": [{"type": "paragraph", "text": "Trade", "kind": "TEXT", "span": None}],
            "span": None,
        },
        {
            "type": "clause",
            "number": 1,
            "heading": None,
            "body": [{"type": "paragraph", "text": "Both sides agreed.", "kind": "TEXT", "span": None}],
            "marker": "(1)",
            "span": None,
        },
    ]
    assert data["chrome"] == [{"kind": "PUBLISHER", "text": "Ministry of Foreign Affairs of Japan", "span": None}]
    meeting = data["meeting"]
    assert meeting["kind"] == "TELEPHONE_TALK"
    assert meeting["participants"] == [
        {
            "type": "person",
            "name": "Taro Yamada",
            "surname": "Yamada",
            "title": "Prime Minister",
            "country": "Japan",
        }
    ]
    assert (meeting["date"], meeting["start"], meeting["end"], meeting["duration"]) == (
        "2011-03-03",
        "09:05:00",
        None,
        "PT25M",
    )
    assert data["statements"][0]["speaker"] == {
        "type": "joint",
        "members": [{"type": "person", "name": None, "surname": "Yamada", "title": None, "country": None}],
    }
    assert data["statements"][0]["span"] == [100, 120]
    assert data["warnings"] == [
        {
            "line": 7,
            "column": 1,
            "message": "section 3 follows 1",
            "text": "3. Other",
            "code": "structure",
            "severity": "NOTE",
        }
    ]
    assert data["source"] == "Japan-Ruritania Summit Meeting\n"


def test_to_json_passes_options_and_keeps_non_ascii() -> None:
    doc = Document(title="Meeting in Zürich")
    assert '"title": "Meeting in Zürich"' in to_json(doc)
    assert '"title": "Meeting in Z\\u00fcrich"' in to_json(doc, ensure_ascii=True)
    assert to_json(doc, indent=2).startswith('{\n  "title": "Meeting in Zürich",\n')


def test_from_json_reads_bytes() -> None:
    doc = _sample()
    assert to_dict(from_json(to_json(doc).encode("utf-8"))) == to_dict(doc)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (dt.timedelta(0), "PT0S"),
        (dt.timedelta(minutes=45), "PT45M"),
        (dt.timedelta(hours=1, minutes=30), "PT1H30M"),
        (dt.timedelta(days=2, hours=3), "P2DT3H"),
        (dt.timedelta(days=1), "P1D"),
        (dt.timedelta(seconds=5, microseconds=250000), "PT5.25S"),
        (dt.timedelta(microseconds=1), "PT0.000001S"),
        (-dt.timedelta(minutes=5), "-PT5M"),
        (dt.timedelta(days=-1, microseconds=5), "-PT23H59M59.999995S"),
    ],
)
def test_durations_are_iso_8601(value: dt.timedelta, text: str) -> None:
    assert format_duration(value) == text
    assert parse_duration(text) == value


@pytest.mark.parametrize("text", ["P", "PT", "1H", "PT1.5M", "P1W", "P1Y", "PT-5M", "pt5m", "PT5M ", "PT0.1234567S"])
def test_malformed_durations_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="is not an ISO 8601 duration"):
        parse_duration(text)


@given(st.timedeltas())
def test_every_timedelta_survives_its_duration(value: dt.timedelta) -> None:
    assert parse_duration(format_duration(value)) == value


def test_from_dict_fills_missing_fields_with_defaults() -> None:
    doc = from_dict({"title": "Summit", "sections": [{"number": 2, "marker": "II."}]})
    assert doc == Document(title="Summit", sections=(Section(2, "II."),))
    assert doc.meeting == Meeting()


def test_an_untagged_object_is_read_where_no_union_asks_for_a_tag() -> None:
    data = to_dict(_sample())
    del data["preamble"][0]["type"]
    assert from_dict(data) == _sample()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "from_dict() takes a dict, not list"),
        ({"title": 3}, "not a valid document: expected a string, got int 3 @ $.title"),
        ({"bogus": 1}, "not a valid document: extra fields found (bogus) @ $"),
        (
            {"sections": [{"type": "clause", "number": 1}]},
            "not a valid document: type 'clause' where a 'section' belongs @ $.sections[0]",
        ),
        (
            {"sections": [{"number": "1", "marker": "1."}]},
            "not a valid document: expected an integer, got str '1' @ $.sections[0].number",
        ),
        (
            {"sections": [{"number": 2, "marker": "1."}]},
            "not a valid document: section marker '1.' does not stand for 2 @ $.sections[0]",
        ),
        (
            {"sections": [{"number": 1, "marker": "1.", "body": [{"text": "x"}]}]},
            "not a valid document: object has no 'type' key (one of section, clause, item, paragraph) "
            "@ $.sections[0].body[0]",
        ),
        (
            {"sections": [{"number": 1, "marker": "1.", "body": [{"type": "table"}]}]},
            "not a valid document: type 'table' is not one of section, clause, item, paragraph @ $.sections[0].body[0]",
        ),
        (
            {"preamble": [{"text": "a", "kind": "FOO"}]},
            "not a valid document: 'FOO' is not a ParagraphKind (one of TEXT, SPEAKER_LABEL) @ $.preamble[0].kind",
        ),
        (
            {"meeting": {"duration": "90 minutes"}},
            "not a valid document: '90 minutes' is not an ISO 8601 duration such as 'PT1H30M' @ $.meeting.duration",
        ),
        ({"title_span": [3]}, "not a valid document: expected a span [start, end], got [3] @ $.title_span"),
        ({"title_span": [3, 1]}, "not a valid document: Span end 1 precedes start 3 @ $.title_span"),
        ({"issued": "2020-13-01"}, "not a valid document: month must be in 1..12 @ $.issued"),
        (
            {"preamble": [{"kind": "TEXT"}]},
            "not a valid document: required field missing @ $.preamble[0].text",
        ),
    ],
)
def test_from_dict_names_what_does_not_fit(data: Any, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        from_dict(data)
    assert str(caught.value) == message


def test_from_json_refuses_invalid_json() -> None:
    with pytest.raises(ValueError, match=r"^not valid JSON: Expecting value: line 1 column 1 \(char 0\)$"):
        from_json("nope")


def test_to_dict_refuses_what_is_not_a_document() -> None:
    with pytest.raises(TypeError, match=r"^to_dict\(\) takes a Document, not Section$"):
        to_dict(Section(1, "1."))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the schema


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_is_read_off_the_model() -> None:
    defs = json_schema()["$defs"]
    classes = [cls for cls in model_classes() if cls is not Span]
    assert {Document, Section, Clause, Item, Paragraph, Meeting, Person, Joint, Statement} <= set(classes)
    for cls in classes:
        names = [a.name for a in attrs.fields(cls)]
        tagged = cls in (Section, Clause, Item, Paragraph, Person, Joint)
        assert list(defs[cls.__name__]["properties"]) == (["type", *names] if tagged else names), cls
        assert defs[cls.__name__]["required"] == list(defs[cls.__name__]["properties"])
    assert defs["MeetingKind"]["enum"] == [k.name for k in MeetingKind]
    assert defs["Section"]["properties"]["type"] == {"const": "section"}
    assert json_schema()["$ref"] == "#/$defs/Document"


def test_schema_builder_reads_any_attrs_class() -> None:
    """What a later field may use: the builder is not limited to today's model."""

    @attrs.frozen
    class Extra:
        """A made-up class."""

        label: typing.Literal["a", "b"]
        scores: dict[str, float]
        pair: tuple[int, str]
        when: dt.datetime | None = None
        flag: bool = False

    builder = _Builder()
    assert builder.of(Extra) == {"$ref": "#/$defs/Extra"}
    assert builder.defs["Extra"] == {
        "description": "A made-up class.",
        "type": "object",
        "properties": {
            "label": {"enum": ["a", "b"]},
            "scores": {"type": "object", "additionalProperties": {"type": "number"}},
            "pair": {
                "type": "array",
                "prefixItems": [{"type": "integer"}, {"type": "string"}],
                "minItems": 2,
                "maxItems": 2,
                "items": False,
            },
            "when": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]},
            "flag": {"type": "boolean"},
        },
        "required": ["label", "scores", "pair", "when", "flag"],
        "additionalProperties": False,
    }
    with pytest.raises(TypeError, match="no JSON Schema for"):
        builder.of(frozenset[int])


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("title",), 3),
        (("issued",), "4 March 2011"),
        (("title_span",), [1, 2, 3]),
        (("title_span",), [-1, 2]),
        (("meeting", "duration"), "25 minutes"),
        (("meeting", "start"), "9am"),
        (("meeting", "kind"), "summit"),
        (("sections", 0, "type"), "clause"),
        (("sections", 0, "body", 0, "type"), "paragraph"),
        (("statements", 0, "speaker", "type"), "person"),
        (("sections", 0, "colour"), "red"),
    ],
)
def test_schema_refuses_what_from_dict_refuses(path: tuple[Any, ...], value: Any) -> None:
    data = to_dict(_sample())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert not _validator().is_valid(data)
    with pytest.raises(ValueError, match=r"^not a valid document: "):
        from_dict(data)


def test_shipped_schema_file_is_current() -> None:
    """Regenerate with: python -m mofa_parse.io.schema > src/mofa_parse/schema.json"""
    from mofa_parse.io.schema import schema_text

    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text()
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json_schema()


def test_schema_module_prints_the_schema() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "mofa_parse.io.schema"],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    ).stdout
    assert out == SCHEMA_FILE.read_text(encoding="utf-8")


def test_import_mofa_parse_does_not_load_serialization() -> None:
    code = (
        "import sys, mofa_parse; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('cattrs', 'tqdm', 'jsonschema') "
        "or m in ('mofa_parse.io.serialize', 'mofa_parse.io.schema', 'mofa_parse.io.cli')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "[]\n"


def test_parsed_seeds_round_trip_and_validate(seed_paths: list[Path]) -> None:
    assert len(seed_paths) == 5
    validator = _validator()
    for path in seed_paths:
        doc = mofa_parse.parse_file(path)
        data = json.loads(to_json(doc))
        validator.validate(data)
        back = from_dict(data)
        assert back == doc
        assert to_dict(back) == to_dict(doc)
        assert back.source == path.read_text(encoding="utf-8")
