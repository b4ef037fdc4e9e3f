"""The examples in README.md and docs/ run as doctests.

A line ``<!-- needs: pandas, matplotlib -->`` in a page says that the examples
after it need those optional libraries: where one is not installed, the page's
examples run up to that line and the test is skipped from there.
"""

from __future__ import annotations

import doctest
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
NEEDS = re.compile(r"^<!-- needs: (.+?) -->$", re.MULTILINE)


def parts(text: str) -> list[tuple[list[str], str]]:
    """The page cut at its ``needs`` lines: each part with the libraries its examples need."""
    pieces = NEEDS.split(text)
    found: list[tuple[list[str], str]] = [([], pieces[0])]
    for needs, part in zip(pieces[1::2], pieces[2::2]):
        found.append(([name.strip() for name in needs.split(",")], part))
    return found


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_examples_run(page: Path) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    globs: dict[str, object] = {"__name__": "__main__"}
    line = 0
    for needs, part in parts(page.read_text(encoding="utf-8")):
        missing = [name for name in needs if importlib.util.find_spec(name) is None]
        if missing:
            assert runner.failures == 0, f"{runner.failures} example(s) failed in {page.name}"
            pytest.skip(f"the rest of {page.name} needs {', '.join(missing)}")
        test = doctest.DocTestParser().get_doctest(part, globs, page.name, str(page), line)
        runner.run(test, clear_globs=False)
        globs = test.globs  # the names the examples made, for the next part (a DocTest copies its globs)
        line += part.count("\n") + 1  # and the needs line
    assert runner.failures == 0, f"{runner.failures} example(s) failed in {page.name}"


def test_a_page_is_cut_at_its_needs_lines() -> None:
    text = "a\n<!-- needs: pandas -->\nb\n<!-- needs: pandas, matplotlib -->\nc\n"
    assert parts(text) == [([], "a\n"), (["pandas"], "\nb\n"), (["pandas", "matplotlib"], "\nc\n")]
