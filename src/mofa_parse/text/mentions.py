"""Reading mentions of people: "Prime Minister Junichiro Koizumi", "H.E. Mr. Vladimir
Putin, President of the Russian Federation", "Russian Minister of Foreign Affairs Sergey
Lavrov", "Mr. SUGA Yoshihide, Prime Minister of Japan", "the Prime Minister".

A mention is read over the tokens of a sentence, cut once (``text.reading.Tokens``), by a small grammar:
an optional "the", honorifics, a country adjective, an office, "of <country>", a
personal name, and an office written after the name (", President of ..."). The
words are those of ``rules/people.toml`` (titles, honorifics, particles,
post-nominals) and ``rules/countries.toml`` (country names and adjectives).
"""

from __future__ import annotations

import functools
import re

import attrs

from mofa_parse.rules.countries import ABBREVIATIONS, DEMONYMS, ORGANISATION_WORDS
from mofa_parse.rules.people import (
    CONNECTORS_BEFORE_NAME,
    MODIFIERS,
    POST_NOMINALS,
)
from mofa_parse.text.office_countries import (
    body_before_country,
    country_after_comma,
    country_at,
    country_before,
    is_name_word,
    named_organisation_end,
    organisation_end,
    split_office_country,
)
from mofa_parse.text.personal_names import (
    end_of_name,
    given_name_after_courtesy,
    given_name_after_title,
    name_in_commas,
    name_then_stop,
    rank_after_title,
    verb_after,
    without_post_nominals,
)
from mofa_parse.text.reading import Tokens
from mofa_parse.text.surnames import split_surname
from mofa_parse.text.tokens import bare, is_capitalised, is_possessive
from mofa_parse.text.vocabulary import (
    CONNECTORS,
    COURTESY,
    DEMONYM_FORMS,
    HONORIFIC_STARTS,
    MONTHS_AND_DAYS,
    RANKS,
    STARTS,
    STYLE_ABBREVIATIONS,
    THE,
    TITLE_FORMS,
    after_rank,
    could_start,
    honorifics_end,
    is_capitalised_title_word,
    is_head,
    is_honorific_start,
    is_title_word,
    place_named_after,
)

PLACE_PREPOSITIONS = frozenset({"in", "at", "of", "to", "from", "near"})
"""Words before a place's name: a capitalised name after them is a place, not a person."""

#: An ordinal number inside an office: "the 67th Session", "the 3rd Conference".
_ORDINAL = re.compile(r"[0-9]+(?:st|nd|rd|th)")

__all__ = [
    "Mention",
    "find_mentions",
    "mention_at",
    "mentions_in",
    "parse_mention",
]


@attrs.frozen
class Mention:
    """One place in a text that names a person, or an office without a name.

    ``start``/``end`` are offsets into the text that was read. ``name`` is the
    name as written (without honorific); ``surname`` is None for a bare title
    ("the Prime Minister"). ``possessive`` marks "President Putin's".
    """

    start: int
    end: int
    name: str | None
    surname: str | None
    title: str | None
    country: str | None
    possessive: bool = False

    def with_country(self, country: str | None) -> Mention:
        """The same mention with another country."""
        return attrs.evolve(self, country=country)


def _title_end(tokens: Tokens, i: int) -> int:
    """The index after the office starting at ``i`` ("Deputy Chief of the President's
    Administration", "Director of the Russian Division", "President Assistant in International
    Affairs"), or ``i`` when no office starts there. Stops before "of <country>"."""
    words = tokens.words
    n = len(words)
    j = i
    last_good = i
    has_head = False
    while j < n:
        word = words[j]
        if j > i and given_name_after_title(tokens, j):
            break  # "Prince Sultan bin Nasser", "Crown Prince Sultan": the name starts
        if j > i and rank_after_title(words[j - 1], word):
            break  # "Emir Sheikh Tamim": the rank opens the name
        if is_capitalised_title_word(word) or word in TITLE_FORMS:
            has_head = has_head or is_head(word)
            j += 1
            last_good = j
            if is_possessive(word) and not (j < n and is_capitalised_title_word(words[j])):
                break  # "the President's Administration" goes on; "President Putin's" does not
            continue
        if (word in CONNECTORS or word in CONNECTORS_BEFORE_NAME) and j + 1 < n:
            if word == "of" and country_at(tokens, j + 1) is not None:
                break
            if word == "for" and has_head and _countries_end(tokens, j + 1) > j + 1:
                j = last_good = _countries_end(tokens, j + 1)  # "Special Representative for Afghanistan and Pakistan"
                continue
            k = j + 1
            if words[k] == "the" and k + 1 < n:
                k += 1
            if _country_word(words[k]) and k + 1 < n and is_capitalised_title_word(words[k + 1]):
                k += 1  # "Director of the Russian Division", "for the EU Common ...": a country inside the office
            k = _ordinal_end(words, k)  # "President of the 67th Session of ..."
            if k >= n:
                break
            if is_capitalised_title_word(words[k]):
                j = k
                continue
        if word == "," and has_head and j + 1 < n and words[j + 1] in MODIFIERS:
            fields = _body_end(words, j + 1)
            if fields > j + 1 and end_of_name(tokens, fields) > fields:
                j = last_good = fields  # "Director General of the X Bureau, Ministry of Foreign Affairs Ihara"
                continue
        break
    if not has_head:
        return i
    return _abbreviation_end(words, last_good)


def _body_end(words: tuple[str, ...], i: int) -> int:
    """The index after the name of a body an office belongs to, set in commas before a name ("Ministry
    of Foreign Affairs" of "Director General of the X Bureau, Ministry of Foreign Affairs Ihara"):
    capitalised title words and connectors between them, no head; ``i`` when there is none."""
    j = end = i
    while j < len(words) and (is_capitalised_title_word(words[j]) or (j > i and words[j] in CONNECTORS)):
        if is_head(words[j]):
            return i
        j += 1
        if is_capitalised_title_word(words[j - 1]):
            end = j
    return end


def _countries_end(tokens: Tokens, i: int) -> int:
    """The index after the countries at ``i`` that an office is for, joined by "and" ("Afghanistan and
    Pakistan" of "Special Representative for Afghanistan and Pakistan"), else ``i``."""
    found = country_at(tokens, i)
    if found is None:
        return i
    end = found[1]
    if end + 1 < len(tokens.words) and tokens.words[end] == "and":
        second = country_at(tokens, end + 1)
        if second is not None:
            end = second[1]
    return end


def _second_office_end(tokens: Tokens, first: str, i: int) -> int:
    """The index after a second office joined by "and" at ``i`` to the office ``first`` and its "of
    <country>", before the name ("Secretary-General of the Council of the European Union and High
    Representative for the Common Foreign and Security Policy Javier Solana", "Deputy Prime Minister
    of Thailand and Minister of Foreign Affairs Surakiart Sathirathai"), else ``i``. Only an office of
    several words with a connector inside, not the first again, joins: "and President Lula" and
    "and Minister for Foreign Affairs Kang" after "Minister for Foreign Affairs of Japan" are another
    person's mention."""
    words = tokens.words
    if i + 1 >= len(words) or words[i] != "and":
        return i
    end = _title_end(tokens, i + 1)
    if end == i + 1 or end_of_name(tokens, end) == end or bare(tokens.between(i + 1, end - 1)) == first:
        return i
    return end if any(word in CONNECTORS for word in words[i + 2 : end]) else i


def _country_word(word: str) -> bool:
    """A country's adjective or abbreviation, or an organisation's, inside an office ("Russian", "EU", "UN")."""
    return word in DEMONYM_FORMS or word in ABBREVIATIONS or word in ORGANISATION_WORDS


def _ordinal_end(words: tuple[str, ...], i: int) -> int:
    """The index after an ordinal number at ``i``, its digits and its ending two tokens ("67th" of
    "President of the 67th Session of the United Nations General Assembly"), else ``i``."""
    if i + 1 < len(words) and _ORDINAL.fullmatch(words[i] + words[i + 1]):
        return i + 2
    return i


def _abbreviation_end(words: tuple[str, ...], i: int) -> int:
    """The index after an office's abbreviation in parentheses at ``i`` ("(CFSP)" of "High Representative
    for the Common Foreign and Security Policy (CFSP)"), else ``i``."""
    if i + 2 < len(words) and words[i] == "(" and words[i + 2] == ")" and _is_acronym(words[i + 1]):
        return i + 3
    return i


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper()


def _rank_name_start(tokens: Tokens, i: int) -> int:
    """The index of the name after a rank that opens a mention ("General Somchai Wattana, Prime
    Minister of ...", after its qualifier: "General (Ret.) Somchai Wattana", and a later "General
    Somchai stated"), or ``i``: a rank alone opens one only before a name and an office after it, or
    before one name and a verb, so that "General Assembly" names no one."""
    words = tokens.words
    if words[i] not in RANKS:
        return i
    name_start = after_rank(tokens, i)  # "General (Ret.) Bambang Hartanto"
    name_end = end_of_name(tokens, name_start)
    has_office = name_end + 1 < len(words) and words[name_end] == ","
    if name_end > name_start and has_office and _appositive_end(tokens, name_end + 1) > name_end + 1:
        return name_start
    if name_end == name_start + 1 and verb_after(tokens, name_end):
        return name_start  # "General Somsak stated": a later mention by the rank and one name
    return i


def _bare_name_with_office(tokens: Tokens, i: int) -> bool:
    """Whether a full name with no honorific nor title starts at ``i`` and an office that names a
    country follows it in commas ("Vladimir Vladimirovich Putin, President of the Russian Federation";
    "Ana Lucia Ferraz, Minister of Foreign Affairs, Republic of Peru"): two words of a name at least,
    so that a lone capitalised word before a comma names no one, and none of them a word that opens a
    mention of its own. A name that opens an entry of a list ("participants from the Chinese side: Li
    Wei, Minister of Commerce; Zhang Hua, Vice Minister of ...") needs an office after it, not its
    country: the list says that people follow."""
    words = tokens.words
    listed = i > 0 and words[i - 1] in _LIST_MARKS
    name_end = end_of_name(tokens, i)
    if name_end - i < 2 or name_end + 1 >= len(words) or words[name_end] != ",":
        return False
    if any(word in STARTS for word in words[i:name_end]):
        return False  # "Right Honourable Eric Fortin": an honorific is read as one, not as a name
    office_end = _appositive_end(tokens, name_end + 1)
    if office_end == name_end + 1:
        return False
    if listed and (office_end == len(words) or words[office_end] in _ENTRY_ENDS):
        return True
    _, country = split_office_country(tokens, name_end + 1, office_end)
    return country is not None or country_after_comma(tokens, office_end) is not None


#: The marks before an entry of a list of people ("participants: A B, Minister of ...; C D, ...").
_LIST_MARKS = frozenset({":", ";"})
#: What ends an entry of such a list after the office.
_ENTRY_ENDS = frozenset({";", ",", ")", "."})


def _appositive_end(tokens: Tokens, i: int) -> int:
    """The index after an office written after a name (", Member of the Political Bureau
    ... and Minister of Foreign Affairs of the People's Republic of China")."""
    words = tokens.words
    n = len(words)
    j = i + 1 if i < n and words[i] in THE else i
    start = j
    last_good = start
    has_head = False
    depth = 0  # parentheses opened inside the office: a ")" closes only those
    while j < n and j - start < 30:
        word = words[j]
        if is_name_word(word) and any(char.isalpha() for char in word) and word not in MONTHS_AND_DAYS:
            if j == start and (word in COURTESY or word in STYLE_ABBREVIATIONS):
                return i
            if j > start and is_head(words[j - 1]) and not is_title_word(word) and name_then_stop(tokens, j):
                return i  # ", U.S. Department of State Spokesperson Nuland": another person's mention
            has_head = has_head or is_head(word)
            j += 1
            last_good = j
        elif word in CONNECTORS or word in {"'s", "’s"} or (word == "(" and j > start):
            depth += word == "("
            j += 1
        elif j > start and words[j - 1] in THE and _ordinal_end(words, j) > j:
            j = _ordinal_end(words, j)  # "President of the 67th Session of ..."
        elif word == ")" and depth:
            depth -= 1
            j += 1
            last_good = j
        elif word == "," and has_head and _fields_after_comma(tokens, j + 1) > j + 1:
            j += 1  # "Minister of Foreign Affairs, International Trade and Worship of ..."
        else:
            break
    return last_good if has_head and last_good > start else i


def _fields_after_comma(tokens: Tokens, i: int) -> int:
    """The index after the fields of an office that go on after a comma (", International Trade
    and Worship"): they open with a modifier and hold no head word nor honorific, so that ", Foreign
    Minister X" or ", Mr. X" after an office is not read into it; ``i`` when there are none."""
    words = tokens.words
    n = len(words)
    if i >= n or words[i] not in MODIFIERS:
        return i
    j = i
    while j < n and (is_capitalised(words[j]) or words[j] == "and"):
        word = words[j]
        if is_head(word) or word in HONORIFIC_STARTS or word in MONTHS_AND_DAYS:
            return i
        j += 1
    return j if words[j - 1] != "and" else i


# --------------------------------------------------------------------------- mentions


def _accredited_to(tokens: Tokens, j: int) -> int | None:
    """The index after "to <country>" at ``j``, the country an office's holder is accredited to, when a
    name follows ("Ambassador of Chile to Japan Jorge Valdivia"; not "the visit of the President to Japan")."""
    words = tokens.words
    found = country_at(tokens, j + 1) if j + 1 < len(words) and words[j] == "to" else None
    if found is None:
        return None
    end = found[1]
    start = honorifics_end(tokens, end) if end < len(words) and is_honorific_start(tokens, end) else end
    return end if end_of_name(tokens, start) > start else None


def mention_at(tokens: Tokens, i: int, *, offices_after: bool = True) -> Mention | None:
    """Read one mention starting at token ``i``, or return None.

    With ``offices_after`` false, an office written after the name (", President of ...")
    is not read into the mention, as where the mention is the subject of a verb.
    """
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    begin = i
    if words[i] in THE and i + 1 < n and is_capitalised(words[i + 1]) and honorifics_end(tokens, i) == i:
        i += 1
    if is_honorific_start(tokens, i):
        honorific_end = honorifics_end(tokens, i)
        if (
            i < honorific_end < n
            and not given_name_after_courtesy(tokens, honorific_end)
            and _title_end(tokens, honorific_end) > honorific_end
        ):
            i = honorific_end  # "His Majesty King Abdullah II", "H.E. President X"
    country: str | None = None
    office_start = i  # "UN Secretary-General": an organisation before the office stays in the title
    organisation = words[i] in ORGANISATION_WORDS and i + 1 < n and is_title_word(words[i + 1])
    if organisation:
        i += 1
    elif words[i] in DEMONYM_FORMS and i + 1 < n and is_title_word(words[i + 1]):
        country = DEMONYMS[bare(words[i])]
        i += 1
    elif words[i] in ABBREVIATIONS and i + 1 < n and is_title_word(words[i + 1]):
        country = ABBREVIATIONS[words[i]]  # "ROK Foreign Minister", "U.S. Ambassador"
        i += 1
    elif i + 2 < n and f"{words[i]} {words[i + 1]}" in DEMONYMS and is_title_word(words[i + 2]):
        country = DEMONYMS[f"{words[i]} {words[i + 1]}"]  # "Saudi Arabian Foreign Minister"
        i += 2
    title: str | None = None
    title_end = organisation_end(tokens, i, _title_end(tokens, i))
    j = title_end
    if title_end > i:
        title = bare(tokens.between(office_start if organisation else i, title_end - 1))
        if is_possessive(words[title_end - 1]):  # "the Prime Minister's"
            return Mention(starts[begin], ends[title_end - 1], None, None, title, country, True)
        if j + 1 < n and words[j] == "of":
            found = country_at(tokens, j + 1)
            body_end = named_organisation_end(tokens, j + 1) if found is None else None
            if found is not None:
                country, j = found
                j = _second_office_end(tokens, title, j)
                title = bare(tokens.between(office_start if organisation else i, j - 1)) if j > found[1] else title
            elif body_end is not None:  # "Secretary General of the OAS"
                title = bare(tokens.between(office_start if organisation else i, body_end - 1))
                j = body_end
        accredited = _accredited_to(tokens, j)
        if accredited is not None:  # "Ambassador of Chile to Japan Jorge Valdivia"
            j = accredited
            title = bare(tokens.between(office_start if organisation else i, j - 1))
        if j + 1 < n and words[j] == "," and (honorifics_end(tokens, j + 1) > j + 1 or name_in_commas(tokens, j + 1)):
            j += 1  # "President of Peru, H.E. Mr. ...", "the OAS Secretary General, Mr. ...", "Minister, Ken Aoki,"
        name_start = honorifics_end(tokens, j) if j < n and is_honorific_start(tokens, j) else j
        if name_start == j and j + 1 < n and words[j] in RANKS and rank_after_title(words[j - 1], words[j]):
            name_start = honorifics_end(tokens, after_rank(tokens, j))  # "Emir Sheikh Tamim": no part of the name
    else:
        if country is not None:
            return None
        name_start = honorifics_end(tokens, i)
        if name_start == i:
            name_start = _rank_name_start(tokens, i)
        if name_start == i and not _bare_name_with_office(tokens, i):
            return None
    name_end = end_of_name(tokens, name_start)
    if name_end == name_start:
        if title is None:
            return None
        end = ends[j - 1] if title_end < j else ends[title_end - 1]
        return Mention(starts[begin], end, None, None, title, country, False)
    if name_end + 1 < n and words[name_end] == "," and words[name_end + 1] in POST_NOMINALS:
        name_end += 3 if name_end + 2 < n and words[name_end + 2] == "." else 2  # "Joseph R. Biden, Jr."
    possessive = is_possessive(words[name_end - 1])
    name = tokens.between(name_start, without_post_nominals(tokens, name_start, name_end) - 1)
    end_index = name_end
    if possessive:
        name = bare(name)
    elif country is None and name_end + 1 < n and words[name_end] == "of":
        found = country_at(tokens, name_end + 1)
        body = body_before_country(tokens, name_end + 1) if found is None and title is not None else None
        if found is not None:
            country, end_index = found
        elif body is not None and title is not None:
            # "Premier Li Wen of the State Council of the People's Republic of China"
            office, country, end_index = body
            title = f"{title} of {office}"
    elif offices_after and name_end + 1 < n and words[name_end] == ",":
        office_end = _appositive_end(tokens, name_end + 1)
        if office_end > name_end + 1:
            office, office_country = split_office_country(tokens, name_end + 1, office_end)
            if _office_after(title, office, office_country is not None, words[office_end - 1]):
                title = office
                country = country or office_country
                end_index = office_end
                after = country_after_comma(tokens, office_end) if country is None else None
                if after is not None:
                    country, end_index = after  # "Governor of the State of Parana, Federative Republic of Brazil"
            elif office_country is not None and country is None:
                # "Crown Prince A, Deputy Prime Minister and Minister of Defense of the Kingdom of Saudi
                # Arabia": another office of the same person, whose country is the person's
                country = office_country
                end_index = office_end
    surname = split_surname(name, country)
    return Mention(starts[begin], ends[end_index - 1], name, surname, title, country, possessive)


def _office_after(title: str | None, office: str, names_country: bool, last: str) -> bool:
    """Whether the office written after a name is the mention's title: after no title, any; after a
    one-word title ("Prince Khalid bin Saad, Minister of Foreign Affairs of ..."), one that names a
    country or ends as an office; after a longer one, the same office or one that starts with it
    ("Crown Prince Abdullah bin Fahd, Crown Prince and Prime Minister of ...")."""
    if title is None:
        return True
    if " " not in title:
        return names_country or is_title_word(last)
    return office == title or office.startswith(f"{title} ")


def mentions_in(tokens: Tokens) -> list[Mention]:
    """Every mention of a person (or a bare office) in ``tokens``, in order, not overlapping.

    A mention is tried at each word that can start one (``could_start``: looked for
    among the words of ``STARTS`` and the hyphenated ones); the words a mention covers
    start no other.
    """
    found: list[Mention] = []
    position = 0  # every mention starting before it has been read
    starts = tokens.starts
    words = tokens.words
    openings = [index for index, word in enumerate(words) if word in STARTS or "-" in word or is_capitalised(word)]
    for index in openings:
        opening = could_start(tokens, index) or _bare_name_opening(tokens, index)
        if starts[index] >= position and opening:
            mention = mention_at(tokens, index)
            if mention is not None and mention.surname is not None:
                place_end = place_named_after(tokens, mention.end)
                if place_end is not None:  # "the Queen Sirikit National Convention Center"
                    position = place_end
                    continue
            if mention is not None:
                before = country_before(tokens, index, position) if mention.country is None and mention.title else None
                if before is not None:
                    mention = mention.with_country(before)
                found.append(mention)
                position = mention.end
    return found


def _bare_name_opening(tokens: Tokens, index: int) -> bool:
    """Whether a full name with no honorific nor title opens a mention at ``index``: in running text,
    after a lowercase word other than a place's preposition ("held a summit meeting with Vladimir
    Vladimirovich Putin, President of ..."; not "in New York, ..."), with an office after it."""
    words = tokens.words
    if index == 0 or words[index] in STARTS:
        return False
    previous = words[index - 1]
    after_word = previous.isalpha() and previous.islower() and previous not in PLACE_PREPOSITIONS
    if not after_word and previous not in _LIST_MARKS:
        return False
    return _bare_name_with_office(tokens, index)


def find_mentions(text: str) -> list[Mention]:
    """Every mention of a person (or a bare office) in ``text``, in order, not overlapping."""
    return mentions_in(Tokens.of(text))


# The speech pass reads a mention, then resolves the same text among the people, for every
# statement: "Prime Minister Kishida" is read many times in one readout, and again in the next.
@functools.lru_cache(maxsize=1024)
def parse_mention(text: str) -> Mention | None:
    """Read a whole mention such as "Foreign Minister Lavrov", "the Prime Minister" or "Putin".

    A lone name with no title or honorific is read as a name, and so is one after a rank alone
    ("General Anan").
    """
    tokens = Tokens.of(text)
    if not tokens.words:
        return None
    mention = mention_at(tokens, 0)
    if mention is not None:
        return mention
    start = honorifics_end(tokens, 0)
    if start == 0 and tokens.words[0] in RANKS:
        start = after_rank(tokens, 0)  # "General Anan": a rank and a name, the whole mention
    end = end_of_name(tokens, start)
    if end == start:
        return None
    name = bare(tokens.between(start, end - 1))
    return Mention(tokens.starts[0], tokens.ends[end - 1], name, split_surname(name, None), None, None)
