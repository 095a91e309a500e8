"""What a night knows of the warehouse, now that it reads only what the night needs (its
sources' articles, the articles at the URLs it discovers, and the articles a page's canonical
claim names) instead of every article ever stored. Real Prefect, a real HTTP server on
127.0.0.1 serving two sources of one site, real Parquet and DuckDB.

Night 1 ingests source `wire` alone. Night 2 ingests source `desk` alone, so every article of
`wire` is outside the night's sources: `desk` lists one of them (not new), claims another as
its canonical (refused: it is held as itself), and mirrors a story nobody fetched (its claim is
followed). Night 3 ingests `wire` again: its old articles are re-checked, and two of its new
pages claim URLs only `desk`'s article knows: the story `desk` mirrored (followed: no article
was fetched at it, so pages declaring it share one article) and the mirror's own URL (refused:
an article was fetched at it, though its id is the story's); a URL of its that redirects to
`desk`'s article is that article.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from flows.ingest import nightly_ingest
from schemas.ids import article_id
from tests.archive_builder import article_html
from warehouse.queries import query

DAY = "/world/2020/07/02"
NOW = datetime.now(UTC)  # pages are the same bytes every night


def page(n: int, canonical: str | None = None) -> bytes:
    """Article `n`, optionally declaring `canonical` (a path) as its canonical URL."""
    html = article_html(n, NOW - timedelta(hours=n))
    if canonical is None:
        return html
    return html.replace(b"</head>", f'<link rel="canonical" href="{canonical}"></head>'.encode())


def feed(base: str, paths: list[str]) -> bytes:
    items = "".join(f"<item><title>{p}</title><link>{base}{p}</link></item>" for p in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()


@dataclass
class Nights:
    root: Path
    base: str
    runs: list[dict[str, Any]]

    def url(self, path: str) -> str:
        return self.base + path

    def versions(self, path: str) -> list[tuple[Any, ...]]:
        return query(
            self.root,
            "SELECT article_id, canonical_url, declared_canonical, run_id FROM article_versions "
            "WHERE url = ? ORDER BY version",
            [self.url(path)],
        ).rows

    def source(self, night: int, source_id: str) -> dict[str, Any]:
        summary: dict[str, Any] = self.runs[night]["sources"][source_id]
        return summary


@pytest.fixture(scope="module")
def nights(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Nights]:
    pages: dict[str, tuple[bytes, str]] = {}
    redirects: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            if self.path in redirects:
                self.send_response(301)
                self.send_header("Location", redirects[self.path])
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body, kind = pages.get(self.path, (b"not found", "text/plain"))
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    root = tmp_path_factory.mktemp("warehouse")
    html, rss = "text/html; charset=utf-8", "application/rss+xml"
    pages["/robots.txt"] = (b"User-agent: *\nAllow: /\n", "text/plain")

    def night(source_id: str) -> dict[str, Any]:
        sources = root.parent / f"sources-{source_id}.csv"
        sources.write_text(
            "source_id,name,homepage,feed_url,sitemap_url,language,timezone\n"
            f"{source_id},{source_id},{base}/{source_id}/,{base}/{source_id}/feed.xml,,en,UTC\n"
        )
        return nightly_ingest(sources=str(sources), warehouse=str(root), batch_size=2)

    try:
        for n in (1, 2):
            pages[f"{DAY}/story-{n}.html"] = (page(n), html)
        pages["/wire/feed.xml"] = (feed(base, [f"{DAY}/story-1.html", f"{DAY}/story-2.html"]), rss)
        runs = [night("wire")]

        pages[f"{DAY}/copy-3.html"] = (page(3, canonical=f"{DAY}/story-2.html"), html)
        pages[f"{DAY}/mirror-5.html"] = (page(5, canonical=f"{DAY}/story-5.html"), html)
        listed = [f"{DAY}/story-1.html", f"{DAY}/copy-3.html", f"{DAY}/mirror-5.html"]
        pages["/desk/feed.xml"] = (feed(base, listed), rss)
        runs.append(night("desk"))

        pages[f"{DAY}/print-5.html"] = (page(5, canonical=f"{DAY}/story-5.html"), html)
        pages[f"{DAY}/other-6.html"] = (page(6, canonical=f"{DAY}/mirror-5.html"), html)
        listed = [f"{DAY}/story-{n}.html" for n in (1, 2)]
        listed += [f"{DAY}/print-5.html", f"{DAY}/other-6.html", "/go/copy-3"]
        redirects["/go/copy-3"] = f"{DAY}/copy-3.html"
        pages["/wire/feed.xml"] = (feed(base, listed), rss)
        runs.append(night("wire"))
        yield Nights(root, base, runs)
    finally:
        server.shutdown()
        server.server_close()


def test_an_article_of_another_source_listed_tonight_is_not_new(nights: Nights) -> None:
    # desk's night: story-1 is wire's, outside the night's sources; fetched, it is the same
    # body as wire's latest look, so it is an observation of wire's article, not a version
    assert len(nights.versions(f"{DAY}/story-1.html")) == 1
    desk = nights.source(1, "desk")
    assert desk["unchanged"] == 1 and desk["new_versions"] == 2  # copy-3 and mirror-5
    looks = query(
        nights.root,
        "SELECT source_id, outcome FROM observations WHERE kind = 'article' AND url = ? "
        "AND run_id = ?",
        [nights.url(f"{DAY}/story-1.html"), nights.runs[1]["run_id"]],
    ).rows
    assert looks == [("wire", "same-body")]


def test_a_canonical_claim_on_another_sources_article_is_refused(nights: Nights) -> None:
    [(article, canonical, declared, _)] = nights.versions(f"{DAY}/copy-3.html")
    assert declared == f"{DAY}/story-2.html"  # the claim is recorded (as written) ...
    assert canonical == nights.url(f"{DAY}/copy-3.html")  # ... and not followed
    assert article == article_id(canonical)


def test_a_claim_on_a_story_nobody_fetched_is_followed_by_every_page_declaring_it(
    nights: Nights,
) -> None:
    story = nights.url(f"{DAY}/story-5.html")
    [mirror] = nights.versions(f"{DAY}/mirror-5.html")
    assert mirror[:2] == (article_id(story), story)
    # print-5 (wire's, on wire's night) is the same text under the same article: compared with
    # desk's version, it is an observation, not a version event
    printed = nights.url(f"{DAY}/print-5.html")
    events = query(nights.root, "SELECT count(*) FROM version_events WHERE url = ?", [printed])
    assert events.rows == [(0,)]
    looks = query(
        nights.root, "SELECT article_id, outcome FROM observations WHERE url = ?", [printed]
    )
    assert looks.rows == [(article_id(story), "same-content")]


def test_a_claim_on_the_url_an_article_was_fetched_at_is_refused(nights: Nights) -> None:
    # mirror-5 is held (fetched at that URL) though its article's id is story-5's
    [(article, canonical, declared, _)] = nights.versions(f"{DAY}/other-6.html")
    assert declared == f"{DAY}/mirror-5.html"
    assert canonical == nights.url(f"{DAY}/other-6.html")
    assert article == article_id(canonical)


def test_a_url_redirecting_to_another_sources_article_is_not_new(nights: Nights) -> None:
    # wire lists /go/copy-3, which redirects to desk's copy-3: the page is desk's article,
    # unchanged (its id is known only after the fetch, from the final URL)
    looks = query(
        nights.root,
        "SELECT article_id, outcome FROM observations WHERE url = ?",
        [nights.url("/go/copy-3")],
    )
    assert looks.rows == [(article_id(nights.url(f"{DAY}/copy-3.html")), "same-content")]
    assert len(nights.versions(f"{DAY}/copy-3.html")) == 1


def test_a_sources_old_articles_are_rechecked_on_its_next_night(nights: Nights) -> None:
    wire = nights.source(2, "wire")
    assert wire["rechecked"] == 2  # story-1 and story-2, both under a day old: due nightly
    # story-1 and story-2 (same bodies), print-5 and /go/copy-3 (see above)
    assert wire["unchanged"] == 4
    assert wire["new_urls"] == 3 and wire["new_versions"] == 1  # other-6
    assert len(nights.versions(f"{DAY}/story-2.html")) == 1
