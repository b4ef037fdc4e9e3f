"""A compact, readable skeleton of a document tree, for exact tree assertions.

Each node is one line, indented two spaces per level. Paragraphs show their
first ``width`` characters after ``¶``; speaker labels show ``@`` instead.
Sections and clauses show their marker and heading; items their marker and
ordinal. Everything that takes part in equality appears, so that two outlines
(with full width) are equal exactly when the trees are.
"""

from __future__ import annotations

from mofa_parse import Clause, Document, Item, Paragraph, ParagraphKind, Section
from mofa_parse.model import Block


def _para(paragraph: Paragraph, width: int) -> str:
    sign = "@" if paragraph.kind is ParagraphKind.SPEAKER_LABEL else "¶"
    return f"{sign} {paragraph.text[:width]}".rstrip()


def _block(block: Block, depth: int, width: int, out: list[str]) -> None:
    pad = "  " * depth
    if isinstance(block, Paragraph):
        out.append(pad + _para(block, width))
        return
    if isinstance(block, Section):
        out.append(f"{pad}§ {block.marker} {block.title}" if block.title is not None else f"{pad}§ {block.marker}")
    elif isinstance(block, Clause):
        out.append(f"{pad}{block.marker} {block.heading}" if block.heading is not None else f"{pad}{block.marker}")
    else:
        assert isinstance(block, Item)
        out.append(f"{pad}- {block.marker} #{block.ordinal}")
    for child in block.body:
        _block(child, depth + 1, width, out)


def outline(doc: Document, width: int = 30) -> list[str]:
    """The skeleton of ``doc``, one string per node."""
    out = [f"title: {doc.title}"]
    if doc.subtitle is not None:
        out.append(f"subtitle: {doc.subtitle}")
    if doc.issued_text is not None:
        out.append(f"issued: {doc.issued_text} = {doc.issued}")
    for chrome in doc.chrome:
        out.append(f"chrome {chrome.kind.value}: {chrome.text}")
    for paragraph in doc.preamble:
        out.append("lead " + _para(paragraph, width))
    for section in doc.sections:
        _block(section, 0, width, out)
    return out


def codes(doc: Document) -> list[str]:
    """The diagnostics of ``doc`` as ``line:column code`` strings."""
    return [f"{d.line}:{d.column} {d.code}" for d in doc.warnings]
