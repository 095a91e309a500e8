"""A cache of NER spans per paragraph: unchanged paragraphs are not run through the model again.

Why: a new version of an article (an edit, the next Wayback snapshot) is mostly the paragraphs
of the last one, and NER is most of what deriving a page costs. NER runs paragraph by paragraph
(`tasks.entities.ner`), so a paragraph's spans depend only on its text and the model: the key is
(model identity, sha256 of the paragraph), and a reused span equals what a fresh run gives.

`SpanCache` is the interface; `InMemorySpanCache` keeps spans for one process (bounded, least
recently used out first). A warehouse-backed cache implements the same two batch methods.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Collection, Mapping, Sequence
from typing import Protocol

from tasks.entities.mentions import Span

# Paragraphs the in-memory cache keeps by default: a few hundred bytes each, so tens of MB at
# most, and enough for every paragraph of a large backfill chunk and its snapshot series.
DEFAULT_CACHED_PARAGRAPHS = 100_000


def paragraph_key(paragraph: str) -> str:
    """The cache key of a paragraph's text: its sha256, hex."""
    return hashlib.sha256(paragraph.encode("utf-8")).hexdigest()


class SpanCache(Protocol):
    """NER spans of paragraphs, by model identity and paragraph key.

    Spans are relative to the paragraph (offsets from its first character). Both methods take
    a whole batch: a warehouse-backed cache answers a batch with one query.
    """

    def get_many(self, model: str, keys: Collection[str]) -> Mapping[str, Sequence[Span]]:
        """The cached spans of those keys that are cached (others are absent)."""
        ...

    def put_many(self, model: str, spans: Mapping[str, Sequence[Span]]) -> None:
        """Remember the spans of these paragraphs."""
        ...


class InMemorySpanCache:
    """A `SpanCache` in this process's memory, holding at most `max_paragraphs` paragraphs."""

    def __init__(self, max_paragraphs: int = DEFAULT_CACHED_PARAGRAPHS) -> None:
        self.max_paragraphs = max_paragraphs
        self._spans: OrderedDict[tuple[str, str], tuple[Span, ...]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._spans)

    def get_many(self, model: str, keys: Collection[str]) -> dict[str, Sequence[Span]]:
        found: dict[str, Sequence[Span]] = {}
        for key in keys:
            spans = self._spans.get((model, key))
            if spans is not None:
                self._spans.move_to_end((model, key))
                found[key] = spans
        return found

    def put_many(self, model: str, spans: Mapping[str, Sequence[Span]]) -> None:
        for key, found in spans.items():
            self._spans[(model, key)] = tuple(found)
            self._spans.move_to_end((model, key))
        while len(self._spans) > self.max_paragraphs:
            self._spans.popitem(last=False)
