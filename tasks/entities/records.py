"""Stored mention events: what the entity stage appends for each article version.

Why apart: the flows (ingest, backfill, replay, renormalize) all turn versions into mention
events the same way; the text they read (`version_text`), the ids and the derivation key are
decided here once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from prefect import task
from prefect.cache_policies import NO_CACHE

from schemas.claims import ResolvedEntity
from schemas.events import ArticleVersion, EntityMention
from schemas.ids import event_id
from tasks.entities import batch
from tasks.entities.aliases import AliasTable
from tasks.entities.batch import read_entities
from tasks.entities.span_cache import SpanCache
from tasks.entities.version import entity_derivation_key


def version_text(title: str | None, body: str, dateline: str | None = None) -> str:
    """The text entities are read from: the headline, a blank line, the body opening with its
    dateline as the page shows it (the body is stored without it, but "NEW YORK (Reuters) -"
    names the article's place and source as much as its sentences do).

    One definition, so ingest, renormalize and the benchmark read the very same text.
    """
    opening = f"{dateline} {body}" if dateline else body
    return f"{title or ''}\n\n{opening}"


def mention_records(
    versions: Sequence[ArticleVersion],
    resolved: Sequence[Sequence[ResolvedEntity]],
    derivation_key: str,
    table_version: str,
    run_id: str,
    languages: Sequence[str | None] | None = None,
) -> list[EntityMention]:
    """Stored mention events for each version's entities (ids deterministic per derivation).

    The id covers (article, content, entity, derivation key): re-deriving with the same code,
    model and table adds nothing; changing any of them adds a new derivation, which the views
    then show instead of the old one. `languages` are the languages the texts were read as
    (default: each version's own).
    """
    langs = list(languages) if languages is not None else [v.language for v in versions]
    records = []
    for version, entities, language in zip(versions, resolved, langs, strict=True):
        for entity in entities:
            records.append(
                EntityMention(
                    event_id=event_id(
                        version.article_id, version.content_hash, entity.entity_id, derivation_key
                    ),
                    article_id=version.article_id,
                    content_hash=version.content_hash,
                    entity_id=entity.entity_id,
                    entity_name=entity.name,
                    entity_type=entity.type,
                    mentions=list(entity.mentions),
                    mention_count=entity.mention_count,
                    roles=list(entity.roles),
                    observed_at=version.observed_at,
                    run_id=run_id,
                    alias_version=table_version,
                    language=language,
                    derivation_key=derivation_key,
                )
            )
    return records


@dataclass(frozen=True)
class TextCut:
    """A version whose text was longer than the stage reads (`batch.MAX_TEXT_CHARS`): its entities
    come from the first `kept_chars` characters only. The derive path records it as a note."""

    article_id: str
    content_hash: str
    kept_chars: int
    dropped_chars: int

    reason = "entity-text-cut"

    @property
    def detail(self) -> str:
        return (
            f"entities read from the first {self.kept_chars} characters "
            f"(cap {batch.MAX_TEXT_CHARS}); "
            f"{self.dropped_chars} characters after it were not read"
        )


@dataclass(frozen=True)
class MentionBatch:
    """The mention events of a batch of versions, and the versions whose text was cut."""

    mentions: list[EntityMention]
    cuts: list[TextCut]


def derive_mentions(
    versions: Sequence[ArticleVersion],
    table: AliasTable,
    run_id: str,
    cache: SpanCache | None = None,
) -> MentionBatch:
    """NER + normalization for a batch of versions (the model loads only when needed).

    Used by ingest for new versions, by renormalize for every stored one, and by the bulk
    paths (backfill, replay) for what they derive. `cache` keeps NER spans of paragraphs seen
    before (a new version of an article re-runs NER only on its changed paragraphs).
    """
    texts = [version_text(v.title, v.body, v.dateline_text) for v in versions]
    declared = [v.language for v in versions]
    readings = read_entities(texts, table, languages=declared, cache=cache)
    key = entity_derivation_key(table.version)
    resolved = [r.entities for r in readings]
    languages = [r.language for r in readings]  # as the stage read them: checked once
    mentions = mention_records(versions, resolved, key, table.version, run_id, languages)
    cuts = [
        TextCut(v.article_id, v.content_hash, len(text) - r.dropped_chars, r.dropped_chars)
        for v, text, r in zip(versions, texts, readings, strict=True)
        if r.dropped_chars
    ]
    return MentionBatch(mentions, cuts)


def mentions_for_versions(
    versions: Sequence[ArticleVersion],
    table: AliasTable,
    run_id: str,
    cache: SpanCache | None = None,
) -> list[EntityMention]:
    """The mention events of `derive_mentions`, for callers that do not record text cuts."""
    return derive_mentions(versions, table, run_id, cache).mentions


mention_events = task(name="entities", cache_policy=NO_CACHE)(mentions_for_versions)
