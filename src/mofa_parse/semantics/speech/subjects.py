"""Finding the subject of a reporting verb: who "stated" in "In response, President X also stated ...".

The word before the verb (adverbs aside) decides first whether a subject can
end there at all ("and stated", "that he said": no name ends in "and") and how
far back it may begin; then, from the first place a subject can begin (a
capitalised word, "the", "both", "he", "she" that can open one), each kind of
subject is read whole up to the places it may end before the verb (after an
optional parenthesis and adverbs); named people and bare titles by the mention
reader every pass shares (``text.mentions``). A subject must open
a clause: not "that he ...", nor "by President X". A surname alone ("Lavrov
stated") is a subject when it is one of the document's people's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from mofa_parse.model import Document
from mofa_parse.rules.countries import DEMONYMS
from mofa_parse.rules.verbs import WHOLE_ADVERB_PHRASES
from mofa_parse.semantics.speech.language import (
    ADV,
    ADVERBS,
    CAP,
    FIRST_WORDS,
    KIND_RES,
    SUBJECT_ENDINGS,
    TITLE_OR_MR_WORDS,
    WHOLE_ADVERB_END,
    is_list,
    subject_end,
    subject_kinds,
    words,
)
from mofa_parse.text.subject_mentions import is_nationality

__all__ = ["Subject", "Subjects", "boundary_ok", "subject_kind"]

#: Words between a subject and its verb: ", who also attended the meeting," or "(Russia)".
_PAREN = r"\s*,\s*[^,;]{1,160}?\s*,|\s+\([^()]{1,160}\)"
#: What follows a subject up to its verb: an optional parenthesis, adverbs.
_TO_VERB = rf"(?P<paren>{_PAREN})?\s+(?:{ADV}\s+){{0,3}}\Z"
#: The places a subject may end before its verb (the end of the text read): what follows
#: there up to the verb is ``_TO_VERB``.
_ENDS_BEFORE_VERB = re.compile(rf"(?=[\s,])(?<=\S)(?={_TO_VERB})")
#: The places a subject that opens a sentence may end: a word of small letters follows it
#: (after an optional parenthesis and adverbs).
_ENDS_BEFORE_WORD = re.compile(rf"(?=[\s,])(?<=\S)(?=(?P<paren>{_PAREN})?\s+(?:{ADV}\s+){{0,3}}[a-z]{{2,}}\b)")
#: A place where a subject may begin: a capital, or "the", "both", "he", "she", "they", "this", "that".
_STARTER = r"\b(?=[A-ZÀ-ÖØ-Þ]|(?:the|both|he|she|they|this|that)\b)"
_STARTER_RE = re.compile(_STARTER)
#: Characters of ``FIRST_WORDS`` besides letters, digits, "." and "-": the apostrophe of "President's".
_JOINERS = "".join(sorted({char for word in FIRST_WORDS for char in word if not re.fullmatch(r"[\w.-]", char)}))
#: One of ``_JOINERS`` inside a word read at a starter.
_JOINER = re.compile(f"[{re.escape(_JOINERS)}]")
#: The longest of ``FIRST_WORDS``: a word at a starter is read no further than one character past it,
#: so that a run such as "A-A-A-..." is not read again from each of its capitals.
_LONGEST = max(map(len, FIRST_WORDS))
#: A starter and the word there, with any joiners inside it ("President's").
_STARTER_WORD = re.compile(rf"{_STARTER}(?=(?P<word>[\w.{re.escape(_JOINERS)}-]{{1,{_LONGEST + 1}}}))")
#: The first words of the country adjectives written as two ("Saudi" of "Saudi Arabian").
_NATIONALITY_FIRST_WORDS = frozenset(word.split()[0] for word in DEMONYMS if " " in word)


def _can_open(word: str) -> bool:
    """Whether ``word``, read at a starter, is or begins with one of ``FIRST_WORDS`` or a country
    adjective ("Russian" of "Russian President Putin") that ends a word there: the whole word
    (unless it was cut at ``_LONGEST + 1`` characters) or its part before an apostrophe
    ("President's")."""
    if len(word) <= _LONGEST and _opens(word):
        return True
    return any(_opens(word[: joiner.start()]) for joiner in _JOINER.finditer(word))


def _opens(word: str) -> bool:
    return word in FIRST_WORDS or word in _NATIONALITY_FIRST_WORDS or is_nationality(word)


def _openers(masked: str, start: int, end: int) -> Iterator[int]:
    """The places between ``start`` and ``end`` where a subject can open, in order."""
    for starter in _STARTER_WORD.finditer(masked, start, end):
        place = starter.start()
        if _can_open(starter["word"]):
            yield place


#: The last words of the phrases ``WHOLE_ADVERB_END`` reads ("part" of "for his part"): a text that ends
#: in none of them ends in no such phrase.
_WHOLE_ADVERB_LAST_WORDS = tuple(sorted({" " + phrase.split()[-1] for phrase in WHOLE_ADVERB_PHRASES}))
_IT_WAS = re.compile(rf"(?P<subj>It)\s+was\s+(?:{ADV}\s+){{0,2}}\Z")
_CAPS_BEFORE_VERB = re.compile(rf"(?P<subj>{CAP}(?:\s+{CAP}){{0,2}})\s+(?:{ADV}\s+){{0,3}}\Z")

#: Words after which a subject does not open a clause: "that he", "by President X", "of the two".
_BLOCKING_WORDS = words(
    "that if whether because since as by to of for with from than whom who when where how what why about "
    "on upon at in into towards toward against between among including regarding concerning like unlike "
    "before after the a an his her their its our my your which whose"
)
#: ... unless they open a reply: "After that, President X stated", "In response, ...".
_INTRO_PAIRS = re.compile(
    r"\b(?i:after|following|besides|beyond|upon|to)\s+(?:that|this|which)\Z|\b[Ii]n\s+(?:response|reply)\Z",
)
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*\Z")


@attrs.frozen
class Subject:
    """A subject as written: its kind ("named", "bare", "joint", "side", "pron", "list", "it"),
    where it begins, its text, and the parenthesis between it and the verb (", who ...,")."""

    kind: str
    start: int
    text: str
    paren: str = ""


def subject_kind(subject: str) -> str:
    """What a subject is: "list", "named", "bare", "joint", "side" or "pron" (``KIND_RES``)."""
    if "and" in subject and is_list(subject):
        return "list"  # a list ends in "and <name>"
    for kind, reads in KIND_RES:
        if reads(subject, 0, len(subject)):
            return kind
    return "named"


def boundary_ok(masked: str, start: int, lo: int) -> bool:
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
        return word.group(1).casefold() not in TITLE_OR_MR_WORDS
    if word.group(1).casefold() not in _BLOCKING_WORDS:
        return True
    return _INTRO_PAIRS.search(prefix) is not None


def _last_token(masked: str, lo: int, end: int) -> tuple[str, int]:
    """The word (or comma) before ``end`` and where it begins, adverbs ("also", "strongly",
    "once again", "for his part") skipped."""
    for _ in range(4):
        stripped = masked[lo:end].rstrip()
        if not stripped:
            return "", lo
        last = stripped[-1]
        if last in ",)":
            return ",", lo + len(stripped) - 1  # "President X (Russia) stated": a parenthesis, like commas
        whole = WHOLE_ADVERB_END.search(stripped) if stripped.endswith(_WHOLE_ADVERB_LAST_WORDS) else None
        if whole is not None:
            end = lo + whole.start()  # "President X for his part stated"
            continue
        cut = max(stripped.rfind(" "), stripped.rfind("\t"), stripped.rfind(","))
        word = stripped[cut + 1 :]
        if word in ADVERBS or (word.endswith("ly") and word.islower() and 4 <= len(word) <= 17):
            end = lo + cut + 1
            continue
        return word, lo + cut + 1
    return "", lo


class Subjects:
    """Reads the subjects of one document's verbs; knows the document's surnames and the kind
    of each subject text met (which recur: "He", "The two leaders")."""

    def __init__(self, doc: Document) -> None:
        names: set[str] = set()
        for person in (*doc.people, *doc.meeting.participants, *doc.meeting.accompanied_by):
            names.add(person.surname)
            if person.name:
                names.add(person.name.split()[-1])
        self.surnames = frozenset(name for name in names if name)
        self._kinds: dict[str, str] = {}

    def kind(self, subject: str) -> str:
        """``subject_kind``, once per subject text in the document."""
        kind = self._kinds.get(subject)
        if kind is None:
            kind = self._kinds[subject] = subject_kind(subject)
        return kind

    def before_verb(self, masked: str, lo: int, verb_start: int) -> Subject | None:
        """The subject right before a verb at ``verb_start`` in a sentence that begins at ``lo``.

        It reads at most the 260 characters before the verb (the 40 before a
        subject to tell whether it opens a clause), and none before ``lo``.
        """
        token, token_start = _last_token(masked, max(lo, verb_start - 70), verb_start)
        if not token:
            return None
        if token == "was":
            start = masked.rfind("It", max(lo, token_start - 4), token_start)
            if start >= 0 and _IT_WAS.match(masked, start, verb_start) and boundary_ok(masked, start, lo):
                return Subject("it", start, "It")
            return None
        if token == ",":
            reach = 260  # "President X, who also attended the meeting, stated"
        elif token[0].isupper() or token.casefold() in SUBJECT_ENDINGS:
            reach = 130
        else:
            return None
        window_start = max(lo, verb_start - reach)
        found = _first_subject(masked, lo, window_start, verb_start, _ENDS_BEFORE_VERB)
        if found is not None:
            start, place = found
            text = masked[start : place.start()]
            return Subject(self.kind(text), start, text, place["paren"] or "")
        if token in self.surnames:
            return self._surname(masked, lo, window_start, verb_start)
        return None

    def _surname(self, masked: str, lo: int, window_start: int, verb_start: int) -> Subject | None:
        """A subject ending in a surname of the document's people ("Lavrov stated"): from the last
        four places between ``window_start`` and the verb where a subject may begin."""
        every = [m.start() for m in _STARTER_RE.finditer(masked, window_start, verb_start)]
        for start in every[-4:]:
            caps = _CAPS_BEFORE_VERB.match(masked, start, verb_start)
            if caps is not None and boundary_ok(masked, start, lo):
                return Subject("named", start, caps["subj"])
        return None

    def opening(self, masked: str, lo: int, end: int) -> Subject | None:
        """The subject that opens the sentence at ``lo``, followed by any verb: the first place
        within the sentence's first 120 characters (or the first after them) where one can begin."""
        found = _first_subject(masked, lo, lo, end, _ENDS_BEFORE_WORD, give_up_after=120)
        if found is None:
            return None
        start, place = found
        text = masked[start : place.start()]
        return Subject(self.kind(text), start, text)


def _first_subject(
    masked: str, lo: int, start: int, end: int, ends_by: re.Pattern[str], give_up_after: int | None = None
) -> tuple[int, re.Match[str]] | None:
    """The first subject between ``start`` and ``end`` that opens a clause of the sentence at ``lo``
    and ends at a place ``ends_by`` finds (``subject_end``): where it begins, and the place where it
    ends (whose ``paren`` is what stands between it and its verb). With ``give_up_after``, no subject
    is looked for that begins further into the sentence than that (the first place after it is
    still tried)."""
    places = list(ends_by.finditer(masked, start, end))
    if not places:
        return None
    places.reverse()
    ends = [place.start() for place in places]
    kinds = subject_kinds(masked, start, ends[0])
    for opener in _openers(masked, start, end):
        stop = subject_end(masked, opener, ends, kinds)
        if stop is not None and boundary_ok(masked, opener, lo):
            return opener, places[ends.index(stop)]
        if give_up_after is not None and opener - lo > give_up_after:
            break
    return None
