"""``mofa-parse``: parse readouts from the shell.

    mofa-parse PATH... [--format json|jsonl|text|statements-csv|meetings-csv|people-csv|parquet]
                       [--strict] [--jobs N] [-o DIR] [--encoding ENC] [--max-bytes N] [--quiet]

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
``path: message`` (names escaped); the other inputs are still processed. Only
regular files are read, none beyond ``--max-bytes``. Exit status: 0 when every
input was parsed, 1 when any failed, 2 for usage errors, 141 when the reader of
standard output went away, 130 and 143 when stopped by SIGINT or SIGTERM.

See ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import errno
import importlib
import io
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import IO, Any, NamedTuple

import attrs

from mofa_parse.api import parse_data
from mofa_parse.corpus.summary import Facts, facts, summary_line
from mofa_parse.errors import ParseError
from mofa_parse.io.files import DEFAULT_MAX_BYTES, Skipped, parse_size, printable, read_limited, shown, too_large
from mofa_parse.io.stopping import Stopped, signals_held, stop_on_signals, worker_pool
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

#: The exit status when the reader of standard output goes away (``| head -1``): the
#: status a shell reports for a filter ended by SIGPIPE, distinct from a failed input.
PIPE_CLOSED = 128 + 13

#: Inputs handed to each worker process ahead of the one whose output is written next.
AHEAD = 4


class Task(NamedTuple):
    """One input: where it came from (as shown to the user), its bytes if read already
    (standard input), and where its output goes with ``-o``."""

    name: str
    data: bytes | None
    target: str | None


class Result(NamedTuple):
    """What parsing one input produced: its formatted output, or the error message; what it holds."""

    output: Iterable[str] | None
    error: str | None
    facts: Facts | None = None


class Options(NamedTuple):
    format: str
    strict: bool
    encoding: str | None
    max_bytes: int = DEFAULT_MAX_BYTES


# --------------------------------------------------------------------------- finding inputs


#: The files a directory is searched for: text readouts and saved pages.
READOUT_SUFFIXES = (".txt", ".html", ".htm")


def _readouts(directory: Path) -> Iterator[Path | str]:
    """The readout files below ``directory``, depth first in name order, without following
    links; a ``str`` reports a folder that cannot be listed."""
    problems: list[OSError] = []
    for root, dirs, files in os.walk(directory, onerror=problems.append):
        while problems:
            error = problems.pop()
            yield f"{shown(str(error.filename))}: cannot list directory: {error.strerror or error}"
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(READOUT_SUFFIXES):
                yield Path(root) / name
    for error in problems:
        yield f"{shown(str(error.filename))}: cannot list directory: {error.strerror or error}"


def _missing(arg: str, error: OSError) -> str:
    """The report for a command-line path that cannot be looked at."""
    if error.errno == errno.ENOENT:
        return f"{shown(arg)}: no such file or directory"
    if error.errno == errno.ELOOP:
        return f"{shown(arg)}: a loop of symbolic links"
    return f"{shown(arg)}: {error.strerror or error}"


_ENCODING_HINT = "pass --encoding for other encodings"


def _target(out: Path, relative: Path, fmt: str) -> str:
    """Where the output for ``relative`` goes: inside ``out``, with the format's suffix."""
    name = relative.name
    for suffix in READOUT_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return str(out / relative.parent / (name + SUFFIXES[fmt]))


def collect(
    paths: Sequence[str], out: Path | None, fmt: str, encoding: str | None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Task | str]:
    """The inputs named on the command line, in order; a ``str`` is an error to report."""
    for arg in paths:
        if arg == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1) if max_bytes else sys.stdin.buffer.read()
            if max_bytes and len(data) > max_bytes:
                yield str(too_large(STDIN, max_bytes))
                continue
            yield Task(STDIN, data, None if out is None else _target(out, Path("stdin"), fmt))
            continue
        path = Path(arg)
        try:
            is_dir = stat.S_ISDIR(os.stat(arg).st_mode)
        except OSError as error:
            yield _missing(arg, error)
            continue
        if is_dir:
            found = False
            for file in _readouts(path):
                if isinstance(file, str):
                    yield file
                    continue
                found = True
                yield Task(str(file), None, None if out is None else _target(out, file.relative_to(path), fmt))
            if not found:
                yield f"{shown(arg)}: no *.txt or *.html readouts in this directory"
        else:  # read only if it is a regular file, when its turn comes
            yield Task(arg, None, None if out is None else _target(out, Path(path.name), fmt))


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


def _format(doc: Document, name: str, fmt: str, with_header: bool) -> Iterable[str]:
    """The output for one document, in pieces (JSON: one a key, so that no copy of the whole is made)."""
    if fmt == "text":
        return (render(doc),)
    if fmt == "statements-csv":
        rows = _statement_rows(name, doc)
        return (_csv([CSV_HEADER, *rows] if with_header else rows),)
    from mofa_parse.io.pieces import json_pieces  # cattrs: loaded only for the JSON formats

    return json_pieces(doc, indented=fmt == "json")


def work(options: Options, task: Task, joined: bool = True) -> Result:
    """Parse and format one input; never raises, so one bad input cannot stop the others.

    ``joined``: the output as one string (to send from a worker process); otherwise in
    pieces made as they are written, so that a large document's text is never held whole."""
    try:
        try:
            # The bytes are handed on, not kept: they are freed once decoded, before the parse.
            doc = parse_data(
                task.data if task.data is not None else read_limited(task.name, options.max_bytes),
                task.name,
                strict=options.strict,
                encoding=options.encoding,
                hint=_ENCODING_HINT,
            )
        except ParseError as error:
            raise error.with_path(shown(task.name)) from None
        if task.data is not None:  # standard input: no file to name
            doc = attrs.evolve(doc, origin=attrs.evolve(doc.origin, path=None))
        output = _format(doc, task.name, options.format, with_header=task.target is not None)
        return Result(("".join(output),) if joined else output, None, facts(task.name, doc))
    except (ParseError, Skipped) as error:
        return Result(None, str(error))
    except Exception as error:  # a bug in the library: report it, keep going
        return Result(None, f"{shown(task.name)}: internal error: {type(error).__name__}: {error}")


def _lost(task: Task) -> Result:
    """The result of an input whose worker process died (killed from outside, out of memory)."""
    return Result(None, f"{shown(task.name)}: internal error: the worker process parsing it ended")


# --------------------------------------------------------------------------- output


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(target: str, content: str | Iterable[str]) -> None:
    """Write ``content`` to ``target`` through a temporary file and a rename: never half-written.

    The file gets the mode a new file gets (``0o666`` less the umask), and SIGINT and
    SIGTERM wait until it is in place, so a stopped run leaves no temporary file.
    """
    directory = os.path.dirname(target) or "."
    os.makedirs(directory, exist_ok=True)
    with signals_held():
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".mofa-parse-", suffix=".tmp")
        try:
            os.fchmod(handle, 0o666 & ~_umask())
            with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace", newline="") as file:
                for piece in (content,) if isinstance(content, str) else content:
                    file.write(piece)
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

    def write(self, name: str, output: Iterable[str]) -> None:
        """One document's output, written piece by piece."""
        prefix = ""
        if self.fmt == "json" and self.array:
            prefix = "[\n" if not self.count else ",\n"
        elif self.fmt == "text" and self.array:
            prefix = ("\n" if self.count else "") + f"==> {shown(name)} <==\n"
        elif self.fmt == "statements-csv" and not self.count:
            prefix = _csv([CSV_HEADER])
        pending = prefix
        for piece in output:
            self._put(pending)
            pending = piece
        self._put(pending.rstrip("\n") if self.fmt == "json" and self.array else pending)
        self.stream.flush()
        self.count += 1

    def _put(self, text: str) -> None:
        self.stream.write(text.encode("utf-8", "backslashreplace"))  # a lone surrogate as a backslash escape

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
        epilog="Exit status: 0 when every input was parsed, 1 when any failed, 2 for usage errors, "
        "141 when standard output was closed, 130 / 143 when stopped by SIGINT / SIGTERM.",
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
        "--encoding",
        metavar="ENC",
        help="read inputs in this encoding instead of UTF-8 (or UTF-16/32 with a BOM, or a page's declared charset)",
    )
    parser.add_argument(
        "--max-bytes",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"report inputs larger than N bytes (512k, 64M, 1G; 0: no limit) instead of reading them "
        f"(default {DEFAULT_MAX_BYTES // 1024**2}M)",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="leave out the summary line after a run over several inputs"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return parser


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _tqdm() -> Any:
    """tqdm's bar class, imported only when a bar is shown (it ships no type hints)."""
    return importlib.import_module("tqdm").tqdm


def _report(message: str, bar: object | None) -> None:
    message = printable(message)  # one line, whatever an input held
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
        with stop_on_signals():
            return run_corpus(args.paths, fmt, out, jobs, quiet=args.quiet)
    options = Options(fmt, args.strict, args.encoding, args.max_bytes)
    with stop_on_signals():
        return _run(args, out, single, fmt, jobs, options)


def _run(args: argparse.Namespace, out: Path | None, single: bool, fmt: str, jobs: int, options: Options) -> int:

    failed = False
    failures = 0
    tasks: list[Task] = []
    claimed: dict[str, str] = {}
    for found in collect(args.paths, out, fmt, args.encoding, args.max_bytes):
        if isinstance(found, str):
            _report(found, None)
            failed = True
            failures += 1
            continue
        if found.target is not None and out is not None:
            problem = None
            if not _inside(out, found.target):
                problem = f"{shown(found.name)}: output {shown(found.target)} would lie outside {shown(str(out))}"
            elif found.target in claimed:
                problem = (
                    f"{shown(found.name)}: output {shown(found.target)} is already written for "
                    f"{shown(claimed[found.target])}"
                )
            elif found.data is None and os.path.realpath(found.target) == os.path.realpath(found.name):
                problem = f"{shown(found.name)}: output {shown(found.target)} would overwrite the input"
            if problem:
                _report(problem, None)
                failed = True
                continue
            claimed[found.target] = found.name
        tasks.append(found)

    parsed: list[Facts] = []
    bar = None
    stdout = _Stdout(sys.stdout.buffer, fmt, array=not single) if out is None else None
    with contextlib.ExitStack() as stack:
        results: Iterable[Result]
        if jobs > 1 and len(tasks) > 1:
            workers = stack.enter_context(worker_pool(min(jobs, len(tasks))))
            results = workers.map(partial(work, options), tasks, jobs * AHEAD, _lost)
        else:
            results = (work(options, task, joined=False) for task in tasks)
        # The bar (and its monitor thread) comes after the workers are forked.
        if len(tasks) >= PROGRESS_FROM and sys.stderr.isatty():
            bar = _tqdm()(total=len(tasks), unit="file", file=sys.stderr, leave=False)
            stack.callback(bar.close)
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
                    _report(f"{shown(task.target)}: cannot write: {error.strerror or error}", bar)
                    failed = True
            elif stdout is not None:
                stdout.write(task.name, result.output)
        if stdout is not None:
            stdout.close()
    if not args.quiet and len(tasks) + failures > 1:
        _report(summary_line(parsed, failures), None)
    return 1 if failed else 0


def run_corpus(paths: Sequence[str], fmt: str, out: Path | None, jobs: int, *, quiet: bool) -> int:
    """Read every input into one corpus and write the tables of ``fmt``; returns the exit status."""
    from mofa_parse.corpus import Corpus
    from mofa_parse.corpus.export import csv_text, write

    corpus = Corpus.from_paths(paths, jobs=jobs, progress=sys.stderr.isatty())
    for failure in corpus.failures:
        _report(f"{shown(failure.path)}: {failure.message}", None)
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
                sys.stdout.buffer.write(csv_text(name, rows).encode("utf-8", "backslashreplace"))
            sys.stdout.buffer.flush()
    except ImportError as error:
        _report(f"mofa-parse: {error}", None)
        return 1
    except OSError as error:
        _report(f"{shown(str(out))}: cannot write: {error.strerror or error}", None)
        return 1
    if not quiet and len(corpus.documents) + len(corpus.failures) > 1:
        found = [facts(source.document, doc) for source, doc in zip(corpus.sources, corpus.documents)]
        _report(summary_line(found, len(corpus.failures)), None)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """The ``mofa-parse`` console script."""
    try:
        return run(argv)
    except Stopped as stopped:  # SIGINT or SIGTERM: the workers are ended, no file half written
        return stopped.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other filters do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return PIPE_CLOSED


if __name__ == "__main__":
    sys.exit(main())
