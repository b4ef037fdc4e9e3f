"""A saved page's readout as text: its template, its title, its readout and its furniture.

The first template of ``rules/pages.toml`` whose ``detect`` selector matches
reads the page: its heading is the title line, its content element holds the
readout, and its parts are dropped as frame or written as chrome lines. A page
of no known template is read by the generic rule: the readout is the block
holding the most paragraph text outside links (the element whose paragraphs
and loose text, not counting link text, are longest), and the title is the
page's first ``<h1>``; a diagnostic says so. Lines at the top of the readout
that only the header reads as furniture (a category line such as
"Japan-China Relations", which the current mofa.go.jp template puts below its
title) are written above the title, where text readouts carry them.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from mofa_parse.io.pages.layout import SKIPPED, Collector, LineRole, PageLine, children, walk_lines
from mofa_parse.model import ChromeKind, Diagnostic
from mofa_parse.rules.pages import TEMPLATES, PartRole, Template
from mofa_parse.structure.furniture import chrome_kind
from mofa_parse.text.dates import read_date_line

__all__ = [
    "GENERIC",
    "PageText",
    "largest_block",
    "page_address",
    "page_title",
    "part_lines",
    "read_page",
    "template_of",
    "text_of",
]

#: The name the generic reading goes by in ``Origin.template``.
GENERIC = "generic"
_GENERIC = Template(name=GENERIC, description="the largest block of paragraphs", detect="body", heading="h1")

#: Elements that hold paragraphs: the generic rule credits text to the nearest one around it.
_CONTAINERS = frozenset(("article", "blockquote", "body", "center", "dd", "div", "main", "section", "td", "th"))


@attrs.frozen
class PageText:
    """What was read from a page: the readout as text, the page's facts, and the departures found."""

    text: str
    template: str
    url: str | None = None
    page_title: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


def _diagnostic(message: str, code: str) -> Diagnostic:
    return Diagnostic(line=1, column=1, message=message, text="", code=code)


def _describe(node: LexborNode) -> str:
    """``div#story.main``: an element as a selector would name it, for messages."""
    ident = node.attributes.get("id")
    classes = (node.attributes.get("class") or "").split()
    return (node.tag or "?") + (f"#{ident}" if ident else "") + "".join(f".{name}" for name in classes[:2])


def text_of(node: LexborNode) -> str:
    """The text of an element on one line."""
    collector = Collector()
    walk_lines(node, collector, handler=None, inside=True)
    collector.end_line()
    return " ".join(line.text for line in collector.lines if line.text)


def _lines_of(node: LexborNode) -> list[str]:
    """The lines of an element's text."""
    collector = Collector()
    walk_lines(node, collector, handler=None, inside=True)
    collector.end_line()
    return [line.text for line in collector.lines if line.text]


# --------------------------------------------------------------------------- the page's facts


def page_title(tree: LexborHTMLParser) -> str | None:
    """The page's ``<title>``, on one line, or None."""
    head = tree.head
    node = head.css_first("title") if head is not None else None
    text = " ".join((node.text() if node is not None else "").split())
    return text or None


def page_address(tree: LexborHTMLParser) -> str | None:
    """The page's address as it gives it: its canonical link, else its ``og:url``."""
    for selector, attribute in (('link[rel~="canonical"]', "href"), ('meta[property="og:url"]', "content")):
        for node in tree.css(selector):
            value = (node.attributes.get(attribute) or "").strip()
            if value:
                return value
    return None


def _language(tree: LexborHTMLParser) -> str:
    root = tree.root
    return ((root.attributes.get("lang") if root is not None else None) or "").strip().lower()


# --------------------------------------------------------------------------- templates


def _matches(tree: LexborHTMLParser, template: Template) -> bool:
    nodes = tree.css(template.detect)
    if template.detect_text is None:
        return bool(nodes)
    phrase = template.detect_text
    return any(phrase in node.text() or phrase in (node.attributes.get("alt") or "") for node in nodes)


def template_of(tree: LexborHTMLParser) -> Template | None:
    """The first template of ``rules/pages.toml`` that recognises the page, or None."""
    return next((template for template in TEMPLATES if _matches(tree, template)), None)


def _content(tree: LexborHTMLParser, template: Template, heading: LexborNode | None) -> LexborNode | None:
    """The element holding the readout, by the template's ``content`` selector."""
    assert template.content is not None
    if not template.content_around_title:
        return tree.css_first(template.content)
    if heading is None:
        return None
    candidates = {node.mem_id for node in tree.css(template.content)}
    node = heading.parent
    while node is not None and node.mem_id not in candidates:
        node = node.parent
    return node


def largest_block(body: LexborNode) -> LexborNode | None:
    """The container holding the most paragraph text outside links (the generic rule), or None."""
    scores: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    stack: list[tuple[LexborNode, LexborNode, bool]] = [(child, body, False) for child in children(body)]
    while stack:
        node, owner, in_link = stack.pop()
        tag = node.tag or ""
        if tag == "-text":
            if not in_link:
                length = len("".join((node.text_content or "").split()))
                if length:
                    scores[owner.mem_id] = scores.get(owner.mem_id, 0) + length
                    nodes[owner.mem_id] = owner
            continue
        if not node.is_element_node or tag in SKIPPED:
            continue
        inner = node if tag in _CONTAINERS else owner
        stack.extend((child, inner, in_link or tag == "a") for child in children(node))
    if not scores:
        return None
    best = max(scores, key=lambda key: scores[key])
    return nodes[best]


# --------------------------------------------------------------------------- parts


def part_lines(node: LexborNode, role: PartRole) -> list[str]:
    """The chrome lines of one part: those the furniture reads as chrome (a caption made a photo line)."""
    if role is PartRole.BREADCRUMB:
        steps = [text_of(item) for item in node.css("li")]
        texts = [" > ".join(step for step in steps if step)] if steps else [" ".join(_lines_of(node))]
    else:
        texts = _lines_of(node)
    kept = []
    for text in texts:
        if role is PartRole.PHOTO and chrome_kind(text, header=False) is not ChromeKind.PHOTO:
            text = f"(Photo) {text}"
        if text and chrome_kind(text, header=False) is not None:
            kept.append(text)
    return kept


def _writer(lines: list[PageLine]) -> Callable[[Collector], None]:
    def write(out: Collector) -> None:
        for line in lines:
            out.add(line)

    return write


def _ancestors(nodes: list[LexborNode]) -> frozenset[int]:
    """The ``mem_id`` of every element around ``nodes`` (themselves included)."""
    found: set[int] = set()
    for node in nodes:
        current: LexborNode | None = node
        while current is not None and current.mem_id not in found:
            found.add(current.mem_id)
            current = current.parent
    return frozenset(found)


# --------------------------------------------------------------------------- the text


def _above_title(lines: list[PageLine]) -> list[PageLine]:
    """The lines, with the header-only furniture just below the title moved above it."""
    title = next((index for index, line in enumerate(lines) if line.role is LineRole.TITLE), None)
    if title is None:
        return lines
    moved: list[int] = []
    for index in range(title + 1, len(lines)):
        line = lines[index]
        if not line.text or line.role is not LineRole.CONTENT:
            continue
        in_body = chrome_kind(line.text, header=False)
        if in_body is None and chrome_kind(line.text, header=True) is not None:
            moved.append(index)
        elif in_body is None and read_date_line(line.text) is None:
            break
    if not moved:
        return lines
    taken = set(moved)
    above = [part for index in moved for part in (lines[index], PageLine(""))]
    rest = [line for index, line in enumerate(lines) if index not in taken]
    return rest[:title] + above + rest[title:]


def _text(lines: list[PageLine]) -> str:
    """The lines as text: blank lines between blocks, none doubled, at the ends or in the header."""
    out: list[str] = []
    for line in lines:
        if line.text or (out and out[-1]):
            out.append(line.text)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n" if out else ""


@attrs.frozen
class _Reading:
    """How a page is read: by which template, its title elements, and the element holding the readout."""

    template: Template
    titles: tuple[LexborNode, ...]
    content: LexborNode | None


def _reading(tree: LexborHTMLParser, body: LexborNode) -> tuple[_Reading, Diagnostic | None]:
    """The template that reads the page, else the generic rule, with the diagnostic that says so."""
    template = template_of(tree)
    note = None
    if template is not None:
        heading = tree.css_first(template.heading) if template.heading else None
        content = _content(tree, template, heading) if template.content else body
        if content is not None:
            subheading = tree.css_first(template.subheading) if template.subheading else None
            titles = tuple(node for node in (heading, subheading) if node is not None)
            return _Reading(template, titles, content), None
        note = (
            f"the page looks like the {template.name} template but has no {template.content}: "
            "reading the largest block of paragraphs instead"
        )
    content = largest_block(body)
    heading = tree.css_first("h1")
    if note is None and content is not None:
        where = _describe(content)
        note = f"no known page template: the readout is read from the largest block of paragraphs ({where})"
    reading = _Reading(_GENERIC, () if heading is None else (heading,), content)
    return reading, None if note is None else _diagnostic(note, "html-generic")


def _page_lines(tree: LexborHTMLParser, body: LexborNode, reading: _Reading) -> list[PageLine]:
    """The lines of the page: its title, its readout and its chrome, in the page's order."""
    content = reading.content
    if content is None:
        return []
    titles = {node.mem_id for node in reading.titles}
    roles: dict[int, PartRole] = {}
    parts: list[LexborNode] = []
    for part in reading.template.parts:
        for node in tree.css(part.selector):
            roles.setdefault(node.mem_id, part.role)
            parts.append(node)

    def handle(node: LexborNode) -> Callable[[Collector], None] | None:
        if node.mem_id in titles:
            text = text_of(node)
            return _writer([PageLine(text, LineRole.TITLE)] if text else [])
        role = roles.get(node.mem_id)
        if role is None:
            return None
        if role is PartRole.FRAME:
            return _writer([])
        return _writer([PageLine(text, LineRole.CHROME) for text in part_lines(node, role)])

    collector = Collector()
    whole = content.mem_id == body.mem_id
    wanted = _ancestors([content, *reading.titles, *parts])
    walk_lines(body, collector, handler=handle, inside=whole, content=None if whole else content, wanted=wanted)
    collector.end_block()
    return collector.lines


def read_page(html: str) -> PageText:
    """The readout of a page as text, with the template that read it and the page's facts."""
    tree = LexborHTMLParser(html)
    diagnostics: list[Diagnostic] = []
    language = _language(tree)
    if language and not language.startswith("en"):
        message = f'the page is in another language (lang="{language}"): only English readouts are read'
        diagnostics.append(_diagnostic(message, "html-language"))
    body = tree.body
    if body is None:  # the HTML parser always makes a body; this is only a guard
        reading, lines = _Reading(_GENERIC, (), None), []
    else:
        reading, note = _reading(tree, body)
        if note is not None:
            diagnostics.append(note)
        lines = _page_lines(tree, body, reading)
    if not any(line.text and line.role is LineRole.CONTENT for line in lines):
        name = reading.template.name
        where = "" if name == GENERIC else f" of the {name} template"
        message = f"no readout in the page{where}: it holds no text but its frame"
        diagnostics.append(_diagnostic(message, "html-no-readout"))
    return PageText(
        _text(_above_title(lines)), reading.template.name, page_address(tree), page_title(tree), tuple(diagnostics)
    )
