"""The header's reading of long titles and of notes under the title (``structure.header``)."""

from __future__ import annotations

import datetime as dt

import pytest

import mofa_parse
from mofa_parse import Paragraph
from mofa_parse.structure.header import sentence_like, title_cased

LONG_TITLE = (
    "Meeting between Minister for Foreign Affairs Jiro Suzuki and Minister of Foreign Affairs Ana Ruiz of the "
    "Republic of Costa Verde on the Occasion of the Visit to Japan by the Minister and the First Round of the "
    "Japan-Costa Verde Strategic Dialogue"
)
LEAD = "On May 15, Minister for Foreign Affairs Jiro Suzuki held a meeting with Minister Ruiz."


def test_a_long_title_in_title_case_is_the_title() -> None:
    assert len(LONG_TITLE) > 200
    doc = mofa_parse.parse(f"{LONG_TITLE}\nMay 15, 2024\n\n{LEAD}\n")
    assert (doc.title, doc.issued, doc.preamble) == (LONG_TITLE, dt.date(2024, 5, 15), (Paragraph(LEAD),))


@pytest.mark.parametrize(
    "line",
    [
        # Over 200 characters in lower case: running text, even with no final stop.
        "the two ministers held a meeting in the morning and exchanged views on bilateral relations, regional "
        "affairs and the situation in the region, and they agreed to continue close communication at all levels",
        # Ends like a sentence.
        f"{LONG_TITLE}.",
        # Longer than any title.
        " ".join([LONG_TITLE] * 3),
    ],
)
def test_a_long_line_that_is_not_a_title_is_the_lead(line: str) -> None:
    assert sentence_like(line)
    doc = mofa_parse.parse(f"{line}\nMay 15, 2024\n")
    assert (doc.title, doc.preamble) == ("", (Paragraph(line), Paragraph("May 15, 2024")))


def test_title_case_allows_a_lower_case_word_in_ten() -> None:
    assert title_cased("Summit Meeting between President Luiz Carlos da Silva and Prime Minister Jiro Suzuki")
    assert not title_cased("Summit meeting between the president and the prime minister of Japan")


def test_a_note_under_the_title_does_not_hide_the_date_line() -> None:
    note = "(The meeting was held by video conference at the request of the Costa Verde side.)"
    doc = mofa_parse.parse(f"Japan-Costa Verde Foreign Ministers' Meeting\n{note}\nMay 15, 2024\n{LEAD}\n")
    assert (doc.issued_text, doc.preamble) == ("May 15, 2024", (Paragraph(note), Paragraph(LEAD)))
    assert mofa_parse.parse(mofa_parse.render(doc)) == doc


def test_without_a_date_line_the_header_ends_at_the_note() -> None:
    note = "(The meeting was held by video conference.)"
    doc = mofa_parse.parse(f"Japan-Costa Verde Foreign Ministers' Meeting\n{note}\n{LEAD}\n")
    assert (doc.title, doc.issued_text) == ("Japan-Costa Verde Foreign Ministers' Meeting", None)
    assert doc.preamble == (Paragraph(note), Paragraph(LEAD))
    assert [w.code for w in doc.warnings if not w.code.startswith("meeting")] == ["no-date"]


def test_a_note_runs_over_two_lines_at_most() -> None:
    lines = ["(The meeting was held", "by video conference", "at the request of the other side.)"]
    doc = mofa_parse.parse("\n".join(["Japan-Costa Verde Foreign Ministers' Meeting", *lines, "May 15, 2024"]))
    assert doc.issued_text is None
    assert doc.preamble == (*map(Paragraph, lines), Paragraph("May 15, 2024"))


def test_a_clause_marker_under_the_title_is_no_note() -> None:
    doc = mofa_parse.parse("Japan-Costa Verde Foreign Ministers' Meeting\n(1) Both sides agreed.\nMay 15, 2024\n")
    assert doc.issued_text is None
    assert doc.preamble == (Paragraph("(1) Both sides agreed."), Paragraph("May 15, 2024"))
