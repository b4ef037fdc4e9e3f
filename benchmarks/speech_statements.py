"""How many statements the speech pass reads right, over the readouts of ``speech/`` beside it.

    python benchmarks/speech_statements.py [--misses] [--only PREFIX]
    python benchmarks/speech_statements.py --folder DIR   # a held-out set: DIR/*.txt, DIR/expected.toml

Each readout there was written for this measure in the MOFA style, with the statements a
careful reader takes from it in ``speech/expected.toml``: the speaker's surname (several
joined by "+" for a joint statement) and the verb as written. A statement read counts as
right when one expected statement of the same readout has its speaker and verb (each
expected statement matched once). Precision is the share of the statements read that are
right, recall the share of the expected ones that were read. It writes nothing.

These are made-up readouts: they say which conventions are read, not how often real
readouts are read right; ``--folder`` measures a set kept outside the repository (real
readouts and an ``expected.toml`` in the same format) the same way.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from readout_sets import add_folder_option, read_expected, same_files

import mofa_parse
from mofa_parse.model import Joint, Person

HERE = Path(__file__).resolve().parent / "speech"


def speaker_key(speaker: Person | Joint | None) -> str:
    """A speaker as ``expected.toml`` writes it: a surname, or surnames joined by "+" in order."""
    if isinstance(speaker, Joint):
        return "+".join(sorted(member.surname for member in speaker.members))
    if isinstance(speaker, Person):
        return speaker.surname or "?"
    return "?"


def read_statements(path: Path) -> list[str]:
    """The statements of one readout, as ``expected.toml`` writes them."""
    doc = mofa_parse.parse_file(path)
    return [" ".join(f"{speaker_key(s.speaker)} | {s.verb}".split()) for s in doc.statements]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every statement missed or read wrong")
    parser.add_argument("--only", default="", metavar="PREFIX", help="only the readouts whose name starts so")
    add_folder_option(parser, HERE)
    args = parser.parse_args()
    folder: Path = args.folder
    expected = read_expected(folder)["readout"]
    same_files(folder, [entry["file"] for entry in expected], [path.name for path in folder.glob("*.txt")])
    expected = [entry for entry in expected if entry["file"].startswith(args.only)]
    if not expected:
        raise SystemExit(f"no readout of {folder.name}/ starts with {args.only!r}")
    right = read_total = expected_total = 0
    for entry in expected:
        wanted = Counter(" ".join(item.split()) for item in entry["statements"])
        got = Counter(read_statements(folder / entry["file"]))
        matched = sum((wanted & got).values())
        right += matched
        read_total += sum(got.values())
        expected_total += sum(wanted.values())
        if args.misses and wanted != got:
            print(entry["file"])
            for item in sorted((wanted - got).elements()):
                print(f"  missed: {item}")
            for item in sorted((got - wanted).elements()):
                print(f"  wrong:  {item}")
    precision = right / read_total if read_total else 1.0
    recall = right / expected_total if expected_total else 1.0
    print(f"{len(expected)} readouts, {expected_total} statements expected, {read_total} read, {right} right")
    print(f"precision {precision:.2f}, recall {recall:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
