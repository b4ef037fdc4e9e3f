"""``mofa-parse`` on saved pages: a page, a folder of pages and readouts, standard input, a page with no readout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import mofa_parse
from mofa_parse import from_json, parse, parse_file

PAGES = Path(__file__).parent / "fixtures" / "pages"
TEMPLATES = ("kantei", "mofa", "mofa-table")


def run(*args: str, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    """The command, run as ``python -m mofa_parse`` with the package these tests import,
    without the summary line of several inputs (``--quiet``)."""
    env = dict(os.environ)
    package_root = str(Path(mofa_parse.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "mofa_parse", *args, "--quiet"], cwd=cwd, input=stdin, capture_output=True, env=env, timeout=120
    )
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())


def test_a_page_prints_the_document_of_its_readout(tmp_path: Path) -> None:
    shutil.copy(PAGES / "mofa.html", tmp_path / "page.html")
    done = run("page.html", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    doc = from_json(done.stdout)
    assert doc == parse((PAGES / "mofa.txt").read_text(encoding="utf-8"))
    assert doc.origin.path == "page.html" and doc.origin.template == "mofa"


def test_a_folder_of_pages_and_readouts_reads_each_by_its_content(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    for name in TEMPLATES:
        shutil.copy(PAGES / f"{name}.html", folder / f"{name}.html")
    shutil.copy(PAGES / "kantei.html", folder / "kantei-copy.htm")
    shutil.copy(PAGES / "mofa.txt", folder / "readout.txt")
    (folder / "notes.md").write_text("# not a readout\n", encoding="utf-8")
    done = run("saved", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    docs = [from_json(line) for line in done.stdout.splitlines()]
    assert [d.origin.path for d in docs] == [
        os.path.join("saved", name)
        for name in ("kantei-copy.htm", "kantei.html", "mofa-table.html", "mofa.html", "readout.txt")
    ]
    texts = {name: parse((PAGES / f"{name}.txt").read_text(encoding="utf-8")) for name in TEMPLATES}
    assert docs == [texts["kantei"], texts["kantei"], texts["mofa-table"], texts["mofa"], texts["mofa"]]
    assert [d.origin.format.value for d in docs] == ["html", "html", "html", "html", "text"]


def test_a_page_on_standard_input_names_no_file(tmp_path: Path) -> None:
    done = run("-", cwd=tmp_path, stdin=(PAGES / "kantei.html").read_bytes())
    assert done.returncode == 0
    doc = from_json(done.stdout)
    assert doc.origin.path is None and doc.origin.template == "kantei"


def test_a_page_with_no_readout_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    lenient = run("empty.html", cwd=tmp_path)
    assert lenient.returncode == 0
    warnings = json.loads(lenient.stdout)["warnings"]
    assert [w["code"] for w in warnings][:1] == ["html-no-readout"]
    strict = run("empty.html", "--strict", cwd=tmp_path)
    assert strict.returncode == 1
    assert strict.stderr.startswith("empty.html:1:1: no readout in the page")


def test_an_undecodable_page_is_named_and_the_others_still_read(tmp_path: Path) -> None:
    shutil.copy(PAGES / "mofa.html", tmp_path / "good.html")
    (tmp_path / "bad.html").write_bytes(b"<html><body><p>Caf\xe9 au lait</p></body></html>")
    done = run("bad.html", "good.html", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("bad.html:1:19: not valid UTF-8: byte 0xe9 cannot be decoded")
    assert [from_json(line) for line in done.stdout.splitlines()] == [parse_file(tmp_path / "good.html")]


def test_output_files_of_pages_take_the_format_suffix(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    shutil.copy(PAGES / "mofa.html", tmp_path / "in" / "meeting.html")
    shutil.copy(PAGES / "kantei.html", tmp_path / "in" / "call.HTM")
    done = run("in", "-o", "out", "--format", "text", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["call.txt", "meeting.txt"]
    rendered = (tmp_path / "out" / "meeting.txt").read_text(encoding="utf-8")
    assert parse(rendered) == parse((PAGES / "mofa.txt").read_text(encoding="utf-8"))
