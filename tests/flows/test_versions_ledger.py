"""Versions are made by page content only, and replay is faithful (issue 13 §2).

A loopback site whose bytes change from night to night while its articles do not: a new
Last-Modified, a rotated "related" block, an item that leaves the feed. None of that is a new
version; a page that only its feed dates keeps that date through `replay`; `replay --since D`
on an unchanged warehouse adds nothing; and after an extractor-version bump, a night with
changed bytes and unchanged content adds no version (the previous capture is re-derived with
the new code and compared like with like). Real Prefect, real HTTP on 127.0.0.1, real DuckDB.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest

import flows.ingest
import tasks.versions
from flows.ingest import nightly_ingest
from flows.replay import replay
from tests.tasks.loopback import Site, reply
from warehouse.queries import query

FEED_DATE = datetime(2020, 7, 2, 9, 30, tzinfo=UTC)
DATED = "/2020/07/02/talks-resume.html"
UNDATED = "/essays/on-waiting.html"
PARAGRAPHS = [
    "Negotiators from both sides met again on Thursday and agreed to keep talking next week, "
    "officials said after a long session in the capital.",
    "The talks had stalled for a month over prisoner releases, and diplomats said the schedule "
    "agreed on Thursday was the first sign of movement since the spring.",
    "A spokesman said more meetings would follow and that both delegations had asked for the "
    "venue to stay the same, citing security and convenience.",
]


def page(path: str, related: list[str]) -> bytes:
    dated = path == DATED
    jsonld = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"NewsArticle","headline":"Talks resume","datePublished":"2020-07-02T08:00:00Z"}'
        "</script>"
        if dated
        else ""
    )
    title = "Talks resume" if dated else "On waiting"
    links = "".join(f'<li><a href="/more/{r}.html">{r.replace("-", " ")}</a></li>' for r in related)
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Ledger Test News</title>{jsonld}</head>
<body><nav><a href="/">Home</a></nav>
<article><h1>{title}</h1>{body}</article>
<aside class="related"><h3>Related</h3><ul>{links}</ul></aside>
<footer>Ledger Test News</footer></body></html>""".encode()


def feed(base: str, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{p}</title><link>{base}{p}</link>"
        f"<pubDate>{format_datetime(FEED_DATE)}</pubDate></item>"
        for p in paths
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>'
        f"<link>{base}/</link>{items}</channel></rss>"
    ).encode()


@dataclass
class Ledger:
    site: Site
    root: Path
    sources: Path
    monkeypatch: pytest.MonkeyPatch

    def night(self, n: int, listed: list[str]) -> dict:
        """Serve night `n`'s bytes (new Last-Modified, rotated related block), then ingest on
        2020-07-(2+n) at 06:00 UTC (the flow's clock is the only one the run reads)."""
        self.monkeypatch.setattr(flows.ingest, "utc_now", lambda: night_time(n))
        modified = format_datetime(night_time(n), usegmt=True)
        related = [f"story-{n}-{i}" for i in range(3)]
        for path in (DATED, UNDATED):
            self.site.routes[path] = reply(
                200, page(path, related), headers={"Last-Modified": modified}
            )
        self.site.routes["/feed.xml"] = reply(
            200, feed(self.site.base, listed), ctype="application/rss+xml"
        )
        return nightly_ingest(sources=str(self.sources), warehouse=str(self.root))

    def rows(self, sql: str) -> list[tuple[object, ...]]:
        return query(self.root, sql).rows


def night_time(n: int) -> datetime:
    return datetime(2020, 7, 2 + n, 6, tzinfo=UTC)


@pytest.fixture
def ledger(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Ledger]:
    site = Site()
    site.routes["/robots.txt"] = reply(200, b"User-agent: *\nAllow: /\n", ctype="text/plain")
    sources = tmp_path / "sources.csv"
    sources.write_text(
        "source_id,name,homepage,feed_url,sitemap_url,language,timezone\n"
        f"ledger,Ledger,{site.base}/,{site.base}/feed.xml,,en,UTC\n"
    )
    try:
        yield Ledger(site, tmp_path / "wh", sources, monkeypatch)
    finally:
        site.close()


VERSIONS = "SELECT url, version, content_hash FROM article_versions ORDER BY url, version"
UNDATED_CLAIM = f"""
    SELECT published_at, published_provenance FROM articles WHERE url LIKE '%{UNDATED}'
"""


def test_new_bytes_same_content_make_no_version_and_replay_keeps_feed_dates(
    ledger: Ledger,
) -> None:
    ledger.night(1, [DATED, UNDATED])
    first = ledger.rows(VERSIONS)
    assert len(first) == 2
    assert ledger.rows(UNDATED_CLAIM) == [(FEED_DATE, "feed")]

    # New Last-Modified, rotated related links, and the undated item has left the feed.
    summary = ledger.night(2, [DATED])["sources"]["ledger"]
    assert summary["new_versions"] == 0 and summary["unchanged"] == 2
    assert ledger.rows(VERSIONS) == first
    assert ledger.rows(UNDATED_CLAIM) == [(FEED_DATE, "feed")]

    replay(warehouse=str(ledger.root))
    assert ledger.rows(VERSIONS) == first
    assert ledger.rows(UNDATED_CLAIM) == [(FEED_DATE, "feed")], "replay sees the feed's date"


def test_replay_since_a_day_rederives_whole_articles(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger.night(1, [DATED, UNDATED])
    ledger.night(2, [DATED, UNDATED])  # no versions: observations with captures
    first = ledger.rows(VERSIONS)
    # New code whose hashes all differ from the old ones: re-deriving only night 2's captures
    # would compare new hashes with old ones and invent a version on night 2.
    hash_v1 = tasks.versions.content_hash
    monkeypatch.setattr(tasks.versions, "content_hash", lambda **parts: "v2-" + hash_v1(**parts))
    monkeypatch.setattr(tasks.versions, "CODE_VERSION", "v2")
    replay(since=night_time(2).date().isoformat(), warehouse=str(ledger.root))
    after = ledger.rows(VERSIONS)
    assert [(url, version) for url, version, _ in after] == [(u, v) for u, v, _ in first]
    assert all(str(digest).startswith("v2-") for _, _, digest in after)


def test_an_extractor_upgrade_compares_like_with_like(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger.night(1, [DATED, UNDATED])
    first = ledger.rows(VERSIONS)
    monkeypatch.setattr(tasks.versions, "CODE_VERSION", "upgraded")
    summary = ledger.night(2, [DATED, UNDATED])["sources"]["ledger"]
    assert summary["new_versions"] == 0 and summary["unchanged"] == 2
    assert ledger.rows(VERSIONS) == first
    same = ledger.rows(
        "SELECT count(*) FROM observations WHERE outcome = 'same-content' AND kind = 'article'"
    )
    assert same == [(2,)]
