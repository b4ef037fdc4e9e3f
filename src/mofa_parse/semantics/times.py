"""Times and lengths in a lead: "From 12:06 to 14:57", "for 55 minutes, starting at 18:20
(Brunei local time)", "commencing at 7:10 p.m. for approximately 15 minutes",
"0:20 p.m." (12:20), "12:00 noon", "16:46 a.m." (16:46), "for over 30 minutes".

``read_times`` finds every time expression, groups the ones that describe one
stretch of time into segments, and decides which segment is the whole meeting
and which are its parts. Nothing is guessed: a length is only summed when the
text says the parts make a total, and an end is never computed from an
approximate length.
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs

from mofa_parse.model import MeetingPart
from mofa_parse.rules.meeting import CLOCK_APPROXIMATIONS, NUMBER_ARTICLES, NUMBER_WORDS, PART_FOLLOWS
from mofa_parse.text.cues import CuedPattern

__all__ = ["TimeFacts", "parse_clock", "parse_length", "read_times"]


#: "a.m.", "p.m.", "AM", "pm": the half of the day.
_HALF_DAY = r"(?:[aApP]\.\s?[mM]\.?|[aApP][mM]\b)"
#: "in the evening", "in the morning" after a clock: the half of the day in words.
_DAY_PART = r"(?:\s+in\s+the\s+(?:morning|afternoon|evening)\b)"
#: "10 o'clock", "11 o'clock a.m.", "7 o'clock in the evening".
_O_CLOCK = rf"(?:(?<![\d.:,])\d{{1,2}}\s+o['’]clock\b(?:\s?{_HALF_DAY}|{_DAY_PART})?)"
#: The 24-hour military style, four digits and "hours": "1030 hours", "0915 hrs"; also "14.00 hours".
_HOURS_WORD = r"(?:hours\b|hrs\b\.?)"
_HOURS_CLOCK = rf"(?:(?<![\d.:,])(?:[01]\d|2[0-3])[0-5]\d\s?{_HOURS_WORD}|\d{{1,2}}[:.]\d{{2}}\s?{_HOURS_WORD})"
_CLOCK = (
    rf"(?:{_O_CLOCK}|{_HOURS_CLOCK}"
    rf"|\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:{_HALF_DAY}|noon\b|midnight\b)"
    rf"|(?<![\d.:,])\d{{1,2}}(?::\d{{2}})?{_DAY_PART}"
    r"|\d{1,2}:\d{2}(?!\d)|noon\b|midnight\b)"
)
#: The start of a range whose end gives the half of the day or the style: "from 3 to 4 p.m.",
#: "from 10 to 11 o'clock", "from 1030 to 1145 hours".
_BARE_HOUR = r"(?:(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:to|until|till)\s)|\d{1,2}(?::\d{2})?)"
#: The first clock of a military span, its "hours" written after the second: "1030-1145 hrs".
_MILITARY_FIRST = r"(?:(?<![\d.:,])(?:[01]\d|2[0-3])[0-5]\d(?=\s?[-–—~]\s?\d{4}\s?(?:hours|hrs)\b))"


def _phrase_pattern(phrase: str, capital: bool = False) -> str:
    """A phrase of the rules as a pattern: its words with any spaces between them, the first letter
    in either case when ``capital`` (a phrase that may open a sentence)."""
    words = [re.escape(word) for word in phrase.split()]
    if capital:
        words[0] = f"[{phrase[0]}{phrase[0].upper()}]{words[0][1:]}"
    return r"\s+".join(words)


#: The approximations of a clock (``[[clock_approximation]]`` in ``rules/meeting.toml``), the
#: longest first: "around", "a little after".
_APPROXIMATIONS = sorted(CLOCK_APPROXIMATIONS, key=lambda entry: -len(entry[0]))
_QUALIFIER = rf"(?:(?:{'|'.join(_phrase_pattern(phrase) for phrase, _ in _APPROXIMATIONS)})\s+)?"
#: A start told as a moment near the clock, the approximation alone: "Shortly after 16:40", "around
#: 12:00 noon", "a little past 7:10 p.m.".
_NEAR_CLOCK = "|".join(_phrase_pattern(phrase, capital=True) for phrase, opens in _APPROXIMATIONS if opens)
_TZ = r"(?:\s*\([^()]{1,100}\))"
#: The number words of a count of minutes, longest first, and their compounds: a tens word, then a
#: hyphen or a space, then a unit word ("forty-five", "forty five"), from ``rules/meeting.toml``.
_COUNT_WORDS = sorted(set(NUMBER_WORDS) - NUMBER_ARTICLES, key=lambda word: (-len(word), word))
_TENS = "|".join(word for word in _COUNT_WORDS if NUMBER_WORDS[word] >= 20 and NUMBER_WORDS[word] % 10 == 0)
_UNITS = "|".join(word for word in _COUNT_WORDS if NUMBER_WORDS[word] < 10)
_NUMBER_WORD = rf"(?:(?:{_TENS})[- ](?:{_UNITS})\b|{'|'.join(_COUNT_WORDS)})"
_NUM = rf"(?:\d{{1,3}}|{_NUMBER_WORD})"
#: An hour as a length's unit: "hours", "hour", "hrs", "hr." (the military "hours" of a clock are
#: four digits).
_HOUR_UNIT = r"(?:hours?\b|hrs?\b\.?)"
#: A minute as a length's unit: "minutes", "mins", "min.".
_MINUTE_UNIT = r"(?:minutes?\b|mins?\b\.?)"
#: A count of hours or of minutes before its unit: words with a space, digits with or without
#: one ("1 hr", "1hr", "40min").
_HOURS_COUNT = r"(?:\d{1,2}\s?|(?:an|one|two|three|four|five|six)\s+)"
_MINUTES_COUNT = rf"(?:\d{{1,3}}\s?|{_NUM}\s+)"
_LENGTH = (
    rf"(?:{_HOURS_COUNT}{_HOUR_UNIT}"
    rf"(?:\s*,?\s*(?:and\s+)?(?:{_MINUTES_COUNT}{_MINUTE_UNIT}|a\s+(?:half|quarter)\b))?"
    rf"|{_MINUTES_COUNT}{_MINUTE_UNIT}"
    r"|half\s+an\s+hour|(?:a\s+quarter|three[- ]quarters)\s+of\s+an\s+hour"
    rf"|\d{{1,2}}\.\d\s+{_HOUR_UNIT}"
    rf"|(?:an|one|two|three|\d)\s+and\s+a\s+half\s+{_HOUR_UNIT})"
)
_LENGTH_QUALIFIER = (
    r"(?:(?:about|around|approximately|approx\.|roughly|some|just over|just under|a little over|"
    r"a little more than|a little less than|slightly over|slightly more than|well over|over|more than|"
    r"nearly|almost|less than|under|at least|up to)\s+)?"
)

#: A start and an end told as two verbs: "started at 5:35 p.m. and ended at 6:20 p.m.".
_BEGAN_AT = r"(?:[Ss]tarted|[Bb]egan|[Cc]ommenced)\s+at"
_AND_ENDED_AT = r"and\s+(?:ended|finished|concluded|closed)\s+at"

#: Where a time expression can start: a digit, "noon", "midnight", or the start of a word
#: ``_EVENT`` can begin with ("from", "starting", "for", "one" ...). Checked first at each
#: position, it lets the engine skip every other position at once.
_EVENT_START = (
    r"(?=\d|noon|midnight|\b(?:[Ff]rom|[Bb]e(?:tween|gin|g[au]n)|[Ss]tart|[Cc]ommenc|[Aa]t|last"
    rf"|[Ff]or|of|an\s+hour-|took|{_NEAR_CLOCK}|{'|'.join(_COUNT_WORDS)}))"
)
_EVENT = re.compile(
    rf"{_EVENT_START}(?:(?P<range>\b(?:[Ff]rom|[Bb]etween|{_BEGAN_AT})\s+{_QUALIFIER}(?P<rs>{_CLOCK}|{_BARE_HOUR})(?P<rtz1>{_TZ})?"
    rf"\s*(?:{_AND_ENDED_AT}|to|until|till|and|[-–—~])\s*{_QUALIFIER}(?P<re>{_CLOCK})(?P<rtz2>{_TZ})?)"
    rf"|(?P<span>(?P<ss>{_CLOCK}|{_MILITARY_FIRST})(?:\s?[-–—~]\s?|\s+(?:to|until)\s+)(?P<se>{_CLOCK})(?P<stz>{_TZ})?)"
    rf"|(?P<start>\b(?:[Ss]tarting|[Cc]ommencing|[Bb]eginning|started|commenced|began|begun|[Ff]rom|[Aa]t|{_NEAR_CLOCK})\s+"
    rf"(?:at\s+|from\s+)?{_QUALIFIER}(?P<st>{_CLOCK})(?P<sttz>{_TZ})?"
    rf"(?:\s+(?:until|till|to)\s+{_QUALIFIER}(?P<ste>{_CLOCK})(?P<stetz>{_TZ})?)?)"
    rf"|(?P<dur>\b(?:(?:lasted|lasting)(?:\s+for)?|[Ff]or|of|took)\s+(?P<tot>a\s+total\s+of\s+|in\s+total\s+)?"
    rf"{_LENGTH_QUALIFIER}(?P<d>{_LENGTH}))"
    rf"|(?P<adj>\b(?<![\d.])(?P<an>{_NUM})[- ](?:minute|min)\b)"
    rf"|(?P<adjh>\b(?<![\d.])(?P<ah>\d(?:\.\d)?|one|two|three|four|five|six)(?P<ahalf>-and-a-half)?-hour\b)"
    r"|(?P<anh>\ban\s+hour-long\b))"
)
#: The time expressions, each with what every one holds: a clock ("18:20", "7 p.m.", "noon"),
#: a length ("hours", "minutes") or both. A lead without these has no time expression.
_EVENTS = CuedPattern(
    _EVENT,
    re.compile(r"\d(?:(?:[:.]\d\d)?\s?[aApP]|:\d|\s+in\s+the\s)|noon|midnight|hour|min|hrs?\b|o['’]clock"),
)


_CLOCK_PARTS = re.compile(r"(\d{1,2})(?!\d)(?:[:.](\d{2}))?\s?(.*)\Z", re.DOTALL)
#: The words of a clock after its digits: "p.m.", "o'clock", "hours", "in the evening".
_CLOCK_WORDS = re.compile(r"(?<=[\d\s])[^\d\s:.].*\Z", re.DOTALL)
#: "1030 hours", "0915 hrs": the hour and the minute of the military style.
_MILITARY = re.compile(r"(\d{2})(\d{2})\s?h")
#: What a clock's words after the digits say, written without stops or spaces: the half of the
#: day ("p.m.", "in the evening"), or none ("hours", "o'clock" alone: the hour as written).
_SUFFIX_WORDS = {
    "am": "am",
    "pm": "pm",
    "noon": "noon",
    "midnight": "midnight",
    "inthemorning": "am",
    "intheafternoon": "pm",
    "intheevening": "pm",
}
#: Words after the digits that make a whole hour a clock ("10 o'clock") or keep the 24-hour
#: reading ("14.00 hours"), written without stops or spaces.
_HOUR_MARKS = ("o'clock", "o’clock", "hours", "hrs")
#: The abbreviations of time zones: "JST", "EST".
_ZONE_ABBREVIATION = r"\b(?:JST|KST|CST|EST|EDT|PST|PDT|MST|MDT|CET|CEST|GMT|UTC|BST|IST|AEST|AEDT|WIB)\b"
_ZONE = re.compile(rf"\btime\b|\bTime\b|{_ZONE_ABBREVIATION}|\bUTC[+-]")
_PARENTHESES = re.compile(r"\(([^()]{1,100})\)")
_CLOCK_IN = re.compile(_CLOCK)
#: A zone written after a clock, outside parentheses: "5:00 p.m. local time", "10:15 JST".
_ZONE_AFTER_CLOCK = re.compile(rf"(?P<clock>{_CLOCK})\s*,?\s+(?P<zone>local\s+time\b|{_ZONE_ABBREVIATION})")
#: What every zone written after a clock holds.
_ZONE_AFTER_CUE = re.compile(rf"local\s+time|{_ZONE_ABBREVIATION}")
_TOTAL_AFTER = re.compile(r"\s*(?:,\s*)?(?:in\s+total|in\s+all|altogether|combined)\b")
_TOTAL_WORD = re.compile(r"\b(?:in\s+total|in\s+all|altogether|a\s+total\s+of|combined)\b")
_BREAK = re.compile(r"\.\s|[();]|\bfollowed\b|\band\s+(?:a|an|the)\b|,\s*and\b|\bthen\b|\bafter which\b")
_CLAUSE_LEFT = re.compile(r"[.;:()]|,\s|\band\s|\b(?:comprised|consisted\s+of|including|followed\s+by)\s")
_CLAUSE_RIGHT = re.compile(r"[.;:(),]|\s(?:and|followed\s+by)\b")
_LEADING_JOINER = re.compile(r"^(?:and|then|after that|followed by|while|including)\s+", re.IGNORECASE)
#: The verb of a part's own clause after its noun ("a small-group meeting was held", "a meeting
#: was held among a small group", "an expanded meeting took place", "a small-group meeting ... was"
#: before "followed by"): not part of its description.
_PART_VERB = re.compile(
    r"\s+(?:(?:was|were)\s+(?:then\s+|also\s+)?(?:held|conducted|hosted)|took\s+place)\b|\s+(?:was|were)\Z"
)
#: Words between two stretches that put the second after the first ("..., followed by a summit
#: meeting for about 30 minutes", "Subsequently, ... hosted a dinner for about 1 hour": the
#: ``[[part_follows]]`` of ``rules/meeting.toml``, the longest first, in any case and with any
#: spaces between their words): the first is then a part, not the whole meeting.
_FOLLOW_PHRASES = "|".join(
    r"\s+".join(map(re.escape, phrase.split())) for phrase in sorted(PART_FOLLOWS, key=len, reverse=True)
)
_FOLLOWS = re.compile(rf"\b(?:{_FOLLOW_PHRASES})\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_HOURS = re.compile(rf"(\d{{1,2}}(?=\s?h)|an|one|two|three|four|five|six)\s*{_HOUR_UNIT}", re.IGNORECASE)
_MINUTES = re.compile(rf"(\d{{1,3}}(?=\s?m)|{_NUM})\s*min", re.IGNORECASE)
_FRACTION = re.compile(rf"(\d{{1,2}}\.\d)\s+{_HOUR_UNIT}")
_HALF = re.compile(r"\ba\s+half\b")
_QUARTER = re.compile(r"\ba\s+quarter\b")
#: "a quarter of an hour", "three-quarters of an hour".
_QUARTERS_OF_AN_HOUR = re.compile(r"(?:a\s+quarter|three[- ]quarters)\s+of\s+an\s+hour")
_WHOLE_AND_HALF = re.compile(rf"(?:an|one|two|three|\d)\s+and\s+a\s+half\s+{_HOUR_UNIT}")


def parse_clock(text: str, default_suffix: str = "") -> _dt.time | None:
    """The time of day a clock expression names, or None.

    "7:10 p.m." → 19:10; "0:20 p.m." → 12:20; "12:00 noon" → 12:00; "12:30 a.m." →
    0:30; a 24-hour time with a stray suffix keeps its hour ("16:46 a.m." → 16:46);
    "10 o'clock" → 10:00 and "11 o'clock a.m." → 11:00 (an hour without "a.m." or
    "p.m." as written); "1030 hours" and "0915 hrs" → 10:30 and 9:15; "7:30 in the
    evening" → 19:30. ``default_suffix`` ("am"/"pm") applies to a bare hour ("from 3 to 4 p.m.").
    """
    text = text.strip()
    lowered = text.lower()
    if lowered == "noon":
        return _dt.time(12, 0)
    if lowered == "midnight":
        return _dt.time(0, 0)
    military = _MILITARY.match(text)
    if military is not None and int(military[1]) < 24 and int(military[2]) < 60:
        return _dt.time(int(military[1]), int(military[2]))
    match = _CLOCK_PARTS.match(text)
    if match is None:
        return None
    hour = int(match[1])
    minute = int(match[2]) if match[2] else 0
    words = _SPACES.sub("", match[3].lower().replace(".", ""))
    marked = words.startswith(_HOUR_MARKS)
    for mark in _HOUR_MARKS:
        words = words.removeprefix(mark)
    suffix = _SUFFIX_WORDS.get(words, words) or default_suffix
    if suffix == "pm" and hour < 12:
        hour += 12
    elif (suffix == "am" and hour == 12) or (suffix == "midnight" and hour == 12):
        hour = 0
    if not suffix and not marked and match[2] is None:
        return None
    if hour > 23 or minute > 59:
        return None
    return _dt.time(hour, minute)


def _number(word: str) -> int:
    """The value of a count: digits, a number word, or a tens word and a unit word ("forty five")."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    return sum(NUMBER_WORDS.get(part, 0) for part in word.replace("-", " ").split())


def parse_length(text: str) -> _dt.timedelta | None:
    """The length a phrase names: "55 minutes", "1 hour and 10 minutes", "half an hour",
    "an hour and a half", "one and a half hours", "1.5 hours", "an hour and a quarter",
    "three-quarters of an hour"; None for anything else."""
    text = text.strip()
    lowered = text.lower()
    fraction = _FRACTION.search(lowered)
    if fraction:
        minutes = round(float(fraction[1]) * 60)
    elif lowered.startswith("half an hour"):
        minutes = 30
    elif _QUARTERS_OF_AN_HOUR.match(lowered):
        minutes = 45 if lowered.startswith("three") else 15
    elif _WHOLE_AND_HALF.match(lowered):
        minutes = _number(lowered.split()[0]) * 60 + 30
    else:
        minutes = 0
        hours = _HOURS.search(lowered)
        rest = lowered
        if hours:
            minutes += 60 * _number(hours[1])
            rest = lowered[hours.end() :]
            if _HALF.search(rest):
                minutes += 30
            elif _QUARTER.search(rest):
                minutes += 15
        extra = _MINUTES.search(rest)
        if extra:
            minutes += _number(extra[1])
    return _dt.timedelta(minutes=minutes) if minutes > 0 else None


def _zone(text: str | None) -> str | None:
    """The words of a parenthesised time zone ("(Brunei local time)"), or None; of a zone followed
    by the same moment in another ("(local time; 3:20 a.m. ..., Japan time)"), the first."""
    if not text:
        return None
    inner = text.strip().strip("()").strip()
    head, _, rest = inner.partition(";") if ";" in inner else inner.partition(",")
    head = head.strip()
    if rest and _ZONE.search(head) and not _CLOCK_IN.search(head) and (_CLOCK_IN.search(rest) or _ZONE.search(rest)):
        return head  # "(local time; 3:20 a.m. on October 2, Japan time)", "(local time; same time in Japan)"
    return inner if inner and _ZONE.search(inner) else None


@attrs.define
class _Segment:
    """Time expressions that describe one stretch: "for 55 minutes, starting at 18:20"."""

    first: int
    last: int
    start: _dt.time | None = None
    end: _dt.time | None = None
    length: _dt.timedelta | None = None
    zone: str | None = None
    total: bool = False
    pieces: list[tuple[int, int]] = attrs.Factory(list)
    #: The part's own words in parentheses after its clocks: "10:00-10:30 (tete-a-tete meeting)".
    label: str | None = None

    def duration(self) -> _dt.timedelta | None:
        if self.length is not None:
            return self.length
        if self.start is not None and self.end is not None:
            return _span(self.start, self.end)
        return None


def _span(start: _dt.time, end: _dt.time) -> _dt.timedelta:
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    if minutes < 0:
        minutes += 24 * 60
    return _dt.timedelta(minutes=minutes)


@attrs.frozen
class TimeFacts:
    """What a lead says about when and how long a meeting took place."""

    start: _dt.time | None = None
    end: _dt.time | None = None
    duration: _dt.timedelta | None = None
    timezone: str | None = None
    parts: tuple[MeetingPart, ...] = ()
    found: bool = False


def _label(text: str | None) -> str | None:
    """The words of a parenthesis after two clocks that name no zone, no clock and no length: a
    part's name ("(tete-a-tete meeting)"), or None."""
    inner = text.strip().strip("()").strip() if text else ""
    if not inner or _zone(inner) or _CLOCK_IN.search(inner) or parse_length(inner) is not None:
        return None
    return inner if any(ch.isalpha() for ch in inner) else None


def _clock_range(first: str, last: str) -> tuple[_dt.time | None, _dt.time | None]:
    """The start and end of "from 3 to 4 p.m.", "9:05 to 9:50 a.m.": the end's "a.m." or "p.m."
    is the start's too, unless that puts the start after the end ("11:30 a.m. to 1 p.m."); so are
    its "o'clock" and "hours" ("from 10 to 11 o'clock", "from 1030 to 1145 hours")."""
    end = parse_clock(last)
    suffix = ""
    if end is not None:
        raw_end = last.lower().replace(".", "").replace(" ", "")
        suffix = "pm" if raw_end.endswith("pm") else "am" if raw_end.endswith("am") else ""
    start = parse_clock(first, suffix)
    if suffix == "pm" and start is not None and end is not None and start > end:
        start = parse_clock(first, "am")
    words = _CLOCK_WORDS.search(last)
    if start is None and end is not None and words is not None and _CLOCK_WORDS.search(first) is None:
        start = parse_clock(f"{first} {words[0]}")
    return start, end


def _events(text: str) -> list[tuple[int, int, dict[str, object]]]:
    """Every time expression in ``text``: (start, end, fields) in order."""
    events: list[tuple[int, int, dict[str, object]]] = []
    for match in _EVENTS.finditer(text):
        fields: dict[str, object] = {}
        if match["range"]:
            start, end = _clock_range(match["rs"], match["re"])
            fields = {"start": start, "end": end, "zone": _zone(match["rtz1"]) or _zone(match["rtz2"])}
        elif match["span"]:  # "18:00-19:00", "9:05 to 9:50 a.m."
            start, end = _clock_range(match["ss"], match["se"])
            fields = {"start": start, "end": end, "zone": _zone(match["stz"]), "label": _label(match["stz"])}
        elif match["start"] and match["ste"]:  # "commencing at around 11:10 a.m. until around 12:25 p.m."
            start, end = _clock_range(match["st"], match["ste"])
            fields = {"start": start, "end": end, "zone": _zone(match["sttz"]) or _zone(match["stetz"])}
        elif match["start"]:
            fields = {"start": parse_clock(match["st"]), "zone": _zone(match["sttz"])}
        elif match["dur"]:
            fields = {"length": parse_length(match["d"]), "total": bool(match["tot"])}
            if _TOTAL_AFTER.match(text, match.end()):
                fields["total"] = True
        elif match["adj"]:
            count = _number(match["an"])
            fields = {"length": _dt.timedelta(minutes=count) if count else None}
        elif match["adjh"]:  # "an approximately one-hour summit meeting", "a one-and-a-half-hour ..."
            half = _dt.timedelta(minutes=30) if match["ahalf"] else _dt.timedelta()
            hours = match["ah"]
            whole = _dt.timedelta(hours=float(hours)) if "." in hours else _dt.timedelta(hours=_number(hours))
            fields = {"length": whole + half}
        elif match["anh"]:  # "an hour-long meeting"
            fields = {"length": _dt.timedelta(hours=1)}
        if any(value is not None and value is not False for value in fields.values()):
            events.append((match.start(), match.end(), fields))
    return events


def _segments(text: str) -> list[_Segment]:
    segments: list[_Segment] = []
    current: _Segment | None = None
    for start, end, fields in _events(text):
        gives = {key for key in ("start", "end", "length") if fields.get(key) is not None}
        joins = (
            current is not None
            and not any(getattr(current, key) is not None for key in gives)
            and start - current.last <= 80
            and _BREAK.search(text, current.last, start) is None
        )
        if current is None or not joins:
            current = _Segment(first=start, last=end)
            segments.append(current)
        current.last = end
        current.pieces.append((start, end))
        for key in gives:
            setattr(current, key, fields[key])
        zone = fields.get("zone")
        if isinstance(zone, str) and current.zone is None:
            current.zone = zone
        if fields.get("total"):
            current.total = True
        label = fields.get("label")
        if isinstance(label, str) and current.label is None:
            current.label = label
    return segments


def _description(text: str, segment: _Segment) -> str | None:
    """The words around a part's times ("a meeting was held among a small group"), or those in
    parentheses after its clocks ("10:30-11:20 (expanded meeting)")."""
    if segment.label is not None:
        return segment.label
    left = 0
    for match in _CLAUSE_LEFT.finditer(text, 0, segment.first):
        left = match.end()
    right_match = _CLAUSE_RIGHT.search(text, segment.last)
    right = right_match.start() if right_match else len(text)
    kept: list[str] = []
    cursor = left
    for start, end in segment.pieces:
        if start >= cursor:
            kept.append(text[cursor:start])
            cursor = end
    kept.append(text[cursor:right])
    words = _SPACES.sub(" ", " ".join(kept)).strip(" ,")
    words = _LEADING_JOINER.sub("", words).strip(" ,")
    words = _PART_VERB.sub("", words)
    return words if any(ch.isalpha() for ch in words) else None


def _contains(outer: _Segment, inner: _Segment) -> bool:
    if outer.start is None or outer.end is None or inner.start is None:
        return False
    inner_end = inner.end or inner.start
    return outer.start <= inner.start and inner_end <= outer.end


def _outside(outer: _Segment, inner: _Segment) -> bool:
    """Whether the clocks of ``inner`` put it outside ``outer``: it starts at or after ``outer``'s
    end, or ends by its start ("from 11:55 a.m. to 12:45 p.m. and from 2:40 p.m. to 3:25 p.m.")."""
    if outer.start is None or outer.end is None or inner.start is None:
        return False
    return inner.start >= outer.end or (inner.end is not None and inner.end <= outer.start)


def _same_moment_elsewhere(match: re.Match[str]) -> str:
    """A parenthesis that gives the same moment in another zone, blanked; any other kept."""
    inner = match[1]
    return " " * len(match[0]) if _zone(inner) and _CLOCK_IN.search(inner) else match[0]


def _complement(one: _Segment, other: _Segment) -> bool:
    """Whether two stretches are one told in two places: a start alone and a length alone."""
    starts = [s for s in (one, other) if s.start is not None and s.end is None and s.length is None]
    lengths = [s for s in (one, other) if s.length is not None and s.start is None and s.end is None]
    return len(starts) == 1 and len(lengths) == 1


def read_times(text: str) -> TimeFacts:
    """Start, end, length, time zone and parts of the meeting a lead describes.

    A clock in parentheses with a time zone ("5:00 p.m. local time (8:00 a.m. on January
    5, Japan time)") is the same moment in another zone, not a part: it is not read as a
    time, only as the zone.
    """
    # "held a telephone talk ... for about 15 minutes (May 26, 5:45 p.m., JST)": with no clock outside
    # the parentheses, the one inside is the meeting's own, in the zone written after it
    own = _ZONE_AFTER_CLOCK.search(text) if "(" in text and not _CLOCK_IN.search(_PARENTHESES.sub(" ", text)) else None
    segments = _segments(text if own else _PARENTHESES.sub(_same_moment_elsewhere, text) if "(" in text else text)
    if own and not any(segment.start for segment in segments):
        clock = parse_clock(own["clock"])  # "(May 26, 5:45 p.m., JST)": a clock after a date, with no cue
        if segments:
            segments[0].start = clock
        else:
            segments = [_Segment(first=own.start(), last=own.end(), start=clock)]
    zone = _SPACES.sub(" ", own["zone"]) if own else next((s.zone for s in segments if s.zone), None)
    outside = _PARENTHESES.sub(" ", text) if zone is None and _ZONE_AFTER_CUE.search(text) else ""
    written = _ZONE_AFTER_CLOCK.search(outside) if outside else None
    if written is not None:
        zone = _SPACES.sub(" ", written["zone"])  # "5:00 p.m. local time (8:00 ... Japan time)": the meeting's zone
    if zone is None:
        for match in _PARENTHESES.finditer(text) if "(" in text else ():
            zone = _zone(match[1])
            if zone:
                break
    if not segments:
        return TimeFacts(timezone=zone)
    if len(segments) == 2 and _complement(*segments):
        # "an approximately one-hour summit meeting ... around 12:00 noon": one stretch, told apart
        first, second = segments
        segments = [
            _Segment(
                first=first.first,
                last=second.last,
                start=first.start or second.start,
                end=first.end or second.end,
                length=first.length or second.length,
                zone=first.zone or second.zone,
                total=first.total or second.total,
            )
        ]
    if len(segments) == 1:
        only = segments[0]
        return TimeFacts(only.start, only.end, only.duration(), zone, (), True)
    overall: _Segment | None = None
    first = segments[0]
    rest = [s.duration() for s in segments[1:]]
    first_length = first.duration()
    follows = _FOLLOWS.search(text, first.last, segments[1].first) is not None
    if (
        first.total
        or all(_contains(first, other) for other in segments[1:])
        or (
            not follows
            and not any(_outside(first, other) for other in segments[1:])
            and first_length is not None
            and all(r is not None for r in rest)
            and sum((r for r in rest if r is not None), _dt.timedelta()) <= first_length
        )
    ):
        # The first stretch is the whole meeting: it says so, it spans the others, or the
        # lengths of the others fit within it, the next is not said to follow it and no clock
        # puts another after it.
        overall = first
    else:
        overall = next((s for s in segments if s.total and s.start is None and s.end is None), None)
    pieces = [s for s in segments if s is not overall]
    parts = tuple(
        MeetingPart(description=_description(text, s), start=s.start, end=s.end, duration=s.duration()) for s in pieces
    )
    if overall is not None:
        return TimeFacts(
            overall.start if overall.start is not None else pieces[0].start,
            overall.end if overall.end is not None else pieces[-1].end,
            overall.duration(),
            zone,
            parts,
            True,
        )
    duration: _dt.timedelta | None = None
    lengths = [p.duration for p in parts]
    if _TOTAL_WORD.search(text) and all(length is not None for length in lengths):
        duration = sum((length for length in lengths if length is not None), _dt.timedelta())
    return TimeFacts(parts[0].start, parts[-1].end, duration, zone, parts, True)
