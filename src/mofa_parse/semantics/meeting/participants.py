"""Who met whom: people assembled from mentions, their surnames, and the company of the principals.

A person is drafted from the first mention of him or her and completed by later
ones ("Prime Minister Nguyen Tan Dung", then "Prime Minister Dung"); the drafts
are frozen into ``Person`` objects once the pass has read everything.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

import attrs

from mofa_parse.model import Person
from mofa_parse.rules.countries import known_country, same_country
from mofa_parse.rules.meeting import COMPANY_BEFORE, COMPANY_NOTE, COMPANY_PRESENT
from mofa_parse.rules.people import GENERATIONAL_SUFFIXES, PARTICLES, PATRONYMIC_PARTICLES
from mofa_parse.text.mentions import Mention, find_mentions
from mofa_parse.text.surnames import split_surname, surname_key, without_article
from mofa_parse.text.tokens import fold

__all__ = [
    "Draft",
    "add",
    "company_follows",
    "company_notes",
    "company_start",
    "is_former",
    "notes_in_parentheses",
    "settle_surnames",
]

def _phrases(phrases: tuple[tuple[str, bool], ...]) -> str:
    """A group matching any of ``phrases`` as whole words, any white space between their words,
    and a capital first letter for those that may open a sentence ("Those who attended")."""
    forms = []
    for phrase, sentence_start in sorted(phrases, key=lambda entry: len(entry[0]), reverse=True):
        words = [re.escape(word) for word in phrase.split()]
        if sentence_start:
            words[0] = f"[{words[0][0].upper()}{words[0][0]}]{words[0][1:]}"
        forms.append(r"\s+".join(words))
    return r"\b(?:" + "|".join(forms) + r")\b"


#: "accompanied by", "joined by" (``rules/meeting.toml``), "Attending from the Japanese side",
#: "(Attendees: ...", "(Other attendees from the Russian side: ...": the people after it are the
#: company, not the principals.
_ACCOMPANIED = re.compile(
    _phrases(COMPANY_BEFORE)
    + r"|\b(?:[Aa]ttending|[Pp]resent|[Pp]articipating)\s+from\s+the\s+[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?\s+side\b"
    r"|\((?:[Oo]ther\s+)?(?:[Aa]ttendees|[Pp]articipants|[Aa]ttendance)"
    r"(?:\s+from\s+the\s+[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?\s+side)?\s*:"
)
#: The most words between a principal's comma and the company after it (", who was accompanied by").
_COMPANY_OPENING_WORDS = 5
#: The verbs after which the company follows the person before them: "President A was accompanied by B".
_COMPANY_VERBS = frozenset({"was", "were"})
#: "were also present" (``rules/meeting.toml``): the people of a sentence that says so are the company.
_ALSO_PRESENT = re.compile(_phrases(COMPANY_PRESENT))
#: A note in parentheses, with the parentheses inside it ("(ASEAN)"), or one the sentence does not close.
_NOTE = re.compile(r"\((?:[^()]|\([^()]*\))*(?:\)|$)")
#: A word of ``[[company_note]]`` (``rules/meeting.toml``): "attended", "present", "participants".
_NOTE_WORD = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in COMPANY_NOTE) + r")\b", re.IGNORECASE)
_FORMER = re.compile(r"\b(?:former|late|then|the\s+late)\s+$", re.I)
#: A word of a text, hyphens inside it included ("Chan-o-cha", "Jae-hyun").
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@attrs.define
class Draft:
    """A person being assembled from several mentions."""

    name: str | None
    surname: str
    title: str | None
    country: str | None

    @classmethod
    def of(cls, mention: Mention) -> Draft:
        assert mention.surname is not None
        return cls(mention.name, mention.surname, mention.title, mention.country)

    def matches(self, mention: Mention) -> bool:
        """Whether ``mention`` names this person, in no other country: the same full name, the same surname, or one
        word of the full name of one of them written alone by the other ("President Megawati
        Soekarnoputri" and a later "President Megawati"; "Prime Minister Nguyen Tan Dung" and
        "Prime Minister Dung")."""
        assert mention.surname is not None
        if mention.country and self.country and not same_country(mention.country, self.country):
            return False
        if self.name and mention.name and fold(self.name).split() == fold(mention.name).split():
            return True  # one full name, one person, whichever word each reading took as the surname (and
            # whether its accents were written: "Angel Lossada" and "Ángel Lossada")
        if surname_key(self.surname) == surname_key(mention.surname):
            # "El-Masry" and "Al-Masry" too; not two full names of one family ("Faisal bin Turki Al Saud"
            # and "Sultan bin Khalid Al Saud")
            return not _other_full_names(self.name, mention.name)
        if self.name and mention.name and len(mention.name.split()) == 1:
            return surname_key(mention.name) in _name_words(self.name)
        if mention.name and (self.name is None or len(self.name.split()) == 1):
            return self.surname.casefold() in _name_words(mention.name)
        return False

    def absorb(self, mention: Mention) -> None:
        """Complete the draft with what ``mention`` says: a fuller name, a title, a country."""
        if mention.name and (self.name is None or len(mention.name.split()) > len(self.name.split())):
            self.name = mention.name
            self.surname = split_surname(mention.name, self.country or mention.country)
        if mention.title and (self.title is None or _fuller_title(self.title, mention.title)):
            self.title = mention.title
        if self.country is None and mention.country:
            self.country = mention.country

    def freeze(self) -> Person:
        name = self.name
        if name is not None and name.casefold() == self.surname.casefold():
            name = None
        return Person(name=name, surname=self.surname, title=self.title, country=self.country)


def _other_full_names(name: str | None, other: str | None) -> bool:
    """Whether two names of two words or more are of two people: neither holds all the words of the
    other ("Vladimir Putin" and "Vladimir Vladimirovich Putin" are one person's, and so are "SUGA
    Yoshihide" and "Yoshihide Suga")."""
    if name is None or other is None or len(name.split()) < 2 or len(other.split()) < 2:
        return False
    words, others = set(_name_words(name)), set(_name_words(other))
    return not (words <= others or others <= words)


def _fuller_title(title: str, other: str) -> bool:
    """Whether ``other`` is a fuller form of a one-word ``title``: "Minister" and "Minister for
    Foreign Affairs" ("Minister OGAWA" in the lead, his full office in another sentence)."""
    return " " not in title and " " in other and title in other.split()


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a personal name in lower case, without particles, initials and commas; a word
    joined to a particle by a hyphen also without it ("El-Sisi" gives "el-sisi" and "sisi"), and a
    surname of two capitalised parts joined by a hyphen also by its second part, as later mentions
    call the person ("Macapagal-Arroyo" gives "macapagal-arroyo" and "arroyo": "President Arroyo";
    not "Jae-hyun" nor "Chan-o-cha", whose parts after the hyphen are in small letters). Not a
    parent's name after a patronymic particle ("Salman" of "Mohammed bin Salman", whom "King Salman"
    is not). Remembered: a document compares the same few names again and again."""
    words = name.replace(",", " ").split()
    found: list[str] = []
    for k, word in enumerate(words):
        if word in PARTICLES or (len(word) == 2 and word.endswith(".")):
            continue
        if k > 0 and words[k - 1] in PATRONYMIC_PARTICLES:
            continue  # "Salman" of "Mohammed bin Salman": a parent's name
        found.append(word.casefold())
        bare = without_article(word)
        first, hyphen, second = word.partition("-")
        if bare != word:
            found.append(bare.casefold())
        elif hyphen and first[:1].isupper() and second[:1].isupper():
            found.append(second.casefold())
    return tuple(found)


def _as_in_name(word: str, words: Sequence[str]) -> str:
    """The lower-case ``word`` of a mention as :func:`_name_words` has it in a name: itself, or the
    word of the name it writes with another form of the article ("el-masry" for "al-masry")."""
    if word in words:
        return word
    key = surname_key(word)
    return next((written for written in words if "-" in written and surname_key(written) == key), key)


def _written(name: str, word: str) -> str:
    """How the lower-case ``word`` of :func:`_name_words` (or words of ``name``: "ruiz moreno",
    "de icaza") is written in ``name``."""
    words = name.replace(",", " ").split()
    size = len(word.split())
    if size > 1:
        runs = (" ".join(words[k : k + size]) for k in range(len(words) - size, -1, -1))
        return next((run for run in runs if run.casefold() == word), word)
    for written in words:
        if written.casefold() == word:
            return written
        rest = written.partition("-")[2]
        if rest.casefold() == word:
            return rest
    return word


def settle_surnames(
    drafts: Sequence[Draft],
    read: Iterable[Sequence[Mention]],
    texts: Iterable[str],
    lead: Collection[str] = (),
) -> None:
    """Make each surname the word that the document's own later mentions use.

    A person named in full ("President Megawati Soekarnoputri", "Secretary Marcelo Ebrard
    Casaubón", "Prime Minister Nguyen Tan Dung") is often called later by one word of that
    name ("President Megawati", "Secretary Ebrard", "Prime Minister Dung"), which is not
    always the word the name-order rules pick. The mentions already ``read`` (the title's and
    the lead's) and those of the ``texts`` that hold another word of a full name than its
    surname vote: a mention that gives one word of one person's full name votes for it (one
    that gives its first words, "Sultan Hassanal Rahman", for the last of them), and
    that word replaces the surname when it has more votes than the surname. A name of two
    words that the body's later "title + name" mentions (those of the ``texts`` that are no
    paragraph of the ``lead``) write whole, and no mention by one word ("Samdech Prime Minister Hok Sambath", then
    "Prime Minister Hok Sambath"), is what mentions use: the surname is the two words (not for
    a name whose capitals mark the surname, "KISHIDA Fumio"). Without such
    mentions the name-order rules stand, those of a country the person was given after the
    name was read (Japan's principal, a country of the title's pair) included.
    """
    for draft in drafts:
        if draft.name and draft.country:
            draft.surname = split_surname(draft.name, draft.country)
    named = [(draft, _name_words(draft.name)) for draft in drafts if draft.name and len(draft.name.split()) > 1]
    if not named:
        return
    votes: dict[int, Counter[str]] = {id(draft): Counter() for draft, _ in named}
    whole: Counter[int] = Counter()  # the later mentions that write a name of two words whole
    others = {word for draft, words in named for word in words if word != draft.surname.casefold()}

    def vote(mentions: Iterable[Mention], later: str | None = None) -> None:
        for mention in mentions:
            if mention.name is None:
                continue
            written = mention.name.casefold().split()
            if later is not None and len(written) == 2 and _title_first(later, mention):
                owners = [draft for draft, _ in named if (draft.name or "").casefold().split() == written]
                if len(owners) == 1:
                    whole[id(owners[0])] += 1
                    continue
            if len(written) == 1:
                owners = [draft for draft, words in named if surname_key(written[0]) in words]
                if len(owners) == 1:
                    votes[id(owners[0])][_as_in_name(written[0], _name_words(owners[0].name or ""))] += 1
                continue
            # "President Ruiz Moreno": the last words of a longer name, a surname of two words
            owners = [draft for draft, _ in named if _ends_longer_name(written, draft.name)]
            if len(owners) == 1:
                votes[id(owners[0])][" ".join(written)] += 1
                continue
            # "Sultan Hassanal Rahman": the first words of a longer name, the last of them; "King Abdullah
            # II": the name its regnal number follows
            owners = [draft for draft, _ in named if _starts_longer_name(written, draft.name)]
            if len(owners) == 1:
                numbered = written[-1] in GENERATIONAL_SUFFIXES
                if any(word in PATRONYMIC_PARTICLES for word in written):
                    votes[id(owners[0])][" ".join(written)] += 1  # "Crown Prince Mohammed bin Salman"
                else:
                    votes[id(owners[0])][written[-2] if numbered else written[-1]] += 1
                continue
            # "Secretary de Icaza": a first surname with its particle inside a longer name
            owners = [draft for draft, _ in named if _particle_surname_inside(written, draft.name)]
            if len(owners) == 1:
                votes[id(owners[0])][" ".join(written)] += 1

    read = [list(mentions) for mentions in read]
    for mentions in read:
        vote(mentions)
    lead_texts = set(lead)
    passed: list[tuple[str, list[str]]] = []  # the texts without another word of a full name
    for text in texts:
        words = _WORD.findall(text.casefold())
        if others.isdisjoint(words):
            passed.append((text, words))  # no other word of a full name here: nothing to decide
            continue
        vote(find_mentions(text), later=text if text not in lead_texts else None)
    for draft, _ in named:
        if whole[id(draft)] and not votes[id(draft)]:
            # a name written whole later, perhaps also called by its surname alone ("Prime Minister
            # Koizumi" against "Prime Minister Junichiro Koizumi"): those mentions vote too
            key = draft.surname.casefold()
            for text, words in passed:
                if key in words:
                    vote(find_mentions(text))
    for draft, _ in named:
        tally = votes[id(draft)]
        if not tally:
            if whole[id(draft)] > _first_in_body(draft, read):
                _name_is_surname(draft)
            continue
        # most mentions win; of as many, the shorter: "Secretary General Ramírez" against a title's
        # "Secretary General Ramírez Castro"
        best, count = max(tally.items(), key=lambda vote: (vote[1], -len(vote[0].split())))
        if best != draft.surname.casefold() and count > tally[draft.surname.casefold()]:
            assert draft.name is not None
            written = _written(draft.name, best)
            draft.surname = written.capitalize() if written.isupper() else written


def _first_in_body(draft: Draft, read: Sequence[Sequence[Mention]]) -> int:
    """How many of the body's mentions of ``draft`` are its first, not a later one: none when the
    title or the lead names it, else one (a principal read from the body)."""
    return 0 if any(m.surname is not None and draft.matches(m) for mentions in read for m in mentions) else 1


def _title_first(text: str, mention: Mention) -> bool:
    """Whether ``mention`` of ``text`` is a title and a name, the title first ("Prime Minister Hok
    Sambath"; not "Mr. Hok Sambath, Prime Minister of ...", which introduces a person)."""
    written = text[mention.start : mention.end].removeprefix("the ").removeprefix("The ")
    return mention.title is not None and written.startswith(mention.title)


def _name_is_surname(draft: Draft) -> None:
    """Make the two words of ``draft``'s name its surname, unless capitals mark one of them ("KISHIDA
    Fumio") or the name is Japanese, whose surname its order tells ("Foreign Minister Yoriko
    Kawaguchi" written whole again is still Kawaguchi)."""
    assert draft.name is not None
    if same_country(draft.country, "Japan"):
        return
    if not any(len(word) > 1 and word.isupper() for word in draft.name.split()):
        draft.surname = draft.name


def _ends_longer_name(written: list[str], name: str | None) -> bool:
    """Whether the words ``written`` (in lower case, more than one) are the last words of the longer
    ``name``, particles aside ("Ruiz Moreno" of "Carlos Ruiz Moreno", "Al Harthy" of "Faisal bin Hamad
    Al Harthy"; not "von der Leyen", whose particle, written in small letters, makes it one surname)."""
    as_written = (name or "").split()
    words = [word.casefold() for word in as_written]
    return (
        1 < len(written) < len(words)
        and words[-len(written) :] == written
        and as_written[-len(written)] not in PARTICLES
    )


def _particle_surname_inside(written: list[str], name: str | None) -> bool:
    """Whether the words ``written`` (in lower case) are a surname that starts with a particle written
    in small letters, inside the longer ``name`` between given names and a second surname ("de Icaza"
    of "Carlos de Icaza González")."""
    as_written = (name or "").split()
    words = [word.casefold() for word in as_written]
    size = len(written)
    return size > 1 and any(
        as_written[k] in PARTICLES and words[k : k + size] == written for k in range(1, len(words) - size)
    )


def _starts_longer_name(written: list[str], name: str | None) -> bool:
    """Whether the words ``written`` (in lower case) are the first words of the longer ``name``."""
    words = (name or "").casefold().split()
    return len(words) > len(written) and words[: len(written)] == written


def add(drafts: list[Draft], mention: Mention) -> Draft:
    """The draft ``mention`` names, completed by it, or a new one added to ``drafts``."""
    for draft in drafts:
        if draft.matches(mention):
            draft.absorb(mention)
            return draft
    draft = Draft.of(mention)
    drafts.append(draft)
    return draft


def company_start(sentence: str, position: int = 0) -> int | None:
    """Where "accompanied by" (or the like) ends in ``sentence``, from ``position`` on: the company
    follows."""
    match = _ACCOMPANIED.search(sentence, position)
    return match.end() if match else None


def notes_in_parentheses(text: str) -> list[re.Match[str]]:
    """The notes in parentheses of ``text``, with the parentheses inside them ("(ASEAN)"); the last
    runs to the end of the text when the text does not close it."""
    return list(_NOTE.finditer(text))


def company_notes(sentence: str) -> list[tuple[int, int]]:
    """Where each note of the company in ``sentence`` starts and ends: a note in parentheses that
    holds a word of ``[[company_note]]`` ("(Japanese officials also in attendance included A, ...)",
    "(From Japan A, B and others attended, and from China C ...)", "(participants from the Chinese
    side: C, D)"), from its opening parenthesis to its closing one, or to the end of a sentence that
    does not close it. Everyone it names accompanies the principals, inside the sentence that reports
    the meeting too."""
    return [
        (note.start(), note.end())
        for note in notes_in_parentheses(sentence)
        if _NOTE_WORD.search(note[0]) or _opens_with_a_side(note[0])
    ]


#: The words that open a note of the company by a side: "(Japan: A, B etc. The U.S.: C, D etc.)".
_SIDE_OPENING = re.compile(r"\(\s*(?P<side>[^():;,]{2,40}?)\s*:")


def _opens_with_a_side(note: str) -> bool:
    """Whether a note in parentheses opens with a country and a colon, the side whose people follow
    ("(Japan: Foreign Minister A, Deputy Chief Cabinet Secretary B etc. The U.S.: Secretary C ...)")."""
    opening = _SIDE_OPENING.match(note)
    return opening is not None and known_country(opening["side"].removeprefix("the ").removeprefix("The "))


def company_follows(sentence: str, end: int, company: int) -> bool:
    """Whether the company that starts at ``company`` follows the words that end at ``end`` and no
    others ("President A of X, accompanied by B", "President A was accompanied by B"): a comma or "was"
    ("were"), then only the few words that open it. A company in parentheses ("President A of X, in
    Lima (attended by B, ...)") names the meeting's company, not that person's."""
    if sentence.startswith("(", company):
        return False  # a note of the company in parentheses
    between = sentence[end:company].strip()
    opens = between.startswith(",") or between.split(" ", 1)[0] in _COMPANY_VERBS
    same_clause = "," not in between[1:] and "(" not in between
    return opens and same_clause and len(between.split()) <= _COMPANY_OPENING_WORDS


def says_also_present(sentence: str) -> bool:
    """Whether ``sentence`` says that the people it names "were also present"."""
    return _ALSO_PRESENT.search(sentence) is not None


def is_former(text: str, mention: Mention) -> bool:
    """Whether ``mention`` names a former office holder ("former Prime Minister ...")."""
    return _FORMER.search(text[max(0, mention.start - 12) : mention.start]) is not None
