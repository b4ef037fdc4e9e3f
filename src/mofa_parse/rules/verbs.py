"""The reporting vocabulary of MOFA readouts, kept as data in one place.

``speech`` builds its patterns from these tables; ``docs/speech.md`` lists them
for readers. Each reporting verb belongs to a *family* ("state", "express",
"agree", ...) so that users can group statements without listing every form.

Verbs are matched in the past tense as written ("stated", "pointed out"); a
present participle ("stating that", "adding that") counts only after a comma
that continues a statement ("... welcomed the fact, stating that ...").
"""

from __future__ import annotations

import attrs

__all__ = [
    "BLOCK_NOUNS",
    "BLOCK_VERBS",
    "EXPRESSION_NOUNS",
    "FAMILIES",
    "NON_SPEECH_VERBS",
    "REPORTING_VERBS",
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
    ``EXPRESSION_NOUNS`` as object ("extended his condolences").
    """

    form: str
    family: str
    participle: str | None = None
    needs_that: bool = False
    needs_expression: bool = False


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

_V = ReportingVerb

#: Every verb that introduces reported speech, with its family.
REPORTING_VERBS: tuple[ReportingVerb, ...] = (
    # say
    _V("said", "say", "saying"),
    _V("went on to say", "say"),
    _V("added", "say", "adding"),
    _V("mentioned", "say", "mentioning"),
    _V("noted", "say", "noting"),
    _V("pointed out", "say", "pointing out"),
    _V("remarked", "say", "remarking"),
    _V("commented", "say", "commenting"),
    _V("touched upon", "say", "touching upon"),
    _V("touched on", "say", "touching on"),
    _V("referred to", "say", "referring to"),
    _V("indicated", "say", "indicating"),
    _V("announced", "say", "announcing"),
    _V("told", "say", needs_that=True),
    _V("informed", "say", needs_that=True),
    # state
    _V("stated", "state", "stating"),
    _V("went on to state", "state"),
    # explain
    _V("explained", "explain", "explaining"),
    _V("went on to explain", "explain"),
    _V("described", "explain", "describing"),
    _V("recounted", "explain", "recounting"),
    _V("briefed", "explain"),
    _V("outlined", "explain", "outlining"),
    _V("elaborated", "explain", "elaborating"),
    _V("reported", "explain"),
    # express
    _V("expressed", "express", "expressing"),
    _V("conveyed", "express", "conveying"),
    _V("welcomed", "express", "welcoming"),
    _V("congratulated", "express", "congratulating"),
    _V("thanked", "express", "thanking"),
    _V("praised", "express", "praising"),
    _V("voiced", "express", "voicing"),
    _V("extended", "express", "extending", needs_expression=True),
    _V("offered", "express", "offering", needs_expression=True),
    # stress
    _V("stressed", "stress", "stressing"),
    _V("emphasized", "stress", "emphasizing"),
    _V("emphasised", "stress", "emphasising"),
    _V("underscored", "stress", "underscoring"),
    _V("underlined", "stress", "underlining"),
    _V("highlighted", "stress", "highlighting"),
    _V("reiterated", "stress", "reiterating"),
    _V("reaffirmed", "stress", "reaffirming"),
    _V("affirmed", "stress", "affirming"),
    _V("insisted", "stress", "insisting"),
    _V("pressed", "stress", needs_that=True),
    _V("assured", "stress", needs_that=True),
    # respond
    _V("responded", "respond"),
    _V("replied", "respond"),
    _V("answered", "respond"),
    # agree
    _V("agreed", "agree"),
    _V("concurred", "agree"),
    _V("confirmed", "agree", "confirming"),
    _V("reconfirmed", "agree", "reconfirming"),
    _V("were in agreement", "agree"),
    _V("was in agreement", "agree"),
    _V("reached an agreement", "agree"),
    _V("reached agreement", "agree"),
    _V("shared the view", "agree"),
    _V("shared the views", "agree"),
    _V("shared the same view", "agree"),
    _V("shared the recognition", "agree"),
    _V("shared the understanding", "agree"),
    _V("shared the concern", "agree"),
    _V("shared the intention", "agree"),
    _V("shared the awareness", "agree"),
    _V("shared the determination", "agree"),
    _V("shared the same recognition", "agree"),
    _V("shared the same understanding", "agree"),
    _V("shared the common recognition", "agree"),
    _V("shared recognition", "agree"),
    _V("shared a view", "agree"),
    _V("shared concern", "agree"),
    _V("shared his view", "agree"),
    _V("shared her view", "agree"),
    # request
    _V("requested", "request", "requesting"),
    _V("asked", "request", "asking"),
    _V("proposed", "request", "proposing"),
    _V("suggested", "request", "suggesting"),
    _V("invited", "request"),
    _V("urged", "request", "urging"),
    _V("called for", "request", "calling for"),
    _V("called on", "request", "calling on"),
    _V("called upon", "request", "calling upon"),
    _V("sought", "request", "seeking"),
    _V("appealed", "request", "appealing"),
    # other
    _V("promised", "other", "promising"),
    _V("pledged", "other", "pledging"),
    _V("acknowledged", "other", "acknowledging", needs_that=True),
)

#: Verbs that report speech only in the block form "<speaker> made the following statements:".
BLOCK_VERBS: tuple[str, ...] = ("made", "gave", "delivered", "presented", "raised")

#: What "extended" and "offered" must carry to report speech: "extended his condolences".
EXPRESSION_NOUNS: tuple[str, ...] = (
    "condolences",
    "congratulations",
    "gratitude",
    "appreciation",
    "sympathy",
    "sympathies",
    "thanks",
    "welcome",
    "invitation",
    "greetings",
    "best wishes",
    "support",
)

#: Nouns naming what was said in "<speaker>'s response was as follows:" and
#: "The following is a summary of the remarks made by <speaker>:".
BLOCK_NOUNS: tuple[str, ...] = (
    "remarks",
    "remark",
    "comments",
    "comment",
    "statements",
    "statement",
    "response",
    "reply",
    "answer",
    "views",
    "view",
    "explanation",
    "words",
    "points",
    "message",
    "speech",
    "address",
)

#: Verbs of the genre that look like reporting but are not speech; documented, never matched.
NON_SPEECH_VERBS: tuple[str, ...] = (
    "listened",
    "attended",
    "visited",
    "held a meeting",
    "was briefed",
    "exchanged views",
    "discussed",
)

_FAMILY: dict[str, str] = {}
for _verb in REPORTING_VERBS:
    _FAMILY[_verb.form] = _verb.family
    if _verb.participle:
        _FAMILY[_verb.participle] = _verb.family


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
