"""The countries around an office, read over the tokens of a sentence (``text.reading.Tokens``):
a country's name at a token ("the Russian Federation", "U.S."), the country an office names
("Minister of Foreign Affairs of India", "U.S. Ambassador to Japan"), a country set in commas
after an office or written just before it, and the name of an international organisation an
office belongs to ("Secretary General of the Organization of American States (OAS)").

The words are those of ``rules/countries.toml`` (country names, abbreviations, demonyms,
organisations); ``text.mentions`` reads a mention with them.
"""

from __future__ import annotations

from mofa_parse.rules.countries import ABBREVIATIONS, DEMONYMS, ORGANISATIONS, known_country
from mofa_parse.text.reading import Tokens
from mofa_parse.text.tokens import is_capitalised
from mofa_parse.text.vocabulary import NOT_NAME_WORDS, THE, is_capitalised_title_word, is_head

__all__ = [
    "body_before_country",
    "country_after_comma",
    "country_at",
    "country_before",
    "is_name_word",
    "named_organisation_end",
    "organisation_end",
    "split_office_country",
]


def _is_elided(word: str) -> bool:
    """A capitalised word after an elided particle, inside a name: "d'Ivoire" of "Côte d'Ivoire"."""
    return len(word) > 2 and word[0].islower() and word[1] in "'’" and word[2].isupper()


def is_name_word(word: str) -> bool:
    """A word of a proper name: capitalised, or after an elided particle ("d'Ivoire")."""
    return is_capitalised(word) or _is_elided(word)


def country_at(tokens: Tokens, i: int) -> tuple[str, int] | None:
    """A country phrase starting at token ``i`` ("the Russian Federation", "India", "U.S."):
    the phrase as written without "the" (an abbreviation as the short name it stands for: "of the
    UK" is of the United Kingdom), and the index after it."""
    words = tokens.words
    n = len(words)
    j = i + 1 if i < n and words[i] in THE else i
    if j >= n:
        return None
    first = words[j]
    if first in ABBREVIATIONS:
        return ABBREVIATIONS[first], j + 1
    if not is_capitalised(first):
        return None
    # The longest run of capitalised words and "of"/"the"/"and" that names a country.
    k = j
    limit = min(n, j + 10)
    while k < limit and (is_name_word(words[k]) or words[k] in {"of", "the", "and"}):
        k += 1
    for end in range(k, j, -1):
        if not is_name_word(words[end - 1]):
            continue
        phrase = tokens.between(j, end - 1)
        if _country_phrase(phrase):
            return phrase, end
    return None


def _country_phrase(phrase: str) -> bool:
    # "State of the United States" is an office ("Secretary of State of ..."), not a country.
    return phrase.split()[:3] != ["State", "of", "the"] and known_country(phrase)


def organisation_end(tokens: Tokens, i: int, end: int) -> int:
    """The end of an office from token ``i`` to ``end`` whose last words open the name of an
    international organisation ("Director-General of the International" before "Atomic Energy
    Agency": ``[[organisation]]`` of countries.toml): the index after the name, else ``end``."""
    words = tokens.words
    of = next((k for k in range(end - 1, i, -1) if words[k] == "of"), None)
    if of is None or of + 1 >= len(words):
        return end
    first = of + 2 if words[of + 1] in THE else of + 1
    for stop in range(min(len(words), first + 10), end, -1):
        if tokens.between(first, stop - 1).casefold() in ORGANISATIONS:
            return _with_abbreviation(tokens, stop)
    return end


def _with_abbreviation(tokens: Tokens, i: int) -> int:
    """The index after the abbreviation in parentheses at token ``i`` after an organisation's name
    ("(OAS)" of "the Organization of American States (OAS)"), else ``i``."""
    words = tokens.words
    if i + 2 < len(words) and words[i] == "(" and words[i + 2] == ")" and words[i + 1].casefold() in ORGANISATIONS:
        return i + 3
    return i


def named_organisation_end(tokens: Tokens, i: int) -> int | None:
    """The index after the name of an international organisation starting at token ``i`` ("the OAS",
    "the Organization of American States (OAS)": ``[[organisation]]`` of countries.toml), its
    abbreviation in parentheses included; None when no organisation's name starts there."""
    words = tokens.words
    n = len(words)
    first = i + 1 if i < n and words[i] in THE else i
    for stop in range(min(n, first + 10), first, -1):
        if tokens.between(first, stop - 1).casefold() in ORGANISATIONS:
            return _with_abbreviation(tokens, stop)
    return None


def body_before_country(tokens: Tokens, i: int) -> tuple[str, str, int] | None:
    """The body of an office and the country after it, from token ``i`` ("the State Council of the
    People's Republic of China" after "Premier Li Wen of"): the body as written, the country and
    the index after it; None unless title words are followed by "of <country>"."""
    words = tokens.words
    n = len(words)
    j = i + 1 if i < n and words[i] in THE else i
    k = j
    while k < n and k - j < 6 and is_capitalised_title_word(words[k]):
        k += 1
    if k == j or k + 1 >= n or words[k] != "of":
        return None
    found = country_at(tokens, k + 1)
    if found is None:
        return None
    return tokens.between(i, k - 1), found[0], found[1]


def _country_abbreviation_end(tokens: Tokens, i: int) -> int:
    """The index after a country's abbreviation in parentheses at token ``i`` ("(ROK)" of "the
    Republic of Korea (ROK)"), else ``i``."""
    words = tokens.words
    if i + 2 < len(words) and words[i] == "(" and words[i + 2] == ")" and words[i + 1] in ABBREVIATIONS:
        return i + 3
    return i


def split_office_country(tokens: Tokens, i: int, end: int) -> tuple[str, str | None]:
    """Split an office phrase at the first "of" or comma whose remainder is a country, its abbreviation in
    parentheses aside ("... of the Republic of Korea (ROK)"; "Federal Minister for Foreign Affairs,
    Federal Republic of Germany": the country set in commas), or after the country written before
    it ("U.S. Ambassador to Japan": the United States); two offices joined by "and" whose first
    ends in a country give that country and stay whole, and so does a country's envoy to an
    organisation ("Representative of the United States of America to the United Nations (UN)")."""
    words = tokens.words
    start = i + 1 if words[i] in THE else i
    first = words[start]
    if end - start > 1 and (first in ABBREVIATIONS or first in DEMONYMS):
        # "U.S. Ambassador to Japan": the country is the one written before the office
        return tokens.between(start + 1, end - 1), ABBREVIATIONS.get(first) or DEMONYMS[first]
    # "Secretary General of the Organization of American States": an organisation, not a country
    organisation = any(tokens.between(k, end - 1).casefold() in ORGANISATIONS for k in range(start, end))
    for k in range(start + 1, end):
        found = country_at(tokens, k + 1) if words[k] in {"of", ","} else None
        if found is None:
            continue
        if end in (found[1], _country_abbreviation_end(tokens, found[1])) and not organisation:
            return tokens.between(start, k - 1), found[0]
        if found[1] + 1 < end and words[found[1]] == "to" and _accredited_end(tokens, found[1] + 1) == end:
            # "Permanent Representative of Japan to the United Nations (UN)", "Ambassador Extraordinary
            # and Plenipotentiary of the Kingdom of Spain to Japan": a country's envoy is of the country;
            # the title is the office as written
            return tokens.between(start, end - 1), found[0]
        if found[1] + 1 < end and words[found[1]] == "and" and _office_follows(words, found[1] + 1, end):
            # "President of the Republic of Senegal and Chairperson of the African Union": two offices
            # joined by "and" keep the country of the first; the title is both, as written
            return tokens.between(start, end - 1), found[0]
    return tokens.between(start, end - 1), None


def _office_follows(words: tuple[str, ...], i: int, end: int) -> bool:
    """Whether a second office starts at ``i`` after "and" ("and Chairperson of the African Union"): a
    title word first and a head among its words; "and Cooperation of Spain" after "Minister of Foreign
    Affairs, European Union" goes on with the first office's ministry."""
    return is_capitalised_title_word(words[i]) and any(is_head(word) for word in words[i:end])


def _accredited_end(tokens: Tokens, i: int) -> int | None:
    """The index after the organisation or the country at ``i`` that an office's holder is accredited to
    ("to the United Nations (UN)", "to Japan"), or None."""
    organisation = named_organisation_end(tokens, i)
    if organisation is not None:
        return organisation
    found = country_at(tokens, i)
    return None if found is None else _country_abbreviation_end(tokens, found[1])


def country_after_comma(tokens: Tokens, i: int) -> tuple[str, int] | None:
    """A country set in commas after an office that names none, at token ``i`` (", Federative Republic of
    Brazil," after "Governor of the State of Parana"): the country and the index after it, when a comma,
    a full stop or the end follows it."""
    words = tokens.words
    if i + 1 >= len(words) or words[i] != ",":
        return None
    found = country_at(tokens, i + 1)
    if found is None or (found[1] < len(words) and words[found[1]] not in {",", "."}):
        return None
    return ABBREVIATIONS.get(found[0], found[0]), found[1]


def country_before(tokens: Tokens, index: int, position: int) -> str | None:
    """A country's name written just before an office ("Republic of Korea Minister of Foreign
    Affairs Park Jin"), after ``position``: the country, or None."""
    words, starts = tokens.words, tokens.starts
    if index == 0 or not is_capitalised(words[index - 1]):
        return None  # a country's name ends with a capitalised word
    for first in range(max(0, index - 6), index):
        if starts[first] < position or not is_capitalised(words[first]):
            continue
        found = country_at(tokens, first)
        if found is not None and found[1] == index and found[0] not in NOT_NAME_WORDS:
            return ABBREVIATIONS.get(found[0], found[0])
    return None
