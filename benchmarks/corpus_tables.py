"""The corpus tables of many documents: how long they take to build, against the parse.

The readouts of the benchmark and the tests (the seeds, the fixtures, ``corpus/``
beside this file) are repeated, each copy a document of its own, to ``--documents``
(10,000). The script times, in one run:

* the parse of every document (``mofa_parse.parse``, in this process, CPU time);
* the four tables built from the parsed documents (``build_tables``: person ids,
  country codes, rows), CPU time, with the target of under a minute for 10,000;
* ``Corpus.from_paths`` over the same documents written as files to a temporary
  folder, in ``--jobs`` processes (2), wall time, as a user runs it.

It prints each figure, the tables' share of the parse as a ratio, and PASS or
FAIL for the target; it exits with status 1 on FAIL. It writes nothing but the
temporary folder, which it removes.

    python benchmarks/corpus_tables.py [--documents 10000] [--jobs 2] [--no-files]
"""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 60.0


def readouts() -> list[str]:
    """The texts the repeated corpus is made of."""
    folders = [
        ROOT / "seeds",
        ROOT / "benchmarks" / "corpus",
        ROOT / "tests" / "fixtures" / "layouts",
        ROOT / "tests" / "fixtures" / "meeting",
        ROOT / "tests" / "fixtures" / "speech",
        ROOT / "tests" / "fixtures" / "corpus",
    ]
    return [path.read_text(encoding="utf-8") for folder in folders for path in sorted(folder.rglob("*.txt"))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-files", action="store_true", help="leave out the Corpus.from_paths run")
    parser.add_argument("--source", action="store_true", help="import the checkout's src/")
    args = parser.parse_args()
    if args.source:
        sys.path.insert(0, str(ROOT / "src"))

    from mofa_parse import Corpus, parse
    from mofa_parse.corpus.tables import Source, build_tables, sha256

    texts = readouts()
    corpus = [texts[index % len(texts)] for index in range(args.documents)]
    print(f"{len(corpus)} documents from {len(texts)} readouts, {sum(map(len, corpus)) / 1e6:.1f} MB")

    gc.collect()
    started = time.process_time()
    documents = [parse(text) for text in corpus]
    parse_seconds = time.process_time() - started
    sources = [Source(f"{index:05d}.txt", None, sha256(text.encode("utf-8"))) for index, text in enumerate(corpus)]

    gc.collect()
    started = time.process_time()
    tables = build_tables(zip(sources, documents))
    table_seconds = time.process_time() - started
    print(
        f"rows: {len(tables.meetings)} meetings, {len(tables.participants)} participants, "
        f"{len(tables.statements)} statements, {len(tables.people)} people"
    )
    print(f"parse, one process:           {parse_seconds:7.2f} s CPU")
    verdict = "PASS" if table_seconds < TARGET_SECONDS else "FAIL"
    print(f"tables from the documents:     {table_seconds:7.2f} s CPU  (target < {TARGET_SECONDS:.0f} s: {verdict})")
    print(f"tables / parse:                {table_seconds / parse_seconds:7.3f}")

    if not args.no_files:
        folder = Path(tempfile.mkdtemp(prefix="mofa-corpus-bench-"))
        try:
            for index, text in enumerate(corpus):
                (folder / f"{index:05d}.txt").write_text(text, encoding="utf-8")
            started = time.perf_counter()
            built = Corpus.from_paths(folder, jobs=args.jobs)
            wall = time.perf_counter() - started
        finally:
            shutil.rmtree(folder)
        print(f"Corpus.from_paths, {args.jobs} processes: {wall:7.2f} s wall ({len(built.documents)} documents)")
        print(f"from_paths wall / one-process parse CPU: {wall / parse_seconds:7.3f}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
