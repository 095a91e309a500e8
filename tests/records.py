"""Small record factories for warehouse tests (real dataclasses, sensible defaults)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from schemas.events import ArticleVersion, EntityMention, Tombstone


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2020, 7, day, hour, tzinfo=UTC)


def _id(*parts: Any) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:32]


def version(
    article: str, body: str, observed: datetime, run_id: str, **extra: Any
) -> ArticleVersion:
    digest = hashlib.sha256(body.encode()).hexdigest()
    fields: dict[str, Any] = dict(
        event_id=_id(article, digest, observed),
        article_id=article,
        url=f"http://news.test/{article}",
        canonical_url=f"http://news.test/{article}",
        declared_canonical=None,
        content_hash=digest,
        title=f"Title of {article}",
        seo_title=None,
        body=body,
        authors=["Jane Doe"],
        language="en",
        published_at=at(2, 0),
        published_precision="day",
        published_provenance="visible-text",
        published_text="July 2, 2020",
        published_confidence=0.8,
        published_utc_offset_minutes=None,
        updated_at=None,
        updated_precision=None,
        updated_provenance=None,
        updated_text=None,
        updated_confidence=None,
        updated_utc_offset_minutes=None,
        dateline_text=None,
        dateline_place=None,
        dateline_country=None,
        dateline_agency=None,
        dateline_place_id=None,
        dateline_country_inferred=None,
        source_id="test",
        capture_id=_id("capture", article, observed),
        derivation_key="test",
        observed_at=observed,
        run_id=run_id,
    )
    fields.update(extra)
    return ArticleVersion(**fields)


def mention(
    v: ArticleVersion, entity_id: str, name: str, forms: list[str], alias_version: str = "test"
) -> EntityMention:
    return EntityMention(
        event_id=_id(v.article_id, v.content_hash, entity_id, alias_version),
        article_id=v.article_id,
        content_hash=v.content_hash,
        entity_id=entity_id,
        entity_name=name,
        entity_type="ORG",
        mentions=forms,
        mention_count=len(forms),
        roles=[],
        observed_at=v.observed_at,
        run_id=v.run_id,
        alias_version=alias_version,
        language=v.language,
        derivation_key=f"aliases={alias_version}",
    )


def tombstone(article: str, observed: datetime, run_id: str) -> Tombstone:
    return Tombstone(
        event_id=_id("gone", article, observed),
        article_id=article,
        url=f"http://news.test/{article}",
        status=410,
        source_id="test",
        observed_at=observed,
        run_id=run_id,
    )
