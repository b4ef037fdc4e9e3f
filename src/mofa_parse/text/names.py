"""Finding people in a line of text: "Prime Minister Junichiro Koizumi",
"H.E. Mr. Vladimir Putin, President of the Russian Federation", "Russian Minister
of Foreign Affairs Sergey Lavrov", "Mr. SUGA Yoshihide, Prime Minister of Japan".

The text is cut into word tokens; a mention is read at a token by a small
hand-written grammar (honorific, title, name, country) rather than by one large
regular expression, so that no pattern can backtrack badly and every token is
looked at a bounded number of times.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from mofa_parse.rules.countries import ABBREVIATIONS, DEMONYMS, SURNAME_FIRST_COUNTRIES, known_country


def _words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``, as a set."""
    return frozenset(text.split())


__all__ = [
    "Mention",
    "Token",
    "country_at",
    "find_mentions",
    "is_space_at",
    "is_word_at",
    "parse_mention",
    "role_key",
    "split_surname",
    "tokenize",
]


class Token:
    """One word, number or punctuation mark, with its offsets in the text.

    A plain class rather than a named tuple: compiled, its fields are read directly,
    where a named tuple's are looked up by name on every read.
    """

    text: Final[str]
    start: Final[int]
    end: Final[int]

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` in order: abbreviations with inner dots ("H.E.", "U.S.", "p.m."),
    words (with hyphens and apostrophes, "Leaders'" and "Putin's" included), numbers
    ("10:30", "3.5"), and any other character that is not white space, one by one."""
    return _tokens(text, 0, len(text))


def _tokens(text: str, start: int, at: int) -> list[Token]:
    """The tokens from offset ``start`` (where no token straddles) on, up to the first word
    after offset ``at`` that starts with a lower-case letter and is not in ``_READ_THROUGH``
    (included), or to the end of the text.

    Read character by character rather than by a pattern: ``[A-Za-z]\\.(?:[A-Za-z]\\.)+``
    (two or more), ``[^\\W\\d_][\\w'’-]*``, ``\\d+(?:[:.]\\d+)?``, ``\\S``, in that order,
    with the engine's classes: ``\\w`` is ``str.isalnum`` or "_", ``\\d`` is ``str.isdecimal``,
    ``\\s`` is ``str.isspace``. ASCII characters are told apart by their codes.
    """
    tokens: list[Token] = []
    n = len(text)
    begin = start
    while True:
        while begin < n and is_space_at(text, begin):
            begin += 1
        if begin >= n:
            return tokens
        end = _token_end(text, begin, n)
        word = text[begin:end]
        tokens.append(Token(word, begin, end))
        if end > at and _is_lower(text, begin) and word not in _READ_THROUGH:
            return tokens
        begin = end


def is_space_at(text: str, at: int) -> bool:
    """Whether the character at ``at`` is white space (``\\s``, ``str.isspace``), read by its code when ASCII.

    The readers of names, meetings and statements step through texts a character at a time.
    """
    code = ord(text[at])
    if code < 128:
        return code == 32 or 9 <= code <= 13 or 28 <= code <= 31
    return text[at].isspace()


def _is_lower(text: str, at: int) -> bool:
    code = ord(text[at])
    if code < 128:
        return 97 <= code <= 122
    return text[at].islower()


def _token_end(text: str, at: int, n: int) -> int:
    """The end of the token that starts at the character at ``at`` (no white space)."""
    code = ord(text[at])
    if (
        at + 3 < n
        and _is_ascii_letter(code)
        and ord(text[at + 1]) == 46
        and _is_ascii_letter(ord(text[at + 2]))
        and ord(text[at + 3]) == 46
    ):  # an abbreviation: "H.E.", "U.S.", "p.m."
        end = at + 4
        while end + 1 < n and _is_ascii_letter(ord(text[end])) and ord(text[end + 1]) == 46:
            end += 2
        return end
    if _is_decimal(text, at):
        end = at + 1
        while end < n and _is_decimal(text, end):
            end += 1
        if end + 1 < n and (ord(text[end]) == 58 or ord(text[end]) == 46) and _is_decimal(text, end + 1):
            end += 2  # "10:30", "3.5"
            while end < n and _is_decimal(text, end):
                end += 1
        return end
    if code == 95 or not is_word_at(text, at):  # "_" or no word character: one character
        return at + 1
    end = at + 1
    while end < n:  # a word: word characters, "'", "-", "’"
        after = ord(text[end])
        if after < 128:
            if not (97 <= after <= 122 or 65 <= after <= 90 or 48 <= after <= 57 or after in (95, 39, 45)):
                break
        elif not (after == 8217 or text[end].isalnum()):
            break
        end += 1
    return end


def is_word_at(text: str, at: int) -> bool:
    """Whether the character at ``at`` is a word character (``\\w``: a letter, a digit or "_"), read by its
    code when ASCII."""
    code = ord(text[at])
    if code < 128:
        return 97 <= code <= 122 or 65 <= code <= 90 or 48 <= code <= 57 or code == 95
    return text[at].isalnum()


def _is_decimal(text: str, at: int) -> bool:
    code = ord(text[at])
    if code < 128:
        return 48 <= code <= 57
    return text[at].isdecimal()


# --------------------------------------------------------------------------- vocabulary

#: Words that head an office: a title must contain one.
_HEADS = _words(
    """Minister Ministers President Premier Chancellor Secretary King Queen Emperor Empress Prince
    Princess Sultan Emir Amir Governor Mayor Ambassador Director Chairman Chairperson Chair Chairwoman
    Speaker Senator Representative Adviser Advisor Envoy Commissioner Leader Head Councilor Councillor
    Counselor Counsellor Member Chief Administrator Spokesperson Coordinator Officer Lady Duke Duchess
    Pope Taoiseach Secretary-General Director-General Vice-President Vice-Minister Vice-Chairman
    Vice-Premier Minister-President President-elect Chief-Executive Executive Sheikh Crown"""
)

#: Words that modify an office or name its field ("Deputy", "Foreign", "Affairs").
_MODIFIERS = _words(
    """Prime Deputy Vice Senior Parliamentary State Acting First Second Under Assistant Special
    Principal Grand Supreme High Federal General Executive Permanent Royal Foreign Affairs Defense
    Defence Finance Economy Economic Trade Industry Justice Home Interior Internal Health Labour Labor
    Welfare Education Culture Sports Science Technology Agriculture Forestry Fisheries Land
    Infrastructure Transport Tourism Environment Communications Energy Development Commerce Investment
    Planning Security Digital Reconstruction Revitalization Cabinet National International Cooperation
    Policy Fiscal Financial Services Women Children Youth Information Administration Office Bureau
    Department Secretariat Agency Council Committee Commission House Councillors Representatives
    Assembly Parliament Congress Senate External Overseas Relations Cabinet's President's Minister's
    Prime-Minister Political Central People's Party State's Policies Strategy Economic European Union
    United Nations Asian African Pacific Bank Fund Organization Organisation Monetary World"""
)

#: The words heading an office, for readers that look for offices in a text.
HEADS: Final = _HEADS

_TITLE_WORDS = _HEADS | _MODIFIERS

_CONNECTORS = frozenset({"of", "for", "to", "and", "the", "on"})

_HONORIFIC_WORDS = frozenset({"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Hon", "Sir", "Dame", "Madam", "Madame"})
_RANKS = frozenset({"General", "Admiral", "Marshal", "Colonel", "Sheikh", "Professor"})
_HONORIFIC_ABBREVIATIONS = frozenset({"H.E.", "H.R.H.", "H.M.", "H.H.", "H.I.H."})
_HONORIFIC_PHRASES: tuple[tuple[str, ...], ...] = (
    ("His", "Royal", "Highness"),
    ("Her", "Royal", "Highness"),
    ("His", "Excellency"),
    ("Her", "Excellency"),
    ("His", "Majesty"),
    ("Her", "Majesty"),
    ("His", "Highness"),
    ("Her", "Highness"),
    ("the", "Honorable"),
    ("the", "Honourable"),
    ("The", "Honorable"),
    ("The", "Honourable"),
    ("Honorable",),
    ("Honourable",),
    ("Excellency",),
)

_PHRASES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in _HONORIFIC_PHRASES:
    _PHRASES_BY_FIRST[_phrase[0]] = (*_PHRASES_BY_FIRST.get(_phrase[0], ()), _phrase)
_HONORIFIC_PHRASE_SECOND = frozenset(p[1] for p in _HONORIFIC_PHRASES if p[0] == "the")
#: Every word an honorific can start with.
_HONORIFIC_STARTS = _HONORIFIC_ABBREVIATIONS | _RANKS | _HONORIFIC_WORDS | frozenset(_PHRASES_BY_FIRST)

_PARTICLES = frozenset(
    {
        "bin",
        "binti",
        "bint",
        "ibn",
        "de",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "al",
        "el",
        "di",
        "del",
    }
)
_SUFFIXES = _words("Jr Sr II III IV MP QC KC AC AO AM OBE CBE MBE KBE GCMG CMG PhD")

_MONTHS_AND_DAYS = _words(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
)

#: Capitalised words that never start or continue a personal name.
_NOT_NAMES = _MONTHS_AND_DAYS | _words(
    """The This That These Those It He She They We On In At From For With And But After Before During
    While When Both Also Japan Japanese Government Summit Meeting Talks Talk Visit Courtesy Call
    Telephone Conference Leaders Leaders' Overview Summary Outline"""
)

#: Surnames that, with no country to say otherwise, mark a surname-first name.
_SURNAME_FIRST_HINTS = _words(
    """Hu Wen Xi Li Wang Yang Zhang Tang Qian Zhu Jiang Liu Chen Zhao Zhou Wu Sun Guo Gao Lin Luo
    Zheng Liang Xie Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jia Wei Ye Du Dai Xu Kong Qin
    Bo Kim Park Pak Choi Choe Jung Chung Kang Cho Yoon Yun Jang Lim Oh Seo Shin Kwon Hwang Ahn Ryu
    Hong Moon Ban Roh Chun Yoo Koh Ri Nguyen Tran Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong
    Truong Dinh Hun Lee Ong Teo Goh Ng Lau Tan"""
)

#: Countries where names come in either order ("Lee Hsien Loong", "Lawrence Wong").
_MIXED_ORDER_COUNTRIES = frozenset({"singapore", "republic of singapore", "malaysia"})

_POSSESSIVE_ENDINGS = ("", "'s", "’s", "'", "’")

#: Every way a title word is written as a token: "Minister", "Minister's", "Ministers'".
_TITLE_FORMS = frozenset(word + ending for word in _TITLE_WORDS for ending in _POSSESSIVE_ENDINGS)
_HEAD_FORMS = frozenset(word + ending for word in _HEADS for ending in _POSSESSIVE_ENDINGS)
#: Every way a country adjective is written as a token: "Russian", "Russian's".
_DEMONYM_FORMS = frozenset(word + ending for word in DEMONYMS for ending in _POSSESSIVE_ENDINGS)

#: Lower-case words a mention reads through ("Minister of State for ...", "Ursula von der Leyen").
#: Every other word starting with a lower-case letter ends whatever is being read at it.
_READ_THROUGH = _CONNECTORS | _PARTICLES


def _leading_letters(word: str) -> str:
    """The ASCII letters ``word`` starts with: "Minister's" → "Minister", "H.E." → "H"."""
    stop = 0
    while stop < len(word) and _is_ascii_letter(ord(word[stop])):
        stop += 1
    return word[:stop]


def _is_ascii_letter(code: int) -> bool:
    return 97 <= code <= 122 or 65 <= code <= 90


_CAPITALISED_WORDS = _TITLE_WORDS | frozenset(d for d in DEMONYMS if " " not in d)
#: The leading letters of every word a mention can start with (a title word, a country
#: adjective, an honorific, the first word of an honorific phrase, "the"): every token that
#: ``_could_start`` accepts starts with one of these, then a character that is no ASCII letter.
_OPENING_LETTERS: Final = frozenset(
    _leading_letters(word)
    for word in _CAPITALISED_WORDS | _HONORIFIC_WORDS | _HONORIFIC_ABBREVIATIONS | frozenset(_PHRASES_BY_FIRST)
)
#: For "A" to "t" (by code, from 65), the lengths of the words of ``_OPENING_LETTERS`` that start
#: with it, as bits of a number: a word of another length is not looked up.
_OPENING_LENGTHS: Final = tuple(
    sum(1 << size for size in {len(word) for word in _OPENING_LETTERS if ord(word[0]) == code})
    for code in range(65, 117)
)
#: The same for the word after "the" or "The", which starts a mention only before one of these.
_LETTERS_AFTER_THE: Final = frozenset(
    _leading_letters(word) for word in _CAPITALISED_WORDS | frozenset(_PHRASES_BY_FIRST) | _HONORIFIC_PHRASE_SECOND
)

_FOREIGN_MINISTER = "foreign minister"
_ROLE_SYNONYMS = {
    "minister for foreign affairs": _FOREIGN_MINISTER,
    "minister of foreign affairs": _FOREIGN_MINISTER,
    "foreign affairs minister": _FOREIGN_MINISTER,
    "minister of external affairs": _FOREIGN_MINISTER,
    "minister for external affairs": _FOREIGN_MINISTER,
    "external affairs minister": _FOREIGN_MINISTER,
    "foreign secretary": _FOREIGN_MINISTER,
    "secretary of foreign affairs": _FOREIGN_MINISTER,
}


def foreign_minister_titles() -> list[str]:
    """Every ``role_key`` (lower case) that ``role_key`` reads as "foreign minister", itself included."""
    return [_FOREIGN_MINISTER, *sorted(key for key, role in _ROLE_SYNONYMS.items() if role == _FOREIGN_MINISTER)]


def role_key(title: str) -> str:
    """A comparable form of a title: "Minister for Foreign Affairs" and "Foreign Minister" agree."""
    key = " ".join(title.replace("’", "'").split()).casefold()
    if key.startswith("the "):
        key = key[4:]
    return _ROLE_SYNONYMS.get(key, key)


# --------------------------------------------------------------------------- mentions


class Mention:
    """One place in a text that names a person, or an office without a name.

    ``start``/``end`` are offsets into the text that was read. ``name`` is the
    name as written (without honorific); ``surname`` is None for a bare title
    ("the Prime Minister"). ``possessive`` marks "President Putin's".

    A value: equal to, and hashed as, any mention with the same fields. A plain class
    rather than an attrs one: compiled, it is built by a direct call, where attrs builds
    it by an interpreted ``__init__``.
    """

    start: Final[int]
    end: Final[int]
    name: Final[str | None]
    surname: Final[str | None]
    title: Final[str | None]
    country: Final[str | None]
    possessive: Final[bool]

    def __init__(
        self,
        start: int,
        end: int,
        name: str | None,
        surname: str | None,
        title: str | None,
        country: str | None,
        possessive: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.surname = surname
        self.title = title
        self.country = country
        self.possessive = possessive

    def with_country(self, country: str | None) -> Mention:
        """The same mention with another country."""
        return Mention(self.start, self.end, self.name, self.surname, self.title, country, self.possessive)

    def _fields(self) -> tuple[int, int, str | None, str | None, str | None, str | None, bool]:
        return (self.start, self.end, self.name, self.surname, self.title, self.country, self.possessive)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mention):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Mention(start={self.start!r}, end={self.end!r}, name={self.name!r}, surname={self.surname!r}, "
            f"title={self.title!r}, country={self.country!r}, possessive={self.possessive!r})"
        )


def _bare(word: str) -> str:
    """The word without a possessive ending: "Putin's" → "Putin", "Leaders'" → "Leaders".

    The endings "'s", "’s", "'" and "’" are told by the codes of the last two characters:
    compiled, ``str.endswith`` with several endings is a generic call, made for every word.
    """
    size = len(word)
    if size == 0:
        return word
    last = ord(word[size - 1])
    if last == 115:  # "s"
        if size >= 2 and _is_apostrophe(ord(word[size - 2])):
            return word[: size - 2]
        return word
    if _is_apostrophe(last):
        return word[: size - 1]
    return word


def _is_apostrophe(code: int) -> bool:
    return code == 39 or code == 8217  # "'" or "’"


def _possessive(word: str) -> bool:
    """Whether ``word`` ends with "'s", "’s", "s'" or "s’" (told as in ``_bare``)."""
    size = len(word)
    if size < 2:
        return False
    last = ord(word[size - 1])
    before = ord(word[size - 2])
    if last == 115:  # "s"
        return _is_apostrophe(before)
    return _is_apostrophe(last) and before == 115


def _is_cap(word: str) -> bool:
    """Whether ``word`` starts with a capital (``word[:1].isupper()``), told by code for ASCII."""
    if not word:
        return False
    code = ord(word[0])
    if code < 128:
        return 65 <= code <= 90
    return word[0].isupper()


def _is_title_word(word: str) -> bool:
    """A title word, possibly possessive, or title words joined by hyphens ("Vice-Foreign-Minister")."""
    if word in _TITLE_FORMS:
        return True
    if "-" not in word:
        return False
    parts = _bare(word).split("-")
    return len(parts) > 1 and all(part in _TITLE_WORDS for part in parts)


def _is_head(word: str) -> bool:
    if word in _HEAD_FORMS:
        return True
    return "-" in word and any(part in _HEADS for part in _bare(word).split("-"))


def _honorific_end(tokens: list[Token], i: int) -> int:
    """The index after the honorifics starting at ``i`` ("H.E. Mr.", "His Excellency"), or ``i``."""
    j = i
    n = len(tokens)
    while j < n and j - i < 6:  # "His Excellency Dr." at most: a bounded run
        word = tokens[j].text
        if word not in _HONORIFIC_STARTS:  # most words: none of the tests below holds
            return j
        if word in _HONORIFIC_ABBREVIATIONS:
            j += 1
            continue
        if word in _RANKS and j > i:  # "H.E. General Prayut Chan-o-cha"
            j += 1
            continue
        if word in _HONORIFIC_WORDS:
            j += 2 if j + 1 < n and tokens[j + 1].text == "." and tokens[j + 1].start == tokens[j].end else 1
            continue
        for phrase in _PHRASES_BY_FIRST.get(word, ()):
            if all(j + k < n and tokens[j + k].text == part for k, part in enumerate(phrase)):
                j += len(phrase)
                break
        else:
            return j
    return j


def _could_start(tokens: list[Token], i: int) -> bool:
    """Whether a mention can start at token ``i``: an honorific, an office, a country adjective."""
    word = tokens[i].text
    if not _is_cap(word) and word != "the":
        return False
    if word in {"the", "The"}:
        return i + 1 < len(tokens) and (
            _is_title_word(tokens[i + 1].text)
            or tokens[i + 1].text in _DEMONYM_FORMS
            or tokens[i + 1].text in _PHRASES_BY_FIRST
            or tokens[i + 1].text in _HONORIFIC_PHRASE_SECOND
        )
    return (
        word in _TITLE_FORMS
        or word in _HONORIFIC_WORDS
        or word in _HONORIFIC_ABBREVIATIONS
        or word in _PHRASES_BY_FIRST
        or word in _DEMONYM_FORMS
        or (_is_cap(word) and _is_title_word(word))
    )


def country_at(tokens: list[Token], i: int, text: str) -> tuple[str, int] | None:
    """A country phrase starting at token ``i`` ("the Russian Federation", "India", "U.S."):
    the phrase as written without "the", and the index after it."""
    n = len(tokens)
    j = i
    if j < n and tokens[j].text in {"the", "The"}:
        j += 1
    if j >= n:
        return None
    first = tokens[j].text
    if first in ABBREVIATIONS:
        return first, j + 1
    if not _is_cap(first):
        return None
    # The longest run of capitalised words and "of"/"the"/"and" that names a country.
    k = j
    limit = min(n, j + 10)
    while k < limit and (_is_cap(tokens[k].text) or tokens[k].text in {"of", "the", "and"}):
        k += 1
    for end in range(k, j, -1):
        last = tokens[end - 1].text
        if not _is_cap(last):
            continue
        phrase = text[tokens[j].start : tokens[end - 1].end]
        if _country_phrase(phrase):
            return phrase, end
    return None


def _country_phrase(phrase: str) -> bool:
    words = phrase.split()
    # "State of the United States" is an office ("Secretary of State of ..."), not a country.
    if len(words) > 2 and words[0] == "State" and words[1] == "of" and words[2] == "the":
        return False
    return known_country(phrase)


def _title_end(tokens: list[Token], i: int, text: str) -> int:
    """The index after the office starting at ``i`` ("Deputy Chief of the President's
    Administration"), or ``i`` when no office starts there. Stops before "of <country>"."""
    n = len(tokens)
    j = i
    last_good = i
    has_head = False
    while j < n:
        word = tokens[j].text
        if word in _TITLE_FORMS or (_is_cap(word) and _is_title_word(word)):
            if not has_head:
                has_head = _is_head(word)
            j += 1
            last_good = j
            if _possessive(word) and not _is_head_possessive(tokens, j):
                break
            continue
        if word in _CONNECTORS and j + 1 < n:
            if word == "of" and country_at(tokens, j + 1, text) is not None:
                break
            k = j + 1
            if tokens[k].text == "the" and k + 1 < n:
                k += 1
            if _is_cap(tokens[k].text) and _is_title_word(tokens[k].text):
                j = k
                continue
        break
    return last_good if has_head else i


def _is_head_possessive(tokens: list[Token], j: int) -> bool:
    """Whether a possessive title word continues the office ("the President's Administration")."""
    return j < len(tokens) and _is_cap(tokens[j].text) and _is_title_word(tokens[j].text)


def _name_end(tokens: list[Token], i: int) -> int:
    """The index after the personal name starting at ``i``, or ``i`` when none starts there."""
    n = len(tokens)
    j = i
    words = 0
    while j < n and j - i < 8:
        word = tokens[j].text
        if word in _PARTICLES and j + 1 < n and _is_cap(tokens[j + 1].text) and words:
            j += 1
            continue
        if not _is_cap(word):
            break
        bare = _bare(word)
        if not bare or bare in _NOT_NAMES or _is_title_word(word):
            break
        if word in _HONORIFIC_ABBREVIATIONS or word in ABBREVIATIONS:
            break
        if len(bare) == 1 and j + 1 < n and tokens[j + 1].text == "." and tokens[j + 1].start == tokens[j].end:
            j += 2  # a middle initial: "George W. Bush"
            continue
        if bare in _SUFFIXES and words:
            j += 2 if j + 1 < n and tokens[j + 1].text == "." else 1
            break
        if not _is_letter(bare, 0) and not any(ch.isalpha() for ch in bare):
            break
        j += 1
        words += 1
        if _possessive(word):
            break
    # A name does not end on a particle or an initial.
    while j > i and (tokens[j - 1].text in _PARTICLES or tokens[j - 1].text == "."):
        if tokens[j - 1].text == "." and j - 2 >= i and tokens[j - 2].text.rstrip(".") in _SUFFIXES:
            break
        j -= 2 if tokens[j - 1].text == "." else 1
    return j if words else i


def split_surname(name: str, country: str | None) -> str:
    """The surname in ``name`` as later mentions use it.

    A word in capitals among mixed-case words is the surname ("SUGA Yoshihide" →
    "Suga", the MOFA style from 2020); Chinese, Korean and Vietnamese names put the
    surname first ("Hu Jintao" → "Hu"); otherwise the last word (with particles
    such as "von der") is the surname.
    """
    if name.isalpha():  # one word: the surname
        return name
    words = name.replace(",", " ").replace(".", ". ").split()
    core = [w for w in words if not (len(w) == 2 and w.endswith(".")) and w.rstrip(".") not in _SUFFIXES]
    if not core:
        core = words or [name]
    capitals = [w for w in core if len(w) > 1 and w.isupper() and w.isalpha()]
    if capitals and len(capitals) < len(core):
        return capitals[0].capitalize()
    surname_first = country is not None and country.casefold().removeprefix("the ") in SURNAME_FIRST_COUNTRIES
    mixed = country is None or country.casefold().removeprefix("the ") in _MIXED_ORDER_COUNTRIES
    if mixed and len(core) in (2, 3) and core[0] in _SURNAME_FIRST_HINTS:
        surname_first = True
    if surname_first and len(core) > 1:
        return core[0]
    surname = [core[-1]]
    index = len(core) - 2
    while index >= 0 and core[index] in _PARTICLES:
        surname.insert(0, core[index])
        index -= 1
    return " ".join(surname)


def _appositive_end(tokens: list[Token], i: int) -> int:
    """The index after an office written after a name (", Member of the Political Bureau
    ... and Minister of Foreign Affairs of the People's Republic of China")."""
    n = len(tokens)
    j = i
    if j < n and tokens[j].text in {"the", "The"}:
        j += 1
    start = j
    last_good = start
    has_head = False
    while j < n and j - start < 30:
        word = tokens[j].text
        if _is_cap(word) and any(ch.isalpha() for ch in word) and word not in _MONTHS_AND_DAYS:
            if j == start and (word in _HONORIFIC_WORDS or word in _HONORIFIC_ABBREVIATIONS):
                return i
            has_head = has_head or _is_head(word)
            j += 1
            last_good = j
            continue
        if word in _CONNECTORS or word in {"'s", "’s"} or (word == "(" and j > start):
            j += 1
            continue
        if word == ")" and j > start:
            j += 1
            last_good = j
            continue
        break
    return last_good if has_head and last_good > start else i


def _split_office_country(tokens: list[Token], i: int, end: int, text: str) -> tuple[str, str | None]:
    """Split an office phrase at the first "of" whose remainder is a country."""
    start = i + 1 if tokens[i].text in {"the", "The"} else i
    for k in range(start + 1, end):
        if tokens[k].text == "of":
            found = country_at(tokens, k + 1, text)
            if found is not None and found[1] == end:
                return text[tokens[start].start : tokens[k - 1].end], found[0]
    return text[tokens[start].start : tokens[end - 1].end], None


def _mention_at(tokens: list[Token], i: int, text: str) -> Mention | None:
    """Read one mention starting at token ``i``, or return None."""
    n = len(tokens)
    begin = i
    if (
        tokens[i].text in {"the", "The"}
        and i + 1 < n
        and _is_cap(tokens[i + 1].text)
        and _honorific_end(tokens, i) == i
    ):
        i += 1
    if tokens[i].text in _HONORIFIC_STARTS:
        honorific_end = _honorific_end(tokens, i)
        if honorific_end > i and honorific_end < n and _title_end(tokens, honorific_end, text) > honorific_end:
            i = honorific_end  # "His Majesty King Abdullah II", "H.E. President X"
    country: str | None = None
    if tokens[i].text in _DEMONYM_FORMS and i + 1 < n and _is_title_word(tokens[i + 1].text):
        country = DEMONYMS[_bare(tokens[i].text)]
        i += 1
    title: str | None = None
    title_end = _title_end(tokens, i, text)
    j = title_end
    possessive = False
    if title_end > i:
        title = _bare(text[tokens[i].start : tokens[title_end - 1].end])
        possessive = _possessive(tokens[title_end - 1].text)
        if possessive:
            return Mention(tokens[begin].start, tokens[title_end - 1].end, None, None, title, country, True)
        if j + 1 < n and tokens[j].text == "of":
            found = country_at(tokens, j + 1, text)
            if found is not None:
                country, j = found
                if j + 1 < n and tokens[j].text == "," and _honorific_end(tokens, j + 1) > j + 1:
                    j += 1
        name_start = _honorific_end(tokens, j) if j < n and tokens[j].text in _HONORIFIC_STARTS else j
    else:
        if country is not None:
            return None
        name_start = _honorific_end(tokens, i)
        if name_start == i:
            return None
    name_end = _name_end(tokens, name_start)
    if name_end == name_start:
        if title is None:
            return None
        end = tokens[j - 1].end if title_end < j else tokens[title_end - 1].end
        return Mention(tokens[begin].start, end, None, None, title, country, False)
    if (
        name_end + 1 < n and tokens[name_end].text == "," and tokens[name_end + 1].text in _SUFFIXES
    ):  # "Joseph R. Biden, Jr."
        name_end += 3 if name_end + 2 < n and tokens[name_end + 2].text == "." else 2
    possessive = _possessive(tokens[name_end - 1].text)
    name = text[tokens[name_start].start : tokens[name_end - 1].end]
    if possessive:
        name = _bare(name)
    end_index = name_end
    if not possessive:
        k = name_end
        if country is None and k + 1 < n and tokens[k].text == "of":
            found = country_at(tokens, k + 1, text)
            if found is not None:
                country, end_index = found
        elif title is None and k + 1 < n and tokens[k].text == ",":
            office_end = _appositive_end(tokens, k + 1)
            if office_end > k + 1:
                office, office_country = _split_office_country(tokens, k + 1, office_end, text)
                title = office
                country = country or office_country
                end_index = office_end
    surname = split_surname(name, country)
    return Mention(tokens[begin].start, tokens[end_index - 1].end, name, surname, title, country, possessive)


def find_mentions(text: str, tokens: Sequence[Token] | None = None) -> list[Mention]:
    """Every mention of a person (or a bare office) in ``text``, in order, not overlapping.

    Without ``tokens``, the text is not cut into tokens as a whole: ``_next_opening``
    finds the places where a mention may start, and only the words from there to
    the end of what a mention can read are tokenised (see ``_window``), which
    reads the same mentions as scanning every token.
    """
    if tokens is not None:
        return _scan(text, list(tokens))
    found: list[Mention] = []
    position = 0  # every token starting before it has been read
    while True:
        at = _next_opening(text, position)
        if at < 0:
            return found
        # Tokenise from a place no token straddles: after a space, or where the last token ended.
        if at == position or text[at - 1] == " ":
            window = _window(text, at, at)
        else:
            window = _window(text, max(position, text.rfind(" ", position, at) + 1), at)
        k = 0
        while window[k].end <= at:
            k += 1
        token = window[k]
        if token.start == at and (token.text in _TITLE_FORMS or _could_start(window, k)):
            mention = _mention_at(window, k, text)
            if mention is not None:
                found.append(mention)
                position = mention.end
                continue
        position = token.end


def _next_opening(text: str, start: int) -> int:
    """The first offset from ``start`` where a token ``_could_start`` accepts may start, or -1.

    Such a token starts with a capital A to Z, or is "the", and its leading letters
    are in ``_OPENING_LETTERS`` (for "the" and "The", the next word's are in
    ``_LETTERS_AFTER_THE``). Letters are read a word at a time, with no token built;
    a letter after a letter is inside a word token, so no token starts there. Every
    offset returned is a letter, so that the token at it is the one read there.
    """
    n = len(text)
    at = start
    while at < n:
        code = ord(text[at])
        if code < 65 or code > 122 or 90 < code < 97:  # no ASCII letter (tested inline: a call per character costs)
            at += 1
            continue
        stop = at + 1
        while stop < n:
            after = ord(text[stop])
            if after < 65 or after > 122 or 90 < after < 97:
                break
            stop += 1
        if (
            (code <= 90 or code == 116)  # a capital or "t"
            and (_OPENING_LENGTHS[code - 65] >> (stop - at)) & 1
            and not (at > 0 and _is_letter(text, at - 1))
        ):
            letters = text[at:stop]
            if letters in _OPENING_LETTERS and (
                (letters != "the" and letters != "The") or _opens_after_the(text, stop)
            ):
                return at
        at = stop
    return -1


def _is_letter(text: str, at: int) -> bool:
    code = ord(text[at])
    if code < 128:
        return 97 <= code <= 122 or 65 <= code <= 90
    return text[at].isalpha()


def _opens_after_the(text: str, stop: int) -> bool:
    """Whether the word after "the" (ending at ``stop``) may be read by a mention: white
    space, then a word whose leading letters are in ``_LETTERS_AFTER_THE``."""
    n = len(text)
    at = stop
    while at < n and is_space_at(text, at):
        at += 1
    if at in (stop, n):  # no white space, or nothing after it
        return False
    first = ord(text[at])
    if not (65 <= first <= 90 or first == 116):  # every word after "the" there starts so
        return False
    end = at + 1
    while end < n:
        code = ord(text[end])
        if code < 65 or code > 122 or 90 < code < 97:
            break
        end += 1
    return text[at:end] in _LETTERS_AFTER_THE


def _window(text: str, start: int, at: int) -> list[Token]:
    """The tokens from offset ``start`` (where no token straddles) to the first word after
    offset ``at`` that ends any reading (or to the end of the text).

    A word starting with a lower-case letter other than "of", "the", a name particle and
    the like ("met", "held", "stated") ends every reading: no test that lets a reading go
    on holds for it. A reading looks at a token only after reading the one before it, so
    a mention read at a token up to ``at`` looks at no token after that word; and each
    test of whether there is a token after one it looked at (``j + 1 < n``) comes with a
    test of that one (``tokens[j].text == "of"``, ``== ","``) that such a word fails, so
    the answer is the same as on the whole text.
    """
    return _tokens(text, start, at)


def _scan(text: str, toks: list[Token]) -> list[Mention]:
    """``find_mentions`` on tokens the caller has: try a mention at every token that can start one."""
    found: list[Mention] = []
    i = 0
    n = len(toks)
    while i < n:
        word = toks[i].text
        if (word == "the" or _is_cap(word)) and _could_start(toks, i):  # most words: no call
            mention = _mention_at(toks, i, text)
            if mention is not None:
                found.append(mention)
                while i < n and toks[i].start < mention.end:
                    i += 1
                continue
        i += 1
    return found


# Speech reads a mention, then resolves the same text among the people; and the same
# mentions ("Prime Minister Kishida") come back in readout after readout. A Mention is frozen.
@functools.lru_cache(maxsize=1024)
def parse_mention(text: str) -> Mention | None:
    """Read a whole mention such as "Foreign Minister Lavrov", "the Prime Minister" or "Putin".

    A lone name with no title or honorific is read as a name.
    """
    tokens = tokenize(text)
    if not tokens:
        return None
    mention = _mention_at(tokens, 0, text)
    if mention is None:
        start = _honorific_end(tokens, 0)
        end = _name_end(tokens, start)
        if end == start:
            return None
        name = _bare(text[tokens[start].start : tokens[end - 1].end])
        return Mention(tokens[0].start, tokens[end - 1].end, name, split_surname(name, None), None, None)
    return mention

