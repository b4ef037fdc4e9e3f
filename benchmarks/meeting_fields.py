"""How often the meeting pass reads each field right, over the readouts of ``meeting/``.

Run from a checkout (the project installed)::

    python benchmarks/meeting_fields.py            # the share right of each field
    python benchmarks/meeting_fields.py --misses   # and every field read wrong
    python benchmarks/meeting_fields.py --folder DIR   # a held-out set: DIR/*.txt, DIR/expected.toml

The readouts in ``meeting/`` beside this file are written for this measure in the
MOFA style, one or two a variant of the meeting conventions (the name later
mentions use, titles that are no names, participants from the title or a field
block, countries, kinds, places, times, dates, accompanying officials, Prime
Minister's Office pages); ``meeting/expected.toml`` holds what a careful reader
takes from each. A document counts for a field when the pass reads exactly the
expected value. The fields: the principals' surnames (as later mentions use
them), their countries, the kind, the place, the start, the length, the title,
the date line and the meeting date, the accompanying officials, and
``Document.people`` (everyone the title, the lead and its company sentences name,
one person per human, no names made of title words; not those only the body
names; "people" in the expectations, by default the principals and the
accompanying officials). It writes nothing but its output.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from readout_sets import add_folder_option, read_expected, same_files

import mofa_parse

HERE = Path(__file__).resolve().parent / "meeting"

#: The fields compared, each with what the document gives and what the expectation says.
Reader = Callable[[mofa_parse.Document], object]


def _participants(doc: mofa_parse.Document) -> list[str]:
    return sorted(f"{p.surname} / {p.country}" for p in doc.meeting.participants)


def _expected_participants(entry: dict[str, Any]) -> list[str]:
    return sorted(entry.get("participants", []))


def _surnames(doc: mofa_parse.Document) -> list[str]:
    return sorted(p.surname for p in doc.meeting.participants)


def _minutes(value: dt.timedelta | None) -> int | None:
    return None if value is None else int(value.total_seconds() // 60)


FIELDS: dict[str, tuple[Reader, Callable[[dict[str, Any], str], object]]] = {
    "participants": (_surnames, lambda e, _: sorted(p.split(" / ")[0] for p in e.get("participants", []))),
    "countries": (_participants, lambda e, _: _expected_participants(e)),
    "accompanied": (
        lambda d: sorted(p.surname for p in d.meeting.accompanied_by),
        lambda e, _: sorted(e.get("accompanied", [])),
    ),
    "people": (
        lambda d: sorted(p.surname for p in d.people),
        lambda e, _: sorted(
            e.get("people", [p.split(" / ")[0] for p in e.get("participants", [])] + e.get("accompanied", []))
        ),
    ),
    "kind": (lambda d: d.meeting.kind.value, lambda e, _: e.get("kind", "other")),
    "location": (lambda d: d.meeting.location, lambda e, _: e.get("location")),
    "start": (lambda d: d.meeting.start and d.meeting.start.strftime("%H:%M"), lambda e, _: e.get("start")),
    "duration": (lambda d: _minutes(d.meeting.duration), lambda e, _: e.get("duration")),
    "title": (lambda d: d.title, lambda e, first: e.get("title", first)),
    "issued": (lambda d: d.issued and d.issued.isoformat(), lambda e, _: e.get("issued")),
    "date": (lambda d: d.meeting.date and d.meeting.date.isoformat(), lambda e, _: e.get("date")),
}


def measure(misses: bool, only: str = "", folder: Path = HERE) -> tuple[int, dict[str, float]]:
    """How many readouts of ``folder`` (those whose name starts with ``only``) and the share of
    them each field is right in; prints the misses when asked."""
    expected = read_expected(folder)
    paths = sorted(folder.glob("*.txt"))
    same_files(folder, list(expected), [p.stem for p in paths])
    paths = [p for p in paths if p.stem.startswith(only)]
    if not paths:
        raise SystemExit(f"no readout of {folder}/ starts with {only!r}")
    right = dict.fromkeys(FIELDS, 0)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        doc = mofa_parse.parse(text)
        entry = expected[path.stem]
        first = text.splitlines()[0]
        for field, (read, want) in FIELDS.items():
            got, wanted = read(doc), want(entry, first)
            if got == wanted:
                right[field] += 1
            elif misses:
                print(f"{path.stem}: {field}: read {got!r}, expected {wanted!r}")
    return len(paths), {field: count / len(paths) for field, count in right.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="print every field read wrong")
    parser.add_argument("--only", default="", metavar="PREFIX", help="only the readouts whose name starts so")
    add_folder_option(parser, HERE)
    args = parser.parse_args()
    count, shares = measure(args.misses, args.only, args.folder)
    print(f"\n{count} readouts in {args.folder.name}/; share of readouts with the field right:\n")
    print("| field | share right |\n| --- | --- |")
    for field, share in shares.items():
        print(f"| {field} | {share:.2f} |")


if __name__ == "__main__":
    main()
