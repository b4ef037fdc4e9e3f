"""The statements of one sentence, as drafts: subject as written, verb, where the content lies.

A sentence may report several statements: "<A> stated that ... and welcomed
...", where the second verb continues the first subject ("coord"), and "<A>
stated ..., to which <B> responded ...", where a connector opens a new one.
Block introductions ("made the following statements:", "<A>'s response was as
follows:", "The following is a summary of the remarks made by <A>:") become
block drafts, whose content the paragraphs below them give.
"""

from __future__ import annotations

import re

import attrs

from mofa_parse.model import Joint, Person, StatementForm
from mofa_parse.rules.countries import known_country
from mofa_parse.rules.verbs import BLOCK_NOUNS, CONNECTIVES, EXPRESSION_NOUNS
from mofa_parse.semantics.speech.content import clean
from mofa_parse.semantics.speech.language import (
    ADV,
    SUBJECT_START,
    is_bare,
    is_named,
    subject_end,
    subject_kinds,
)
from mofa_parse.semantics.speech.subjects import Subjects, boundary_ok
from mofa_parse.semantics.speech.verbs import FoundVerb, VerbForm

__all__ = ["Draft", "sentence_drafts"]


@attrs.define
class Draft:
    """One statement, from the sentence that reports it to the ``Statement`` built from it.

    While the sentence is read, ``start`` (the subject), ``content_start`` and
    ``content_end`` are offsets into the paragraph's text; ``span_start`` and
    ``span_end`` are offsets into ``Document.source``, set when the statement is
    placed. ``kind`` is the subject's (``Subject.kind``), "label" or "coord";
    ``head`` is the statement a coordinated verb continues; ``inline`` the
    words after a block introduction's colon.
    """

    form: StatementForm
    kind: str
    subject: str | None
    start: int
    verb: str
    content_start: int
    content_end: int
    reply: bool
    head: Draft | None = None
    inline: str | None = None
    speaker: Person | Joint | None = None
    joint_size: int | None = None
    span_start: int | None = None
    span_end: int | None = None
    text: str = ""
    section: int | None = None
    clause: int | None = None
    in_response_to: int | None = None


_NOUNS = "(?:" + "|".join(sorted(BLOCK_NOUNS, key=lambda n: -len(n))) + ")"
#: After a verb: "the following statements", "as follows", or a possessive and a block noun before
#: it: "expressed his views as follows".
_BLOCK_TAIL = re.compile(
    rf"\s+(?:{ADV}\s+){{0,2}}(?:(?:on|upon|to)\s+)?"
    r"(?:(?P<fol>the\s+following)(?P<noun>(?:\s+(?!(?:from|to|on|about|regarding|concerning|with|in|at"
    rf"|and|or|for|by|that)\b)[A-Za-z][\w'-]*){{0,3}})|(?:(?:his|her|their|its)\s+{_NOUNS}\s+)?(?P<asf>as\s+follows))"
)
_END_PUNCT = re.compile(r"[:.;]")
_NON_SPACE = re.compile(r"\S")
#: The speaker of a possessive block introduction: a named person or a bare title.
_POSSESSIVE_KINDS = (is_named, is_bare)


#: A subject's possessive and what follows it in a possessive block introduction: "'s response
#: was as follows" in "Prime Minister Mori's response was as follows:".
_POSSESSIVE_TAIL = (
    r"\s+(?:[a-z]+\s+){0,2}?"
    rf"(?P<noun>{_NOUNS})\s+(?:was|were|is|are)\s+(?:as\s+follows|the\s+following)"
)
#: The places a named person or a bare title may end in a possessive block introduction.
_POSSESSIVE_ENDS = re.compile(rf"(?<=\S)(?=(?P<tail>['’]s{_POSSESSIVE_TAIL}))")
#: A pronoun that opens a possessive block introduction: "His response was as follows".
_PRONOUN_INTRO = re.compile(rf"(?P<pron>\b(?:His|Her|his|her))(?=(?P<tail>{_POSSESSIVE_TAIL}))")
#: The words of a summary block introduction before its speaker: "The following is a summary of
#: the remarks made by " in "The following is a summary of the remarks made by President Putin:".
_SUMMARY_OPENING = re.compile(r"\b[Tt]he\s+following\s+(?:is|are)\s+")
_SUMMARY_HEAD = re.compile(
    _SUMMARY_OPENING.pattern + r"[a-z ,'-]{0,80}?\b"
    rf"(?P<noun>{_NOUNS})\s+(?:(?:made|expressed|given|delivered|presented)\s+)?(?:by|of)\s+"
)
#: Where the speaker of a summary introduction may begin: after "by" or "of".
_AFTER_BY_OR_OF = re.compile(r"\b(?:by|of)\s+")
#: The places the speaker of a summary introduction may end: the colon or full stop after it,
#: or the end of the sentence.
_SUMMARY_ENDS = re.compile(r"(?<=\S)(?=(?P<tail>\s*(?:[:.]|\Z)))")


@attrs.frozen
class _Introduction:
    """A block introduction as read in a sentence: where it begins and ends, its speaker as written
    (``subject``, or a ``pronoun``: "His response was as follows"), and its noun ("response")."""

    start: int
    end: int
    subject: str | None
    subject_start: int
    pronoun: str | None
    noun: str
    noun_start: int


def _possessive_introduction(masked: str, lo: int, hi: int) -> _Introduction | None:
    """The first possessive block introduction in ``masked[lo:hi]``: "Prime Minister Mori's response
    was as follows", "The Russian side's position was the following", "His reply was as follows"."""
    tails = {place.start(): place for place in _POSSESSIVE_ENDS.finditer(masked, lo, hi)}
    pronouns = {place.start(): place for place in _PRONOUN_INTRO.finditer(masked, lo, hi)}
    ends = sorted(tails, reverse=True)
    starts = set(pronouns)
    if ends:
        starts.update(place.start() for place in SUBJECT_START.finditer(masked, lo, ends[0]))
    for start in sorted(starts):
        stop = subject_end(masked, start, ends, _POSSESSIVE_KINDS) if ends else None
        if stop is not None:
            tail = tails[stop]
            subject, pronoun = masked[start:stop], None
        elif start in pronouns:
            tail = pronouns[start]
            subject, pronoun = None, tail["pron"]
        else:
            continue
        return _Introduction(start, tail.end("tail"), subject, start, pronoun, tail["noun"], tail.start("noun"))
    return None


def _summary_introduction(masked: str, lo: int, hi: int) -> _Introduction | None:
    """The first summary block introduction in ``masked[lo:hi]``: "The following is a summary of the
    remarks made by President Putin:", "The following are the remarks of the Prime Minister."."""
    for opening in _SUMMARY_OPENING.finditer(masked, lo, hi):
        start = opening.start()
        for after in _AFTER_BY_OR_OF.finditer(masked, opening.end(), hi):
            head = _SUMMARY_HEAD.fullmatch(masked, start, after.end())
            if head is None:
                continue
            places = list(_SUMMARY_ENDS.finditer(masked, after.end(), hi))
            if not places:
                continue
            places.reverse()
            ends = [place.start() for place in places]
            stop = subject_end(masked, after.end(), ends, subject_kinds(masked, after.end(), ends[0]))
            if stop is not None:
                tail = places[ends.index(stop)]
                subject = masked[after.end() : stop]
                return _Introduction(
                    start, tail.end("tail"), subject, after.end(), None, head["noun"], head.start("noun")
                )
    return None


#: What a sentence must hold to introduce either kind of block: few do, and the readers above
#: look for the speaker only where these are found.
_POSSESSIVE_HINT = re.compile(r"\s(?:was|were|is|are)\s+(?:as\s+follows|the\s+following)")
#: The two kinds of block introduction: whether possessive, the hint, the reader. A summary
#: introduction's hint is its opening words ("The following is").
_BLOCK_FORMS = (
    (True, _POSSESSIVE_HINT, _possessive_introduction),
    (False, _SUMMARY_OPENING, _summary_introduction),
)
#: What joins a statement to the next subject: ", and", "; whereupon", ", in response to which".
_CONNECTOR = re.compile(
    r"(?:[,;]\s*(?:(?:and|but|while|whereas|whereupon|and\s+then|in\s+(?:response|reply)\s+to\s+(?:this|which|that)"
    r"|to\s+which|at\s+which\s+point|after\s+which|upon\s+which|following\s+which)\s+)?"
    r"|\s+(?:and|but|while|whereas)\s+)\Z"
)
#: What joins a verb to the one before it with the same subject: "... and welcomed".
_COORDINATED = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+|;\s*(?:and\s+)?)(?:{ADV}\s+){{0,3}}\Z")
#: What joins a participle to the statement it continues: "..., stating".
_PARTICIPLE_LINK = re.compile(rf",\s*(?:{ADV}\s+){{0,2}}\Z")
#: After a verb used as a passive participle: "the view, expressed by ...", "as agreed upon, ...";
#: not a comma before a quotation, which is what was said: "..., and stressed, "..."".
_PASSIVE_AFTER = re.compile(r"\s*(?:,(?!\s*[\"“])|\.|\Z|(?:by|at|in|during|earlier|previously|last|upon|on)\b)")
#: What an agreement is on, after a verb of the "agree" family: "... and concurred on continuing close
#: cooperation" (not the passive "as agreed on,").
_AGREED_ON = re.compile(r"\s+on\s+(?:the\s+)?[a-z]\w*")
#: An expression noun within a few words of the verb, possessives among them: "extended his
#: condolences", "offered his country's full support"; the person it goes to may stand first,
#: a name, a title or a pronoun: "wished President Firefly every success", "wished the Governor
#: success", "wished him success".
_EXPRESSION_SOON = re.compile(
    r"\s+(?:(?:him|her|them|the(?=\s+[A-Z])|[A-Z][\w.'’-]*)\s+){0,4}?(?:(?:[a-z]+|[A-Za-z]+['’]s)\s+){0,3}?(?:"
    + "|".join(n.replace(" ", r"\s+") for n in EXPRESSION_NOUNS)
    + r")\b"
)
#: Content that is a "that" clause: a comma in it does not end it.
_THAT_CLAUSE = re.compile(r"\s*that\b")
#: A word of a country's name: "Japan", "Republic", "U.S.".
_COUNTRY_WORD = r"[A-Z][\w.'’-]*"
#: A "that" clause whose subject is a country and whose verb is a past tense right after it (an
#: adverb aside, no auxiliary): "that Japan welcomed ...", "that the U.S. also attached ...".
_COUNTRY_CLAUSE = re.compile(
    rf"\s*that\s+(?:the\s+)?(?P<country>{_COUNTRY_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{_COUNTRY_WORD}){{0,3}})"
    r"\s+(?:(?:also|further|[a-z]+ly)\s+)?[a-z]{2,}ed\b"
)
#: A verb joined by "and" alone, no comma: "... welcomed A and hoped ...".
_PLAIN_AND = re.compile(r"\s+and\b")
#: A person's possessive right after a verb: "and expressed his hope": a person's verb, not a country's.
_PERSONS_AFTER = re.compile(r"\s+(?:his|her)\b")


#: Where a later "that" clause of the same content begins: "and that" in "stated that A, and that
#: Japan welcomed B".
_LATER_THAT = re.compile(r"(?<=[\s,])and(?=\s+that\b)")


def _last_that_clause(masked: str, content_start: int, end: int) -> int:
    """Where the last "that" clause of a content that begins at ``content_start`` begins before
    ``end``: the content itself, or the "that" after its last "and" ("stated that A, and that B")."""
    last = content_start
    for later in _LATER_THAT.finditer(masked, content_start, end):
        last = later.end()
    return last


def _agrees(form: VerbForm) -> bool:
    return form.verb is not None and form.verb.family == "agree"


def _goes_on_in_clause(masked: str, content_start: int, connector: re.Match[str], verb_end: int) -> bool:
    """Whether a verb joined by ``connector`` to a statement whose content begins at ``content_start``
    is the verb of the country of the "that" clause it follows, not of the speaker: in "stated that
    Japan welcomed A and hoped to B" Japan hoped, as it welcomed; "stated that Japan would help A, and
    requested B" and "stated that Japan would help and requested B" are two statements, for "and"
    after a comma, or after a verb that is no past tense ("would help"), joins the speaker's verbs;
    so is "stated that Japan welcomed A and expressed his hope ...", for a country has no "his".
    The clause is the last one before the verb: in "stated that A, and that Japan welcomed B and
    hoped C" Japan hoped; in "stated that Japan welcomed A and that the talks would go on and
    condemned B" the speaker condemned."""
    if _PLAIN_AND.match(connector.group()) is None or _PERSONS_AFTER.match(masked, verb_end):
        return False
    clause = _COUNTRY_CLAUSE.match(masked, _last_that_clause(masked, content_start, connector.start()))
    return clause is not None and known_country(clause["country"])
_THAT_SOON = re.compile(r"[^.;]{0,120}?\b(?:that|if|whether)\b")
#: What makes a statement a reply: "In response", "Responding to this", "To this".
_REPLY = re.compile(
    r"\b(?:[Ii]n\s+(?:response|reply|answer)|[Rr]esponding|[Rr]eplying|[Aa]nswering)\b"
    r"|(?:^|[,;(]\s*)[Tt]o\s+(?:this|that|these|which)\b(?!\s+end)"
)
_REPLY_VERBS = frozenset({"responded", "replied", "answered"})
_REPLY_NOUNS = frozenset({"response", "reply", "answer"})


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


def _blocks(subjects: Subjects, text: str, masked: str, lo: int, hi: int) -> list[Draft]:
    """The block statements of a sentence that holds "follow": "<speaker>'s response was as follows:",
    "The following is a summary of the remarks made by <speaker>:"."""
    found: list[Draft] = []
    for possessive, hint, read in _BLOCK_FORMS:
        if hint.search(masked, lo, hi) is None:
            continue
        intro = read(masked, lo, hi)
        if intro is None:
            continue
        subject = intro.subject or intro.pronoun
        kind = subjects.kind(intro.subject) if intro.subject else "pron"
        start = intro.start
        before = masked[lo:start]
        if possessive:
            if not boundary_ok(masked, start, lo) and not before.rstrip().endswith(" of"):
                continue
            verb = text[intro.noun_start : intro.end]
        else:
            verb = text[start : intro.subject_start]
        rest = text[intro.end : hi].strip()
        rest = rest[1:].strip() if rest[:1] in ":." else rest
        reply = _REPLY.search(before) is not None or intro.noun in _REPLY_NOUNS
        found.append(
            Draft(
                form=StatementForm.BLOCK,
                kind=kind,
                subject=subject,
                start=start,
                verb=" ".join(verb.split()),
                content_start=intro.end,
                content_end=intro.end,
                reply=reply,
                inline=(clean(rest) or None) if rest else None,
            )
        )
    return found


def _opened_jointly(subjects: Subjects, masked: str, lo: int, end: int) -> bool:
    """Whether the sentence at ``lo`` opens with a joint subject before ``end``: "The two leaders
    also discussed the situation, and they shared the view that ..." (they are the two leaders)."""
    opening = subjects.opening(masked, lo, end)
    return opening is not None and opening.kind == "joint"


#: A connective and its comma before the subject that opens a sentence: "However, ", "In addition, "
#: (``rules/verbs.toml``).
_CONNECTIVE_OPENING = re.compile(
    r"\s*(?i:" + "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in CONNECTIVES) + r")\s*,\s*\Z"
)


def _opens_after_connective(masked: str, lo: int, start: int) -> bool:
    """Whether only a connective and its comma stand between the sentence's start ``lo`` and a subject
    at ``start``: "However, they shared the view that ..." opens with "they" as "They shared ..." would."""
    return _CONNECTIVE_OPENING.fullmatch(masked, lo, start) is not None


def sentence_drafts(
    subjects: Subjects, text: str, masked: str, lo: int, hi: int, verbs: list[FoundVerb], follows: bool
) -> list[Draft]:
    """The statements of the sentence ``text[lo:hi]`` (``masked``: quotations masked), whose reporting
    verbs are ``verbs``; ``follows``: whether the sentence holds "follow" ("the following", "as follows")."""
    found = _blocks(subjects, text, masked, lo, hi) if follows else []
    taken = [(draft.start, draft.content_end) for draft in found]
    for verb in verbs:
        verb_start, verb_end, form = verb.start, verb.end, verb.form
        if taken and any(a <= verb_start < b for a, b in taken):
            continue
        if found and verb_start < found[-1].content_start:
            continue
        tail = _BLOCK_TAIL.match(masked, verb_end, hi) if follows else None
        tail_end, colon = -1, False
        if tail is not None:
            tail_end, colon = _block_end(masked, tail, hi)
            if tail_end < 0:
                tail = None  # "the following" inside a longer sentence is not a block
        if form.verb is None and tail is None:
            continue  # "made", "gave": speech only as "made the following statements"
        content_start = verb_end
        if tail is None and (form.needs_that or form.needs_expression):
            # speech only with what the verb needs: a "that" clause, an expression, or (with both) either
            that = _THAT_SOON.match(masked, verb_end, hi) if form.needs_that else None
            if that is not None:
                content_start = that.end()  # "pressed upon President X that <content>"
            elif not form.needs_expression or _EXPRESSION_SOON.match(masked, verb_end, hi) is None:
                continue
        previous = found[-1] if found else None
        subject = None if form.participle else subjects.before_verb(masked, lo, verb_start)
        if subject is None and form.needs_subject:
            continue  # "... and appreciated the opportunity": part of what was said
        head: Draft | None = None
        if subject is not None:
            if subject.kind == "it" and not form.agrees:
                continue  # "It was agreed" is the participants'; "It was stated" is no one's
            if (
                subject.text == "they"
                and previous is None
                and not _opens_after_connective(masked, lo, subject.start)
                and not _opened_jointly(subjects, masked, lo, subject.start)
            ):
                # "..., and they shared the view" goes on from a statement or a joint subject, and "However,
                # they ..." opens its sentence as "They" does; elsewhere "they" is anyone
                continue
            kind, start, subject_text = subject.kind, subject.start, subject.text
            intro_lo = lo
            if previous is not None:
                gap_start = max(previous.content_start, start - 60)
                connector = _CONNECTOR.search(masked[gap_start:start])
                if connector is None:
                    continue  # a subject inside what was said: "stated that he welcomed ..."
                if connector.group().strip() == "," and _THAT_CLAUSE.match(masked, previous.content_start, start):
                    continue  # inside a "that" clause: "added that given ..., he hoped that ..."
                previous.content_end = gap_start + connector.start()
                intro_lo = previous.content_end
            reply = (intro_lo < start or subject.paren != "") and (
                _REPLY.search(masked[intro_lo:start] + subject.paren) is not None
            )
        else:
            link = _PARTICIPLE_LINK if form.participle else _COORDINATED
            # a verb after another: "... and welcomed"; else one that continues a sentence whose
            # first verb reports no speech: "Prime Minister X visited the memorial and expressed ..."
            link_from = lo if previous is None else previous.content_start
            connector = link.search(masked, max(link_from, verb_start - 80), verb_start)
            if connector is None:
                continue
            passive = not form.participle and tail is None and _PASSIVE_AFTER.match(masked, verb_end, hi)
            if passive and not (_agrees(form) and _AGREED_ON.match(masked, verb_end, hi)):
                continue  # "the view, expressed by ...", "as agreed upon, ..."
            if previous is not None:
                in_clause = _goes_on_in_clause(masked, previous.content_start, connector, verb_end)
                if in_clause and not form.participle:
                    continue  # "stated that Japan welcomed A and hoped to B": Japan hoped
                previous.content_end = connector.start()
                head = previous.head or previous
                kind, start, subject_text, reply = "coord", verb_start, None, head.reply
            else:
                opening = subjects.opening(masked, lo, verb_start)
                if opening is None:
                    continue
                kind, start, subject_text = opening.kind, verb_start, opening.text
                reply = _REPLY.search(masked[lo : opening.start]) is not None
        reply = reply or form.form in _REPLY_VERBS
        if tail is not None:  # "made the following statements:", "responded as follows:"
            verb_text, content_start, content_end = text[verb_start : tail.end()], tail_end, tail_end
            rest = text[tail_end:hi].strip() if colon else ""
        else:
            verb_text, content_end, rest = text[verb_start:verb_end], hi, ""
        # the vocabulary's own string where the verb is written as listed: one str for every "stated"
        verb_text = form.form if verb_text == form.form else " ".join(verb_text.split())
        found.append(
            Draft(
                form=StatementForm.REPORTED if tail is None else StatementForm.BLOCK,
                kind=kind,
                subject=subject_text,
                start=start,
                verb=verb_text,
                content_start=content_start,
                content_end=content_end,
                reply=reply,
                head=head,
                inline=(clean(rest) or None) if rest else None,
            )
        )
    found.sort(key=lambda draft: draft.start)
    return found
