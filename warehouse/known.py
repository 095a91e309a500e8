"""What the warehouse knows of articles, read for one night: the articles of the night's sources
and of the URLs it meets, not every article ever stored.

Why: the nightly used to compute every article's latest version, first sighting and last look
over the whole log (9.4 s of CPU at 100,000 versions, 25 s at 300,000) to plan a night of a
few sources. Here the articles a night needs are found first (one narrow scan of the version
log's `source_id`, `article_id` and `url` columns), then their facts are computed with the
list bound as a parameter: DuckDB turns a bound list into a filter at the Parquet scans (in
compacted files, sorted by article_id, the row groups of those articles only). One connection
serves the whole night (`KnownArticles`), so a late lookup (an article id only known once a
page is derived) costs a query, not a connection: it sees the runs committed when the night
began, as the one read at the start did.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from datetime import datetime

from upath import UPath

from schemas.known import KnownArticle
from warehouse.queries import Params, Result, session

# The articles with any version row of these sources, ids or URLs (every derivation's rows:
# a superset of what the views decide, narrowed exactly by the queries that bind the list), and
# how many version rows there are (see `_bound`).
CANDIDATES_SQL = """
SELECT coalesce(list(DISTINCT article_id ORDER BY article_id) FILTER (
           WHERE source_id IN (SELECT unnest($sources::VARCHAR[]))
              OR article_id IN (SELECT unnest($ids::VARCHAR[]))
              OR url IN (SELECT unnest($urls::VARCHAR[]))), [])::VARCHAR[],
       count(*)
FROM version_log
"""

SCAN_FILTER_SHARE = 10  # see `_bound`

# Per article of $ids: its latest version, whether it is live, when it was first seen, and the
# last look at it (a capture that made a version, or an observation). Observations are read
# from the log, filtered before de-duplication: a duplicate of an event has its article.
KNOWN_SQL = """
WITH latest AS (
    SELECT article_id, url, source_id, content_hash, derivation_key, capture_id
    FROM article_versions_as_of('infinity', article_list := $scan)
    WHERE article_id IN (SELECT unnest($ids))
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY version DESC) = 1
), live AS (
    SELECT article_id FROM articles_as_of('infinity', article_list := $scan)
    WHERE article_id IN (SELECT unnest($ids))
), events AS (
    SELECT article_id, capture_id, observed_at
    FROM version_events_as_of('infinity', article_list := $scan)
    WHERE article_id IN (SELECT unnest($ids))
), seen AS (
    SELECT article_id, min(observed_at) AS first_seen FROM events GROUP BY article_id
), looks AS (
    SELECT v.article_id, c.observed_at, c.etag, c.last_modified, c.content_sha256
    FROM events v JOIN captures c USING (capture_id)
    WHERE c.capture_id IN (SELECT capture_id FROM events)
    UNION ALL
    SELECT article_id, observed_at, etag, last_modified, content_sha256
    FROM nl_log('observations')
    WHERE kind = 'article' AND article_id IN (SELECT unnest($ids))
), last_look AS (
    SELECT * FROM looks
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY observed_at DESC) = 1
)
SELECT latest.article_id, latest.url, latest.source_id, latest.content_hash,
       live.article_id IS NOT NULL, seen.first_seen, last_look.observed_at, last_look.etag,
       last_look.last_modified, last_look.content_sha256,
       latest.derivation_key, latest.capture_id
FROM latest JOIN seen USING (article_id)
LEFT JOIN live USING (article_id) LEFT JOIN last_look USING (article_id)
"""

# The URL of the latest version of each article of $ids.
LATEST_URLS_SQL = """
SELECT article_id, url FROM article_versions_as_of('infinity', article_list := $scan)
WHERE article_id IN (SELECT unnest($ids))
QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY version DESC) = 1
"""

# The articles some version of which was fetched at a URL other than the article's own (a
# redirect, or a declared canonical that was followed): the only articles whose URL's canonical
# form can differ from the URL their id is the hash of.
APART_IDS_SQL = """
SELECT coalesce(list(DISTINCT article_id ORDER BY article_id) FILTER (
           WHERE url <> canonical_url), [])::VARCHAR[],
       count(*)
FROM version_log
"""


# The first versions of the sources' articles ($scan: see `_bound`), the newest $recent per
# source.
RHYTHMS_SQL = """
SELECT source_id, coalesce(published_at, observed_at), observed_at
FROM article_versions_as_of('infinity', article_list := $scan)
WHERE version = 1 AND source_id IN (SELECT unnest($sources::VARCHAR[]))
QUALIFY row_number() OVER (PARTITION BY source_id ORDER BY observed_at DESC) <= $recent
ORDER BY source_id, observed_at DESC
"""


def _bound(ids: list[str], rows: int) -> dict[str, list[str] | None]:
    """The parameters of a query about `ids`, in a log of `rows` versions: the ids, and the
    list the views narrow their scans by ($scan). A bound list narrows the scans to those
    articles' row groups, but checking each row against it costs more than reading everything
    once the list holds more than about a tenth of the log's rows (bench.scale_large's 100,000
    versions, CPU: 1,000 ids 0.9 s listed vs 5.1 s read whole, 5,000 ids 3.3 vs 5.0 s, 30,000
    ids 15.2 vs 8.8 s): past that, $scan is NULL and the ids filter after."""
    return {"ids": ids, "scan": ids if len(ids) <= rows // SCAN_FILTER_SHARE else None}


class KnownArticles:
    """The warehouse's articles as one run reads them, on one connection (see the module
    docstring); `known_articles(root)` opens and closes it."""

    def __init__(self, run: Callable[[str, Params], Result]) -> None:
        self._run = run

    def articles(
        self,
        *,
        sources: Collection[str] = (),
        ids: Collection[str] = (),
        urls: Collection[str] = (),
    ) -> dict[str, KnownArticle]:
        """Every article with a version of one of `sources`, with one of `ids`, or fetched at
        one of `urls`, keyed by article_id, as `KnownArticle` (latest version, live, first
        seen, last look)."""
        params = {"sources": sorted(sources), "ids": sorted(ids), "urls": sorted(urls)}
        found, rows = self._run(CANDIDATES_SQL, params).rows[0]
        return self._known(found, rows)

    def by_ids(self, ids: Collection[str]) -> dict[str, KnownArticle]:
        """The known articles among `ids` (a few: their row groups are read)."""
        return self._known(sorted(ids), len(ids) * SCAN_FILTER_SHARE)

    def _known(self, ids: list[str], rows: int) -> dict[str, KnownArticle]:
        if not ids:
            return {}
        found = self._run(KNOWN_SQL, _bound(ids, rows)).rows
        return {row[0]: KnownArticle(*row) for row in found}

    def rhythms(
        self, sources: Collection[str], recent: int = 50
    ) -> dict[str, list[tuple[datetime, datetime]]]:
        """Per source of `sources`, its most recent new articles as (published, else first
        seen; first seen), newest first: the history a source's usual rhythm is judged from."""
        wanted = {"sources": sorted(sources), "ids": [], "urls": []}
        ids, rows = self._run(CANDIDATES_SQL, wanted).rows[0]
        params = {"scan": _bound(ids, rows)["scan"], "sources": sorted(sources), "recent": recent}
        rhythms: dict[str, list[tuple[datetime, datetime]]] = {}
        for source_id, item_time, first_seen in self._run(RHYTHMS_SQL, params).rows:
            rhythms.setdefault(source_id, []).append((item_time, first_seen))
        return rhythms

    def latest_urls(self, ids: Collection[str]) -> dict[str, str]:
        """The URL of the latest version of each known article among `ids` (a few)."""
        if not ids:
            return {}
        return self.latest_urls_of(sorted(ids), len(ids) * SCAN_FILTER_SHARE)

    def latest_urls_apart(self) -> list[str]:
        """The latest URL of each article that was ever fetched at a URL other than its own
        canonical one (see `APART_IDS_SQL`)."""
        ids, rows = self._run(APART_IDS_SQL, None).rows[0]
        if not ids:
            return []
        return list(self.latest_urls_of(ids, rows).values())

    def latest_urls_of(self, ids: list[str], rows: int) -> dict[str, str]:
        """`latest_urls` of `ids` in a log of `rows` versions (see `_bound`)."""
        found = self._run(LATEST_URLS_SQL, _bound(ids, rows)).rows
        return {str(article): str(url) for article, url in found}


@contextmanager
def known_articles(root: UPath) -> Iterator[KnownArticles]:
    """The warehouse's articles for one run, read on one connection opened here."""
    with session(root) as run:
        yield KnownArticles(run)


def source_rhythms(
    root: UPath, sources: Collection[str], recent: int = 50
) -> dict[str, list[tuple[datetime, datetime]]]:
    """`KnownArticles.rhythms` on a connection of its own (the runs committed by now)."""
    with known_articles(root) as known:
        return known.rhythms(sources, recent)
