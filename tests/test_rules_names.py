"""The name rules that tell a given name from a surname or an office: the title words that are also
given names (``[[given_name_title]]`` of people.toml), the countries whose people carry two surnames
(``[[double_surname]]`` of countries.toml), the pairs of given names (``[[given_name_pair]]`` of
people.toml) and the forms of the Arabic article joined to a surname (``[[name_article]]`` of people.toml),
each entry on its example line under ``fixtures/rules/``."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from mofa_parse.model import Person
from mofa_parse.semantics.people import resolve
from mofa_parse.text.names import find_mentions, parse_mention
from mofa_parse.text.surnames import surname_key
from rules_support import expected_examples


def _table(file: str, table: str, key: str) -> list[str]:
    text = resources.files("mofa_parse.rules").joinpath(file).read_text(encoding="utf-8")
    return sorted(entry[key] for entry in tomllib.loads(text)[table])


@pytest.mark.parametrize(
    ("file", "rules", "table", "key"),
    [
        ("given_name_titles.txt", "people.toml", "given_name_title", "word"),
        ("given_name_pairs.txt", "people.toml", "given_name_pair", "names"),
        ("double_surnames.txt", "countries.toml", "double_surname", "country"),
        ("name_articles.txt", "people.toml", "name_article", "form"),
        ("whole_names.txt", "countries.toml", "whole_name", "country"),
    ],
)
def test_every_entry_has_exactly_one_example(file: str, rules: str, table: str, key: str) -> None:
    assert sorted(entry for entry, _, _ in expected_examples(file)) == _table(rules, table, key)


@pytest.mark.parametrize(("word", "mention", "expected"), expected_examples("given_name_titles.txt"))
def test_a_title_word_that_is_a_given_name_starts_the_name(word: str, mention: str, expected: str) -> None:
    name, _, title = expected.partition(" | ")
    read = find_mentions(mention)[0]
    assert (read.name, read.title) == (name, None if title == "-" else title)
    assert read.name is not None and read.name.split()[0] == word


@pytest.mark.parametrize(("country", "mention", "surname"), expected_examples("double_surnames.txt"))
def test_a_name_of_two_surnames_is_called_by_the_first(country: str, mention: str, surname: str) -> None:
    (read,) = find_mentions(mention)
    assert read.name is not None and len(read.name.split()) == 3
    assert (read.surname, read.country) == (surname, country)
    assert read.name.split()[1] == surname


@pytest.mark.parametrize(("pair", "mention", "surname"), expected_examples("given_name_pairs.txt"))
def test_a_name_after_a_pair_of_given_names_has_one_surname(pair: str, mention: str, surname: str) -> None:
    (read,) = find_mentions(mention)
    assert read.name == f"{pair} {surname}"
    assert (read.surname, read.country) == (surname, "Spain")
    # the same name with another first given name has two surnames: the first is the pair's second word
    other = find_mentions(mention.replace(pair.split()[0], "Pedro", 1))[0]
    assert other.surname == pair.split()[1]


def test_a_portuguese_name_keeps_its_last_surname() -> None:
    """Brazil and Portugal are not double-surname countries: the last surname, with its particles."""
    (lula,) = find_mentions("President Luiz Inacio Lula da Silva of the Federative Republic of Brazil")
    assert lula.surname == "da Silva"
    (costa,) = find_mentions("Prime Minister Marcelo Rebelo Sousa of the Portuguese Republic")
    assert costa.surname == "Sousa"


@pytest.mark.parametrize(("form", "mention", "surname"), expected_examples("name_articles.txt"))
def test_a_surname_is_compared_without_the_article_joined_to_it(form: str, mention: str, surname: str) -> None:
    read = parse_mention(mention)
    assert read is not None and read.surname == f"{form.capitalize()}-{surname}"
    assert surname_key(read.surname) == surname.casefold()
    title = mention.rsplit(" ", 2)[0]
    for written in (f"Al-{surname}", surname):
        person = Person(f"Omar {written}", written, title, None)
        assert resolve((person,), mention) is person


def test_an_article_form_left_out_is_kept_in_the_name() -> None:
    """The "e" forms other than "el" are no articles: "En-lai" of "Zhou En-lai" is a given name."""
    assert surname_key("En-lai") == "en-lai"
    assert surname_key("El-Gamal Al-Masry") == "gamal masry"


@pytest.mark.parametrize(("country", "mention", "surname"), expected_examples("whole_names.txt"))
def test_a_name_of_no_surname_is_called_whole(country: str, mention: str, surname: str) -> None:
    (read,) = find_mentions(mention)
    assert read.country is not None and country in read.country
    assert read.surname == read.name == surname


def test_a_capital_particle_before_a_small_one_is_part_of_the_surname() -> None:
    """The particles of the surname, the first written with a capital ("Van den Broeck", "De la Cruz");
    a capital particle alone stays out ("Al Saud" gives "Saud", as later mentions decide)."""
    (broeck,) = find_mentions("with H.E. Mr. Pieter Van den Broeck, President of the European Council,")
    assert broeck.surname == "Van den Broeck"
    (cruz,) = find_mentions("with Minister Maria De la Cruz of Spain")
    assert cruz.surname == "De la Cruz"
    (faisal,) = find_mentions("with Prince Faisal bin Farhan Al Saud")
    assert faisal.surname == "Saud"
