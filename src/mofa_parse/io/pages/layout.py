"""A page's elements as the text layout ``parse`` reads: one block a line.

Block elements (paragraphs, headings, divisions, list items, table rows, ...)
each end a line, with a blank line after them; a ``<br>`` ends a line, and two in
a row leave a blank line, as the older pages separate paragraphs. Inside a
line, white space (``&nbsp;`` runs included) is collapsed to single spaces and
entities are decoded by the HTML parser. List items get the marker a browser
shows ("1.", "a.", "•", "○"), unless their text starts with a marker of its
own ("(1) ..."). A table row whose cells hold only inline text is one line,
its cells joined by " | "; the cells of other rows (layout tables) are read as
blocks in their own right. Scripts, styles, comments, forms' controls and
embedded objects hold no text of the page. The walk keeps its own stack, so
deeply nested markup cannot exhaust Python's recursion limit.
"""

from __future__ import annotations

import enum
import string
from collections.abc import Callable

import attrs
from selectolax.lexbor import LexborNode

from mofa_parse.structure.markers import read_heads

__all__ = ["BLOCKS", "SKIPPED", "Collector", "LineRole", "PageLine", "children", "walk_lines"]

#: Elements that start and end a line of their own.
BLOCKS = frozenset(
    (
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    )
)
#: Elements whose content is no text of the page.
SKIPPED = frozenset(
    (
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "svg",
        "math", "select", "option", "button", "textarea", "input", "map", "audio", "video", "canvas",
    )
)
#: What inside a table row makes it a row of blocks rather than one line of cells.
_ROW_BLOCKS = ", ".join(sorted((BLOCKS - {"td", "th", "tr", "tbody", "thead", "tfoot", "caption"}) | {"br"}))
#: The bullets browsers show for unordered lists, by depth.
_BULLETS = ("•", "○", "▪")
_ROMAN = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))

CELL_SEPARATOR = " | "


class LineRole(enum.Enum):
    """Where a line of the page's text came from: the readout, its title, or page furniture."""

    CONTENT = "content"
    TITLE = "title"
    CHROME = "chrome"


@attrs.frozen
class PageLine:
    """One line of the page's text, and its role; an empty ``text`` is a blank line."""

    text: str
    role: LineRole = LineRole.CONTENT


def children(node: LexborNode) -> list[LexborNode]:
    """The element and text children of ``node``, in order."""
    return list(node.iter(include_text=True))


def _roman(number: int) -> str:
    letters = []
    for value, numeral in _ROMAN:
        while number >= value:
            letters.append(numeral)
            number -= value
    return "".join(letters)


def _ordinal_marker(kind: str, number: int) -> str:
    """The marker a browser shows for item ``number`` of an ``<ol type=kind>``."""
    if kind in ("a", "A") and 1 <= number <= 26:
        letter = string.ascii_lowercase[number - 1]
        return (letter.upper() if kind == "A" else letter) + "."
    if kind in ("i", "I") and 1 <= number <= 39:
        numeral = _roman(number)
        return (numeral.upper() if kind == "I" else numeral) + "."
    return f"{number}."


def _integer(value: str | None, default: int) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        return default


@attrs.define
class _List:
    ordered: bool
    kind: str
    next_number: int
    depth: int


class Collector:
    """Gathers inline text into lines; ``end_line`` closes one, ``end_block`` adds a blank line."""

    def __init__(self) -> None:
        self.lines: list[PageLine] = []
        self._pieces: list[str] = []
        self._marker: str | None = None
        self._broken = False

    def text(self, text: str) -> None:
        self._pieces.append(text)
        if text.strip():
            self._broken = False

    def mark_item(self, marker: str) -> None:
        """The next line starts a list item with ``marker`` (unless its text brings a marker of its own)."""
        self.end_line()
        self._marker = marker

    def end_line(self) -> None:
        text = " ".join("".join(self._pieces).split())
        self._pieces.clear()
        if not text:
            return
        if self._marker is not None:
            if not read_heads(text)[0]:
                text = f"{self._marker} {text}"
            self._marker = None
        self.lines.append(PageLine(text))

    def line_break(self) -> None:
        """A ``<br>``: the line ends; a second one in a row leaves a blank line."""
        if self._broken and not "".join(self._pieces).strip():
            self.end_block()
        self.end_line()
        self._broken = True

    def end_block(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1].text:
            self.lines.append(PageLine(""))
        self._broken = False

    def add(self, line: PageLine) -> None:
        """A line made elsewhere (a title, a chrome line), as a block of its own."""
        self.end_block()
        self.lines.append(line)
        self.lines.append(PageLine(""))


#: Decides what to do with an element: None to read it as text, else a callback that
#: writes it itself (a part of the page, the title) and whose subtree is then skipped.
Handler = Callable[[LexborNode], Callable[[Collector], None] | None]


def _simple_row(row: LexborNode) -> bool:
    return row.css_first(_ROW_BLOCKS) is None


def _cells(row: LexborNode) -> str:
    """A row of inline cells as one line: each cell's text, joined by ``CELL_SEPARATOR``."""
    texts = []
    for cell in children(row):
        if cell.tag not in ("td", "th"):
            continue
        collector = Collector()
        walk_lines(cell, collector, handler=None, inside=True)
        collector.end_line()
        text = " ".join(line.text for line in collector.lines if line.text)
        if text:
            texts.append(text)
    return CELL_SEPARATOR.join(texts)


def walk_lines(
    root: LexborNode,
    out: Collector,
    *,
    handler: Handler | None,
    inside: bool,
    content: LexborNode | None = None,
    wanted: frozenset[int] = frozenset(),
) -> None:
    """Write the text below ``root`` into ``out``, in document order.

    Text counts only ``inside`` the readout: below ``content`` when it is given
    (elsewhere, the walk only looks for the elements ``handler`` writes, and
    enters only the elements whose ``mem_id`` is in ``wanted``: those holding one).
    The walk keeps a stack of (entering, node) steps: a node is entered, its
    children are walked, and then it is left.
    """
    walk = _Walk(out, handler, inside, content, wanted)
    stack: list[tuple[bool, LexborNode]] = [(True, child) for child in reversed(children(root))]
    while stack:
        entering, node = stack.pop()
        if not entering:
            walk.leave(node)
        elif walk.enter(node):
            stack.append((False, node))
            stack.extend((True, child) for child in reversed(children(node)))


class _Walk:
    """The state of one walk: the open lists, ``<pre>`` depth, and whether it is inside the readout."""

    def __init__(
        self,
        out: Collector,
        handler: Handler | None,
        inside: bool,
        content: LexborNode | None,
        wanted: frozenset[int],
    ) -> None:
        self.out = out
        self.handler = handler
        self.inside = inside
        self.content = None if content is None else content.mem_id
        self.wanted = wanted
        self.lists: list[_List] = []
        self.pre = 0

    def enter(self, node: LexborNode) -> bool:
        """Read what ``node`` starts; whether to walk its children."""
        out, tag = self.out, node.tag or ""
        if tag == "-text":
            if self.inside:
                self._text(node.text_content or "")
            return False
        if not node.is_element_node or tag in SKIPPED:
            return False
        writer = self.handler(node) if self.handler is not None else None
        if writer is not None:
            writer(out)
            return False
        if self.content is not None and not self.inside:
            if node.mem_id == self.content:
                out.end_block()
                self.inside = True
            return self.inside or node.mem_id in self.wanted
        if not self.inside:
            return True
        if tag == "br":
            out.line_break()
        elif tag in ("ol", "ul"):
            out.end_block()
            ordered = tag == "ol"
            kind = (node.attributes.get("type") or "1").strip() if ordered else ""
            depth = sum(1 for open_list in self.lists if not open_list.ordered)
            self.lists.append(_List(ordered, kind, _integer(node.attributes.get("start"), 1), depth))
        elif tag == "li":
            self._item(node)
        elif tag == "tr" and _simple_row(node):
            line = _cells(node)
            out.end_block()
            if line:
                out.add(PageLine(line))
            return False
        elif tag in BLOCKS:
            out.end_block()
            if tag == "pre":
                self.pre += 1
        return True

    def leave(self, node: LexborNode) -> None:
        """Close what ``node`` started."""
        tag = node.tag or ""
        if self.content is not None and node.mem_id == self.content:
            self.out.end_block()
            self.inside = False
        elif not self.inside:
            return
        elif tag in ("ol", "ul"):
            if self.lists:
                self.lists.pop()
            self.out.end_block()
        elif tag in BLOCKS:
            if tag == "pre":
                self.pre -= 1
            self.out.end_block()

    def _text(self, text: str) -> None:
        if not self.pre:
            self.out.text(text)
            return
        first, *rest = text.split("\n")
        self.out.text(first)
        for line in rest:
            self.out.end_line()
            self.out.text(line)

    def _item(self, node: LexborNode) -> None:
        """A list item: the marker a browser shows for it, unless it is outside any list."""
        if not self.lists:
            self.out.end_block()
            return
        current = self.lists[-1]
        if current.ordered:
            number = _integer(node.attributes.get("value"), current.next_number)
            current.next_number = number + 1
            self.out.mark_item(_ordinal_marker(current.kind, number))
        else:
            self.out.mark_item(_BULLETS[current.depth % len(_BULLETS)])
