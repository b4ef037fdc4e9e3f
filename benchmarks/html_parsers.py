"""The HTML parsers a page reader could stand on, measured on the project's own pages.

Run from a checkout, with the candidates installed beside the project::

    pip install lxml html5lib
    python benchmarks/html_parsers.py

For selectolax (Lexbor, the one the library uses), lxml (``lxml.html``,
libxml2) and html5lib (pure Python, with its own tree), in one run: the time
to parse the pages of ``tests/fixtures/pages/`` and a page with 5 MB of
navigation, as ratios to selectolax; the size each takes installed; and how
each reads broken markup: unclosed paragraphs, markup inside a comment and a
script, and elements nested 5,000 deep; and what reading a page costs the whole
``parse_html`` against ``parse`` of the same readout as text. A parser that is not installed is
skipped and named. It writes nothing but its output.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html"))


def _selectolax() -> Callable[[str], object]:
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser


def _lxml() -> Callable[[str], object]:
    import lxml.html

    return lxml.html.document_fromstring


def _html5lib() -> Callable[[str], object]:
    import html5lib

    return html5lib.parse


def _paragraphs_selectolax(html: str) -> list[str]:
    from selectolax.lexbor import LexborHTMLParser

    return [" ".join(p.text().split()) for p in LexborHTMLParser(html).css("p")]


def _paragraphs_lxml(html: str) -> list[str]:
    import lxml.html

    return [" ".join(p.text_content().split()) for p in lxml.html.document_fromstring(html).iter("p")]


def _paragraphs_html5lib(html: str) -> list[str]:
    import html5lib

    tree = html5lib.parse(html, namespaceHTMLElements=False)
    return [" ".join("".join(p.itertext()).split()) for p in tree.iter("p")]


CANDIDATES = {
    "selectolax": ("selectolax", _selectolax, _paragraphs_selectolax),
    "lxml": ("lxml", _lxml, _paragraphs_lxml),
    "html5lib": ("html5lib", _html5lib, _paragraphs_html5lib),
}

BROKEN = {
    "unclosed <p>": "<html><body><p>one<p>two<div>three</div><p>four</body>",
    "markup in a comment": "<html><body><p>one</p><!-- <p>hidden</p> --><p>two</p></body>",
    "markup in a script": "<html><body><p>one</p><script>var s = '<p>hidden</p>';</script><p>two</p></body>",
    "5,000 nested <div>": "<html><body>" + "<div>" * 5000 + "<p>deep</p>" + "</div>" * 5000 + "</body>",
}


def _installed_size(distribution: str) -> int:
    """Bytes of the files a distribution installed (its dependencies not counted)."""
    files = importlib.metadata.files(distribution) or []
    return sum(file.size or 0 for file in files)


def _time(parse: Callable[[str], object], pages: list[str], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for page in pages:
            parse(page)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    pages = [path.read_text(encoding="utf-8") for path in PAGES]
    links = "".join(f'<li><a href="/r/{n}.html">Region {n} and its relations</a></li>' for n in range(80_000))
    huge = [f"<html><body><nav><ul>{links}</ul></nav><p>The readout.</p></body></html>"]
    available = {}
    for name, (distribution, load, paragraphs) in CANDIDATES.items():
        try:
            available[name] = (load(), paragraphs, importlib.metadata.version(distribution), distribution)
        except ImportError:
            print(f"{name}: not installed, skipped")
    if "selectolax" not in available:
        print("selectolax is needed as the reference")
        return 1
    print(f"{len(pages)} pages ({sum(map(len, pages)):,} characters); a page of {len(huge[0]):,} characters\n")
    times = {}
    for name, (parse, _, _, _) in available.items():
        _time(parse, pages, 1)  # warm up: first calls load and allocate
        times[name] = (_time(parse, pages * 20, 5), _time(parse, huge, 3))
    base_pages, base_huge = times["selectolax"]
    print("| parser | version | pages, x selectolax | 5 MB page, x selectolax | installed |")
    print("| --- | --- | --- | --- | --- |")
    for name, (_, _, version, distribution) in available.items():
        on_pages, on_huge = times[name][0] / base_pages, times[name][1] / base_huge
        size = _installed_size(distribution) / 1e6
        print(f"| {name} | {version} | {on_pages:.1f} | {on_huge:.1f} | {size:.1f} MB |")
    per_page = base_pages / (20 * len(pages)) * 1e6
    print(f"\nselectolax itself: {per_page:.0f} µs a page, {base_huge * 1e3:.0f} ms the 5 MB page")
    import mofa_parse

    readouts = [(path.read_bytes(), path.with_suffix(".txt").read_text(encoding="utf-8")) for path in PAGES]
    as_pages = _time(lambda _: [mofa_parse.parse_html(html) for html, _ in readouts], ["x"] * 10, 5)
    as_text = _time(lambda _: [mofa_parse.parse(text) for _, text in readouts], ["x"] * 10, 5)
    print(f"parse_html of the pages / parse of the same readouts as text: {as_pages / as_text:.2f}")
    print("\nParagraph texts read from broken markup:")
    for case, html in BROKEN.items():
        for name, (_, paragraphs, _, _) in available.items():
            try:
                found = repr(paragraphs(html))
            except Exception as error:  # a parser's failure is a result here
                found = f"raises {type(error).__name__}: {str(error)[:60]}"
            print(f"  {case:22} {name:10} {found}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
