"""The rules loader refuses a file that does not have the declared shape, naming the file and the entry."""

from __future__ import annotations

import pytest

from mofa_parse.rules.load import RulesError, TableShape, parse_rules

SHAPES = {
    "verb": TableShape(
        {"form": str, "family": str},
        optional={"needs_that": bool},
        unique=("form",),
        choices={"family": ("say", "state")},
    )
}


def test_a_well_formed_file_gives_its_entries() -> None:
    tables = parse_rules("verbs.toml", '[[verb]]\nform = "stated"\nfamily = "state"\nneeds_that = true\n', SHAPES)
    assert tables == {"verb": ({"form": "stated", "family": "state", "needs_that": True},)}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[verb]]\nform = "stated"\nfamily = "state"\n[[verb]]\nform = "stated"\nfamily = "say"\n',
         "verbs.toml: [[verb]] entry 2 (form = 'stated'): the same as entry 1"),
        ('[[verb]]\nform = "stated"\n', "verbs.toml: [[verb]] entry 1 (form = 'stated'): missing family"),
        ('[[verb]]\nform = "stated"\nfamily = "state"\ntense = "past"\n',
         "verbs.toml: [[verb]] entry 1 (form = 'stated'): unknown key 'tense'"),
        ('[[verb]]\nform = "stated"\nfamily = "shout"\n',
         "verbs.toml: [[verb]] entry 1 (form = 'stated'): family must be one of say, state, not 'shout'"),
        ('[[verb]]\nform = 3\nfamily = "state"\n', "verbs.toml: [[verb]] entry 1 (form = 3): form must be str, not int"),
        ('[[verb]]\nform = "stated"\nfamily = "state"\nneeds_that = 1\n',
         "verbs.toml: [[verb]] entry 1 (form = 'stated'): needs_that must be bool, not int"),
        ('[[verb]]\nform = " stated"\nfamily = "state"\n',
         "verbs.toml: [[verb]] entry 1 (form = ' stated'): form must be a word or phrase without outer spaces"),
        ('[[verbs]]\nform = "stated"\n', "verbs.toml: unknown table 'verbs' (known: verb)"),
        ('verb = "stated"\n', "verbs.toml: verb must be an array of tables ([[verb]])"),
        ("[[verb]\n", "verbs.toml: not valid TOML"),
    ],
)
def test_a_malformed_file_is_refused_with_the_entry_named(text: str, message: str) -> None:
    with pytest.raises(RulesError) as caught:
        parse_rules("verbs.toml", text, SHAPES)
    assert str(caught.value).startswith(message)


def test_the_shipped_people_rules_load() -> None:
    from mofa_parse.rules import people

    assert {"Minister", "President", "Spokesperson"} <= people.HEADS
    assert {"Prime", "Foreign", "Affairs"} <= people.MODIFIERS
    assert {"von", "bin"} <= people.PARTICLES
