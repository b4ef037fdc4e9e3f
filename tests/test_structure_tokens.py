"""The tokens the line classifier hands the grammar, and the tree the parser builds from them."""

from __future__ import annotations

from mofa_parse.model import Clause, Item, Paragraph, ParagraphKind, Section, Span
from mofa_parse.structure.lexer import grammar_tokens, lex
from mofa_parse.structure.parser import parse_structure
from mofa_parse.structure.tokens import Lexed

SOURCE = (
    "Japan-Freedonia Foreign Ministers' Meeting\n"
    "May 12, 2004\n"
    "1. Bilateral relations\n"
    "(1) Minister Kawaguchi stated that Japan valued the partnership.\n"
    "(a) Economic ties\n"
    "- The two ministers agreed to meet again.\n"
    "2. The two ministers exchanged views on the region.\n"
)


def _tokens(source: str) -> list[tuple[str, str, str | None, str | None]]:
    """Each token as (type, text, heading, the paragraph opening the marker's body)."""
    found = []
    for kind, piece in lex(source).tokens:
        opening = None if piece.opening is None else piece.opening.text
        found.append((kind, piece.text, piece.title, opening))
    return found


def test_the_text_after_a_marker_rides_on_the_marker_token() -> None:
    assert _tokens(SOURCE) == [
        ("TITLE", "Japan-Freedonia Foreign Ministers' Meeting", None, None),
        ("DATE", "May 12, 2004", None, None),
        ("SECTION", "1.", "Bilateral relations", None),
        ("CLAUSE", "(1)", None, "Minister Kawaguchi stated that Japan valued the partnership."),
        ("ITEM", "(a)", None, "Economic ties"),
        ("ITEM", "-", None, "The two ministers agreed to meet again."),
        ("END", "", None, None),
        ("END", "", None, None),
        ("SECTION", "2.", None, "The two ministers exchanged views on the region."),
    ]


def test_the_parser_reads_the_tokens_lex_gives_a_line_at_a_time() -> None:
    source = "Japan-X Talks\nMay 2004\n(1) An early clause\n1. Economy\n  - Trade photo\nphoto\n  - Energy\n"
    whole = lex(source)
    out = Lexed()
    tokens = grammar_tokens(source, out)
    first = next(tokens)
    assert (first.type, first.value.text, first.start_pos, first.end_pos) == ("TITLE", "Japan-X Talks", 0, 13)
    # The first title line waits for the next (which says whether it is a caption above the
    # title); no line after that is classified yet.
    assert len(out.starts) == 2
    second = next(tokens)
    assert (second.type, second.value.text) == ("DATE", "May 2004")
    assert len(out.starts) == 2
    read = [(first.type, first.value), (second.type, second.value)] + [(token.type, token.value) for token in tokens]
    assert read == list(whole.tokens)
    assert not out.tokens  # each token handed on, none kept
    assert (out.chrome, out.diagnostics, out.starts) == (whole.chrome, whole.diagnostics, whole.starts)
    assert out.chrome and out.diagnostics


def test_the_riding_paragraph_opens_the_marker_body() -> None:
    doc = parse_structure(SOURCE)
    first, second = doc.sections
    assert first == Section(
        1,
        "1.",
        "Bilateral relations",
        (
            Clause(
                1,
                None,
                (
                    Paragraph("Minister Kawaguchi stated that Japan valued the partnership."),
                    Item(
                        "(a)",
                        1,
                        (
                            Paragraph("Economic ties"),
                            Item("-", None, (Paragraph("The two ministers agreed to meet again."),)),
                        ),
                    ),
                ),
                "(1)",
            ),
        ),
    )
    assert second == Section(2, "2.", None, (Paragraph("The two ministers exchanged views on the region."),))
    clause = first.body[0]
    assert isinstance(clause, Clause)
    opening = clause.body[0]
    assert opening.span == Span(SOURCE.index("Minister Kawaguchi"), SOURCE.index("partnership.") + len("partnership."))
    assert clause.span == Span(SOURCE.index("(1)"), SOURCE.index("meet again.") + len("meet again."))


def test_a_speaker_label_after_a_marker_keeps_its_kind() -> None:
    doc = parse_structure("Title\nMay 12, 2004\n1. Outline\n(1) Prime Minister Koizumi:\nJapan welcomed the visit.\n")
    clause = doc.sections[0].body[0]
    assert isinstance(clause, Clause)
    assert [(block.text, block.kind) for block in clause.body if isinstance(block, Paragraph)] == [
        ("Prime Minister Koizumi:", ParagraphKind.SPEAKER_LABEL),
        ("Japan welcomed the visit.", ParagraphKind.TEXT),
    ]
