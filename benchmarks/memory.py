"""Peak memory for one large readout: ``parse``, ``parse`` + ``write_json``, ``to_json``, ``mofa-parse``.

    python benchmarks/memory.py [--megabytes 50] [--target 4]

The input is the seeds and the readouts of ``corpus/`` joined, repeated to the size
asked for, and parsed as one document. Each stage runs in a fresh process; its peak
resident memory (``ru_maxrss``) less the peak of a process that has imported the
library and read the same input (the baseline) is divided by the input's size. The
ratio, not the megabytes, is the result: it holds from one machine to the next.
Prints each stage with its ratio and PASS or FAIL against the target, and exits
with status 1 if any fails; then, traced with ``tracemalloc`` in one more process,
where the parse's memory goes (the peaks of the structure and speech stages, the tree
and the finished Document), to say what holds a stage's peak. It writes nothing but
a temporary directory, removed.

``parse + write_json (to a file)`` is what a pipeline does (parse, then write the
JSON out as it is made); ``parse + to_json`` measures the one ``str`` that
``to_json`` returns, itself several times the input.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
READOUTS = sorted((HERE.parent / "seeds").glob("*.txt")) + sorted((HERE / "corpus").glob("*.txt"))

#: What each stage does after the baseline (the text is in ``text``, the path in ``path``).
#: ``write_json`` writes the JSON to a file as it walks the tree: parsing and serialising
#: as a pipeline does it. ``to_json`` returns the whole text as one ``str``, which is
#: itself several times the input (the source, every paragraph's and statement's text).
STAGES = {
    "baseline": "pass",
    "parse": "doc = mofa_parse.parse(text)",
    "parse + write_json (to a file)": (
        "doc = mofa_parse.parse(text)\n"
        "with open(path + '.json', 'w', encoding='utf-8') as out: mofa_parse.write_json(doc, out)"
    ),
    "parse + to_json (one str)": "doc = mofa_parse.parse(text); data = mofa_parse.to_json(doc)",
}


def child(stage: str, path: str) -> None:
    """Run one stage and print this process's peak resident memory in bytes."""
    import mofa_parse
    import mofa_parse.io.writer  # cattrs and the converter count as baseline

    mofa_parse.to_json(mofa_parse.parse("Warm-up Talks\n\nMay 1, 2004\n\nThe leaders met.\n"))
    with open(path, encoding="utf-8") as file:
        text = file.read()
    exec(STAGES[stage], {"mofa_parse": mofa_parse, "text": text, "path": path})
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)


#: Where the parse's memory goes, traced stage by stage (``tracemalloc``: Python's own allocations).
BREAKDOWN = (
    ("structure", "peak of the structure stage (lines, tokens, the tree)"),
    ("tree", "the tree the structure stage returns"),
    ("speech", "peak of the speech stage (the tree, and the drafts and statements of the speech pass)"),
    ("document", "the finished Document, once the collector has run"),
)


def trace(path: str) -> None:
    """Parse one stage at a time under ``tracemalloc`` and print each figure of ``BREAKDOWN`` in bytes."""
    import gc
    import tracemalloc

    import mofa_parse
    from mofa_parse.semantics import meeting, speech
    from mofa_parse.structure.parser import parse_structure

    mofa_parse.parse("Warm-up Talks\n\nMay 1, 2004\n\nThe leaders met.\n")
    with open(path, encoding="utf-8") as file:
        text = file.read()
    tracemalloc.start()
    doc = parse_structure(text)
    structure, tree = tracemalloc.get_traced_memory()[1], tracemalloc.get_traced_memory()[0]
    doc = meeting.apply(doc)
    tracemalloc.reset_peak()
    doc = speech.apply(doc)
    peak = tracemalloc.get_traced_memory()[1]
    gc.collect()
    print(structure, tree, peak, tracemalloc.get_traced_memory()[0])


def peak_of(argv: list[str]) -> int:
    """The peak resident memory in bytes of the process ``argv`` (waited for with ``os.wait4``)."""
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited with {process.returncode}")
    return usage.ru_maxrss * 1024


def run_stage(stage: str, path: Path) -> int:
    done = subprocess.run(
        [sys.executable, __file__, "--child", stage, str(path)], capture_output=True, text=True, check=True
    )
    return int(done.stdout.strip())


def build(path: Path, megabytes: float) -> int:
    """Write the input: the readouts joined by blank lines, repeated to ``megabytes``."""
    body = "\n\n".join(readout.read_text(encoding="utf-8") for readout in READOUTS)
    size = int(megabytes * 1_000_000)
    text = (body * (size // len(body.encode("utf-8")) + 1)).encode("utf-8")[:size].decode("utf-8", "ignore")
    path.write_text(text, encoding="utf-8")
    return path.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=50.0)
    parser.add_argument("--target", type=float, default=4.0, help="the largest ratio that passes")
    parser.add_argument("--child", nargs=2, metavar=("STAGE", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--trace", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    if args.trace:
        trace(args.trace)
        return 0

    scratch = Path(tempfile.mkdtemp(prefix="mofa-memory-"))
    try:
        path = scratch / "large.txt"
        size = build(path, args.megabytes)
        print(f"input: {size / 1e6:.1f} MB, one document ({len(READOUTS)} readouts repeated)")
        baseline = run_stage("baseline", path)
        print(f"baseline (library imported, input read): {baseline / 1e6:.0f} MB")
        peaks = {stage: run_stage(stage, path) for stage in STAGES if stage != "baseline"}
        command = shutil.which("mofa-parse", path=str(Path(sys.executable).parent)) or "mofa-parse"
        peaks["mofa-parse -o"] = peak_of([command, str(path), "-o", str(scratch / "out")])
        peaks["mofa-parse (jsonl to stdout)"] = peak_of([command, str(path), "--format", "jsonl"])
        failed = False
        print(f"\n| stage | peak above baseline | ratio to input | target <= {args.target:g}x |")
        print("| --- | --- | --- | --- |")
        for stage, peak in peaks.items():
            ratio = (peak - baseline) / size
            verdict = "PASS" if ratio <= args.target else "FAIL"
            failed |= verdict == "FAIL"
            print(f"| {stage} | {(peak - baseline) / 1e6:.0f} MB | {ratio:.1f}x | {verdict} |")
        traced = subprocess.run(
            [sys.executable, __file__, "--trace", str(path)], capture_output=True, text=True, check=True
        ).stdout.split()
        print("\nWhere the parse's memory goes (tracemalloc, ratio to the input):\n")
        for (_, what), value in zip(BREAKDOWN, traced):
            print(f"- {what}: {int(value) / size:.1f}x")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
