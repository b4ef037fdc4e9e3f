"""Round-trip properties over generated trees and arbitrary text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import mofa_parse
from mofa_parse.strategies import documents


@given(documents())
def test_parse_of_render_is_the_document(doc: mofa_parse.Document) -> None:
    assert mofa_parse.parse(mofa_parse.render(doc)) == doc


@given(documents())
def test_render_is_a_fixed_point(doc: mofa_parse.Document) -> None:
    rendered = mofa_parse.render(doc)
    assert mofa_parse.render(mofa_parse.parse(rendered)) == rendered


@given(documents())
def test_generated_documents_parse_without_structural_warnings(doc: mofa_parse.Document) -> None:
    parsed = mofa_parse.parse(mofa_parse.render(doc))
    structural = {d.code for d in parsed.warnings if d.severity is mofa_parse.Severity.WARNING}
    assert structural <= {"no-title", "no-date", "date-month-only", "empty-heading"}


_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("\n\n\n\r  \t()•-*.1234IVXAaB:<>\u00a0\ufeff"),
        st.characters(),
    ),
    max_size=400,
)


@given(_TEXT)
def test_any_text_parses_leniently_and_keeps_its_source(text: str) -> None:
    doc = mofa_parse.parse(text)
    assert doc.source == text
    again = mofa_parse.parse(mofa_parse.render(doc))
    assert again == doc


@example("0\ra")  # a title continued on a second line
@given(_TEXT)
def test_every_non_blank_line_lands_in_a_node(text: str) -> None:
    doc = mofa_parse.parse(text)
    owners = _line_owners(doc)
    starts = [0]
    for index, char in enumerate(text):
        if char == "\n" or (char == "\r" and text[index + 1 : index + 2] != "\n"):
            starts.append(index + 1)
    lines = mofa_parse.structure.lines.line_starts(text)
    assert lines == starts
    for number, start in enumerate(lines, 1):
        end = lines[number] if number < len(lines) else len(text)
        content = text[start:end].strip(mofa_parse.structure.lines.WHITESPACE + "\r\n")
        if content:
            assert owners.get(number, 0) >= 1, (number, content)


def _line_owners(doc: mofa_parse.Document) -> dict[int, int]:
    """How many leaf spans (paragraphs, chrome, header fields, marker lines) cover each line."""
    import bisect

    starts = mofa_parse.structure.lines.line_starts(doc.source)
    counts: dict[int, int] = {}

    def own(start: int, end: int) -> None:
        first = bisect.bisect_right(starts, start)
        last = bisect.bisect_right(starts, max(start, end - 1))
        for line in range(first, last + 1):
            counts[line] = counts.get(line, 0) + 1

    for span in (doc.title_span, doc.subtitle_span, doc.issued_span):
        if span is not None:
            own(span.start, span.end)
    for chrome in doc.chrome:
        assert chrome.span is not None
        own(chrome.span.start, chrome.span.end)
    for block in (*doc.preamble, *doc.iter_blocks()):
        assert block.span is not None
        # A paragraph covers its line; a marker node owns the line its marker stands on.
        own(block.span.start, block.span.end if isinstance(block, mofa_parse.Paragraph) else block.span.start + 1)
    return counts
