"""The ``mofa-parse`` command, driven as a user drives it: in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import mofa_parse
from mofa_parse import from_json, json_schema, parse, parse_file, render, to_dict, to_json
from mofa_parse.io.cli import CSV_HEADER, _statement_rows, write_atomically
from mofa_parse.model import Document, Joint, Person, Span, Statement

FIXTURE = """\
Japan-Ruritania Foreign Ministers' Meeting
(Overview)

March 4, 2011

On March 3, Minister for Foreign Affairs Taro Yamada held a meeting with Minister of Foreign Affairs \
Anna Berg of Ruritania.

1. Bilateral relations

(1) The two ministers welcomed the growth of trade.

(2) Minister Berg stated that Ruritania would open a consulate in Osaka.

2. Regional affairs

The two ministers exchanged views on the region.
"""

#: The same readout with its second section misnumbered: fine leniently, an error in strict mode.
SKIPPING = FIXTURE.replace("2. Regional affairs", "3. Regional affairs")


def command() -> tuple[list[str], dict[str, str]]:
    """The installed ``mofa-parse`` beside this interpreter, else ``python -m mofa_parse``."""
    script = Path(sys.executable).with_name("mofa-parse.exe" if os.name == "nt" else "mofa-parse")
    env = dict(os.environ)
    if script.exists():
        return [str(script)], env
    # Not installed: run the package these tests import, from any working directory.
    package_root = str(Path(mofa_parse.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    return [sys.executable, "-m", "mofa_parse"], env


def run(*args: str | Path, cwd: Path, stdin: bytes = b"", quiet: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the command; with ``quiet`` (the default here), without the summary line of several inputs."""
    argv, env = command()
    flags = ["--quiet"] if quiet else []
    done = subprocess.run([*argv, *map(str, args), *flags], cwd=cwd, input=stdin, capture_output=True, env=env, check=False)
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def indented(doc: Document) -> str:
    """``to_json(doc, indent=2)`` with each span on one line, as ``--format json`` writes it."""
    text = to_json(doc, indent=2)
    for value in re.findall(r"\[\s+\d+,\s+\d+\s+\]", text):
        start, end = json.loads(value)
        text = text.replace(value, f"[{start}, {end}]", 1)
    return text + "\n"


def test_json_puts_each_span_on_one_line(tmp_path: Path, seed_paths: list[Path]) -> None:
    doc = parse_file(seed_paths[3])
    done = run(seed_paths[3], cwd=tmp_path)
    lead = doc.preamble[0]
    assert lead.span is not None and doc.issued_span is not None
    assert done.stdout.startswith(
        "{\n"
        f'  "title": {json.dumps(doc.title)},\n'
        f'  "subtitle": {json.dumps(doc.subtitle)},\n'
        f'  "issued": "{doc.issued}",\n'
        f'  "issued_text": {json.dumps(doc.issued_text)},\n'
        '  "preamble": [\n'
        "    {\n"
        '      "type": "paragraph",\n'
        f'      "text": {json.dumps(lead.text)},\n'
        '      "kind": "TEXT",\n'
        f'      "span": [{lead.span.start}, {lead.span.end}]\n'
        "    },\n"
    )
    assert done.stdout.endswith(f'  "issued_span": [{doc.issued_span.start}, {doc.issued_span.end}]\n}}\n')
    assert not re.search(r"^\s*\d+,?$", done.stdout, re.MULTILINE)  # no number alone on a line


def check_loads_back(text: str, expected: Document) -> None:
    """JSON output that validates against the schema and reads back to the very document."""
    validator().validate(json.loads(text))
    back = from_json(text)
    assert back == expected
    assert to_dict(back) == to_dict(expected)


@pytest.fixture
def corpus(tmp_path: Path, seed_paths: list[Path]) -> Path:
    """The seeds, a CRLF copy of one, a binary file and a latin-1 file, in one directory."""
    root = tmp_path / "in"
    root.mkdir()
    for path in seed_paths:
        shutil.copy(path, root / path.name)
    (root / "005_crlf.txt").write_bytes(seed_paths[0].read_bytes().replace(b"\n", b"\r\n"))
    (root / "006_binary.txt").write_bytes(b"Japan-X Summit\n\x00\x01\x02")
    (root / "007_latin1.txt").write_bytes(FIXTURE.replace("Ruritania", "Ruritània").encode("latin-1"))
    (root / "notes.md").write_text("not a readout\n", encoding="utf-8")
    return root


BAD_CORPUS_STDERR = (
    "in/006_binary.txt:2:1: binary file (NUL byte), not a text readout\n"
    "in/007_latin1.txt:1:12: not valid UTF-8: byte 0xe0 cannot be decoded (pass --encoding for other encodings)\n"
)

GOOD_IN_CORPUS = [
    "000_b01a50b6796d9042.txt",
    "001_8c808e7691950097.txt",
    "002_89f8f4baa40f91fd.txt",
    "003_7f5e5658120deeed.txt",
    "004_417d546952499874.txt",
    "005_crlf.txt",
]


# --------------------------------------------------------------------------- formats


def test_one_file_prints_indented_json(tmp_path: Path, seed_paths: list[Path]) -> None:
    done = run(seed_paths[0], cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    doc = parse_file(seed_paths[0])
    assert done.stdout == indented(doc)
    check_loads_back(done.stdout, doc)


def test_a_directory_prints_one_json_line_per_good_file_and_names_the_bad_ones(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the documents name their files as the command line does
    done = run("in", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == BAD_CORPUS_STDERR
    lines = done.stdout.splitlines()
    assert len(lines) == len(GOOD_IN_CORPUS)
    for line, name in zip(lines, GOOD_IN_CORPUS):
        check_loads_back(line, parse_file(Path("in") / name))
    crlf = from_json(lines[-1])
    assert crlf.source == (corpus / "005_crlf.txt").read_bytes().decode("utf-8")
    assert crlf == from_json(lines[0])


def test_several_files_default_to_jsonl_and_json_makes_an_array(tmp_path: Path, seed_paths: list[Path]) -> None:
    jsonl = run(seed_paths[1], seed_paths[2], cwd=tmp_path)
    assert (jsonl.returncode, jsonl.stderr) == (0, "")
    docs = [parse_file(seed_paths[1]), parse_file(seed_paths[2])]
    assert jsonl.stdout == "".join(to_json(d) + "\n" for d in docs)
    array = run(seed_paths[1], seed_paths[2], "--format", "json", cwd=tmp_path)
    assert (array.returncode, array.stderr) == (0, "")
    data = json.loads(array.stdout)
    assert [from_json(json.dumps(d)) for d in data] == docs
    for item in data:
        validator().validate(item)


def test_json_for_a_directory_of_one_is_still_an_array(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(FIXTURE, encoding="utf-8")
    done = run("d", "-f", "json", cwd=tmp_path)
    assert done.returncode == 0
    monkeypatch.chdir(tmp_path)
    assert [to_dict(from_json(json.dumps(d))) for d in json.loads(done.stdout)] == [to_dict(parse_file("d/a.txt"))]


def test_text_prints_the_rendering(tmp_path: Path, seed_paths: list[Path]) -> None:
    done = run(seed_paths[3], "--format", "text", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == render(parse_file(seed_paths[3]))


def test_text_of_several_inputs_is_headed_by_their_names(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FIXTURE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SKIPPING, encoding="utf-8")
    done = run("a.txt", "b.txt", "-f", "text", cwd=tmp_path)
    assert done.returncode == 0
    expected = f"==> a.txt <==\n{render(parse(FIXTURE))}\n==> b.txt <==\n{render(parse(SKIPPING))}"
    assert done.stdout == expected


def test_statements_csv_has_one_header_and_a_row_per_statement(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FIXTURE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SKIPPING, encoding="utf-8")
    done = run("a.txt", "b.txt", "--format", "statements-csv", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    rows = list(csv.reader(io.StringIO(done.stdout)))
    expected = [list(CSV_HEADER)]
    for name, text in (("a.txt", FIXTURE), ("b.txt", SKIPPING)):
        expected += [[str(c) for c in row] for row in _statement_rows(name, parse(text))]
    assert rows == expected


def test_statement_rows_name_speaker_title_and_place() -> None:
    yamada = Person("Taro Yamada", "Yamada", "Minister for Foreign Affairs", "Japan")
    berg = Person(None, "Berg", None, None)
    doc = Document(
        statements=(
            Statement(yamada, "stated", "that trade grew", span=Span(10, 25), section=1, clause=2),
            Statement(Joint((yamada, berg)), "agreed", "to meet again"),
        )
    )
    assert _statement_rows("x.txt", doc) == [
        ("x.txt", 1, 2, "Taro Yamada", "Minister for Foreign Affairs", "stated", "that trade grew", 10, 25, 0, "", "reported", "JPN:taro-yamada", "JPN", ""),
        ("x.txt", "", "", "Taro Yamada; Berg", "Minister for Foreign Affairs; ", "agreed", "to meet again", "", "", 1, "", "reported", "joint", "JPN; ", ""),
    ]


def test_standard_input(tmp_path: Path) -> None:
    done = run("-", cwd=tmp_path, stdin=FIXTURE.encode("utf-8"))
    assert (done.returncode, done.stderr) == (0, "")
    check_loads_back(done.stdout, parse(FIXTURE))


def test_line_separators_inside_strings_are_escaped_in_jsonl(tmp_path: Path) -> None:
    text = FIXTURE.replace("the region.", "the region.\u2028\x85")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FIXTURE, encoding="utf-8")
    done = run("a.txt", "b.txt", "-f", "jsonl", cwd=tmp_path)
    assert done.returncode == 0
    lines = done.stdout.splitlines()  # splits on U+2028 and U+0085 too
    assert len(lines) == 2
    assert from_json(lines[0]).source == text


def test_jobs_keep_the_output_order(corpus: Path, tmp_path: Path) -> None:
    one = run("in", cwd=tmp_path)
    three = run("in", "--jobs", "3", cwd=tmp_path)
    every_cpu = run("in", "-j", "0", cwd=tmp_path)
    assert one.stdout == three.stdout == every_cpu.stdout
    assert one.stderr == three.stderr == every_cpu.stderr == BAD_CORPUS_STDERR
    assert one.returncode == three.returncode == every_cpu.returncode == 1


def test_encoding_option_reads_other_encodings(corpus: Path, tmp_path: Path) -> None:
    done = run("in/007_latin1.txt", "--encoding", "latin-1", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert from_json(done.stdout).title == "Japan-Ruritània Foreign Ministers' Meeting"


def test_python_dash_m_runs_the_same_command(tmp_path: Path) -> None:
    _, env = command()
    package_root = str(Path(mofa_parse.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "mofa_parse", "--version"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, f"mofa-parse {mofa_parse.__version__}\n", "")
    assert run("--version", cwd=tmp_path).stdout == done.stdout


# --------------------------------------------------------------------------- bad input


def test_missing_paths_and_empty_directories_are_reported_and_the_rest_processed(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    (tmp_path / "empty" / "deeper").mkdir(parents=True)
    (tmp_path / "empty" / "deeper" / "notes.md").write_text("x", encoding="utf-8")
    done = run("nowhere.txt", "empty", seed_paths[0], cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == ("nowhere.txt: no such file or directory\nempty: no *.txt or *.html readouts in this directory\n")
    assert done.stdout == to_json(parse_file(seed_paths[0])) + "\n"


def test_strict_failure_names_file_line_and_column(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good.txt").write_text(FIXTURE, encoding="utf-8")
    (tmp_path / "skip.txt").write_text(SKIPPING, encoding="utf-8")
    lenient = run("good.txt", "skip.txt", cwd=tmp_path)
    assert (lenient.returncode, lenient.stderr) == (0, "")
    strict = run("good.txt", "skip.txt", "--strict", cwd=tmp_path)
    assert strict.returncode == 1
    with pytest.raises(mofa_parse.ParseError) as caught:
        parse(SKIPPING, strict=True)
    assert (caught.value.line, caught.value.column) == (14, 1)
    assert strict.stderr == f"skip.txt:14:1: {caught.value.message}\n"
    monkeypatch.chdir(tmp_path)
    assert strict.stdout == to_json(parse_file("good.txt")) + "\n"


def test_bad_standard_input_is_named_dash(tmp_path: Path) -> None:
    done = run("-", cwd=tmp_path, stdin=b"Title\n\nab\x00")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == "-:3:3: binary file (NUL byte), not a text readout\n"
    strict = run("-", "--strict", cwd=tmp_path, stdin=SKIPPING.encode("utf-8"))
    assert strict.returncode == 1
    assert strict.stderr.startswith("-:14:1: ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "the following arguments are required: PATH"),
        (("x.txt", "--format", "xml"), "argument -f/--format: invalid choice: 'xml'"),
        (("x.txt", "--jobs", "-1"), "--jobs must be 0 or more, not -1"),
        (("x.txt", "--jobs", "many"), "argument -j/--jobs: invalid int value: 'many'"),
        (("-", "-"), "standard input (-) can be read only once"),
        (("x.txt", "-o", "file.txt"), "-o file.txt: not a directory"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    done = run(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("usage: mofa-parse ")
    assert f"mofa-parse: error: {message}" in done.stderr


# --------------------------------------------------------------------------- -o DIR


def test_output_directory_mirrors_the_input_tree(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (corpus / "sub" / "deeper").mkdir(parents=True)
    (corpus / "sub" / "deeper" / "fixture.TXT").write_text(FIXTURE, encoding="utf-8")
    (tmp_path / "single.txt").write_text(SKIPPING, encoding="utf-8")
    done = run("in", "single.txt", "-o", "out", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == BAD_CORPUS_STDERR
    assert done.stdout == ""
    out = tmp_path / "out"
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    expected = [n.replace(".txt", ".json") for n in GOOD_IN_CORPUS]
    assert written == sorted([*expected, "single.json", os.path.join("sub", "deeper", "fixture.json")])
    for name in GOOD_IN_CORPUS:
        text = (out / name.replace(".txt", ".json")).read_text(encoding="utf-8")
        monkeypatch.chdir(tmp_path)  # the documents name their files as the command line does
        assert text == indented(parse_file(Path("in") / name))
        check_loads_back(text, parse_file(Path("in") / name))
    check_loads_back(
        (out / "sub" / "deeper" / "fixture.json").read_text(encoding="utf-8"), parse_file("in/sub/deeper/fixture.TXT")
    )


def test_output_directory_takes_each_format_and_standard_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FIXTURE, encoding="utf-8")
    done = run("a.txt", "-", "-o", "out", "-f", "statements-csv", cwd=tmp_path, stdin=SKIPPING.encode("utf-8"))
    assert (done.returncode, done.stderr, done.stdout) == (0, "", "")
    header = ",".join(CSV_HEADER) + "\r\n"
    assert (tmp_path / "out" / "a.csv").read_bytes().decode("utf-8").startswith(header)
    assert (tmp_path / "out" / "stdin.csv").read_bytes().decode("utf-8").startswith(header)
    text = run("a.txt", "-o", "out", "-f", "text", cwd=tmp_path)
    assert text.returncode == 0
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == render(parse(FIXTURE))


def test_output_never_lands_outside_the_directory_or_on_an_input(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.txt").write_text(FIXTURE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(FIXTURE, encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out").mkdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "out" / "sub")
    done = run("in", "-o", "out", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == (
        f"{os.path.join('in', 'sub', 'a.txt')}: output {os.path.join('out', 'sub', 'a.json')} would lie outside out\n"
    )
    assert list((tmp_path / "elsewhere").iterdir()) == []
    assert (tmp_path / "out" / "b.json").exists()
    onto_input = run("in/b.txt", "-o", "in", "-f", "text", cwd=tmp_path)
    assert onto_input.returncode == 1
    assert onto_input.stderr == "in/b.txt: output in/b.txt would overwrite the input\n"
    assert (tmp_path / "in" / "b.txt").read_text(encoding="utf-8") == FIXTURE


def test_two_inputs_claiming_one_output_are_reported(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(FIXTURE, encoding="utf-8")
    done = run("x/a.txt", "y/a.txt", "-o", "out", cwd=tmp_path)
    assert done.returncode == 1
    out = os.path.join("out", "a.json")
    assert done.stderr == f"y/a.txt: output {out} is already written for x/a.txt\n"


def test_atomic_write_leaves_the_old_file_when_it_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "a.json"
    write_atomically(str(target), "first\n")
    assert target.read_text(encoding="utf-8") == "first\n"

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space left on device"):
        write_atomically(str(target), "second\n")
    assert target.read_text(encoding="utf-8") == "first\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.json"]


# --------------------------------------------------------------------------- the terminal


@pytest.mark.skipif(os.name != "posix", reason="needs a pseudo-terminal")
def test_progress_bar_only_on_a_terminal_with_many_files(tmp_path: Path) -> None:
    import fcntl
    import pty
    import struct
    import termios

    (tmp_path / "d").mkdir()
    for n in range(12):
        (tmp_path / "d" / f"{n:02}.txt").write_text(FIXTURE, encoding="utf-8")
    argv, env = command()
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # a 80-column terminal
    with (tmp_path / "stdout").open("wb") as stdout:
        child = subprocess.Popen([*argv, "d"], cwd=tmp_path, env=env, stdout=stdout, stderr=secondary)
        os.close(secondary)
        seen = b""
        while True:  # read as it comes: a closed terminal discards what was not read
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # EIO: the child has closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        returncode = child.wait()
    os.close(primary)
    assert returncode == 0
    assert b"0/12 [" in seen  # drawn at the start (and cleared at the end)
    assert len((tmp_path / "stdout").read_bytes().splitlines()) == 12
    # Not a terminal: no bar.
    quiet = run("d", cwd=tmp_path)
    assert (quiet.returncode, quiet.stderr) == (0, "")
