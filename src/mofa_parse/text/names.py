"""The readers of names, in one place for the passes that use them.

Tokens come from ``text.tokens``, mentions from ``text.mentions``, surnames from
``text.surnames`` and comparable titles from ``text.roles``; this module gathers
the names the meeting and speech passes import.
"""

from __future__ import annotations

from mofa_parse.text.mentions import Mention, find_mentions, parse_mention
from mofa_parse.text.office_countries import country_at
from mofa_parse.text.roles import foreign_minister_titles, role_key
from mofa_parse.text.surnames import split_surname
from mofa_parse.text.tokens import Token, is_space_at, is_word_at, tokenize

__all__ = [
    "Mention",
    "Token",
    "country_at",
    "find_mentions",
    "foreign_minister_titles",
    "is_space_at",
    "is_word_at",
    "parse_mention",
    "role_key",
    "split_surname",
    "tokenize",
]
