"""The name words of rules/people.toml: one example line for each honorific, modifier, particle,
post-nominal, title connector and Japanese name ending, read by the mention reader as the line says; and
the words that mark a name surname first or are never names, and the leader roles, as the readers use them."""

from __future__ import annotations

import datetime
import tomllib
from importlib import resources

import pytest

from mofa_parse.rules.people import (
    CALENDAR_WORDS,
    GENERATIONAL_SUFFIXES,
    HEADLINE_VERBS,
    JAPANESE_GIVEN_ENDINGS,
    JAPANESE_SURNAME_ENDINGS,
    LEADER_ROLES,
    MONTHS,
    NOT_NAMES,
    SURNAME_FIRST_HINTS,
    WEEKDAYS,
)
from mofa_parse.text.dates import month_number, read_date_line
from mofa_parse.text.names import find_mentions, parse_mention, role_key, split_surname
from rules_support import RULES, expected_examples

TABLES = tomllib.loads(resources.files("mofa_parse.rules").joinpath("people.toml").read_text(encoding="utf-8"))


def _words(table: str) -> list[str]:
    return sorted(entry["word"] for entry in TABLES[table])


@pytest.mark.parametrize(
    ("file", "table"),
    [
        ("modifiers.txt", "modifier"),
        ("particles.txt", "particle"),
        ("post_nominals.txt", "post_nominal"),
        ("title_connectors.txt", "title_connector"),
    ],
)
def test_every_entry_has_exactly_one_example(file: str, table: str) -> None:
    assert sorted(word for word, _, _ in expected_examples(file)) == _words(table)


TITLE_EXAMPLES = expected_examples("modifiers.txt") + expected_examples("title_connectors.txt")


@pytest.mark.parametrize(("word", "mention", "title"), TITLE_EXAMPLES)
def test_title_word_example_reads_the_title(word: str, mention: str, title: str) -> None:
    """A modifier ("Deputy") or a connector ("of") is read as one of the words of the title."""
    assert word in mention.split()
    read = parse_mention(mention)
    assert read is not None
    assert read.title == title
    assert word in title.split()


@pytest.mark.parametrize(("word", "mention", "surname"), expected_examples("particles.txt"))
def test_particle_example_reads_the_surname(word: str, mention: str, surname: str) -> None:
    assert word in mention.split()
    read = parse_mention(mention)
    assert read is not None
    assert read.surname == surname
    assert word in surname.split()


def test_every_regnal_particle_has_exactly_one_example() -> None:
    assert sorted(word for word, _, _ in expected_examples("regnal_particles.txt")) == _words("regnal_particle")


@pytest.mark.parametrize(("word", "mention", "expected"), expected_examples("regnal_particles.txt"))
def test_regnal_particle_example_goes_on_to_the_country(word: str, mention: str, expected: str) -> None:
    """"King Hamza II Ibn Al Talal of ...": the capitalised particle after the regnal number goes on
    with the name, and the country after it is read; another capitalised word there ends the name."""
    name, _, country = expected.partition(" / ")
    read = parse_mention(mention)
    assert read is not None
    assert (read.name, read.surname, read.country) == (name, name.split()[0], country)
    assert word in name.split()
    other = parse_mention(mention.replace(f" {word} ", " Zed "))
    assert other is not None and other.name == " ".join(name.split()[:2])


def test_particles_one_after_another_stay_in_the_name() -> None:
    """"von der Leyen": "der" after "von" goes on with the name, and both are in the surname."""
    read = parse_mention("President Ursula von der Leyen")
    assert read is not None
    assert (read.name, read.surname, read.end) == ("Ursula von der Leyen", "von der Leyen", 30)


@pytest.mark.parametrize(("word", "mention", "expected"), expected_examples("post_nominals.txt"))
def test_post_nominal_example_reads_the_name_and_surname(word: str, mention: str, expected: str) -> None:
    """The surname never holds the post-nominal; the name holds a generational suffix only."""
    name, _, surname = expected.partition(" / ")
    read = parse_mention(mention)
    assert read is not None
    assert (read.name, read.surname) == (name, surname)
    assert word not in surname.split()
    assert (name.split()[-1].rstrip(".") == word) is (word.casefold() in GENERATIONAL_SUFFIXES)


@pytest.mark.parametrize("surname", sorted(SURNAME_FIRST_HINTS))
def test_surname_first_hint_puts_the_surname_first(surname: str) -> None:
    assert split_surname(f"{surname} Minh", None) == surname
    assert split_surname(f"{surname} Minh", "France") == "Minh"


def test_calendar_words_are_never_names() -> None:
    assert {"January", "December", "Monday", "Sunday"} <= CALENDAR_WORDS < NOT_NAMES
    assert len(CALENDAR_WORDS) == 19
    read = parse_mention("Prime Minister Kishida Monday")
    assert read is not None
    assert (read.name, read.title) == ("Kishida", "Prime Minister")


@pytest.mark.parametrize("word", sorted(NOT_NAMES - CALENDAR_WORDS))
def test_a_word_that_is_never_a_name_ends_the_name(word: str) -> None:
    read = parse_mention(f"Minister Sato {word}")
    assert read is not None
    assert read.name == "Sato"


@pytest.mark.parametrize("role", sorted(LEADER_ROLES))
def test_leader_roles_are_written_as_role_key_writes_them(role: str) -> None:
    assert role_key(role.title()) == role


def test_every_headline_verb_has_exactly_one_example() -> None:
    assert sorted(word for word, _, _ in expected_examples("headline_verbs.txt")) == sorted(HEADLINE_VERBS)


@pytest.mark.parametrize(("word", "title", "name"), expected_examples("headline_verbs.txt"))
def test_headline_verb_example_ends_the_name(word: str, title: str, name: str) -> None:
    """A verb of a title ("Receives", "Visits") ends the name before it and is never part of one."""
    assert word in title.split()
    (first, *_) = find_mentions(title)
    assert first.name == name
    assert all(word not in (m.name or "").split() for m in find_mentions(title))


def test_every_honorific_has_exactly_one_example() -> None:
    """One line a form as the rules write it (an abbreviated rank with its full stop: "Gen. ..."); a style
    abbreviation may have one more, written with spaces ("H. E.")."""
    forms = sorted(entry["form"] for entry in TABLES["honorific"])
    examples = expected_examples("honorifics.txt")
    written = (" ", ". ")
    assert sorted(form for form, mention, _ in examples if mention.startswith(tuple(form + w for w in written))) == forms
    spaced = [
        mention.partition(" Mr")[0]
        for form, mention, _ in examples
        if not mention.startswith(tuple(form + w for w in written))
    ]
    assert spaced == ["H. E."]


def _spaced(form: str) -> str:
    """A style abbreviation written with a space after each inner full stop: "H.E." as "H. E."."""
    return form.replace(".", ". ").strip()


@pytest.mark.parametrize(("form", "mention", "name"), expected_examples("honorifics.txt"))
def test_honorific_example_reads_the_name(form: str, mention: str, name: str) -> None:
    """Courtesy titles and styles stand before the name, not in it, a style abbreviation written with
    spaces too ("H. E. Mr. ...") and an abbreviated rank with its full stop ("Gen. ..."); "-" where no
    mention is read."""
    assert mention.startswith((form + " ", form + ". ", _spaced(form) + " "))
    read = parse_mention(mention)
    assert (read.name if read else "-") == name


def test_every_rank_qualifier_has_exactly_one_example() -> None:
    forms = sorted(entry["form"] for entry in TABLES["rank_qualifier"])
    assert sorted(form for form, _, _ in expected_examples("rank_qualifiers.txt")) == forms


@pytest.mark.parametrize(("form", "mention", "name"), expected_examples("rank_qualifiers.txt"))
def test_rank_qualifier_example_reads_the_name_and_the_office(form: str, mention: str, name: str) -> None:
    """"General (Ret.) Bambang Hartanto, Minister of Defence of ...": the qualifier, in any case, goes with
    the rank before it; the name after it and the office after the name are read as without it, in a
    sentence too."""
    written = mention[mention.index("(") + 1 : mention.index(")")]
    assert written.casefold().rstrip(".") == form.casefold().rstrip(".")
    office = mention.partition(", ")[2]
    sentence = f"The Prime Minister met {mention}, at the Prime Minister's Office."
    for read in (parse_mention(mention), find_mentions(sentence)[1]):
        assert read is not None
        assert read.name == name
        assert (read.title, read.country) == tuple(office.split(" of the "))
        assert written not in (read.name or "")
    without = parse_mention(mention.replace(f" ({written})", ""))
    assert without is not None and without.name == name


def test_the_calendar_words_are_the_months_and_days_in_their_order() -> None:
    """Dates are read by the months' order in people.toml: January must come first."""
    assert list(MONTHS) == [datetime.date(2001, month, 1).strftime("%B") for month in range(1, 13)]
    assert list(WEEKDAYS) == [datetime.date(2001, 1, day).strftime("%A") for day in range(1, 8)]  # a Monday
    assert [month_number(word) for word in ("January", "Jan.", "Sept", "sep", "December")] == [1, 1, 9, 9, 12]
    assert read_date_line("Mon. Jan. 1, 2001") == read_date_line("Monday, January 1, 2001") is not None


def _ending_examples() -> list[tuple[str, str, str, str]]:
    """The lines of name_endings.txt as (kind, ending, name, surname)."""
    examples = []
    for line in (RULES / "name_endings.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        head, _, rest = line.partition(": ")
        kind, ending = head.split()
        name, surname = rest.split(" => ")
        examples.append((kind, ending, name, surname))
    return examples


def test_every_japanese_ending_has_exactly_one_example() -> None:
    for kind in ("given", "surname"):
        endings = sorted(entry["ending"] for entry in TABLES[f"japanese_{kind}_ending"])
        assert sorted(ending for k, ending, _, _ in _ending_examples() if k == kind) == endings


@pytest.mark.parametrize(("kind", "ending", "name", "surname"), _ending_examples())
def test_japanese_ending_example_tells_the_order(kind: str, ending: str, name: str, surname: str) -> None:
    """A Japanese name in mixed case is read surname first when its words end so, and the same
    name given name first keeps its last word as the surname."""
    first, second = name.split()
    word = (second if kind == "given" else first).casefold()
    table = JAPANESE_GIVEN_ENDINGS if kind == "given" else JAPANESE_SURNAME_ENDINGS
    assert max((e for e in table if word.endswith(e) and e != word), key=len) == ending  # the one that decides
    assert split_surname(name, "Japan") == surname
    assert split_surname(f"{second} {first}", "Japan") == surname


@pytest.mark.parametrize(
    ("name", "country", "surname"),
    [
        ("Kenta Mori", "Japan", "Mori"),  # neither word ends as the other kind
        ("Naoto Kan", "Japan", "Kan"),  # an ending of neither kind: the last word
        ("Kamikawa Yoko", None, "Yoko"),  # no country: the endings say nothing
        ("Kamikawa Yoko", "Republic of Peru", "Yoko"),
        ("KAMIKAWA Yoko", "Japan", "Kamikawa"),  # capitals decide first
    ],
)
def test_japanese_endings_apply_to_two_words_of_japan(name: str, country: str | None, surname: str) -> None:
    assert split_surname(name, country) == surname
