"""``Corpus``: many readouts, their tables, and one id for each person across them."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from mofa_parse.api import parse
from mofa_parse.corpus import export
from mofa_parse.corpus.files import Parsed, find, parse_all
from mofa_parse.corpus.rows import TABLES, Failure, MeetingRow, ParticipantRow, PersonRow, StatementRow
from mofa_parse.corpus.tables import Source, Tables, build_tables, sha256
from mofa_parse.model import Document, Person

__all__ = ["Corpus"]


def _tables(corpus: Corpus) -> Tables:
    return build_tables(zip(corpus.sources, corpus.documents))


@attrs.frozen
class Corpus:
    """Parsed readouts and their tables: ``meetings``, ``participants``, ``statements``, ``people``.

    ``documents`` and ``sources`` (each document's id, file and sha256) are in the
    order of their paths (of their ids, for texts); ``failures`` are the files that
    could not be read. The tables are built once, when the corpus is.
    """

    sources: tuple[Source, ...]
    documents: tuple[Document, ...] = attrs.field()
    failures: tuple[Failure, ...] = ()
    _tables: Tables = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(_tables, takes_self=True)
    )

    @documents.validator
    def _check_documents(self, attribute: attrs.Attribute[tuple[Document, ...]], value: tuple[Document, ...]) -> None:
        if len(value) != len(self.sources):
            raise ValueError(f"{len(value)} documents for {len(self.sources)} sources")
        ids = [source.document for source in self.sources]
        if len(set(ids)) != len(ids):
            raise ValueError("two documents share one id")

    # ----------------------------------------------------------------------- building

    @classmethod
    def from_paths(
        cls,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        jobs: int | None = None,
        progress: bool = False,
    ) -> Corpus:
        """Parse files and folders (searched recursively for ``*.txt``, ``*.html``, ``*.htm``) into a corpus.

        ``jobs`` parses in that many processes (0: one per CPU; None or 1: in this
        one); ``progress`` shows a bar on standard error. A file that cannot be read,
        decoded or parsed becomes a row of ``failures``; the others go on.
        """
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        files, failures = find(paths)
        sources: list[Source] = []
        documents: list[Document] = []
        for result in parse_all(files, jobs=jobs, progress=progress):
            if isinstance(result, Parsed):
                sources.append(result.source)
                documents.append(result.document)
            else:
                failures.append(result)
        return cls(tuple(sources), tuple(documents), tuple(sorted(failures, key=lambda failure: failure.path)))

    @classmethod
    def from_texts(cls, texts: Mapping[str, str]) -> Corpus:
        """A corpus of readouts given as texts, each under its id; the sha256 is of the UTF-8 text."""
        keys = sorted(texts)
        sources = tuple(Source(key, None, sha256(texts[key].encode("utf-8"))) for key in keys)
        return cls(sources, tuple(parse(texts[key]) for key in keys))

    # ----------------------------------------------------------------------- the tables

    @property
    def meetings(self) -> tuple[MeetingRow, ...]:
        """One row per document."""
        return self._tables.meetings

    @property
    def participants(self) -> tuple[ParticipantRow, ...]:
        """One row per person who met, in each document."""
        return self._tables.participants

    @property
    def statements(self) -> tuple[StatementRow, ...]:
        """One row per reported utterance, in each document."""
        return self._tables.statements

    @property
    def people(self) -> tuple[PersonRow, ...]:
        """One row per person across the corpus, in the order of their ids."""
        return self._tables.people

    def table(self, name: str) -> Sequence[object]:
        """The table called ``name``: ``meetings``, ``participants``, ``statements`` or ``people``."""
        if name not in TABLES:
            raise ValueError(f"no table {name!r} (tables: {', '.join(TABLES)})")
        rows: Sequence[object] = getattr(self, name)
        return rows

    def document(self, document: str) -> Document:
        """The document of id ``document``."""
        for source, doc in zip(self.sources, self.documents):
            if source.document == document:
                return doc
        raise KeyError(document)

    def person_id(self, document: str, person: Person) -> str:
        """The corpus id of ``person``, one of the people of document ``document``."""
        try:
            return self._tables.ids[(document, person)]
        except KeyError:
            raise KeyError(f"{person!r} is not named in document {document!r}") from None

    # ----------------------------------------------------------------------- exports

    def to_pandas(self, table: str) -> Any:
        """The table as a pandas DataFrame (``mofa-parse[pandas]``)."""
        return export.to_pandas(table, self.table(table))

    def to_polars(self, table: str) -> Any:
        """The table as a polars DataFrame (``mofa-parse[polars]``)."""
        return export.to_polars(table, self.table(table))

    def to_arrow(self, table: str) -> Any:
        """The table as a pyarrow Table (``mofa-parse[parquet]``)."""
        return export.to_arrow(table, self.table(table))

    def to_csv(self, table: str) -> str:
        """The table as CSV text, with a header line."""
        return export.csv_text(table, self.table(table))

    def write(self, folder: str | os.PathLike[str], format: str = "parquet") -> list[str]:
        """Write each table to ``folder/<table>.<format>`` ("parquet" or "csv"); returns the paths."""
        return export.write(folder, {name: self.table(name) for name in TABLES}, format)
