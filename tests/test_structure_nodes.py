"""Shortcuts of the classifier's header and furniture: each against what it stands for."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mofa_parse.model import Chrome, ChromeKind, Meeting, Span
from mofa_parse.nodes import _MEETING_DEFAULTS, _empty_meeting, trusted_chrome
from mofa_parse.structure import lines


@given(st.sampled_from(list(ChromeKind)), st.text(min_size=1, max_size=20), st.integers(0, 50))
def test_trusted_chrome_is_what_the_validating_constructor_builds(kind: ChromeKind, text: str, start: int) -> None:
    span = Span(start, start + len(text))
    try:
        expected = Chrome(kind, text, span=span)
    except ValueError as error:
        with pytest.raises(ValueError) as caught:
            trusted_chrome(kind, text, span)
        assert str(caught.value) == str(error)
        return
    built = trusted_chrome(kind, text, span)
    assert built == expected
    assert repr(built) == repr(expected)
    assert built.span == expected.span


def test_trusted_chrome_refuses_what_the_validator_refuses() -> None:
    for text in ("", " photo", "photo\n", "a\rb"):
        with pytest.raises(ValueError):
            Chrome(ChromeKind.PHOTO, text)
        with pytest.raises(ValueError):
            trusted_chrome(ChromeKind.PHOTO, text, None)


TITLE_ALPHABET = "ab (<\uff08)>\uff09 OverviewSummary\u3000\t"


@given(
    st.text(alphabet=st.sampled_from(TITLE_ALPHABET), max_size=16)
    | st.builds(lambda head, words, tail: head + words + tail, st.text(max_size=6),
                st.sampled_from([" (Overview)", " <Summary>", "\uff08Outline\uff09", " ( Results ) ", "(Gist)"]),
                st.sampled_from(["", " ", ")", "x"]))
)
def test_subtitle_tail_ends_with_a_closer(text: str) -> None:
    """The title's subtitle tail is searched only where the title ends with a closing bracket."""
    if lines._SUBTITLE_TAIL.search(text):
        assert text[-1:] in lines._SUBTITLE_CLOSERS


def test_subtitle_tail_edge_cases() -> None:
    assert lines._SUBTITLE_TAIL.search("Japan-X Summit Meeting (Overview)")
    assert lines._SUBTITLE_TAIL.search("Japan-X Summit Meeting <Summary>")
    assert lines._SUBTITLE_TAIL.search("Japan-X Summit Meeting \uff08Outline\uff09")
    assert not lines._SUBTITLE_TAIL.search("Japan-X Summit Meeting (Overview) ")


def test_empty_meeting_is_meeting() -> None:
    built = _empty_meeting()
    assert type(built) is Meeting
    assert built == Meeting()
    assert repr(built) == repr(Meeting())
    assert [name for name, _ in _MEETING_DEFAULTS] == [field.name for field in attrs.fields(Meeting)]
    assert built is not _empty_meeting()
