"""The tour-listing venues and the inner-"the" cut on hostile text: a long run of blanks in a
listing line, a long dotted word before "the". Work is counted (characters a pattern reads
from one start, characters read back per word), not timed: each stays bounded whatever the
length of the run or the word. Texts are our own."""

from __future__ import annotations

import re

import pytest

from tasks.entities import joined_names, venues
from tasks.entity_rules import venues as venue_rules


def _read_within(pattern: re.Pattern[str], text: str, pos: int, window: int) -> bool:
    """Does the pattern decide at `pos` within `window` characters: the same answer when the
    text is cut there? (An unbounded repetition reads on to the end of a long run.)"""
    full, cut = pattern.match(text, pos), pattern.match(text, pos, pos + window)
    return (full and full.span()) == (cut and cut.span())


BLANKS = " " * 3000
LISTING = "June 24 -- Harbour Lights Amphitheater," + BLANKS + "Kestrel Point, ME (sold out)"
NOTE = "Harbour Lights Arena" + BLANKS + "(sold out)"
DOTTED = "A." * 1500 + "Q the Marigolds"


def test_a_listing_line_is_read_to_its_place_only() -> None:
    """The line's pattern stops where the place starts; the place is read once apart (a lazy
    place before trailing blanks tried every end within a run of blanks)."""
    assert _read_within(venue_rules.LISTING_LINE_RE, LISTING, 0, 20)


@pytest.mark.parametrize(
    ("pattern", "text", "skip"),
    [
        # every blank of a long run before a note ("(sold out)") started a note
        (venue_rules.LISTING_NOTE_RE, NOTE, {len("Harbour Lights Arena")}),
        # every capital of a long dotted word before "the" started a word
        (joined_names.INNER_THE_RE, DOTTED, set()),
    ],
    ids=["note-after-blanks", "the-after-dotted-word"],
)
def test_a_match_attempt_reads_a_bounded_stretch(
    pattern: re.Pattern[str], text: str, skip: set[int]
) -> None:
    """From every position but the first blank of a run, a match attempt decides within a few
    characters."""
    assert all(
        _read_within(pattern, text, pos, 12) for pos in range(0, len(text), 7) if pos not in skip
    )


def test_the_venue_of_a_padded_listing_line_is_found() -> None:
    assert [LISTING[s:e] for s, e in venues._listed_venues(LISTING)] == [
        "Harbour Lights Amphitheater"
    ]


def test_each_word_before_a_the_is_read_back_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """2,000 lowercase dotted words, each before "the" and a capital: each character is read
    back once, and no span is cut (no word holds a capital)."""
    text = "a.b.c.d the Z " * 2000
    reads = 0

    class Counting:
        def match(self, string: str, pos: int) -> re.Match[str] | None:
            nonlocal reads
            reads += 1
            return re.match(r"[\w’'.&-]", string[pos])

    monkeypatch.setattr(joined_names, "WORD_CHAR_RE", Counting())
    span = (text, "ORG", 0, len(text))
    assert joined_names.joined_name_spans(text, [span]) == [span]
    assert reads <= len(text)
