"""The kind of meeting: summit, foreign ministers' meeting, telephone talk, courtesy call, visit.

The title decides first, then the sentence of the lead that reports the meeting.
"""

from __future__ import annotations

import re

from mofa_parse.model import MeetingKind
from mofa_parse.rules.meeting import MEETING_WORDS, VISIT_WORDS

__all__ = ["meeting_kind", "says_meeting", "says_visit"]

#: Telephone talks and courtesy calls, wherever they are named.
_FIRST_KINDS = (
    (
        MeetingKind.TELEPHONE_TALK,
        re.compile(r"\b(?:tele)?phone\s+(?:talks?|conversations?|calls?|conference|meeting)", re.I),
    ),
    (MeetingKind.COURTESY_CALL, re.compile(r"\bcourtesy\s+(?:calls?|visits?)", re.I)),
)
#: In a title, the first of these named decides.
_TITLE_KINDS = (
    (
        MeetingKind.FOREIGN_MINISTERS,
        re.compile(
            r"\bforeign\s+minist(?:ers?['’]?|erial)\s+(?:meetings?|talks?|conference|dialogue|consultations?)",
            re.I,
        ),
    ),
    (MeetingKind.SUMMIT, re.compile(r"\bsummit\b|\bleaders['’]?\s+(?:meetings?|talks?)", re.I)),
    (
        MeetingKind.VISIT,
        re.compile(r"\bvisits?\s+(?:to\b|[A-Z])|\bvisits\b|\b(?:official|working|state)\s+visit\b", re.I),
    ),
)
#: In the lead, the first of these named decides.
_LEAD_KINDS = (
    (MeetingKind.FOREIGN_MINISTERS, re.compile(r"\bforeign\s+minist(?:ers?['’]?|erial)\s+(?:meetings?|talks?)", re.I)),
    (
        MeetingKind.SUMMIT,
        re.compile(
            r"\bsummit\s+(?:meetings?|talks?)\b|\bheld\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}summit\b|\bleaders['’]?\s+meeting",
            re.I,
        ),
    ),
)
#: Where a title goes on to the occasion: "... on the occasion of the G20 Summit".
_OCCASION_CUT = re.compile(r"\s+(?:on\s+the\s+(?:occasion|margins?|sidelines?)\s+of|at\s+the|during\s+the)\b", re.I)


def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` as a whole word, in any case.

    It starts with a look-ahead for the first letters of the words, so that the
    engine passes over every other position at once.
    """
    initials = "".join(sorted({re.escape(word[0]) for word in words}))
    return re.compile(rf"(?=[{initials}])\b(?:{'|'.join(map(re.escape, words))})\b", re.I)


#: "held", "met", "talks" ...: words said of the meeting itself, and the words of a visit.
_MEETING_WORD = _any_word(MEETING_WORDS)
_VISIT_WORD = _any_word(VISIT_WORDS)


def says_meeting(text: str) -> bool:
    """Whether ``text`` says that a meeting took place ("held a meeting", "met", "talks")."""
    return _MEETING_WORD.search(text) is not None


def says_visit(text: str) -> bool:
    """Whether ``text`` names a visit ("visit", "visited", "visiting")."""
    return _VISIT_WORD.search(text) is not None


def _kind_in(text: str, lead: bool) -> MeetingKind | None:
    for kind, pattern in _FIRST_KINDS:
        if pattern.search(text):
            return kind
    best: tuple[int, MeetingKind] | None = None
    for kind, pattern in _LEAD_KINDS if lead else _TITLE_KINDS:
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
    cut = _OCCASION_CUT.search(title)
    head = title[: cut.start()] if cut else title
    return _kind_in(head, lead=False) or _kind_in(lead, lead=True) or MeetingKind.OTHER
