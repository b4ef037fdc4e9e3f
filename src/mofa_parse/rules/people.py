"""The vocabulary of people, read from ``people.toml``: title words, honorifics, name particles, post-nominals.

One list each, shared by every reader of mentions (the meeting pass and the
speech pass). Adding a title word is one ``[[head]]`` or ``[[modifier]]`` entry
in ``people.toml`` plus an example line in ``tests/fixtures/rules/``.
"""

from __future__ import annotations

import enum

import attrs

from mofa_parse.rules.load import RulesError, TableShape, load

__all__ = [
    "CALENDAR_WORDS",
    "CONNECTORS_BEFORE_NAME",
    "GENERATIONAL_SUFFIXES",
    "GIVEN_NAME_PAIRS",
    "GIVEN_NAME_TITLES",
    "HEADLINE_VERBS",
    "HEADS",
    "HONORIFICS",
    "JAPANESE_GIVEN_ENDINGS",
    "JAPANESE_SURNAME_ENDINGS",
    "LEADER_ROLES",
    "MODIFIERS",
    "MONTHS",
    "NAME_ARTICLES",
    "NOT_NAMES",
    "PARTICLES",
    "PATRONYMIC_PARTICLES",
    "POST_NOMINALS",
    "RANK_QUALIFIERS",
    "REGNAL_PARTICLES",
    "SURNAME_FIRST_HINTS",
    "TITLE_CONNECTORS",
    "WEEKDAYS",
    "Honorific",
    "HonorificKind",
]


class HonorificKind(enum.Enum):
    """What an honorific is: "Mr." (courtesy), "His Excellency" (style), "General" (rank)."""

    COURTESY = "courtesy"
    STYLE = "style"
    RANK = "rank"


@attrs.frozen
class Honorific:
    """One honorific as written before a name; a courtesy title may drop its final full stop."""

    form: str
    kind: HonorificKind


_WORD = TableShape({"word": str}, unique=("word",))
_ENDING = TableShape({"ending": str}, unique=("ending",))

_TABLES = load(
    "people.toml",
    {
        "head": _WORD,
        "modifier": _WORD,
        "honorific": TableShape(
            {"form": str, "kind": str},
            unique=("form",),
            choices={"kind": tuple(kind.value for kind in HonorificKind)},
        ),
        "rank_qualifier": TableShape({"form": str}, unique=("form",)),
        "particle": TableShape({"word": str}, optional={"patronymic": bool}, unique=("word",)),
        "regnal_particle": _WORD,
        "name_article": TableShape({"form": str}, unique=("form",)),
        "given_name_title": _WORD,
        "given_name_pair": TableShape({"names": str}, unique=("names",)),
        "post_nominal": TableShape({"word": str}, optional={"generational": bool}, unique=("word",)),
        "surname_first_hint": _WORD,
        "japanese_given_ending": _ENDING,
        "japanese_surname_ending": _ENDING,
        "calendar_word": TableShape(
            {"word": str, "kind": str}, unique=("word",), choices={"kind": ("month", "weekday")}
        ),
        "not_name": _WORD,
        "headline_verb": _WORD,
        "leader_role": TableShape({"role": str}, unique=("role",)),
        "title_connector": TableShape({"word": str}, optional={"before_name": bool}, unique=("word",)),
    },
)

#: Words that head an office: a title holds one ("Minister", "President", "Spokesperson").
HEADS: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["head"])
#: Words that modify an office or name its field ("Prime", "Deputy", "Foreign", "Affairs").
MODIFIERS: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["modifier"])
#: Honorifics, in the order of the file.
HONORIFICS: tuple[Honorific, ...] = tuple(
    Honorific(entry["form"], HonorificKind(entry["kind"])) for entry in _TABLES["honorific"]
)
#: The qualifiers in parentheses after a rank ("Ret." of "General (Ret.)", "Retired"), in small letters
#: and without full stops ("ret", "retired"): a qualifier is matched in any case, its full stop written or not.
RANK_QUALIFIERS: frozenset[str] = frozenset(
    entry["form"].casefold().replace(".", "") for entry in _TABLES["rank_qualifier"]
)
#: Lower-case words inside a personal name ("von", "der", "bin").
PARTICLES: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["particle"])
#: The particles that say "son of" or "daughter of" ("bin", "bint", "ibn"): the word after one is a
#: parent's name ("Salman" of "Mohammed bin Salman"), by which the person is not called.
PATRONYMIC_PARTICLES: frozenset[str] = frozenset(
    entry["word"] for entry in _TABLES["particle"] if entry.get("patronymic", False)
)
#: Particles written with a capital after a regnal number ("Ibn" of "Abdullah II Ibn Al Hussein").
REGNAL_PARTICLES: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["regnal_particle"])
#: The Arabic article as written before a hyphen in a name ("al" of "Al-Masry", "el", "ash"), in lower case.
NAME_ARTICLES: frozenset[str] = frozenset(entry["form"] for entry in _TABLES["name_article"])
#: Title words that are also given names ("Sultan", "Prince"): a name after a title or a courtesy title.
GIVEN_NAME_TITLES: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["given_name_title"])
if not GIVEN_NAME_TITLES <= HEADS:
    raise RulesError(f"people.toml: [[given_name_title]] {sorted(GIVEN_NAME_TITLES - HEADS)} are not [[head]] words")
#: Pairs of given names ("josé maría", "juan carlos"), in lower case: a Spanish name with one surname.
GIVEN_NAME_PAIRS: frozenset[str] = frozenset(entry["names"].casefold() for entry in _TABLES["given_name_pair"])
#: Post-nominals and generational suffixes, never part of a name ("MP", "Jr").
POST_NOMINALS: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["post_nominal"])
#: Generational suffixes ("Jr", "III"), in lower case: two names of one person may differ by one.
GENERATIONAL_SUFFIXES: frozenset[str] = frozenset(
    entry["word"].casefold() for entry in _TABLES["post_nominal"] if entry.get("generational", False)
)
#: Surnames that, with no country to say otherwise, mark a name written surname first ("Hu", "Kim").
SURNAME_FIRST_HINTS: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["surname_first_hint"])
#: The endings of Japanese given names ("ko" of "Yoko") and of surnames ("kawa" of "Kamikawa"), in
#: small letters: they tell the order of a Japanese name written in mixed case.
JAPANESE_GIVEN_ENDINGS: frozenset[str] = frozenset(entry["ending"] for entry in _TABLES["japanese_given_ending"])
JAPANESE_SURNAME_ENDINGS: frozenset[str] = frozenset(entry["ending"] for entry in _TABLES["japanese_surname_ending"])
if JAPANESE_GIVEN_ENDINGS & JAPANESE_SURNAME_ENDINGS:
    raise RulesError(
        f"people.toml: {sorted(JAPANESE_GIVEN_ENDINGS & JAPANESE_SURNAME_ENDINGS)} are endings"
        " of both Japanese given names and surnames"
    )
#: The months and the days of the week, as written ("January", "Monday").
CALENDAR_WORDS: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["calendar_word"])
#: The months in their order ("January" is the first), and the days of the week from Monday.
MONTHS: tuple[str, ...] = tuple(entry["word"] for entry in _TABLES["calendar_word"] if entry["kind"] == "month")
WEEKDAYS: tuple[str, ...] = tuple(entry["word"] for entry in _TABLES["calendar_word"] if entry["kind"] == "weekday")
if len(MONTHS) != 12 or len(WEEKDAYS) != 7:
    raise RulesError(
        f"people.toml: [[calendar_word]] lists {len(MONTHS)} months and {len(WEEKDAYS)} days of the week,"
        " where a date needs 12 and 7, in their order"
    )
#: Capitalised words that never start or continue a personal name: the calendar words, pronouns,
#: the small words that start sentences, the words of meetings ("Summit", "Talks").
NOT_NAMES: frozenset[str] = CALENDAR_WORDS | frozenset(entry["word"] for entry in _TABLES["not_name"])
#: Verbs of titles and captions written with a capital ("Receives", "Visits"): they end a name.
HEADLINE_VERBS: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["headline_verb"])
#: The roles of heads of state or government, as ``text.roles.role_key`` writes them ("prime minister").
LEADER_ROLES: frozenset[str] = frozenset(entry["role"] for entry in _TABLES["leader_role"])
#: Lower-case words that join the words of an office ("of", "for", "and": "Minister for Foreign Affairs").
TITLE_CONNECTORS: frozenset[str] = frozenset(
    entry["word"] for entry in _TABLES["title_connector"] if not entry.get("before_name", False)
)
#: Lower-case words that join the words of an office written before the name ("in": "President Assistant
#: in International Affairs Pavel Orlov"), never of one after the name, where they start a place ("in Lima").
CONNECTORS_BEFORE_NAME: frozenset[str] = frozenset(
    entry["word"] for entry in _TABLES["title_connector"] if entry.get("before_name", False)
)
