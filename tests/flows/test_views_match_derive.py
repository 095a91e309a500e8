"""What users and outside measurements read (a WARC backfill, then the DuckDB views) is what our
benchmarks measure (`tasks.derive.derive_page` and `tasks.entities` on the same bytes).

The benches call the derive path directly; a difference in how the flow composes the stages,
how records are stored or how the views pick rows would be seen outside and not by them. Golden
fixture pages (English, German, Persian and Bengali, with datelines, agencies, stated offsets
and zero-width joiners) go through the real backfill flow into a real warehouse; the views'
title, SEO title, body, dateline fields, published and updated days and canonical entities must
equal what derive_page and the entity stage give for the same bytes, URL and capture time.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from flows.backfill import run_backfill
from schemas.events import ArticleVersion
from schemas.pages import FetchedPage, Source
from tasks.derive import derive_page
from tasks.entities import entities_for_texts, load_alias_table
from tasks.entities.records import version_text
from tests.archive_builder import write_pages
from warehouse.queries import query

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
PAGES = [
    "dates/correction-note",
    "dates/jsonld-newsarticle",
    "dates/og-article-meta",
    "dates/time-near-headline",
    "dates/stamp-ist-offset",
    "titles/fa-zwnj-pipe",
    "titles/bn-zwj-rab",
]
TIMEZONE = "America/New_York"
CAPTURED = "2024-11-06T08:00:00+00:00"  # for the fixtures that give no capture time
ARTICLES = """
SELECT url, title, seo_title, body, language, dateline_text, dateline_place, dateline_country,
       dateline_agency, published_day, updated_day, article_id
FROM articles
"""
MENTIONS = "SELECT article_id, entity_id, entity_name, entity_type FROM entity_mentions"


def _stated_day(at: datetime | None, precision: str | None, offset: int | None) -> object:
    """`nl_stated_day` of views.sql: the day the page states."""
    if at is None:
        return None
    if precision in ("day", "month", "year") or offset is None:
        return at.date()
    return (at + timedelta(minutes=offset)).date()


def _expected(version: ArticleVersion) -> tuple[object, ...]:
    return (
        version.title,
        version.seo_title,
        version.body,
        version.language,
        version.dateline_text,
        version.dateline_place,
        version.dateline_country,
        version.dateline_agency,
        _stated_day(
            version.published_at,
            version.published_precision,
            version.published_utc_offset_minutes,
        ),
        _stated_day(
            version.updated_at, version.updated_precision, version.updated_utc_offset_minutes
        ),
    )


def test_the_views_after_a_backfill_show_what_derive_page_finds(
    prefect_harness: None, tmp_path: Path
) -> None:
    captures = []
    for name in PAGES:
        page = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))["page"]
        body = (GOLDEN / f"{name}.html").read_bytes()
        when = datetime.fromisoformat(page.get("fetched_at", CAPTURED))
        captures.append((quote(page["url"], safe=":/?=&%"), when, body))  # as crawls record it
    archive = tmp_path / "golden.warc.gz"
    write_pages(archive, captures)
    root = tmp_path / "warehouse"
    run_backfill(warc=[str(archive)], warehouse=str(root), timezone=TIMEZONE)

    source = Source("backfill", "backfill", "", None, None, None, TIMEZONE)
    headers = (("Content-Type", "text/html; charset=utf-8"),)
    derived = {}
    for url, when, body in captures:
        fetched = FetchedPage(url, url, 200, headers[0][1], headers, body, when, "c", "backfill")
        version = derive_page(fetched, source, "direct").version
        assert version is not None, url
        derived[url] = version
    rows = {row[0]: row[1:] for row in query(root, ARTICLES).rows}
    assert set(rows) == set(derived)
    for url, version in derived.items():
        assert rows[url][:-1] == _expected(version), url
    assert any(v.dateline_agency for v in derived.values())
    assert any("\u200c" in (v.title or "") for v in derived.values())

    # Entities: as bench.entities reads them (the stored title, dateline and body).
    versions = list(derived.values())
    found = entities_for_texts(
        [version_text(v.title, v.body, v.dateline_text) for v in versions],
        load_alias_table(),
        languages=[v.language for v in versions],
    )
    expected = {
        (v.article_id, e.entity_id, e.name, e.type)
        for v, entities in zip(versions, found, strict=True)
        for e in entities
    }
    assert len(expected) >= 5
    assert set(query(root, MENTIONS).rows) == expected
