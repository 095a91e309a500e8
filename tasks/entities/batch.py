"""Entities of a batch of texts: language, NER on the English ones, resolution of each.

Why a batch: spaCy is fastest over many texts at once (`nlp.pipe`), and a batch with no English
text never loads the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from schemas.claims import ResolvedEntity
from tasks.entities.aliases import AliasTable
from tasks.entities.language import is_english, text_languages
from tasks.entities.mentions import Span
from tasks.entities.model import load_nlp, recognize
from tasks.entities.resolve import resolve_entities
from tasks.entities.roles import default_titles

if TYPE_CHECKING:
    from spacy.language import Language


def entities_for_texts(
    texts: Sequence[str],
    table: AliasTable,
    nlp: Language | None = None,
    languages: Sequence[str | None] | None = None,
    titles: Sequence[str] | None = None,
) -> list[list[ResolvedEntity]]:
    """Resolve entities for a batch: NER on English texts, alias-table matches for the rest.

    The English model on German text finds nonsense, so other languages skip NER and keep
    only names the alias table knows. A text without a declared language is detected first
    (`detect_language`); one it can't tell is read as English. The model is loaded (when `nlp`
    is None) only if some text needs it.
    """
    declared = list(languages) if languages is not None else [None] * len(texts)
    if len(declared) != len(texts):
        raise ValueError("languages must be as long as texts")
    langs = text_languages(texts, declared)
    title_list = tuple(titles) if titles is not None else default_titles()
    english = [i for i, lang in enumerate(langs) if is_english(lang) and texts[i].strip()]
    spans: dict[int, list[Span]] = {}
    if english:
        model = nlp if nlp is not None else load_nlp()
        spans = dict(zip(english, recognize(model, [texts[i] for i in english]), strict=True))
    return [
        resolve_entities(text, spans.get(i, []), table, title_list) for i, text in enumerate(texts)
    ]
