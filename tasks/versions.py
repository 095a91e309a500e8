"""Turn a fetched page into an article version record, and decide what counts as a change.

A version is identified by the hash of its *normalized* content (title, body, authors, dates,
dateline): whitespace, invisible characters and author order never make a new version.
Derivation is pure: the same capture and code give the same record (`observed_at` comes from
the capture, never from a clock), which is what lets `replay` re-derive history.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE

from schemas.claims import DateClaim, DateFindings, Dateline
from schemas.errors import NewsledgerError, failure_record
from schemas.events import ArticleVersion, Failure
from schemas.ids import article_id, event_id
from schemas.pages import FetchedPage, Source
from tasks.datelines import parse_dateline
from tasks.dates import find_dates, strip_leading_metadata
from tasks.derivation import compose, page_stage_versions
from tasks.extract import decode_html, extract_page
from tasks.urls import canonical_url

# Bump when the content-hash rules or the record's fields change (tasks.derivation).
CODE_VERSION = "1"
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_text(text: str | None) -> str:
    """NFC, no invisible characters, single spaces, no blank lines."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def content_hash(
    *,
    title: str | None,
    body: str,
    authors: Sequence[str],
    findings: DateFindings,
    dateline: Dateline | None,
) -> str:
    """Hash of the fields whose change makes a new version."""

    def moment(claim: DateClaim | None) -> str | None:
        return claim.value.isoformat() if claim else None

    payload = {
        "title": normalize_text(title),
        "body": normalize_text(body),
        "authors": sorted(normalize_text(a) for a in authors),
        "published": moment(findings.published),
        "updated": moment(findings.updated),
        "dateline": dateline.text if dateline else None,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def page_derivation_key() -> str:
    """The derivation key of the records this module builds (see `tasks.derivation`)."""
    return compose({**page_stage_versions(), "versions": CODE_VERSION})


def build_version(page: FetchedPage, source: Source, run_id: str) -> ArticleVersion:
    """Everything the pipeline knows of one captured page, as one record (may raise)."""
    html = decode_html(page.body, page.content_type)
    extracted = extract_page(html, page.final_url)
    body = strip_leading_metadata(extracted.body)
    dateline, body = parse_dateline(body)
    findings = find_dates(
        html,
        text=extracted.body,
        url=page.final_url,
        fetched_at=page.observed_at,
        source_timezone=source.timezone,
        http_last_modified=page.header("last-modified"),
        feed_published=page.feed_published,
    )
    canonical = canonical_url(page.final_url, extracted.declared_canonical)
    article = article_id(canonical)
    derivation = page_derivation_key()
    authors = [normalize_text(a) for a in extracted.authors]
    body = normalize_text(body)
    digest = content_hash(
        title=extracted.title, body=body, authors=authors, findings=findings, dateline=dateline
    )
    published, updated = findings.published, findings.updated
    return ArticleVersion(
        event_id=event_id(
            article, digest, page.observed_at.isoformat(), page.capture_id, derivation
        ),
        article_id=article,
        url=page.url,
        canonical_url=canonical,
        declared_canonical=extracted.declared_canonical,
        content_hash=digest,
        title=normalize_text(extracted.title) or None,
        seo_title=None,
        body=body,
        authors=authors,
        language=extracted.language or source.language,
        published_at=published.value if published else None,
        published_precision=published.precision if published else None,
        published_provenance=published.provenance if published else None,
        published_text=published.text if published else None,
        published_confidence=published.confidence if published else None,
        published_utc_offset_minutes=published.utc_offset_minutes if published else None,
        updated_at=updated.value if updated else None,
        updated_precision=updated.precision if updated else None,
        updated_provenance=updated.provenance if updated else None,
        updated_text=updated.text if updated else None,
        updated_confidence=updated.confidence if updated else None,
        updated_utc_offset_minutes=updated.utc_offset_minutes if updated else None,
        dateline_text=dateline.text if dateline else None,
        dateline_place=dateline.place if dateline else None,
        dateline_country=dateline.country if dateline else None,
        dateline_agency=dateline.agency if dateline else None,
        dateline_place_id=dateline.place_id if dateline else None,
        dateline_country_inferred=dateline.country_inferred if dateline else None,
        source_id=source.source_id,
        capture_id=page.capture_id,
        derivation_key=derivation,
        observed_at=page.observed_at,
        run_id=run_id,
    )


def version_or_failure(page: FetchedPage, source: Source, run_id: str) -> ArticleVersion | Failure:
    """The page's record, or the failure record saying why it has none."""
    try:
        return build_version(page, source, run_id)
    except NewsledgerError as exc:
        return failure_record(
            exc,
            url=page.url,
            source_id=source.source_id,
            stage="extract",
            observed_at=page.observed_at,
            run_id=run_id,
        )


@task(name="derive versions", cache_policy=NO_CACHE)
def derive_versions(
    pages: Sequence[FetchedPage], source: Source, run_id: str
) -> tuple[list[ArticleVersion], list[Failure]]:
    """Build a record for each page of a batch; a page that cannot be derived is a failure."""
    versions: list[ArticleVersion] = []
    failures: list[Failure] = []
    for page in pages:
        derived = version_or_failure(page, source, run_id)
        if isinstance(derived, ArticleVersion):
            versions.append(derived)
        else:
            failures.append(derived)
    return versions, failures
