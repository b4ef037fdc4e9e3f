"""Page templates, read from ``pages.toml``: where a saved page keeps its readout, and its frame.

Each ``[[template]]`` names a layout of the sites readouts are saved from
(mofa.go.jp now and in its older table layout, the Prime Minister's Office),
with CSS selectors for telling it apart, its title and its readout; each
``[[part]]`` is one piece of that template's page furniture: dropped as frame,
or kept as chrome of a kind. Selectors are checked when the file is loaded, so
that a mistyped one is a ``RulesError`` naming its entry, not a failure on the
first page. Adding a template is entries here plus a page in
``tests/fixtures/pages/<name>.html``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs
from selectolax.lexbor import LexborHTMLParser, SelectolaxError

from mofa_parse.rules.load import RulesError, TableShape, load

__all__ = ["TEMPLATES", "Part", "PartRole", "Template", "read_templates"]


class PartRole(enum.Enum):
    """What a part of a page is: frame (dropped) or a kind of chrome (kept out of the content)."""

    FRAME = "frame"
    NAVIGATION = "navigation"
    BREADCRUMB = "breadcrumb"
    PHOTO = "photo"
    CATEGORY = "category"


@attrs.frozen
class Part:
    """One piece of a template's page furniture: the elements ``selector`` matches, and their role."""

    selector: str
    role: PartRole


@attrs.frozen
class Template:
    """A page layout: how to recognise it, where its title and readout are, and its furniture."""

    name: str
    description: str
    detect: str
    detect_text: str | None = None
    heading: str | None = None
    subheading: str | None = None
    content: str | None = None
    content_around_title: bool = False
    parts: tuple[Part, ...] = ()


_TEMPLATE = TableShape(
    {"name": str, "description": str, "detect": str},
    optional={
        "detect_text": str,
        "heading": str,
        "subheading": str,
        "content": str,
        "content_around_title": bool,
    },
    unique=("name",),
)
_PART = TableShape(
    {"template": str, "selector": str, "role": str},
    unique=("template", "selector"),
    choices={"role": tuple(role.value for role in PartRole)},
)
SHAPES = {"template": _TEMPLATE, "part": _PART}

_PROBE = "<html><body><p>probe</p></body></html>"


def _check_selector(where: str, selector: str) -> str:
    """The selector, once the HTML parser has read it: else a ``RulesError`` naming ``where``."""
    try:
        LexborHTMLParser(_PROBE).css(selector)
    except SelectolaxError:
        raise RulesError(f"{where}: {selector!r} is not a CSS selector the page reader understands") from None
    return selector


def read_templates(file: str, tables: Mapping[str, tuple[Mapping[str, Any], ...]]) -> tuple[Template, ...]:
    """The templates of the tables read from ``file``, each with its parts, in the order written."""
    parts: dict[str, list[Part]] = {str(entry["name"]): [] for entry in tables["template"]}
    for entry in tables["part"]:
        where = f"{file}: [[part]] {entry['selector']!r}"
        owner = str(entry["template"])
        if owner not in parts:
            raise RulesError(f"{where}: no [[template]] is named {owner!r}")
        parts[owner].append(Part(_check_selector(where, str(entry["selector"])), PartRole(entry["role"])))
    templates = []
    for entry in tables["template"]:
        name = str(entry["name"])
        where = f"{file}: [[template]] {name!r}"
        selectors = {
            key: _check_selector(f"{where} {key}", str(entry[key]))
            for key in ("detect", "heading", "subheading", "content")
            if key in entry
        }
        if entry.get("content_around_title") and not ("content" in selectors and "heading" in selectors):
            raise RulesError(f"{where}: content_around_title needs a heading and a content selector")
        templates.append(
            Template(
                name=name,
                description=str(entry["description"]),
                detect=selectors["detect"],
                detect_text=entry.get("detect_text"),
                heading=selectors.get("heading"),
                subheading=selectors.get("subheading"),
                content=selectors.get("content"),
                content_around_title=bool(entry.get("content_around_title", False)),
                parts=tuple(parts[name]),
            )
        )
    return tuple(templates)


#: The page templates, in the order they are tried.
TEMPLATES: tuple[Template, ...] = read_templates("rules/pages.toml", load("pages.toml", SHAPES))
