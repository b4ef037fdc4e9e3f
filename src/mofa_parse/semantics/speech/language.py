"""The language of speakers: how a subject, a name or a title is written before a reporting verb.

A named person ("Foreign Minister Mr. Lavrov of Russia", ``is_named``) and a bare
title ("the Prime Minister", ``is_bare``) are read by the mention reader every
pass shares (``text.subject_mentions.subject_mention``), over tokens, with the title
words, honorifics, particles and country adjectives of ``mofa_parse.rules``.
The other kinds are small patterns: a joint subject ("the two leaders",
``JOINT``), a side ("the Japanese side", ``is_side``), a pronoun (``PRON``); and
a list of names ("A, B and C", ``is_list``) is read name by name.
``subject_end`` reads a subject of any kind, a list included, by trying each
kind whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from mofa_parse.rules.people import HEADS, HONORIFICS, MODIFIERS, TITLE_CONNECTORS, HonorificKind
from mofa_parse.rules.verbs import ADVERB_PHRASES, JOINT_NUMBERS, WHOLE_ADVERB_PHRASES
from mofa_parse.text.mentions import Mention
from mofa_parse.text.subject_mentions import is_nationality, named_mentions, subject_mention

__all__ = [
    "ADV",
    "ADVERBS",
    "CAP",
    "FIRST_WORDS",
    "JOINT",
    "KIND_RES",
    "LIST_HINT",
    "MR_WORDS",
    "PRON",
    "SUBJECT_ENDINGS",
    "SUBJECT_START",
    "TITLE_OR_MR_WORDS",
    "TITLE_WORDS",
    "WHOLE_ADVERB_END",
    "KindReader",
    "is_bare",
    "is_list",
    "is_named",
    "is_side",
    "joint_size",
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


def _phrase(phrase: str) -> str:
    """A phrase as written, any white space between its words."""
    return r"\s+".join(re.escape(word) for word in phrase.split())


_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
#: A capitalised word: "Putin", "Al-Sabah", "O'Neill", "SUGA", an initial "J.".
CAP = rf"(?:[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+|['’][{_UP}][{_LOW}]+)*|[{_UP}]{{2,}}(?:-[{_UP}]+)*|[{_UP}]\.)"

#: The heads of one person's title: a plural ("Ministers") names several, as a joint subject does.
_HEADS = frozenset(head for head in HEADS if not (head.endswith("s") and head[:-1] in HEADS))
_STYLES = [h.form for h in HONORIFICS if h.kind is HonorificKind.STYLE]
_COURTESIES = [h.form for h in HONORIFICS if h.kind is HonorificKind.COURTESY]
_JOINT_NOUN = (
    r"(?i:foreign\s+ministers|prime\s+ministers|leaders|ministers|sides|presidents|premiers|"
    r"heads\s+of\s+(?:state|government)|countries|governments|delegations|parties|heads)"
)
#: The number words of a joint subject (``rules/verbs.toml``): "two", "three" of "The three leaders".
_NUMBER = "(?i:" + "|".join(re.escape(word) for word in _longest_first(JOINT_NUMBERS)) + ")"
#: Who the joint nouns are of: "of the two countries", "of both sides", "of the three countries".
_OF_BOTH = rf"\s+of\s+(?:the\s+)?(?:{_NUMBER}|both)\s+(?:countries|nations|sides|governments)"
#: A joint subject: "The two leaders", "The three Foreign Ministers", "Both sides", "Both the leaders",
#: "Both of them", "The leaders of the two countries", "Japan and the Republic of Korea".
JOINT = (
    rf"(?:[Tt]he\s+{_NUMBER}(?:\s+{_JOINT_NOUN}|\s+of\s+them)?|[Bb]oth(?:\s+(?:the\s+)?{_JOINT_NOUN}|\s+of\s+them)?|[Tt]he\s+(?i:leaders|ministers|sides)"
    rf"|[Tt]he\s+{_JOINT_NOUN}{_OF_BOTH}|Japan\s+and\s+(?:the\s+)?{CAP}(?:\s+{CAP}){{0,2}})"
)
PRON = r"(?:He|She|They|he|she|they)"
#: The words a named person's mention can open with in small letters ("the Honorable").
_SMALL_OPENERS = sorted(
    {form.split()[0] for form in (*_STYLES, *_COURTESIES, *_HEADS, *MODIFIERS) if not re.match(f"[{_UP}]", form)}
)
#: Where a named person's mention can begin: a capital or one of ``_SMALL_OPENERS``. Every
#: mention begins so; the search for one skips other places at once.
_NAME_START = (
    rf"(?=[{_UP}]|" + "|".join(f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}" for word in _SMALL_OPENERS) + ")"
)
#: What a list of names holds, and a text without it holds no list: "and" before a name's first
#: word ("... and President B"). ``is_list`` reads names only where it is.
LIST_HINT = re.compile(rf"\sand\s+{_NAME_START}")
#: An adverb between a subject and its verb: "also", "strongly", "for his part" (``rules/verbs.toml``,
#: and any word of small letters ending in "-ly").
ADV = r"(?:[a-z]{2,15}ly|" + "|".join(_phrase(phrase) for phrase in _longest_first(ADVERB_PHRASES)) + ")"

#: The places a named person or a bare title ("The Prime Minister") can begin.
SUBJECT_START = re.compile(rf"{_NAME_START}|(?=[Tt]h(?:e|is|at)\s)")


#: The plural heads ("Ministers", "Leaders"): a title with one names several, as a joint subject does.
_PLURAL_HEADS = HEADS - _HEADS


def _one_person(mention: Mention | None) -> Mention | None:
    """``mention`` if it names one person or office: no plural head in its title ("The Ministers")."""
    if mention is None or (mention.title is not None and not _PLURAL_HEADS.isdisjoint(mention.title.split())):
        return None
    return mention


def is_named(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` is wholly a named person: "President Putin", "Foreign Minister
    Mr. Lavrov of Russia", "H.E. Mr. Kim", "Mr. Kim Jong Un of the DPRK"."""
    mention = _one_person(subject_mention(text[start:end]))
    return mention is not None and mention.surname is not None


def is_bare(text: str, start: int = 0, end: int | None = None, *, alone: bool = True) -> bool:
    """Whether ``text[start:end]`` is wholly a bare title: "the Prime Minister", "The Russian
    President", "this Minister", or (``alone``) a title without an article ("Prime Minister
    reiterated ...")."""
    mention = _one_person(subject_mention(text[start:end], bare_office=alone))
    return mention is not None and mention.surname is None


def is_side(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` is one side of the meeting: "the Japanese side", "The U.S.
    side" (a country adjective or abbreviation, ``is_nationality``), or "Japan"."""
    words = text[start:end].split()
    if words == ["Japan"]:
        return True
    if len(words) < 3 or words[0] not in ("the", "The") or words[-1] != "side":
        return False
    return is_nationality(" ".join(words[1:-1]))


#: A reader of one kind of subject: whether ``text[start:end]`` is wholly a subject of that kind.
KindReader = Callable[[str, int, int], object]
_JOINT_RE = re.compile(JOINT)
_PRON_RE = re.compile(PRON)
#: Each kind of subject but a list with the reader that tells whether a text is wholly a subject
#: of that kind, in the order tried (after ``is_list``).
KIND_RES: tuple[tuple[str, KindReader], ...] = (
    ("named", is_named),
    ("bare", is_bare),
    ("joint", _JOINT_RE.fullmatch),
    ("side", is_side),
    ("pron", _PRON_RE.fullmatch),
)
_SUBJECT_KINDS: tuple[KindReader, ...] = tuple(reads for _, reads in KIND_RES)
#: What stands between the names of a list: a comma, and "and" (perhaps after a comma) before the last.
_LIST_COMMA = re.compile(r"\s*,\s*")
_LIST_AND = re.compile(r",?\s+and\s+")
#: The most names before the last one's "and" that follow the first after a comma.
_LIST_COMMAS = 3


def is_list(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` is a list of named people: "A and B", "A, B and C", up to
    five names (``is_named`` each), commas between the first ones and "and" (", and") before
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
            if (last is None and comma is None) or not is_named(text, name_start, place):
                continue
            if last is not None and is_named(text, last.end(), end):
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
    "'s response was as follows"), then asks here which subject, if any, reaches one.
    """
    for reads in kinds:
        for end in ends:
            if end > start and reads(text, start, end):
                return end
    return None


def mentions(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where ``text[start:end]`` names people (``text.subject_mentions.named_mentions``), in order, none
    inside another, as offsets into ``text``: "Prime Minister Aka", "H.E. Mr. Bleu"."""
    return [(start + first, start + last) for first, last in named_mentions(text[start:end])]



#: The words of the adverbs of ``ADV`` (those ending in "-ly" aside), as a reader going back from a
#: verb meets them one at a time: "turn" and "in" of "in turn"; not those of ``WHOLE_ADVERB_END``.
ADVERBS = frozenset(
    word for phrase in ADVERB_PHRASES if phrase not in WHOLE_ADVERB_PHRASES for word in phrase.split()
)
#: An adverbial phrase read only whole, at the end of a text: "for his part".
WHOLE_ADVERB_END = re.compile(
    r"\s*\b(?:" + "|".join(_phrase(phrase) for phrase in _longest_first(WHOLE_ADVERB_PHRASES)) + r")\Z"
)
#: Lower-case words a subject can end with: "he", "the two", "the three", "both sides", "the Japanese side".
SUBJECT_ENDINGS = words(
    "he she they them both side sides leaders ministers presidents premiers countries nations governments "
    "delegations parties heads state government"
) | frozenset(JOINT_NUMBERS)


def joint_size(subject: str) -> int | None:
    """How many people a joint subject names, by its number word: 3 for "The three Foreign
    Ministers", 2 for "The two leaders" and "Both sides"; None when it does not say ("The leaders")."""
    lowered = subject.casefold().split()
    for word in lowered:
        if word in JOINT_NUMBERS:
            return JOINT_NUMBERS[word]
    return 2 if "both" in lowered else None
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
