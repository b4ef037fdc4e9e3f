"""Every honorific of rules/people.toml has an example line, and the mention reader reads it as the line says."""

from __future__ import annotations

from pathlib import Path

import pytest

from mofa_parse.rules.people import HONORIFICS
from mofa_parse.text.names import parse_mention

FIXTURE = Path(__file__).parent / "fixtures" / "rules" / "honorifics.txt"


def _examples() -> list[tuple[str, str, str]]:
    examples = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        form, _, rest = line.partition(": ")
        mention, _, name = rest.rpartition(" => ")
        examples.append((form, mention, name))
    return examples


def test_every_honorific_has_one_example() -> None:
    assert sorted(form for form, _, _ in _examples()) == sorted(honorific.form for honorific in HONORIFICS)


@pytest.mark.parametrize(("form", "mention", "name"), _examples(), ids=[form for form, _, _ in _examples()])
def test_the_example_reads_the_name(form: str, mention: str, name: str) -> None:
    assert mention.startswith(form + " ")
    read = parse_mention(mention)
    assert (read.name if read else "-") == name
