"""The kind of meeting: summit, foreign ministers' meeting, telephone talk, courtesy call, visit.

The title decides first, then the sentence of the lead that reports the meeting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mofa_parse.model import MeetingKind
from mofa_parse.rules.countries import NATIONAL_OFFICES
from mofa_parse.rules.meeting import MEETING_WORDS, OCCASION_BEFORE, VISIT_WORDS
from mofa_parse.rules.people import LEADER_ROLES
from mofa_parse.text.roles import FOREIGN_MINISTER, role_key

__all__ = [
    "is_foreign_minister",
    "is_leader",
    "kind_by_principals",
    "meeting_at",
    "meeting_kind",
    "names_only_a_meal",
    "says_meeting",
    "says_visit",
]

#: A talk at a distance: "Telephone Talk", "a phonecall", "talks on the telephone", "an exchange of
#: views by telephone", "Talks between A and B on the Telephone" (a title's last words), "video
#: conference", "online summit meeting".
_TELEPHONE = re.compile(
    r"\b(?:tele)?phone\s*(?:talks?|conversations?|calls?|conference|meeting)"
    r"|\bon\s+the\s+telephone\s*\Z"
    r"|\b(?:talks?|talked|spoke|views|conversations?|meetings?)\s+(?:on|by|over|via)\s+(?:the\s+)?(?:tele)?phone\b"
    r"|\bvideo\s*(?:tele)?conferenc|\bteleconferenc"
    r"|\b(?:video|online|virtual)\s+(?:summit\s+|bilateral\s+)?(?:call|meeting|talks?)\b",
    re.I,
)
_COURTESY = re.compile(r"\bcourtesy\s+(?:calls?|visits?)", re.I)
#: Telephone talks and courtesy calls, wherever they are named.
_FIRST_KINDS = ((MeetingKind.TELEPHONE_TALK, _TELEPHONE), (MeetingKind.COURTESY_CALL, _COURTESY))
#: In a title, the first of these named decides.
_TITLE_KINDS = (
    (
        MeetingKind.FOREIGN_MINISTERS,
        re.compile(
            r"\bforeign\s+minist(?:ers?['’]?|erial)\s+(?:[\w-]+\s+){0,2}"
            r"(?:meetings?|talks?|conference|dialogue|consultations?)",
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
#: A meal named without a meeting ("Foreign Ministers' Working Lunch"): another kind, whoever the
#: principals are; "Meeting and Luncheon" is a meeting.
_MEAL = re.compile(r"\b(?:lunch|luncheon|dinner|breakfast|banquet)\b", re.I)
_MEETING_NOUN = re.compile(r"\b(?:meeting|talks?|dialogue|summit|conversation)\b", re.I)
#: Where a title goes on to the occasion: "... on the occasion of the G20 Summit" (``[[occasion_before]]``).
_OCCASION_CUT = re.compile(
    r"\s+(?:"
    + "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase, _ in OCCASION_BEFORE)
    + r"|at\s+the|during\s+the)\b",
    re.I,
)

#: An occasion in the lead, up to the comma or full stop after it: "on the margins of the ASEAN-related
#: Foreign Ministers' Meetings in Vientiane" names the occasion, not the meeting (``[[occasion_before]]``).
_LEAD_OCCASION = re.compile(
    r"\b(?:" + "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase, _ in OCCASION_BEFORE) + r")\s+[^,.;]*",
    re.I,
)


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


def meeting_at(text: str) -> int:
    """Where ``text`` first says that a meeting took place ("held", "met"), or 0."""
    match = _MEETING_WORD.search(text)
    return match.start() if match else 0


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
    are not read, in the title nor in the lead. Telephone talks and courtesy calls win over any other word, and a
    lead that says the meeting was held by telephone or video ("held an online summit
    meeting") over the title's "Summit"; otherwise the first of "Foreign Ministers' Meeting", "Summit" and "Visit to"
    decides. A title that names a meal and no meeting ("Japan-X Banquet") is of no kind, whatever the
    lead says: the lead of a dinner may name the summit meeting before it.
    """
    cut = _OCCASION_CUT.search(title)
    head = title[: cut.start()] if cut else title
    if _TELEPHONE.search(lead) and not _COURTESY.search(head):
        # "held an online summit meeting" under "Japan-X Summit Meeting": a talk at a distance
        return MeetingKind.TELEPHONE_TALK
    named = _kind_in(head, lead=False)
    if named is not None:
        return named
    if names_only_a_meal(head):
        # "Japan-X Banquet at ...": the lead may name the summit meeting the meal followed
        return MeetingKind.OTHER
    return _kind_in(_LEAD_OCCASION.sub("", lead), lead=True) or MeetingKind.OTHER


def names_only_a_meal(title: str) -> bool:
    """Whether ``title`` names a meal and no meeting ("Foreign Ministers' Working Lunch", "Japan-X
    Banquet at the Prime Minister's residence"); "Meeting and Luncheon" is a meeting."""
    return _MEAL.search(title) is not None and _MEETING_NOUN.search(title) is None


def _role(title: str | None) -> str | None:
    if title is None:
        return None
    key = role_key(title)
    office = NATIONAL_OFFICES.get(key)
    return office[1] if office else key


def is_leader(title: str | None) -> bool:
    """Whether ``title`` is the office of a head of state or government (``[[leader_role]]`` of
    people.toml: "President", "Premier of the State Council", "President of the Council of
    Ministers"), or a title of two offices one of which is ("Crown Prince and Prime Minister")."""
    if title is None:
        return False
    return any(_role(office) in LEADER_ROLES for office in (title, *title.split(" and ")))


def is_foreign_minister(title: str | None) -> bool:
    """Whether ``title`` is a foreign minister's ("Foreign Secretary", "Secretary of State"), or a
    title of two offices one of which is ("Deputy Prime Minister and Minister of Foreign Affairs")."""
    if title is None:
        return False
    return any(_role(office) == FOREIGN_MINISTER for office in (title, *title.split(" and ")))


def kind_by_principals(title: str, titles: Sequence[str | None]) -> MeetingKind | None:
    """The kind the principals' offices say when the title and the lead name none.

    Two or more foreign ministers ("Foreign Minister", "Foreign Secretary", "Secretary of
    State") meet at a foreign ministers' meeting; heads of state or government meeting in
    person hold a summit. A title that names a meal and no meeting ("Working Lunch") keeps its
    kind.
    """
    if len(titles) < 2 or names_only_a_meal(title):
        return None
    if all(is_foreign_minister(t) for t in titles):
        return MeetingKind.FOREIGN_MINISTERS
    if all(is_leader(t) for t in titles):
        return MeetingKind.SUMMIT
    return None
