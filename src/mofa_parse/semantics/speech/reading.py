"""The speech pass: the body read paragraph by paragraph, in document order.

Each paragraph is masked (quotations) and searched once for reporting verbs; a
paragraph with none, and without "follow" (as in "the following"), holds no
statement and is kept only for the names it mentions. The others are split
into sentences up to their last verb or "follow", and each such sentence gives
its drafts (``drafts.sentence_drafts``), whose speakers are resolved as they
come (``speakers.People``), so that "he" and "the Prime Minister" name who was
last named. A paragraph that holds only a speaker ("President Hu", "President
Hu: ...") is a speaker label. Blocks and labels take the paragraphs below
them as those are read (``blocks.Gathering``), so that no paragraph is kept
once read, and the statements are then built (``statements.finish``).
"""

from __future__ import annotations

from mofa_parse.model import Document, Joint, Person, StatementForm
from mofa_parse.semantics.speech.blocks import JOINT_SPEAKERS, Gathering, Opening, answered
from mofa_parse.semantics.speech.content import content_span, mask
from mofa_parse.semantics.speech.drafts import Draft, sentence_drafts
from mofa_parse.semantics.speech.language import is_bare, is_named, joint_size, mentions
from mofa_parse.semantics.speech.speakers import People, Place
from mofa_parse.semantics.speech.statements import finish
from mofa_parse.semantics.speech.subjects import Subjects
from mofa_parse.semantics.speech.units import Unit, units
from mofa_parse.semantics.speech.verbs import find_verbs
from mofa_parse.text.alike import Alike
from mofa_parse.text.sentences import sentence_spans

__all__ = ["apply"]

#: How a paragraph without a statement opens: no speaker, no reply, no block.
_NO_OPENING = Opening()
#: How far into a sentence that reports nothing its subject's name is looked for: a name and title
#: run to some 80 characters ("His Excellency Mr. A, Minister for Foreign Affairs of the Republic of B").
_SUBJECT_REACH = 100
#: What makes a name a possessive: "President A's visit".
_POSSESSIVE = ("'s", "\u2019s")


def _label(text: str) -> tuple[str, str | None] | None:
    """(speaker, remarks on the same line or None) of a paragraph that is a speaker label
    ("President Hu", "President Hu: ..."); None for any other paragraph.

    A label is a name alone, or a name or bare title before the first colon with remarks
    on one line after it ("The Prime Minister: ..."); no name or title holds a colon.
    """
    colon = text.find(":")
    if colon < 0:
        subject = text.rstrip()
        return (subject, None) if is_named(subject) else None
    subject, rest = text[:colon].rstrip(), text[colon + 1 :].lstrip()
    if not rest or "\n" in rest:
        return None
    if is_named(subject) or is_bare(subject, alone=False):
        return subject, rest
    return None


def _may_be_label(text: str, has_verbs: bool) -> bool:
    """Whether a paragraph can be a speaker label: short or with a colon early, opening as a name
    or title opens, and without a reporting verb unless remarks follow a colon."""
    return (
        (len(text) <= 80 or ":" in text[:80])
        and ("A" <= text[:1] <= "Z" or text[:1] == "t")
        and (not has_verbs or ":" in text)
    )


class _Reader:
    """The state of the pass over one document. ``alike`` shares the subjects and verbs written
    alike, one string for the many statements of "He stated", as the drafts are kept."""

    def __init__(self, doc: Document, alike: Alike) -> None:
        self.alike = alike
        self.subjects = Subjects(doc)
        self.people = People(doc)
        self.drafts: list[Draft] = []
        self.gatherings: list[Gathering] = []  # the block and label statements still taking paragraphs
        self.last_joint: Joint | None = None
        #: How many people "they" names when no list of names came before it: as many as the last
        #: joint subject's number word says ("The three leaders ... However, they ..."), else two.
        self.they_size = 2

    def take(self, index: int, unit: Unit) -> None:
        """Read the next paragraph, give it to the statements above that take it, and let those it
        opens take the paragraphs after it."""
        first = len(self.drafts)
        opening = self.read(index, unit)
        self.gatherings = [gathering for gathering in self.gatherings if gathering.take(unit, opening)]
        for draft in self.drafts[first:]:
            if draft.form is not StatementForm.REPORTED:
                self.gatherings.append(Gathering.of(draft, unit))

    def read(self, index: int, unit: Unit) -> Opening:
        """Read the drafts of one paragraph, and say how it opens."""
        text = unit.text
        masked = mask(text)
        verbs = find_verbs(masked)
        label = _label(text) if not unit.label and _may_be_label(text, bool(verbs)) else None
        if unit.label or label is not None:
            self.people.texts.append(text)
            return self._label(index, unit, label)
        self.people.texts.append(masked)
        last_follow = masked.rfind("follow")
        opening = _NO_OPENING
        if not verbs and last_follow < 0:
            return opening
        spans = sentence_spans(masked, max(verbs[-1].start if verbs else -1, last_follow))
        next_verb = 0  # the first verb not yet in a sentence
        for number, (lo, hi) in enumerate(spans):
            if next_verb == len(verbs) and last_follow < lo:
                break  # no verb and no "follow" left: nothing more to find
            upto = next_verb
            while upto < len(verbs) and verbs[upto].start < hi:
                upto += 1
            in_sentence = verbs[next_verb:upto]
            next_verb = upto
            follows = last_follow >= lo and masked.find("follow", lo, hi) >= 0
            if not in_sentence and not follows:
                self._opening_name(index, masked, lo, hi)
                continue
            drafts = sentence_drafts(self.subjects, text, masked, lo, hi, in_sentence, follows)
            if not drafts:
                self._opening_name(index, masked, lo, hi)
            for draft in drafts:
                self._place(draft, index, unit, masked, lo, hi)
                if number == 0 and opening.speaker is None and draft.kind != "coord":
                    speaker = JOINT_SPEAKERS if draft.speaker is None else draft.speaker
                    opening = Opening(speaker, draft.reply, draft.form is not StatementForm.REPORTED)
        return opening

    def _opening_name(self, index: int, masked: str, lo: int, hi: int) -> None:
        """A sentence that reports nothing but opens with a person's name ("Minister A started the
        talk with a few words on ...") makes that person the one "he" or "she" names next, as the
        subject of the sentence before: "He then expressed ...". Only the sentence's first words are
        looked at, as a subject stands there; a name there with "'s" is no subject ("President A's
        visit was ...")."""
        start = lo + len(masked[lo:hi]) - len(masked[lo:hi].lstrip())
        found = mentions(masked, start, min(hi, start + _SUBJECT_REACH))
        if found and found[0][0] == start and not masked.startswith(_POSSESSIVE, found[0][1]):
            person = self.people.named(masked[found[0][0] : found[0][1]], (index, start))
            if person.surname:
                self.people.spoke(person)

    def _label(self, index: int, unit: Unit, label: tuple[str, str | None] | None) -> Opening:
        """A speaker label: the paragraphs below it are the speaker's, and so is any text after a colon."""
        text = unit.text
        subject = text.rstrip(":").strip() if label is None else label[0]
        where = (index, 0)
        bare = self.subjects.kind(subject) == "bare"
        speaker = self.people.bare(subject, where) if bare else self.people.named(subject, where)
        if speaker.surname:
            self.people.spoke(speaker)
        draft = Draft(StatementForm.LABEL, "label", self.alike(subject), 0, "", len(text), len(text), False)
        draft.speaker = speaker
        draft.span_start, draft.span_end = unit.base, unit.end
        draft.text = label[1] if label is not None and label[1] else ""
        draft.section, draft.clause = unit.section, unit.clause
        self.drafts.append(draft)
        return Opening(speaker, False, True)

    def _place(self, draft: Draft, index: int, unit: Unit, masked: str, lo: int, hi: int) -> None:
        """Resolve a draft's speaker, find its content and span, link a reply, and keep it."""
        place = (index, draft.start)
        if draft.kind == "coord":
            head = draft.head
            speaker, size = (None, None) if head is None else (head.speaker, head.joint_size)
        else:
            speaker, size = self._speaker(draft, place)
        if isinstance(speaker, Person):
            if speaker.surname:
                self.people.spoke(speaker)
        elif isinstance(speaker, Joint):
            self.last_joint = speaker
        elif draft.kind == "joint" and size is not None:
            self.they_size = size
        text = unit.text
        start = draft.start
        if draft.form is StatementForm.REPORTED:
            c_start, c_end = content_span(text, draft.content_start, draft.content_end)
            end = c_end
            if c_start == c_end and masked[draft.content_start : hi].rstrip().endswith(":"):
                # "President X stated:" with the remarks below: block speech
                draft.form = StatementForm.BLOCK
                end = draft.content_end
            elif c_start == c_end and draft.kind != "coord" and masked[lo:start].rstrip().endswith(","):
                # what was said comes first: "..., President X said."
                c_start, c_end = content_span(text, lo, start)
                start, end = c_start, draft.content_start
            draft.text = text[c_start:c_end]
        else:
            draft.text = draft.inline or ""
            end = draft.content_end
        draft.speaker = speaker
        draft.joint_size = size
        draft.verb = self.alike(draft.verb)
        if draft.subject is not None:
            draft.subject = self.alike(draft.subject)
        if unit.base is not None:
            draft.span_start, draft.span_end = unit.base + start, unit.base + end
        draft.section, draft.clause = unit.section, unit.clause
        if draft.reply:
            if draft.head is not None:
                draft.in_response_to = draft.head.in_response_to
            else:
                draft.in_response_to = answered(self.drafts, speaker)
        self.drafts.append(draft)

    def _speaker(self, draft: Draft, place: Place) -> tuple[Person | Joint | None, int | None]:
        """The speaker of a statement that is not coordinated, and how many a joint subject names
        ("the two ...": 2, "the three ...": 3, ``joint_size``); None for a joint subject, whose
        members are filled in at the end."""
        subject = draft.subject or ""
        kind = draft.kind
        if kind == "named":
            return self.people.named(subject, place), None
        if kind == "list":
            return self.people.members(subject, place), None
        if kind == "bare":
            return self.people.bare(subject, place), None
        if kind == "side":
            return self.people.side(subject), None
        if kind == "pron":
            if subject.casefold() == "they":  # "..., and they shared the view that ..."
                return self.last_joint, self.they_size if self.last_joint is None else None
            chosen = self.people.pronoun(subject.casefold())
            return (chosen if chosen is not None else Person(name=None, surname="", title=None)), None
        # joint subjects and "It was agreed": the participants, filled in at the end
        return None, 2 if kind == "it" else joint_size(subject)


def apply(doc: Document) -> Document:
    """Fill ``doc.statements`` from the body, with a note for every speaker not among ``doc.people``."""
    alike = Alike()  # the strings written alike in this document's statements and notes, once each
    drafts = _drafts(doc, alike)
    return doc if drafts is None else finish(doc, drafts, alike)


def _drafts(doc: Document, alike: Alike) -> list[Draft] | None:
    """The drafts of the body's statements, blocks and labels given their text; None for a body
    without paragraphs. The paragraphs are read one at a time and not kept, and what the reader
    kept to read them (the names seen) is let go of here, before the statements are built."""
    reader = _Reader(doc, alike)
    read = 0
    for index, unit in enumerate(units(doc)):
        reader.take(index, unit)
        read += 1
    if not read:
        return None
    for gathering in reader.gatherings:
        gathering.done()  # the body ended: the statements still taking paragraphs are complete
    return reader.drafts
