"""Where the meeting took place, and on what occasion.

"at the Prime Minister's Official Residence", "in Moscow", "visiting Santiago, Chile",
"who visited Jakarta to attend ...", "during his visit to Russia", "on board the Japanese
Government aircraft"; "on the occasion of the G20 Summit" names the occasion, not the place
("... Summit in Lima" gives both), and so does "at the venue of the G7 Summit".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from mofa_parse.rules.countries import DEMONYMS, known_country
from mofa_parse.rules.meeting import (
    EVENT_WORDS,
    OCCASION_BEFORE,
    PLACE_PARTICLES,
    REGION_NAMES,
    REGION_WORDS,
    VENUE_WORDS,
    VESSEL_WORDS,
    VISIT_BEFORE,
)
from mofa_parse.text.dates import month_number
from mofa_parse.text.mentions import find_mentions

__all__ = ["find_location", "find_occasion"]


def _alternatives(words: Iterable[str]) -> str:
    """``words`` as the alternatives of a group, the longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


#: A capital letter, accented ones too ("Élysée Palace", "Ōita").
_CAPITAL = "[A-ZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŌŪŚŠŽ]"
_CAP_WORD = rf"{_CAPITAL}[\w'’.-]*"
_ELIDED = frozenset(word for word in PLACE_PARTICLES if word.endswith("'"))
#: A word of a name, perhaps after a particle elided to it ("l'Elysee", "d'Orsay").
_NAME_WORD = rf"(?:(?:{_alternatives(word[:-1] for word in _ELIDED)})['’])?{_CAP_WORD}"
#: The small words between two words of a name ("Palacio de la Moneda", "Dar es Salaam").
_PARTICLES = rf"(?:(?:{_alternatives(set(PLACE_PARTICLES) - _ELIDED)})\s+){{0,2}}"
_PLACE = (
    rf"(?:the\s+)?{_NAME_WORD}(?:\s+(?:of\s+)?{_PARTICLES}{_NAME_WORD}){{0,4}}"
    rf"(?:,\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:of\s+)?{_NAME_WORD}){{0,3}})?"
)
#: "at the Iikura Guest House", "at 10 Downing Street" (a street number before the name),
#: "at the Ministry for Foreign Affairs".
_VENUE_AT = re.compile(
    rf"\bat\s+(?P<place>(?:the\s+|\d{{1,4}}\s+(?=[A-Z][a-z]))?{_CAP_WORD}"
    rf"(?:\s+(?:of\s+the\s+|of\s+|the\s+|and\s+|for\s+|to\s+the\s+|to\s+)?{_PARTICLES}{_NAME_WORD}){{0,7}})"
    r"(?P<lower>(?:\s+[a-z]+){1,2})?"
)
#: A room of an office after "in": "in the Foreign Minister's reception room" (the room in small
#: letters after the office's possessive; "at the Minister's reception room" is read as a venue).
_ROOM_IN = re.compile(
    rf"\bin\s+(?P<place>the\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}}['’]s)(?P<lower>(?:\s+[a-z]+){{1,2}})"
)
#: A sentence that opens with the place and the date: "In Tokyo on 9 February 2003, ...".
_OPENING_PLACE = re.compile(rf"^In\s+(?P<place>{_PLACE}),?\s+on\s+(?=[A-Z0-9])")
#: A city and the country it is in: "visiting Riyadh in the Kingdom of Saudi Arabia".
_CITY_IN_COUNTRY = re.compile(
    rf"\b(?:in|visit(?:ing|ed)|visit\s+to)\s+(?P<place>{_CAP_WORD}(?:\s+{_PARTICLES}{_NAME_WORD}){{0,3}})"
    rf"\s+in\s+(?P<country>(?:the\s+)?{_NAME_WORD}(?:\s+(?:of\s+)?{_NAME_WORD}){{0,4}})"
)
#: "on board the Japanese Government aircraft", "aboard the USS Ronald Reagan".
_ON_BOARD = re.compile(
    rf"\b(?:on\s+board|aboard)\s+(?:the\s+)?"
    rf"(?P<place>(?:{_CAP_WORD}\s+){{1,5}}(?:{_alternatives(VESSEL_WORDS)})\b|{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,5}})"
)
#: A building's other name after a comma: "the State Guest House, Akasaka Palace".
_OTHER_NAME = re.compile(rf",\s+(?P<name>{_CAP_WORD}(?:\s+{_PARTICLES}{_NAME_WORD}){{0,3}})")
#: The city after a building: "at the Italian Embassy in Tokyo", "... in Hanoi, Viet Nam", after
#: the building's abbreviation or other name in parentheses ("the Kenyatta International
#: Convention Centre (KICC) in Nairobi", "the Presidential Palace (Istana Merdeka) in Jakarta"), and
#: the city named as one ("the Chancellery in the city of Bonn").
_VENUE_CITY = re.compile(
    rf"(?:\s+\({_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}}\))?\s+in\s+(?:the\s+(?:city|town)\s+of\s+)?(?P<city>{_PLACE})"
)
#: The building a venue is part of, after the venue's other name or gloss in parentheses: "the
#: Sangchunjae (Spring House) of Cheong Wa Dae (Presidential Palace)" (without the parentheses,
#: "of" is read with the venue's name).
_VENUE_OF = re.compile(
    rf"\s+\({_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}}\)\s+of\s+(?P<whole>(?:the\s+)?{_CAP_WORD}(?:\s+{_PARTICLES}{_NAME_WORD}){{0,4}})"
)
#: "in the Russian city of St. Petersburg", "in the capital city of Nairobi": the name after "city of".
_CITY_OF = re.compile(
    rf"\bin\s+the\s+(?:[A-Z][\w-]*\s+)?(?:capital\s+|port\s+)?(?:city|town|port|capital|village)\s+of\s+"
    rf"(?P<place>{_PLACE})"
)
_PLACE_IN = re.compile(rf"\bin\s+(?P<place>{_PLACE})")
#: "who is visiting Chile", "who visited Jakarta to attend ...": the place of a visit ("who is visiting
#: to Japan", as some readouts write it, too).
_VISITING = re.compile(rf"\bvisit(?:ing|ed)\s+(?:to\s+)?(?P<place>{_PLACE})")
#: "during his visit to Russia", "who is making an official working visit to Japan", "on the occasion
#: of the Prime Minister's visit to New York" (whose visit, in a possessive): the place of a visit after
#: the words of ``[[visit_before]]`` in ``rules/meeting.toml``.
_VISIT_TO = re.compile(
    rf"\b(?:{'|'.join(f'[{word[0]}{word[0].upper()}]{re.escape(word[1:])}' for word in VISIT_BEFORE)})"
    rf"\s+(?:his|her|their|the|a|an|(?:the\s+)?(?:{_CAP_WORD}\s+){{0,3}}{_CAP_WORD}['’]s)"
    rf"\s+(?:\w+\s+){{0,2}}[Vv]isit\s+to\s+(?P<place>{_PLACE})"
)
#: An occasion's name: capitalised words and the small words between them, up to 25 words ("State
#: Visit of His Majesty King A of the Kingdom of Spain and Her Majesty Queen B").
_OCCASION_PHRASE = (
    r"(?P<occasion>[A-Z0-9][\w'’.&-]*"
    r"(?:\s+(?:\([A-Z0-9][\w'’.&-]*\)|of|the|and|for|on|in|[A-Z0-9][\w'’.&-]*)){0,24})"
)


def _occasion_before(needs_event: bool) -> re.Pattern[str]:
    """The words before an occasion (``[[occasion_before]]`` in ``rules/meeting.toml``), then the
    occasion: "on the margins of the G20 Summit", "in conjunction with the APEC ... Meeting"."""
    phrases = sorted((p for p, needs in OCCASION_BEFORE if needs is needs_event), key=len, reverse=True)
    words = "|".join(r"\s+".join(f"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}" for w in p.split()) for p in phrases)
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?{_OCCASION_PHRASE}")


#: "on the occasion of ...", "on the sidelines of ...": the occasion as written.
_OCCASION_OF = _occasion_before(needs_event=False)
#: "in conjunction with the ASEAN-related Summit Meetings": the occasion up to its event word.
_OCCASION_WITH = _occasion_before(needs_event=True)
_OCCASION_ATTEND = re.compile(rf"\b(?:to\s+attend|attending|during|for)\s+the\s+{_OCCASION_PHRASE}")
#: Region words that end with a full stop of their own ("Washington, D.C."): it is not cut off.
_KEPT_STOPS = tuple(sorted(word for word in REGION_WORDS if word.endswith(".")))
#: A name written in initials, each with its full stop ("N.Y."): the last stop is the name's (a
#: name in initials may go on, "the U.S. Embassy", so it does not end the place as "D.C." does).
_INITIALS = re.compile(r"(?:\b[A-Z]\.){2,}\Z")
_POSSESSIVE = ("'s", "’s")
#: "for" or "to" inside a venue ("the Ministry for Foreign Affairs", "the Representative Office of
#: Russia to the EU"), or the start of a person it was held for.
_FOR = re.compile(r"\s+(?:for|to)\s+")
_TRAILING_CONNECTORS = re.compile(r"(?:\s+(?:of|the|and|for|on|in))+\Z")


def _keeps_stop(place: str) -> bool:
    """Whether the full stop at the end of ``place`` is its own: a region word's ("Washington
    D.C.") or the last of a name in initials ("N.Y.")."""
    return place.endswith(_KEPT_STOPS) or _INITIALS.search(place) is not None


def _up_to_kept_stop(place: str) -> str:
    """The place up to a region word that keeps its full stop ("Washington D.C."): the capital
    after it starts the next sentence ("in Washington D.C. The two ministers ...")."""
    words = place.split(" ")
    for index, word in enumerate(words[:-1]):
        if word.endswith(_KEPT_STOPS):
            return " ".join(words[: index + 1])
    return place


def _clean_place(place: str, venue: bool = False) -> str | None:
    """A place as the lead names it, without "the"; None for words that are no place.

    After "in", "the ..." is a place only when it is a country or a building
    ("in the Kremlin"); after "at", any capitalised name is a venue. A name that starts
    with a country adjective is a place only when it is a country ("the Russian
    Federation") or a building ("the Italian Embassy").
    """
    place = _up_to_kept_stop(place.strip().rstrip(","))
    if not _keeps_stop(place):
        place = place.rstrip(".,")
    if "," in place:  # "Lima, Peru" and "Sendai, Miyagi Prefecture"; not "Kenya, Mr. Kondo"
        head, _, tail = place.partition(",")
        country = tail.strip().removeprefix("the ")  # "Busan, the Republic of Korea": the country without "the"
        if known_country(country) or country.split()[-1] in REGION_WORDS or country in REGION_NAMES:
            place = f"{head.strip()}, {country}"
        else:
            place = head.strip()
    if place.startswith("the "):
        rest = place[4:]
        if not (venue or known_country(rest) or any(w in VENUE_WORDS for w in rest.split())):
            return None
        place = rest
    words = place.split()
    if not words:
        return None
    first = words[0]
    if first in EVENT_WORDS or words[-1] in EVENT_WORDS:
        return None
    if month_number(first) is not None and not (len(words) > 1 and words[1] in PLACE_PARTICLES):
        return None  # "in May"; "Mar del Plata" is a city
    if first in DEMONYMS and not (known_country(place) or any(w in VENUE_WORDS for w in words)):
        return None
    return place or None


def _with_building(match: re.Match[str]) -> tuple[str, int]:
    """The venue of an "at ..." or "in the ...'s" match and where it ends, with a building or a
    room in small letters after a possessive ("at the Prime Minister's official residence", "in
    the Foreign Minister's reception room")."""
    place, lower = match["place"], match["lower"]
    end = match.end("place")
    if lower and place.endswith(_POSSESSIVE):  # "official residence", "reception room"
        for word in reversed(list(re.finditer(r"[a-z]+", lower))):
            if word[0].capitalize() in VENUE_WORDS:
                end = match.start("lower") + word.end()
                break
    return match.string[match.start("place") : end], end


#: A relative clause about a person ("Mr. B, a marathon runner who won the bronze medal at the Athens
#: Olympics, ..."), up to its next comma or semicolon.
_WHO_CLAUSE = re.compile(r"\bwho\b[^,;]*")
#: Capitalised words and the small words between them, perhaps in quotation marks: the name of an
#: event when one of its words is an event word ("the "World Conference on Disaster Reduction in Tohoku"").
_NAME_RUN = re.compile(rf"[\"“]?{_CAP_WORD}(?:\s+(?:(?:of|on|in|the|and|for)\s+)*{_CAP_WORD})*[\"”]?")
#: Spans of a sentence whose venues and cities are not the meeting's.
_Spans = tuple[tuple[int, int], ...]


def find_location(sentence: str, meeting_at: int = 0, *, visits: bool = True) -> str | None:
    """The place the sentence that reports the meeting names, or None.

    The words from ``meeting_at`` (where the sentence says "held a meeting") are read
    first, so that "delivered a speech at the Parliament and then held a meeting ... in
    New Delhi" gives New Delhi; then the whole sentence. A venue ("at ...") comes before a
    city ("in ...", "in the Russian city of ..."), and both before a visit ("visiting
    Chile", "during his visit to Russia": the country when no city is named), which
    ``visits=False`` leaves out.

    A venue or city in a relative clause about the person met ("met with Mr. B, a runner who won a
    medal at the Athens Olympics, at the Office of the President") is read only when the sentence
    names no other; one inside the name of an event ("who is visiting Sendai to attend the
    "Conference on Disaster Reduction in Tohoku"") is not read when the sentence names the visit's
    city.
    """
    events = _event_names(sentence)
    others = _relative_clauses(sentence, meeting_at)
    for skipped in dict.fromkeys((events + others, events)):
        for start in dict.fromkeys((meeting_at, 0)):
            place = _location_in(sentence, start, visits, skipped)
            if place:
                return place
    return None


def _relative_clauses(sentence: str, meeting_at: int) -> _Spans:
    """The relative clauses after the words that report the meeting: they are about the person met."""
    if meeting_at == 0:
        return ()
    return tuple(clause.span() for clause in _WHO_CLAUSE.finditer(sentence, meeting_at))


def _event_names(sentence: str) -> _Spans:
    """The names of events in a sentence that names a visit to a city ("visiting Sendai"), not to a
    country alone: their places are the events' (none when no such visit is named)."""
    visits = (match for pattern in (_VISITING, _VISIT_TO) for match in pattern.finditer(sentence))
    if not any((place := _clean_place(match["place"])) and not known_country(place) for match in visits):
        return ()
    names = (run for run in _NAME_RUN.finditer(sentence) if EVENT_WORDS.intersection(run[0].strip("\"“”").split()))
    return tuple(name.span() for name in names)


def _free(match: re.Match[str], skipped: _Spans) -> bool:
    """Whether the match starts outside the skipped spans."""
    return not any(start <= match.start() < end for start, end in skipped)


def _location_in(sentence: str, start: int, visits: bool, skipped: _Spans) -> str | None:
    vessel = next((m for m in _ON_BOARD.finditer(sentence, start) if _free(m, skipped)), None)
    if vessel:  # "the Japanese Government aircraft" is a vehicle, whatever its first word
        return vessel["place"].rstrip(".,")
    for match in _VENUE_AT.finditer(sentence, start):
        if match["place"].split()[-1] not in EVENT_WORDS and _free(match, skipped):
            place = _venue(match)
            if place:
                return place
    for match in _ROOM_IN.finditer(sentence, start):
        room, _ = _with_building(match)
        if not room.endswith(_POSSESSIVE) and _free(match, skipped):
            return _clean_place(room, venue=True)
    opening = _OPENING_PLACE.match(sentence)
    if opening and _clean_place(opening["place"]):
        return _clean_place(opening["place"])
    for match in _CITY_IN_COUNTRY.finditer(sentence, start):
        place = _city_in_country(match) if _free(match, skipped) else None
        if place:
            return place
    for pattern in (_CITY_OF, _PLACE_IN):
        places = [p for m in pattern.finditer(sentence, start) if _free(m, skipped) and (p := _named_place(m))]
        if places:
            return _city_first(places)
    for pattern in (_VISITING, _VISIT_TO) if visits else ():
        places = [place for match in pattern.finditer(sentence, start) if (place := _named_place(match))]
        if places:
            return _city_first(places)
    return None


#: A building's word in small letters right after a name: "in Varzob residence".
_SMALL_BUILDING = re.compile(r"\s+(?P<word>[a-z]+)\b")


def _named_place(match: re.Match[str]) -> str | None:
    """The place a match names; a name that a building's word in small letters follows is that
    building, not a city ("in Varzob residence" gives "Varzob residence", as "at the Prime
    Minister's official residence" keeps its building)."""
    place = _clean_place(match["place"])
    building = _SMALL_BUILDING.match(match.string, match.end("place"))
    if place and building and building["word"].capitalize() in VENUE_WORDS and not known_country(place):
        return f"{place} {building['word']}"
    return place


def _city_first(places: list[str]) -> str:
    """The first of the places a sentence names "in" that is no country on its own, else the first:
    "President B, who is currently in Japan on an official working visit, in Tokyo" was met in
    Tokyo."""
    return next((place for place in places if not known_country(place)), places[0])


def _city_in_country(match: re.Match[str]) -> str | None:
    """"Riyadh in the Kingdom of Saudi Arabia" as "Riyadh, Kingdom of Saudi Arabia": the city,
    then the country without "the", as a country after a comma is written; None when the second
    name is no country or the first is one ("in Japan in Tokyo" is not read so)."""
    city = _clean_place(match["place"])
    country = match["country"].rstrip(".,").removeprefix("the ")
    if city is None or known_country(city) or not known_country(country):
        return None
    return f"{city}, {country}"


def _venue(match: re.Match[str]) -> str | None:
    """The venue of an "at ..." match, up to a person it was held for ("at the Kantei for
    President B"; "the Ministry for Foreign Affairs" keeps its "for"), with the building's
    other name after a comma ("the State Guest House, Akasaka Palace"), the building it is part of
    after a gloss in parentheses ("the Sangchunjae (Spring House) of Cheong Wa Dae") and the city
    after a building ("the Italian Embassy in Tokyo", "the Presidential Palace in Hanoi, Viet Nam")."""
    venue, end = _with_building(match)
    if venue.endswith(_POSSESSIVE):  # "at the Secretary of State's invitation": whose, not where
        return None
    for word_for in _FOR.finditer(venue):
        if find_mentions(venue[word_for.end() :]):
            end -= len(venue) - word_for.start()
            venue = venue[: word_for.start()]
            break
    place = _clean_place(venue, venue=True)
    whole = _VENUE_OF.match(match.string, end) if place else None
    if place and whole is not None:
        place += f" of {whole['whole']}"  # "the Sangchunjae (Spring House) of Cheong Wa Dae"
        end = whole.end()
    if place and any(word.capitalize() in VENUE_WORDS for word in place.split()):
        other_name = _OTHER_NAME.match(match.string, end)
        name = other_name["name"].rstrip(".,") if other_name else ""
        if other_name and name.split()[-1] in VENUE_WORDS:
            place += f", {name}"  # "the State Guest House, Akasaka Palace"
            end = other_name.start("name") + len(name)
        city = _VENUE_CITY.match(match.string, end)
        city_name = _clean_place(city["city"]) if city else None
        if city_name:
            place += f" in {city_name}"
    return place


def _occasion_text(raw: str, need_event: bool) -> tuple[str | None, str | None]:
    """An occasion phrase trimmed to its name, and a place split off its end ("... in Lima")."""
    words = raw.split()
    place: str | None = None
    if "in" in words:
        cut = len(words) - 1 - words[::-1].index("in")
        tail = " ".join(words[cut + 1 :])
        if tail and all(w[:1].isupper() for w in words[cut + 1 :]):
            place = tail.rstrip(".,;:")
            words = words[:cut]
    text = _TRAILING_CONNECTORS.sub("", " ".join(words).rstrip(".,;:"))
    if text.endswith(_POSSESSIVE):  # "on the occasion of the Prime Minister's visit": a visit, no event
        return None, None
    if need_event:
        words = text.split()
        kept = list(words)
        while kept and kept[-1].rstrip("'’s") not in EVENT_WORDS and kept[-1] not in EVENT_WORDS:
            kept.pop()
        if kept and words[len(kept) : len(kept) + 1] == ["of"]:
            kept = words  # "the Ceremony of the Enthronement of His Majesty the Emperor": the event's "of" goes on
        text = " ".join(kept)
    return (text or None), place


def find_occasion(texts: Sequence[str]) -> tuple[str | None, str | None]:
    """The occasion the texts name ("on the occasion of ...", then "to attend the ..."), and
    a place named at its end."""
    for pattern, need_event in ((_OCCASION_OF, False), (_OCCASION_WITH, True), (_OCCASION_ATTEND, True)):
        for text in texts:
            match = pattern.search(text)
            if match:
                occasion, place = _occasion_text(match["occasion"], need_event)
                if occasion:
                    return occasion, place
    return None, None
