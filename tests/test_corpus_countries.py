"""Countries as codes: each entry of ``rules/country_codes.toml`` read on its example line of
``tests/fixtures/rules/country_codes.txt``, MOFA's names read through pycountry, and the file's checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from mofa_parse.corpus.countries import country_code, is_organisation
from mofa_parse.rules import country_codes
from mofa_parse.rules.countries import ABBREVIATIONS, DEMONYMS, SHORT_NAMES
from mofa_parse.rules.load import RulesError
from mofa_parse.text.names import parse_mention

FIXTURE = Path(__file__).parent / "fixtures" / "rules" / "country_codes.txt"


def _examples() -> list[tuple[str, str, str]]:
    """The example lines: the text, the longest name of the file it ends with, and its code."""
    found: list[tuple[str, str, str]] = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, code = line.rsplit(" => ", 1)
            ends = [entry.name for entry in country_codes.CODES.values() if text.endswith(" " + entry.name)]
            found.append((text, max(ends, key=len, default=""), code))
    return found


@pytest.mark.parametrize(("text", "name", "code"), _examples())
def test_each_entry_reads_on_its_example_line(text: str, name: str, code: str) -> None:
    assert country_codes.CODES[name.casefold()].code == code
    assert country_code(name) == code
    mention = parse_mention(text)
    assert mention is not None
    if mention.country is not None:  # the country as the meeting pass reads it
        assert country_code(mention.country) == code


def test_every_entry_has_one_example() -> None:
    assert sorted(name.casefold() for _, name, _ in _examples()) == sorted(country_codes.CODES)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Republic of Korea", "KOR"),
        ("ROK", "KOR"),
        ("Korean", "KOR"),
        ("Viet Nam", "VNM"),
        ("Vietnam", "VNM"),
        ("Socialist Republic of Viet Nam", "VNM"),
        ("Russian Federation", "RUS"),
        ("Russia", "RUS"),
        ("Russian", "RUS"),
        ("People's Republic of China", "CHN"),
        ("People’s Republic of China", "CHN"),
        ("China", "CHN"),
        ("United States of America", "USA"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("American", "USA"),
        ("UK", "GBR"),
        ("United Kingdom", "GBR"),
        ("British", "GBR"),
        ("Federative Republic of Brazil", "BRA"),
        ("Kingdom of Cambodia", "KHM"),
        ("Hellenic Republic", "GRC"),
        ("DPRK", "PRK"),
        ("Japan", "JPN"),
        ("EU", "XEU"),
    ],
)
def test_mofa_names_and_aliases_read_as_one_code(name: str, code: str) -> None:
    assert country_code(name) == code


def test_every_country_the_meeting_pass_names_has_a_code() -> None:
    missing = [name for name in sorted({*SHORT_NAMES, *ABBREVIATIONS, *DEMONYMS}) if country_code(name) is None]
    assert missing == []


def test_an_unknown_name_has_no_code_and_organisations_are_not_countries() -> None:
    assert [country_code(name) for name in ("Atlantis", "", "the", None)] == [None, None, None, None]
    assert [is_organisation(code) for code in ("XEU", "XAS", "XUN", "XKX", "JPN", None)] == [
        True, True, True, False, False, False,
    ]


def test_country_codes_are_iso_codes_pycountry_knows() -> None:
    pycountry = pytest.importorskip("pycountry")
    for entry in country_codes.CODES.values():
        if entry.kind is country_codes.CodeKind.COUNTRY:
            assert pycountry.countries.get(alpha_3=entry.code) is not None, entry
        else:
            assert pycountry.countries.get(alpha_3=entry.code) is None, entry


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('[[country]]\nname = "Ruritania"\ncode = "rur"\n', "is not three capital letters"),
        ('[[country]]\nname = "Ruritania"\ncode = "XRU"\n', "must not start with X"),
        ('[[organisation]]\nname = "Pact"\ncode = "PAC"\n', "must start with X"),
        ('[[country]]\nname = "Korea"\ncode = "KOR"\n[[other]]\nname = "korea"\ncode = "XKO"\n', "also listed"),
    ],
)
def test_a_bad_entry_is_a_rules_error(text: str, problem: str) -> None:
    with pytest.raises(RulesError, match=problem):
        country_codes.read_codes(text)
