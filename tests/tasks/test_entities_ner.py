"""NER paragraph by paragraph: offsets into the whole text, spans reused from the cache equal a
fresh run, and the model is neither run nor loaded for paragraphs already seen."""

from __future__ import annotations

import pytest

from tasks.entities import InMemorySpanCache, load_nlp, model_identity, ner, recognize_paragraphs
from tasks.entities.ner import paragraphs
from tasks.entities.span_cache import paragraph_key

FIRST = "Storm hits Lagos\n\nFlooding in Lagos forced Bola Tinubu to cancel a trip to Abuja."
EDITED = FIRST + "\nThe Red Cross said 12 people died in Ibadan."


class CountingModel:
    """Wraps the real pipeline and counts the paragraphs it is asked to read."""

    def __init__(self) -> None:
        self.nlp = load_nlp()
        self.max_length = self.nlp.max_length
        self.read: list[str] = []

    def pipe(self, texts: object, batch_size: int = 1) -> object:
        items = list(texts)  # type: ignore[call-overload]
        self.read += items
        return self.nlp.pipe(items, batch_size=batch_size)


def test_paragraphs_are_trimmed_lines_with_offsets_and_keys() -> None:
    text = "Title\n\n  First para. \nSecond"
    found = paragraphs(text)
    assert [text[p.start : p.end] for p in found] == ["Title", "First para.", "Second"]
    assert found[1].key == paragraph_key("First para.")


def test_spans_point_into_the_whole_text() -> None:
    (spans,) = recognize_paragraphs([EDITED])
    for surface, _, start, end in spans:
        assert EDITED[start:end] == surface
    assert {s for s, label, *_ in spans if label == "GPE"} >= {"Lagos", "Abuja", "Ibadan"}


def test_cached_paragraphs_are_not_read_again_and_equal_a_fresh_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cache = InMemorySpanCache()
    first = recognize_paragraphs([FIRST], cache=cache)
    assert len(cache) == 2  # title and body paragraph

    def no_model(name: str | None = None) -> object:
        raise AssertionError("the model was loaded for cached paragraphs")

    monkeypatch.setattr(ner, "load_nlp", no_model)
    assert recognize_paragraphs([FIRST], cache=cache) == first
    monkeypatch.undo()

    counting = CountingModel()
    monkeypatch.setattr(ner, "load_nlp", lambda name=None: counting)
    (edited,) = recognize_paragraphs([EDITED], cache=cache)
    assert counting.read == ["The Red Cross said 12 people died in Ibadan."]
    assert edited == recognize_paragraphs([EDITED])[0]  # fresh, no cache
    assert edited[: len(first[0])] == first[0]


def test_a_paragraph_repeated_in_a_batch_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = CountingModel()
    monkeypatch.setattr(ner, "load_nlp", lambda name=None: counting)
    recognize_paragraphs([FIRST, FIRST, EDITED])
    assert sorted(counting.read) == sorted(set(counting.read)) and len(counting.read) == 3


def test_a_model_object_not_loaded_by_load_nlp_bypasses_the_cache() -> None:
    cache = InMemorySpanCache()
    counting = CountingModel()
    recognize_paragraphs([FIRST], counting, cache)  # type: ignore[arg-type]
    assert len(cache) == 0 and len(counting.read) == 2
    recognize_paragraphs([FIRST], load_nlp(), cache)
    assert len(cache) == 2
    assert cache.get_many(model_identity(), [paragraph_key("Storm hits Lagos")])
