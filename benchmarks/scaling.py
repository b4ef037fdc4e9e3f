"""Parse time against input size for pathological inputs: it must grow linearly.

Each family of inputs is generated at 1x, 10x and 100x a base size and parsed
(best of ``--repeat`` rounds, garbage collection off while timing). The script prints the time, the
throughput and the ratio to the size before; a ratio above ``--limit`` (11 for a
tenfold size) marks the family as superlinear, and the exit status is 1 if any
family is.

    PYTHONPATH=src python benchmarks/scaling.py [--base 100000] [--repeat 5] [FAMILY ...]

This is a measurement, not a test: timings depend on the machine and its load
(on a busy machine, rerun a flagged family alone with more rounds), so the test
suite asserts only that such inputs complete and are read correctly
(tests/test_hostile.py).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable

import mofa_parse

HEAD = "Japan-X Talks\nNovember 22, 2004\n1. Economy\n"
SENTENCE = "Prime Minister Sato stated that the two countries would cooperate (on trade). "


def long_line(size: int) -> str:
    """One line of running text."""
    return HEAD + SENTENCE * (size // len(SENTENCE))


def blank_lines(size: int) -> str:
    """Blank and white-space-only lines between two sections."""
    return HEAD + "\n \r\n\t\n" * (size // 6) + "2. Security\nBoth sides agreed.\n"


def combined_markers(size: int) -> str:
    """One line of combined markers: "(1) (a) - (1) (a) - ..."."""
    return HEAD + "(1) (a) - " * (size // 10) + "text\n"


def unbalanced(size: int) -> str:
    """Opening brackets, quotes and photo captions that never close."""
    part = size // 5
    return HEAD + "\n".join(["(" * part, '"' * part, "\u201c(" * (part // 2), "photo(" * (part // 6), ")" * part])


def long_title(size: int) -> str:
    """A first line that goes on and on."""
    return "Japan-X Summit Meeting " * (size // 23) + "\nNovember 22, 2004\n"


def nested_bullets(size: int) -> str:
    """Bullets each indented two columns deeper (a tab per four): levels grow with the square root of size."""
    lines = []
    total = 0
    level = 0
    while total < size:
        line = "\t" * (level // 2) + "  " * (level % 2) + f"- point {level}"
        lines.append(line)
        total += len(line) + 1
        level += 1
    return HEAD + "\n".join(lines)


def many_items(size: int) -> str:
    """Short marker lines at three levels, as a long outline has them."""
    block = "(1) Trade\n  - Exports\n    (a) Cars\n(2) Energy\n  - Gas\n    (a) Pipelines\n"
    return HEAD + block * (size // len(block))


def readout(size: int) -> str:
    """Readout-like text: numbered sections, clauses, items and long paragraphs."""
    paragraph = SENTENCE * 6
    parts = [HEAD, paragraph, "\n"]
    number = 1
    total = 0
    while total < size:
        number += 1
        chunk = f"\n{number}. Heading {number}\n(1) {paragraph}\n(2) {paragraph}\n  - {paragraph}\n"
        parts.append(chunk)
        total += len(chunk)
    return "".join(parts)


FAMILIES: dict[str, Callable[[int], str]] = {
    "long_line": long_line,
    "blank_lines": blank_lines,
    "combined_markers": combined_markers,
    "unbalanced": unbalanced,
    "long_title": long_title,
    "nested_bullets": nested_bullets,
    "many_items": many_items,
    "readout": readout,
}


def best_times(texts: list[str], repeat: int) -> list[float]:
    """The shortest parse time of each text over ``repeat`` rounds, in seconds.

    Each round parses every text once, so that a change in machine load falls
    on all sizes alike rather than on one.
    """
    best = [float("inf")] * len(texts)
    for _ in range(repeat):
        for index, text in enumerate(texts):
            gc.collect()
            gc.disable()
            try:
                start = time.perf_counter()
                mofa_parse.parse(text)
                best[index] = min(best[index], time.perf_counter() - start)
            finally:
                gc.enable()
    return best


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("families", nargs="*", choices=[*FAMILIES, []], metavar="FAMILY", help=", ".join(FAMILIES))
    options.add_argument("--base", type=int, default=100_000, help="size of the 1x input in characters")
    options.add_argument("--repeat", type=int, default=5, help="rounds of runs; the best time of each size counts")
    options.add_argument("--limit", type=float, default=11.0, help="largest acceptable time ratio for 10x the size")
    args = options.parse_args(argv)
    mofa_parse.parse(HEAD)  # load the grammar before timing
    superlinear = []
    print(f"{'family':<18}{'size':>12}{'seconds':>10}{'MB/s':>8}{'ratio':>8}")
    for name in args.families or list(FAMILIES):
        texts = [FAMILIES[name](args.base * scale) for scale in (1, 10, 100)]
        previous: float | None = None
        for text, seconds in zip(texts, best_times(texts, args.repeat)):
            ratio = seconds / previous if previous else None
            flag = ""
            if ratio is not None and ratio > args.limit:
                flag = "  superlinear"
                superlinear.append(name)
            shown = f"{ratio:8.1f}" if ratio is not None else " " * 8
            rate = len(text) / seconds / 1e6
            print(f"{name:<18}{len(text):>12,}{seconds:>10.3f}{rate:>8.1f}{shown}{flag}", flush=True)
            previous = seconds
    if superlinear:
        print("superlinear:", ", ".join(sorted(set(superlinear))))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
