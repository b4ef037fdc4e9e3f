"""The reporting vocabulary of MOFA readouts, read from ``verbs.toml``.

The speech pass builds its patterns from these tables; ``docs/speech.md`` lists
them for readers. Adding a reporting verb is one ``[[verb]]`` entry in
``verbs.toml`` plus an example line in ``tests/fixtures/rules/verbs.txt``.
Each reporting verb belongs to a *family* ("state", "express", "agree", ...)
so that users can group statements without listing every form.

Verbs are matched in the past tense as written ("stated", "pointed out"); a
present participle ("stating that", "adding that") counts only after a comma
that continues a statement ("... welcomed the fact, stating that ..."). A lead-in
makes one form with a verb ("went on to explain", "began by expressing"): one
``[[lead_in]]`` entry gives it to every verb with a plain form or a participle.
"""

from __future__ import annotations

import attrs

from mofa_parse.rules.load import Entries, RulesError, TableShape, load

__all__ = [
    "ADVERB_PHRASES",
    "BLOCK_NOUNS",
    "BLOCK_VERBS",
    "CONNECTIVES",
    "EXPRESSION_NOUNS",
    "FAMILIES",
    "JOINT_NUMBERS",
    "LEAD_INS",
    "LEAD_IN_FORMS",
    "NON_SPEECH_VERBS",
    "REPORTING_VERBS",
    "WHOLE_ADVERB_PHRASES",
    "LeadIn",
    "ReportingVerb",
    "verb_family",
]


@attrs.frozen
class ReportingVerb:
    """One reporting verb.

    ``form`` is the past tense as written (several words for phrasal verbs);
    ``participle`` the "-ing" form, if the genre uses it to continue a statement;
    ``family`` groups verbs of like meaning. ``needs_that`` marks verbs that
    report speech only when a "that" clause follows ("pressed upon X that ...",
    "told X that ..."): without one they usually describe an act, not words.
    ``needs_expression`` marks verbs that report speech only with one of
    ``EXPRESSION_NOUNS`` as object ("extended his condolences"). ``needs_subject`` marks
    verbs that report speech only after a subject of their own ("Minister X appreciated
    the hospitality"): after "and" they are mostly part of what was said ("stated that he
    attended the performance and appreciated the opportunity ...").
    ``base`` is the plain form, for the lead-ins that take it ("went on to say").
    """

    form: str
    family: str
    participle: str | None = None
    base: str | None = None
    needs_that: bool = False
    needs_expression: bool = False
    needs_subject: bool = False


#: The families, in the order documented.
FAMILIES: tuple[str, ...] = (
    "say",
    "state",
    "explain",
    "express",
    "stress",
    "respond",
    "agree",
    "request",
    "other",
)

_WORD = TableShape({"word": str}, unique=("word",))

_TABLES = load(
    "verbs.toml",
    {
        "verb": TableShape(
            {"form": str, "family": str},
            {"participle": str, "base": str, "needs_that": bool, "needs_expression": bool, "needs_subject": bool},
            unique=("form",),
            choices={"family": FAMILIES},
        ),
        "block_verb": _WORD,
        "expression_noun": _WORD,
        "block_noun": _WORD,
        "non_speech_verb": _WORD,
        "adverb": TableShape({"phrase": str}, {"whole": bool}, unique=("phrase",)),
        "joint_number": TableShape({"word": str, "count": int}, unique=("word",)),
        "connective": TableShape({"phrase": str}, unique=("phrase",)),
        "lead_in": TableShape(
            {"phrase": str, "takes": str}, unique=("phrase",), choices={"takes": ("base", "participle")}
        ),
    },
)


def _check_participles(entries: Entries) -> None:
    """No "-ing" form may be another verb's form or participle: each reads as one verb."""
    seen = {entry["form"]: index for index, entry in enumerate(entries)}
    for index, entry in enumerate(entries):
        participle = entry.get("participle")
        if participle is None:
            continue
        if participle in seen:
            raise RulesError(
                f"rules/verbs.toml: [[verb]] entry {index + 1} (form = {entry['form']!r}): "
                f"participle {participle!r} is already the form or participle of entry {seen[participle] + 1}"
            )
        seen[participle] = index


_check_participles(_TABLES["verb"])

#: Every verb that introduces reported speech, with its family, in the order of ``verbs.toml``.
REPORTING_VERBS: tuple[ReportingVerb, ...] = tuple(ReportingVerb(**entry) for entry in _TABLES["verb"])
#: Verbs that report speech only in the block form "<speaker> made the following statements:".
BLOCK_VERBS: tuple[str, ...] = tuple(entry["word"] for entry in _TABLES["block_verb"])
#: What "extended" and "offered" must carry to report speech: "extended his condolences".
EXPRESSION_NOUNS: tuple[str, ...] = tuple(entry["word"] for entry in _TABLES["expression_noun"])
#: Nouns naming what was said in "<speaker>'s response was as follows:" and
#: "The following is a summary of the remarks made by <speaker>:".
BLOCK_NOUNS: tuple[str, ...] = tuple(entry["word"] for entry in _TABLES["block_noun"])
#: Verbs of the genre that look like reporting but are not speech; documented, never matched.
NON_SPEECH_VERBS: tuple[str, ...] = tuple(entry["word"] for entry in _TABLES["non_speech_verb"])

#: The adverbs and adverbial phrases between a subject and its verb ("also", "once again", "for his part").
ADVERB_PHRASES: tuple[str, ...] = tuple(entry["phrase"] for entry in _TABLES["adverb"])
#: Those of ``ADVERB_PHRASES`` whose words are no adverbs on their own ("for his part"): read only whole.
WHOLE_ADVERB_PHRASES: tuple[str, ...] = tuple(entry["phrase"] for entry in _TABLES["adverb"] if entry.get("whole"))

#: The number words of a joint subject with how many people each names: "three" of "The three
#: Foreign Ministers" -> 3.
JOINT_NUMBERS: dict[str, int] = {entry["word"]: entry["count"] for entry in _TABLES["joint_number"]}
#: The words and phrases that open a sentence before a comma and its subject: "However", "In addition".
CONNECTIVES: tuple[str, ...] = tuple(entry["phrase"] for entry in _TABLES["connective"])



@attrs.frozen
class LeadIn:
    """Words before a reporting verb that make one verb form with it: "went on to" before the
    verb's plain form (``takes`` "base": "went on to explain"), "began by" before its "-ing" form
    (``takes`` "participle": "began by expressing"). The form is of the verb's family."""

    phrase: str
    takes: str


#: The lead-ins of ``verbs.toml``, in order.
LEAD_INS: tuple[LeadIn, ...] = tuple(LeadIn(**entry) for entry in _TABLES["lead_in"])


def _lead_in_forms() -> dict[str, ReportingVerb]:
    """Each form a lead-in makes ("went on to say") -> the verb it is made with ("said")."""
    taken = {verb.form for verb in REPORTING_VERBS} | {verb.participle for verb in REPORTING_VERBS if verb.participle}
    forms: dict[str, ReportingVerb] = {}
    for lead_in in LEAD_INS:
        for verb in REPORTING_VERBS:
            word = verb.base if lead_in.takes == "base" else verb.participle
            if word is None:
                continue
            form = f"{lead_in.phrase} {word}"
            if form in taken or form in forms:
                raise RulesError(f"rules/verbs.toml: [[lead_in]] {lead_in.phrase!r} makes {form!r} twice")
            forms[form] = verb
    return forms


#: Every form a lead-in makes, with the verb it is made with: "began by expressing" -> "expressed".
LEAD_IN_FORMS: dict[str, ReportingVerb] = _lead_in_forms()

_FAMILY: dict[str, str] = {}
for _verb in REPORTING_VERBS:
    _FAMILY[_verb.form] = _verb.family
    if _verb.participle:
        _FAMILY[_verb.participle] = _verb.family
for _form, _verb in LEAD_IN_FORMS.items():
    _FAMILY[_form] = _verb.family


def verb_family(verb: str) -> str | None:
    """The family of a statement's ``verb`` ("stated" -> "state"), "block" for block forms.

    Block forms ("made the following statements", "responded as follows",
    "response was as follows") and speaker labels (empty verb) give "block";
    anything else not in the tables gives None.

    >>> verb_family("pointed out"), verb_family("made the following comments"), verb_family("listened")
    ('say', 'block', None)
    """
    key = " ".join(verb.split()).casefold()
    if not key or "following" in key or "as follows" in key:
        return "block"
    return _FAMILY.get(key)
