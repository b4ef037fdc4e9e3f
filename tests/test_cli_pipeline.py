"""``mofa-parse`` under a supervisor: signals, odd files, closed pipes, umasks, encodings.

Every case runs the command in a subprocess, as a pipeline runs it, and every wait
is bounded, so that a regression shows as a failure, never as a hung suite.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from mofa_parse import from_json, parse, to_dict
from mofa_parse.io.files import DEFAULT_MAX_BYTES
from test_cli import FIXTURE, command, run

#: The longest any single run here may take before the test fails instead of hanging.
LIMIT = 60

#: How long a stopped run may take to exit (the promise is a second; this leaves room on a busy machine).
STOP_LIMIT = 5


def many(root: Path, seed_paths: list[Path], count: int = 300) -> Path:
    """``count`` copies of the seeds in ``root/in``: enough work to be stopped in the middle of."""
    folder = root / "in"
    folder.mkdir()
    for index in range(count):
        shutil.copy(seed_paths[index % len(seed_paths)], folder / f"{index:04d}.txt")
    return folder


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def start(*args: str | Path, cwd: Path, **kwargs: object) -> subprocess.Popen[bytes]:
    argv, env = command()
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [*argv, *map(str, args)], cwd=cwd, env=env, stderr=subprocess.PIPE, start_new_session=True, **kwargs
    )


def catches_sigterm(pid: int) -> bool:
    """Whether ``pid`` has its SIGTERM handler in place (it has started up)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (signal.SIGTERM - 1) & 1)
    return False


def wait_until(condition: object, limit: float = LIMIT) -> None:
    deadline = time.monotonic() + limit
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


# --------------------------------------------------------------------------- signals


@pytest.fixture
def running_with_output(tmp_path: Path, seed_paths: list[Path]) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    folder = many(tmp_path, seed_paths)
    out = tmp_path / "out"
    child = start(folder, "--jobs", "2", "-o", out, cwd=tmp_path, stdout=subprocess.DEVNULL)
    try:
        wait_until(lambda: out.exists() and len(list(out.iterdir())) >= 5 and len(children(child.pid)) >= 2)
        yield child, out
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(LIMIT)


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
@pytest.mark.parametrize("to_group", [False, True], ids=["parent", "process-group"])
def test_a_signal_stops_the_run_and_its_workers_leaving_complete_files(
    running_with_output: tuple[subprocess.Popen[bytes], Path], signum: int, status: int, to_group: bool
) -> None:
    child, out = running_with_output
    workers = children(child.pid)
    if to_group:  # as a terminal's Ctrl-C, or a supervisor's kill of the whole group
        os.killpg(child.pid, signum)
    else:
        child.send_signal(signum)
    _, stderr = child.communicate(timeout=STOP_LIMIT)
    assert (child.returncode, stderr) == (status, b"")
    wait_until(lambda: not any(alive(pid) for pid in workers), STOP_LIMIT)
    written = sorted(out.iterdir())
    assert 5 <= len(written) < 300
    assert [path.name for path in written if not path.name.endswith(".json")] == []  # no .mofa-parse-*.tmp
    for path in written:
        assert from_json(path.read_bytes()).title  # complete, every one


def test_sigterm_while_writing_to_standard_output(tmp_path: Path, seed_paths: list[Path]) -> None:
    folder = many(tmp_path, seed_paths)
    child = start(folder, "--jobs", "2", cwd=tmp_path, stdout=subprocess.PIPE)
    assert child.stdout is not None
    first = child.stdout.readline()
    workers = children(child.pid)
    child.send_signal(signal.SIGTERM)
    _, stderr = child.communicate(timeout=STOP_LIMIT)
    assert (child.returncode, stderr) == (143, b"")
    assert from_json(first).title
    wait_until(lambda: not any(alive(pid) for pid in workers), STOP_LIMIT)


def test_sigterm_stops_a_corpus_format_and_its_workers_writing_nothing(tmp_path: Path, seed_paths: list[Path]) -> None:
    folder = many(tmp_path, seed_paths, 3000)
    child = start(folder, "--format", "meetings-csv", "--jobs", "2", "-o", "out", cwd=tmp_path)
    wait_until(lambda: len(children(child.pid)) >= 2)
    workers = children(child.pid)
    child.send_signal(signal.SIGTERM)
    _, stderr = child.communicate(timeout=STOP_LIMIT)
    assert (child.returncode, stderr) == (143, b"")
    wait_until(lambda: not any(alive(pid) for pid in workers), STOP_LIMIT)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_sigterm_while_reading_standard_input(tmp_path: Path) -> None:
    child = start("-", cwd=tmp_path, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert child.stdin is not None
    child.stdin.write(b"Japan-X Talks\n")
    child.stdin.flush()
    wait_until(lambda: catches_sigterm(child.pid))  # started, and reading: the stdin pipe stays open
    child.send_signal(signal.SIGTERM)
    stdout, stderr = child.communicate(timeout=STOP_LIMIT)
    assert (child.returncode, stdout, stderr) == (143, b"", b"")


# --------------------------------------------------------------------------- inputs


def test_fifo_devices_and_sockets_are_reported_and_skipped_without_blocking(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(FIXTURE, encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    (folder / "c.txt").symlink_to("/dev/zero")
    (folder / "d.txt").symlink_to("/dev/null")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "e.txt"))
    (folder / "f.txt").write_text(FIXTURE.replace("Ruritania", "Borduria"), encoding="utf-8")
    try:
        for jobs in ("1", "2"):
            done = run("d", "--jobs", jobs, cwd=tmp_path)
            assert done.returncode == 1
            assert done.stderr == (
                "d/b.txt: not a regular file (a FIFO): skipped\n"
                "d/c.txt: not a regular file (a character device): skipped\n"
                "d/d.txt: not a regular file (a character device): skipped\n"
                "d/e.txt: not a regular file (a socket): skipped\n"
            )
            lines = done.stdout.splitlines()
            assert [from_json(line) for line in lines] == [parse(FIXTURE), parse(FIXTURE.replace("Ruritania", "Borduria"))]
        done = run("d/b.txt", cwd=tmp_path)  # named directly: the same
        assert (done.returncode, done.stdout, done.stderr) == (1, "", "d/b.txt: not a regular file (a FIFO): skipped\n")
    finally:
        server.close()


def test_inputs_over_max_bytes_are_reported_not_read(tmp_path: Path) -> None:
    (tmp_path / "small.txt").write_text(FIXTURE, encoding="utf-8")
    with (tmp_path / "huge.txt").open("wb") as file:  # sparse: costs no disk
        file.truncate(DEFAULT_MAX_BYTES + 1)
    done = run("small.txt", "huge.txt", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == f"huge.txt: larger than --max-bytes ({DEFAULT_MAX_BYTES} bytes): skipped\n"
    assert [from_json(line) for line in done.stdout.splitlines()] == [parse(FIXTURE)]

    size = len(FIXTURE.encode("utf-8"))
    done = run("small.txt", "--max-bytes", str(size - 1), cwd=tmp_path)
    assert (done.returncode, done.stderr) == (1, f"small.txt: larger than --max-bytes ({size - 1} bytes): skipped\n")
    assert run("small.txt", "--max-bytes", str(size), cwd=tmp_path).returncode == 0
    assert run("small.txt", "--max-bytes", "1k", cwd=tmp_path).returncode == 0

    done = run("-", "--max-bytes", "100", cwd=tmp_path, stdin=FIXTURE.encode("utf-8"))
    assert (done.returncode, done.stderr) == (1, "-: larger than --max-bytes (100 bytes): skipped\n")

    done = run("small.txt", "--max-bytes", "lots", cwd=tmp_path)
    assert done.returncode == 2
    assert "not a size in bytes: 'lots' (such as 1000000, 512k, 64M or 1G)" in done.stderr


def test_link_loops_are_reported_once_and_directory_links_not_followed(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(FIXTURE, encoding="utf-8")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "ping.txt").symlink_to("pong.txt")
    (folder / "pong.txt").symlink_to("ping.txt")
    (folder / "sub" / "up").symlink_to("..")  # a directory loop: never followed
    done = run("d", "d/loop.txt", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == (
        "d/loop.txt: a loop of symbolic links\n"  # named directly: found while collecting
        "d/loop.txt: cannot read file: a loop of symbolic links\n"
        "d/ping.txt: cannot read file: a loop of symbolic links\n"
        "d/pong.txt: cannot read file: a loop of symbolic links\n"
    )
    assert [from_json(line) for line in done.stdout.splitlines()] == [parse(FIXTURE)]


def test_names_are_printed_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    forged = "x\x1b[31m\nok.txt: all well\\.txt"
    (folder / forged).write_bytes(b"Title\n\x00")
    os.mkfifo(os.path.join(os.fsencode(folder), b"caf\xe9\xe2\x80\xae.txt"))
    done = run("d", "--format", "text", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "d/caf\\xe9\\u202e.txt: not a regular file (a FIFO): skipped",
        "d/x\\x1b[31m\\nok.txt: all well\\\\.txt:2:1: binary file (NUL byte), not a text readout",
    ]


# --------------------------------------------------------------------------- outputs


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_output_files_get_the_umask_mode(tmp_path: Path, umask: int, mode: int) -> None:
    (tmp_path / "a.txt").write_text(FIXTURE, encoding="utf-8")
    child = start("a.txt", "-o", "out", cwd=tmp_path, stdout=subprocess.DEVNULL, umask=umask)
    _, stderr = child.communicate(timeout=LIMIT)
    assert (child.returncode, stderr) == (0, b"")
    assert stat.S_IMODE((tmp_path / "out" / "a.json").stat().st_mode) == mode


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_output_pipe_ends_the_run_quietly_with_status_141(
    tmp_path: Path, seed_paths: list[Path], jobs: str
) -> None:
    folder = many(tmp_path, seed_paths)
    child = start(folder, "--jobs", jobs, cwd=tmp_path, stdout=subprocess.PIPE)
    assert child.stdout is not None
    assert from_json(child.stdout.readline()).title
    workers = children(child.pid)
    child.stdout.close()  # as `| head -1` does
    assert child.wait(timeout=LIMIT) == 141
    assert child.stderr is not None
    assert child.stderr.read() == b""
    wait_until(lambda: not any(alive(pid) for pid in workers), STOP_LIMIT)


def test_lone_surrogates_reach_json_and_text_output_and_the_next_file_is_still_written(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"Japan-X Talks \\ud800\n")
    (tmp_path / "b.txt").write_bytes(b"Japan-Y Talks\n")
    done = run("a.txt", "b.txt", "--encoding", "unicode_escape", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    first, second = done.stdout.splitlines()
    assert '"title": "Japan-X Talks \\ud800"' in first
    assert from_json(first).title == "Japan-X Talks \ud800"
    assert from_json(second).title == "Japan-Y Talks"
    done = run("a.txt", "--encoding", "unicode_escape", "--format", "text", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "Japan-X Talks \\ud800\n", "")
    done = run("a.txt", "--encoding", "unicode_escape", "-f", "text", "-o", "out", cwd=tmp_path)
    assert (done.returncode, (tmp_path / "out" / "a.txt").read_text(encoding="utf-8")) == (0, "Japan-X Talks \\ud800\n")


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf_16_and_utf_32_with_a_bom_are_read(tmp_path: Path, codec: str) -> None:
    data = FIXTURE.encode(codec)
    if not codec.endswith(("16", "32")):  # the plain codecs write a BOM themselves
        data = "\ufeff".encode(codec) + data
    (tmp_path / "a.txt").write_bytes(data)
    done = run("a.txt", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    read, expected = from_json(done.stdout), parse(FIXTURE)
    assert read.origin.path == "a.txt"  # the document names its file; the text is the same
    assert to_dict(attrs.evolve(read, origin=expected.origin)) == to_dict(expected)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf_16_and_utf_32_without_a_bom_are_named_with_the_option_to_pass(tmp_path: Path, codec: str) -> None:
    (tmp_path / "a.txt").write_bytes(FIXTURE.encode(codec))
    done = run("a.txt", cwd=tmp_path)
    assert done.returncode == 1
    where = "1:1" if codec.endswith("be") else "1:2"
    assert done.stderr == (
        f"a.txt:{where}: not UTF-8 but, by its NUL bytes, {codec} without a byte-order mark "
        "(pass --encoding for other encodings)\n"
    )
    done = run("a.txt", "--encoding", codec, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout)["title"] == "Japan-Ruritania Foreign Ministers' Meeting"


def test_a_worker_killed_from_outside_costs_at_most_its_input(tmp_path: Path, seed_paths: list[Path]) -> None:
    folder = many(tmp_path, seed_paths, 200)
    child = start(folder, "--jobs", "2", "-o", "out", "--quiet", cwd=tmp_path, stdout=subprocess.DEVNULL)
    out = tmp_path / "out"
    wait_until(lambda: out.exists() and len(list(out.iterdir())) >= 5 and len(children(child.pid)) >= 2)
    os.kill(children(child.pid)[0], signal.SIGKILL)
    _, stderr = child.communicate(timeout=LIMIT)
    lost = stderr.decode().splitlines()
    assert len(lost) <= 1
    assert all(line.endswith(": internal error: the worker process parsing it ended") for line in lost)
    assert child.returncode == len(lost)
    assert len(list(out.iterdir())) == 200 - len(lost)


def _slow_first(item: int) -> int:
    time.sleep(0.3 if item == 0 else 0.001)
    return item * item


def test_workers_give_every_result_in_order_while_one_input_is_slow() -> None:
    from mofa_parse.io.stopping import worker_pool

    with worker_pool(3) as workers:
        assert list(workers.map(_slow_first, range(40), 4, lambda item: -1)) == [i * i for i in range(40)]
