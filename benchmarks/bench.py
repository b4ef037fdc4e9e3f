"""How fast mofa_parse reads readouts, against markdown-it-py on the same documents.

Run from a checkout, with the project installed (``pip install '.[bench,test]'``)::

    python benchmarks/bench.py            # the installed package
    python benchmarks/bench.py --source   # the checkout's src/, installed or not

One process, one run: it reads the corpus, measures, and prints every target
with the measured value and PASS or FAIL; the exit status is 1 if any target
fails. It writes nothing but its output. ``benchmarks/README.md`` explains the
method and holds the latest figures.

Corpus. The five seed readouts (``seeds/``), the readout fixtures of the tests
(``tests/fixtures/layouts``, ``meeting`` and ``speech``) and the readouts in
``benchmarks/corpus/``, one document per ``parse`` call. They are few, so the
corpus is repeated, in order, until it reaches ``--megabytes``. Each document
is also written as equivalent Markdown: headings for sections, ordered lists
for clauses and numbered items, bullet lists for bullets, paragraphs for
everything else.

Times are CPU times of this process (``time.process_time``) or of a child
process (``os.wait4``), so that other load on the machine does not count;
parsers and sizes take turns, and the median of the rounds counts. Before
timing, the benchmark's own data (texts, Markdown) is moved out of the garbage
collector's sight (``gc.freeze()``), so that collections triggered by one parser
do not walk the corpus: the same for every parser.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "--source" in sys.argv[1:]
if SOURCE:
    sys.path.insert(0, str(ROOT / "src"))  # the checkout's source, installed or not

import scaling  # noqa: E402  (beside this file)

import mofa_parse  # noqa: E402
from mofa_parse import Clause, Document, Item, Paragraph, Section  # noqa: E402

PACKAGE_PATH = str(Path(mofa_parse.__file__).resolve().parent.parent)
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
#: Where the corpus comes from, in the order it is read.
CORPUS = ("seeds", "tests/fixtures/layouts", "tests/fixtures/meeting", "tests/fixtures/speech", "benchmarks/corpus")
#: The old memory target: the traced peak while parsing one document at a time, against the input.
MEMORY_LIMIT = 3.0


def stages() -> dict[str, Callable[[Any], Any]]:
    """The three stages of ``mofa_parse.parse``, by the names the benchmark reports."""
    try:
        from mofa_parse.semantics import meeting, speech
        from mofa_parse.structure.parser import parse_structure

        return {"structure": parse_structure, "meeting": meeting.apply, "speech": speech.apply}
    except (ImportError, AttributeError) as error:
        raise SystemExit(
            f"bench.py: a stage of the parse has moved ({error}); it expects "
            "mofa_parse.structure.parser.parse_structure, mofa_parse.semantics.meeting.apply "
            "and mofa_parse.semantics.speech.apply"
        ) from error


# --------------------------------------------------------------------------- corpus


def corpus_files() -> list[Path]:
    """Every readout of the corpus: seeds, the tests' readout fixtures, ``benchmarks/corpus/``."""
    return [path for folder in CORPUS for path in sorted((ROOT / folder).glob("*.txt"))]


def read_corpus(megabytes: float) -> tuple[list[str], int]:
    """The corpus repeated, in order, to at least ``megabytes`` of UTF-8, and how many times it was."""
    texts = [path.read_text(encoding="utf-8") for path in corpus_files()]
    size = _megabytes(texts)
    times = max(1, -int(-megabytes // size))
    return texts * times, times


_SECTION_START = re.compile(r"\n\n(?=\d{1,2}\. [A-Z])")
_SECTION_MARKER = re.compile(r"\d{1,2}\. ")


def seed_parts() -> tuple[str, list[str]]:
    """The header and lead of the first seed, and the numbered sections of all seeds without their numbers."""
    head = ""
    sections: list[str] = []
    for index, path in enumerate(SEEDS):
        first, *rest = _SECTION_START.split(path.read_text(encoding="utf-8").strip())
        if index == 0:
            head = first
        sections.extend(_SECTION_MARKER.sub("", part, count=1) for part in rest)
    return head, sections


def long_readout(head: str, sections: Sequence[str], count: int, offset: int = 0) -> str:
    """One readout: ``head`` then ``count`` sections numbered from 1, taken in turn from ``sections``."""
    body = [f"{number}. {sections[(offset + number - 1) % len(sections)]}" for number in range(1, count + 1)]
    return "\n\n".join([head, *body]) + "\n"


# --------------------------------------------------------------------------- markdown

_MD_BLOCK_START = re.compile(r"[#>+*=_`~<|-]|\d{1,9}(?=[.)])")


def _md_text(text: str) -> str:
    """A line of text as a Markdown paragraph line: escape what would open a block."""
    match = _MD_BLOCK_START.match(text)
    if match is None:
        return text
    if match.group()[0].isdigit():
        return f"{match.group()}\\{text[match.end() :]}"
    return "\\" + text


def _md_item(marker: str, blocks: list[str]) -> str:
    """A list item: the marker on the first line, every later line indented to the content."""
    if not blocks:
        return marker
    pad = " " * (len(marker) + 1)
    lines = "\n\n".join(blocks).split("\n")
    return "\n".join([f"{marker} {lines[0]}", *(pad + line if line else "" for line in lines[1:])])


def _md_flow(body: Sequence[Any]) -> list[str]:
    blocks: list[str] = []
    for block in body:
        if isinstance(block, Paragraph):
            blocks.append(_md_text(block.text))
        elif isinstance(block, Item):
            marker = "-" if block.ordinal is None else f"{block.ordinal}."
            blocks.append(_md_item(marker, _md_flow(block.body)))
    return blocks


def _md_section(section: Section, level: int, out: list[str]) -> None:
    heading = f"{'#' * level} {section.marker}"
    out.append(f"{heading} {section.title}" if section.title is not None else heading)
    out.extend(_md_flow(section.body))
    for block in section.body:
        if isinstance(block, Clause):
            head = [_md_text(block.heading)] if block.heading is not None else []
            out.append(_md_item(f"{block.number}.", head + _md_flow(block.body)))
        elif isinstance(block, Section):
            _md_section(block, level + 1, out)


def to_markdown(doc: Document) -> str:
    """The same document as CommonMark: the text of every node, the structure as Markdown blocks."""
    out = [_md_text(chrome.text) for chrome in doc.chrome]
    if doc.title:
        out.append(f"# {doc.title}")
    if doc.subtitle is not None:
        out.append(f"({doc.subtitle})")
    if doc.issued_text is not None:
        out.append(_md_text(doc.issued_text))
    out.extend(_md_text(paragraph.text) for paragraph in doc.preamble)
    for section in doc.sections:
        _md_section(section, 2, out)
    return "\n\n".join(out) + "\n"


# --------------------------------------------------------------------------- measuring


def _megabytes(texts: Sequence[str]) -> float:
    return sum(len(text.encode()) for text in texts) / 1_000_000


def _cpu_seconds(parse: Callable[[Any], object], inputs: Sequence[Any]) -> float:
    started = time.process_time()
    for value in inputs:
        parse(value)
    return time.process_time() - started


def throughput(
    runs: dict[str, tuple[Callable[[Any], object], Sequence[Any]]], rounds: int, chunks: int = 40
) -> dict[str, float]:
    """Median CPU seconds of each run over its whole input, in ``rounds`` rounds after a warm-up round.

    The input is cut into ``chunks`` slices and the runs take turns slice by
    slice, so that all of them meet the same load from the rest of the machine.
    """
    times: dict[str, list[float]] = {name: [] for name in runs}
    for round_ in range(rounds + 1):
        spent = dict.fromkeys(runs, 0.0)
        for chunk in range(chunks):
            for name, (parse, inputs) in runs.items():
                size = -(-len(inputs) // chunks)
                spent[name] += _cpu_seconds(parse, inputs[chunk * size : (chunk + 1) * size])
        if round_:
            for name in runs:
                times[name].append(spent[name])
    return {name: statistics.median(spent) for name, spent in times.items()}


def pass_times(texts: Sequence[str], rounds: int) -> dict[str, float]:
    """CPU seconds of each stage of ``mofa_parse.parse`` over ``texts``, the median of ``rounds``."""
    found: dict[str, float] = {}
    inputs: Sequence[Any] = texts
    for name, stage in stages().items():
        found[name] = statistics.median(_cpu_seconds(stage, inputs) for _ in range(rounds))
        inputs = [stage(value) for value in inputs]
    return found


def time_ratio(small: Sequence[str], large: Sequence[str], rounds: int) -> float:
    """Median over ``rounds`` of the full parse time of ``large`` over that of ``small``, timed in turns."""
    ratios = []
    for _ in range(rounds):
        small_time = _cpu_seconds(mofa_parse.parse, small)
        large_time = _cpu_seconds(mofa_parse.parse, large)
        ratios.append(large_time / small_time)
    return statistics.median(ratios)


def _child_cpu(argv: list[str], env: dict[str, str]) -> float:
    """CPU seconds (user + system) of one child process."""
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    assert child.stderr is not None
    error = child.stderr.read().decode()
    child.stderr.close()
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{argv} failed:\n{error}")
    return usage.ru_utime + usage.ru_stime


def cold_start(repetitions: int) -> dict[str, float]:
    """Median CPU time of fresh processes: ``import lark, attrs`` against importing mofa_parse and parsing a seed.

    A process that only imports mofa_parse is timed beside them, to tell the import from the first parse.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [PACKAGE_PATH, env.get("PYTHONPATH")]))
    # As after an install, which compiles bytecode: the warm-up runs let Python write it for the checkout too.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    seed = max(SEEDS, key=lambda path: path.stat().st_size)
    commands = {
        "import lark, attrs": [sys.executable, "-c", "import lark, attrs"],
        "mofa_parse": [sys.executable, "-c", f"import mofa_parse; mofa_parse.parse_file({str(seed)!r})"],
        "import mofa_parse": [sys.executable, "-c", "import mofa_parse"],
    }
    for argv in commands.values():  # warm the page cache
        for _ in range(3):
            _child_cpu(argv, env)
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repetitions):
        for name, argv in commands.items():
            cpu[name].append(_child_cpu(argv, env))
    return {name: statistics.median(spent) for name, spent in cpu.items()}


def _memory_child(megabytes: float, keep: bool) -> None:
    """In a fresh process: the traced peak while parsing the corpus, and the process's peak resident size."""
    import resource
    import tracemalloc

    texts, _ = read_corpus(megabytes)
    # One pass over the distinct readouts first, so that the grammar is built and every pattern
    # compiled on first use is compiled before the baseline: what is traced is the cost per document.
    for text in texts[: len(corpus_files())]:
        mofa_parse.parse(text)
    gc.collect()
    kept: list[Document] = []
    tracemalloc.start()
    for text in texts:
        doc = mofa_parse.parse(text)
        if keep:
            kept.append(doc)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux
    print(peak, rss, sum(len(text.encode()) for text in texts))


def memory(megabytes: float, keep: bool) -> tuple[int, int, int]:
    """Traced peak, peak resident size and input size, in bytes, of parsing the corpus in a child."""
    argv = [sys.executable, __file__, "--memory-child", str(megabytes)] + (["--keep"] if keep else [])
    argv += ["--source"] if SOURCE else []
    out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    peak, rss, size = (int(value) for value in out.split())
    return peak, rss, size


# --------------------------------------------------------------------------- report


class Report:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, bool | None]] = []

    def target(self, name: str, measured: str, ok: bool | None) -> None:
        """A target and whether it is met (None: reported, no target)."""
        self.rows.append((name, measured, ok))
        verdict = {True: "PASS", False: "FAIL", None: "    "}[ok]
        print(f"  {verdict}  {name}: {measured}", flush=True)

    def table(self) -> str:
        lines = ["| target | measured | result |", "| --- | --- | --- |"]
        for name, measured, ok in self.rows:
            verdict = {True: "PASS", False: "FAIL", None: "(reported)"}[ok]
            lines.append(f"| {name} | {measured} | {verdict} |")
        return "\n".join(lines)


def _options(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds of each throughput run (default 5)")
    parser.add_argument("--cold", type=int, default=30, help="fresh processes of each kind (default 30)")
    parser.add_argument("--megabytes", type=float, default=0.5, help="repeat the corpus to this size (default 0.5)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a pathological input may take (60)")
    parser.add_argument("--source", action="store_true", help="measure the checkout's src/ instead of the install")
    parser.add_argument("--memory-child", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _options(argv)
    if args.memory_child:
        _memory_child(args.memory_child, args.keep)
        return 0

    from markdown_it import MarkdownIt

    parse_structure = stages()["structure"]
    report = Report()
    print(f"Python {sys.version.split()[0]} on {os.cpu_count()} CPUs; mofa_parse from {PACKAGE_PATH}")

    # ---- corpus
    files = corpus_files()
    texts, repeated = read_corpus(args.megabytes)
    markdown = [to_markdown(parse_structure(text)) for text in texts[: len(files)]] * repeated
    text_mb, markdown_mb = _megabytes(texts), _megabytes(markdown)
    print(
        f"\nCorpus: {len(files)} readouts ({_megabytes(texts) / repeated * 1000:.0f} kB) repeated {repeated} times: "
        f"{len(texts)} documents, {text_mb:.2f} MB as readout text, {markdown_mb:.2f} MB as Markdown"
    )
    gc.collect()
    gc.freeze()

    # ---- throughput
    commonmark = MarkdownIt("commonmark")
    runs: dict[str, tuple[Callable[[Any], object], Sequence[Any]]] = {
        "mofa_parse structure (parse_structure)": (parse_structure, texts),
        "mofa_parse full (parse)": (mofa_parse.parse, texts),
        'markdown-it-py MarkdownIt("commonmark").parse': (commonmark.parse, markdown),
    }
    seconds = throughput(runs, args.rounds)
    structure_run, full_run, reference = runs
    sizes = {structure_run: text_mb, full_run: text_mb, reference: markdown_mb}
    print(f"\nThroughput (median CPU time of {args.rounds} rounds over the corpus, parsers taking turns):")
    for name in runs:
        print(f"  {name:48} {seconds[name]:7.3f} s  {sizes[name] / seconds[name]:6.2f} MB/s")

    def ratio(name: str) -> float:
        # The lower of two ratios: per megabyte of each parser's own input, and per document.
        by_size = (sizes[name] / seconds[name]) / (sizes[reference] / seconds[reference])
        return min(by_size, seconds[reference] / seconds[name])

    print("\nTargets and figures")
    full, structure = ratio(full_run), ratio(structure_run)
    report.target("full parse >= 0.4x markdown-it-py", f"{full:.2f}x", full >= 0.4)
    report.target("structure only >= 1.0x markdown-it-py", f"{structure:.2f}x", structure >= 1.0)

    # ---- time per pass
    passes = pass_times(texts, args.rounds)
    total = sum(passes.values())
    report.target(
        "time per pass (corpus, median CPU)",
        ", ".join(f"{name} {spent:.3f} s ({spent / total:.0%})" for name, spent in passes.items()),
        None,
    )

    # ---- cold start
    cold = cold_start(args.cold)
    base, ours = cold["import lark, attrs"], cold["mofa_parse"]
    report.target(
        "cold import + parse a seed <= 2x cold `import lark, attrs`",
        f"{ours / base:.2f}x (median CPU {ours * 1000:.0f} ms vs {base * 1000:.0f} ms, {args.cold} processes each; "
        f"import mofa_parse alone {cold['import mofa_parse'] * 1000:.0f} ms)",
        ours / base <= 2.0,
    )

    # ---- linear time: one long readout
    head, sections = seed_parts()
    count = 100
    long = long_readout(head, sections, count)
    shorts = [long_readout(head, sections, 1, offset) for offset in range(count)]
    size_ratio = len(long) / sum(map(len, shorts))
    measured = time_ratio(shorts, [long], rounds=9)
    report.target(
        f"one readout of {count} sections against {count} readouts of one: time per character <= 1.1x",
        f"{measured / size_ratio:.2f}x ({len(long) / 1e3:.0f} kB against {sum(map(len, shorts)) / 1e3:.0f} kB)",
        measured <= 1.1 * size_ratio,
    )
    small = long_readout(head, sections, count // 10)
    size_ratio = len(long) / len(small)
    measured = time_ratio([small] * 10, [long] * 10, rounds=9)
    report.target(
        f"one readout of {count // 10} and of {count} sections: 10x input <= 11x time",
        f"{size_ratio:.1f}x input ({len(small) / 1e3:.0f} -> {len(long) / 1e3:.0f} kB), {measured:.2f}x time",
        measured <= 1.1 * size_ratio,
    )

    # ---- linear time: pathological inputs
    for family in scaling.TARGETED:
        (small_length, small_time), (large_length, large_time) = scaling.measure(
            family, timeout=args.timeout, source=SOURCE
        )
        size_ratio = large_length / small_length
        name = f"{family}: 10x input <= 12x time"
        if small_time is None or large_time is None:
            report.target(name, f"{small_length:,} -> {large_length:,} chars: over {args.timeout:.0f} s", False)
            continue
        measured = large_time / small_time
        report.target(
            name,
            f"{size_ratio:.1f}x input ({small_length:,} -> {large_length:,} chars), {measured:.1f}x time "
            f"({small_time * 1000:.1f} -> {large_time * 1000:.1f} ms)",
            measured <= 1.2 * size_ratio,
        )

    # ---- memory
    peak, rss, size = memory(args.megabytes, keep=False)
    kept, _, _ = memory(args.megabytes, keep=True)
    report.target(
        f"traced peak memory parsing the corpus one document at a time < {MEMORY_LIMIT:.0f}x input",
        f"{peak / size:.3f}x ({peak / 1e6:.2f} MB for {size / 1e6:.2f} MB; child's peak resident size "
        f"{rss / 1e6:.0f} MB; keeping every Document: {kept / size:.1f}x)",
        peak / size < MEMORY_LIMIT,
    )

    judged = [row for row in report.rows if row[2] is not None]
    failed = [name for name, _, ok in judged if not ok]
    summary = f"{len(judged) - len(failed)} of {len(judged)} targets met"
    print(f"\n{summary}; FAILED: {'; '.join(failed)}" if failed else f"\n{summary}")
    print("\n" + report.table())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
