"""The body as the speech pass reads it: paragraphs and headings in reading order, each with where it sits.

A block statement's content runs over the paragraphs and items that follow it
within its clause or section, so each paragraph carries its section, clause,
scope (which section and clause it belongs to), the items it is inside and the
marker it opens with.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from mofa_parse.model import Block, Clause, Document, Item, Paragraph, ParagraphKind, Section, Span

__all__ = ["Unit", "units"]


@attrs.frozen
class Unit:
    """One paragraph (or heading) of the body.

    ``base`` is where its text begins in ``Document.source`` (None where the
    document has no source); ``scope`` names the section and clause it belongs
    to; ``items`` the items it is inside; ``marker`` the item's or clause's
    marker it opens with; ``label`` whether the structure pass read it as a
    speaker label.
    """

    text: str
    base: int | None
    section: int | None
    clause: int | None
    scope: tuple[int, int]
    items: tuple[int, ...]
    marker: str | None
    label: bool

    @property
    def end(self) -> int | None:
        """Where the paragraph ends in ``Document.source``."""
        return None if self.base is None else self.base + len(self.text)

    def line(self) -> str:
        """The paragraph as a line of block text: an item's or clause's marker, then the text."""
        return f"{self.marker} {self.text}" if self.marker else self.text


def units(doc: Document) -> Iterator[Unit]:
    """The body's paragraphs and headings in reading order, one at a time, none kept."""
    walker = _Walker(doc.source)
    yield from walker.walk(doc.preamble, None, None, (0, 0), (), None)
    for section in doc.sections:
        scope = (walker.new_id(), 0)
        yield from walker.heading(section.title, section.span, section.number, None, scope, section.marker)
        yield from walker.walk(section.body, section.number, None, scope, (), None)


class _Walker:
    """Builds the units of one document, numbering its items, clauses and sections 1, 2, 3, ..."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.last_id = 0

    def new_id(self) -> int:
        self.last_id += 1
        return self.last_id

    def base_of(self, paragraph: Paragraph) -> int | None:
        """Where the paragraph's text begins in the source, within its span."""
        span = paragraph.span
        if span is None or not self.source:
            return None
        if self.source.startswith(paragraph.text, span.start):
            return span.start
        found = self.source.find(paragraph.text, span.start, max(span.end, span.start + len(paragraph.text)))
        return None if found < 0 else found

    def heading(
        self,
        text: str | None,
        span: Span | None,
        section: int | None,
        clause: int | None,
        scope: tuple[int, int],
        marker: str,
    ) -> Iterator[Unit]:
        """A heading is read like a paragraph: a line the structure pass took for one may be a sentence."""
        if not text:
            return
        base = None
        if span is not None and self.source:
            found = self.source.find(text, span.start, span.end)
            base = None if found < 0 else found
        yield Unit(text, base, section, clause, scope, (), marker, False)

    def walk(
        self,
        blocks: Sequence[Block],
        section: int | None,
        clause: int | None,
        scope: tuple[int, int],
        items: tuple[int, ...],
        marker: str | None,
    ) -> Iterator[Unit]:
        first = True
        for block in blocks:
            if isinstance(block, Paragraph):
                label = block.kind is ParagraphKind.SPEAKER_LABEL
                opening = marker if first else None
                yield Unit(block.text, self.base_of(block), section, clause, scope, items, opening, label)
            elif isinstance(block, Item):
                yield from self.walk(block.body, section, clause, scope, (*items, self.new_id()), block.marker)
            elif isinstance(block, Clause):
                inner = (scope[0], self.new_id())
                yield from self.heading(block.heading, block.span, section, block.number, inner, block.marker)
                opening_marker = None if block.heading else block.marker
                yield from self.walk(block.body, section, block.number, inner, (), opening_marker)
            elif isinstance(block, Section):
                inner = (self.new_id(), 0)
                yield from self.heading(block.title, block.span, section, None, inner, block.marker)
                yield from self.walk(block.body, section, None, inner, (), None)
            first = False
