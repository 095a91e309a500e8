"""An article version record, and what counts as a change.

A version is identified by the hash of its *normalized* content (title, body, authors, the
dates the page itself states, dateline): whitespace, invisible characters and author order never
make a new version, and neither do off-page hints (a feed's or sitemap's date for the item, an
HTTP Last-Modified): they may fill `published_at` when the page states nothing, with their
provenance, but a new Last-Modified or an item leaving the feed is not new content.
Building a record is pure: the same capture and code give the same record (`observed_at` comes
from the capture, never from a clock), which is what lets `replay` re-derive history.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from schemas.claims import OFF_PAGE_PROVENANCES, DateClaim, DateFindings, Dateline
from schemas.events import ArticleVersion
from schemas.ids import article_id, event_id
from schemas.pages import FetchedPage, Source
from tasks.derivation import compose, page_stage_versions
from tasks.language import text_languages

# Bump when the content-hash rules or the record's fields change (tasks.derivation). 4: the
# language is the text's where the page declares none, or surely another side of English. 5: a
# text English by its small words is English (`tasks.language.english_by_its_words`). 6: the
# language is read on the text's prose, not on the rows of its data tables.
CODE_VERSION = "6"
# Dropped from stored text: zero-width space, direction marks, word joiner, BOM, soft hyphen.
_INVISIBLE = re.compile(r"[\u200b\u200e\u200f\u2060\ufeff\u00ad]")
# Zero-width non-joiner and joiner are spelling ("می‌شود" is not "میشود"; Indic conjuncts): the
# stored text keeps them, as extraction does (`tasks.extract`); the content hash ignores them,
# as it always has, so a page's joiners never make a new version.
_JOINERS = re.compile(r"[\u200c\u200d]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_text(text: str | None) -> str:
    """NFC, no invisible characters (zero-width joiners are spelling, kept), single spaces, no
    blank lines."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _language(body: str, declared: str | None) -> str | None:
    """The version's language: the page's (else its source's) declaration, unless the text is
    surely on the other side of English; a detected one where neither declares any (None if the
    detector can't tell). The same reading the entity stage makes, so `language = 'en'` in SQL
    selects what went through NER (of other languages only their data tables' rows do)."""
    return text_languages([body], [declared])[0]


def _hashed_text(text: str | None) -> str:
    """The text as the content hash reads it: normalized, without zero-width joiners."""
    return _JOINERS.sub("", normalize_text(text))


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
        if claim is None or claim.provenance in OFF_PAGE_PROVENANCES:
            return None
        return claim.value.isoformat()

    payload = {
        "title": _hashed_text(title),
        "body": _hashed_text(body),
        "authors": sorted(_hashed_text(a) for a in authors),
        "published": moment(findings.published),
        "updated": moment(findings.updated),
        "dateline": dateline.text if dateline else None,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def page_derivation_key() -> str:
    """The derivation key of the records this module builds (see `tasks.derivation`)."""
    return compose({**page_stage_versions(), "versions": CODE_VERSION})


@dataclass(frozen=True)
class PageFacts:
    """What the stages found on one page, before it becomes a record."""

    canonical_url: str
    declared_canonical: str | None
    title: str | None
    seo_title: str | None
    body: str
    authors: list[str]
    language: str | None
    findings: DateFindings
    dateline: Dateline | None


def version_record(
    page: FetchedPage, source: Source, facts: PageFacts, run_id: str
) -> ArticleVersion:
    """The stored record of one page: normalized text, its content hash, every claim with its
    provenance, and the derivation key of the code that made it."""
    article = article_id(facts.canonical_url)
    derivation = page_derivation_key()
    authors = [normalize_text(a) for a in facts.authors]
    body = normalize_text(facts.body)
    findings, dateline = facts.findings, facts.dateline
    digest = content_hash(
        title=facts.title, body=body, authors=authors, findings=findings, dateline=dateline
    )
    published, updated = findings.published, findings.updated
    return ArticleVersion(
        event_id=event_id(
            article, digest, page.observed_at.isoformat(), page.capture_id, derivation
        ),
        article_id=article,
        url=page.url,
        canonical_url=facts.canonical_url,
        declared_canonical=facts.declared_canonical,
        content_hash=digest,
        title=normalize_text(facts.title) or None,
        seo_title=normalize_text(facts.seo_title) or None,
        body=body,
        authors=authors,
        language=_language(body, facts.language or source.language),
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
