"""The country vocabulary of ``rules/countries.toml``: each adjective and abbreviation read on
its example line of ``tests/fixtures/rules/countries.txt``, each organisation on its line of
``organisations.txt``, and the file's checks."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest

import mofa_parse
from mofa_parse.rules import countries
from mofa_parse.rules.load import RulesError, parse_rules
from mofa_parse.semantics import meeting
from mofa_parse.semantics.meeting.kind import is_foreign_minister
from mofa_parse.text.names import parse_mention
from rules_support import entry_examples, expected_examples

FIXTURE = Path(__file__).parent / "fixtures" / "rules" / "countries.txt"


def _examples() -> list[tuple[str, str]]:
    """The example lines: the text, and the country it names."""
    found: list[tuple[str, str]] = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, country = line.rsplit(" => ", 1)
            found.append((text, country))
    return found


DEMONYM_LINES = [(text, country) for text, country in _examples() if not text.startswith("Japan-")]
ABBREVIATION_LINES = [(text, country) for text, country in _examples() if text.startswith("Japan-")]


@pytest.mark.parametrize(("text", "country"), DEMONYM_LINES)
def test_a_country_adjective_names_the_country(text: str, country: str) -> None:
    mention = parse_mention(text)
    assert mention is not None
    assert mention.country == country
    assert countries.DEMONYMS[_demonym(text)] == country


def _demonym(line: str) -> str:
    """The adjective a line starts with: one word, or two ("Saudi Arabian")."""
    two = " ".join(line.split()[:2])
    return two if two in countries.DEMONYMS else line.split()[0]


@pytest.mark.parametrize(("text", "country"), ABBREVIATION_LINES)
def test_an_abbreviation_in_a_title_names_the_country(text: str, country: str) -> None:
    assert meeting.title_countries(text) == ["Japan", country]
    assert countries.ABBREVIATIONS[text.removeprefix("Japan-").split()[0]] == country


def test_every_adjective_and_abbreviation_has_one_example() -> None:
    assert sorted(_demonym(text) for text, _ in DEMONYM_LINES) == sorted(countries.DEMONYMS)
    assert sorted(text.removeprefix("Japan-").split()[0] for text, _ in ABBREVIATION_LINES) == sorted(
        countries.ABBREVIATIONS
    )


def _rules_text() -> str:
    return resources.files("mofa_parse.rules").joinpath("countries.toml").read_text(encoding="utf-8")


def test_the_rules_file_ships_with_the_package_and_reads() -> None:
    tables = parse_rules("rules/countries.toml", _rules_text(), countries._SHAPES)
    assert len(tables["demonym"]) == len(countries.DEMONYMS)
    assert "Japan" in countries.SHORT_NAMES
    assert countries.ROLE_SYNONYMS["foreign secretary"] == "foreign minister"
    assert "thailand" in countries.GIVEN_NAME_COUNTRIES
    assert "malaysia" in countries.MIXED_ORDER_COUNTRIES


def test_a_second_entry_for_an_adjective_is_refused() -> None:
    text = _rules_text() + '\n[[demonym]]\nform = "Afghan"\ncountry = "Afghanistan"\n'
    with pytest.raises(RulesError, match=r"\[\[demonym\]\] entry \d+ \(form = 'Afghan'\): the same as entry 1"):
        parse_rules("rules/countries.toml", text, countries._SHAPES)


def test_an_unknown_key_is_refused() -> None:
    text = _rules_text() + '\n[[abbreviation]]\nform = "RSA"\ncountry = "South Africa"\nregion = "Africa"\n'
    with pytest.raises(RulesError, match="unknown key 'region'"):
        parse_rules("rules/countries.toml", text, countries._SHAPES)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("President Joko Widodo of Indonesia", "Indonesia"),
        ("President Luis Carrillo of the Republic of Peru", "Republic of Peru"),
        ("Hellenic Republic", None),
    ],
)
def test_countries_after_of(text: str, country: str | None) -> None:
    mention = parse_mention(text)
    assert (mention.country if mention else None) == country
    assert countries.known_country("Hellenic Republic")
    assert not countries.known_country("Hellenic Federation of Nowhere")


def _tables() -> dict[str, list[dict[str, str]]]:
    text = resources.files("mofa_parse.rules").joinpath("countries.toml").read_text(encoding="utf-8")
    tables: dict[str, list[dict[str, str]]] = tomllib.loads(text)
    return tables


def test_every_organisation_has_exactly_one_example() -> None:
    names = sorted(entry["name"].casefold() for entry in _tables()["organisation"])
    assert sorted(name.casefold() for name, _ in entry_examples("organisations.txt")) == names


@pytest.mark.parametrize(("name", "office"), entry_examples("organisations.txt"))
def test_an_organisations_official_is_of_no_country_and_faces_japan(name: str, office: str) -> None:
    """Facing only an organisation's official, the principal without a country is Japan's."""
    assert name in office
    doc = mofa_parse.parse(
        "Courtesy Call\n\nMay 2, 2019\n\n"
        f"On May 2, Minister for Foreign Affairs Jiro Suzuki held a meeting with Mr. Alan Reed, {office}.\n\n"
        "1. Mr. Reed stated that he was glad.\n"
    )
    assert [(p.surname, p.title, p.country) for p in doc.meeting.participants] == [
        ("Suzuki", "Minister for Foreign Affairs", "Japan"),
        ("Reed", office, None),
    ]


def test_every_company_word_has_exactly_one_example() -> None:
    assert sorted(word for word, _ in entry_examples("company_words.txt")) == sorted(e["word"] for e in _tables()["company_word"])


@pytest.mark.parametrize(("word", "office"), entry_examples("company_words.txt"))
def test_a_companys_officer_is_of_no_country_and_faces_japan(word: str, office: str) -> None:
    """Facing only a company's officer, the principal holding an office without a country is Japan's."""
    assert word in office
    doc = mofa_parse.parse(
        "Courtesy Call\n\nMay 2, 2019\n\n"
        f"On May 2, Prime Minister Ichiro Tanaka received a courtesy call from Mr. Erik Lund, {office}, "
        "at the Prime Minister's Official Residence.\n\n1. Mr. Lund stated that he was glad.\n"
    )
    assert [(p.surname, p.title, p.country) for p in doc.meeting.participants] == [
        ("Tanaka", "Prime Minister", "Japan"),
        ("Lund", office.removesuffix("."), None),
    ]


def test_a_principal_facing_an_office_of_no_company_word_keeps_no_country() -> None:
    """"Chairman of Everstone Shipping": no word says that it is a company's (a chairman may hold a
    state's office), so nothing says which side is Japan's."""
    doc = mofa_parse.parse(
        "Courtesy Call\n\nMay 2, 2019\n\nOn May 2, Prime Minister Ichiro Tanaka received a courtesy call from "
        "Mr. Erik Lund, Chairman of Everstone Shipping, at the Prime Minister's Official Residence.\n"
    )
    assert [p.country for p in doc.meeting.participants] == [None, None]


def test_a_principal_facing_an_office_of_no_listed_body_keeps_no_country() -> None:
    """Without a country or an organisation on the other side, nothing says which side is Japan's."""
    doc = mofa_parse.parse(
        "Meeting\n\nMay 2, 2019\n\n"
        "On May 2, Minister for Foreign Affairs Jiro Suzuki held a meeting with Mr. Alan Reed, "
        "Minister of Foreign Affairs.\n\n1. Mr. Reed stated that he was glad.\n"
    )
    assert [p.country for p in doc.meeting.participants] == [None, None]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Fiji", "Republic of the Fiji Islands", True),
        ("Korea", "Republic of Korea", True),
        ("ROK", "Republic of Korea", True),
        ("Guinea", "Republic of Guinea-Bissau", False),
        ("Niger", "Republic of the Congo", False),
        ("Mexico", "United Mexican States", True),
        ("Argentina", "Argentine Republic", True),
        ("United States", "United Mexican States", False),
        ("United Arab Emirates", "Arab Republic of Egypt", False),
    ],
)
def test_two_ways_of_writing_a_country(a: str, b: str, same: bool) -> None:
    """A formal name is the country whose short name it ends in, or whose short name starts with the
    other's words ("Fiji Islands"), or whose adjective it is built of with formal words ("United Mexican
    States"), not one whose name only starts with the same letters."""
    assert countries.same_country(a, b) is same
    assert countries.same_country(b, a) is same


def test_every_role_synonym_has_exactly_one_example() -> None:
    titles = sorted(entry["title"] for entry in tomllib.loads(_rules_text())["role_synonym"])
    assert sorted(title for title, _, _ in expected_examples("role_synonyms.txt")) == titles


@pytest.mark.parametrize(("key", "mention", "title"), expected_examples("role_synonyms.txt"))
def test_a_role_synonym_is_a_foreign_ministers_title(key: str, mention: str, title: str) -> None:
    """The office the mention reader gives is the synonym, and it is a foreign minister's."""
    read = parse_mention(mention)
    assert read is not None and read.title == title
    assert countries.ROLE_SYNONYMS[key] == "foreign minister"
    assert is_foreign_minister(title)


def test_a_formal_name_pages_write_in_another_order_is_a_country() -> None:
    """"President of the Mexican United States", as pages of 2012 write it: the country, not a
    title that runs on to an adjective (which would give "Mexico")."""
    mention = parse_mention("Mr. Felipe Ortega, President of the Mexican United States")
    assert mention is not None
    assert (mention.title, mention.country) == ("President", "Mexican United States")
