"""The typed document tree of a MOFA readout.

Every class is frozen, slotted and hashable; collections are tuples. Spans,
the source text and diagnostics take no part in equality, so a document parsed
from its rendered form equals the original. ``meeting``, ``people`` and
``statements`` are derived from the content by deterministic passes and take no
part in equality either: two documents with equal content read the same.

Validators keep every node in a shape that ``render`` can write and ``parse``
can read back: texts are single stripped lines, markers agree with numbers, and
bodies keep the order text can express (paragraphs and items, then clauses,
then nested sections).
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterator
from typing import Any, Union

import attrs

from mofa_parse.structure.markers import (
    clause_number,
    is_speaker_label,
    marker_facts,
    section_number,
)
from mofa_parse.text.dates import format_date, read_date_line

__all__ = [
    "Block",
    "Chrome",
    "ChromeKind",
    "Clause",
    "Diagnostic",
    "Document",
    "Item",
    "Joint",
    "Meeting",
    "MeetingKind",
    "MeetingPart",
    "Origin",
    "Paragraph",
    "ParagraphKind",
    "Person",
    "Section",
    "Severity",
    "SourceFormat",
    "Span",
    "Statement",
    "StatementForm",
]


# --------------------------------------------------------------------------- helpers


def _single_line(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Texts in the tree are one stripped, non-empty line each."""
    if value is None:
        return
    if not value or value != value.strip() or "\n" in value or "\r" in value:
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name} must be one non-empty line "
            f"without surrounding white space, got {value!r}"
        )


def _is_tuple(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The model holds tuples, never lists, so that every node is hashable."""
    if not isinstance(value, tuple):
        raise TypeError(f"{type(instance).__name__}.{attribute.name} must be a tuple, got {type(value).__name__}")


def _no_eq(default: Any = None) -> Any:
    return attrs.field(default=default, eq=False, kw_only=True)


# --------------------------------------------------------------------------- spans


@attrs.frozen
class Span:
    """Offsets into ``Document.source``: ``source[start:end]`` is the node's text."""

    start: int
    end: int = attrs.field()

    @end.validator
    def _check_offsets(self, attribute: attrs.Attribute[int], value: int) -> None:
        """A span starts at 0 or later, and ends where it starts or later (one check for both offsets)."""
        if not self.start >= 0:
            raise ValueError(f"'start' must be >= 0: {self.start}")
        if value < self.start:
            raise ValueError(f"Span end {value} precedes start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start


# --------------------------------------------------------------------------- diagnostics


class Severity(enum.Enum):
    """How much a diagnostic matters.

    ``WARNING`` is a departure from the layout conventions (numbering, a missing
    title or date): ``parse(strict=True)`` raises on the first one. ``NOTE`` is a
    fact a semantic pass could not read (a duration, a speaker): strict mode
    reports it but does not raise.
    """

    WARNING = "warning"
    NOTE = "note"


@attrs.frozen
class Diagnostic:
    """One departure from the conventions, found in lenient mode.

    ``line`` and ``column`` are 1-based; ``text`` is the line concerned (empty
    for facts about the whole document, such as a missing title).
    ``code`` is a short stable name for the kind of departure, for filtering.
    """

    line: int
    column: int
    message: str
    text: str
    code: str = "structure"
    severity: Severity = Severity.WARNING

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.message}"


# --------------------------------------------------------------------------- page furniture


class ChromeKind(enum.Enum):
    """The kinds of page furniture kept out of the content."""

    NAVIGATION = "navigation"
    CATEGORY = "category"
    BREADCRUMB = "breadcrumb"
    PHOTO = "photo"
    PUBLISHER = "publisher"
    FOOTNOTE = "footnote"


@attrs.frozen
class Chrome:
    """A line (or a trailing ``photo``) that belongs to the web page, not the readout."""

    kind: ChromeKind
    text: str = attrs.field(validator=_single_line)
    span: Span | None = _no_eq()


# --------------------------------------------------------------------------- the tree


class ParagraphKind(enum.Enum):
    """``SPEAKER_LABEL``: a line naming only a speaker, whose remarks follow.

    The kind follows from the text ("President Hu", "Prime Minister Koizumi:"),
    so a paragraph's kind is always what its text says.
    """

    TEXT = "text"
    SPEAKER_LABEL = "speaker_label"


@attrs.frozen
class Paragraph:
    """One paragraph: one line of the source, without its indentation."""

    text: str = attrs.field(validator=_single_line)
    kind: ParagraphKind = attrs.field(
        default=attrs.Factory(
            lambda self: ParagraphKind.SPEAKER_LABEL if is_speaker_label(self.text) else ParagraphKind.TEXT,
            takes_self=True,
        )
    )
    span: Span | None = _no_eq()

    @kind.validator
    def _check_kind(self, attribute: attrs.Attribute[ParagraphKind], value: ParagraphKind) -> None:
        if (value is ParagraphKind.SPEAKER_LABEL) != is_speaker_label(self.text):
            raise ValueError(f"paragraph {self.text!r} is not of kind {value.name}")


def _check_body(owner: str, body: tuple[Block, ...], allow_nested: bool) -> None:
    """Bodies read as: paragraphs and items, then clauses, then nested sections.

    That is the only order plain text can express: a paragraph after a clause
    belongs to the clause, and a clause after a subsection to the subsection.
    Consecutive items share a marker style, unless the first holds a list of its
    own: a different style beside an item with no list nests under it.
    """
    stage = 0  # 0: paragraphs/items, 1: clauses, 2: sections
    previous: Block | None = None
    for block in body:
        if isinstance(block, (Paragraph, Item)):
            wanted = 0
        elif isinstance(block, Clause):
            wanted = 1
        elif isinstance(block, Section):
            wanted = 2
        else:
            raise TypeError(f"{owner} body holds {type(block).__name__}, not a block")
        if wanted and not allow_nested:
            raise ValueError(f"{owner} body cannot hold a {type(block).__name__}")
        if wanted < stage:
            raise ValueError(
                f"{owner} body has a {type(block).__name__} after a "
                f"{'clause' if stage == 1 else 'section'}: text cannot express that order"
            )
        stage = wanted
        if (
            isinstance(block, Item)
            and isinstance(previous, Item)
            and marker_facts(block.marker)[1] != marker_facts(previous.marker)[1]
            and not any(isinstance(child, Item) for child in previous.body)
        ):
            raise ValueError(
                f"{owner} body has sibling items {previous.marker!r} and {block.marker!r} "
                "of different styles, the first without a list of its own: in text, a new style "
                "there nests under the item before it"
            )
        previous = block


def _check_flow_body(instance: Clause | Item, attribute: attrs.Attribute[Any], value: tuple[Block, ...]) -> None:
    """A clause's or an item's body: a tuple of paragraphs and items, in an order text can express."""
    _is_tuple(instance, attribute, value)
    for block in value:
        if not isinstance(block, (Paragraph, Item)):
            owner = type(instance).__name__
            raise ValueError(f"{owner} body holds only paragraphs and items, not {type(block).__name__}")
    _check_body(type(instance).__name__, value, allow_nested=False)


@attrs.frozen
class Item:
    """A list item below a section or clause: "1.", "(a)", "a)", "1)", "•", "-".

    ``ordinal`` is the position the marker names (None for bullets); it defaults
    to the usual reading of the marker. ``body`` starts with the text on the
    marker's line, if any, followed by the item's continuation paragraphs and
    nested items.
    """

    marker: str = attrs.field()
    ordinal: int | None = attrs.field(
        default=attrs.Factory(lambda self: marker_facts(self.marker)[2], takes_self=True)
    )
    body: tuple[Block, ...] = attrs.field(default=(), validator=_check_flow_body)
    span: Span | None = _no_eq()

    @marker.validator
    def _check_marker(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not marker_facts(value)[0]:
            raise ValueError(f"{value!r} is not a list-item marker")

    @ordinal.validator
    def _check_ordinal(self, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value not in marker_facts(self.marker)[0]:
            raise ValueError(f"item marker {self.marker!r} cannot stand for ordinal {value!r}")


@attrs.frozen
class Clause:
    """The "(1)" level below a section.

    ``heading`` is a short heading on the marker's line ("(1) Overview"), or None
    when the line starts a paragraph, which is then the first block of ``body``.
    ``marker`` is as written: "(1)", or "1." in readouts that restart arabic
    numbering under each section heading.
    """

    number: int
    heading: str | None = attrs.field(default=None, validator=_single_line)
    body: tuple[Block, ...] = attrs.field(default=(), validator=_check_flow_body)
    marker: str = attrs.field(default=attrs.Factory(lambda self: f"({self.number})", takes_self=True))
    span: Span | None = _no_eq()

    @marker.validator
    def _check_marker(self, attribute: attrs.Attribute[str], value: str) -> None:
        if clause_number(value) != self.number:
            raise ValueError(f"clause marker {value!r} does not stand for {self.number}")

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The paragraphs directly in the body."""
        return tuple(b for b in self.body if isinstance(b, Paragraph))

    @property
    def items(self) -> tuple[Item, ...]:
        """The items directly in the body."""
        return tuple(b for b in self.body if isinstance(b, Item))


def _check_section_body(instance: Section, attribute: attrs.Attribute[Any], value: tuple[Block, ...]) -> None:
    """A section's body: a tuple of blocks, in an order text can express."""
    _is_tuple(instance, attribute, value)
    _check_body("Section", value, allow_nested=True)


@attrs.frozen
class Section:
    """A numbered section: "1.", "1", "I." (a part holding sections) or "A." (a subsection).

    ``title`` is the heading on the marker's line, or None where the numbered
    line is a paragraph; that paragraph is then the first block of ``body``.
    """

    number: int
    marker: str = attrs.field()
    title: str | None = attrs.field(default=None, validator=_single_line)
    body: tuple[Block, ...] = attrs.field(default=(), validator=_check_section_body)
    span: Span | None = _no_eq()

    @marker.validator
    def _check_marker(self, attribute: attrs.Attribute[str], value: str) -> None:
        if section_number(value) != self.number:
            raise ValueError(f"section marker {value!r} does not stand for {self.number}")

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """The "(1)" clauses directly in this section."""
        return tuple(b for b in self.body if isinstance(b, Clause))

    @property
    def subsections(self) -> tuple[Section, ...]:
        """Sections nested in this one: arabic sections of a roman part, letters of a section."""
        return tuple(b for b in self.body if isinstance(b, Section))

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The paragraphs directly in the body."""
        return tuple(b for b in self.body if isinstance(b, Paragraph))

    @property
    def items(self) -> tuple[Item, ...]:
        """The items directly in the body."""
        return tuple(b for b in self.body if isinstance(b, Item))


Block = Union[Section, Clause, Item, Paragraph]  # noqa: UP007  (a runtime alias, usable on 3.10)



def iter_blocks(blocks: tuple[Block, ...]) -> Iterator[Block]:
    """Every block in ``blocks`` and below, in document order (depth first)."""
    for block in blocks:
        yield block
        if not isinstance(block, Paragraph):
            yield from iter_blocks(block.body)


# --------------------------------------------------------------------------- who and when


class MeetingKind(enum.Enum):
    """What sort of meeting a readout reports."""

    SUMMIT = "summit"
    FOREIGN_MINISTERS = "foreign_ministers"
    TELEPHONE_TALK = "telephone_talk"
    COURTESY_CALL = "courtesy_call"
    VISIT = "visit"
    OTHER = "other"


@attrs.frozen
class Person:
    """Someone the readout names, in the fullest form it gives."""

    name: str | None
    surname: str
    title: str | None = None
    country: str | None = None


@attrs.frozen
class Joint:
    """Several people speaking as one: "the two leaders", "both sides"."""

    members: tuple[Person, ...] = attrs.field(validator=_is_tuple)


@attrs.frozen
class MeetingPart:
    """One part of a meeting with its own time or length (a small-group session, a plenary)."""

    description: str | None = None
    start: _dt.time | None = None
    end: _dt.time | None = None
    duration: _dt.timedelta | None = None


@attrs.frozen
class Meeting:
    """Who met whom, when, where and for how long."""

    kind: MeetingKind = MeetingKind.OTHER
    participants: tuple[Person, ...] = attrs.field(default=(), converter=tuple)
    accompanied_by: tuple[Person, ...] = attrs.field(default=(), converter=tuple)
    date: _dt.date | None = None
    location: str | None = None
    occasion: str | None = None
    start: _dt.time | None = None
    end: _dt.time | None = None
    duration: _dt.timedelta | None = None
    timezone: str | None = None
    parts: tuple[MeetingPart, ...] = attrs.field(default=(), converter=tuple)


class StatementForm(enum.Enum):
    """How the readout reports an utterance.

    ``REPORTED``: "<speaker> stated that ..."; ``BLOCK``: "<speaker> made the
    following statements:" with the remarks in the blocks after it; ``LABEL``:
    a line naming only the speaker, followed by the remarks.
    """

    REPORTED = "reported"
    BLOCK = "block"
    LABEL = "label"


@attrs.frozen
class Statement:
    """One reported utterance: who said it, with which verb, what, and where.

    ``speaker_text`` is the subject as written ("He", "The two leaders",
    "President Putin"), so that a reader can check how the speaker was resolved.
    ``inner`` holds, for a block statement, the reported statements inside its
    remarks ("The following is a summary of the remarks made by President Putin:"
    then "He stated that ..."): they are part of the block's text, and
    ``Document.statements`` does not list them again.
    """

    speaker: Person | Joint
    verb: str
    text: str
    span: Span | None = attrs.field(default=None, eq=False)
    section: int | None = None
    clause: int | None = None
    in_response_to: int | None = None
    form: StatementForm = StatementForm.REPORTED
    speaker_text: str | None = None
    inner: tuple[Statement, ...] = attrs.field(default=(), validator=_is_tuple)


# --------------------------------------------------------------------------- where it came from


class SourceFormat(enum.Enum):
    """What a document was read from: a plain-text readout or a saved web page."""

    TEXT = "text"
    HTML = "html"


@attrs.frozen
class Origin:
    """Where a document came from: the file, the page's address and title, the format.

    ``path`` is the file as named to ``parse_file`` (None for a string);
    ``url`` the page's address (``url=``, else its canonical link or ``og:url``);
    ``page_title`` the page's ``<title>``; ``template`` the page template its
    readout was read by (``"mofa"``, ``"mofa-table"``, ``"kantei"``, ``"generic"``).
    The last three are None for text.
    """

    format: SourceFormat = SourceFormat.TEXT
    path: str | None = None
    url: str | None = None
    page_title: str | None = None
    template: str | None = None


# --------------------------------------------------------------------------- the document


def _default_issued_text(self: Document) -> str | None:
    return None if self.issued is None else format_date(self.issued)


@attrs.frozen
class Document:
    """A parsed readout.

    ``issued_text`` is the date line as written ("Tuesday, June 19, 2012",
    "July 2003"); it defaults to the canonical form of ``issued``. A month-only
    line leaves ``issued`` None and keeps the line here. ``origin`` says where the
    document was read from; like ``source``, it takes no part in equality.
    """

    title: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    subtitle: str | None = attrs.field(default=None, validator=_single_line)
    issued: _dt.date | None = None
    issued_text: str | None = attrs.field(
        default=attrs.Factory(_default_issued_text, takes_self=True), validator=_single_line
    )
    preamble: tuple[Paragraph, ...] = attrs.field(default=(), validator=_is_tuple)
    sections: tuple[Section, ...] = attrs.field(default=(), validator=_is_tuple)
    chrome: tuple[Chrome, ...] = attrs.field(default=(), validator=_is_tuple)
    meeting: Meeting = attrs.field(factory=Meeting, eq=False, kw_only=True)
    people: tuple[Person, ...] = attrs.field(default=(), validator=_is_tuple, eq=False, kw_only=True)
    statements: tuple[Statement, ...] = attrs.field(default=(), validator=_is_tuple, eq=False, kw_only=True)
    warnings: tuple[Diagnostic, ...] = attrs.field(default=(), validator=_is_tuple, eq=False, kw_only=True)
    source: str = attrs.field(default="", eq=False, kw_only=True)
    origin: Origin = attrs.field(factory=Origin, eq=False, kw_only=True)
    title_span: Span | None = _no_eq()
    subtitle_span: Span | None = _no_eq()
    issued_span: Span | None = _no_eq()

    @title.validator
    def _check_title(self, attribute: attrs.Attribute[str], value: str) -> None:
        if value:
            _single_line(self, attribute, value)

    @subtitle.validator
    def _check_subtitle(self, attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and not self.title:
            raise ValueError("a subtitle belongs to a title: Document.subtitle needs Document.title")

    @issued_text.validator
    def _check_issued_text(self, attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is None:
            if self.issued is not None:
                raise ValueError("Document.issued needs an issued_text (leave it to its default)")
            return
        line = read_date_line(value)
        if line is None:
            raise ValueError(f"issued_text {value!r} is not a date line")
        if line.date != self.issued:
            raise ValueError(f"issued_text {value!r} does not name issued={self.issued!r}")

    def iter_blocks(self) -> Iterator[Block]:
        """Every section, clause, item and paragraph of the body, in document order."""
        return iter_blocks(tuple(self.sections))

    def all_statements(self) -> Iterator[Statement]:
        """Every statement in reading order, those inside block statements (``Statement.inner``)
        after the block that holds them."""
        stack = list(reversed(self.statements))
        while stack:
            statement = stack.pop()
            yield statement
            stack.extend(reversed(statement.inner))

    def person(self, mention: str) -> Person | None:
        """The person a mention such as "President Putin" or "the Prime Minister" names."""
        from mofa_parse.semantics.people import resolve

        return resolve(self.people, mention)
