"""Entities of a batch of texts: the cap, language, NER on the English ones (on the data tables'
rows of the others), resolution of each.

Why a batch: spaCy is fastest over many paragraphs at once (`nlp.pipe`), and a batch with no
English text (or only paragraphs already in the span cache) never loads the model.

Why a cap: NER and resolution cost grows with every character, and a page may be a 3 MB
transcript dump or a hostile page inside the fetch cap. Each text is read up to
`MAX_TEXT_CHARS`, cut at a paragraph break, and the result says how much was left unread so the
caller can record it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from schemas.claims import ResolvedEntity
from tasks.entities.aliases import AliasTable
from tasks.entities.mentions import Span
from tasks.entities.ner import recognize_paragraphs
from tasks.entities.resolve import resolve_entities
from tasks.entities.roles import default_titles
from tasks.entities.span_cache import SpanCache
from tasks.entities.table_cells import named_column_spans, rows_only
from tasks.entity_rules.table_cells import CAPITALISED_NOUN_LANGUAGES
from tasks.language import is_english, primary_subtag, text_languages

if TYPE_CHECKING:
    from spacy.language import Language

# About 16,000 words: five times the 99th-percentile article body of the development corpus
# (18,000 characters) and twice its longest (53,000). Past it a page is a transcript, a book or
# hostile, and reading on would only make one page cost as much as a hundred.
MAX_TEXT_CHARS = 100_000


def cut_text(text: str, limit: int | None = None) -> tuple[str, int]:
    """The text up to `limit` (default `MAX_TEXT_CHARS`) characters, cut at the last paragraph
    break (else the last space) in its second half, and how many characters were dropped."""
    limit = MAX_TEXT_CHARS if limit is None else limit
    if len(text) <= limit:
        return text, 0
    cut = text.rfind("\n", limit // 2, limit + 1)
    if cut < 0:
        cut = text.rfind(" ", limit // 2, limit + 1)
    if cut < 0:
        cut = limit
    return text[:cut], len(text) - cut


@dataclass(frozen=True)
class EntityReading:
    """What the stage read in one text: its entities, the language it was read as, and the
    characters past the cap it did not read (0 for nearly every page)."""

    entities: list[ResolvedEntity]
    language: str | None
    dropped_chars: int = 0


def read_entities(
    texts: Sequence[str],
    table: AliasTable,
    nlp: Language | None = None,
    languages: Sequence[str | None] | None = None,
    titles: Sequence[str] | None = None,
    cache: SpanCache | None = None,
) -> list[EntityReading]:
    """Resolve entities for a batch: NER on English texts, alias-table matches for the rest.

    The English model on German text finds nonsense, so other languages skip NER on their
    prose and keep only names the alias table knows there; the rows of their data tables, names
    and numbers in no sentence, go through it (`table_cells.rows_only`), and its readings only
    name the kind of a column (`_table_readings`). A text without a declared language is
    detected first (`detect_language`); one it can't tell is read as English. The model is
    loaded (when `nlp` is None) only if some paragraph needs it; `cache` keeps the spans of
    paragraphs already seen.
    """
    declared = list(languages) if languages is not None else [None] * len(texts)
    if len(declared) != len(texts):
        raise ValueError("languages must be as long as texts")
    cuts = [cut_text(text) for text in texts]
    kept = [text for text, _ in cuts]
    langs = text_languages(kept, declared)
    title_list = tuple(titles) if titles is not None else default_titles()
    read = {
        i: text if is_english(lang) else rows_only(text)
        for i, (text, lang) in enumerate(zip(kept, langs, strict=True))
    }
    read = {i: text for i, text in read.items() if text.strip()}
    spans: dict[int, list[Span]] = {}
    if read:
        found = recognize_paragraphs(list(read.values()), nlp, cache)
        spans = {
            i: found_spans
            if is_english(langs[i])
            else _table_readings(kept[i], found_spans, langs[i])
            for i, found_spans in zip(read, found, strict=True)
        }
    return [
        EntityReading(
            resolve_entities(text, spans.get(i, []), table, title_list), langs[i], dropped
        )
        for i, (text, dropped) in enumerate(cuts)
    ]


def _table_readings(text: str, spans: list[Span], language: str | None) -> list[Span]:
    """The model's readings of the table rows of a text in another language that name a
    column's kind (`table_cells.named_column_spans`); by readings alone only where the language
    capitalises names and not its common nouns (`CAPITALISED_NOUN_LANGUAGES`)."""
    by_readings = primary_subtag(language) not in CAPITALISED_NOUN_LANGUAGES
    return named_column_spans(text, spans, by_readings=by_readings)


def entities_for_texts(
    texts: Sequence[str],
    table: AliasTable,
    nlp: Language | None = None,
    languages: Sequence[str | None] | None = None,
    titles: Sequence[str] | None = None,
    cache: SpanCache | None = None,
) -> list[list[ResolvedEntity]]:
    """The entities of each text (`read_entities` without the language and the cut)."""
    return [r.entities for r in read_entities(texts, table, nlp, languages, titles, cache)]
