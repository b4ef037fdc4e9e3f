"""Property tests: the promises of ``parse`` and ``render`` hold for any input.

Two kinds of input:

* arbitrary text: any code point (lone surrogates and NUL included), weighted
  towards the characters that trouble line-based parsers: CR, CRLF, BOM, NBSP,
  tabs, form feeds, zero-width and right-to-left marks, Unicode line separators;
* readout soup: random sequences of real-looking lines — markers of every style
  and level, alone or combined, headings, running text with markers inside it,
  date lines, page furniture, subtitles, speaker labels, labelled fields —
  with random indentation, blank or white-space-only lines and mixed line ends.
  The *hostile* soup also strings up to three markers of any style together
  and adds stray white space, trailing "photo" and arbitrary fragments.

The properties: lenient parsing never raises, keeps the source and accounts for
every character (``accounting.account``); strict parsing raises only
``ParseError``, for the first warning; render output parses again; parsed
documents round-trip through render (arbitrary text and readout soup) and
through ``to_json``.

Under ``CI=true`` every property runs ``FUZZ_EXAMPLES`` (2,000) examples.
"""

from __future__ import annotations

import json
import os
import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import mofa_parse
from accounting import account
from mofa_parse import Document, ParseError, Severity

#: Examples per property: 2,000 in CI, the profile's default elsewhere.
FUZZ_EXAMPLES = 2000 if os.environ.get("CI") else settings.default.max_examples
fuzz = settings(max_examples=FUZZ_EXAMPLES)

# --------------------------------------------------------------------------- arbitrary text

#: Characters that trouble line-based parsers: line ends, white space that is not " ",
#: invisible and bidirectional marks, NUL, lone surrogates, a noncharacter.
TROUBLE = (
    "\x00\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2003\u200a\u200b\u200c\u200d"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2028\u2029\u2066\u2069\u3000\ufeff\ud800\udfff\uffff"
)
_MARKUP = "1.()aAIVX-•*:> \n"


def arbitrary_text(max_size: int = 300) -> st.SearchStrategy[str]:
    """Any string at all, weighted towards trouble characters and marker punctuation."""
    alphabet = st.one_of(
        st.characters(exclude_categories=()),  # every code point, surrogates included
        st.sampled_from(TROUBLE),
        st.sampled_from(_MARKUP),
        st.sampled_from(["\r\n"]),
    )
    return st.lists(alphabet, max_size=max_size).map("".join)


# --------------------------------------------------------------------------- readout soup

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
LETTERS = "abcdefghijkl"
HEADINGS = (
    "Overview",
    "Peace treaty issue",
    "Bilateral relations",
    "Economy",
    "North Korea",
    "Results",
    "Fisheries",
    "Other issues",
    "Introductory Remarks",
)
SENTENCES = (
    "Prime Minister Sato stated that the two countries would cooperate.",
    "The two leaders discussed (a) bilateral relations and (b) regional affairs.",
    "President Lind agreed on (1) trade and (2) energy.",
    'In response, President Lind said that it was "a good idea."',
    "The two leaders welcomed the progress. photo",
    "Both sides agreed to continue consultations (photo)",
    "At the outset, Prime Minister Sato expressed his condolences.",
    "Prime Minister Sato made the following statements:",
    "he said.",
    "On September 2, commencing at 10:00, Mr. Sato held a meeting with Mr. Lind.",
    "The overview is as follows.",
)
DATES = (
    "November 22, 2004",
    "15 November 2000",
    "Tuesday, June 19, 2012",
    "July 2003",
    "2004-11-22",
    "February 30, 2004",
    "Sept. 3, 2001",
    "1 Jan 2020",
)
CHROME = (
    "Back to Index",
    "Back to Japan-Lindland Relations",
    "Summary of Meetings",
    "Japanese",
    "Press Releases",
    "Japan-Lindland Relations",
    "Countries & Regions",
    "Diplomatic Relations",
    "Home > News > Diplomatic Relations > June 2012 > Japan-Lindland Talks",
    "photo(Foreign Minister Sato and Foreign Minister Lind) photo(The meeting)",
    "(photo)",
    "(Photo) The two leaders",
    "(Photo: Cabinet Public Relations Office)",
    "photo",
    "Ministry of Foreign Affairs",
    "Ministry of Foreign Affairs, Japan",
    "[Provisional Translation]",
    "* The foregoing is a provisional translation.",
    "(The foregoing is a provisional translation.)",
    "Back to Top",
)
TITLES = (
    "Japan-Lindland Summit Meeting",
    "Outline of the Japan-Lindland Foreign Ministers' Meeting",
    "Japan-Lindland Summit Meeting (Overview)",
    "Japan-Lindland Telephone Talk <Outline & Evaluation>",
    "Summary of the Japan-Lindland Summit",
    "Courtesy Call on Prime Minister Sato",
)
TITLE_CONTINUATIONS = (
    "on the occasion of the APEC Meeting",
    "between Prime Minister Sato and President Lind",
    "and the Republic of Lindland",
    "with President Lind",
)
SUBTITLES = ("(Overview)", "(Summary)", "(Outline)", "(Overview of Results)", "(Results and Outline)", "<Outline & Evaluation>")
SPEAKERS = ("President Lind", "Prime Minister Sato", "Prime Minister Sato:", "Secretary of State Lind")
FIELDS = ("Time: 18:00-19:00", "Place: Tokyo", "Date: July 2003")
ODD = ("(", ")", '"', "\u201c", "((((", "))))", "(1", "1.(", "I", "1.", "(1)", "-", "a.", "A. B. C.", "1. 1. 1.")

_N = st.integers(1, 12)
_LETTER = st.sampled_from(LETTERS)


def single_marker() -> st.SearchStrategy[str]:
    """One marker of any style conventions.md lists, at any level."""
    return st.one_of(
        _N.map(lambda n: f"{n}."),
        _N.map(str),
        _N.map(lambda n: f"{ROMAN[n - 1]}."),
        _LETTER.map(lambda c: f"{c.upper()}."),
        _N.map(lambda n: f"({n})"),
        _LETTER.map(lambda c: f"({c})"),
        _LETTER.map(lambda c: f"{c})"),
        _N.map(lambda n: f"{n})"),
        st.sampled_from("•-*・"),
    )


def combined_marker() -> st.SearchStrategy[str]:
    """The combined forms of conventions.md: "(1) (a)", "- (1)", "3. (1)", "1. 1."."""
    return st.one_of(
        st.tuples(_N, _LETTER).map(lambda t: f"({t[0]}) ({t[1]})"),
        _N.map(lambda n: f"- ({n})"),
        st.tuples(_N, _N).map(lambda t: f"{t[0]}. ({t[1]})"),
        _N.map(lambda n: f"{n}. {n}."),
    )


def any_marker() -> st.SearchStrategy[str]:
    """Any marker shape the line classifier knows, including ones no readout uses."""
    return st.one_of(
        single_marker(),
        _N.map(lambda n: f"\uff08{n}\uff09"),
        st.sampled_from(ROMAN).map(lambda r: f"({r.lower()})"),
        st.sampled_from(ROMAN).map(lambda r: f"{r.lower()})"),
        _LETTER.map(lambda c: f"{c}."),
        _LETTER.map(lambda c: f"({c.upper()})"),
        _N.map(lambda n: f"{n}. {n}."),
        st.sampled_from("○●◆◇■□▪–—"),
    )


def _plain_line() -> st.SearchStrategy[str]:
    return st.one_of(
        *(st.sampled_from(words) for words in (HEADINGS, SENTENCES, DATES, CHROME, TITLES)),
        *(st.sampled_from(words) for words in (TITLE_CONTINUATIONS, SUBTITLES, SPEAKERS, FIELDS)),
    )


def _marked_line(markers: st.SearchStrategy[str], text: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(markers, st.sampled_from([" ", " ", ""]), text).map("".join)


def _join(lines: list[str], end: str | None, rng: random.Random) -> str:
    if end is not None:
        return end.join(lines)
    return "".join(line + rng.choice(["\n", "\r\n", "\r", "\n\n"]) for line in lines)


def _document(line: st.SearchStrategy[str], max_lines: int) -> st.SearchStrategy[str]:
    return st.builds(
        _join,
        st.lists(line, max_size=max_lines),
        st.sampled_from(["\n", "\r\n", "\r", None]),
        st.randoms(use_true_random=False),
    )


def readout_soup(max_lines: int = 40) -> st.SearchStrategy[str]:
    """Real-looking lines in random order: every kind of line a readout has, markers as readouts write them."""
    marked = _marked_line(st.one_of(single_marker(), single_marker(), combined_marker()), st.sampled_from(HEADINGS + SENTENCES))
    content = st.one_of(_plain_line(), marked, marked)
    indent = st.sampled_from(["", "", "", " ", "  ", "    ", "\t"])
    return _document(st.one_of(st.tuples(indent, content).map("".join), st.just("")), max_lines)


def hostile_soup(max_lines: int = 40) -> st.SearchStrategy[str]:
    """Readout soup at its worst: up to three markers of any style, odd spacing, arbitrary fragments."""
    fragment = arbitrary_text(40).map(lambda text: text.replace("\r", " ").replace("\n", " "))
    text = st.one_of(_plain_line(), st.sampled_from(ODD), fragment)
    markers = st.lists(any_marker(), max_size=3).flatmap(lambda ms: st.sampled_from([" ", "", "  ", "\t"]).map(lambda sep: sep.join(ms)))
    spacing = st.sampled_from([" ", "", "  ", "\u00a0", "\t", "\u2003"])
    tail = st.sampled_from(["", "", "", " ", " photo", "\u00a0", "\u200b"])
    content = st.builds(lambda m, s, t, e: (m + s + t if m else t) + e, markers, spacing, text, tail)
    indent = st.sampled_from(["", "", "", " ", "  ", "   ", "    ", "     ", "\t", "\u00a0", "\u3000", " \t", "\ufeff", "\u200b"])
    blank = st.sampled_from(["", "", " ", "\t", "\u00a0", "\u3000\u200b"])
    return _document(st.one_of(st.tuples(indent, content).map("".join), blank), max_lines)


# --------------------------------------------------------------------------- the promises

#: Words of the parser generator that a message must not show a reader: "__ANON_3", "UnexpectedToken",
#: the grammar's terminal names. Quoted source text is taken out of the message first.
_PARSER_WORDS = re.compile(
    r"__\w|\$END|Unexpected|Token|Lark|\b(?:PARA|ITEM|END|CLAUSE|SECTION|SUBSECTION|PART|TITLE(?:_CONT)?|SUBTITLE|DATE)\b"
)
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def check_lenient(text: str) -> Document:
    """``parse`` keeps its promises on ``text``: no exception, source kept, every character accounted for."""
    doc = mofa_parse.parse(text)
    assert doc.source is text
    assert [d for d in doc.warnings if d.code == "internal"] == []
    account(doc)
    for diagnostic in doc.warnings:
        assert diagnostic.line >= 1 and diagnostic.column >= 1
        assert not _PARSER_WORDS.search(_QUOTED.sub("", diagnostic.message)), diagnostic.message
    return doc


def check_strict(text: str) -> None:
    """``parse(strict=True)`` raises only ``ParseError``, and only for the first warning lenient parsing finds."""
    lenient = mofa_parse.parse(text)
    warnings = [d for d in lenient.warnings if d.severity is Severity.WARNING]
    try:
        doc = mofa_parse.parse(text, strict=True)
    except ParseError as error:
        first = warnings[0]
        assert (error.line, error.column, error.message, error.text) == (
            first.line,
            first.column,
            first.message,
            first.text,
        )
        return
    assert warnings == []
    assert doc == lenient


def check_render(doc: Document) -> None:
    """``render`` output parses again, keeping every promise of a lenient parse."""
    check_lenient(mofa_parse.render(doc))


def check_round_trip(doc: Document) -> None:
    """``parse(render(doc)) == doc`` for a parsed ``doc``, and its text is a fixed point of render and parse."""
    text = mofa_parse.render(doc)
    again = mofa_parse.parse(text)
    assert again == doc
    assert mofa_parse.render(again) == text


@fuzz
@given(arbitrary_text())
def test_lenient_parse_of_arbitrary_text(text: str) -> None:
    check_lenient(text)


@fuzz
@given(hostile_soup())
def test_lenient_parse_of_hostile_soup(text: str) -> None:
    check_lenient(text)


@fuzz
@given(st.one_of(arbitrary_text(), hostile_soup()))
def test_strict_parse_raises_only_parse_error(text: str) -> None:
    check_strict(text)


@fuzz
@given(st.one_of(arbitrary_text(), hostile_soup()))
def test_render_output_parses_again(text: str) -> None:
    check_render(mofa_parse.parse(text))


@fuzz
@given(arbitrary_text())
def test_round_trip_of_arbitrary_text(text: str) -> None:
    check_round_trip(mofa_parse.parse(text))


@fuzz
@given(readout_soup())
def test_round_trip_of_readout_soup(text: str) -> None:
    doc = check_lenient(text)
    check_round_trip(doc)


#: A high surrogate directly followed by a low one: in JSON text, the one character they encode.
SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def check_json(doc: Document) -> None:
    """``to_json`` output is UTF-8 text that loads again, as JSON and as the same document
    (spans, source and all); a surrogate pair in the source reads back as the character it encodes."""
    text = mofa_parse.to_json(doc)
    assert isinstance(json.loads(text.encode("utf-8")), dict)
    again = mofa_parse.from_json(text)
    if SURROGATE_PAIR.search(doc.source):
        assert mofa_parse.to_dict(again) == json.loads(text)
        return
    assert again == doc
    assert repr(again) == repr(doc)


@fuzz
@given(st.one_of(arbitrary_text(), hostile_soup()))
def test_json_loads_again(text: str) -> None:
    check_json(mofa_parse.parse(text))
