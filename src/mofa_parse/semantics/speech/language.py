"""The language of speakers: how a subject, a name or a title is written before a reporting verb.

Each piece is a small regular expression, and the larger ones are built from
them: a capitalised word (``CAP``), a name of up to four of them (``NAME``), a
title ("Minister for Foreign Affairs", ``TITLE``), a named person ("Foreign
Minister Mr. Lavrov of Russia", ``NAMED``), a bare title ("the Prime
Minister", ``BARE``), a joint subject ("the two leaders", ``JOINT``), a side
("the Japanese side", ``SIDE``), a pronoun (``PRON``) and a list of names
("A, B and C", ``is_list``, read name by name); ``SUBJ_NOT_LIST`` is any of them
but a list. ``subject_end`` reads a subject of any kind, a list included, by
trying each kind whole, so that no pattern needs to repeat them all.

The title words, honorifics and name particles are those of
``mofa_parse.rules.people``: one vocabulary for every reader of names. The
patterns list them longest first, so that "Vice-President" is read before
"Vice" could be.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from mofa_parse.rules.countries import ABBREVIATIONS, DEMONYMS
from mofa_parse.rules.people import HEADS, HONORIFICS, MODIFIERS, PARTICLES, TITLE_CONNECTORS, HonorificKind
from mofa_parse.rules.verbs import ADVERB_PHRASES, WHOLE_ADVERB_PHRASES

__all__ = [
    "ADV",
    "ADVERBS",
    "BARE",
    "BARE_RE",
    "CAP",
    "FIRST_WORDS",
    "HONOR_RE",
    "JOINT",
    "KIND_RES",
    "LIST_HINT",
    "MR_WORDS",
    "NAMED",
    "NAMED_RE",
    "NAT",
    "NAT_RE",
    "OF_TAIL",
    "PRON",
    "SIDE",
    "SUBJECT_ENDINGS",
    "SUBJECT_START",
    "SUBJ_NOT_LIST",
    "TITLE_OR_MR_WORDS",
    "TITLE_WORDS",
    "WHOLE_ADVERB_END",
    "KindReader",
    "is_list",
    "mentions",
    "subject_end",
    "subject_kinds",
    "words",
]


def words(text: str) -> frozenset[str]:
    """The set of the space-separated words of ``text``."""
    return frozenset(text.split())


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted(set(words), key=lambda word: (-len(word), word))


def _either(words: Iterable[str]) -> str:
    """A group matching any of ``words`` as written, longest first."""
    return "(?:" + "|".join(re.escape(word) for word in _longest_first(words)) + ")"


def _phrase(phrase: str) -> str:
    """A phrase as written, any white space between its words."""
    return r"\s+".join(re.escape(word) for word in phrase.split())


def _honorific(form: str) -> str:
    """A style as written ("His Excellency", "H.E.", "the Honorable"): any white space between its
    words, an optional space inside initials ("H. E."), a capital or small first letter for "the"."""
    pattern = re.escape(form).replace(r"\ ", r"\s+")
    pattern = re.sub(r"\\\.(?=[A-Z])", r"\\.\\s?", pattern)
    if form[:1].islower():
        pattern = f"[{form[0].upper()}{form[0]}]" + pattern[1:]
    return pattern


_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_CAPITAL = re.compile(f"[{_UP}]")
#: A capitalised word: "Putin", "Al-Sabah", "O'Neill", "SUGA", an initial "J.".
CAP = rf"(?:[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+|['’][{_UP}][{_LOW}]+)*|[{_UP}]{{2,}}(?:-[{_UP}]+)*|[{_UP}]\.)"
_PARTICLE = _either(PARTICLES)
#: A personal name: up to four capitalised words, each perhaps after a particle ("Charles de Gaulle").
NAME = rf"(?:{_PARTICLE}\s+)?{CAP}(?:\s+(?:{_PARTICLE}\s+)?{CAP}){{0,3}}"

#: The heads of one person's title: a plural ("Ministers") names several, as a joint subject does.
_HEADS = frozenset(head for head in HEADS if not (head.endswith("s") and head[:-1] in HEADS))
_HEAD = _either(_HEADS)
_MOD = _either(MODIFIERS)
#: A title: up to three modifiers, a head word, perhaps an office ("Minister for Foreign Affairs").
TITLE = rf"(?:{_MOD}\s+){{0,3}}{_HEAD}(?:\s+(?:of|for)\s+(?:the\s+)?{CAP}(?:,?\s+(?:and\s+)?{CAP}){{0,5}})?"
#: The shape of most nationalities: "Russian", "Japanese", "British", "Thai", "French".
_NATIONALITY_SHAPE = r"[A-Z][a-z]+(?:ian|an|ese|ish|ic|i|ch)"
#: A nationality before a title: one of that shape, or a demonym or abbreviation of
#: ``rules/countries.toml`` of another ("Swiss", "Saudi Arabian", "U.S.", "ROK").
_OTHER_NATIONALITIES = [*ABBREVIATIONS, *(word for word in DEMONYMS if not re.fullmatch(_NATIONALITY_SHAPE, word))]
NAT = f"(?:{_NATIONALITY_SHAPE}|{_either(_OTHER_NATIONALITIES)})"
_STYLES = [h.form for h in HONORIFICS if h.kind is HonorificKind.STYLE]
_COURTESIES = [h.form for h in HONORIFICS if h.kind is HonorificKind.COURTESY]
#: A style before a title or name: "H.E.", "His Excellency", "the Honorable".
HONOR = "(?:(?:" + "|".join(_honorific(form) for form in _longest_first(_STYLES)) + r")\s+)"
#: A courtesy title, with or without its full stop: "Mr.", "Ms", "Dr.".
MR = _either(_COURTESIES) + r"\.?"
_OF_COUNTRY = rf"(?:\s+of\s+(?:the\s+)?{CAP}(?:\s+{CAP}){{0,3}})"
#: A named person: "President Putin", "Foreign Minister Mr. Lavrov", "Mr. Kim Jong Un of the DPRK".
NAMED = rf"(?:{HONOR}?(?:(?:{NAT}\s+)?{TITLE}\s+(?:{MR}\s+)?{NAME}|{MR}\s+{NAME}){_OF_COUNTRY}?)"
#: A bare title: "the Prime Minister", "The Russian President".
BARE = rf"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:{NAT}\s+)?{TITLE}"
_JOINT_NOUN = (
    r"(?i:foreign\s+ministers|prime\s+ministers|leaders|ministers|sides|presidents|premiers|"
    r"heads\s+of\s+(?:state|government)|countries|governments|delegations|parties|heads)"
)
#: A joint subject: "The two leaders", "Both sides", "Japan and the Republic of Korea".
JOINT = (
    rf"(?:[Tt]he\s+(?i:two)(?:\s+{_JOINT_NOUN})?|[Bb]oth(?:\s+{_JOINT_NOUN})?|[Tt]he\s+(?i:leaders|ministers|sides)"
    rf"|Japan\s+and\s+(?:the\s+)?{CAP}(?:\s+{CAP}){{0,2}})"
)
#: One side of the meeting: "the Japanese side", "Japan".
SIDE = rf"(?:[Tt]he\s+{NAT}\s+side|Japan)"
PRON = r"(?:He|She|They|he|she|they)"
#: Any subject of a reporting verb but a list of names (which holds ``LIST_HINT``).
SUBJ_NOT_LIST = rf"(?:{NAMED}|{BARE}|{JOINT}|{SIDE}|{PRON})"
#: The words a named person's mention can open with in small letters ("the Honorable").
_SMALL_OPENERS = sorted(
    {form.split()[0] for form in (*_STYLES, *_COURTESIES, *_HEADS, *MODIFIERS) if not re.match(f"[{_UP}]", form)}
)
#: What a list of names holds, and a text without it holds no list: "and" before a name's first
#: word ("... and President B"). The list patterns repeat the name pattern; they run only where it is.
#: Where a named person's mention can begin: a capital or one of ``_SMALL_OPENERS``. Every
#: mention begins so; the search for one skips other places at once.
_NAME_START = (
    rf"(?=[{_UP}]|" + "|".join(f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}" for word in _SMALL_OPENERS) + ")"
)
LIST_HINT = re.compile(rf"\sand\s+{_NAME_START}")
#: An adverb between a subject and its verb: "also", "strongly", "for his part" (``rules/verbs.toml``,
#: and any word of small letters ending in "-ly").
ADV = r"(?:[a-z]{2,15}ly|" + "|".join(_phrase(phrase) for phrase in _longest_first(ADVERB_PHRASES)) + ")"

#: A named person; ``NAMED_RE.fullmatch`` tells whether a text is one.
NAMED_RE = re.compile(_NAME_START + NAMED)
#: The places a named person or a bare title ("The Prime Minister") can begin.
SUBJECT_START = re.compile(rf"{_NAME_START}|(?=[Tt]h(?:e|is|at)\s)")
BARE_RE = re.compile(BARE)
#: Each kind of subject but a list with the pattern a subject of that kind matches whole
#: (``fullmatch``), in the order tried (after ``is_list``).
KIND_RES = (
    ("named", NAMED_RE),
    ("bare", BARE_RE),
    ("joint", re.compile(JOINT)),
    ("side", re.compile(SIDE)),
    ("pron", re.compile(PRON)),
)

#: A reader of one kind of subject: whether ``text[start:end]`` is wholly a subject of that kind.
KindReader = Callable[[str, int, int], object]
_SUBJECT_KINDS: tuple[KindReader, ...] = tuple(pattern.fullmatch for _, pattern in KIND_RES)
#: What stands between the names of a list: a comma, and "and" (perhaps after a comma) before the last.
_LIST_COMMA = re.compile(r"\s*,\s*")
_LIST_AND = re.compile(r",?\s+and\s+")
#: The most names before the last one's "and" that follow the first after a comma.
_LIST_COMMAS = 3


def is_list(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` is a list of named people: "A and B", "A, B and C", up to
    five names (``NAMED_RE`` each), commas between the first ones and "and" (", and") before
    the last. The places between names are tried in turn, since a name may hold a comma or
    "and" of its own ("Minister of Trade and Industry X and President Y")."""
    end = len(text) if end is None else end
    starts = [(start, 0)]  # where a name may begin, and how many commas came before it
    seen = set(starts)
    while starts:
        name_start, commas = starts.pop()
        for place in range(name_start + 1, end):
            if not (text[place] == "," or text[place].isspace()) or text[place - 1].isspace():
                continue
            last = _LIST_AND.match(text, place, end)
            comma = _LIST_COMMA.match(text, place, end) if commas < _LIST_COMMAS else None
            if (last is None and comma is None) or not NAMED_RE.fullmatch(text, name_start, place):
                continue
            if last is not None and NAMED_RE.fullmatch(text, last.end(), end):
                return True
            if comma is not None and comma.end() < end and (comma.end(), commas + 1) not in seen:
                seen.add((comma.end(), commas + 1))
                starts.append((comma.end(), commas + 1))
    return False


def subject_kinds(text: str, start: int, end: int) -> tuple[KindReader, ...]:
    """The readers of the kinds of subject that ``text[start:end]`` may hold, in the order a
    subject is read: a list of names first ("A, B and C"; only where ``LIST_HINT`` is found,
    for without "and <name>" no list can be), then each of ``KIND_RES``."""
    if LIST_HINT.search(text, start, end):
        return (is_list, *_SUBJECT_KINDS)
    return _SUBJECT_KINDS


def subject_end(text: str, start: int, ends: Sequence[int], kinds: Sequence[KindReader]) -> int | None:
    """Where a subject that begins at ``start`` ends, among the places ``ends`` (farthest first)
    that what follows it allows: the first of ``kinds`` (``subject_kinds``) that reads exactly up
    to one of them, tried at the farthest first.

    A reader finds the places a subject may end by what follows it (adverbs and a verb, a colon,
    "'s response was as follows"), then asks here which subject, if any, reaches one: each name
    pattern is matched whole, and no pattern repeats them.
    """
    for reads in kinds:
        for end in ends:
            if end > start and reads(text, start, end):
                return end
    return None


def mentions(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The mentions of named people in ``text[start:end]``, in order, none inside another.

    A mention begins with a capital: in "the Honorable Mr. Aka" it is "Honorable Mr. Aka".
    """
    end = len(text) if end is None else end
    while True:
        mention = NAMED_RE.search(text, start, end)
        if mention is None:
            return
        if _CAPITAL.match(text, mention.start()):
            yield mention
            start = mention.end()
        else:
            start = mention.start() + 1


HONOR_RE = re.compile(HONOR)
NAT_RE = re.compile(NAT + r"\Z")
#: "... of the Russian Federation" at the end of a mention.
OF_TAIL = re.compile(rf"\s+of\s+(?:the\s+)?(?P<country>{CAP}(?:\s+{CAP}){{0,3}})\Z")

#: The words of the adverbs of ``ADV`` (those ending in "-ly" aside), as a reader going back from a
#: verb meets them one at a time: "turn" and "in" of "in turn"; not those of ``WHOLE_ADVERB_END``.
ADVERBS = frozenset(
    word for phrase in ADVERB_PHRASES if phrase not in WHOLE_ADVERB_PHRASES for word in phrase.split()
)
#: An adverbial phrase read only whole, at the end of a text: "for his part".
WHOLE_ADVERB_END = re.compile(
    r"\s*\b(?:" + "|".join(_phrase(phrase) for phrase in _longest_first(WHOLE_ADVERB_PHRASES)) + r")\Z"
)
#: Lower-case words a subject can end with: "he", "the two", "both sides", "the Japanese side".
SUBJECT_ENDINGS = words(
    "he she they two both side sides leaders ministers presidents premiers countries governments "
    "delegations parties heads state government"
)
#: The words a subject can begin with, besides a nationality ("Russian President Putin").
FIRST_WORDS = frozenset(
    {part for head in _HEADS for part in (head, head.split("-")[0])}
    | MODIFIERS
    | {form.split()[0] for form in _STYLES}
    | {word for form in _COURTESIES for word in (form, f"{form}.")}
    | words("The the This this That that Both both He he She she They they Japan H.E. H.E His Her")
)
#: Words of titles and offices, small letters: what a name is not ("of", "affairs", "president").
TITLE_WORDS = frozenset({word.casefold() for word in (*HEADS, *MODIFIERS)} | TITLE_CONNECTORS)
#: Courtesy titles, small letters, with and without their full stop.
MR_WORDS = frozenset(word.casefold() for form in _COURTESIES for word in (form, f"{form}."))
TITLE_OR_MR_WORDS = TITLE_WORDS | MR_WORDS
