"""The corpus stage: many readouts as tables of meetings, participants, statements and people.

``Corpus`` parses files, folders or texts; ``corpus.identity`` gives each person
one id across documents; ``corpus.countries`` reads a country as an ISO 3166-1
alpha-3 code; ``corpus.export`` writes the tables as CSV, Arrow, Parquet, pandas
or polars. See ``docs/datasets.md``.
"""

from __future__ import annotations

from mofa_parse.corpus.corpus import Corpus
from mofa_parse.corpus.countries import country_code
from mofa_parse.corpus.identity import name_key
from mofa_parse.corpus.rows import (
    COLUMNS,
    JOINT,
    TABLES,
    Failure,
    MeetingRow,
    ParticipantRow,
    PersonRow,
    Role,
    StatementRow,
    TitleSeen,
)
from mofa_parse.corpus.tables import Source

__all__ = [
    "COLUMNS",
    "JOINT",
    "TABLES",
    "Corpus",
    "Failure",
    "MeetingRow",
    "ParticipantRow",
    "PersonRow",
    "Role",
    "Source",
    "StatementRow",
    "TitleSeen",
    "country_code",
    "name_key",
]
