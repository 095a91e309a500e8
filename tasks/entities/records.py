"""Stored mention events: what the entity stage appends for each article version.

Why apart: the flows (ingest, backfill, replay, renormalize) all turn versions into mention
events the same way; the text they read (`version_text`), the ids and the derivation key are
decided here once.
"""

from __future__ import annotations

from collections.abc import Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE

from schemas.claims import ResolvedEntity
from schemas.events import ArticleVersion, EntityMention
from schemas.ids import event_id
from tasks.entities.aliases import AliasTable
from tasks.entities.batch import entities_for_texts
from tasks.entities.language import text_languages
from tasks.entities.version import entity_derivation_key


def version_text(title: str | None, body: str) -> str:
    """The text entities are read from: the headline, a blank line, the body.

    One definition, so ingest, renormalize and the benchmark read the very same text.
    """
    return f"{title or ''}\n\n{body}"


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


def mentions_for_versions(
    versions: Sequence[ArticleVersion], table: AliasTable, run_id: str
) -> list[EntityMention]:
    """NER + normalization for a batch of versions (the model loads only when needed).

    Used by ingest for new versions, by renormalize for every stored one, and by the bulk
    paths (backfill, replay) for what they derive.
    """
    texts = [version_text(v.title, v.body) for v in versions]
    languages = text_languages(texts, [v.language for v in versions])
    resolved = entities_for_texts(texts, table, languages=languages)
    key = entity_derivation_key(table.version)
    return mention_records(versions, resolved, key, table.version, run_id, languages)


mention_events = task(name="entities", cache_policy=NO_CACHE)(mentions_for_versions)
