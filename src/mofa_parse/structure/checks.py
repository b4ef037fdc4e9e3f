"""Structural diagnostics: what departs from the layout conventions.

Reads the built sections and header fields and reports, with line and column: a missing title or date
line, numbering that starts elsewhere than 1, repeats, skips or goes back, and
headings with no body. Lenient parsing keeps what is written; strict parsing
raises on the first of these.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from mofa_parse.model import Block, Clause, Diagnostic, Item, Paragraph, Section, Severity, Span
from mofa_parse.text.alike import Alike

__all__ = ["check_structure", "position"]

_FLOW_BLOCKS = (Item, Paragraph)


def position(starts: Sequence[int], offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``, given the offsets where lines start."""
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


class _Reporter:
    """The diagnostics of one document; those written alike (a long readout may repeat its
    numbering slips) share their message, line text and code through ``alike``."""

    def __init__(self, source: str, starts: Sequence[int]) -> None:
        self.source = source
        self.starts = starts
        self.found: list[Diagnostic] = []
        self.alike = Alike()

    def at(self, span: Span | None, message: str, code: str) -> None:
        offset = span.start if span is not None else 0
        line, column = position(self.starts, offset)
        begin = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.source)
        text = self.source[begin:end].strip()
        alike = self.alike
        self.found.append(Diagnostic(line, column, alike(message), alike(text), alike(code), Severity.WARNING))


def _numbered(kind: str, nodes: Sequence[Section | Clause | Item], report: _Reporter) -> None:
    """Numbering that starts elsewhere than 1, repeats, skips or goes back.

    Lists of items may start anywhere (a list often continues a count begun in
    the text), so only their repeats and jumps are reported.
    """
    previous: Section | Clause | Item | None = None
    for node in nodes:
        number = node.ordinal if isinstance(node, Item) else node.number
        if number is None:
            previous = None
            continue
        label = node.marker
        if previous is None:
            if number != 1 and kind != "item":
                report.at(node.span, f"{kind} numbering starts at {label}", f"{kind}-numbering")
        else:
            before = previous.ordinal if isinstance(previous, Item) else previous.number
            assert before is not None
            if number == before:
                report.at(node.span, f"{kind} {label} repeats {previous.marker}", f"{kind}-numbering")
            elif number != before + 1:
                verb = "goes back to" if number < before else "skips to"
                report.at(
                    node.span,
                    f"{kind} numbering {verb} {label} after {previous.marker}",
                    f"{kind}-numbering",
                )
        previous = node


def _walk(kind: str, sections: Sequence[Section], report: _Reporter) -> None:
    _numbered(kind, sections, report)
    for section in sections:
        if section.title is not None and not section.body:
            report.at(section.span, f"heading {section.marker} {section.title!r} has no body", "empty-heading")
        nested = _body(section.body, report)  # section.subsections
        if nested:
            _walk("subsection" if nested[0].marker[0].isalpha() and section.marker[0] not in "IVX" else "section",
                  nested, report)


def _body(body: Sequence[Block], report: _Reporter) -> list[Section]:
    """Check the clauses and the flow of ``body``; return the sections in it, for the caller to check.

    A paragraph or an item (not of a subclass) is sorted by its type alone: neither
    is an instance of another node class.
    """
    clauses: list[Clause] = []
    flow: list[Block] = []
    nested: list[Section] = []
    for block in body:
        kind = type(block)
        if kind is Paragraph or kind is Item:
            flow.append(block)
            continue
        if isinstance(block, Clause):
            clauses.append(block)
        elif isinstance(block, _FLOW_BLOCKS):
            flow.append(block)
        if isinstance(block, Section):
            nested.append(block)
    _numbered("clause", clauses, report)
    for clause in clauses:
        if clause.heading is not None and not clause.body:
            report.at(clause.span, f"clause {clause.marker} heading {clause.heading!r} has no body", "empty-heading")
        _flow(clause.body, report)
    _flow(flow, report)
    return nested


def _flow(body: Sequence[Block], report: _Reporter) -> None:
    """Each run of items (items next to each other) is numbered on its own."""
    run: list[Item] | None = None  # most bodies hold no item: no list for them
    for block in body:
        if isinstance(block, Item):
            if run is None:
                run = [block]
            else:
                run.append(block)
        elif run is not None:
            _items(run, report)
            run = None
    if run is not None:
        _items(run, report)


def _items(run: list[Item], report: _Reporter) -> None:
    _numbered_items(run, report)
    for item in run:
        _flow(item.body, report)


def _numbered_items(run: list[Item], report: _Reporter) -> None:
    """``_numbered("item", run, report)`` for a run of items: repeats and jumps, read from the ordinals."""
    previous: Item | None = None
    for node in run:
        number = node.ordinal
        if number is None:
            previous = None
            continue
        if previous is not None:
            before = previous.ordinal
            assert before is not None
            if number == before:
                report.at(node.span, f"item {node.marker} repeats {previous.marker}", "item-numbering")
            elif number != before + 1:
                verb = "goes back to" if number < before else "skips to"
                report.at(node.span, f"item numbering {verb} {node.marker} after {previous.marker}", "item-numbering")
        previous = node


def check_structure(
    title: str, issued_text: str | None, sections: Sequence[Section], source: str, starts: Sequence[int]
) -> list[Diagnostic]:
    """Every structural departure of a document with these header fields and sections, in no particular order.

    The parser checks the parts before it builds the ``Document``, so that the
    document is built once, with its warnings.
    """
    report = _Reporter(source, starts)
    if not title:
        report.found.append(
            Diagnostic(1, 1, "no title: the readout does not start with a title line", "", "no-title")
        )
    if issued_text is None:
        report.found.append(Diagnostic(1, 1, "no date line", "", "no-date"))
    parts = [s for s in sections if s.marker[:1] in "IVX" and s.marker.endswith(".") and not s.marker[0].isdigit()]
    _walk("part" if parts and len(parts) == len(sections) else "section", sections, report)
    return report.found
