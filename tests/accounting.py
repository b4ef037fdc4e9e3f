"""Accounting for every character of a parsed document's source.

``account(doc)`` checks the promise that nothing is lost: every character of
``doc.source`` that is not white space lies in exactly one *atom*, and every
atom holds exactly the text the tree says it does. The atoms are

* each paragraph's span (preamble and body), which is its text;
* each chrome span, which is its text;
* the title span (the title's lines joined by one space), the subtitle with the
  brackets around it, and the date line;
* the head of each section, clause and item: its marker as written, and its
  heading where it has one, which follows the marker on the same line.

White space is what the line classifier strips (``mofa_parse.structure.lines.WHITESPACE``)
plus the line breaks. The check sorts the atoms once and runs in time linear in
the size of the source, so it can be used on pathological inputs too.
"""

from __future__ import annotations

import re

from mofa_parse import Chrome, Clause, Document, Item, Paragraph, Section
from mofa_parse.model import Span
from mofa_parse.structure.lines import WHITESPACE

__all__ = ["Atom", "account", "atoms"]

_BLANK = "[" + re.escape(WHITESPACE + "\r\n") + "]*"
_GAP = re.compile(_BLANK)
_SPACE = re.compile("[" + re.escape(WHITESPACE) + "]*")
_BREAK = re.compile(r"\r\n|\r|\n")

Atom = tuple[int, int, str]  # start, end, what it is


def _span(span: Span | None, what: str) -> Span:
    assert span is not None, f"{what} has no span"
    return span


def _text_atom(source: str, span: Span | None, text: str, what: str) -> Atom:
    found = _span(span, what)
    written = source[found.start : found.end]
    assert written == text, f"{what} span {found.start}:{found.end} holds {written!r}, not {text!r}"
    return found.start, found.end, what


def _head_atom(source: str, node: Section | Clause | Item, heading: str | None) -> Atom:
    what = f"{type(node).__name__} {node.marker!r}"
    span = _span(node.span, what)
    end = span.start + len(node.marker)
    written = source[span.start : end]
    assert written == node.marker, f"{what} marker at {span.start} reads {written!r}"
    if heading is not None:
        gap = _SPACE.match(source, end)
        assert gap is not None
        at = gap.end()
        found = source[at : at + len(heading)]
        assert found == heading, f"{what} heading at {at} reads {found!r}, not {heading!r}"
        end = at + len(heading)
    assert span.end >= end, f"{what} span {span.start}:{span.end} ends inside its head"
    return span.start, end, what


def _subtitle_atom(source: str, doc: Document) -> Atom:
    assert doc.subtitle is not None
    start, end, what = _text_atom(source, doc.subtitle_span, doc.subtitle, "subtitle")
    left = start
    while left > 0 and source[left - 1] in WHITESPACE:
        left -= 1
    if left > 0 and source[left - 1] in "(<\uff08":
        start = left - 1
    right = _SPACE.match(source, end)
    assert right is not None
    if source[right.end() : right.end() + 1] in (")", ">", "\uff09"):
        end = right.end() + 1
    return start, end, what


def _title_atom(source: str, doc: Document) -> Atom:
    span = _span(doc.title_span, "title")
    lines = _BREAK.split(source[span.start : span.end])
    joined = " ".join(line.strip(WHITESPACE) for line in lines)
    assert joined == doc.title, f"title span holds {joined!r}, not {doc.title!r}"
    return span.start, span.end, "title"


def atoms(doc: Document) -> list[Atom]:
    """Every atom of ``doc``, in no particular order; asserts that each holds its text."""
    source = doc.source
    found: list[Atom] = []
    if doc.title:
        found.append(_title_atom(source, doc))
    else:
        assert doc.title_span is None, "an empty title has a span"
    if doc.subtitle is not None:
        found.append(_subtitle_atom(source, doc))
    if doc.issued_text is not None:
        found.append(_text_atom(source, doc.issued_span, doc.issued_text, "date line"))
    for chrome in doc.chrome:
        assert isinstance(chrome, Chrome)
        found.append(_text_atom(source, chrome.span, chrome.text, f"chrome {chrome.kind.value}"))
    for paragraph in doc.preamble:
        found.append(_text_atom(source, paragraph.span, paragraph.text, "lead paragraph"))
    stack: list[Section | Clause | Item | Paragraph] = list(reversed(doc.sections))
    while stack:  # depth first, without recursion
        block = stack.pop()
        if isinstance(block, Paragraph):
            found.append(_text_atom(source, block.span, block.text, "paragraph"))
            continue
        if isinstance(block, Section):
            heading = block.title
        elif isinstance(block, Clause):
            heading = block.heading
        else:
            heading = None
        found.append(_head_atom(source, block, heading))
        stack.extend(reversed(block.body))
    return found


def account(doc: Document) -> None:
    """Assert that every non-white character of ``doc.source`` lies in exactly one atom."""
    source = doc.source
    found = sorted(atoms(doc))
    at = 0
    previous = "the start of the source"
    for start, end, what in found:
        assert start >= at, f"{what} at {start}:{end} overlaps {previous} ending at {at}"
        gap = _GAP.match(source, at, start)
        assert gap is not None and gap.end() == start, (
            f"text {source[gap.end() if gap else at : start][:60]!r} between {previous} and {what} is in no atom"
        )
        at = end
        previous = what
    gap = _GAP.match(source, at)
    assert gap is not None and gap.end() == len(source), (
        f"text {source[gap.end() if gap else at :][:60]!r} after {previous} is in no atom"
    )
