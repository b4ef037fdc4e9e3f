"""Speech attribution: who said what, in reply to whom.

The pass reads the body paragraph by paragraph, in document order, and fills
``Document.statements`` with one ``Statement`` per reported utterance:

* reported speech, "<speaker> <verb> [that] <content>", one statement per verb
  when several verbs share a subject ("stated that ... and welcomed ...");
* block speech, "<speaker> made the following statements:", "<speaker>'s
  response was as follows:", "The following is a summary of the remarks made by
  <speaker>:", whose content is the paragraphs and items that follow, up to the
  next clause or section (or a paragraph opened by another speaker);
* the speaker-label layout: a paragraph holding only a speaker, followed by
  that speaker's remarks.

It works in three steps, each linear in the size of the document:

1. *find* — one scan of each paragraph (quoted words masked, so that speech
   inside quotation marks is never taken for the readout's own reporting) finds
   its reporting verbs; a paragraph with none, and without "follow" (as in "the
   following"), holds no statement and is not read further. The others are
   split into sentences up to their last verb or "follow", and each sentence
   with one yields draft statements with the subject as written, the verb, and
   the content's offsets; the subject before a verb is found by one search
   anchored at the verb;
2. *resolve* — subjects become ``Person`` or ``Joint`` objects: names through
   ``Document.person``, bare titles ("the Prime Minister") to the person last
   named in that role, pronouns to the last single speaker, joint subjects to
   the meeting's participants; replies ("In response to this, ...") link to
   the first statement of the turn they answer;
3. *gather* — block and label statements collect the text that follows them.

What recurs within a document is worked out once for it: what a mention
names among the document's people. Across documents only pure readings of
short texts are kept, in bounded caches: what a mention reads as on its own
(``names.parse_mention``), the subject the text before a verb shows (at most
the 301 characters before it; the document's own surnames are tried after),
the kind of a subject, and the speaker label a paragraph of up to 80
characters reads as. Statements and
their spans are built without running the validators again (the values are
known good, as in the parser's trusted constructors).

The reporting vocabulary lives in ``mofa_parse.verbs``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from mofa_parse.model import (
    Block,
    Clause,
    Diagnostic,
    Document,
    Item,
    Joint,
    Paragraph,
    ParagraphKind,
    Person,
    Section,
    Severity,
    Span,
    Statement,
    StatementForm,
)
from mofa_parse.nodes import evolved_document, trusted_diagnostic, trusted_joint, trusted_span, trusted_statement
from mofa_parse.rules.verbs import BLOCK_NOUNS, BLOCK_VERBS, EXPRESSION_NOUNS, REPORTING_VERBS, ReportingVerb
from mofa_parse.semantics.people import resolve
from mofa_parse.text.names import is_space_at, is_word_at, parse_mention

__all__ = ["UNRESOLVED_SPEAKER", "apply", "person_from_text"]


#: ``Diagnostic.code`` of the note recorded for a speaker not among the document's people.
UNRESOLVED_SPEAKER = "speech-unresolved-speaker"

# --------------------------------------------------------------------------- vocabulary


def _words(text: str) -> frozenset[str]:
    """The set of the space-separated words of ``text``."""
    return frozenset(text.split())


_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_CAP = rf"(?:[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+|['’][{_UP}][{_LOW}]+)*|[{_UP}]{{2,}}(?:-[{_UP}]+)*|[{_UP}]\.)"
_PARTICLES: Final = (
    *("bin", "bint", "ibn", "al", "el", "de", "da", "das", "do", "dos", "du"),
    *("van", "von", "der", "den", "del", "della", "la", "le", "di"),
)
_PARTICLE = "(?:" + "|".join(_PARTICLES) + ")"
_NAME = rf"(?:{_PARTICLE}\s+)?{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,3}}"

_HEADS = (
    "President-elect",
    "Vice-President",
    "President",
    "Premier",
    "Chancellor",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Chair",
    "Secretary-General",
    "Secretary",
    "Vice-Minister",
    "Minister",
    "King",
    "Queen",
    "Emperor",
    "Empress",
    "Prince",
    "Princess",
    "Sheikh",
    "Emir",
    "Amir",
    "Sultan",
    "Governor",
    "Mayor",
    "Ambassador",
    "Speaker",
    "Commissioner",
    "Councilor",
    "Councillor",
    "Counselor",
    "Counsellor",
    "Director-General",
    "Director",
    "Envoy",
    "Representative",
    "Adviser",
    "Advisor",
    "Senator",
    "Leader",
    "Administrator",
    "Taoiseach",
    "Pope",
)
_MODS = (
    "Prime",
    "Foreign",
    "Deputy",
    "Vice",
    "Senior",
    "State",
    "Parliamentary",
    "Chief",
    "Cabinet",
    "Defense",
    "Defence",
    "Finance",
    "Trade",
    "Executive",
    "Federal",
    "Grand",
    "Supreme",
    "Special",
    "First",
    "Acting",
    "Interim",
    "Crown",
    "Permanent",
    "Assistant",
    "Under",
    "Economic",
    "Home",
    "National",
    "General",
    "Principal",
    "Security",
    "Presidential",
    "Executive",
)
_HEAD = "(?:" + "|".join(_HEADS) + ")"
_MOD = "(?:" + "|".join(sorted(set(_MODS))) + ")"
_TITLE = (
    rf"(?:{_MOD}\s+){{0,3}}{_HEAD}"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:,?\s+(?:and\s+)?{_CAP}){{0,5}})?"
)
_NAT = r"(?:[A-Z][a-z]+(?:ian|an|ese|ish|ic|i|ch)|U\.S\.|U\.K\.|UK|US|EU|ROK|PRC|DPRK|Thai|Swiss|Greek|Dutch|Lao)"
_HONOR = (
    r"(?:H\.\s?E\.\s+|(?:His|Her)\s+(?:Excellency|Majesty|Royal\s+Highness|Highness)\s+|[Tt]he\s+Hono(?:u)?rable\s+)"
)
_MR = r"(?:Mr|Ms|Mrs|Dr|Prof|Madam|Madame|Mme|Sir|Dame)\.?"
_OF_COUNTRY = rf"(?:\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,3}})"
_NAMED = rf"(?:{_HONOR}?(?:(?:{_NAT}\s+)?{_TITLE}\s+(?:{_MR}\s+)?{_NAME}|{_MR}\s+{_NAME}){_OF_COUNTRY}?)"
_BARE = rf"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:{_NAT}\s+)?{_TITLE}"
_JOINT_NOUN = (
    r"(?i:foreign\s+ministers|prime\s+ministers|leaders|ministers|sides|presidents|premiers|"
    r"heads\s+of\s+(?:state|government)|countries|governments|delegations|parties|heads)"
)
_JOINT = (
    rf"(?:[Tt]he\s+(?i:two)(?:\s+{_JOINT_NOUN})?|[Bb]oth(?:\s+{_JOINT_NOUN})?|[Tt]he\s+(?i:leaders|ministers|sides)"
    rf"|Japan\s+and\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,2}})"
)
_SIDE = rf"(?:[Tt]he\s+{_NAT}\s+side|Japan)"
_PRON = r"(?:He|She|They|he|she)"
_LIST = rf"(?:{_NAMED}(?:\s*,\s*{_NAMED}){{0,3}},?\s+and\s+{_NAMED})"
_SUBJ = rf"(?:{_NAMED}(?:(?:\s*,\s*{_NAMED}){{0,3}},?\s+and\s+{_NAMED})?|{_BARE}|{_JOINT}|{_SIDE}|{_PRON})"
_ADV = (
    r"(?:[a-z]{2,15}ly|also|further|then|again|once\s+again|once\s+more|later|first|finally|"
    r"subsequently|in\s+turn|thereupon|therefore|thus|however|had|has|have|too|afterwards|next|"
    r"still|each|himself|herself|themselves|both|all|jointly|once|for\s+(?:his|her|its|their)\s+part)"
)

_KIND_RES: Final = (
    ("list", re.compile(_LIST + r"\Z")),
    ("named", re.compile(_NAMED + r"\Z")),
    ("bare", re.compile(_BARE + r"\Z")),
    ("joint", re.compile(_JOINT + r"\Z")),
    ("side", re.compile(_SIDE + r"\Z")),
    ("pron", re.compile(_PRON + r"\Z")),
)

#: Words between a subject and its verb: ", who also attended the meeting," or "(Russia)".
_PAREN = r"\s*,\s*[^,;]{1,160}?\s*,|\s+\([^()]{1,160}\)"
#: What follows a subject up to its verb: an optional parenthesis (", who also attended the meeting,"), adverbs.
_TO_VERB = rf"(?P<paren>{_PAREN})?\s+(?:{_ADV}\s+){{0,3}}\Z"
_SUBJ_THEN_WORD: Final = re.compile(
    rf"(?P<subj>{_SUBJ})(?P<paren>{_PAREN})?\s+(?:{_ADV}\s+){{0,3}}[a-z]{{2,}}\b"
)
_IT_WAS: Final = re.compile(rf"(?P<subj>It)\s+was\s+(?:{_ADV}\s+){{0,2}}\Z")
_ADVERBS: Final = _words(
    "also further then again once more later first finally subsequently in turn thereupon therefore thus "
    "however had has have too afterwards next still each himself herself themselves both all jointly"
)
#: Lower-case words a subject can end with: "he", "the two", "both sides", "the Japanese side".
_SUBJECT_ENDINGS: Final = _words(
    "he she they two both side sides leaders ministers presidents premiers countries governments "
    "delegations parties heads state government"
)
_CAPS_BEFORE_VERB: Final = re.compile(rf"(?P<subj>{_CAP}(?:\s+{_CAP}){{0,2}})\s+(?:{_ADV}\s+){{0,3}}\Z")
_MENTION = re.compile(r"(?=[A-ZÀ-ÖØ-Þ])" + _NAMED)
_NAMED_FULL: Final = re.compile(_NAMED + r"\Z")
_LABEL: Final = re.compile(rf"(?P<subj>{_NAMED}|{_BARE})\s*(?::\s*(?P<rest>\S.*))?\Z")

# The reporting verbs, longest first so that "reached an agreement" wins over shorter forms.
_VERBS: dict[str, ReportingVerb] = {}
_PARTICIPLES: dict[str, ReportingVerb] = {}
for _v in REPORTING_VERBS:
    _VERBS[_v.form] = _v
    if _v.participle:
        _PARTICIPLES[_v.participle] = _v
_ALL_FORMS = sorted({*_VERBS, *_PARTICIPLES, *BLOCK_VERBS}, key=lambda f: (-len(f), f))


def _alternation(forms: Sequence[str]) -> str:
    """A regex matching any of ``forms``, grouped by their first two letters (which the engine tries fast)."""
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[:2], []).append(form[2:])
    return "|".join(
        re.escape(prefix)
        + "(?:"
        + "|".join(re.escape(rest).replace(r"\ ", r"\s+") for rest in sorted(rests, key=lambda r: (-len(r), r)))
        + ")"
        for prefix, rests in groups.items()
    )


def _trie(forms: Sequence[str]) -> str:
    """A regex matching any of ``forms`` (a space in them: any white space), as a tree of their letters.

    The engine tries the branches of an alternation one by one; in a tree it
    tries only those that share the letters read so far. Branches keep the order
    of ``forms``: given longest first, so is every branch ("reached an agreement"
    before "reached").
    """
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[:1], []).append(form[1:])
    branches = []
    for first, rests in groups.items():
        head = re.escape(first).replace(r"\ ", r"\s+")
        if not first or len(rests) == 1:
            branches.append(head + re.escape(rests[0]).replace(r"\ ", r"\s+"))
        else:
            branches.append(head + "(?:" + _trie(rests) + ")")
    return "|".join(branches)


#: The verbs as one pattern: what ``_find_verbs`` finds, the way a regular expression reads it.
_VERB_RE = re.compile(
    # \b before a letter is "(?<!\w)", tested more cheaply than a look-behind
    r"\b(?=[" + "".join(sorted({f[0] for f in _ALL_FORMS})) + r"])(?:" + _trie(_ALL_FORMS) + r")\b"
)
#: The first word of each verb form -> the words after it of each form that opens with it, in the
#: order of ``_ALL_FORMS`` (the order ``_VERB_RE`` tries them), with the form.
_FORMS_BY_FIRST: Final[dict[str, list[tuple[list[str], str]]]] = {}
for _form in _ALL_FORMS:
    _FORMS_BY_FIRST.setdefault(_form.split()[0], []).append((_form.split()[1:], _form))
#: Letters that every first word holds: "ed" and "ing", else the word itself ("said", "was").
_VERB_MARKS: Final[list[str]] = ["ed", "ing"]
for _first in sorted(_FORMS_BY_FIRST):
    if not any(mark in _first for mark in _VERB_MARKS):
        _VERB_MARKS.append(_first)
#: What a ``_NAMED`` match opens with, tested before it at each capital: an honorific; a title's
#: first word (a modifier or head word) or "Mr." and the like, then white space; or a nationality,
#: white space and such a title word. Every ``_NAMED`` match passes it, and it fails cheaply: letter
#: trees, no repeated groups (the engine sets up each repeat it enters).
_TITLE_WORD = _trie(sorted(set(_MODS) | set(_HEADS), key=lambda w: (-len(w), w)))
_NAMED_OPENS = (
    rf"H\.|H(?:is|er)\s|[Tt]he\s+Hono|(?:{_TITLE_WORD})\s"
    rf"|(?:{_trie(['Madame', 'Madam', 'Dame', 'Prof', 'Mme', 'Mrs', 'Sir', 'Dr', 'Mr', 'Ms'])})\.?\s"
    rf"|(?:[A-Z][a-z]++(?:(?<=[a-z]ian|[a-z]ese|[a-z]ish)|(?<=[a-z]an|[a-z]ic|[a-z]ch)|(?<=[a-z]i))"
    rf"|{_trie(['DPRK', 'Dutch', 'Greek', 'Swiss', 'Thai', 'U.K.', 'U.S.', 'Lao', 'PRC', 'ROK', 'EU', 'UK', 'US'])})"
    rf"\s+(?:{_TITLE_WORD})\s"
)
#: ``_NAMED`` alone, matched where ``_named_opens`` lets a mention begin.
_NAMED_AT: Final = re.compile(_NAMED)
#: The words ``_NAMED_OPENS`` takes on their own, followed by white space: a title's first word,
#: "His", "Her", and "Mr" and the like with or without their full stop.
_MR_FORMS: Final = ("Madame", "Madam", "Dame", "Prof", "Mme", "Mrs", "Sir", "Dr", "Mr", "Ms")
_TITLE_WORD_SET: Final = frozenset((*_MODS, *_HEADS))
_OPEN_WORDS: Final = _TITLE_WORD_SET | frozenset(("His", "Her", *_MR_FORMS, *(f"{w}." for w in _MR_FORMS)))
#: The nationalities ``_NAMED_OPENS`` lists besides the capitalised words with a nationality's ending.
_LISTED_NATIONALITIES: Final = frozenset(
    ("DPRK", "Dutch", "Greek", "Swiss", "Thai", "U.K.", "U.S.", "Lao", "PRC", "ROK", "EU", "UK", "US")
)


def _opens_with(text: str, at: int, end: int, prefix: str) -> bool:
    """``text.startswith(prefix, at, end)``, which compiles to a method call; ``str.find`` does not."""
    stop = at + len(prefix)
    return stop <= end and text.find(prefix, at, stop) == at


def _word_end(text: str, at: int, end: int) -> int:
    """Where the run of characters other than white space from ``at`` ends (at most ``end``)."""
    while at < end and not is_space_at(text, at):
        at += 1
    return at


def _nationality_like(word: str) -> bool:
    """Whether ``word`` is what ``_NAMED_OPENS`` reads as a nationality: a listed one, or a capital (A to Z)
    and small letters (a to z) ending in "ian", "ese", "ish", "an", "ic", "ch" or "i" after one more."""
    if word in _LISTED_NATIONALITIES:
        return True
    n = len(word)
    if n < 3:
        return False
    for at in range(1, n):
        code = ord(word[at])
        if not 97 <= code <= 122:
            return False
    if word[n - 1] == "i":
        return True
    if n >= 4 and word[n - 2 :] in _NATIONALITY_ENDINGS_2:
        return True
    return n >= 5 and word[n - 3 :] in _NATIONALITY_ENDINGS_3


_NATIONALITY_ENDINGS_2: Final = frozenset(("an", "ic", "ch"))
_NATIONALITY_ENDINGS_3: Final = frozenset(("ese", "ish"))


def _named_opens(text: str, at: int, end: int) -> bool:
    """``_NAMED_OPENS`` at ``at`` in ``text[:end]``, where ``text[at]`` is a capital A to Z.

    The pattern reads whole words: every branch but "H." ends its first word
    with white space, so that word is looked up in a set rather than read by
    the engine's letter trees.
    """
    stop = _word_end(text, at, end)
    if stop >= end:
        return _opens_with(text, at, end, "H.")  # the only branch that needs no white space after it
    word = text[at:stop]
    if word in _OPEN_WORDS or word.startswith("H."):
        return True
    after = stop + 1
    while after < end and is_space_at(text, after):
        after += 1
    if word == "The":
        return _opens_with(text, after, end, "Hono")  # "The Honorable"
    if not _nationality_like(word):
        return False
    title_end = _word_end(text, after, end)
    return title_end < end and text[after:title_end] in _TITLE_WORD_SET


def _word_shapes(words: frozenset[str]) -> str:
    """For each capital A to Z and length up to 17: "1" where one of ``words`` opens with that capital
    and has that length, else "0" (at ``(capital - 65) * 18 + length``)."""
    shapes = ["0"] * (26 * 18)
    for word in words:
        if "A" <= word[:1] <= "Z" and len(word) < 18:
            shapes[(ord(word[0]) - 65) * 18 + len(word)] = "1"
    return "".join(shapes)


#: The capitals and lengths of ``_OPEN_WORDS`` and of ``_LISTED_NATIONALITIES``: a word of another
#: shape is none of them, known without taking it out of the text.
_OPEN_SHAPES: Final = _word_shapes(_OPEN_WORDS)
_NATIONALITY_SHAPES: Final = _word_shapes(_LISTED_NATIONALITIES)


def _simple_word_opens(text: str, at: int, stop: int, end: int) -> bool:
    """``_named_opens`` for a word of a capital and small letters (A to Z, a to z), ``text[at:stop]``,
    followed by white space before ``end``: read from its letters, taken out of the text only
    when its shape fits."""
    n = stop - at
    shape = (ord(text[at]) - 65) * 18 + n if n < 18 else -1  # longer than every listed word: no shape
    if shape >= 0 and ord(_OPEN_SHAPES[shape]) == 49 and text[at:stop] in _OPEN_WORDS:
        return True
    after = stop + 1
    while after < end and is_space_at(text, after):
        after += 1
    if n == 3 and _opens_with(text, at, end, "The"):
        return _opens_with(text, after, end, "Hono")  # "The Honorable"
    last = ord(text[stop - 1])
    nationality = (
        (n >= 3 and last == 105)  # "i"
        or (n >= 4 and text[stop - 2 : stop] in _NATIONALITY_ENDINGS_2)
        or (n >= 5 and text[stop - 3 : stop] in _NATIONALITY_ENDINGS_3)
        or (shape >= 0 and ord(_NATIONALITY_SHAPES[shape]) == 49 and text[at:stop] in _LISTED_NATIONALITIES)
    )
    if not nationality:
        return False
    title_end = _word_end(text, after, end)
    return title_end < end and text[after:title_end] in _TITLE_WORD_SET


#: What ``_named_end`` answers when it leaves a place to ``_NAMED_AT``.
_UNSURE: Final = -2
_PARTICLE_SET: Final = frozenset(_PARTICLES)
_MOD_SET: Final = frozenset(_MODS)
_HEAD_SET: Final = frozenset(_HEADS)
_MR_SET: Final = frozenset(_MR_FORMS)
#: The title words that ``_NAT`` reads as a nationality too ("Chairman", "Sultan"): the pattern tries both.
_NATIONALITY_LIKE_TITLE_WORDS: Final = frozenset(word for word in _TITLE_WORD_SET if _nationality_like(word))


def _cap_end(text: str, at: int, end: int) -> int:
    """Where ``_CAP`` matched at ``at`` in ``text[:end]`` ends; -1 if it does not match there;
    ``_UNSURE`` where a character beyond A to Z and a to z, or a hyphen or apostrophe that could
    go on with it, makes the answer the pattern's."""
    if at >= end:
        return -1
    code = ord(text[at])
    if not 65 <= code <= 90:
        return _UNSURE if code >= 128 else -1
    at += 1
    if at >= end:
        return -1
    code = ord(text[at])
    if 97 <= code <= 122:  # a capital and small letters
        at += 1
        while at < end and 97 <= ord(text[at]) <= 122:
            at += 1
        if at < end:
            code = ord(text[at])
            if code == 45 or code == 39 or code >= 128:  # "-", "'", or perhaps "’" or a letter
                return _UNSURE
        return at
    if 65 <= code <= 90:  # capitals
        at += 1
        while at < end and 65 <= ord(text[at]) <= 90:
            at += 1
        if at < end:
            code = ord(text[at])
            if code == 45 or code >= 128:
                return _UNSURE
        return at
    if code == 46:  # an initial: "J."
        return at + 1
    return _UNSURE if code >= 128 else -1


def _particle_cap_end(text: str, at: int, end: int) -> int:
    """``_cap_end`` of ``(?:_PARTICLE\\s+)?_CAP`` at ``at`` ("de Gaulle", "Putin")."""
    if at < end and 97 <= ord(text[at]) <= 122:
        stop = at + 1
        while stop < end and 97 <= ord(text[stop]) <= 122:
            stop += 1
        if stop >= end or not is_space_at(text, stop) or text[at:stop] not in _PARTICLE_SET:
            return -1  # a small letter opens no capitalised word
        stop += 1
        while stop < end and is_space_at(text, stop):
            stop += 1
        return _cap_end(text, stop, end)
    return _cap_end(text, at, end)


def _name_end(text: str, at: int, end: int) -> int:
    """``_cap_end`` of ``_NAME`` at ``at``: up to four capitalised words, each perhaps after a particle."""
    found = _particle_cap_end(text, at, end)
    if found < 0:
        return found
    for _ in range(3):
        after = found
        while after < end and is_space_at(text, after):
            after += 1
        if after == found or after >= end:
            break
        more = _particle_cap_end(text, after, end)
        if more == _UNSURE:
            return _UNSURE
        if more < 0:
            break
        found = more
    return found


def _title_word_end(text: str, at: int, end: int) -> int:
    """Where the run of letters A to Z, a to z and hyphens from ``at`` ends (at most ``end``)."""
    while at < end:
        code = ord(text[at])
        if not (97 <= code <= 122 or 65 <= code <= 90 or code == 45):
            break
        at += 1
    return at


def _named_end(text: str, at: int, end: int) -> int:
    """Where ``_NAMED_AT.match(text, at, end)`` ends, -1 where it finds none, read by hand for the
    common shapes: "Prime Minister Abe", "Foreign Minister Mr. Lavrov", "Mr. Kim Jong Un".

    ``_UNSURE`` for the rest, whose backtracking the pattern resolves: honorifics, a nationality,
    "of" or "for" after the title or the name, letters beyond A to Z, hyphens and apostrophes in
    names, and a "Mr." without a name after it.
    """
    stop = _title_word_end(text, at, end)
    word = text[at:stop]
    mr = stop < end and ord(text[stop]) == 46  # "Mr."
    if mr:
        if word not in _MR_SET:
            return _UNSURE
        stop += 1
    if stop >= end or not is_space_at(text, stop):
        return _UNSURE
    mr = mr or word in _MR_SET
    if not mr:
        if word not in _TITLE_WORD_SET or word in _NATIONALITY_LIKE_TITLE_WORDS:
            return _UNSURE  # an honorific or a nationality first, or no mention
        mods = 0
        while word in _MOD_SET:
            mods += 1
            at = stop + 1
            while at < end and is_space_at(text, at):
                at += 1
            stop = _title_word_end(text, at, end)
            if stop >= end or not is_space_at(text, stop):
                return _UNSURE
            word = text[at:stop]
        if mods > 3 or word not in _HEAD_SET:
            return _UNSURE
        at = stop + 1
        while at < end and is_space_at(text, at):
            at += 1
        if _opens_with(text, at, end, "of") or _opens_with(text, at, end, "for"):
            return _office_name_end(text, at, end)
        stop = _title_word_end(text, at, end)
        if stop < end and ord(text[stop]) == 46:
            stop += 1
        if stop < end and is_space_at(text, stop):
            word = text[at:stop]
            mr = word in _MR_SET or (word[-1:] == "." and word[:-1] in _MR_SET)
        if not mr:
            found = _name_end(text, at, end)
            if found == -1:
                return -1  # a title without a name: no other reading of the words before it holds
            return _UNSURE if found == _UNSURE else _country_end(text, found, end)
    at = stop + 1
    while at < end and is_space_at(text, at):
        at += 1
    found = _name_end(text, at, end)
    return _UNSURE if found < 0 else _country_end(text, found, end)


def _office_name_end(text: str, at: int, end: int) -> int:
    """``_named_end`` after a head word, from "of" or "for" at ``at``: "Secretary of State Blinken",
    "Minister for Foreign Affairs Aka".

    The words after "of" (or "of the") are capitalised words apart from white
    space alone, up to a word that is not one (neither a particle nor "and"): the
    office takes all of them but the last, which is the name.
    ``_UNSURE`` for the other shapes (commas, "and", particles, seven or more words).
    """
    stop = at + (2 if _opens_with(text, at, end, "of") else 3)
    if stop >= end or not is_space_at(text, stop):
        return _UNSURE
    while stop < end and is_space_at(text, stop):
        stop += 1
    if _opens_with(text, stop, end, "the"):
        stop += 3
        if stop >= end or not is_space_at(text, stop):
            return _UNSURE
        while stop < end and is_space_at(text, stop):
            stop += 1
    words = 0
    found = _cap_end(text, stop, end)
    while found >= 0:
        words += 1
        stop = found
        after = found
        while after < end and is_space_at(text, after):
            after += 1
        if after == found:  # no white space after the word: the office and name end with it
            if found < end and (ord(text[found]) == 44 or ord(text[found]) == 46):  # "," or "."
                return _UNSURE
            break
        if after < end and 97 <= ord(text[after]) <= 122:  # a word of small letters
            word_end = after + 1
            while word_end < end and 97 <= ord(text[word_end]) <= 122:
                word_end += 1
            word = text[after:word_end]
            if word == "and" or word in _PARTICLE_SET:
                return _UNSURE
            break
        found = _cap_end(text, after, end)
    if found == _UNSURE or words < 2 or words > 6:
        return _UNSURE
    return _country_end(text, stop, end)


def _country_end(text: str, at: int, end: int) -> int:
    """The end of a ``_NAMED`` match whose name ends at ``at``: ``_UNSURE`` if "of" may follow."""
    after = at
    while after < end and is_space_at(text, after):
        after += 1
    return _UNSURE if after > at and _opens_with(text, after, end, "of") else at


#: ``bytes.translate`` table writing each capital A to Z as "A": in the text so translated, ``str.find``
#: finds the next capital without a step per character.
_CAPITALS_AS_A: Final = bytes(65 if 65 <= code <= 90 else code for code in range(256))


#: How the words ``_named_opens`` takes that have a capital second begin: the listed nationalities
#: ("US", "DPRK"; a nationality read by its ending has small letters after its capital).
_CAPITAL_PAIRS: Final = frozenset(w[:2] for w in _OPEN_WORDS | _LISTED_NATIONALITIES if "A" <= w[1:2] <= "Z")


def _capitals_as_a(text: str) -> str:
    """``text`` with each capital A to Z written as "A" and each character beyond ASCII as "?": a
    character for a character, so that the capitals stand where they stand in ``text``. (Translated
    as bytes: ``str.translate`` looks up each character in a mapping.)"""
    return text.encode("ascii", "replace").translate(_CAPITALS_AS_A).decode("ascii")


def _find_mentions(text: str, start: int, end: int, spans: list[int]) -> None:
    """The mentions of ``text[start:end]`` as ``_MENTION.finditer(text, start, end)`` finds them:
    their starts and ends, in pairs, appended to ``spans``.

    A mention opens at a capital A to Z (``_NAMED_OPENS`` holds of every
    ``_NAMED`` match): the capitals are found by ``str.find`` (``_capitals_as_a``),
    each tested by ``_named_opens`` (for a word of small letters after it, by
    ``_simple_word_opens``; a word that goes on with another character than
    ".", "-" or a capital opens none, as does a capital alone and a word of small
    letters with a full stop other than "Mr." and the like), and ``_NAMED`` is tried
    only where it holds (``_named_end`` reads the common shapes by hand).
    """
    capitals = _capitals_as_a(text[start:end])
    at = capitals.find("A")
    while at >= 0:
        at += start
        stop = at + 1
        while stop < end and 97 <= ord(text[stop]) <= 122:
            stop += 1
        opens = False
        if stop < end:
            after = ord(text[stop])
            if 65 <= after <= 90:  # a second capital: "US", "DPRK"
                opens = text[at : at + 2] in _CAPITAL_PAIRS and _named_opens(text, at, end)
            elif after == 45 or (after == 46 and (stop == at + 1 or text[at:stop] in _MR_SET)):
                opens = _named_opens(text, at, end)  # "Vice-", "H.", "Mr."
            elif stop > at + 1 and is_space_at(text, stop):
                opens = _simple_word_opens(text, at, stop, end)
        if opens:
            found = _named_end(text, at, end)
            if found == _UNSURE:
                match = _NAMED_AT.match(text, at, end)
                found = -1 if match is None else match.end()
            if found >= 0:
                spans.append(at)
                spans.append(found)
                stop = found
        at = capitals.find("A", stop - start)


#: Where a subject may begin: a capitalised word, or "the", "both", "he", "she", "this", "that".
_FOR_PART: Final = re.compile(r"\s*\bfor\s+(?:his|her|its|their)\s+part\Z")
_WORD_AT: Final = re.compile(r"[^\W\d_][\w.-]*")
#: The words a subject can begin with, besides a nationality ("Russian President Putin").
_FIRST_WORDS: Final = frozenset(
    {h for head in _HEADS for h in (head, head.split("-")[0])}
    | set(_MODS)
    | _words(
        "The the This this That that Both both He he She she They Japan H.E. H.E His Her Mr. Mr Ms. Ms Mrs. Mrs "
        "Dr. Dr Prof. Prof Madam Madame Mme Sir Dame"
    )
)
_STARTER: Final = re.compile(r"\b(?=[A-ZÀ-ÖØ-Þ]|(?:the|both|he|she|this|that)\b)")
#: A place where a subject can begin: a starter whose word (letters, digits, "." and "-")
#: is one of ``_FIRST_WORDS`` or a nationality.
_OPENER = (
    r"\b(?=[A-ZÀ-ÖØ-Þ]|(?:the|both|he|she|this|that)\b)"
    r"(?=(?:" + _alternation(sorted(_FIRST_WORDS, key=lambda w: (-len(w), w))) + "|" + _NAT + r")(?![\w.-]))"
)
#: A subject that begins at an opener and ends right before a verb (the search's end): the first
#: match of a search from a window's start is the first opener from which a subject reaches the verb.
_SUBJ_AT_VERB: Final = re.compile(rf"{_OPENER}(?P<subj>{_SUBJ}){_TO_VERB}")

_BLOCK_TAIL: Final = re.compile(
    rf"\s+(?:{_ADV}\s+){{0,2}}(?:(?:on|upon|to)\s+)?"
    r"(?:(?P<fol>the\s+following)(?P<noun>(?:\s+(?!(?:from|to|on|about|regarding|concerning|with|in|at"
    r"|and|or|for|by|that)\b)[A-Za-z][\w'-]*){0,3})|(?P<asf>as\s+follows))"
)
_END_PUNCT: Final = re.compile(r"[:.;]")
_NOUNS = "(?:" + "|".join(sorted(BLOCK_NOUNS, key=lambda n: -len(n))) + ")"
#: "Prime Minister Mori's response was as follows:"
_POSSESSIVE_BLOCK: Final = re.compile(
    rf"(?:(?P<subj>{_NAMED}|{_BARE})['’]s|(?P<pron>\b(?:His|Her|his|her)))\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?P<noun>{_NOUNS})\s+(?:was|were|is|are)\s+(?:as\s+follows|the\s+following)"
)
#: "The following is a summary of the remarks made by President Putin:"
_SUMMARY_BLOCK: Final = re.compile(
    r"\b[Tt]he\s+following\s+(?:is|are)\s+[a-z ,'-]{0,80}?\b"
    rf"(?P<noun>{_NOUNS})\s+(?:(?:made|expressed|given|delivered|presented)\s+)?(?:by|of)\s+"
    rf"(?P<subj>{_SUBJ})\s*(?:[:.]|\Z)"
)

_CONNECTOR: Final = re.compile(
    r"(?:[,;]\s*(?:(?:and|but|while|whereas|whereupon|and\s+then|in\s+(?:response|reply)\s+to\s+(?:this|which|that)"
    r"|to\s+which|at\s+which\s+point|after\s+which|upon\s+which|following\s+which)\s+)?"
    r"|\s+(?:and|but|while|whereas)\s+)\Z"
)
_COORDINATED: Final = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+|;\s*(?:and\s+)?)(?:{_ADV}\s+){{0,3}}\Z")
_PARTICIPLE_LINK: Final = re.compile(rf",\s*(?:{_ADV}\s+){{0,2}}\Z")
_PASSIVE_AFTER: Final = re.compile(r"\s*(?:[,.]|\Z|(?:by|at|in|during|earlier|previously|last|upon|on)\b)")
_EXPRESSION_SOON: Final = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:" + "|".join(n.replace(" ", r"\s+") for n in EXPRESSION_NOUNS) + r")\b"
)
_THAT_SOON: Final = re.compile(r"[^.;]{0,120}?\b(?:that|if|whether)\b")
_REPLY: Final = re.compile(
    r"\b(?:[Ii]n\s+(?:response|reply|answer)|[Rr]esponding|[Rr]eplying|[Aa]nswering)\b"
    r"|(?:^|[,;(]\s*)[Tt]o\s+(?:this|that|these|which)\b(?!\s+end)"
)
_REPLY_VERBS: Final = frozenset({"responded", "replied", "answered"})
_REPLY_NOUNS: Final = frozenset({"response", "reply", "answer"})


_BLOCKING_WORDS: Final = _words(
    "that if whether because since as by to of for with from than whom who when where how what why about "
    "on upon at in into towards toward against between among including regarding concerning like unlike "
    "before after the a an his her their its our my your which whose"
)
_INTRO_PAIRS: Final = re.compile(
    r"\b(?i:after|following|besides|beyond|upon|to)\s+(?:that|this|which)\Z|\b[Ii]n\s+(?:response|reply)\Z",
)
_LAST_WORD: Final = re.compile(r"([A-Za-z]+)\W*\Z")

_QUOTES: Final = re.compile(r"“[^“”]{0,600}”|\"[^\"\n]{0,600}\"")
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")
_ABBREVIATION_TEXT = (
    "Mr Ms Mrs Dr Prof St Jr Sr No Nos Co Inc Ltd Gen Lt Col Sen Rep Gov Mt vs etc approx Art para "
    "Vol Fig Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
)
_ABBREVIATION_WORDS = _ABBREVIATION_TEXT.split()
_ABBREVIATIONS: Final = frozenset(_ABBREVIATION_WORDS)
#: What ``_abbreviated`` reads: an abbreviation, a single letter ("J"), or initials ("U.S") at the end.
_ABBREVIATION: Final = re.compile(
    r"(?:\b(?:" + "|".join(_ABBREVIATION_WORDS) + r")|\b[A-Za-z]|(?:\b[A-Za-z]\.)+[A-Za-z])\Z"
)
_LEAD_THAT: Final = re.compile(r"^(?:[,:;]\s*)?(?:that\b[,]?\s*)?")
#: ``_LEAD_THAT`` with the white space ``_clean`` strips around it.
_LEAD: Final = re.compile(r"\s*(?:[,:;]\s*)?(?:that\b,?\s*)?\s*")
_CONTENT_STOP: Final = re.compile(r",\s+(?:at\s+which\s+point|whereupon|after\s+which|upon\s+which)\b")
_TRAIL: Final = re.compile(r"[\s,;:]+\Z")
_NON_SPACE: Final = re.compile(r"\S")

_ROLE_ALIASES: Final = {
    "minister for foreign affairs": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "foreign secretary": "foreign minister",
    "secretary of state": "secretary of state",
}
_TITLE_WORDS: Final = frozenset(
    {h.casefold() for h in _HEADS}
    | {m.casefold() for m in _MODS}
    | _words(
        "of for the and affairs foreign state defense defence trade industry economy finance justice "
        "health labour labor welfare education environment agriculture forestry fisheries land "
        "infrastructure transport tourism internal communications home external commonwealth europe "
        "development security office administration council cabinet government commission secretariat "
        "assembly parliament diet house representatives councillors science technology culture sports "
        "energy"
    )
)
_MR_WORDS: Final = _words("mr mr. ms ms. mrs mrs. dr dr. prof prof. madam madame mme sir dame")
_TITLE_OR_MR_WORDS: Final = _TITLE_WORDS | _MR_WORDS
_HONOR_RE: Final = re.compile(_HONOR)
_NAT_RE: Final = re.compile(_NAT + r"\Z")
_OF_TAIL: Final = re.compile(rf"\s+of\s+(?:the\s+)?(?P<country>{_CAP}(?:\s+{_CAP}){{0,3}})\Z")
_DEMONYMS: Final = {
    "japanese": "japan",
    "american": "united states",
    "u.s.": "united states",
    "us": "united states",
    "british": "united kingdom",
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "french": "france",
    "dutch": "netherlands",
    "swiss": "switzerland",
    "greek": "greece",
    "thai": "thailand",
    "filipino": "philippines",
    "philippine": "philippines",
}

# --------------------------------------------------------------------------- people


@functools.lru_cache(maxsize=1024)
def _role(title: str | None) -> str | None:
    """A title reduced to the role it names: "Minister for Foreign Affairs" -> "foreign minister"."""
    if not title:
        return None
    words = title.split()
    if len(words) > 1 and _NAT_RE.match(words[0]):
        words = words[1:]
    key = " ".join(words).casefold()
    return _ROLE_ALIASES.get(key, key)


def person_from_text(mention: str) -> Person:
    """A ``Person`` read from a mention alone: title, name and surname as written.

    Used for speakers the meeting metadata does not name; read like the meeting
    pass reads names (``mofa_parse.names``), so surnames written in capitals
    ("SUGA Yoshihide") and surname-first names ("Hu Jintao") come out right.

    >>> person_from_text("Foreign Minister Igor Ivanov")
    Person(name='Igor Ivanov', surname='Ivanov', title='Foreign Minister', country=None)
    >>> person_from_text("President Putin of the Russian Federation")
    Person(name=None, surname='Putin', title='President', country='Russian Federation')
    """
    read = parse_mention(" ".join(mention.split()))
    if read is not None and read.surname:
        name = read.name if read.name is not None and " " in read.name else None
        return Person(name=name, surname=read.surname, title=read.title, country=read.country)
    fallback = _person_from_words(mention)
    if fallback.surname or read is None:
        return fallback
    return Person(name=None, surname="", title=read.title, country=read.country)


#: ``person_from_text`` remembered across documents: a ``Person`` is frozen, and readouts name the same
#: people in the same words again and again.
_person_from_text = functools.lru_cache(maxsize=1024)(person_from_text)


def _person_from_words(mention: str) -> Person:
    """``person_from_text`` for mentions the shared name reader does not take."""
    text = " ".join(mention.split())
    text = _HONOR_RE.sub("", text, count=1) if _HONOR_RE.match(text) else text
    if text[:4].casefold() == "the ":
        text = text[4:]
    country = None
    tail = _OF_TAIL.search(text)
    words = text.split()
    if (
        tail is not None
        and len(text[: tail.start()].split()) >= 2
        and text[: tail.start()].split()[-1].casefold() not in _TITLE_WORDS
    ):
        country = tail["country"]
        words = text[: tail.start()].split()
    if len(words) > 1 and _NAT_RE.match(words[0]) and words[1].casefold() in _TITLE_WORDS:
        words = words[1:]
    split = len(words)
    while split > 0 and words[split - 1].casefold() not in _TITLE_WORDS | _MR_WORDS:
        split -= 1
    name_words = words[split:]
    title_words = [w for w in words[:split] if w.casefold() not in _MR_WORDS]
    title = " ".join(title_words) or None
    if not name_words:
        return Person(name=None, surname="", title=title, country=country)
    caps = [w for w in name_words if len(w) > 1 and w.isupper() and w.isalpha()]
    surname = caps[0].capitalize() if caps else name_words[-1]
    name = " ".join(name_words) if len(name_words) > 1 else None
    return Person(name=name, surname=surname, title=title, country=country)


_Key = tuple[int, int]  # (unit index, offset in the unit's text): a place in reading order


class _People:
    """Resolves mentions to people as the text is read, remembering who was named in which role.

    Names outside subjects ("... gratitude for Prime Minister Koizumi's words")
    matter only to later bare titles ("The Prime Minister stated"), so they are
    read lazily: when a bare title needs them, from where the last look ended.
    What a mention reads as on its own (``person_from_text``, ``Document.person``)
    is kept per mention, for this document only.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.texts: list[str] = []
        self.built: list[Person] = []
        self.by_role: dict[str, tuple[_Key, Person]] = {}
        #: mention -> (person, the roles it fills: of the title as written and of the person's own title)
        self.cache: dict[str, tuple[Person, tuple[str, ...]]] = {}
        #: bare mention -> (the person read from it alone, its role); and ``Document.person`` of it
        self.bare_cache: dict[str, tuple[Person, str | None]] = {}
        self.resolved: dict[str, Person | None] = {}
        self.recent: list[Person] = []
        self.recent_keys: list[tuple[type, str | None, str, str | None, str | None]] = []
        self.pronouns: dict[Person, str] = {}
        self.scanned: _Key = (0, 0)

    def named(self, mention: str, key: _Key) -> Person:
        """The person a name mention ("President Putin", "Mr. Shinzo Abe") stands for."""
        cached = self.cache.get(mention)
        if cached is None:
            person, title = self._named(mention, key)
            if not person.surname:
                return person
            roles = tuple(role for role in {_role(title), _role(person.title)} if role)
            cached = self.cache[mention] = (person, roles)
        person, roles = cached
        by_role = self.by_role
        for role in roles:
            current = by_role.get(role)
            if current is None or current[0] <= key:
                by_role[role] = (key, person)
        return person

    def _named(self, mention: str, key: _Key) -> tuple[Person, str | None]:
        guess = _person_from_text(mention)
        if not guess.surname:
            return self.bare(mention, key), None
        found = self.person(mention)
        if found is not None:
            return found, guess.title
        surname = guess.surname.casefold()
        same = [p for p in self.built if p.surname.casefold() == surname]
        if same:
            role = _role(guess.title)
            fitting = [p for p in same if role is None or _role(p.title) in (None, role)]
            return (fitting or same)[-1], guess.title
        self.built.append(guess)
        return guess, guess.title

    def person(self, mention: str) -> Person | None:
        """``Document.person``: for a ``Document`` itself, ``people.resolve`` called directly (the
        method imports it at each call); a subclass's own method otherwise."""
        doc = self.doc
        if type(doc) is Document:
            return resolve(doc.people, mention)
        return doc.person(mention)

    def spoke(self, person: Person) -> None:
        """Remember ``person`` as the latest single speaker."""
        recent = self.recent
        if recent and recent[-1] is person:
            return
        keys = self.recent_keys
        # the entries are unequal to each other, so one that is ``person`` itself is the one equal to it
        at = 0
        while at < len(recent) and recent[at] is not person:
            at += 1
        if at < len(recent):
            key = keys[at]
        else:
            # what ``Person.__eq__`` compares, compared in C: ``person in recent`` calls it on each other entry
            key = (type(person), person.name, person.surname, person.title, person.country)
            at = keys.index(key) if key in keys else -1
        if at >= 0:
            del recent[at], keys[at]
        recent.append(person)
        keys.append(key)
        if len(recent) > 8:
            del recent[0], keys[0]

    def pronoun(self, word: str) -> Person | None:
        """The speaker "he" or "she" stands for: the last single speaker, unless the text
        has called that speaker by the other pronoun; then the latest one it fits."""
        if not self.recent:
            return None
        chosen = next(
            (p for p in reversed(self.recent) if self.pronouns.get(p, word) == word),
            self.recent[-1],
        )
        self.pronouns[chosen] = word
        return chosen

    def _catch_up(self, key: _Key) -> None:
        """Read the names mentioned between the last look and ``key``."""
        if key <= self.scanned:
            return
        unit, offset = self.scanned
        texts = self.texts
        while (unit, 0) <= key and unit < len(texts):
            text = texts[unit]
            end = key[1] if unit == key[0] else len(text)
            spans: list[int] = []
            _find_mentions(text, offset, end, spans)
            for index in range(0, len(spans), 2):
                start = spans[index]
                self.named(text[start : spans[index + 1]], (unit, start))
            unit, offset = unit + 1, 0
        self.scanned = key

    def bare(self, mention: str, key: _Key) -> Person:
        """The person a bare title ("the Prime Minister") names: the last one named in that role."""
        self._catch_up(key)
        cached = self.bare_cache.get(mention)
        if cached is None:
            guess = _person_from_text(mention)
            cached = self.bare_cache[mention] = (guess, _role(guess.title))
        guess, role = cached
        if role and role in self.by_role:
            return self.by_role[role][1]
        if mention in self.resolved:
            found = self.resolved[mention]
        else:
            found = self.resolved[mention] = self.person(mention)
        if found is not None:
            return found
        if role:
            words = set(role.split())
            fitting = [entry for named, entry in self.by_role.items() if words <= set(named.split())]
            if fitting:
                return max(fitting, key=lambda entry: entry[0])[1]
        return guess


# --------------------------------------------------------------------------- the body as units


class _Unit:
    """One paragraph (or heading) of the body with where it sits.

    A plain class rather than a named tuple: the pass reads its fields again and
    again, and a compiled class reads them directly.
    """

    __slots__ = ("base", "clause", "end", "items", "label", "marker", "scope", "section", "text")

    def __init__(
        self,
        text: str,
        base: int | None,
        section: int | None,
        clause: int | None,
        scope: tuple[int, int],
        items: tuple[int, ...],
        marker: str | None,
        label: bool,
    ) -> None:
        self.text = text
        self.base = base
        self.section = section
        self.clause = clause
        self.scope = scope
        self.items = items
        self.marker = marker
        self.label = label
        #: where the paragraph ends in ``Document.source``
        self.end: int | None = None if base is None else base + len(text)

    def line(self) -> str:
        """The paragraph as a line of block text: an item's or clause's marker, then the text."""
        return f"{self.marker} {self.text}" if self.marker else self.text


def _units(doc: Document) -> list[_Unit]:
    """The body's paragraphs and headings in reading order, each with where it sits."""
    walker = _Walker(doc.source)
    walker.walk(doc.preamble, None, None, (0, 0), (), None)
    for section in doc.sections:
        scope = (walker.new_id(), 0)
        walker.heading(section.title, section.span, section.number, None, scope, section.marker)
        walker.walk(section.body, section.number, None, scope, (), None)
    return walker.units


def _starts_at(source: str, text: str, start: int) -> bool:
    """``source.startswith(text, start)`` for ``start >= 0``, which compiles to a method call. A slice
    compared copies and compares memory, where ``str.find`` (``text`` in as long a window) first sets
    up a search for ``text``: much faster for paragraph-long texts."""
    stop = start + len(text)
    return start >= 0 and stop <= len(source) and source[start:stop] == text


#: Looked up once: an enum member is an attribute lookup each time.
_SPEAKER_LABEL: Final = ParagraphKind.SPEAKER_LABEL


class _Walker:
    """Builds the units of one document (``_units``)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.units: list[_Unit] = []
        self.last_id = 0

    def new_id(self) -> int:
        """1, 2, 3, ...: one per item, clause and section."""
        self.last_id += 1
        return self.last_id

    def base_of(self, paragraph: Paragraph) -> int | None:
        span = paragraph.span
        source = self.source
        if span is None or not source:
            return None
        if source.startswith(paragraph.text, span.start):
            return span.start
        found = source.find(paragraph.text, span.start, max(span.end, span.start + len(paragraph.text)))
        return None if found < 0 else found

    def heading(
        self,
        text: str | None,
        span: Span | None,
        section: int | None,
        clause: int | None,
        scope: tuple[int, int],
        marker: str,
    ) -> None:
        """A heading is read like a paragraph: a line the structure pass took for one may be a sentence."""
        if not text:
            return
        base = None
        if span is not None and self.source:
            found = self.source.find(text, span.start, span.end)
            base = None if found < 0 else found
        self.units.append(_Unit(text, base, section, clause, scope, (), marker, False))

    def walk(
        self,
        blocks: Sequence[Block],
        section: int | None,
        clause: int | None,
        scope: tuple[int, int],
        items: tuple[int, ...],
        marker: str | None,
    ) -> None:
        units = self.units
        source = self.source
        label = _SPEAKER_LABEL
        first = True
        for block in blocks:
            if isinstance(block, Paragraph):
                text, span = block.text, block.span
                base: int | None = None
                if span is not None:
                    start = span.start
                    base = start if source and _starts_at(source, text, start) else self.base_of(block)
                units.append(
                    _Unit(text, base, section, clause, scope, items, marker if first else None, block.kind is label)
                )
            elif isinstance(block, Item):
                self.walk(block.body, section, clause, scope, (*items, self.new_id()), block.marker)
            elif isinstance(block, Clause):
                inner = (scope[0], self.new_id())
                self.heading(block.heading, block.span, section, block.number, inner, block.marker)
                self.walk(block.body, section, block.number, inner, (), None if block.heading else block.marker)
            elif isinstance(block, Section):
                inner = (self.new_id(), 0)
                self.heading(block.title, block.span, section, None, inner, block.marker)
                self.walk(block.body, section, None, inner, (), None)
            first = False


# --------------------------------------------------------------------------- finding


class _Draft:
    """One statement, from the sentence that reports it to the ``Statement`` built from it.

    While the sentence is read, ``start`` (the subject), ``content_start`` and
    ``content_end`` are offsets into the unit's text; ``span_start`` and
    ``span_end`` are offsets into ``Document.source``, set when the statement is
    placed. ``head`` is the statement a coordinated verb continues ("stated that
    ... and welcomed ...").
    """

    __slots__ = (
        "clause",
        "content_end",
        "content_start",
        "form",
        "head",
        "in_response_to",
        "inline",
        "joint_two",
        "kind",
        "reply",
        "section",
        "span_end",
        "span_start",
        "speaker",
        "start",
        "subject",
        "text",
        "unit",
        "verb",
    )

    def __init__(
        self,
        form: StatementForm,
        kind: str,  # list named bare joint side pron it label coord
        subject: str | None,
        start: int,
        verb: str,
        content_start: int,
        content_end: int,
        reply: bool,
        head: _Draft | None = None,
        inline: str | None = None,
    ) -> None:
        self.form = form
        self.kind = kind
        self.subject = subject
        self.start = start
        self.verb = verb
        self.content_start = content_start
        self.content_end = content_end
        self.reply = reply
        self.head = head
        self.inline = inline
        self.unit = 0
        self.speaker: Person | Joint | None = None
        self.joint_two = False
        self.span_start: int | None = None
        self.span_end: int | None = None
        self.text = ""
        self.section: int | None = None
        self.clause: int | None = None
        self.in_response_to: int | None = None


def _mask(text: str) -> str:
    """``text`` with the words inside quotation marks replaced, offsets kept.

    A full stop (or "?", "!") closing the quotation is kept, so that a quoted
    sentence still ends the sentence around it. The quotations are those
    ``_QUOTES`` finds, found with ``str.find`` (the engine tries its two opening
    marks at every character).
    """
    curly = text.find("“")
    straight = text.find('"')
    if curly < 0 and straight < 0:
        return text
    parts: list[str] = []
    done = 0
    while curly >= 0 or straight >= 0:
        if straight < 0 or 0 <= curly < straight:
            at = curly
            close = text.find("”", at + 1, at + 602)  # at most 600 characters inside
            other = text.find("“", at + 1, at + 602)
        else:
            at = straight
            close = text.find('"', at + 1, at + 602)
            other = text.find("\n", at + 1, at + 602)
        if close >= 0 and (other < 0 or close < other):
            size = close - at - 1
            keep = text[close - 1] if size > 0 and text[close - 1] in ".?!" else ""
            parts.append(text[done:at])
            parts.append(text[at] + "x" * (size - len(keep)) + keep + text[close])
            done = close + 1
            at = close
        at += 1
        if 0 <= curly < at:
            curly = text.find("“", at)
        if 0 <= straight < at:
            straight = text.find('"', at)
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def _sentences(masked: str, limit: int) -> list[int]:
    """Where the sentences of ``masked`` that begin at or before ``limit`` begin and end, in pairs:
    a full stop, "?" or "!" before a capital or a digit ends one, unless it closes an
    abbreviation ("Mr.", "U.S.").

    The places where a sentence may end are found with ``str.find`` when the text
    holds no "?" nor "!" (which read the text far faster than the engine, that
    tries its set of characters at each one), and then read one by one (``_sentence_end``).
    """
    bounds: list[int] = []
    start = 0
    stops = "?" in masked or "!" in masked
    at = 0
    while True:
        if stops:
            match = _SENTENCE_END.search(masked, at)
            if match is None:
                break
            end, at = match.span()
        else:
            dot = masked.find(".", at)
            if dot < 0:
                break
            after = _sentence_end(masked, dot)
            if after < 0:
                at = dot + 1
                continue
            end, at = dot, after
        if _abbreviated(masked, max(start, end - 12), end):
            continue
        close = at
        while masked[close - 1].isspace():  # the match ends in white space, after "." and quotes
            close -= 1
        bounds.append(start)
        bounds.append(close)
        start = at
        if start > limit:
            return bounds
    if start < len(masked):
        bounds.append(start)
        bounds.append(len(masked.rstrip()))
    return bounds


def _sentence_end(text: str, dot: int) -> int:
    """Where ``_SENTENCE_END.match(text, dot)`` ends, -1 if it does not match, for a full stop at
    ``dot``: past closing quotation marks and parentheses and then white space (at least one), before
    a capital A to Z or a digit, perhaps after an opening quotation mark or parenthesis."""
    n = len(text)
    at = dot + 1
    while at < n:
        code = ord(text[at])
        if code != 34 and code != 0x201D and code != 0x2019 and code != 41:  # '"', "”", "’", ")"
            break
        at += 1
    spaces = at
    while at < n and is_space_at(text, at):
        at += 1
    if at == spaces or at >= n:
        return -1
    code = ord(text[at])
    if code == 34 or code == 0x201C or code == 40:  # '"', "“", "("
        if at + 1 >= n:
            return -1
        code = ord(text[at + 1])
    return at if 65 <= code <= 90 or 48 <= code <= 57 else -1


def _abbreviated(text: str, start: int, end: int) -> bool:
    """``_ABBREVIATION.search(text[start:end])``: whether the text ends in an abbreviation ("Mr", "U.S").

    That is: the letters (A to Z) at its end open a word (nothing or no word
    character before them) and are one letter ("U.S", "J") or a listed abbreviation.
    """
    at = end
    while at > start:
        code = ord(text[at - 1])
        if not (97 <= code <= 122 or 65 <= code <= 90):
            break
        at -= 1
    if at == end or (at > start and is_word_at(text, at - 1)):
        return False
    return end - at == 1 or (end - at <= 6 and text[at:end] in _ABBREVIATIONS)


def _boundary_ok(masked: str, start: int, lo: int) -> bool:
    """Whether a subject at ``start`` opens a clause (not "that he ...", "by President X")."""
    if start == lo:
        return True
    prefix = masked[max(lo, start - 40) : start].rstrip()
    if not prefix or prefix[-1] in ',;:(—–-"“':
        return True
    word = _LAST_WORD.search(prefix)
    if word is None:
        return True
    if word.group(1)[0].isupper() and word.end(1) == len(prefix):
        # inside a name or title: "Prime [Minister Koizumi]"
        return word.group(1).casefold() not in _TITLE_OR_MR_WORDS
    if word.group(1).casefold() not in _BLOCKING_WORDS:
        return True
    return _INTRO_PAIRS.search(prefix) is not None


def _last_token(masked: str, lo: int, end: int) -> tuple[str, int]:
    """The word (or comma) before ``end``, adverbs ("also", "strongly", "once again") skipped."""
    for _ in range(4):
        stripped = masked[lo:end].rstrip()
        if not stripped:
            return "", lo
        last = stripped[-1]
        if last == "," or last == ")":
            return ",", lo + len(stripped) - 1  # "President X (Russia) stated": a parenthesis, like commas
        if last == "t" and stripped.endswith(" part"):
            for_part = _FOR_PART.search(stripped)
            if for_part is not None:
                end = lo + for_part.start()  # "President X for his part stated"
                continue
        cut = max(stripped.rfind(" "), stripped.rfind("\t"), stripped.rfind(","))
        word = stripped[cut + 1 :]
        if word in _ADVERBS or (word.endswith("ly") and word.islower() and 4 <= len(word) <= 17):
            end = lo + cut + 1
            continue
        return word, lo + cut + 1
    return "", lo


def _could_open(masked: str, start: int) -> bool:
    """Whether the word at ``start`` can be a subject's first word ("President", "The", "He", "Russian")."""
    word = _WORD_AT.match(masked, start)
    if word is None:
        return False
    text = word.group()
    return text in _FIRST_WORDS or _NAT_RE.match(text) is not None


@functools.lru_cache(maxsize=2048)
def _subject_kind(subject: str) -> str:
    """What a subject is: "list", "named", "bare", "joint", "side" or "pron" (``_KIND_RES``).

    Remembered across documents (at most 2,048 subjects): a pure reading of a
    short text, and "He", "The two leaders", "Prime Minister X" recur."""
    for kind, pattern in _KIND_RES:
        if kind == "list" and "and" not in subject:
            continue  # a list ends in "and <name>"
        if pattern.match(subject):
            return kind
    return "named"


def _read_subject(masked: str, lo: int, verb_start: int) -> tuple[tuple[str, int, str, str] | None, str, int]:
    """The subject right before a verb that the text alone shows, for ``_Finder._subject``:
    (kind, start, subject text, parenthesis) or None; the word before the verb, when a
    surname of the document's people may still be the subject, else ""; where the
    subject may begin at the earliest.

    The word before the verb (adverbs aside) decides first whether a subject
    can end there at all ("and stated", "that he said": no name ends in "and")
    and how far back it may begin; then one search, anchored at the verb,
    finds the first place a subject can begin (a capitalised word, "the",
    "both", "he", "she" that can open one) from which a subject reaches the verb.
    It reads at most the 301 characters before the verb, and none before the
    one before ``lo``.
    """
    token, token_start = _last_token(masked, max(lo, verb_start - 70), verb_start)
    if not token:
        return None, "", lo
    if token == "was":
        start = masked.rfind("It", max(lo, token_start - 4), token_start)
        if start >= 0 and _IT_WAS.match(masked, start, verb_start) and _boundary_ok(masked, start, lo):
            return ("it", start, "It", ""), "", lo
        return None, "", lo
    if token == ",":
        reach = 260  # "President X, who also attended the meeting, stated"
    elif token[0].isupper() or token.casefold() in _SUBJECT_ENDINGS:
        reach = 130
    else:
        return None, "", lo
    window_start = max(lo, verb_start - reach)
    position = window_start
    while True:
        match = _SUBJ_AT_VERB.search(masked, position, verb_start)
        if match is None:
            break
        start = match.start()
        if _boundary_ok(masked, start, lo):
            subject = match["subj"]
            return (_subject_kind(subject), start, subject, match["paren"] or ""), "", lo
        position = start + 1
    return None, token, window_start


@functools.lru_cache(maxsize=4096)
def _read_subject_before(before: str, lo: int) -> tuple[tuple[str, int, str, str] | None, str, int]:
    """``_read_subject`` of a verb at the end of ``before``, the text before it (at most 301 characters,
    from the one before the sentence's start ``lo`` if that is nearer; ``lo`` 0 if farther).

    Remembered across documents (at most 4,096 texts): a pure reading of a short
    text, and sentences open with the same words ("(1) Prime Minister X stated")."""
    return _read_subject(before, lo, len(before))


def _surname_subject(masked: str, lo: int, window_start: int, verb_start: int) -> tuple[str, int, str, str] | None:
    """A subject ending in a surname of the document's people ("Lavrov stated"): from the last four
    places between ``window_start`` and the verb where a subject may begin."""
    every = [m.start() for m in _STARTER.finditer(masked, window_start, verb_start)]
    for start in every[-4:]:
        caps = _CAPS_BEFORE_VERB.match(masked, start, verb_start)
        if caps is not None and _boundary_ok(masked, start, lo):
            return "named", start, caps["subj"], ""
    return None


def _find_verbs(masked: str, spans: list[int], forms: list[str]) -> None:
    """The verbs of ``masked`` as ``_VERB_RE.finditer`` finds them: their starts and ends, in pairs,
    appended to ``spans``, and the form each is (as listed) to ``forms``.

    A verb begins with one of the forms' first words, and every first word
    holds one of ``_VERB_MARKS``: each is found with ``str.find``, which reads
    text far faster than the engine, started at every word, can. The words that
    hold a mark are looked up; those that open a form are read on as the form
    (any white space between its words), the first form listed that follows.
    """
    n = len(masked)
    starts: list[int] = []
    for mark in _VERB_MARKS:
        at = masked.find(mark)
        while at >= 0:
            start = at
            while start > 0 and is_word_at(masked, start - 1):
                start -= 1
            end = at + len(mark)
            while end < n and is_word_at(masked, end):
                end += 1
            if masked[start:end] in _FORMS_BY_FIRST:
                starts.append(start)
            at = masked.find(mark, end)
    if not starts:
        return
    if len(starts) > 1:
        starts.sort()
    taken = 0  # where the last verb ends: verbs do not overlap
    previous = -1
    for start in starts:
        if start < taken or start == previous:
            continue  # inside the last verb, or a word found twice (by "ed" and "ing")
        previous = start
        end = start
        while end < n and is_word_at(masked, end):
            end += 1
        for rest, form in _FORMS_BY_FIRST[masked[start:end]]:
            at = end
            for word in rest:
                if at >= n or not masked[at].isspace():
                    at = -1
                    break
                at += 1
                while at < n and masked[at].isspace():
                    at += 1
                if not masked.startswith(word, at):
                    at = -1
                    break
                at += len(word)
            if at >= 0 and (at == n or not is_word_at(masked, at)):
                spans.append(start)
                spans.append(at)
                forms.append(form)
                taken = at
                break


def _verb_info(matched: str) -> tuple[str, ReportingVerb | None, bool]:
    """(form as listed, its reporting verb or None for a block verb, whether a participle) of a verb match."""
    known = _VERB_INFO.get(matched)
    if known is not None:
        return known
    form = " ".join(matched.split())  # "pointed  out"
    info = _VERBS.get(form)
    participle = info is None and form in _PARTICIPLES
    return form, _PARTICIPLES[form] if participle else info, participle


_VERB_INFO: Final[dict[str, tuple[str, ReportingVerb | None, bool]]] = {}
for _form in _ALL_FORMS:
    _VERB_INFO[_form] = _verb_info(_form)


#: Of each form: whether it needs a "that", whether it needs an expression noun, whether it agrees;
#: read once here rather than from the ``ReportingVerb`` at every verb.
_VERB_NEEDS: Final[dict[str, tuple[bool, bool, bool]]] = {}
for _form, _known in _VERB_INFO.items():
    _info = _known[1]
    _VERB_NEEDS[_form] = (
        _info is not None and _info.needs_that,
        _info is not None and _info.needs_expression,
        _info is not None and _info.family == "agree",
    )


#: The forms a found statement takes, looked up once (an enum member is an attribute lookup each time).
_BLOCK_FORM: Final = StatementForm.BLOCK
_REPORTED_FORM: Final = StatementForm.REPORTED
_LABEL_FORM: Final = StatementForm.LABEL
_NOTE: Final = Severity.NOTE


class _Finder:
    """Finds candidate statements in the sentences of one document."""

    def __init__(self, doc: Document) -> None:
        names: set[str] = set()
        for person in (*doc.people, *doc.meeting.participants, *doc.meeting.accompanied_by):
            names.add(person.surname)
            if person.name:
                names.add(person.name.split()[-1])
        self.surnames = frozenset(n for n in names if n)
        self.kinds: dict[str, str] = {}

    def kind(self, subject: str) -> str:
        """``_subject_kind``, once per subject text in the document: "He", "The two leaders" recur."""
        kind = self.kinds.get(subject)
        if kind is None:
            kind = self.kinds[subject] = _subject_kind(subject)
        return kind

    def subject(self, masked: str, lo: int, verb_start: int) -> tuple[str, int, str, str] | None:
        """``_subject``, read from the text before the verb alone, where "Prime Minister X stated" recurs.

        ``_read_subject`` reads at most the 301 characters before the verb (its widest
        window, 260, the 40 that ``_boundary_ok`` looks back, and the one before
        a word boundary), and none before the sentence's own first character
        but one: those characters, and where the sentence begins within them,
        are what ``_read_subject_before`` remembers.
        """
        key_start = verb_start - 301
        if key_start < lo - 1:
            key_start = lo - 1
        if key_start < 0:
            key_start = 0
        before = masked[key_start:verb_start]
        local_lo = lo - key_start if lo >= key_start else 0  # a sentence that begins farther reads the same
        found, token, window_start = _read_subject_before(before, local_lo)
        if found is None:
            if not token or not self.surnames or token not in self.surnames:
                return None
            found = _surname_subject(before, local_lo, window_start, len(before))
            if found is None:
                return None
        kind, start, subject, paren = found
        return kind, key_start + start, subject, paren

    def _subject(self, masked: str, lo: int, verb_start: int) -> tuple[str, int, str, str] | None:
        """(kind, start, subject text, parenthesis) of the subject right before a verb, if any:
        ``_read_subject``, else a surname of the document's people ("Lavrov stated")."""
        found, token, window_start = _read_subject(masked, lo, verb_start)
        if found is None and self.surnames and token in self.surnames:
            return _surname_subject(masked, lo, window_start, verb_start)
        return found

    def sentence_subject(self, masked: str, lo: int, end: int) -> tuple[str, int, str] | None:
        """(kind, start, text) of the subject that opens the sentence, followed by any verb."""
        for match in _STARTER.finditer(masked, lo, end):
            start = match.start()
            if not _could_open(masked, start):
                continue
            opening = _SUBJ_THEN_WORD.match(masked, start, end)
            if opening is not None and _boundary_ok(masked, start, lo):
                return self.kind(opening["subj"]), start, opening["subj"]
            if start - lo > 120:
                break
        return None

    def blocks(
        self, text: str, masked: str, lo: int, hi: int, found: list[_Draft], taken: list[tuple[int, int]]
    ) -> None:
        """The block statements of a sentence that holds "follow": "<speaker>'s response was as follows:",
        "The following is a summary of the remarks made by <speaker>:"."""
        for pattern in (_POSSESSIVE_BLOCK, _SUMMARY_BLOCK):
            match = pattern.search(masked, lo, hi)
            if match is None:
                continue
            subject = match["subj"] or match["pron"]
            kind = self.kind(subject) if match["subj"] else "pron"
            start = match.start()
            if pattern is _POSSESSIVE_BLOCK:
                verb_start = match.start("noun")
                intro = masked[lo:start]
                if not _boundary_ok(masked, start, lo) and not intro.rstrip().endswith(" of"):
                    continue
            else:
                verb_start = start
                intro = masked[lo:start]
            verb = " ".join(
                text[verb_start : match.end() if pattern is _POSSESSIVE_BLOCK else match.start("subj")].split()
            )
            rest = text[match.end() : hi].strip()
            rest = rest[1:].strip() if rest[:1] in ":." else rest
            found.append(
                _Draft(
                    _BLOCK_FORM,
                    kind,
                    subject,
                    start,
                    verb,
                    match.end(),
                    match.end(),
                    _REPLY.search(intro) is not None or match["noun"] in _REPLY_NOUNS,
                    inline=_clean(rest) or None,
                )
            )
            taken.append((start, match.end()))

    def sentence(
        self,
        text: str,
        masked: str,
        lo: int,
        hi: int,
        verbs: tuple[list[int], list[str], int, int],
        follows: bool,
    ) -> list[_Draft]:
        """The statements of the sentence ``text[lo:hi]``, whose reporting verbs are ``verbs``
        (the spans and forms ``_find_verbs`` gives, and the range of them in the sentence);
        ``follows``: whether the sentence holds "follow" (as in "the following", "as follows")."""
        found: list[_Draft] = []
        taken: list[tuple[int, int]] = []
        if follows:
            self.blocks(text, masked, lo, hi, found, taken)
        spans, forms, first_verb, end_verb = verbs
        for index in range(first_verb, end_verb):
            verb_start = spans[2 * index]
            verb_end = spans[2 * index + 1]
            if taken and any(a <= verb_start < b for a, b in taken):
                continue
            if found and verb_start < found[-1].content_start:
                continue
            form_key, info, participle = _VERB_INFO[forms[index]]
            needs_that, needs_expression, agreeing = _VERB_NEEDS[form_key]
            tail = _BLOCK_TAIL.match(masked, verb_end, hi) if follows else None
            tail_end, colon = -1, False
            if tail is not None:
                tail_end, colon = _block_end(masked, tail, hi)
                if tail_end < 0:
                    tail = None  # "the following" inside a longer sentence is not a block
            if info is None and tail is None:
                continue  # "made", "gave": speech only as "made the following statements"
            content_start = verb_end
            if needs_that and tail is None:
                that = _THAT_SOON.match(masked, verb_end, hi)
                if that is None:
                    continue
                content_start = that.end()  # "pressed upon President X that <content>"
            if needs_expression and _EXPRESSION_SOON.match(masked, verb_end, hi) is None:
                continue
            previous = found[-1] if found else None
            subject = None if participle else self.subject(masked, lo, verb_start)
            head: _Draft | None = None
            if subject is not None:
                kind, start, subject_text, paren = subject
                if kind == "it" and not agreeing:
                    continue  # "It was agreed" is the participants'; "It was stated" is no one's
                intro_lo = lo
                if previous is not None:
                    gap_start = max(previous.content_start, start - 60)
                    connector = _CONNECTOR.search(masked[gap_start:start])
                    if connector is None:
                        continue  # a subject inside what was said: "stated that he welcomed ..."
                    previous.content_end = gap_start + connector.start()
                    intro_lo = previous.content_end
                reply = (intro_lo < start or paren != "") and _REPLY.search(masked[intro_lo:start] + paren) is not None
            elif previous is not None:
                link = _PARTICIPLE_LINK if participle else _COORDINATED
                connector = link.search(masked, max(previous.content_start, verb_start - 80), verb_start)
                if connector is None:
                    continue
                if not participle and tail is None and _PASSIVE_AFTER.match(masked, verb_end, hi):
                    continue  # "the view, expressed by ...", "as agreed upon, ..."
                previous.content_end = connector.start()
                head = previous.head or previous
                kind, start, subject_text, reply = "coord", verb_start, None, head.reply
            else:
                # "Prime Minister X visited the memorial and expressed ...": the verb
                # continues a sentence whose first verb reports no speech
                link = _PARTICIPLE_LINK if participle else _COORDINATED
                if link.search(masked, max(lo, verb_start - 80), verb_start) is None:
                    continue
                if not participle and tail is None and _PASSIVE_AFTER.match(masked, verb_end, hi):
                    continue
                opening = self.sentence_subject(masked, lo, verb_start)
                if opening is None:
                    continue
                kind, subject_start, subject_text = opening
                start = verb_start
                reply = _REPLY.search(masked[lo:subject_start]) is not None
            if tail is not None:
                verb = " ".join(text[verb_start : tail.end()].split())
                rest = text[tail_end:hi].strip() if colon else ""
                found.append(
                    _Draft(
                        _BLOCK_FORM,
                        kind,
                        subject_text,
                        start,
                        verb,
                        tail_end,
                        tail_end,
                        reply or form_key in _REPLY_VERBS,
                        head,
                        _clean(rest) or None,
                    )
                )
                continue
            found.append(
                _Draft(
                    _REPORTED_FORM,
                    kind,
                    subject_text,
                    start,
                    form_key
                    if verb_end - verb_start == len(form_key) and _starts_at(masked, form_key, verb_start)
                    else " ".join(text[verb_start:verb_end].split()),
                    content_start,
                    hi,
                    reply or form_key in _REPLY_VERBS,
                    head,
                )
            )
        if len(found) > 1:
            found.sort(key=_draft_start)
        return found


def _block_end(masked: str, tail: re.Match[str], hi: int) -> tuple[int, bool]:
    """Where a block introduction ends ("...the following statements:"), and whether at a colon.

    -1 when the sentence goes on: "the following" must close the sentence, or
    be followed by a colon, within 200 characters ("conveyed the following
    message from A to B.").
    """
    start = tail.end()
    punct = _END_PUNCT.search(masked, start, min(hi, start + 201))
    if punct is None:
        return (hi, False) if hi - start <= 200 else (-1, False)
    if punct.group() == ":":
        return punct.end(), True
    if punct.group() == "." and not _NON_SPACE.search(masked, punct.end(), hi):
        return punct.end(), False
    return -1, False


def _clean(content: str) -> str:
    """What was said, without the "that" that introduces it and the closing punctuation."""
    content = content.strip()
    lead = _LEAD_THAT.match(content)  # always matches, at the start only
    content = content[lead.end() if lead is not None else 0 :].strip()
    end = len(content)
    while end and (content[end - 1] in ",;:" or content[end - 1].isspace()):  # what _TRAIL matches
        end -= 1
    content = content[:end]
    if content.endswith(".") and not _ABBREVIATION.search(content[-12:-1]):
        content = content[:-1].rstrip()
    return content


def _lead_end(text: str, start: int, end: int) -> int:
    """``_LEAD.match(text, start, end).end()``: past the white space, punctuation and "that"
    that open ``text[start:end]``."""
    at = start
    while at < end and is_space_at(text, at):
        at += 1
    if at < end:
        code = ord(text[at])
        if code == 44 or code == 58 or code == 59:  # ",", ":", ";"
            at += 1
            while at < end and is_space_at(text, at):
                at += 1
    if (
        at + 4 <= end
        and ord(text[at]) == 116  # "t"
        and text.find("that", at, at + 4) == at  # text.startswith("that", at), a method call when compiled
        and (at + 4 == end or not is_word_at(text, at + 4))
    ):
        at += 4
        if at < end and ord(text[at]) == 44:  # ","
            at += 1
        while at < end and is_space_at(text, at):
            at += 1
    return at


def _content_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the cleaned content of ``text[start:end]`` (what ``_clean`` keeps of it),
    which ends before ", at which point ..."."""
    # every stop holds "which" or "whereupon": seldom there, and found far faster than the pattern
    if text.find("which", start, end) >= 0 or text.find("whereupon", start, end) >= 0:
        stop = _CONTENT_STOP.search(text, start, end)
        if stop is not None:
            end = stop.start()
    first_end = _lead_end(text, start, end)
    last = end
    while last > first_end:
        code = ord(text[last - 1])
        if code == 44 or code == 58 or code == 59 or is_space_at(text, last - 1):  # ",", ":", ";", white space
            last -= 1
        else:
            break
    if last > first_end and ord(text[last - 1]) == 46 and not _abbreviated(text, max(first_end, last - 12), last - 1):
        last -= 1
        while last > first_end and is_space_at(text, last - 1):
            last -= 1
    if last <= first_end:
        return end, end
    # where the cleaned words first occur: before first_end only when they repeat ("that that"),
    # so only where their first character is
    offset = first_end
    first = text[first_end]
    at = text.find(first, start, first_end)
    if at >= 0:
        words = text[first_end:last]
        while at >= 0:
            if _starts_at(text, words, at):
                offset = at
                break
            at = text.find(first, at + 1, first_end)
    return offset, offset + last - first_end


# --------------------------------------------------------------------------- the pass


def _draft_start(draft: _Draft) -> int:
    return draft.start


#: Joins the paragraphs' masked texts for ``_find_verbs``: neither white space nor a word character.
_UNIT_BREAK: Final = "\x00"

#: Stands for a joint subject ("The two leaders") until its members are known, when one block must end.
_JOINT_SPEAKERS: Final = Joint(())


def apply(doc: Document) -> Document:
    """Fill ``doc.statements`` from the body, with a note for every speaker not among ``doc.people``.

    Each paragraph is read once: one scan finds its reporting verbs; a paragraph
    without any (and without "follow", as in "the following") holds no statement
    and is only kept for the names it mentions. Otherwise its sentences are
    split up to the last place that can hold a statement, and only sentences
    with a verb or "follow" are read.
    """
    units = _units(doc)
    if not units:
        return doc
    finder = _Finder(doc)
    known = frozenset((*doc.people, *doc.meeting.participants, *doc.meeting.accompanied_by))
    people = _People(doc)
    texts = people.texts
    drafts: list[_Draft] = []
    unit_first: list[tuple[Person | Joint | None, bool, bool]] = []
    no_first: tuple[Person | Joint | None, bool, bool] = (None, False, False)
    last_joint: Joint | None = None
    reported = StatementForm.REPORTED
    # the verbs of all paragraphs found at once, in their masked texts joined by a character that is
    # neither white space nor part of a word: no verb reads across it, as none reads past a text's end
    masks = [_mask(unit.text) for unit in units]
    all_spans: list[int] = []
    all_forms: list[str] = []
    _find_verbs(_UNIT_BREAK.join(masks), all_spans, all_forms)
    n_found = len(all_forms)
    next_found = 0
    unit_end = -1
    for index, unit in enumerate(units):
        text = unit.text
        label = None
        masked = masks[index]
        unit_start = unit_end + 1
        unit_end = unit_start + len(masked)
        spans: list[int] = []
        forms: list[str] = []
        while next_found < n_found and all_spans[2 * next_found] < unit_end:
            spans.append(all_spans[2 * next_found] - unit_start)
            spans.append(all_spans[2 * next_found + 1] - unit_start)
            forms.append(all_forms[next_found])
            next_found += 1
        n_verbs = len(forms)
        if (
            not unit.label
            and (len(text) <= 80 or ":" in text[:80])
            and ("A" <= text[:1] <= "Z" or text[:1] == "t")  # how a name or title opens
            and (not n_verbs or ":" in text)  # a name or title alone holds no reporting verb
        ):
            label = _label(text) if len(text) <= 80 else _read_label(text)
        if unit.label or label is not None:
            texts.append(text)
            subject = text.rstrip(":").strip() if label is None else label[0]
            where = (index, 0)
            bare = finder.kind(subject) == "bare"
            label_speaker = people.bare(subject, where) if bare else people.named(subject, where)
            if label_speaker.surname:
                people.spoke(label_speaker)
            draft = _Draft(_LABEL_FORM, "label", subject, 0, "", len(text), len(text), False)
            draft.unit = index
            draft.speaker = label_speaker
            draft.span_start, draft.span_end = unit.base, unit.end
            draft.text = label[1] if label is not None and label[1] else ""
            draft.section, draft.clause = unit.section, unit.clause
            drafts.append(draft)
            unit_first.append((label_speaker, False, True))
            continue
        texts.append(masked)
        last_follow = masked.rfind("follow")
        if not n_verbs and last_follow < 0:
            unit_first.append(no_first)
            continue
        first = no_first
        base = unit.base
        next_verb = 0  # the first verb not yet in a sentence
        bounds = _sentences(masked, max(spans[-2] if n_verbs else -1, last_follow))
        for number in range(len(bounds) // 2):
            lo = bounds[2 * number]
            hi = bounds[2 * number + 1]
            if next_verb == n_verbs and last_follow < lo:
                break  # no verb and no "follow" left: nothing more to find
            upto = next_verb
            while upto < n_verbs and spans[2 * upto] < hi:
                upto += 1
            in_sentence = (spans, forms, next_verb, upto)
            any_verb = upto > next_verb
            next_verb = upto
            follows = last_follow >= lo and masked.find("follow", lo, hi) >= 0
            if not any_verb and not follows:
                continue
            for draft in finder.sentence(text, masked, lo, hi, in_sentence, follows):
                kind = draft.kind
                if kind == "coord":
                    head = draft.head
                    speaker, joint_two = (None, False) if head is None else (head.speaker, head.joint_two)
                elif kind == "named":
                    speaker, joint_two = people.named(draft.subject or "", (index, draft.start)), False
                else:
                    speaker, joint_two = _speaker(draft, (index, draft.start), people, last_joint)
                if isinstance(speaker, Person):
                    if speaker.surname:
                        people.spoke(speaker)
                elif isinstance(speaker, Joint):
                    last_joint = speaker
                start = draft.start
                if draft.form is reported:
                    c_start, c_end = _content_span(text, draft.content_start, draft.content_end)
                    end = c_end
                    if c_start == c_end and masked[draft.content_start : hi].rstrip().endswith(":"):
                        # "President X stated:" with the remarks below: block speech
                        draft.form = _BLOCK_FORM
                        end = draft.content_end
                    elif c_start == c_end and kind != "coord" and masked[lo:start].rstrip().endswith(","):
                        # what was said comes first: "..., President X said."
                        c_start, c_end = _content_span(text, lo, start)
                        start, end = c_start, draft.content_start
                    draft.text = text[c_start:c_end]
                else:
                    draft.text = draft.inline or ""
                    end = draft.content_end
                draft.unit = index
                draft.speaker = speaker
                draft.joint_two = joint_two
                if base is not None:
                    draft.span_start, draft.span_end = base + start, base + end
                draft.section, draft.clause = unit.section, unit.clause
                if draft.reply:
                    head = draft.head
                    if head is not None:
                        draft.in_response_to = head.in_response_to
                    else:
                        draft.in_response_to = _answered(drafts, speaker, units)
                drafts.append(draft)
                if number == 0 and first[0] is None and kind != "coord":
                    opener = _JOINT_SPEAKERS if speaker is None else speaker
                    first = (opener, draft.reply, draft.form is not reported)
        unit_first.append(first)
    _gather(drafts, units, unit_first)
    return _finish(doc, drafts, known)


def _read_label(text: str) -> tuple[str, str | None] | None:
    """(speaker, remarks on the same line or None) of a paragraph that is a speaker label
    ("President Hu", "President Hu: ..."); None for any other paragraph."""
    label = _LABEL.match(text)
    if label is None:
        return None
    subject, rest = label["subj"], label["rest"]
    if rest is None and not _NAMED_FULL.match(subject):
        return None
    return subject, rest


#: ``_read_label`` of a short paragraph, remembered across documents (at most 1,024 texts): a pure
#: reading of a short text, and headings and labels recur from readout to readout.
_label = functools.lru_cache(maxsize=1024)(_read_label)


def _speaker(
    draft: _Draft,
    where: _Key,
    people: _People,
    last_joint: Joint | None,
) -> tuple[Person | Joint | None, bool]:
    """The speaker of a statement that is neither named nor coordinated; None for a joint
    subject whose members are filled in at the end."""
    subject = draft.subject or ""
    kind = draft.kind
    if kind == "list":
        spans: list[int] = []
        _find_mentions(subject, 0, len(subject), spans)
        members = [people.named(subject[spans[i] : spans[i + 1]], where) for i in range(0, len(spans), 2)]
        return Joint(tuple(members)), False
    if kind == "bare":
        return people.bare(subject, where), False
    if kind == "side":
        return _side(subject, people), False
    if kind == "pron":
        if subject in ("They",):
            return last_joint, last_joint is None
        chosen = people.pronoun(subject.casefold())
        return (chosen if chosen is not None else Person(name=None, surname="", title=None)), False
    # joint subjects and "It was agreed": the participants, filled in at the end
    lowered = subject.casefold()
    return None, ("two" in lowered or "both" in lowered or kind == "it")


def _side(subject: str, people: _People) -> Person:
    """The participant of "the Japanese side", by country."""
    words = ["the", "Japanese", "side"] if subject == "Japan" else subject.split()
    demonym = words[1].casefold() if len(words) > 2 else ""
    country = _DEMONYMS.get(demonym, demonym[:4])
    for person in people.doc.meeting.participants:
        if person.country and person.country.casefold().startswith(country):
            return person
    named = _DEMONYMS[demonym].title() if demonym in _DEMONYMS else (words[1] if len(words) > 2 else None)
    return Person(name=None, surname="", title=None, country=named)


def _answered(drafts: Sequence[_Draft], speaker: Person | Joint | None, units: Sequence[_Unit]) -> int | None:
    """The first statement of the turn a reply answers: the last run of another speaker's statements."""
    last = len(drafts) - 1
    while last >= 0 and drafts[last].speaker == speaker and speaker is not None:
        last -= 1
    if last < 0:
        return None
    other = drafts[last].speaker
    where = (units[drafts[last].unit].section, units[drafts[last].unit].clause)
    first = last
    while first > 0:
        before = drafts[first - 1]
        if before.speaker != other or (units[before.unit].section, units[before.unit].clause) != where:
            break
        first -= 1
    return first


def _gather(
    drafts: list[_Draft], units: Sequence[_Unit], unit_first: Sequence[tuple[Person | Joint | None, bool, bool]]
) -> None:
    """Give block and label statements the text of the paragraphs and items that follow them."""
    for draft in drafts:
        form = draft.form
        if form is _REPORTED_FORM:
            continue
        start = draft.unit
        intro = units[start]
        lines = [draft.text] if draft.text else []
        last_end = draft.span_end
        own = _JOINT_SPEAKERS if draft.speaker is None else draft.speaker
        section_level = intro.clause is None and intro.section is not None
        below = False  # "1. X made the following statements:" followed by the section's clauses
        for index in range(start + 1, len(units)):
            unit = units[index]
            speaker, reply, opens = unit_first[index]
            if unit.label or (form is _LABEL_FORM and opens):
                break  # the next speaker's label, or a block of its own
            if unit.scope != intro.scope:
                if (
                    section_level
                    and unit.scope[0] == intro.scope[0]
                    and unit.clause is not None
                    and (below or not lines)
                ):
                    below = True
                else:
                    break
            if unit.items[: len(intro.items)] != intro.items:
                break
            if form is _BLOCK_FORM and (reply or opens or (speaker is not None and speaker != own)):
                break
            lines.append(unit.line())
            if unit.end is not None:
                last_end = unit.end
        draft.text = "\n".join(lines)
        draft.span_end = last_end


def _finish(doc: Document, drafts: Sequence[_Draft], known: frozenset[Person]) -> Document:
    """The document with its statements and the notes on unresolved speakers."""
    participants = tuple(doc.meeting.participants)
    named_speakers: list[Person] = []
    if not participants and any(d.speaker is None for d in drafts):
        named_speakers = _named_speakers(doc, drafts)
    statements: list[Statement] = []
    notes: list[Diagnostic] = []
    source = doc.source
    # the line of the last note, for counting lines from there: notes come mostly in reading order
    counted_to, line = 0, 0
    messages: dict[tuple[str | None, int], str] = {}
    joints: dict[bool, Joint] = {}
    is_known: dict[int, bool] = {}  # by identity: the speakers are a few objects, each met many times
    for draft in drafts:
        speaker = draft.speaker
        if speaker is None:
            joint = joints.get(draft.joint_two)
            if joint is None:
                members = participants or tuple(named_speakers[:2] if draft.joint_two else named_speakers)
                joint = joints[draft.joint_two] = trusted_joint(members)
            speaker = joint
        start, end = draft.span_start, draft.span_end
        statements.append(
            trusted_statement(
                speaker,
                draft.verb,
                draft.text,
                None if start is None or end is None else trusted_span(start, end if end > start else start),
                draft.section,
                draft.clause,
                draft.in_response_to,
                draft.form,
                draft.subject,
            )
        )
        unknown = False
        for member in speaker.members if isinstance(speaker, Joint) else (speaker,):
            member_known = is_known.get(id(member))
            if member_known is None:
                member_known = is_known[id(member)] = member in known
            if not member_known:
                unknown = True
                break
        if not unknown:  # nor for an empty Joint: the readout names no one to resolve
            continue
        head = draft.head
        written = draft.subject or (head.subject if head is not None else None) or draft.verb
        what = 0 if isinstance(speaker, Joint) else 1 if not speaker.surname else 2
        message = messages.get((written, what))
        if message is None:
            message = messages[written, what] = _note_message(written, what)
        if start is None or not source:
            notes.append(trusted_diagnostic(0, 0, message, "", UNRESOLVED_SPEAKER, _NOTE))
            continue
        if start < counted_to:
            counted_to, line = 0, 0
        line += source.count("\n", counted_to, start)  # the 0-based line holding ``start``
        counted_to = start
        line_start = source.rfind("\n", 0, start) + 1
        line_end = source.find("\n", start)
        text = source[line_start : len(source) if line_end < 0 else line_end]
        notes.append(
            trusted_diagnostic(
                line + 1, start - line_start + 1, message, text.rstrip("\r"), UNRESOLVED_SPEAKER, _NOTE
            )
        )
    return evolved_document(doc, {"statements": tuple(statements), "warnings": (*doc.warnings, *notes)})


def _named_speakers(doc: Document, drafts: Sequence[_Draft]) -> list[Person]:
    """Who "the two leaders" are when the meeting names no participants: the people who speak,
    in the order the text first names them; else the people the lead paragraphs name."""
    # Speakers repeat as the same objects: drop repeats by identity first, then by equality (in first-seen order).
    seen: dict[int, Person] = {}
    for d in drafts:
        speaker = d.speaker
        for person in speaker.members if isinstance(speaker, Joint) else (speaker,):
            if isinstance(person, Person) and person.surname and id(person) not in seen:
                seen[id(person)] = person
    named_speakers = list(dict.fromkeys(seen.values()))
    if len(named_speakers) > 1:  # the folded source orders them; one alone needs no order
        folded = _casefolded(doc.source)
        named_speakers.sort(key=lambda p: _first_named(folded, p, len(folded)))
    if not named_speakers:
        lead = _People(doc)
        for paragraph in doc.preamble:
            text = paragraph.text
            spans: list[int] = []
            _find_mentions(text, 0, len(text), spans)
            for index in range(0, len(spans), 2):
                person = lead.named(text[spans[index] : spans[index + 1]], (0, 0))
                if person not in named_speakers:
                    named_speakers.append(person)
    return named_speakers


def _casefolded(text: str) -> str:
    """``text.casefold()``, which looks up the folding of each character: folding maps each character
    on its own, so the runs of ASCII characters are folded by ``str.lower``, which reads ASCII text a
    word at a time, and only the runs of other characters by ``str.casefold``. Those runs are found
    by ``str.find`` in the text encoded with "?" for each of their characters."""
    if text.isascii():
        return text.lower()
    marked = text.encode("ascii", "replace").decode("ascii")
    size = len(text)
    pieces: list[str] = []
    at = 0
    found = marked.find("?")
    while found >= 0:
        if ord(text[found]) < 128:  # a question mark of the text itself
            found = marked.find("?", found + 1)
            continue
        end = found + 1
        while end < size and ord(text[end]) >= 128:
            end += 1
        pieces.append(text[at:found].lower())
        pieces.append(text[found:end].casefold())
        at = end
        found = marked.find("?", end)
    pieces.append(text[at:].lower())
    return "".join(pieces)


def _first_named(source: str, person: Person, default: int) -> int:
    found = source.find(person.surname.casefold())
    return default if found < 0 else found


def _note_message(written: str | None, what: int) -> str:
    """The note on a speaker written ``written``: 0 a joint subject, 1 a mention naming no one,
    2 someone not among the document's people."""
    if what == 0:
        return f"speaker {written!r}: a joint subject whose members the meeting metadata does not name"
    if what == 1:
        return f"speaker {written!r} names no one the document names"
    return f"speaker {written!r} is not among the document's people; read from the text"


