"""The canonical plain-text form of a document.

Layout: page furniture first (one line each, in order; right above the title,
with no blank line, as a photo caption stands there), then the title, the
subtitle in parentheses, the date line, the lead paragraphs, and the body. A
title that would read as the category line above the date line ("Japan-X
Relations") is written below the date line instead, where it reads as the title.
Section, part and clause markers stand at column 0; list items are indented
two spaces a level, and an item's continuation paragraphs two more. Every
block is followed by a blank line. A heading, or the first paragraph of a
section, clause or item, shares its marker's line; a first paragraph that
would read as a heading goes on the line below instead.

``parse(render(doc)) == doc`` holds for every tree ``parse`` produces and for
the trees ``mofa_parse.strategies`` generates. Texts that would themselves read
as structure (a paragraph that starts with a marker, or is a date line or page
furniture) cannot be written unambiguously in plain text; ``render`` writes
them as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from mofa_parse.model import Block, Clause, Document, Item, Paragraph, Section
from mofa_parse.structure.furniture import chrome_kind
from mofa_parse.structure.markers import is_heading

__all__ = ["render"]

_STEP = "  "


def render(doc: Document) -> str:
    """The canonical text of ``doc``; see the module docstring for the layout."""
    out: list[str] = []
    date_first = _title_below_date(doc)
    if doc.chrome:
        out.extend(chrome.text for chrome in doc.chrome)
        if not doc.title or date_first:
            out.append("")
    if date_first:
        out.extend((doc.issued_text or "", ""))
    if doc.title:
        out.append(doc.title)
        if doc.subtitle is not None:
            out.append(f"({doc.subtitle})")
        out.append("")
    if doc.issued_text is not None and not date_first:
        out.append(doc.issued_text)
        out.append("")
    for paragraph in doc.preamble:
        out.append(paragraph.text)
        out.append("")
    for section in doc.sections:
        _section(section, out)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n" if out else ""


def _title_below_date(doc: Document) -> bool:
    """Whether the title goes below the date line: above it, it would read as a category line."""
    return bool(doc.title) and doc.issued_text is not None and chrome_kind(doc.title, header=True) is not None


def _opening(marker: str, heading: str | None, body: Sequence[Block]) -> tuple[str, int]:
    """The marker line and how many body blocks it consumed."""
    if heading is not None:
        return f"{marker} {heading}", 0
    if body and isinstance(body[0], Paragraph) and not is_heading(body[0].text):
        return f"{marker} {body[0].text}", 1
    return marker, 0


def _section(section: Section, out: list[str]) -> None:
    line, used = _opening(section.marker, section.title, section.body)
    out.append(line)
    out.append("")
    for block in section.body[used:]:
        if isinstance(block, Section):
            _section(block, out)
        elif isinstance(block, Clause):
            _clause(block, out)
        else:
            _flow_block(block, "", out)


def _clause(clause: Clause, out: list[str]) -> None:
    line, used = _opening(clause.marker, clause.heading, clause.body)
    out.append(line)
    out.append("")
    for block in clause.body[used:]:
        _flow_block(block, "", out)


def _flow_block(block: Block, indent: str, out: list[str]) -> None:
    """A paragraph at ``indent``, or an item whose marker stands one step deeper."""
    if isinstance(block, Paragraph):
        out.append(indent + block.text)
        out.append("")
        return
    assert isinstance(block, Item)
    marker_indent = indent + _STEP
    body = block.body
    if body and isinstance(body[0], Paragraph):
        out.append(f"{marker_indent}{block.marker} {body[0].text}")
        body = body[1:]
    else:
        out.append(marker_indent + block.marker)
    out.append("")
    inner = marker_indent + _STEP
    for child in body:
        if isinstance(child, Paragraph):
            out.append(inner + child.text)
            out.append("")
        else:
            _flow_block(child, marker_indent, out)
