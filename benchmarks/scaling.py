"""Parse time against input size for pathological inputs: it must grow linearly.

Each family of inputs is built at a base size and at ten times that size, and
each is parsed in a child process of its own, with a time limit, so that an
input that is still quadratic is reported instead of holding up the run. The
child times ``mofa_parse.parse`` in CPU seconds, garbage collection off, the
best of as many parses as fit in a fifth of a second (at least three). A time
ratio above ``--limit`` for the tenfold input marks the family as
superlinear; the exit status is then 1.

    python benchmarks/scaling.py [--source] [--limit 12] [--timeout 60] [FAMILY ...]

``bench.py`` runs the same families as part of its targets. This is a
measurement, not a test: the test suite asserts only that such inputs
complete and are read correctly (tests/test_hostile.py).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAD = "Japan-X Talks\nNovember 22, 2004\n1. Economy\n"
SENTENCE = "Prime Minister Sato stated that the two countries would cooperate (on trade). "
SPEECH_TAIL = "X, for his part stated that x.\n"


def hyphenated_names(size: int) -> str:
    """A run of "A-" before a subject: every hyphen could end a name."""
    return "A-" * size + SPEECH_TAIL


def dotted_names(size: int) -> str:
    """A run of "A." before a subject: every dot could end an initial or a sentence."""
    return "A." * size + SPEECH_TAIL


def no_spaces(size: int) -> str:
    """One line of ``size`` characters without a space, under a section."""
    word = "Koizumi-Putin,"
    return HEAD + word * (size // len(word)) + "\n"


def marker_run(size: int) -> str:
    """One line of ``size`` clause markers "(1)" with no text between them."""
    return HEAD + "(1)" * size + "\n"


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


def long_line(size: int) -> str:
    """One line of running text."""
    return HEAD + SENTENCE * (size // len(SENTENCE))


def blank_lines(size: int) -> str:
    """Blank and white-space-only lines between two sections."""
    return HEAD + "\n \r\n\t\n" * (size // 6) + "2. Security\nBoth sides agreed.\n"


def unbalanced(size: int) -> str:
    """Opening brackets, quotes and photo captions that never close."""
    part = size // 5
    return HEAD + "\n".join(["(" * part, '"' * part, "\u201c(" * (part // 2), "photo(" * (part // 6), ")" * part])


def combined_markers(size: int) -> str:
    """One line of combined markers: "(1) (a) - (1) (a) - ..."."""
    return HEAD + "(1) (a) - " * (size // 10) + "text\n"


def many_items(size: int) -> str:
    """Short marker lines at three levels, as a long outline has them."""
    block = "(1) Trade\n  - Exports\n    (a) Cars\n(2) Energy\n  - Gas\n    (a) Pipelines\n"
    return HEAD + block * (size // len(block))


#: Each family with the base size it is measured at (the count of its repeated unit, or characters).
FAMILIES: dict[str, tuple[Callable[[int], str], int]] = {
    "hyphenated_names": (hyphenated_names, 2_000),
    "dotted_names": (dotted_names, 2_000),
    "no_spaces": (no_spaces, 1_000_000),
    "marker_run": (marker_run, 10_000),
    "nested_bullets": (nested_bullets, 100_000),
    "long_line": (long_line, 10_000),
    "blank_lines": (blank_lines, 100_000),
    "unbalanced": (unbalanced, 100_000),
    "combined_markers": (combined_markers, 100_000),
    "many_items": (many_items, 100_000),
}

#: The families ``bench.py`` holds to the linear-time target.
TARGETED = ("hyphenated_names", "dotted_names", "no_spaces", "long_line", "marker_run", "nested_bullets")


def _child(family: str, size: int) -> None:
    """In a fresh process: print the input's length and its best parse time in CPU seconds."""
    import mofa_parse

    text = FAMILIES[family][0](size)
    mofa_parse.parse(HEAD)  # the grammar and the patterns loaded before timing
    best = float("inf")
    spent = 0.0
    runs = 0
    while runs < 3 or spent < 0.2:
        gc.collect()
        gc.disable()
        started = time.process_time()
        mofa_parse.parse(text)
        elapsed = time.process_time() - started
        gc.enable()
        best = min(best, elapsed)
        spent += elapsed
        runs += 1
    print(json.dumps({"length": len(text), "seconds": best}))


def timed_parse(family: str, size: int, *, timeout: float, source: bool) -> tuple[int, float | None]:
    """The input's length and its best parse time, or None if the child ran past ``timeout`` seconds."""
    argv = [sys.executable, __file__, "--child", family, str(size)] + (["--source"] if source else [])
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=dict(os.environ))
    except subprocess.TimeoutExpired:
        return len(FAMILIES[family][0](size)), None
    if done.returncode:
        raise SystemExit(f"{family} at {size} failed:\n{done.stderr}")
    found = json.loads(done.stdout)
    return int(found["length"]), float(found["seconds"])


def measure(family: str, *, timeout: float, source: bool) -> tuple[tuple[int, float | None], tuple[int, float | None]]:
    """The family at its base size and at ten times it; the tenfold run is skipped if the base one timed out."""
    base = FAMILIES[family][1]
    small = timed_parse(family, base, timeout=timeout, source=source)
    if small[1] is None:
        return small, (len(FAMILIES[family][0](10 * base)), None)
    return small, timed_parse(family, 10 * base, timeout=timeout, source=source)


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    options.add_argument("families", nargs="*", choices=[*FAMILIES, []], metavar="FAMILY", help=", ".join(FAMILIES))
    options.add_argument("--limit", type=float, default=12.0, help="largest acceptable time ratio for 10x the size")
    options.add_argument("--timeout", type=float, default=60.0, help="seconds a child may take before it is stopped")
    options.add_argument("--source", action="store_true", help="measure the checkout's src/ instead of the install")
    options.add_argument("--child", nargs=2, metavar=("FAMILY", "SIZE"), help=argparse.SUPPRESS)
    args = options.parse_args(argv)
    if args.source:
        sys.path.insert(0, str(ROOT / "src"))
    if args.child:
        _child(args.child[0], int(args.child[1]))
        return 0
    superlinear = []
    print(f"{'family':<18}{'size':>12}{'seconds':>10}{'10x size':>12}{'seconds':>10}{'ratio':>8}")
    for name in args.families or list(FAMILIES):
        (small_length, small_time), (large_length, large_time) = measure(name, timeout=args.timeout, source=args.source)
        ratio = large_time / small_time if small_time and large_time is not None else None
        if ratio is None or ratio > args.limit:
            superlinear.append(name)
        print(f"{name:<18}", end="")
        for length, seconds in ((small_length, small_time), (large_length, large_time)):
            shown = f"{seconds:10.4f}" if seconds is not None else f"{'> ' + str(args.timeout):>10}"
            print(f"{length:>12,}{shown}", end="")
        print(f"{ratio:8.1f}" if ratio is not None else "     n/a", flush=True)
    if superlinear:
        print("superlinear:", ", ".join(superlinear))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
