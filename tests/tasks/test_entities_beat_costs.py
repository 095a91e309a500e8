"""The beats' patterns and steps on hostile text: a long title-case line, a long dotted token,
thousands of courts and spans. Work is counted (characters a pattern reads from one start,
spans compared per court), not timed: each must stay bounded whatever the text's length."""

from __future__ import annotations

import re

import pytest

from tasks.entities import beats
from tasks.entities.mentions import Intervals
from tasks.entity_rules import beats as beat
from tasks.entity_rules import routes


def _read_within(pattern: re.Pattern[str], text: str, pos: int, window: int) -> bool:
    """Does the pattern decide at `pos` within `window` characters: the same answer when the
    text is cut there? (An unbounded repetition reads on to the end of a long run.)"""
    full, cut = pattern.match(text, pos), pattern.match(text, pos, pos + window)
    return (full and full.span()) == (cut and cut.span())


@pytest.mark.parametrize(
    ("pattern", "text", "window"),
    [
        # every "The" of a title-case line starts a match name ("the Gabba Test")
        (beat.MATCH_NAME_RE, "The Alpha " * 300 + "Test of nerves", 8 * 12),
        # every capital after a full stop or an apostrophe starts a route's end ("U.S.")
        (routes.ROUTE_ENDS_RE, "A." * 600 + "-Bb road", 3 * 41 + 1 + 3 * 41 + 10),
        (routes.ROUTE_ENDS_RE, "A’" * 600 + "-Bb road", 3 * 41 + 1 + 3 * 41 + 10),
        # every mention's end of a capitalised line with words in brackets ("Kenya (KEN) ...")
        (beat.LAW_TAIL_AFTER_RE, "Alpha (Beta) " * 300 + "Act", 14 * 14 * 6),
    ],
    ids=["match-name", "route-dots", "route-apostrophes", "law-tail"],
)
def test_a_match_attempt_reads_a_bounded_stretch(
    pattern: re.Pattern[str], text: str, window: int
) -> None:
    assert all(_read_within(pattern, text, pos, window) for pos in range(0, len(text), 7))


def test_courts_are_checked_against_nearby_spans_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """2,000 courts, each tagged: a court compares one span or two, not all 2,000."""
    text = "Leeds Crown Court sat. " * 2000
    spans = [("Leeds Crown Court", "ORG", i * 23, i * 23 + 17) for i in range(2000)]
    compared = 0

    class Counting(Intervals):
        def overlapping(self, start: int, end: int) -> range:
            nonlocal compared
            found = super().overlapping(start, end)
            compared += len(found)
            return found

    monkeypatch.setattr(beats, "Intervals", Counting)
    assert beats.court_spans(text, spans) == spans
    assert compared <= 2 * len(spans)
