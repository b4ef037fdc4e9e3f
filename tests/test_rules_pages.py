"""rules/pages.toml: every template has a page of its own, every part an element there; bad entries are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from mofa_parse import ChromeKind, parse_html
from mofa_parse.io.pages.read import part_lines, template_of, text_of
from mofa_parse.rules.load import RulesError, parse_rules
from mofa_parse.rules.pages import SHAPES, TEMPLATES, Part, PartRole, Template, read_templates

PAGES = Path(__file__).parent / "fixtures" / "pages"


def content_texts(name: str) -> list[str]:
    doc = parse_html((PAGES / f"{name}.html").read_bytes())
    return [doc.title, *(block.text for block in doc.iter_blocks() if hasattr(block, "text")), *(p.text for p in doc.preamble)]


@pytest.mark.parametrize("template", TEMPLATES, ids=[t.name for t in TEMPLATES])
def test_every_template_reads_its_own_page(template: Template) -> None:
    tree = LexborHTMLParser((PAGES / f"{template.name}.html").read_bytes().decode("utf-8"))
    assert template_of(tree) == template


@pytest.mark.parametrize(
    ("template", "part"),
    [(t, p) for t in TEMPLATES for p in t.parts],
    ids=[f"{t.name}:{p.selector}" for t in TEMPLATES for p in t.parts],
)
def test_every_part_has_an_example_that_stays_out_of_the_content(template: Template, part: Part) -> None:
    tree = LexborHTMLParser((PAGES / f"{template.name}.html").read_bytes().decode("utf-8"))
    found = tree.css(part.selector)
    assert found, f"{template.name}.html has no element for {part.selector!r}"
    content = content_texts(template.name)
    doc = parse_html((PAGES / f"{template.name}.html").read_bytes())
    for node in found:
        text = text_of(node)
        assert text and not any(text in line or line in text for line in content if line)
        if part.role is not PartRole.FRAME:
            lines = part_lines(node, part.role)
            assert lines, f"{text!r} is not kept as chrome"
            kept = {chrome.text: chrome.kind for chrome in doc.chrome}
            assert all(line in kept for line in lines)
            if part.role is PartRole.BREADCRUMB:
                assert [kept[line] for line in lines] == [ChromeKind.BREADCRUMB]


RULES = """
[[template]]
name = "site"
description = "a site"
detect = "main"
{extra}
"""


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('[[part]]\ntemplate = "elsewhere"\nselector = "nav"\nrole = "frame"', "no [[template]] is named 'elsewhere'"),
        ('[[part]]\ntemplate = "site"\nselector = "nav["\nrole = "frame"', "'nav[' is not a CSS selector"),
        ('[[part]]\ntemplate = "site"\nselector = "nav"\nrole = "sidebar"', "role must be one of frame, navigation"),
        ('content = "td"\ncontent_around_title = true', "content_around_title needs a heading"),
        ('heading = "h1::"', "[[template]] 'site' heading: 'h1::' is not a CSS selector"),
    ],
)
def test_bad_entries_are_refused_with_their_place(extra: str, message: str) -> None:
    with pytest.raises(RulesError) as caught:
        read_templates("pages.toml", parse_rules("pages.toml", RULES.format(extra=extra), SHAPES))
    assert message in str(caught.value)
    assert str(caught.value).startswith("pages.toml: ")
