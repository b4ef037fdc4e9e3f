"""The sides of a meeting and the countries of its principals.

Sides are named in the text ("(Japanese side) A, B", "A and B from the Japanese side",
"Participants: (Japan) A; (Jordan) C") and by a title's pair of countries ("Japan-Jordan
Foreign Ministers' Meeting"); each principal's country comes from his or her own phrase
first, then from the side or the pair, and Japan's principal is the one of no other country
("Prime Minister A received a courtesy call from the Chairman and Chief Executive Officer of
...").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from mofa_parse.model import MeetingKind
from mofa_parse.rules.countries import (
    ABBREVIATIONS,
    COMPANY_WORDS,
    DEMONYMS,
    NATIONAL_OFFICES,
    ORGANISATIONS,
    SHORT_NAMES,
    known_country,
    same_country,
)
from mofa_parse.rules.meeting import COUNTERPART_WORDS, DELEGATION_WORDS, LEADER_BEFORE, SIDE_NOUNS
from mofa_parse.semantics.meeting.participants import Draft
from mofa_parse.text.mentions import Mention
from mofa_parse.text.office_countries import country_at
from mofa_parse.text.reading import Tokens
from mofa_parse.text.roles import role_key
from mofa_parse.text.tokens import is_capitalised

__all__ = [
    "Side",
    "assign_countries",
    "counterpart_country",
    "delegation_country",
    "field_side_markers",
    "japan_side_first",
    "participants_field",
    "side_markers",
    "side_of",
    "subjects_share_country",
    "title_countries",
]

#: The first word of a name: the letters up to the first space, full stop, hyphen or apostrophe.
_FIRST_WORD = re.compile(r"[^\W\d_]+")

#: A field that lists who took part, side by side: "Participants: (Japanese side) A, B; (U.S. side) C, D".
_PARTICIPANTS_FIELD = re.compile(
    r"^\s*(?:(?:Participants|Attendees|Attendance|Members)\s*:"
    r"|[(\[][A-Z][\w.]*(?:\s+[A-Z][a-z]+)?\s+side\s*[)\]])"  # a side of the field on a line of its own
)

#: "A and B from the Japanese side": the side of the people before it.
_SIDE = re.compile(r"\bfrom\s+the\s+(?P<adj>[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?)\s+side\b")

#: "(Japanese side) A, B", "[Japanese side] A, B", "Japanese side: A, B", "from the Japanese side
#: included A": the side of the people after it.
_SIDE_LABEL = re.compile(
    r"(?:[(\[]\s*|\b)(?:from\s+the\s+)?(?P<adj>[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?)\s+side\s*"
    r"(?:[)\]]|:|,?\s+(?:includ\w*|w(?:as|ere)\b))"
    r"|(?:^|[(\[:;])\s*(?:from\s+the\s+)?(?P<lead>[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?)\s+side\b"
)

#: "Japanese officials ... included A", "other Chinese officials present was C": a country adjective and a
#: noun of ``[[side_noun]]`` (``rules/meeting.toml``), the side of the people after it.
_SIDE_NOUN = re.compile(
    r"\b(?P<adj>[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?)\s+(?:" + "|".join(re.escape(noun) for noun in SIDE_NOUNS) + r")\b"
)

#: An organisation's name with its abbreviation after it: "Association of Southeast Asian Nations (ASEAN)".
_ABBREVIATED = re.compile(r"(?P<name>.+?)\s*\((?P<short>[^()]+)\)")

#: What may not follow a country in a title pair: a letter, a digit or an apostrophe.
_WORD_GOES_ON = re.compile(r"[^\W_]|'")

#: Where a title pair may start: at the start, or after a space, a parenthesis, a dash or a quote.
_TITLE_SEPARATOR = re.compile(r'[ (\-–"“]')


def _names_by_first_word() -> dict[str, tuple[str, ...]]:
    """The short names and abbreviations by their first word, the longest first:
    "Republic" gives "Republic of Korea", "Republic of the Congo", ... ."""
    names: dict[str, list[str]] = {}
    for name in sorted(SHORT_NAMES | set(ABBREVIATIONS), key=len, reverse=True):
        first = _FIRST_WORD.match(name)
        if first is not None:
            names.setdefault(first[0], []).append(name)
    return {word: tuple(found) for word, found in names.items()}


#: The countries a title pair may name ("Japan-Russian Federation Summit"), by their first word.
_TITLE_COUNTRIES = _names_by_first_word()


@attrs.frozen
class Side:
    """Where a text names a side, its country (None for an adjective of no listed country:
    the side still parts the people), and whether it names the people after it ("Japanese
    side: A, B") rather than those before it ("A and B from Japan")."""

    start: int
    end: int
    country: str | None
    forward: bool


def side_markers(tokens: Tokens) -> list[Side]:
    """The sides a sentence names: "from Japan", "from the Russian Federation", "from the
    Japanese side" (of the people before), "(Japanese side)", "Japanese side:", "from the
    Japanese side included", "Japanese officials", "from Japan Mr. A" (of the people after), in
    order."""
    markers: list[Side] = []
    words = tokens.words
    for index, word in enumerate(words):
        if word.casefold() == "from":
            found = country_at(tokens, index + 1)
            if found is not None:
                country = ABBREVIATIONS.get(found[0], found[0])
                # "(From Japan Mr. A, Mr. B ..., and from China Mr. C": a name right after the country
                forward = found[1] < len(words) and is_capitalised(words[found[1]])
                markers.append(Side(tokens.starts[index], tokens.ends[found[1] - 1], country, forward))
    for match in _COUNTRY_COLON.finditer(tokens.text):
        name = match["name"]
        if known_country(name):  # "(Japan: A, B etc. The U.S.: C, D etc.)"
            markers.append(Side(match.start("name"), match.end(), ABBREVIATIONS.get(name, name), True))
    labels = [(m, m["adj"] or m["lead"], True) for m in _SIDE_LABEL.finditer(tokens.text)]
    labels += [(m, m["adj"], True) for m in _SIDE_NOUN.finditer(tokens.text) if _side_country(m["adj"])]
    labels += [(m, m["adj"], False) for m in _SIDE.finditer(tokens.text) if not _within(m, labels)]
    for match, adjective, forward in labels:
        side_country = _side_country(adjective) if adjective else None
        if side_country or forward:
            markers.append(Side(match.start(), match.end(), side_country, forward))
    return sorted(markers, key=lambda side: side.start)


#: A country and a colon that open a note or a sentence inside one, before the people of its side:
#: "(Japan: Foreign Minister A, B etc. The U.S.: Secretary C, D etc.)".
_COUNTRY_COLON = re.compile(r"(?:^|[(.;]\s*)(?:[Tt]he\s+)?(?P<name>[A-Z][^():;,.]{0,40}?(?:\.[A-Z]\.)?)\s*:")

#: A country in brackets before the people of a field's side: "Participants: (Japan) A, B; (Jordan) C, D".
_COUNTRY_LABEL = re.compile(r"[(\[]\s*(?P<name>[A-Z][^()\[\]]{0,40}?)\s*[)\]]")


def field_side_markers(tokens: Tokens) -> list[Side]:
    """The sides a field that lists who took part names: those of :func:`side_markers`, and a country in
    brackets before its people ("(Japan) A, B; (Jordan) C, D"), which only a field reads as a side."""
    markers = side_markers(tokens)
    for match in _COUNTRY_LABEL.finditer(tokens.text):
        country = _side_country(match["name"])
        if country is not None and not any(side.start <= match.start() < side.end for side in markers):
            markers.append(Side(match.start(), match.end(), country, True))
    return sorted(markers, key=lambda side: side.start)


def _side_country(words: str) -> str | None:
    """The country of "the Japanese side", "the U.S. side", "the New Zealand side"."""
    if words in DEMONYMS:
        return DEMONYMS[words]
    if words in ABBREVIATIONS:
        return ABBREVIATIONS[words]
    return words if known_country(words) else None


def _within(match: re.Match[str], labels: Sequence[tuple[re.Match[str], str | None, bool]]) -> bool:
    return any(label.start() <= match.start("adj") < label.end() for label, _, _ in labels)


def side_of(mention: Mention, sides: Sequence[Side]) -> Side | None:
    """The side ``mention`` is on: the last side named before it that names the people after
    it ("Japanese side: A, B"), else the first side named after it that names the people before
    it ("A and B from Japan, and C from the Russian Federation")."""
    before = [s for s in sides if s.forward and s.end <= mention.start]
    if before:
        return before[-1]
    return next((s for s in sides if not s.forward and s.start >= mention.end), None)


#: The most words between a delegation's word and the phrase that names its leader ("of the National
#: Assembly of the State of Kuwait,").
_DELEGATION_WORDS_BEFORE_LEADER = 16


def delegation_country(tokens: Tokens, mention: Mention) -> str | None:
    """The country of the group that ``mention`` leads: "a delegation of the National Assembly of the
    State of Kuwait, led by H.E. Mr. A" gives A the State of Kuwait (``[[delegation_word]]`` and
    ``[[leader_before]]`` of meeting.toml). The country is the one that ends the words after the
    delegation's "of", right before the phrase that names the leader and the mention right after it;
    None when no such group stands before the mention."""
    words = tokens.words
    at = bisect.bisect_left(tokens.starts, mention.start)
    phrase = next((p for p in LEADER_BEFORE if words[max(0, at - len(p)) : at] == p), None)
    if phrase is None:
        return None
    end = at - len(phrase)
    if end > 0 and words[end - 1] == ",":  # "..., led by"
        end -= 1
    first = max(0, end - _DELEGATION_WORDS_BEFORE_LEADER)
    group = next((k for k in range(end - 1, first - 1, -1) if words[k].casefold() in DELEGATION_WORDS), None)
    if group is None or group + 1 >= end or words[group + 1] != "of":
        return None
    for k in range(group + 1, end):
        found = country_at(tokens, k + 1) if words[k] == "of" else None
        if found is not None and found[1] == end:
            return ABBREVIATIONS.get(found[0], found[0])
    return None


def counterpart_country(tokens: Tokens, mention: Mention) -> str | None:
    """The country the adjective before a counterpart names, for the person ``mention`` names right
    after it: "his Chinese counterpart Mr. A" gives A China (``[[counterpart_word]]`` of meeting.toml,
    the adjectives of ``[[demonym]]`` in countries.toml); None when no such words stand before it."""
    words = tokens.words
    at = bisect.bisect_left(tokens.starts, mention.start)
    if at < 2 or words[at - 1].casefold() not in COUNTERPART_WORDS:
        return None
    return DEMONYMS.get(words[at - 2])


def participants_field(text: str) -> bool:
    """Whether ``text`` is a field that lists who took part ("Participants: (Japanese side) ..."), or one
    side of it on a line of its own under "Participants:" ("(Egyptian side) C, D")."""
    return _PARTICIPANTS_FIELD.match(text) is not None


def _title_country_at(title: str, position: int) -> str | None:
    """The longest country name written at ``position`` of ``title`` and not followed by a letter,
    a digit or an apostrophe ("Korea" in "Japan-Korea", not in "Koreas")."""
    first = _FIRST_WORD.match(title, position)
    if first is None:
        return None
    for name in _TITLE_COUNTRIES.get(first[0], ()):
        if title.startswith(name, position) and not _WORD_GOES_ON.match(title, position + len(name)):
            return name
    return None


def title_countries(title: str) -> list[str]:
    """The countries a title pairs: "Japan-Russian Federation Summit" → ["Japan", "Russian Federation"]."""
    for index in [0, *(match.end() for match in _TITLE_SEPARATOR.finditer(title))]:
        if not title[index : index + 1].isupper():
            continue
        found: list[str] = []
        position = index
        while name := _title_country_at(title, position):
            found.append(ABBREVIATIONS.get(name, name))
            position += len(name)
            if title[position : position + 1] not in ("-", "–"):
                break
            position += 1
        if len(found) >= 2:
            return found
    return []


def japan_side_first(participants: list[Draft], kind: MeetingKind) -> None:
    """Put Japan's principal first among principals read from the body.

    The body does not name the sides in order, but the offices tell them apart:
    Japan is represented by its Prime Minister at a summit and by its "Minister
    for Foreign Affairs" (Japan's English title) at a foreign ministers' meeting.
    Only a single principal without a country holding that office is moved.
    """
    office = "minister for foreign affairs" if kind is MeetingKind.FOREIGN_MINISTERS else "prime minister"
    holders = [
        d
        for d in participants
        if d.country is None and d.title is not None and " ".join(d.title.split()).casefold() == office
    ]
    if len(holders) == 1 and not any(same_country(d.country, "Japan") for d in participants):
        participants.remove(holders[0])
        participants.insert(0, holders[0])


def assign_countries(participants: list[Draft], pair: list[str], *, one_side: bool = True) -> None:
    """Give principals without a country the one the title pairs them with.

    An office that names a country ("Secretary of State", ``[[national_office]]`` of
    countries.toml) gives it. Readouts are Japan's: its principal is usually written without a country and
    comes first. When the title pairs countries ("Japan-Russia"), principals
    without a country take, in order, the paired countries no principal has yet
    (all of them the other country of a pair of two, Japan's principal aside, when
    they are the lead's and so ``one_side`` of the meeting, not read from the body);
    without a pair, the one principal without a country facing principals of
    other countries is Japan's, and so is the one, first or not, facing only principals of
    other countries, of an international organisation ("Secretary-General of ASEAN", "OAS
    Secretary General") or of a company ("Chairman and Chief Executive Officer of Halvorsen
    Maritime ASA").
    """
    for draft in participants:
        office = NATIONAL_OFFICES.get(role_key(draft.title)) if draft.country is None and draft.title else None
        if office is not None:
            draft.country = office[0]  # "Secretary of State": the United States
    missing = [d for d in participants if d.country is None]
    if not missing:
        return
    used = [d.country for d in participants if d.country is not None]
    if pair:
        unused = [c for c in pair if not any(same_country(c, u) for u in used)]
        if len(unused) == len(missing):
            for draft, country in zip(missing, unused, strict=True):
                draft.country = country
            return
        if "Japan" in unused and participants[0].country is None:
            participants[0].country = "Japan"
            missing = missing[1:]
            unused.remove("Japan")
        if len(unused) == 1 and (len(missing) == 1 or (one_side and len(pair) == 2)):
            # "Japan-EU Summit" with the Presidents of the European Council and of the Commission
            for draft in missing:
                draft.country = unused[0]
        return
    if len(participants) < 2 or any(same_country("Japan", u) for u in used):
        return
    national = [d for d in missing if not _of_an_organisation(d.title) and not _of_a_company(d.title)]
    if len(missing) == 1:
        missing[0].country = "Japan"
    elif len(national) == 1:
        # "Minister for Foreign Affairs A received a courtesy call from B, Secretary-General of ASEAN",
        # "OAS Secretary General B paid a courtesy call on Minister for Foreign Affairs A", "Prime Minister
        # A received a courtesy call from Mr. B, Chairman and Chief Executive Officer of C ASA"
        national[0].country = "Japan"


def subjects_share_country(subjects: Sequence[Draft]) -> None:
    """Principals written together before the verb that reports the meeting are one side ("Mr. A,
    Minister for Foreign Affairs, and Mr. B, Minister of Defense, held the "2+2" with C and D"):
    those without a country take the one the others have, when they have one only."""
    countries = {d.country for d in subjects if d.country is not None}
    if len(subjects) < 2 or len(countries) != 1:
        return
    (country,) = countries
    for draft in subjects:
        if draft.country is None:
            draft.country = country


def _of_an_organisation(title: str | None) -> bool:
    """Whether an office is one of an international organisation ("Secretary-General of the United
    Nations", "President of the European Council", "Secretary-General of the Association of Southeast
    Asian Nations (ASEAN)", "UN Secretary-General": ``[[organisation]]`` of countries.toml), whose holder
    is of no country."""
    words = (title or "").split()
    if _opens_with_organisation(words):
        return True  # "NATO Secretary General", "United Nations Secretary-General"
    _, of, body = (title or "").partition(" of ")
    body = body.removeprefix("the ")
    written = _ABBREVIATED.fullmatch(body)
    names = (written["name"], written["short"]) if written else (body,)
    if bool(of) and any(name.casefold() in ORGANISATIONS for name in names):
        return True
    # "President of the 67th Session of the United Nations General Assembly": a body of one
    return any(
        word == "of" and _opens_with_organisation(words[k + 2 if words[k + 1 : k + 2] == ["the"] else k + 1 :])
        for k, word in enumerate(words[:-1])
    )


def _opens_with_organisation(words: list[str]) -> bool:
    """Whether the words open with an organisation's name, followed by more words ("United Nations
    General Assembly", "NATO Secretary General")."""
    return any(" ".join(words[:k]).casefold() in ORGANISATIONS for k in range(1, len(words)))


#: A word of a title, its full stop kept ("Inc."), the commas around it left out.
_TITLE_WORD = re.compile(r"[^\s,()]+")


def _of_a_company(title: str | None) -> bool:
    """Whether an office is one of a company ("Chairman and Chief Executive Officer of Halvorsen Maritime
    ASA", "President of Nordvik Shipping Inc.": ``[[company_word]]`` of countries.toml, whole words as
    written, a full stop at the end aside), whose holder is of no country."""
    words = [word.removesuffix(".") for word in _TITLE_WORD.findall(title or "")]
    return any(
        " ".join(words[start:stop]) in _COMPANY_WORDS
        for start in range(len(words))
        for stop in range(start + 1, min(len(words), start + _LONGEST_COMPANY_WORD) + 1)
    )


#: The ``[[company_word]]`` entries without a full stop at the end ("Inc").
_COMPANY_WORDS = frozenset(word.removesuffix(".") for word in COMPANY_WORDS)
#: The most words of a ``[[company_word]]`` ("Chief Executive Officer": three).
_LONGEST_COMPANY_WORD = max(len(word.split()) for word in COMPANY_WORDS)
