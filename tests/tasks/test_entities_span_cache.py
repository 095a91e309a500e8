"""The in-memory span cache: per model, bounded, least recently used out first."""

from __future__ import annotations

from tasks.entities import InMemorySpanCache, SpanCache
from tasks.entities.span_cache import paragraph_key

SPANS = [("Kabul", "GPE", 0, 5)]


def test_spans_are_kept_per_model() -> None:
    cache: SpanCache = InMemorySpanCache()
    cache.put_many("model-a@1", {"k1": SPANS})
    assert cache.get_many("model-a@1", ["k1", "k2"]) == {"k1": tuple(SPANS)}
    assert cache.get_many("model-b@1", ["k1"]) == {}


def test_the_least_recently_used_paragraph_goes_first() -> None:
    cache = InMemorySpanCache(max_paragraphs=2)
    cache.put_many("m", {"k1": SPANS, "k2": []})
    cache.get_many("m", ["k1"])  # k1 is now the most recent
    cache.put_many("m", {"k3": []})
    assert len(cache) == 2
    assert set(cache.get_many("m", ["k1", "k2", "k3"])) == {"k1", "k3"}


def test_keys_are_the_sha256_of_the_paragraph() -> None:
    assert paragraph_key("Kabul") != paragraph_key("Kabul ")
    assert len(paragraph_key("Kabul")) == 64
