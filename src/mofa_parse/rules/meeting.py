"""The vocabulary of the meeting pass, read from ``meeting.toml``.

Words that say a meeting took place or a visit, words that make a name a building,
a region, a vehicle or an event, the small words inside the name of a place, the nouns
of an occasion, the words of a delegation a principal leads, the words that make a clock
approximate ("a little after 5:30 p.m."), and the number words of a length ("forty-five minutes"). (The abbreviations a
sentence does not end at are in ``text.toml``.) Adding one is an entry in ``meeting.toml``
and an example line in ``tests/fixtures/rules/meeting.txt``.
"""

from __future__ import annotations

from mofa_parse.rules.load import Entries, RulesError, TableShape, load

__all__ = [
    "CLOCK_APPROXIMATIONS",
    "COMPANY_BEFORE",
    "COMPANY_NOTE",
    "COMPANY_PRESENT",
    "COMPANY_UNTIL",
    "COUNTERPART_WORDS",
    "DELEGATION_WORDS",
    "EARLIER_EVENT",
    "EVENT_WORDS",
    "LEADER_BEFORE",
    "MEETING_WORDS",
    "NUMBER_ARTICLES",
    "NUMBER_WORDS",
    "OCCASION_BEFORE",
    "PART_FOLLOWS",
    "PLACE_PARTICLES",
    "REGION_NAMES",
    "REGION_WORDS",
    "SAME_DAY",
    "SIDE_NOUNS",
    "VENUE_WORDS",
    "VESSEL_WORDS",
    "VISIT_BEFORE",
    "VISIT_WORDS",
]

_WORD = TableShape({"word": str}, unique=("word",))
_PHRASE = TableShape({"phrase": str}, optional={"sentence_start": bool}, unique=("phrase",))
#: The tables of ``meeting.toml`` and what their entries hold.
_SHAPES = {
    "meeting_word": _WORD,
    "visit_word": _WORD,
    "visit_before": _WORD,
    "venue_word": _WORD,
    "region_word": _WORD,
    "region_name": _WORD,
    "event_word": _WORD,
    "occasion_before": TableShape({"phrase": str}, optional={"needs_event": bool}, unique=("phrase",)),
    "place_particle": _WORD,
    "vessel_word": _WORD,
    "delegation_word": _WORD,
    "counterpart_word": _WORD,
    "leader_before": TableShape({"phrase": str}, unique=("phrase",)),
    "company_before": _PHRASE,
    "company_present": _PHRASE,
    "company_until": _WORD,
    "company_note": _WORD,
    "side_noun": _WORD,
    "part_follows": TableShape({"phrase": str}, unique=("phrase",)),
    "earlier_event": TableShape({"phrase": str}, unique=("phrase",)),
    "same_day": TableShape({"phrase": str}, unique=("phrase",)),
    "clock_approximation": TableShape({"phrase": str}, optional={"opens": bool}, unique=("phrase",)),
    "number_word": TableShape({"word": str, "value": int}, optional={"article": bool}, unique=("word",)),
}
_TABLES = load("meeting.toml", _SHAPES)


def _words(table: str) -> tuple[str, ...]:
    return tuple(entry["word"] for entry in _TABLES[table])


#: Words said of the meeting itself ("held", "met", "talks"), matched in any case.
MEETING_WORDS: tuple[str, ...] = _words("meeting_word")
#: Words of a visit ("visit", "visited", "visiting"), matched in any case.
VISIT_WORDS: tuple[str, ...] = _words("visit_word")
#: Words before "his visit to", "an official visit to" ("during", "making"), in small letters, matched
#: with a capital too: the place after "to" is the place of a visit.
VISIT_BEFORE: tuple[str, ...] = _words("visit_before")
#: Words that make "the ..." after "in" a building ("in the Kremlin").
VENUE_WORDS: frozenset[str] = frozenset(_words("venue_word"))
#: Words that end a region after a city ("Sendai, Miyagi Prefecture").
REGION_WORDS: frozenset[str] = frozenset(_words("region_word"))
#: Regions named after a city without a word of their kind ("Honolulu, Hawaii").
REGION_NAMES: frozenset[str] = frozenset(_words("region_name"))
#: Words that end the name of an event ("G20 Summit", "APEC Economic Leaders' Meeting").
EVENT_WORDS: frozenset[str] = frozenset(_words("event_word"))
#: Phrases after which a sentence names the occasion ("on the occasion of", "in conjunction
#: with"), in small letters, each with whether the occasion must end at an event word.
OCCASION_BEFORE: tuple[tuple[str, bool], ...] = tuple(
    (entry["phrase"], entry.get("needs_event", False)) for entry in _TABLES["occasion_before"]
)
#: Small words inside the name of a place ("Palacio de la Moneda"); those that end with an
#: apostrophe are elided before the next word ("Palais de l'Elysee").
PLACE_PARTICLES: tuple[str, ...] = _words("place_particle")
#: Words of a vehicle a meeting is held on board ("the Japanese Government aircraft").
VESSEL_WORDS: tuple[str, ...] = _words("vessel_word")


#: Words of a group a principal leads ("delegation", "mission"), in small letters.
DELEGATION_WORDS: frozenset[str] = frozenset(_words("delegation_word"))
#: Words for the holder of the same office in another country ("counterpart"), in small letters: the
#: country adjective before them is the country of the person named after them.
COUNTERPART_WORDS: frozenset[str] = frozenset(_words("counterpart_word"))
#: The words of the phrases that name the leader of such a group (("led", "by"), ("headed", "by")).
LEADER_BEFORE: tuple[tuple[str, ...], ...] = tuple(tuple(entry["phrase"].split()) for entry in _TABLES["leader_before"])


def _phrases(table: str) -> tuple[tuple[str, bool], ...]:
    return tuple((entry["phrase"], entry.get("sentence_start", False)) for entry in _TABLES[table])


#: Phrases after which a sentence names the principals' company ("accompanied by"), in small
#: letters, each with whether it may open a sentence with a capital ("Those who attended").
COMPANY_BEFORE: tuple[tuple[str, bool], ...] = _phrases("company_before")
#: Phrases that make the people of a sentence the company ("were also present"), likewise.
COMPANY_PRESENT: tuple[tuple[str, bool], ...] = _phrases("company_present")
#: Words that, after a comma, end a company set in commas ("A, joined by B, held talks with C").
COMPANY_UNTIL: tuple[str, ...] = _words("company_until")
#: Words that make a note in parentheses a note of the company ("(From Japan A and others attended)"),
#: in small letters, matched in any case.
COMPANY_NOTE: tuple[str, ...] = _words("company_note")
#: Nouns after a country adjective that name a side whose people follow ("Japanese officials ... included").
SIDE_NOUNS: tuple[str, ...] = _words("side_noun")
#: Words that put a second stretch of time after the first ("followed by", "subsequently"), in
#: small letters, matched in any case: the first stretch is then a part, not the whole meeting.
PART_FOLLOWS: tuple[str, ...] = tuple(entry["phrase"] for entry in _TABLES["part_follows"])

#: Words after which a date in the same clause is another, earlier event's ("having met ... on
#: May 22, 2001", "since", "who visited"), in small letters, matched in any case.
EARLIER_EVENT: tuple[str, ...] = tuple(entry["phrase"] for entry in _TABLES["earlier_event"])
#: Words by which the sentence that reports the meeting puts it on the day of the date line
#: ("Today, Minister A had a meeting with ..."), in small letters, matched in any case.
SAME_DAY: tuple[str, ...] = tuple(entry["phrase"] for entry in _TABLES["same_day"])

#: Words that make a clock approximate ("at around 9:40 a.m.", "commencing a little after 4:30
#: p.m."), in small letters, each with whether the phrase alone opens a start before a clock
#: ("Shortly after 16:40", "a little past 7:10 p.m.").
CLOCK_APPROXIMATIONS: tuple[tuple[str, bool], ...] = tuple(
    (entry["phrase"], entry.get("opens", False)) for entry in _TABLES["clock_approximation"]
)


def _number_words(entries: Entries) -> dict[str, int]:
    """The number words of ``entries`` and their values, checked: one word each, in small letters,
    from 1 to 99 (a compound such as "forty-five" is read from its two words, not listed)."""
    found = {}
    for entry in entries:
        word, value = entry["word"], entry["value"]
        if not (word.isalpha() and word.islower()) or not 1 <= value <= 99:
            raise RulesError(
                f"rules/meeting.toml: [[number_word]] {word!r}: one word in small letters, with a value from 1 to 99"
            )
        found[word] = value
    return found


#: Number words of a length and their values ("forty": 40), in small letters. A tens word and a
#: unit word after it, joined by a hyphen or a space, are one number ("forty-five", "forty five").
NUMBER_WORDS: dict[str, int] = _number_words(_TABLES["number_word"])
#: The number words that count one only before "hour" ("an hour"), never minutes.
NUMBER_ARTICLES: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["number_word"] if entry.get("article"))
