"""Determinism: the same input gives the same tree, diagnostics and derived facts,
in every run and every process, whatever the hash seed.

Each input is parsed in child processes started with different ``PYTHONHASHSEED``
values, and their dumps (``repr`` of the whole document, which shows the tree,
the spans, the meeting, the people, the statements and the diagnostics, plus the
rendered text) are compared with one another and with this process's.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

import mofa_parse
from test_fuzz import CHROME, DATES, HEADINGS, SENTENCES, SPEAKERS, SUBTITLES, TITLES, TROUBLE

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [ROOT / "seeds", ROOT / "tests" / "fixtures"]
HASH_SEEDS = ("0", "1", "4242", "random")

_CHILD = """
import json, sys
import mofa_parse
texts = json.load(sys.stdin)
json.dump([dump(text) for text in texts], sys.stdout)
"""


def dump(text: str) -> str:
    """A stable text dump of everything ``parse`` derives from ``text``."""
    doc = mofa_parse.parse(text)
    return f"{doc!r}\n{doc.warnings!r}\n{mofa_parse.render(doc)}"


def _soup(rng: random.Random, lines: int) -> str:
    """A reproducible readout soup (see test_fuzz.py), with trouble characters sprinkled in."""
    kinds = (HEADINGS, SENTENCES, DATES, CHROME, TITLES, SUBTITLES, SPEAKERS)
    markers = ("1.", "2.", "I.", "A.", "(1)", "(2)", "(a)", "a)", "1)", "-", "•", "1. 1.", "(1) (a)", "- (1)")
    out = []
    for _ in range(lines):
        text = rng.choice(rng.choice(kinds))
        if rng.random() < 0.5:
            text = f"{rng.choice(markers)} {text}"
        if rng.random() < 0.2:
            spot = rng.randrange(len(text) + 1)
            text = text[:spot] + rng.choice(TROUBLE) + text[spot:]
        out.append(" " * rng.choice((0, 0, 2, 4)) + text)
    return rng.choice(("\n", "\r\n", "\r")).join(out)


def _inputs() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for root in SEEDS for path in sorted(root.rglob("*.txt"))]
    rng = random.Random(20041122)
    texts.extend(_soup(rng, rng.randrange(5, 60)) for _ in range(40))
    return texts


def _dumps_in_child(texts: list[str], hash_seed: str) -> list[str]:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), *sys.path]))
    script = "from test_determinism import dump\n" + _CHILD
    child = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).parent,
        check=True,
        timeout=300,
    )
    result: list[str] = json.loads(child.stdout)
    return result


def test_inputs_cover_seeds_fixtures_and_soup() -> None:
    texts = _inputs()
    assert len(texts) >= 5 + 40
    assert any("\r\n" in text for text in texts) and any("\r" in text.replace("\r\n", "") for text in texts)


def test_same_input_same_result_in_one_process() -> None:
    for text in _inputs():
        assert dump(text) == dump(text)
        assert mofa_parse.parse(text) == mofa_parse.parse(text)


@pytest.mark.parametrize("hash_seed", HASH_SEEDS)
def test_same_result_in_processes_with_other_hash_seeds(hash_seed: str) -> None:
    texts = _inputs()
    expected = [dump(text) for text in texts]
    got = _dumps_in_child(texts, hash_seed)
    assert len(got) == len(expected)
    for index, (mine, theirs) in enumerate(zip(expected, got)):
        assert theirs == mine, f"input {index} parses differently under PYTHONHASHSEED={hash_seed}"
