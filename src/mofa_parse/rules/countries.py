"""Country vocabulary for reading who met whom, read from ``countries.toml``.

Readouts name a person's country as a phrase ("of the Russian Federation",
"of the Republic of Korea"), as an adjective ("Russian President Putin") or as
part of a title pair ("Japan-ROK Summit Meeting"). Countries are kept as the
document writes them (without a leading "the"); adjectives and abbreviations
map to a short name. The file also says how the names of a country's people
are ordered, and which titles name one role.
"""

from __future__ import annotations

from mofa_parse.rules.load import RulesError, TableShape, load

__all__ = [
    "ABBREVIATIONS",
    "COMPANY_WORDS",
    "DEMONYMS",
    "DOUBLE_SURNAME_COUNTRIES",
    "ENDING_ORDER_COUNTRIES",
    "FORMAL_ADJECTIVES",
    "FORMAL_WORDS",
    "GIVEN_NAME_COUNTRIES",
    "MIXED_ORDER_COUNTRIES",
    "NATIONAL_OFFICES",
    "ORGANISATIONS",
    "ORGANISATION_WORDS",
    "ROLE_SYNONYMS",
    "SHORT_NAMES",
    "SURNAME_FIRST_COUNTRIES",
    "WHOLE_NAME_COUNTRIES",
    "country_in",
    "known_country",
    "same_country",
    "straight_apostrophes",
]

_WORD = TableShape({"word": str}, unique=("word",))
_COUNTRY = TableShape({"country": str}, unique=("country",))
_FORM = TableShape({"form": str, "country": str}, unique=("form",))

#: The tables of ``countries.toml`` and what their entries hold.
_SHAPES = {
    "short_name": TableShape({"name": str}, unique=("name",)),
    "abbreviation": _FORM,
    "demonym": _FORM,
    "formal_adjective": _WORD,
    "formal_word": _WORD,
    "surname_first": _COUNTRY,
    "mixed_order": _COUNTRY,
    "ending_order": _COUNTRY,
    "given_name": _COUNTRY,
    "double_surname": _COUNTRY,
    "whole_name": _COUNTRY,
    "role_synonym": TableShape({"title": str, "role": str}, unique=("title",)),
    "national_office": TableShape({"title": str, "country": str, "role": str}, unique=("title",)),
    "organisation": TableShape({"name": str}, unique=("name",)),
    "company_word": _WORD,
}
_TABLES = load("countries.toml", _SHAPES)

#: Short names, as written after "of" or "from" ("of India", "from the Philippines").
SHORT_NAMES: frozenset[str] = frozenset(entry["name"] for entry in _TABLES["short_name"])
#: Abbreviations used in titles and leads ("Japan-U.S. Summit Meeting") and the country they name.
ABBREVIATIONS: dict[str, str] = {entry["form"]: entry["country"] for entry in _TABLES["abbreviation"]}
#: Adjectives before a title ("Russian President Putin") and the country they name.
DEMONYMS: dict[str, str] = {entry["form"]: entry["country"] for entry in _TABLES["demonym"]}
#: Adjectives that name a country only inside a formal name ("Hellenic Republic").
FORMAL_ADJECTIVES: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["formal_adjective"])
#: Words that build formal names ("Socialist Republic of Viet Nam", "Kingdom of Thailand").
FORMAL_WORDS: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["formal_word"])
#: Countries whose people's names are written surname first (Chinese, Korean, Vietnamese), in lower case.
SURNAME_FIRST_COUNTRIES: frozenset[str] = frozenset(entry["country"].casefold() for entry in _TABLES["surname_first"])
#: Countries where names come in either order ("Lee Hsien Loong", "Lawrence Wong"), in lower case.
MIXED_ORDER_COUNTRIES: frozenset[str] = frozenset(entry["country"].casefold() for entry in _TABLES["mixed_order"])
#: Countries whose names in mixed case come in either order, told by the endings of the words
#: ("Kamikawa Yoko", "Yoko Kamikawa": people.toml's Japanese endings), in lower case.
ENDING_ORDER_COUNTRIES: frozenset[str] = frozenset(entry["country"].casefold() for entry in _TABLES["ending_order"])
#: Countries whose leaders are called by the given name ("President Joko"), in lower case.
GIVEN_NAME_COUNTRIES: frozenset[str] = frozenset(entry["country"].casefold() for entry in _TABLES["given_name"])
#: Countries whose people carry two surnames and are called by the first ("Castillo Terrones"), in lower case.
DOUBLE_SURNAME_COUNTRIES: frozenset[str] = frozenset(entry["country"].casefold() for entry in _TABLES["double_surname"])
#: Countries whose people have no surname, called by the whole name ("Minister Khin Mar Aye"), in lower case.
WHOLE_NAME_COUNTRIES: frozenset[str] = frozenset(entry["country"].casefold() for entry in _TABLES["whole_name"])
#: International organisations ("United Nations", "ASEAN"), in lower case: their officials are of no country.
ORGANISATIONS: frozenset[str] = frozenset(entry["name"].casefold() for entry in _TABLES["organisation"])
#: The organisations written in one word ("UN", "NATO"), as written: one may stand before an office
#: ("UN Secretary-General", "NATO Secretary General").
ORGANISATION_WORDS: frozenset[str] = frozenset(
    entry["name"] for entry in _TABLES["organisation"] if " " not in entry["name"]
)
#: The words of a company's offices and names, as written ("Chief Executive Officer", "Inc."): their
#: holders are of no country.
COMPANY_WORDS: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["company_word"])
#: Titles (lower case) and the role they name: "minister for foreign affairs" → "foreign minister".
ROLE_SYNONYMS: dict[str, str] = {entry["title"]: entry["role"] for entry in _TABLES["role_synonym"]}

#: Offices (lower case) that name the holder's country and role: "secretary of state" → the
#: United States' "foreign minister".
NATIONAL_OFFICES: dict[str, tuple[str, str]] = {
    entry["title"]: (entry["country"], entry["role"]) for entry in _TABLES["national_office"]
}

_SHORT_FOLDED = {name.casefold(): name for name in SHORT_NAMES}


def _check() -> None:
    """Every adjective, abbreviation and national office names a listed country, and no word is
    both kinds of adjective."""
    offices = {title: country for title, (country, _) in NATIONAL_OFFICES.items()}
    for table, mapping in (("abbreviation", ABBREVIATIONS), ("demonym", DEMONYMS), ("national_office", offices)):
        for form, country in mapping.items():
            if country.casefold() not in _SHORT_FOLDED:
                raise RulesError(f"rules/countries.toml: [[{table}]] {form!r} names {country!r}, not a short_name")
    both = sorted(FORMAL_ADJECTIVES & set(DEMONYMS))
    if both:
        raise RulesError(f"rules/countries.toml: {both[0]!r} is both a demonym and a formal_adjective")


_check()


def straight_apostrophes(text: str) -> str:
    """``text`` with its typographic apostrophes straight ("People’s" as "People's"), as the rules write them."""
    return text.replace("’", "'")


def known_country(text: str) -> bool:
    """Whether ``text`` (without a leading "the") is a short or formal country name we know, its
    apostrophes written either way ("the People’s Republic of China")."""
    text = straight_apostrophes(text)
    key = text.casefold()
    if key in _SHORT_FOLDED or text in ABBREVIATIONS:
        return True
    words = text.split()
    # "Italian Republic", "Hellenic Republic": an adjective and a formal word
    if len(words) == 2 and (words[0] in DEMONYMS or words[0] in FORMAL_ADJECTIVES) and words[1] in FORMAL_WORDS:
        return True
    # "<formal words> of [the] <short name>", or "<formal words> <short name>"
    for index, word in enumerate(words):
        if word not in FORMAL_WORDS:
            rest = words[index:]
            if rest and rest[0] == "of":
                rest = rest[1:]
                if rest and rest[0] == "the":
                    rest = rest[1:]
            # "Republic of the Union of Myanmar": the rest may itself be a formal name
            named = " ".join(rest)
            return index > 0 and bool(rest) and (named.casefold() in _SHORT_FOLDED or known_country(named))
    return False


_FORMAL_FOLDED = frozenset(word.casefold() for word in FORMAL_WORDS)


def _without_formal_words(name: str) -> str:
    """A country's name in lower case without the formal words before "of" ("fiji islands" of "republic
    of the fiji islands"), or the name."""
    words = name.split()
    index = 0
    while index < len(words) and words[index] in _FORMAL_FOLDED:
        index += 1
    if index == 0 or words[index : index + 1] != ["of"]:
        return name
    rest = words[index + 1 :]
    return " ".join(rest[1:] if rest[:1] == ["the"] else rest) or name


def same_country(a: str | None, b: str | None) -> bool:
    """Whether two ways of writing a country name the same one, loosely.

    "Russia" and "Russian Federation", "Korea" and "Republic of Korea", "ROK" and
    "Republic of Korea", "Mexico" and "United Mexican States" agree; a missing country agrees with nothing.
    """
    if a is None or b is None:
        return False
    a, b = straight_apostrophes(a), straight_apostrophes(b)
    x = _by_adjective(ABBREVIATIONS.get(a, a)).casefold().removeprefix("the ")
    y = _by_adjective(ABBREVIATIONS.get(b, b)).casefold().removeprefix("the ")
    if x == y:
        return True
    bare_x, bare_y = _without_formal_words(x), _without_formal_words(y)
    if bare_x == bare_y or f"{bare_x} ".startswith(f"{bare_y} ") or f"{bare_y} ".startswith(f"{bare_x} "):
        return True  # "Republic of the Fiji Islands" and "Fiji"
    short, long = sorted((x, y), key=len)
    return long.startswith(short) or long.endswith(" " + short)


def _by_adjective(name: str) -> str:
    """The short name of a formal name built of formal words and one country adjective ("Mexico" of
    "United Mexican States", "Argentina" of "Argentine Republic"), else the name."""
    words = name.removeprefix("the ").split()
    adjectives = [word for word in words if word in DEMONYMS]
    if len(adjectives) == 1 and len(words) > 1 and all(w in FORMAL_WORDS for w in words if w != adjectives[0]):
        return DEMONYMS[adjectives[0]]
    return name


def country_in(country: str, countries: frozenset[str]) -> bool:
    """Whether ``country`` is one of ``countries`` (names in lower case): as written, without a leading
    "the", or as the short name a formal name ends in ("Republic of Peru", "Kingdom of Spain")."""
    words = straight_apostrophes(country).removeprefix("the ").split()
    while words:
        if " ".join(words).casefold() in countries:
            return True
        index = 0
        while index < len(words) and words[index] in FORMAL_WORDS:
            index += 1
        if index == 0 or words[index : index + 1] != ["of"]:
            return False
        words = words[index + 1 :]
        words = words[1:] if words[:1] == ["the"] else words  # "Republic of the Union of Myanmar"
    return False
