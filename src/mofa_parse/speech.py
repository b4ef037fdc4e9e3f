"""Speech attribution: who said what, in reply to whom (not yet implemented)."""

from __future__ import annotations

from .model import Document

__all__ = ["apply"]


def apply(doc: Document) -> Document:
    """Fill ``doc.statements`` from the body."""
    return doc
