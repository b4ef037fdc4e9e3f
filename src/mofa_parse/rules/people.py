"""The vocabulary of people, read from ``people.toml``: title words, honorifics, name particles, post-nominals.

One list each, shared by every reader of mentions (the meeting pass and the
speech pass). Adding a title word is one ``[[head]]`` or ``[[modifier]]`` entry
in ``people.toml`` plus an example line in ``tests/fixtures/rules/``.
"""

from __future__ import annotations

import enum

import attrs

from mofa_parse.rules.load import TableShape, load

__all__ = ["HEADS", "HONORIFICS", "MODIFIERS", "PARTICLES", "POST_NOMINALS", "Honorific", "HonorificKind"]


class HonorificKind(enum.Enum):
    """What an honorific is: "Mr." (courtesy), "His Excellency" (style), "General" (rank)."""

    COURTESY = "courtesy"
    STYLE = "style"
    RANK = "rank"


@attrs.frozen
class Honorific:
    """One honorific as written before a name; a courtesy title may drop its final full stop."""

    form: str
    kind: HonorificKind


_WORD = TableShape({"word": str}, unique=("word",))

_TABLES = load(
    "people.toml",
    {
        "head": _WORD,
        "modifier": _WORD,
        "honorific": TableShape(
            {"form": str, "kind": str},
            unique=("form",),
            choices={"kind": tuple(kind.value for kind in HonorificKind)},
        ),
        "particle": _WORD,
        "post_nominal": _WORD,
    },
)

#: Words that head an office: a title holds one ("Minister", "President", "Spokesperson").
HEADS: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["head"])
#: Words that modify an office or name its field ("Prime", "Deputy", "Foreign", "Affairs").
MODIFIERS: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["modifier"])
#: Honorifics, in the order of the file.
HONORIFICS: tuple[Honorific, ...] = tuple(
    Honorific(entry["form"], HonorificKind(entry["kind"])) for entry in _TABLES["honorific"]
)
#: Lower-case words inside a personal name ("von", "der", "bin").
PARTICLES: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["particle"])
#: Post-nominals and generational suffixes, never part of a name ("MP", "Jr").
POST_NOMINALS: frozenset[str] = frozenset(entry["word"] for entry in _TABLES["post_nominal"])
