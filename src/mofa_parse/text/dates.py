"""Date lines: "November 22, 2004", "15 November 2000", "29, October, 2009", "Tuesday, June 19, 2012", "July 2003".

The names of months and weekdays are read in any case ("SEPTEMBER 28, 2019"), and a date line
may stand in parentheses ("(August 28, 2019)") or be written as a field ("Date: March 3, 2011").
A line that gives the page's revision date ("Updated: March 9, 2011", "Last updated: 9 March
2011") is a date line too, marked as the revision's. A date line may name a range of days, as
pages do for a visit of two days or more ("Tuesday, August 29 to Wednesday, August 30, 2006",
"August 29-30, 2006", "29-30 August 2006"): the date it names is the first day.

``read_date_line`` recognises a whole line as a date line and says whether it names
a full date; ``format_date`` writes the canonical form that ``render`` emits.
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs

from mofa_parse.rules.people import MONTHS, WEEKDAYS

__all__ = [
    "MONTHS",
    "MONTH_CUE",
    "MONTH_NAME",
    "MONTH_WORD",
    "WEEKDAY_NAME",
    "DateLine",
    "format_date",
    "month_number",
    "read_date_line",
]

_MONTH_KEYS: dict[str, int] = {name.lower(): index for index, name in enumerate(MONTHS, 1)}
_MONTH_KEYS.update({name[:3].lower(): index for index, name in enumerate(MONTHS, 1)})
_MONTH_KEYS["sept"] = 9

#: A month as written in a date, as a regular expression: its name, or an abbreviation of three
#: letters ("Sept" too), with any stop.
MONTH_WORD = "(?:" + "|".join([*(month[:3] for month in MONTHS), "Sept"]) + r")[a-z]*\.?"
_MONTH = rf"(?P<{{0}}>(?i:{MONTH_WORD}))"
#: A month as a lead writes it, as a regular expression: its name or the abbreviation, with any
#: stop ("June", "Jun.", "Sept."), and no other word.
_MONTH_FORMS = sorted({*MONTHS, *(month[:3] for month in MONTHS), "Sept"}, key=lambda word: (-len(word), word))
MONTH_NAME = "(?:" + "|".join(_MONTH_FORMS) + r")\.?"
#: What every month a lead can write holds: its first three letters.
MONTH_CUE = "|".join(month[:3] for month in MONTHS)
#: A day of the week written out, as a regular expression: "Monday".
WEEKDAY_NAME = "(?:" + "|".join(WEEKDAYS) + ")"
#: A day of the week before a date: its name, or an abbreviation of three letters or more with any
#: stop ("Tue.", "Tues.", "Thurs.").
_WEEKDAY = "(?:" + "|".join(day[:3] + r"[a-z]*\.?" for day in WEEKDAYS) + r"),?\s+"
_ORDINAL = "(?:st|nd|rd|th)?"
#: The words between the first and the last day of a range: "29-30", "29 to 30", "29 through 30".
_RANGE = r"(?:\s*[-\u2010-\u2013]\s*|\s+(?i:to|through|until)\s+)"
#: The end of a range after its first day, month first ("to Wednesday, August 30", "-30"): what the
#: date line names is the first day.
_LAST_DAY_AFTER_MONTH = rf"(?:{_RANGE}(?i:{_WEEKDAY})?(?:(?i:{MONTH_WORD})\s+)?\d{{1,2}}{_ORDINAL})?"
#: The same, day first ("29-30 August", "29 August to 1 September"): the first day's month, if it
#: has its own, is ``m5``.
_LAST_DAY_BEFORE_MONTH = (
    rf"(?:(?:\s+{_MONTH.format('m5')})?{_RANGE}(?i:{_WEEKDAY})?\d{{1,2}}{_ORDINAL})?"
)
_DATE_LINE = re.compile(
    rf"(?i:{_WEEKDAY})?(?:"
    rf"{_MONTH.format('m1')}\s+(?P<d1>\d{{1,2}}){_ORDINAL}{_LAST_DAY_AFTER_MONTH},?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}}){_ORDINAL}{_LAST_DAY_BEFORE_MONTH},?\s+{_MONTH.format('m2')},?\s+(?P<y2>\d{{4}})"
    rf"|{_MONTH.format('m3')},?\s+(?P<y3>\d{{4}})"
    rf"|(?P<y4>\d{{4}})[-/.](?P<m4>\d{{1,2}})[-/.](?P<d4>\d{{1,2}})"
    r")\Z"
)


#: Longer lines are no date line: the longest, a range of days with their weekdays
#: ("Wednesday, September 30 to Thursday, October 1, 2009").
_LONGEST = 64

#: The label of a date line written as a field: "Date:", or the revision's "Updated:", "Last updated:".
_LABEL = re.compile(r"(?i:(?P<revision>(?:last\s+)?updated)|date)\s*:\s*")


def month_number(name: str) -> int | None:
    """1 for "January", "Jan", "Jan."; None if the word is not a month."""
    return _MONTH_KEYS.get(name.rstrip(".").lower())


@attrs.frozen
class DateLine:
    """What a date line says: ``date`` when it names a day, else only year and month."""

    year: int
    month: int
    date: _dt.date | None
    #: Whether the line gives the page's revision date ("Last updated: March 9, 2011"), not the readout's.
    revision: bool = False
    #: Whether the line is written as a field ("Date: March 3, 2011").
    labelled: bool = False


def read_date_line(text: str) -> DateLine | None:
    """Read ``text`` (one stripped line) as a date line, or return None.

    A line that names a month that does not exist, or a day the month does not
    have, is not a date line. "Date: 3 March 2011" is one (``labelled``), and so is
    "Updated: March 9, 2011" (``revision``).
    """
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1].strip()
    label = _LABEL.match(text)
    if label is not None:
        text = text[label.end() :]
    if len(text) > _LONGEST or not text[-1:].isdigit():
        return None
    match = _DATE_LINE.match(text)
    if match is None:
        return None
    found = _named_date(match)
    if found is None or label is None:
        return found
    return attrs.evolve(found, revision=label["revision"] is not None, labelled=True)


def _named_date(match: re.Match[str]) -> DateLine | None:
    """The date a match of ``_DATE_LINE`` names, or None when there is no such day."""
    if match["y4"] is not None:
        year, month, day = int(match["y4"]), int(match["m4"]), int(match["d4"])
    else:
        name = match["m1"] or match["m5"] or match["m2"] or match["m3"]
        found = month_number(name)
        if found is None:
            return None
        month = found
        year = int(match["y1"] or match["y2"] or match["y3"])
        raw_day = match["d1"] or match["d2"]
        if raw_day is None:
            return DateLine(year, month, None) if 1 <= month <= 12 else None
        day = int(raw_day)
    try:
        return DateLine(year, month, _dt.date(year, month, day))
    except ValueError:
        return None


def format_date(value: _dt.date) -> str:
    """The canonical date line: ``November 22, 2004``."""
    return f"{MONTHS[value.month - 1]} {value.day}, {value.year}"
