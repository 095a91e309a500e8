"""NER where it pays: paragraph by paragraph, in large batches, each paragraph at most once.

Why paragraphs: a new version of an article repeats most paragraphs of the last one; spans of a
paragraph depend only on its text, so they can be cached (`span_cache`) and reused, and a reused
span equals what a fresh run gives because every run is per paragraph. It is also cheaper than
whole texts: the model's cost grows with the tokens it reads, and nothing is lost across a
paragraph break (the model's context window is a few tokens wide).

Why batches: `nlp.pipe` over the paragraphs of every text of a batch at once keeps the model
busy; a paragraph repeated within the batch (boilerplate, a lead reused by two versions) runs
once. The model loads only when some paragraph is not cached.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tasks.entities.mentions import Span
from tasks.entities.model import identity_of, load_nlp, model_identity, recognize
from tasks.entities.span_cache import SpanCache, paragraph_key

if TYPE_CHECKING:
    from spacy.language import Language

# Paragraphs per `nlp.pipe` batch: paragraphs are short, so batches of many keep the model's
# matrices full; more than this only grows memory.
PARAGRAPH_BATCH = 256


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a text: its offsets (whitespace trimmed) and its cache key."""

    start: int
    end: int
    key: str


def paragraphs(text: str) -> list[Paragraph]:
    """The text's non-blank lines, trimmed: title and body paragraphs are lines."""
    found = []
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            begin = start + line.index(stripped[0])
            found.append(Paragraph(begin, begin + len(stripped), paragraph_key(stripped)))
        start += len(line) + 1
    return found


def recognize_paragraphs(
    texts: Sequence[str], nlp: Language | None = None, cache: SpanCache | None = None
) -> list[list[Span]]:
    """NER spans of each text, found paragraph by paragraph, offsets into the text.

    With `nlp` None the configured model is used, loaded only if some paragraph is not in
    `cache`. A model object passed in is cached under its identity when `load_nlp` loaded it;
    any other object (a test double, a differently configured pipeline) bypasses the cache.
    """
    units = [paragraphs(text) for text in texts]
    model = model_identity() if nlp is None else identity_of(nlp)
    wanted = {
        p.key: text[p.start : p.end] for text, ps in zip(texts, units, strict=True) for p in ps
    }
    known: dict[str, Sequence[Span]] = {}
    if cache is not None and model is not None and wanted:
        known.update(cache.get_many(model, list(wanted)))
    missing = [key for key in wanted if key not in known]
    if missing:
        runner = nlp if nlp is not None else load_nlp()
        found = recognize(runner, [wanted[key] for key in missing], batch_size=PARAGRAPH_BATCH)
        fresh = dict(zip(missing, found, strict=True))
        known.update(fresh)
        if cache is not None and model is not None:
            cache.put_many(model, fresh)
    return [
        [(s, label, p.start + a, p.start + b) for p in ps for s, label, a, b in known[p.key]]
        for ps in units
    ]
