"""The example lines of the rules, in ``tests/fixtures/rules/``: one file a table or a concept.

Blank lines and lines starting with "#" are comments. A line is "entry: example", or
"entry: mention => expected" where the example says what the mention reader gives.
"""

from __future__ import annotations

from pathlib import Path

RULES = Path(__file__).parent / "fixtures" / "rules"


def example_lines(file: str) -> list[str]:
    """The lines of ``file`` that are neither blank nor comments."""
    return [line for line in (RULES / file).read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]


def entry_examples(file: str) -> list[tuple[str, str]]:
    """The lines of ``file`` as (entry, example), from "entry: example"."""
    return [(entry, example) for entry, _, example in (line.partition(": ") for line in example_lines(file))]


def expected_examples(file: str) -> list[tuple[str, str, str]]:
    """The lines of ``file`` as (entry, mention, expected), from "entry: mention => expected"."""
    found = []
    for entry, example in entry_examples(file):
        mention, _, expected = example.rpartition(" => ")
        found.append((entry, mention, expected))
    return found
