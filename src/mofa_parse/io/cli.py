"""``mofa-parse``: parse readouts from the shell.

    mofa-parse PATH... [--format json|jsonl|text|statements-csv|meetings-csv|people-csv|parquet]
                       [--strict] [--jobs N] [-o DIR] [--encoding ENC] [--quiet]

PATH is a file, a directory (searched recursively for ``*.txt``, ``*.html``
and ``*.htm``, in name order) or ``-`` for standard input. Each input is read
as a saved web page when it starts as HTML does, else as a text readout.
Output goes to standard output, or with ``-o DIR`` to one file per input,
mirroring the input tree inside DIR.
The corpus formats (``meetings-csv``, ``people-csv``, ``parquet``) read every
input into one ``Corpus`` and write its tables: to standard output, or into DIR
(``parquet`` needs ``-o DIR``: one file per table). After a run over several
inputs, one line on standard error counts the documents read with warnings or
without participants, date or statements (``--quiet`` leaves it out).

The default format is ``json`` when the command line names exactly one file
(or ``-``), or when ``-o`` is given, and ``jsonl`` otherwise, so a script that
passes a directory always gets one line per readout. ``--format json`` with
several inputs on standard output writes one JSON array.

A bad input (missing, binary, undecodable, an empty directory, a strict-mode
failure) is reported on standard error as ``path:line:col: message`` or
``path: message``; the other inputs are still processed. Exit status: 0 when
every input was parsed, 1 when any failed, 2 for usage errors.

See ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib
import io
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import IO, Any, NamedTuple

import attrs

from mofa_parse.api import parse_data, read_bytes
from mofa_parse.corpus.summary import Facts, facts, summary_line
from mofa_parse.errors import ParseError
from mofa_parse.model import Document, Joint, Person
from mofa_parse.structure.render import render

__all__ = ["main"]

#: The formats that read every input into one corpus and write its tables, and the tables each writes.
CORPUS_FORMATS = {
    "meetings-csv": ("meetings",),
    "people-csv": ("people",),
    "parquet": ("meetings", "participants", "statements", "people"),
}
FORMATS = ("json", "jsonl", "text", "statements-csv", *CORPUS_FORMATS)
SUFFIXES = {"json": ".json", "jsonl": ".jsonl", "text": ".txt", "statements-csv": ".csv"}
CSV_HEADER = (
    "document",
    "section",
    "clause",
    "speaker",
    "speaker_title",
    "verb",
    "text",
    "start",
    "end",
    "index",
    "in_response_to",
    "form",
    "speaker_person",
    "speaker_country",
    "date",
)
STDIN = "-"

#: Show a progress bar from this many inputs on (when standard error is a terminal).
PROGRESS_FROM = 10


class Task(NamedTuple):
    """One input: where it came from (as shown to the user), its bytes if read already
    (standard input), and where its output goes with ``-o``."""

    name: str
    data: bytes | None
    target: str | None


class Result(NamedTuple):
    """What parsing one input produced: its formatted output, or the error message; what it holds."""

    output: str | None
    error: str | None
    facts: Facts | None = None


class Options(NamedTuple):
    format: str
    strict: bool
    encoding: str | None


# --------------------------------------------------------------------------- finding inputs


#: The files a directory is searched for: text readouts and saved pages.
READOUT_SUFFIXES = (".txt", ".html", ".htm")


def _readouts(directory: Path) -> Iterator[Path]:
    """The readout files below ``directory``, depth first in name order, without following links."""
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(READOUT_SUFFIXES):
                yield Path(root) / name


_ENCODING_HINT = "pass --encoding for other encodings"


def _target(out: Path, relative: Path, fmt: str) -> str:
    """Where the output for ``relative`` goes: inside ``out``, with the format's suffix."""
    name = relative.name
    for suffix in READOUT_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return str(out / relative.parent / (name + SUFFIXES[fmt]))


def collect(paths: Sequence[str], out: Path | None, fmt: str, encoding: str | None) -> Iterator[Task | str]:
    """The inputs named on the command line, in order; a ``str`` is an error to report."""
    for arg in paths:
        if arg == STDIN:
            yield Task(STDIN, sys.stdin.buffer.read(), None if out is None else _target(out, Path("stdin"), fmt))
            continue
        path = Path(arg)
        if path.is_dir():
            found = False
            for file in _readouts(path):
                found = True
                yield Task(str(file), None, None if out is None else _target(out, file.relative_to(path), fmt))
            if not found:
                yield f"{arg}: no *.txt or *.html readouts in this directory"
        elif path.exists():
            yield Task(arg, None, None if out is None else _target(out, Path(path.name), fmt))
        else:
            yield f"{arg}: no such file or directory"


# --------------------------------------------------------------------------- one input


def _statement_rows(name: str, doc: Document) -> list[tuple[object, ...]]:
    """The ``statements-csv`` rows of one document (without the header)."""
    from mofa_parse.corpus.tables import speakers  # pycountry: loaded only for this format

    rows: list[tuple[object, ...]] = []
    for (index, statement), who in zip(enumerate(doc.statements), speakers(name, doc)):
        members: tuple[Person, ...] = (
            statement.speaker.members if isinstance(statement.speaker, Joint) else (statement.speaker,)
        )
        speaker = "; ".join(p.name or p.surname for p in members)
        title = "; ".join(p.title or "" for p in members) if any(p.title for p in members) else ""
        span = statement.span
        rows.append(
            (
                name,
                "" if statement.section is None else statement.section,
                "" if statement.clause is None else statement.clause,
                speaker,
                title,
                statement.verb,
                statement.text,
                "" if span is None else span.start,
                "" if span is None else span.end,
                index,
                "" if statement.in_response_to is None else statement.in_response_to,
                statement.form.name.lower(),
                *who,
            )
        )
    return rows


def _csv(rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def _json_safe(text: str) -> str:
    """JSON text with the line separators that some readers split on escaped (same value)."""
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


_PAIR = re.compile(r"\[\n\s+(-?\d+),\n\s+(-?\d+)\n\s+\]")


def _compact_pairs(text: str) -> str:
    """Indented JSON with each two-number array (a span) on one line: ``[276, 468]``.

    JSON strings hold no raw line breaks, so the pattern can only meet structure.
    """
    return _PAIR.sub(r"[\1, \2]", text)


def _format(doc: Document, name: str, fmt: str, with_header: bool) -> str:
    if fmt == "text":
        return render(doc)
    if fmt == "statements-csv":
        rows = _statement_rows(name, doc)
        return _csv([CSV_HEADER, *rows] if with_header else rows)
    from mofa_parse.io.serialize import to_json  # cattrs: loaded only for the JSON formats

    if fmt == "json":
        return _json_safe(_compact_pairs(to_json(doc, indent=2))) + "\n"
    return _json_safe(to_json(doc)) + "\n"


def work(options: Options, task: Task) -> Result:
    """Parse and format one input; never raises, so one bad input cannot stop the others."""
    try:
        data = task.data if task.data is not None else read_bytes(task.name)[1]
        doc = parse_data(data, task.name, strict=options.strict, encoding=options.encoding, hint=_ENCODING_HINT)
        if task.data is not None:  # standard input: no file to name
            doc = attrs.evolve(doc, origin=attrs.evolve(doc.origin, path=None))
        output = _format(doc, task.name, options.format, with_header=task.target is not None)
        return Result(output, None, facts(task.name, doc))
    except ParseError as error:
        return Result(None, str(error))
    except Exception as error:  # a bug in the library: report it, keep going
        return Result(None, f"{task.name}: internal error: {type(error).__name__}: {error}")


# --------------------------------------------------------------------------- output


def write_atomically(target: str, content: str) -> None:
    """Write ``content`` to ``target`` through a temporary file and a rename: never half-written."""
    directory = os.path.dirname(target) or "."
    os.makedirs(directory, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".mofa-parse-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(content)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _inside(directory: Path, target: str) -> bool:
    root = os.path.realpath(directory)
    return os.path.realpath(target).startswith(root + os.sep)


class _Stdout:
    """Standard output as UTF-8, whatever the locale says; a JSON array opened lazily."""

    def __init__(self, stream: IO[bytes], fmt: str, array: bool) -> None:
        self.stream = stream
        self.fmt = fmt
        self.array = array
        self.count = 0

    def write(self, name: str, output: str) -> None:
        if self.fmt == "json" and self.array:
            output = ("[\n" if not self.count else ",\n") + output.rstrip("\n")
        elif self.fmt == "text" and self.array:
            output = ("\n" if self.count else "") + f"==> {name} <==\n" + output
        elif self.fmt == "statements-csv" and not self.count:
            output = _csv([CSV_HEADER]) + output
        self.stream.write(output.encode("utf-8"))
        self.stream.flush()
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json" and self.array:
            self.stream.write(b"[]\n" if not self.count else b"\n]\n")
        elif self.fmt == "statements-csv" and not self.count:
            self.stream.write(_csv([CSV_HEADER]).encode("utf-8"))
        self.stream.flush()


# --------------------------------------------------------------------------- the command


def _version() -> str:
    from mofa_parse import __version__

    return __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mofa-parse",
        description="Parse MOFA meeting readouts into a typed document tree.",
        epilog="Exit status: 0 when every input was parsed, 1 when any failed, 2 for usage errors.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a readout file (text or a saved page), a directory (searched for *.txt, *.html and *.htm "
        "recursively) or - for standard input",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="json (default for one input or with -o), jsonl (default for several), "
        "text (the canonical rendering), statements-csv (one row per statement), "
        "meetings-csv or people-csv (a corpus table) or parquet (every table, into -o DIR)",
    )
    parser.add_argument(
        "--strict", action="store_true", help="fail an input at its first departure from the conventions"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="parse in N processes (0: one per CPU); same output order",
    )
    parser.add_argument(
        "-o", "--output", metavar="DIR", help="write one output file per input into DIR, mirroring the input tree"
    )
    parser.add_argument(
        "--encoding", metavar="ENC", help="read inputs in this encoding instead of UTF-8 (or a page's declared charset)"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="leave out the summary line after a run over several inputs"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return parser


def _tqdm() -> Any:
    """tqdm's bar class, imported only when a bar is shown (it ships no type hints)."""
    return importlib.import_module("tqdm").tqdm


def _report(message: str, bar: object | None) -> None:
    if bar is not None:
        _tqdm().write(message, file=sys.stderr)
    else:
        print(message, file=sys.stderr, flush=True)


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.jobs < 0:
        parser.error(f"--jobs must be 0 or more, not {args.jobs}")
    if list(args.paths).count(STDIN) > 1:
        parser.error("standard input (-) can be read only once")
    out = Path(args.output) if args.output is not None else None
    if out is not None and out.exists() and not out.is_dir():
        parser.error(f"-o {args.output}: not a directory")
    single = len(args.paths) == 1 and (args.paths[0] == STDIN or not Path(args.paths[0]).is_dir())
    fmt: str = args.format or ("json" if single or out is not None else "jsonl")
    jobs: int = args.jobs or os.cpu_count() or 1
    if fmt in CORPUS_FORMATS:
        if STDIN in args.paths:
            parser.error(f"--format {fmt} reads files and directories, not standard input")
        if fmt == "parquet" and out is None:
            parser.error("--format parquet needs -o DIR")
        return run_corpus(args.paths, fmt, out, jobs, quiet=args.quiet)
    options = Options(fmt, args.strict, args.encoding)

    failed = False
    failures = 0
    tasks: list[Task] = []
    claimed: dict[str, str] = {}
    for found in collect(args.paths, out, fmt, args.encoding):
        if isinstance(found, str):
            _report(found, None)
            failed = True
            failures += 1
            continue
        if found.target is not None and out is not None:
            problem = None
            if not _inside(out, found.target):
                problem = f"{found.name}: output {found.target} would lie outside {out}"
            elif found.target in claimed:
                problem = f"{found.name}: output {found.target} is already written for {claimed[found.target]}"
            elif found.data is None and os.path.realpath(found.target) == os.path.realpath(found.name):
                problem = f"{found.name}: output {found.target} would overwrite the input"
            if problem:
                _report(problem, None)
                failed = True
                continue
            claimed[found.target] = found.name
        tasks.append(found)

    parsed: list[Facts] = []
    bar = None
    stdout = _Stdout(sys.stdout.buffer, fmt, array=not single) if out is None else None
    executor = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(tasks) > 1 else None
    try:
        results: Iterable[Result]
        if executor is not None:
            chunk = max(1, len(tasks) // (jobs * 8))
            results = executor.map(partial(work, options), tasks, chunksize=chunk)
        else:
            results = (work(options, task) for task in tasks)
        # The bar (and its monitor thread) comes after the workers are forked.
        if len(tasks) >= PROGRESS_FROM and sys.stderr.isatty():
            bar = _tqdm()(total=len(tasks), unit="file", file=sys.stderr, leave=False)
        for task, result in zip(tasks, results):
            if bar is not None:
                bar.update()
            if result.error is not None:
                _report(result.error, bar)
                failed = True
                failures += 1
                continue
            assert result.output is not None
            if result.facts is not None:
                parsed.append(result.facts)
            if task.target is not None:
                try:
                    write_atomically(task.target, result.output)
                except OSError as error:
                    _report(f"{task.target}: cannot write: {error.strerror or error}", bar)
                    failed = True
            elif stdout is not None:
                stdout.write(task.name, result.output)
        if stdout is not None:
            stdout.close()
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
        if bar is not None:
            bar.close()
    if not args.quiet and len(tasks) + failures > 1:
        _report(summary_line(parsed, failures), None)
    return 1 if failed else 0


def run_corpus(paths: Sequence[str], fmt: str, out: Path | None, jobs: int, *, quiet: bool) -> int:
    """Read every input into one corpus and write the tables of ``fmt``; returns the exit status."""
    from mofa_parse.corpus import Corpus
    from mofa_parse.corpus.export import csv_text, write

    corpus = Corpus.from_paths(paths, jobs=jobs, progress=sys.stderr.isatty())
    for failure in corpus.failures:
        _report(f"{failure.path}: {failure.message}", None)
    failed = bool(corpus.failures)
    tables = {name: corpus.table(name) for name in CORPUS_FORMATS[fmt]}
    try:
        if fmt == "parquet":
            assert out is not None
            write(out, tables, "parquet")
        elif out is not None:
            write(out, tables, "csv")
        else:
            for name, rows in tables.items():
                sys.stdout.buffer.write(csv_text(name, rows).encode("utf-8"))
            sys.stdout.buffer.flush()
    except ImportError as error:
        _report(f"mofa-parse: {error}", None)
        return 1
    except OSError as error:
        _report(f"{out}: cannot write: {error.strerror or error}", None)
        return 1
    if not quiet and len(corpus.documents) + len(corpus.failures) > 1:
        found = [facts(source.document, doc) for source, doc in zip(corpus.sources, corpus.documents)]
        _report(summary_line(found, len(corpus.failures)), None)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """The ``mofa-parse`` console script."""
    try:
        return run(argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other filters do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
