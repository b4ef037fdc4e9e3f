"""Model nodes built by the parser without running the attrs validators again.

The parser builds every node of every tree, and attrs runs each node's
validators as it is built. Most of what they check the parser guarantees by
construction: spans are offsets in order, a paragraph's kind is computed from
its text, a flow body holds only paragraphs and items, and the grammar fixes
the order of a section's body. The functions below build nodes without the
attrs initialiser and run only the checks the parser does not guarantee (text
after a marker may start with a space the classifier does not skip; a marker
may not stand for its number; a list may change style beside an item without
a list of its own), raising what the validators raise, so a tree the
validators would refuse is refused all the same.

They are private to the package and trust their callers: everything else
builds nodes through the validating constructors. ``attrs.validators.disabled()``
would also skip validators, but it is one switch for the whole process, so it
is not safe while another thread builds nodes.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, Final

import attrs

from mofa_parse.model import (
    Block,
    Chrome,
    ChromeKind,
    Clause,
    Diagnostic,
    Document,
    Item,
    Joint,
    Meeting,
    Paragraph,
    ParagraphKind,
    Person,
    Section,
    Severity,
    Span,
    Statement,
    StatementForm,
    _single_line,
)
from mofa_parse.structure.markers import clause_number, item_ordinals, item_style, section_number

__all__ = [
    "evolved_document",
    "trusted_chrome",
    "trusted_clause",
    "trusted_diagnostic",
    "trusted_document",
    "trusted_item",
    "trusted_joint",
    "trusted_paragraph",
    "trusted_section",
    "trusted_span",
    "trusted_statement",
]


#: ``object.__new__``: a frozen attrs class is built without its initialiser. Fields are set with
#: ``object.__setattr__`` (a frozen attrs class refuses its own ``__setattr__``), written out at each
#: call: compiled, that call becomes a direct generic attribute store instead of a Python call.
_new: Final = object.__new__
#: The node classes the parser builds most, read once: compiled, a ``Final`` name is read
#: directly, an imported name is looked up in the module's dictionary at each use.
_SPAN: Final = Span
_PARAGRAPH: Final = Paragraph
_ITEM: Final = Item
_CLAUSE: Final = Clause
_SECTION: Final = Section
_CHROME: Final = Chrome
_item_ordinals: Final = functools.lru_cache(maxsize=1024)(item_ordinals)
_item_style: Final = functools.lru_cache(maxsize=1024)(item_style)
_clause_number: Final = functools.lru_cache(maxsize=1024)(clause_number)
_section_number: Final = functools.lru_cache(maxsize=1024)(section_number)


def trusted_span(start: int, end: int) -> Span:
    """A span whose offsets the caller guarantees: ``0 <= start <= end``."""
    span = _new(_SPAN)
    object.__setattr__(span, "start", start)
    object.__setattr__(span, "end", end)
    return span


def trusted_chrome(kind: ChromeKind, text: str, span: Span | None) -> Chrome:
    """A line of page furniture (``Chrome`` checks only that its text is one line, as here)."""
    chrome = _new(_CHROME)
    object.__setattr__(chrome, "kind", kind)
    object.__setattr__(chrome, "text", text)
    object.__setattr__(chrome, "span", span)
    _one_line(chrome, _CHROME_TEXT, text)
    return chrome


def trusted_paragraph(text: str, kind: ParagraphKind, span: Span | None) -> Paragraph:
    """A paragraph whose ``kind`` the caller computed from ``text`` with ``is_speaker_label``."""
    paragraph = _new(_PARAGRAPH)
    object.__setattr__(paragraph, "text", text)
    object.__setattr__(paragraph, "kind", kind)
    object.__setattr__(paragraph, "span", span)
    _one_line(paragraph, _PARAGRAPH_TEXT, text)
    return paragraph


def trusted_item(marker: str, ordinal: int | None, body: tuple[Block, ...], span: Span | None) -> Item:
    """An item whose body holds only paragraphs and items."""
    options = _item_ordinals(marker)
    if not options:
        raise ValueError(f"{marker!r} is not a list-item marker")
    if ordinal not in options:
        raise ValueError(f"item marker {marker!r} cannot stand for ordinal {ordinal!r}")
    _check_siblings("Item", body)
    item = _new(_ITEM)
    object.__setattr__(item, "marker", marker)
    object.__setattr__(item, "ordinal", ordinal)
    object.__setattr__(item, "body", body)
    object.__setattr__(item, "span", span)
    return item


def trusted_clause(
    number: int, heading: str | None, body: tuple[Block, ...], marker: str, span: Span | None
) -> Clause:
    """A clause whose body holds only paragraphs and items."""
    clause = _new(_CLAUSE)
    object.__setattr__(clause, "number", number)
    object.__setattr__(clause, "heading", heading)
    object.__setattr__(clause, "body", body)
    object.__setattr__(clause, "marker", marker)
    object.__setattr__(clause, "span", span)
    _one_line(clause, _CLAUSE_HEADING, heading)
    _check_siblings("Clause", body)
    if _clause_number(marker) != number:
        raise ValueError(f"clause marker {marker!r} does not stand for {number}")
    return clause


def trusted_section(
    number: int, marker: str, title: str | None, body: tuple[Block, ...], span: Span | None
) -> Section:
    """A section whose body is paragraphs and items, then clauses, then sections (as the grammar orders it)."""
    section = _new(_SECTION)
    object.__setattr__(section, "number", number)
    object.__setattr__(section, "marker", marker)
    object.__setattr__(section, "title", title)
    object.__setattr__(section, "body", body)
    object.__setattr__(section, "span", span)
    if _section_number(marker) != number:
        raise ValueError(f"section marker {marker!r} does not stand for {number}")
    _one_line(section, _SECTION_TITLE, title)
    _check_siblings("Section", body)
    return section


def _check_siblings(owner: str, body: tuple[Block, ...]) -> None:
    """The sibling rule of ``_check_body``: a new list style beside an item needs that item to hold a list."""
    previous: Block | None = None
    for block in body:
        if (
            type(block) is _ITEM
            and type(previous) is _ITEM
            and _item_style(block.marker) != _item_style(previous.marker)
            and not any(type(child) is _ITEM for child in previous.body)
        ):
            raise ValueError(
                f"{owner} body has sibling items {previous.marker!r} and {block.marker!r} "
                "of different styles, the first without a list of its own: in text, a new style "
                "there nests under the item before it"
            )
        previous = block


def trusted_joint(members: tuple[Person, ...]) -> Joint:
    """A joint speaker whose members the caller gives as a tuple."""
    joint = _new(Joint)
    object.__setattr__(joint, "members", members)
    return joint


def trusted_statement(
    speaker: Person | Joint,
    verb: str,
    text: str,
    span: Span | None,
    section: int | None,
    clause: int | None,
    in_response_to: int | None,
    form: StatementForm,
    speaker_text: str | None,
) -> Statement:
    """A statement built by the speech pass (``Statement`` has no validators; this skips its initialiser)."""
    statement = _new(Statement)
    object.__setattr__(statement, "speaker", speaker)
    object.__setattr__(statement, "verb", verb)
    object.__setattr__(statement, "text", text)
    object.__setattr__(statement, "span", span)
    object.__setattr__(statement, "section", section)
    object.__setattr__(statement, "clause", clause)
    object.__setattr__(statement, "in_response_to", in_response_to)
    object.__setattr__(statement, "form", form)
    object.__setattr__(statement, "speaker_text", speaker_text)
    return statement


def trusted_diagnostic(line: int, column: int, message: str, text: str, code: str, severity: Severity) -> Diagnostic:
    """A diagnostic built by a semantic pass (``Diagnostic`` has no validators; this skips its initialiser)."""
    diagnostic = _new(Diagnostic)
    object.__setattr__(diagnostic, "line", line)
    object.__setattr__(diagnostic, "column", column)
    object.__setattr__(diagnostic, "message", message)
    object.__setattr__(diagnostic, "text", text)
    object.__setattr__(diagnostic, "code", code)
    object.__setattr__(diagnostic, "severity", severity)
    return diagnostic


def trusted_document(
    title: str,
    subtitle: str | None,
    issued: dt.date | None,
    issued_text: str | None,
    preamble: tuple[Paragraph, ...],
    sections: tuple[Section, ...],
    chrome: tuple[Chrome, ...],
    source: str,
    title_span: Span | None,
    subtitle_span: Span | None,
    issued_span: Span | None,
) -> Document:
    """A document as the parser reads it, before the semantic passes.

    The caller guarantees what the validators would read again: ``issued`` is
    what ``read_date_line(issued_text)`` names, and the node fields are tuples.
    The texts are checked as ``_single_line`` checks them, and a subtitle needs
    a title, raising what the validators raise.
    """
    doc = _new(Document)
    object.__setattr__(doc, "title", title)
    object.__setattr__(doc, "subtitle", subtitle)
    object.__setattr__(doc, "issued", issued)
    object.__setattr__(doc, "issued_text", issued_text)
    object.__setattr__(doc, "preamble", preamble)
    object.__setattr__(doc, "sections", sections)
    object.__setattr__(doc, "chrome", chrome)
    object.__setattr__(doc, "meeting", _empty_meeting())
    object.__setattr__(doc, "people", ())
    object.__setattr__(doc, "statements", ())
    object.__setattr__(doc, "warnings", ())
    object.__setattr__(doc, "source", source)
    object.__setattr__(doc, "title_span", title_span)
    object.__setattr__(doc, "subtitle_span", subtitle_span)
    object.__setattr__(doc, "issued_span", issued_span)
    if title:
        _one_line(doc, _DOCUMENT_TITLE, title)
    _one_line(doc, _DOCUMENT_SUBTITLE, subtitle)
    if subtitle is not None and not title:
        raise ValueError("a subtitle belongs to a title: Document.subtitle needs Document.title")
    _one_line(doc, _DOCUMENT_ISSUED_TEXT, issued_text)
    return doc


def _empty_meeting() -> Meeting:
    """``Meeting()`` without its initialiser: each field set to its default, converted as the initialiser converts it.

    ``Meeting`` has no validators, and its defaults are values, not factories
    (``_MEETING_DEFAULTS`` is read once from its fields).
    """
    meeting = _new(_MEETING)
    for name, value in _MEETING_DEFAULTS:
        object.__setattr__(meeting, name, value)
    return meeting


def evolved_document(doc: Document, changes: dict[str, Any]) -> Document:
    """``attrs.evolve(doc, **changes)`` without running the validators of the unchanged fields again.

    For the semantic passes: ``doc`` passed the validators when it was built, and
    they change only derived fields (meeting, people, statements, warnings)
    whose one validator, ``_is_tuple``, their tuples pass. Copying every field
    is what ``evolve`` does while each field is an ``__init__`` argument and
    ``Document`` has no ``__attrs_post_init__``; a subclass goes through ``evolve``.
    """
    if type(doc) is not Document:
        return attrs.evolve(doc, **changes)
    copy = _new(Document)
    for name in _DOCUMENT_FIELDS:
        object.__setattr__(copy, name, changes[name] if name in changes else getattr(doc, name))
    return copy


def _one_line(node: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """The validator ``model._single_line``, called only when the text would fail it (it raises)."""
    if value is not None and (not value or _strips(value) or "\n" in value or "\r" in value):
        _single_line(node, attribute, value)


def _strips(value: str) -> bool:
    """``value != value.strip()`` for a non-empty ``value``; no character from "!" to "\\x84" is white space,
    so text that starts and ends with one is not stripped."""
    if 32 < ord(value[0]) < 0x85 and 32 < ord(value[-1]) < 0x85:
        return False
    return value != value.strip()


_PARAGRAPH_TEXT: Final = attrs.fields(Paragraph).text
_CHROME_TEXT: Final = attrs.fields(Chrome).text
_CLAUSE_HEADING: Final = attrs.fields(Clause).heading
_SECTION_TITLE: Final = attrs.fields(Section).title
_DOCUMENT_TITLE: Final = attrs.fields(Document).title
_DOCUMENT_SUBTITLE: Final = attrs.fields(Document).subtitle
_DOCUMENT_ISSUED_TEXT: Final = attrs.fields(Document).issued_text
_DOCUMENT_FIELDS: Final = tuple(field.name for field in attrs.fields(Document))
_MEETING: Final = Meeting


def _meeting_defaults() -> tuple[tuple[str, Any], ...]:
    """Each field of ``Meeting`` with the value ``Meeting()`` gives it; a field that needs more refuses."""
    defaults: list[tuple[str, Any]] = []
    for field in attrs.fields(Meeting):
        default: Any = field.default
        converter: object = field.converter
        if default is attrs.NOTHING or hasattr(default, "factory") or field.validator is not None:
            raise TypeError(f"Meeting.{field.name} needs the initialiser")
        if converter is not None and converter is not tuple:
            raise TypeError(f"Meeting.{field.name} needs the initialiser")
        defaults.append((field.name, default if converter is None else tuple(default)))
    return tuple(defaults)


_MEETING_DEFAULTS: Final = _meeting_defaults()
