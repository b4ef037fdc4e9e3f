"""A page's elements written as the text layout ``parse`` reads, exactly."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from mofa_parse.io.pages.layout import Collector, walk_lines


def text(body: str) -> str:
    """The lines ``body`` is written as, blank lines shown as empty lines."""
    tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
    assert tree.body is not None
    out = Collector()
    walk_lines(tree.body, out, handler=None, inside=True)
    out.end_block()
    return "\n".join(line.text for line in out.lines).strip("\n")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # One block a line, a blank line after each; white space and entities as a browser shows them.
        ("<p>One  <b>bold</b>\n word.</p><p>Two&nbsp;&nbsp;&amp; &#8217;three&rsquo;</p>", "One bold word.\n\nTwo & ’three’"),
        ("<h2>Heading</h2>text after<div>a division</div>", "Heading\n\ntext after\n\na division"),
        ("word<span>joined</span> <i>spaced</i>", "wordjoined spaced"),
        # <br> ends a line; two in a row leave a blank line, as older pages separate paragraphs.
        ("first<br>second<br><br>third<br> <br>fourth", "first\nsecond\n\nthird\n\nfourth"),
        ("&nbsp;&nbsp;&nbsp;(1) indented by spaces<br><br>", "(1) indented by spaces"),
        # Lists: the marker a browser shows, unless the item brings its own.
        ("<ol><li>one</li><li>two</li></ol>", "1. one\n\n2. two"),
        ("<ol start='3'><li>three</li><li value='7'>seven</li><li>eight</li></ol>", "3. three\n\n7. seven\n\n8. eight"),
        ("<ol type='a'><li>x</li><li>y</li></ol><ol type='I'><li>p</li><li>q</li></ol>", "a. x\n\nb. y\n\nI. p\n\nII. q"),
        ("<ol><li>(1) its own marker</li></ol>", "(1) its own marker"),
        ("<ul><li>outer<ul><li>inner<ul><li>deepest</li></ul></li></ul></li></ul>", "• outer\n\n○ inner\n\n▪ deepest"),
        ("<ul><li><p>a paragraph in an item</p><p>and another</p></li></ul>", "• a paragraph in an item\n\nand another"),
        ("<ol start='x'><li>odd start</li></ol>", "1. odd start"),
        # Tables: inline rows are lines of cells; other rows' cells are blocks.
        ("<table><tr><th>Time</th><th>Event</th></tr><tr><td>10:00</td><td></td><td>Talks</td></tr></table>", "Time | Event\n\n10:00 | Talks"),
        ("<table><tr><td>nav</td><td><p>first</p><p>second</p></td></tr></table>", "nav\n\nfirst\n\nsecond"),
        # Text that is not the page's: scripts, styles, comments, controls.
        ("<p>kept<script>var x = '<p>not</p>'</script><style>p{}</style><!-- <p>gone</p> --></p>", "kept"),
        ("<form>Search <input value='q'> <button>Go</button> <select><option>One</option></select></form>", "Search"),
        # Preformatted text keeps its lines.
        ("<pre>line one\nline  two</pre>", "line one\nline two"),
        ("<hr><p>after a rule</p>", "after a rule"),
    ],
)
def test_elements_are_written_as_lines(body: str, expected: str) -> None:
    assert text(body) == expected
