"""A batch of texts: each read up to the cap, the cut reported, English through NER only."""

from __future__ import annotations

import pytest

from tasks.entities import (
    MAX_TEXT_CHARS,
    AliasTable,
    batch,
    load_nlp,
    read_entities,
)
from tasks.entities.batch import cut_text
from tests.tasks.entity_helpers import generated_article, traced_lines


def test_a_short_text_is_read_whole() -> None:
    assert cut_text("Kabul.\nBerlin.") == ("Kabul.\nBerlin.", 0)


def test_a_long_text_is_cut_at_a_paragraph_break_in_its_second_half() -> None:
    text = "a" * 70 + "\n" + "b" * 20 + "\n" + "c" * 30
    kept, dropped = cut_text(text, limit=100)
    assert kept == "a" * 70 + "\n" + "b" * 20
    assert dropped == len(text) - len(kept)


def test_without_a_late_paragraph_break_the_cut_is_at_a_space_else_hard() -> None:
    assert cut_text("a" * 20 + "\n" + "word " * 30, limit=100)[0].endswith("word")
    assert cut_text("x" * 150, limit=100) == ("x" * 100, 50)


@pytest.mark.slow  # a bound on work over megabytes of text
def test_megabytes_of_text_cost_what_the_cap_costs(
    table: AliasTable, monkeypatch: pytest.MonkeyPatch
) -> None:
    """1.5 MB and 3 MB pages (German, so the alias scan and resolution run without NER) cost
    the same work: everything past the cap is dropped before anything reads it, and the reading
    says how much was dropped. The cap is lowered to 20 KB here: what is measured is that the
    pages' sizes past it change nothing, and counting the lines read in the default 100 KB took
    half a minute of the suite."""
    cap = 20_000
    assert cap < MAX_TEXT_CHARS
    monkeypatch.setattr(batch, "MAX_TEXT_CHARS", cap)
    work, readings = [], []
    for size in (1_500_000, 3_000_000):
        text, _ = generated_article(size)
        run = lambda: readings.append(read_entities([text], table, languages=["de"])[0])  # noqa: B023, E731
        work.append(traced_lines(run))
        assert readings[-1].dropped_chars > size - cap - 1
        assert readings[-1].dropped_chars < size - cap // 2
    assert work[1] / work[0] < 1.05, work
    assert readings[0].entities == readings[1].entities  # the same first 20 KB


def test_ner_reads_only_the_kept_text(table: AliasTable, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "MAX_TEXT_CHARS", 120)
    text = "Angela Merkel visited Paris.\n" * 4 + "Olaf Scholz visited Warsaw.\n" * 4
    (reading,) = read_entities([text], table, load_nlp(), languages=["en"])
    assert reading.dropped_chars == len(text) - 4 * len("Angela Merkel visited Paris.\n") + 1
    assert {e.name for e in reading.entities} == {"Angela Merkel", "Paris"}
    assert reading.language == "en"
