"""Meeting metadata: who met whom, when, where, for how long (not yet implemented)."""

from __future__ import annotations

from .model import Document

__all__ = ["apply"]


def apply(doc: Document) -> Document:
    """Fill ``doc.meeting`` and ``doc.people`` from the title, date line and lead."""
    return doc
