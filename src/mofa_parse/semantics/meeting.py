"""Meeting metadata: who met whom, when, where, for how long.

``apply`` reads the title, the date line and the lead paragraphs (the preamble,
or the first numbered paragraph when the lead is numbered) and fills
``Document.meeting`` and ``Document.people``. It reads only those few lines, so
its cost does not grow with the body. What it cannot read stays None and is
reported as a ``Severity.NOTE`` diagnostic with a ``meeting-...`` code; it never
guesses and never raises.

The people are built from the mentions in the lead (see ``names``): the
principals of the sentence that reports the meeting, the officials after
"accompanied by", then everyone else the title and lead name. Each person is
one ``Person`` object, shared by ``Meeting.participants``,
``Meeting.accompanied_by`` and ``Document.people``.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from typing import Any, Final

from mofa_parse.model import (
    Block,
    Diagnostic,
    Document,
    Meeting,
    MeetingKind,
    Paragraph,
    ParagraphKind,
    Person,
    Severity,
)
from mofa_parse.nodes import evolved_document, trusted_diagnostic
from mofa_parse.rules.countries import ABBREVIATIONS, DEMONYMS, SHORT_NAMES, known_country, same_country
from mofa_parse.semantics.times import read_times
from mofa_parse.text.dates import month_number
from mofa_parse.text.names import (
    HEADS,
    Mention,
    Token,
    country_at,
    find_mentions,
    foreign_minister_titles,
    is_space_at,
    role_key,
    split_surname,
    tokenize,
)


def _words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``, as a set."""
    return frozenset(text.split())


__all__ = ["apply", "meeting_kind", "title_countries"]


_MAX_LEAD = 6
_MAX_BODY_SCAN = 10
_MAX_TEXT = 4000

# --------------------------------------------------------------------------- vocabulary

# Each kind pattern comes with its cues: words (lower case) every match contains, so
# that an ASCII text whose lower-case form holds none of them is not searched (see ``_cued``).
_KIND_PATTERNS: tuple[tuple[MeetingKind, re.Pattern[str], tuple[str, ...]], ...] = (
    (
        MeetingKind.TELEPHONE_TALK,
        re.compile(r"\b(?:tele)?phone\s+(?:talks?|conversations?|calls?|conference|meeting)", re.I),
        ("phone",),
    ),
    (MeetingKind.COURTESY_CALL, re.compile(r"\bcourtesy\s+(?:calls?|visits?)", re.I), ("courtesy",)),
)
_RANKED_KINDS: tuple[tuple[MeetingKind, re.Pattern[str], tuple[str, ...]], ...] = (
    (
        MeetingKind.FOREIGN_MINISTERS,
        re.compile(
            r"\bforeign\s+minist(?:ers?['’]?|erial)\s+(?:meetings?|talks?|conference|dialogue|consultations?)",
            re.I,
        ),
        ("foreign",),
    ),
    (
        MeetingKind.SUMMIT,
        re.compile(r"\bsummit\b|\bleaders['’]?\s+(?:meetings?|talks?)", re.I),
        ("summit", "leaders"),
    ),
    (
        MeetingKind.VISIT,
        re.compile(r"\bvisits?\s+(?:to\b|[A-Z])|\bvisits\b|\b(?:official|working|state)\s+visit\b", re.I),
        ("visit",),
    ),
)
_LEAD_KINDS: tuple[tuple[MeetingKind, re.Pattern[str], tuple[str, ...]], ...] = (
    (
        MeetingKind.FOREIGN_MINISTERS,
        re.compile(r"\bforeign\s+minist(?:ers?['’]?|erial)\s+(?:meetings?|talks?)", re.I),
        ("foreign",),
    ),
    (
        MeetingKind.SUMMIT,
        re.compile(
            r"\bsummit\s+(?:meetings?|talks?)\b|\bheld\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}summit\b|\bleaders['’]?\s+meeting",
            re.I,
        ),
        ("summit", "leaders"),
    ),
)
_OCCASION_CUT = re.compile(
    r"\s+(?:on\s+the\s+(?:occasion|margins?|sidelines?)\s+of|at\s+the|during\s+the)\b", re.I
)
#: Letters that ``re.IGNORECASE`` matches with more than their two cases.
_CASE_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _caseless(word: str) -> str:
    """A pattern for a lower-case ``word`` that matches what ``(?i:word)`` matches."""
    return "".join(f"[{char}{char.upper()}{_CASE_FOLDS.get(char, '')}]" for char in word)


def _any_word(words: Sequence[str]) -> str:
    """A pattern matching any of ``words`` as a whole word, case ignored, that starts with a
    class of first letters: the engine looks for those letters instead of trying the pattern
    at every position. ``(?<!\\w.)`` after the first letter is ``\\b`` before it, and
    ``(?<=[hH])`` after it says which letter it was."""
    firsts = sorted({word[0] for word in words})
    branches = [
        f"(?<={_caseless(first)})(?:{'|'.join(_caseless(word[1:]) for word in words if word[0] == first)})"
        for first in firsts
    ]
    letters = "".join(_caseless(first)[1:-1] for first in firsts)
    return f"[{letters}](?<!\\w.)(?:{'|'.join(branches)})\\b"


#: "held", "met", "talks" ...: said of the meeting itself (only whether it occurs is used).
_MEETING_VERB = re.compile(
    _any_word(
        sorted(
            _words(
                "held hold met meet meeting talk talks call calls received conversation spoke summit telephone lunch "
                "dinner breakfast"
            )
        )
    )
)
_VISIT_VERB = re.compile(_any_word(["visit", "visited", "visiting"]))
#: The words of ``_MEETING_VERB`` and ``_VISIT_VERB``, for ``_has_word``; the meeting words in
#: the order readouts use them most ("meeting", "summit", "held" first), so that a sentence
#: saying one is known to at the first searches.
_MEETING_WORDS: Final = (
    *("meeting", "summit", "held", "telephone", "conversation", "lunch", "talk", "meet", "hold", "talks"),
    *("received", "call", "calls", "met", "dinner", "spoke", "breakfast"),
)
_VISIT_WORDS: Final = ("visit", "visited", "visiting")
#: Upper-case ASCII letters and the letters ``_caseless`` lets stand for a lower-case one,
#: mapped to that letter: one character for one, so offsets keep their meaning.
_FOLD: Final = str.maketrans(
    {
        **{chr(code): chr(code + 32) for code in range(ord("A"), ord("Z") + 1)},
        **{char: letter for letter, chars in _CASE_FOLDS.items() for char in chars},
    }
)


#: The letters of ``_FOLD`` that ``str.lower`` does not map to an ASCII letter one for one.
_ODD_FOLDS: Final = ("\u0130", "\u0131", "\u017f")


def _folded(text: str) -> str:
    """``text`` as ``_any_word`` patterns see it: the letters they take for one, made one.

    Without the letters of ``_ODD_FOLDS``, ``str.lower`` serves: it maps one character
    to one, keeps whether each is a word character, and gives an ASCII letter only for
    an ASCII letter or the Kelvin sign (tested over every character).
    """
    if text.isascii() or not _holds(text, _ODD_FOLDS):
        return text.lower()
    return text.translate(_FOLD)


def _is_word_char(char: str) -> bool:
    """Whether ``char`` is a ``\\w`` character of the regular-expression engine."""
    return char.isalnum() or char == "_"


def _has_word(folded: str, words: Sequence[str]) -> bool:
    """Whether one of the lower-case ``words`` stands as a whole word in ``folded`` (from
    ``_folded``): what ``_any_word(words)`` finds, by ``str.find`` instead of a match tried
    at every letter that can start a word."""
    size = len(folded)
    for word in words:
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not _is_word_char(folded[at - 1])) and (end == size or not _is_word_char(folded[end])):
                return True
            at = folded.find(word, at + 1)
    return False


# In the patterns below, ``a(?<!\w.)ttended`` is ``\battended``: the same matches, but a
# pattern that starts with a letter lets the engine look for that letter at once instead
# of trying the pattern at every position.
_ACCOMPANIED = re.compile(
    r"(?:a(?<!\w.)(?:ccompanied\s+by|ttended\s+by)|j(?<!\w.)oined\s+by|i(?<!\w.)n\s+the\s+presence\s+of"
    r"|w(?<!\w.)ith\s+the\s+attendance\s+of)\b"
)
_ALSO_PRESENT = re.compile(
    r"(?:w(?<!\w.)(?:(?:ere|as)\s+also\s+(?:present|in\s+attendance)|ere\s+present)"
    r"|a(?<!\w.)lso\s+(?:attended|joined|participated))\b"
)
#: Words every match of ``_ACCOMPANIED`` and of ``_ALSO_PRESENT`` holds: a text without them is not searched.
_ACCOMPANIED_CUES: Final = ("accompanied", "attend", "joined", "presence")  # "attend": "attended", "attendance"
_ALSO_PRESENT_CUES: Final = ("also", "present")
#: "Prime Minister Abe's meeting with ...": a possessive that names a principal.
_MEETING_NOUN = re.compile(r"\s+(?:\w+\s+)?(?:meeting|talks?|telephone|courtesy|summit|conversation)\b", re.I)
_BULLET = re.compile(r"[-•*・○●◆■▪–—]\s")
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:he|she|He|She)\s+(?:also\s+|then\s+)?(?:held|met|paid|received|had|made|visited|attended|called)\b"
)
_FORMER = re.compile(r"\b(?:former|late|then|the\s+late)\s+$", re.I)
#: Words that a dot after does not end a sentence after ("Mr.", "approx.").
_ABBREVIATION_WORDS: Final = frozenset(_words("Mr Mrs Ms Dr Prof Hon St Jr Sr No Nos Gen Lt Col approx Messrs"))
_CLOCK_END = re.compile(r"\b[aApP]\.[mM]\Z")
_STARTERS = _words("The This That These It They He She In On At Both During Prior Following After Before Also")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
#: A date starts with "on", a weekday, a month or a digit: the lookahead lets the engine skip
#: every other position at once.
_LEAD_DATE = re.compile(
    rf"(?=[ADFJMNOSTWo]|\d)(?P<on>\b[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?)?{_WEEKDAY}?"
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<y1>\d{{4}})\b)?"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}})\b)?)"
)
#: Every date ``_LEAD_DATE`` reads names a month: a text without one holds none.
_MONTH_HINT = re.compile(r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec")
_DATE_FIELD = re.compile(r"^\s*Date\s*:\s*(?P<value>.+)$")
_PLACE_FIELD = re.compile(r"^\s*(?:Place|Venue|Location)\s*:\s*(?P<value>.+?)\s*$")

_CAP_WORD = r"[A-Z][\w'’.-]*"
_PLACE = (
    rf"(?:the\s+)?{_CAP_WORD}(?:\s+(?:of\s+|de\s+)?{_CAP_WORD}){{0,4}}"
    rf"(?:,\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})?"
)
_VENUE_AT = re.compile(
    rf"a(?<!\w.)t\s+(?P<place>(?:the\s+)?{_CAP_WORD}(?:\s+(?:of\s+the\s+|of\s+|the\s+|and\s+)?{_CAP_WORD}){{0,7}})"
)
_PLACE_IN = re.compile(rf"i(?<!\w.)n\s+(?P<place>{_PLACE})")
_VISITING = re.compile(rf"v(?<!\w.)isiting\s+(?P<place>{_PLACE})")
_VISIT_TO = re.compile(
    rf"(?:d(?<!\w.)uring|o(?<!\w.)n)\s+(?:his|her|their|the)\s+(?:\w+\s+){{0,2}}visit\s+to\s+(?P<place>{_PLACE})"
)
_VENUE_WORDS = _words(
    "Kremlin Palace House Hall Residence Building Office Hotel Center Centre Room Garden Gardens Villa "
    "Ministry Headquarters Castle Embassy Secretariat Parliament Diet Kantei"
)
_REGION_WORDS = _words("Prefecture Province State Region Oblast Island Islands County District Territory")
_EVENT_WORDS = _words(
    "Meeting Meetings Summit Conference Forum Assembly Session Sessions Dialogue Ceremony Games Olympics "
    "Expo EXPO Convention Talks Symposium Week Funeral Inauguration Dinner Lunch Luncheon Banquet "
    "Reception Festival Congress"
)
_OCCASION_PHRASE = (
    r"(?P<occasion>[A-Z0-9][\w'’.&-]*"
    r"(?:\s+(?:\([A-Z0-9][\w'’.&-]*\)|of|the|and|for|on|in|[A-Z0-9][\w'’.&-]*)){0,15})"
)
_OCCASION_OF = re.compile(
    rf"(?:o(?<!\w.)n|a(?<!\w.)t)\s+the\s+(?:[Oo]ccasion|[Mm]argins?|[Ss]idelines?)\s+of\s+(?:the\s+)?{_OCCASION_PHRASE}"
)
_OCCASION_ATTEND = re.compile(
    rf"(?:t(?<!\w.)o\s+attend|a(?<!\w.)ttending|d(?<!\w.)uring|f(?<!\w.)or)\s+the\s+{_OCCASION_PHRASE}"
)
_CONNECTOR_WORDS: Final = ("of", "the", "and", "for", "on", "in")
_LEADER_ROLES = frozenset(
    {
        "prime minister",
        "president",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emperor",
        "sultan",
        "emir",
        "amir",
        "crown prince",
        "taoiseach",
        "state counsellor",
        "chairman",
        "supreme leader",
    }
)


_COMMON_HEADS: Final = ("Minister", "President")


def _role_heads(roles: Sequence[str]) -> tuple[str, ...]:
    """The words heading an office, as written, that a title with one of ``roles`` holds.

    A title read from a text holds a word heading an office (see ``names``) as written
    there; when ``role_key`` of the title is one of ``roles``, that word, made lower case,
    is a word of the role: a text holding none of the words this returns names no one
    with such a title.
    """
    words = {word for role in roles for word in role.split()}
    # The commonest offices first: a text holding one is known to at the first look.
    return tuple(sorted((h for h in HEADS if h.casefold() in words), key=lambda h: (h not in _COMMON_HEADS, h)))


_LEADER_HEADS: Final = _role_heads(sorted(_LEADER_ROLES))
_FOREIGN_MINISTER_HEADS: Final = _role_heads(foreign_minister_titles())
_COUNTRIES_BY_INITIAL: dict[str, list[str]] = {}
for _name in sorted(set(SHORT_NAMES) | set(ABBREVIATIONS), key=len, reverse=True):
    _COUNTRIES_BY_INITIAL.setdefault(_name[:2], []).append(_name)
_TITLE_SEPARATOR = re.compile(r'[ (\-–"“]')
#: The characters ``_TITLE_SEPARATOR`` matches.
_TITLE_SEPARATORS: Final = ' (-–"“'
_SIDE = re.compile(r"f(?<!\w.)rom\s+the\s+(?P<adj>[A-Z][a-z]+)\s+side\b")

_NOTE = Severity.NOTE


# --------------------------------------------------------------------------- small helpers


def _sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text`` with their offsets; "Mr." and "H.E." do not end one."""
    pieces: list[tuple[int, str]] = []
    start = 0
    ends = _sentence_ends(text)
    for index in range(0, len(ends), 2):
        stop, after = ends[index], ends[index + 1]
        before = text[max(start, stop - 12) : stop]
        if _ends_abbreviation(before):
            continue
        if (
            before[-2:-1] == "."  # every match of the clock pattern has it: most ends are not searched
            and _CLOCK_END.search(before)
            and text[after:].split(" ", 1)[0] not in _STARTERS
        ):
            continue
        pieces.append((start, text[start : stop + 1]))
        start = after
    if start < len(text):
        pieces.append((start, text[start:]))
    return [(offset, piece) for offset, piece in pieces if piece.strip()]


def _sentence_ends(text: str) -> list[int]:
    """Where sentences may end in ``text``: the offset of each ".", "!" or "?" followed by
    at most one of ``)"”’``, then white space, then a capital A to Z, "(", '"' or "“", and
    the offset of that character, in pairs, in order and not overlapping.

    The stops are found with ``str.find`` (a paragraph holds a few), not by a pattern
    tried at every character.
    """
    ends: list[int] = []
    size = len(text)
    marks = [text.find(".", 0), text.find("!", 0), text.find("?", 0)]
    at = 0
    while True:
        stop = -1
        for mark in range(3):  # the next stop at or after ``at``
            if 0 <= marks[mark] < at:
                marks[mark] = text.find(".!?"[mark], at)
            if marks[mark] >= 0 and (stop < 0 or marks[mark] < stop):
                stop = marks[mark]
        if stop < 0:
            return ends
        after = stop + 1
        if after < size and ord(text[after]) in _CLOSERS:
            after += 1
        space = after
        while after < size and is_space_at(text, after):
            after += 1
        if after > space and after < size:
            code = ord(text[after])
            if 65 <= code <= 90 or code in _OPENERS:
                ends.append(stop)
                ends.append(after)
                at = after
                continue
        at = stop + 1


#: The codes of ``)"”’``, which may close a sentence after its stop, and of ``("“``, which
#: may open the next before its capital.
_CLOSERS: Final = (41, 34, 8221, 8217)
_OPENERS: Final = (40, 34, 8220)


def _ends_abbreviation(before: str) -> bool:
    """Whether ``before`` ends with a word of ``_ABBREVIATION_WORDS`` or a capital A to Z,
    standing alone (no word character before it), or with letters A to Z joined by dots
    ("U.S", "a.m"): where a dot after it ends no sentence.

    Read from the end instead of searched with a pattern anchored at the end, which
    the engine tries at every position.
    """
    size = len(before)
    if size == 0:
        return False
    last = ord(before[size - 1])
    if not (65 <= last <= 90 or 97 <= last <= 122):  # every form ends with a letter A to Z
        return False
    if size >= 3 and ord(before[size - 2]) == 46:
        third = ord(before[size - 3])
        if 65 <= third <= 90 or 97 <= third <= 122:
            return True
    start = size - 1
    while start > 0 and _is_word_char(before[start - 1]):
        start -= 1
    return (start == size - 1 and last <= 90) or before[start:] in _ABBREVIATION_WORDS


def _without_trailing_connectors(text: str) -> str:
    """``text`` without the connectors ("of", "the", "and", "for", "on", "in") it ends with,
    each after white space, and without that white space ("the G20 Summit in" → "the G20 Summit")."""
    end = len(text)
    while True:
        cut = -1
        for word in _CONNECTOR_WORDS:
            at = end - len(word)
            if at > 0 and text[at:end] == word and is_space_at(text, at - 1):  # a slice: no method call
                cut = at - 1
                while cut > 0 and is_space_at(text, cut - 1):
                    cut -= 1
                break
        if cut < 0:
            return text[:end]
        end = cut


def title_countries(title: str) -> list[str]:
    """The countries a title pairs: "Japan-Russian Federation Summit" → ["Japan", "Russian Federation"]."""
    # A country starts at a capital at the start or after a space, a parenthesis, a dash or a quote.
    for index in _country_starts(title):
        if not title[index : index + 1].isupper():
            continue
        found: list[str] = []
        position = index
        while True:
            name = _country_prefix(title, position)
            if name is None:
                break
            found.append(ABBREVIATIONS.get(name, name))
            position += len(name)
            if position < len(title) and title[position] in "-–":
                position += 1
                continue
            break
        if len(found) >= 2:
            return found
    return []


def _country_starts(title: str) -> list[int]:
    """0 and the offset after each match of ``_TITLE_SEPARATOR`` in ``title``, in order (one
    character each, found without the engine)."""
    starts: list[int] = []
    for separator in _TITLE_SEPARATORS:  # a few searches of a short title, not a test per character
        at = title.find(separator)
        while at >= 0:
            starts.append(at + 1)
            at = title.find(separator, at + 1)
    starts.sort()
    return [0, *starts]


def _country_prefix(text: str, position: int) -> str | None:
    for name in _COUNTRIES_BY_INITIAL.get(text[position : position + 2], ()):
        if text[position : position + len(name)] == name:  # a slice: no method call
            after = position + len(name)
            if after == len(text) or not (text[after].isalnum() or text[after] == "'"):
                return name
    return None


def _holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (anywhere, not only as a word)."""
    for word in words:  # noqa: SIM110 - a loop, not a generator: compiled, it allocates nothing
        if word in text:
            return True
    return False


def _lowered(text: str) -> str | None:
    """The lower-case form of an ASCII ``text``, for ``_cued``; None for any other text."""
    return text.lower() if text.isascii() else None


def _cued(lowered: str | None, cues: tuple[str, ...]) -> bool:
    """Whether a case-blind pattern with ``cues`` can match the text ``lowered`` stands for.

    In ASCII text the engine takes only a letter's two cases for it, so a match holds a
    cue as written in lower case; other texts (whose letters may fold otherwise) are searched.
    """
    return lowered is None or _holds(lowered, cues)


def _kind_in(text: str, lead: bool) -> MeetingKind | None:
    lowered = _lowered(text)
    for kind, pattern, cues in _KIND_PATTERNS:
        if _cued(lowered, cues) and pattern.search(text):
            return kind
    best: tuple[int, MeetingKind] | None = None
    for kind, pattern, cues in _LEAD_KINDS if lead else _RANKED_KINDS:
        if not _cued(lowered, cues):
            continue
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), kind)
    return best[1] if best else None


def meeting_kind(title: str, lead: str = "") -> MeetingKind:
    """The kind of meeting a title names (or, failing that, the lead sentence).

    The words after "on the occasion of" name the occasion, not the meeting, and
    are not read. Telephone talks and courtesy calls win over any other word;
    otherwise the first of "Foreign Ministers' Meeting", "Summit" and "Visit to"
    decides.
    """
    cut = _OCCASION_CUT.search(title) if _cued(_lowered(title), ("the",)) else None
    head = title[: cut.start()] if cut else title
    return _kind_in(head, lead=False) or _kind_in(lead, lead=True) or MeetingKind.OTHER


# --------------------------------------------------------------------------- people


class _Draft:
    """A person being assembled from several mentions.

    Equal to a draft with the same fields (``list.remove`` looks for one). The working
    classes of the pass are plain classes: compiled, their fields and methods are reached
    directly, where an attrs class's are looked up by name.
    """

    name: str | None
    surname: str
    title: str | None
    country: str | None

    def __init__(self, name: str | None, surname: str, title: str | None, country: str | None) -> None:
        self.name = name
        self.surname = surname
        self.title = title
        self.country = country

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Draft):
            return NotImplemented
        return (self.name, self.surname, self.title, self.country) == (
            other.name,
            other.surname,
            other.title,
            other.country,
        )

    def matches(self, mention: Mention) -> bool:
        assert mention.surname is not None
        if mention.country and self.country and not same_country(mention.country, self.country):
            return False
        mine = self.surname.casefold()
        theirs = mention.surname.casefold()
        if mine == theirs:
            return True
        # "Nguyen Tan Dung" and a later "Prime Minister Dung"
        if self.name and mention.name and len(mention.name.split()) == 1:
            return mention.name.casefold() == self.name.split()[-1].casefold()
        return False

    def absorb(self, mention: Mention) -> None:
        if mention.name and (self.name is None or len(mention.name.split()) > len(self.name.split())):
            self.name = mention.name
            self.surname = split_surname(mention.name, self.country or mention.country)
        if self.title is None and mention.title:
            self.title = mention.title
        if self.country is None and mention.country:
            self.country = mention.country

    def freeze(self) -> Person:
        name = self.name
        if name is not None and name.casefold() == self.surname.casefold():
            name = None
        return Person(name=name, surname=self.surname, title=self.title, country=self.country)


def _draft(mention: Mention) -> _Draft:
    assert mention.surname is not None
    return _Draft(mention.name, mention.surname, mention.title, mention.country)


def _add(drafts: list[_Draft], mention: Mention) -> _Draft:
    for draft in drafts:
        if draft.matches(mention):
            draft.absorb(mention)
            return draft
    draft = _draft(mention)
    drafts.append(draft)
    return draft


def _side_markers(text: str, tokens: list[Token]) -> list[tuple[int, str]]:
    """Offsets and countries of "from Japan", "from the Russian Federation", "from the Japanese side"."""
    markers: list[tuple[int, str]] = []
    for index, token in enumerate(tokens):
        if token.text == "from":
            found = country_at(tokens, index + 1, text)
            if found is not None:
                markers.append((token.start, ABBREVIATIONS.get(found[0], found[0])))
    for match in _SIDE.finditer(text):
        country = DEMONYMS.get(match["adj"])
        if country:
            markers.append((match.start(), country))
    return sorted(markers)


# --------------------------------------------------------------------------- the pass


class _Reading:
    """Everything the pass gathers before it builds the frozen results."""

    doc: Document
    notes: list[Diagnostic]
    #: Line and column of the paragraphs notes were anchored at, by ``id``.
    places: dict[int, tuple[int, int]]

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.notes = []
        self.places = {}

    def note(self, code: str, message: str, paragraph: Paragraph | None = None) -> None:
        line, column, text = 1, 1, ""
        if paragraph is not None:
            text = paragraph.text
            if paragraph.span is not None and self.doc.source:
                place = self.places.get(id(paragraph))
                if place is None:
                    source = self.doc.source
                    start = paragraph.span.start
                    place = (source.count("\n", 0, start) + 1, start - (source.rfind("\n", 0, start) + 1) + 1)
                    self.places[id(paragraph)] = place
                line, column = place
        self.notes.append(trusted_diagnostic(line, column, message, text, code, _NOTE))


class _Sentence:
    """A sentence of the lead, with what the pass asks of it more than once."""

    paragraph: Paragraph
    text: str
    mentions: list[Mention]
    #: Where "accompanied by" (or the like) starts the company, if it does.
    company: re.Match[str] | None
    #: Whether it says "held a meeting" (or the like), once asked.
    meets: bool | None

    def __init__(
        self, paragraph: Paragraph, text: str, mentions: list[Mention], company: re.Match[str] | None
    ) -> None:
        self.paragraph = paragraph
        self.text = text
        self.mentions = mentions
        self.company = company
        self.meets = None

    def says_meeting(self) -> bool:
        if self.meets is None:
            self.meets = _has_word(_folded(self.text), _MEETING_WORDS)
        return self.meets


def _lead_sentences(paragraph: Paragraph) -> list[_Sentence]:
    return [
        _Sentence(
            paragraph,
            text,
            [m for m in find_mentions(text) if m.surname or m.title],
            _ACCOMPANIED.search(text) if _holds(text, _ACCOMPANIED_CUES) else None,
        )
        for _, text in _sentences(paragraph.text[:_MAX_TEXT])
    ]


def _lead(doc: Document) -> tuple[list[Paragraph], list[_Sentence]]:
    """The lead paragraphs and their sentences.

    The lead is the preamble's text paragraphs; when none of them says "held a
    meeting" (or the like), the first paragraph of an untitled first section
    joins it (a numbered lead: "1. On September 2, ... held a meeting with ...").
    A paragraph says so exactly when one of its sentences does: the sentences
    cover its words, and a word at a sentence's edge has the same neighbours.
    """
    lead = [p for p in doc.preamble[:_MAX_LEAD] if p.kind is ParagraphKind.TEXT]
    sentences = [sentence for paragraph in lead for sentence in _lead_sentences(paragraph)]
    if not any(sentence.says_meeting() for sentence in sentences) and doc.sections and doc.sections[0].title is None:
        first = doc.sections[0].body[:1]
        if first and isinstance(first[0], Paragraph):
            lead.append(first[0])
            sentences += _lead_sentences(first[0])
    return lead, sentences


def _body_paragraphs(doc: Document, skip: Sequence[Paragraph]) -> list[Paragraph]:
    """The first paragraphs of the body (depth first, as ``Document.iter_blocks``), not in ``skip``."""
    found: list[Paragraph] = []
    _collect_paragraphs(doc.sections, {id(p) for p in skip}, found)
    return found


def _collect_paragraphs(blocks: Sequence[Block], skip: set[int], found: list[Paragraph]) -> bool:
    """Add the paragraphs in ``blocks`` to ``found`` up to ``_MAX_BODY_SCAN``; whether it is full."""
    for block in blocks:
        if isinstance(block, Paragraph):
            if id(block) not in skip:
                found.append(block)
                if len(found) >= _MAX_BODY_SCAN:
                    return True
        elif _collect_paragraphs(block.body, skip, found):
            return True
    return False


def _is_former(text: str, mention: Mention) -> bool:
    return _FORMER.search(text[max(0, mention.start - 12) : mention.start]) is not None


def _lead_date(text: str, issued: _dt.date | None) -> tuple[_dt.date | None, str | None]:
    """The meeting date in a lead sentence, and a note code when a date is there but unreadable."""
    if _MONTH_HINT.search(text) is None:
        return None, None
    matches = list(_LEAD_DATE.finditer(text))
    if not matches:
        return None, None
    match = next((m for m in matches if m["on"]), matches[0])
    month = month_number(match["m1"] or match["m2"])
    day = int(match["d1"] or match["d2"])
    year_text = match["y1"] or match["y2"]
    if month is None:
        return None, None
    if year_text:
        year = int(year_text)
    elif issued is not None:
        year = issued.year
        try:
            if _dt.date(year, month, day) - issued > _dt.timedelta(days=7):
                year -= 1  # "On December 30" in a readout dated January 2
        except ValueError:
            return None, "meeting-bad-date"
    else:
        return None, "meeting-no-year"
    try:
        return _dt.date(year, month, day), None
    except ValueError:
        return None, "meeting-bad-date"


def _clean_place(place: str, venue: bool = False) -> str | None:
    """A place as the lead names it, without "the"; None for words that are no place.

    After "in", "the ..." is a place only when it is a country or a building
    ("in the Kremlin"); after "at", any capitalised name is a venue.
    """
    place = place.strip().rstrip(".,")
    if place.startswith("the "):
        rest = place[4:]
        words = rest.split()
        if not (venue or known_country(rest) or any(w in _VENUE_WORDS for w in words)):
            return None
        place = rest
    first = place.split()[0] if place.split() else ""
    if not first or month_number(first) is not None or first in DEMONYMS or first in _EVENT_WORDS:
        return None
    if place.split()[-1] in _EVENT_WORDS:
        return None
    if "," in place:
        head, _, tail = place.partition(",")
        tail = tail.strip()
        if not (known_country(tail.removeprefix("the ")) or tail.split()[-1] in _REGION_WORDS):
            place = head.strip()
    return place or None


def _occasion_text(raw: str, need_event: bool) -> tuple[str | None, str | None]:
    """An occasion phrase trimmed to its name, and a place split off its end ("... in Lima")."""
    words = raw.split()
    place: str | None = None
    if "in" in words:
        cut = len(words) - 1 - words[::-1].index("in")
        tail = " ".join(words[cut + 1 :])
        if tail and all(w[:1].isupper() for w in words[cut + 1 :]):
            place = tail
            words = words[:cut]
    text = _without_trailing_connectors(" ".join(words).rstrip(".,;:"))
    if need_event:
        kept = text.split()
        while kept and kept[-1].rstrip("'’s") not in _EVENT_WORDS and kept[-1] not in _EVENT_WORDS:
            kept.pop()
        text = " ".join(kept)
    return (text or None), place


def _find_occasion(texts: Sequence[str]) -> tuple[str | None, str | None]:
    # Cues every match holds: "the", and the noun after it or the word before it.
    for text in texts:
        if not ("the" in text and _holds(text, ("ccasion", "argin", "ideline"))):
            continue
        match = _OCCASION_OF.search(text)
        if match:
            occasion, place = _occasion_text(match["occasion"], need_event=False)
            if occasion:
                return occasion, place
    for text in texts:
        if not ("the" in text and _holds(text, ("attend", "during", "for"))):
            continue
        match = _OCCASION_ATTEND.search(text)
        if match:
            occasion, place = _occasion_text(match["occasion"], need_event=True)
            if occasion:
                return occasion, place
    return None, None


#: The place patterns in the order they are tried, each with a word every match of it holds:
#: a sentence without that word is not searched.
_LOCATION_PATTERNS: Final = ((_VENUE_AT, "at"), (_PLACE_IN, "in"), (_VISITING, "visiting"), (_VISIT_TO, "visit"))


def _find_location(sentence: str) -> str | None:
    for pattern, cue in _LOCATION_PATTERNS:
        if cue not in sentence:
            continue
        for match in pattern.finditer(sentence):
            if pattern is _VENUE_AT and match["place"].split()[-1] in _EVENT_WORDS:
                continue
            place = _clean_place(match["place"], venue=pattern is _VENUE_AT)
            if place:
                return place
    return None


def _read(doc: Document) -> tuple[Meeting, tuple[Person, ...], list[Diagnostic]]:
    reading = _Reading(doc)
    # Sentences of the lead, and the one that reports the meeting.
    lead, sentences = _lead(doc)
    title = doc.title[:_MAX_TEXT]
    anchor = lead[0] if lead else None

    # The sentence that reports the meeting: one naming someone and saying "held a
    # meeting" (or the like), else one naming someone and a visit, else any such verb.
    # Summary bullets ("- The two leaders agreed ...") come before the lead: try them last.
    order = sorted(range(len(sentences)), key=lambda k: _BULLET.match(sentences[k].paragraph.text) is not None)
    meeting_index: int | None = None
    for index in order:  # a meeting verb, someone named
        if any(m.surname for m in sentences[index].mentions) and sentences[index].says_meeting():
            meeting_index = index
            break
    if meeting_index is None:
        for index in order:  # a visit, someone named
            if any(m.surname for m in sentences[index].mentions) and _has_word(
                _folded(sentences[index].text), _VISIT_WORDS
            ):
                meeting_index = index
                break
    if meeting_index is None:
        for index in order:  # a meeting verb
            if sentences[index].company is None and sentences[index].says_meeting():
                meeting_index = index
                break
    if meeting_index is None and sentences:
        meeting_index = 0
    meeting_sentence = sentences[meeting_index].text if meeting_index is not None else ""
    if meeting_index is not None:
        anchor = sentences[meeting_index].paragraph

    kind = meeting_kind(title, meeting_sentence)

    # People.
    drafts: list[_Draft] = []
    participants: list[_Draft] = []
    accompanied: list[_Draft] = []
    for index, lead_sentence in enumerate(sentences):
        sentence = lead_sentence.text
        marker = lead_sentence.company
        also = _ALSO_PRESENT.search(sentence) if _holds(sentence, _ALSO_PRESENT_CUES) else None
        sides: list[tuple[int, str]] = []
        if marker or also:
            sides = _side_markers(sentence, tokenize(sentence))
        for mention in lead_sentence.mentions:
            if mention.surname is None:
                continue
            in_company = (marker is not None and mention.start >= marker.end()) or (
                also is not None and marker is None and index != meeting_index
            )
            if in_company and mention.country is None:
                side = next((c for offset, c in sides if offset >= mention.end), None)
                if side is not None:
                    mention = mention.with_country(side)
            if in_company:
                draft = _add(drafts, mention)
                if not any(draft is d for d in participants + accompanied):
                    accompanied.append(draft)
            elif (
                index == meeting_index
                and (not mention.possessive or _MEETING_NOUN.match(sentence, mention.end))
                and not _is_former(sentence, mention)
            ):
                draft = _add(drafts, mention)
                if not any(draft is d for d in participants):
                    participants.append(draft)
                accompanied = [d for d in accompanied if d is not draft]
    for lead_sentence in sentences:
        for mention in lead_sentence.mentions:
            if mention.surname is not None and not _is_former(lead_sentence.text, mention):
                _add(drafts, mention)
    if meeting_index and participants:
        first = next((m for m in sentences[meeting_index].mentions if m.surname is not None), None)
        pronoun = _PRONOUN_SUBJECT.search(meeting_sentence)
        if first is not None and pronoun is not None and pronoun.start() < first.start:
            # "During his stay he paid a courtesy call on ...": the subject is the
            # person the lead named before.
            earlier = next(
                (
                    m
                    for before in sentences[:meeting_index]
                    for m in before.mentions
                    if m.surname is not None and not m.possessive and before.company is None
                ),
                None,
            )
            if earlier is not None:
                draft = _add(drafts, earlier)
                if not any(draft is d for d in participants):
                    participants.insert(0, draft)
    from_lead = len(participants)
    for mention in find_mentions(title):
        if mention.surname is not None:
            draft = _add(drafts, mention)
            if (from_lead == 0 or len(participants) < 2) and not any(draft is d for d in participants + accompanied):
                participants.append(draft)

    pair = title_countries(title)
    if len(participants) < 2 and kind in (
        MeetingKind.SUMMIT,
        MeetingKind.FOREIGN_MINISTERS,
        MeetingKind.TELEPHONE_TALK,
    ):
        wanted = max(2, len(pair))
        heads = _FOREIGN_MINISTER_HEADS if kind is MeetingKind.FOREIGN_MINISTERS else _LEADER_HEADS
        found_any = False
        for paragraph in _body_paragraphs(doc, lead):
            if len(participants) >= wanted:
                break
            text = paragraph.text[:_MAX_TEXT]
            if not _holds(text, heads):  # no one with a fitting title
                continue
            for mention in find_mentions(text):
                if mention.surname is None or mention.title is None or _is_former(text, mention):
                    continue
                role = role_key(mention.title)
                fits = role == "foreign minister" if kind is MeetingKind.FOREIGN_MINISTERS else role in _LEADER_ROLES
                if not fits:
                    continue
                draft = _add(drafts, mention)
                if not any(draft is d for d in participants + accompanied):
                    participants.append(draft)
                    found_any = True
                if len(participants) >= wanted:
                    break
        if found_any:
            _japan_side_first(participants, kind)
            reading.note(
                "meeting-participants-from-body",
                "the lead names no principals; they were read from the first paragraphs of the body",
                anchor,
            )

    _assign_countries(participants, pair)

    ordered: list[_Draft] = []
    for draft in participants + accompanied + drafts:
        if not any(draft is d for d in ordered):
            ordered.append(draft)
    frozen = {id(d): d.freeze() for d in ordered}
    people = tuple(frozen[id(d)] for d in ordered)

    # When, where, how long.
    lead_texts = [p.text[:_MAX_TEXT] for p in lead]
    date: _dt.date | None = None
    date_problem: str | None = None
    place_field: str | None = None
    for text in lead_texts:
        if ":" not in text:  # a field line holds one: no field here
            continue
        field = _DATE_FIELD.match(text)
        if field and date is None:
            date, date_problem = _lead_date(field["value"], doc.issued)
        place = _PLACE_FIELD.match(text)
        if place and place_field is None:
            place_field = place["value"]
    if date is None and date_problem is None:
        # The sentence that reports the meeting first, then the others in order.
        ordered_sentences = [sentences[meeting_index]] if meeting_index is not None else []
        ordered_sentences += [s for i, s in enumerate(sentences) if i != meeting_index]
        for lead_sentence in ordered_sentences:
            if lead_sentence.company is not None:
                continue
            date, date_problem = _lead_date(lead_sentence.text, doc.issued)
            if date is not None or date_problem is not None:
                break
    time_text = " ".join(s.text for s in sentences if s.company is None) or ""
    times = read_times(time_text[:_MAX_TEXT])
    occasion, occasion_place = _find_occasion([meeting_sentence, title])
    location = place_field or _find_location(meeting_sentence) or occasion_place

    # Built from a plain dict: mypy's attrs plugin cannot type the tuple converters.
    fields: dict[str, Any] = {
        "kind": kind,
        "participants": tuple(frozen[id(d)] for d in participants),
        "accompanied_by": tuple(frozen[id(d)] for d in accompanied),
        "date": date,
        "location": location,
        "occasion": occasion,
        "start": times.start,
        "end": times.end,
        "duration": times.duration,
        "timezone": times.timezone,
        "parts": times.parts,
    }
    meeting = Meeting(**fields)

    if not lead:
        reading.note("meeting-no-lead", "no lead paragraph: date, time and place of the meeting are unknown")
    else:
        if not participants:
            reading.note("meeting-no-participants", "the lead names no principals", anchor)
        if date is None:
            messages = {
                "meeting-no-year": "the lead gives a day but no year, and there is no date line",
                "meeting-bad-date": "the lead names a day that does not exist",
            }
            code = date_problem or "meeting-no-date"
            reading.note(code, messages.get(code, "the lead gives no date for the meeting"), anchor)
        if meeting.start is None:
            reading.note("meeting-no-start", "the lead gives no starting time", anchor)
        if meeting.duration is None:
            if meeting.parts:
                reading.note(
                    "meeting-duration-in-parts",
                    "the lead gives the lengths of the parts but no total; see Meeting.parts",
                    anchor,
                )
            else:
                reading.note("meeting-no-duration", "the lead gives no length for the meeting", anchor)
        if location is None and kind is not MeetingKind.TELEPHONE_TALK:
            reading.note("meeting-no-location", "the lead gives no place for the meeting", anchor)
    return meeting, people, reading.notes


def _japan_side_first(participants: list[_Draft], kind: MeetingKind) -> None:
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


def _assign_countries(participants: list[_Draft], pair: list[str]) -> None:
    """Give principals without a country the one the title pairs them with.

    Readouts are Japan's: its principal is usually written without a country and
    comes first. When the title pairs countries ("Japan-Russia"), principals
    without a country take, in order, the paired countries no principal has yet;
    without a pair, the one principal without a country facing principals of
    other countries is Japan's.
    """
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
        if len(missing) == 1 and len(unused) == 1:
            missing[0].country = unused[0]
        return
    if len(participants) >= 2 and len(missing) == 1 and not any(same_country("Japan", u) for u in used):
        missing[0].country = "Japan"


def apply(doc: Document) -> Document:
    """Fill ``doc.meeting`` and ``doc.people`` from the title, date line and lead.

    Never raises: an unexpected failure leaves the meeting empty and adds a
    ``meeting-error`` note, so that one odd readout cannot stop a batch.
    """
    changes: dict[str, Any]
    try:
        meeting, people, notes = _read(doc)
    except Exception as error:  # a semantic pass must not stop a lenient parse
        note = Diagnostic(
            1,
            1,
            f"meeting metadata could not be read: {type(error).__name__}",
            "",
            code="meeting-error",
            severity=_NOTE,
        )
        changes = {"meeting": Meeting(), "people": (), "warnings": (*doc.warnings, note)}
    else:
        changes = {"meeting": meeting, "people": people, "warnings": (*doc.warnings, *notes)}
    return evolved_document(doc, changes)


