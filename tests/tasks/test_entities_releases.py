"""A release's "SOURCE" line and an exchange's ticker are no part of a name. Texts are our
own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entity_rules import releases as rules
from tests.tasks.entity_helpers import by_name, spans_of


def test_source_line_and_ticker_are_cut_from_names(table: AliasTable) -> None:
    """ "SOURCE Halden Biotech, Inc." is Halden Biotech, Inc.; "NASDAQ: HLDN" is the
    exchange alone."""
    text = (
        "Halden Biotech Reports Trial Results\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Halden Biotech, Inc. (NASDAQ: HLDN) today "
        "reported results of its trial.\n"
        "Media Contact:\n"
        "Rosa Finch\n"
        "SOURCE Halden Biotech, Inc."
    )
    spans = spans_of(
        text,
        ("BOSTON", "GPE"),
        ("Halden Biotech, Inc.", "ORG"),
        ("NASDAQ: HLDN", "ORG"),
        ("Rosa Finch", "PERSON"),
        ("SOURCE Halden Biotech, Inc.", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    names = {name.casefold() for name in found}
    assert not [name for name in names if "source" in name or "hldn" in name]
    company = [e for e in found.values() if e.name.startswith("Halden Biotech")]
    assert len(company) == 1 and company[0].mention_count == 2
    assert any(name.casefold() == "nasdaq" for name in found)


def test_a_ticker_search_reads_a_run_of_blanks_once() -> None:
    """From every blank of a run but the first, an attempt of the ticker's pattern decides
    within a few characters: each blank started a match that read the run to its end (work
    quadratic in the run, 20,000 blanks in 0.36 s). Work is counted, not timed."""
    text = "Halden Biotech" + " " * 3000 + ": HLDN"
    first_blank = len("Halden Biotech")
    for pos in range(first_blank + 1, first_blank + 3000, 7):
        full = rules.TICKER_AFTER_COLON_RE.match(text, pos)
        cut = rules.TICKER_AFTER_COLON_RE.match(text, pos, pos + 12)
        assert (full and full.span()) == (cut and cut.span()), pos
    found = rules.TICKER_AFTER_COLON_RE.search(text)
    assert found is not None and found.start() == first_blank
