"""Pure decisions of polite, incremental fetching: robots.txt rules, re-check tiers, the
fetch plan, and a source's rhythm. No network here (the loopback tests are in test_fetch)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from schemas.known import KnownArticle
from schemas.pages import FeedItem
from tasks.health import is_stale, usual_gap
from tasks.rechecks import RecheckPolicy, plan_fetches
from tasks.robots import parse_robots, product_token

UA = "newsledger/0.1 (+https://example.org/contact)"
NOW = datetime(2020, 7, 20, 2, 30, tzinfo=UTC)


def test_robots_groups_wildcards_longest_match_and_sitemaps() -> None:
    text = """
    # comments are ignored
    User-agent: otherbot
    Disallow: /

    User-agent: *
    Disallow: /search
    Disallow: /*.pdf$
    Allow: /search/about
    Crawl-delay: 5
    Sitemap: /sitemap_index.xml
    Sitemap: https://cdn.example.org/news.xml.gz
    """
    rules = parse_robots(text, UA, "https://example.org/robots.txt")
    assert product_token(UA) == "newsledger"
    assert not rules.allows("https://example.org/search?q=x")
    assert rules.allows("https://example.org/search/about")
    assert not rules.allows("https://example.org/files/report.pdf")
    assert rules.allows("https://example.org/files/report.pdf?download=1")
    assert rules.allows("https://example.org/2020/07/02/story.html")
    assert rules.crawl_delay == 5
    assert rules.sitemaps == (
        "https://example.org/sitemap_index.xml",
        "https://cdn.example.org/news.xml.gz",
    )


def test_our_own_group_replaces_the_star_group() -> None:
    text = "User-agent: *\nDisallow: /\n\nUser-agent: NewsLedger\nUser-agent: x\nAllow: /\n"
    assert parse_robots(text, UA, "http://e.test/robots.txt").allows("http://e.test/a")
    assert not parse_robots(text, "otherbot/1", "http://e.test/robots.txt").allows(
        "http://e.test/a"
    )
    assert parse_robots("", UA, "http://e.test/robots.txt").allows("http://e.test/a")


# A hang guard, not a speed target: the regex translation took minutes on this, protego takes
# microseconds; the timeout only has to tell "finishes" from "hangs" on a loaded machine.
@pytest.mark.timeout(60)
def test_wildcard_patterns_match_in_linear_time() -> None:
    bomb = "/*" + "a*" * 40 + "b"
    rules = parse_robots(f"User-agent: *\nDisallow: {bomb}\n", UA, "http://e.test/robots.txt")
    assert rules.allows("http://e.test/" + "a" * 100_000)
    assert not rules.allows("http://e.test/" + "a" * 100_000 + "b")
    many = "".join(f"Disallow: /*{'x*' * 30}{n}\n" for n in range(5000))
    rules = parse_robots(f"User-agent: *\n{many}", UA, "http://e.test/robots.txt")
    assert rules.allows("http://e.test/" + "x" * 8000)


def test_hostile_robots_files_are_bounded_and_their_bad_lines_set_apart() -> None:
    text = (
        "User-agent: *\nCrawl-delay: nan\nDisallow: /private\n"
        "Sitemap: http://[::1\nSitemap: javascript:alert(1)\nSitemap: /news.xml\n"
    )
    rules = parse_robots(text, UA, "http://e.test/robots.txt")
    assert rules.crawl_delay is None
    assert rules.sitemaps == ("http://e.test/news.xml",)
    assert [(line, e.reason) for line, e in rules.rejected_sitemaps] == [
        ("http://[::1", "invalid-url"),
        ("javascript:alert(1)", "unsupported-scheme"),
    ]
    binary = bytes(range(256)).decode("latin-1") * 4000  # 1 MiB of every byte, incl. NUL
    assert parse_robots(binary, UA, "http://e.test/robots.txt").allows("http://e.test/a")
    padded = "User-agent: *\n" + "# filler\n" * 100_000 + "Disallow: /\n"  # past 512 KiB
    assert parse_robots(padded, UA, "http://e.test/robots.txt").allows("http://e.test/a")


def test_default_tiers_every_run_then_daily_weekly_monthly() -> None:
    policy = RecheckPolicy.parse("1d:0,7d:1d,30d:7d,*:30d")

    def due(age: timedelta, since_check: timedelta, hint: datetime | None = None) -> bool:
        return policy.is_due(
            first_seen=NOW - age, last_checked=NOW - since_check, now=NOW, listed_modified=hint
        )

    assert due(timedelta(hours=3), timedelta(minutes=1))  # first day: every run
    assert not due(timedelta(days=3), timedelta(hours=2))
    assert due(timedelta(days=3), timedelta(hours=23))  # a night that started a bit earlier
    assert not due(timedelta(days=20), timedelta(days=3))
    assert due(timedelta(days=20), timedelta(days=7))
    assert not due(timedelta(days=400), timedelta(days=20))
    assert due(timedelta(days=400), timedelta(days=30))
    # a sitemap lastmod after our last look makes it due whatever the tier
    assert due(timedelta(days=400), timedelta(days=2), hint=NOW - timedelta(days=1))
    with pytest.raises(ValueError):
        RecheckPolicy.parse("1d:0,7d:1d")  # no catch-all tier


def _known(name: str, age: timedelta, checked: timedelta, live: bool = True) -> KnownArticle:
    return KnownArticle(
        article_id=name,
        url=f"http://news.test/{name}.html",
        source_id="s",
        content_hash="h",
        live=live,
        first_seen=NOW - age,
        last_checked=NOW - checked,
        etag=f'"{name}"',
        last_modified="Thu, 02 Jul 2020 10:00:00 GMT",
    )


def test_plan_fetches_new_first_then_due_rechecks_with_validators() -> None:
    known = [
        _known("fresh", timedelta(hours=2), timedelta(hours=1)),
        _known("week-old", timedelta(days=5), timedelta(hours=2)),
        _known("gone", timedelta(hours=2), timedelta(hours=1), live=False),
    ]
    items = [
        FeedItem("http://news.test/new.html?utm_source=rss#top", published=NOW),
        FeedItem("http://NEWS.test/fresh.html"),
        FeedItem("http://news.test/new2.html"),
    ]
    policy = RecheckPolicy.parse("1d:0,7d:1d,30d:7d,*:30d")
    plan = plan_fetches(items, known, "s", policy, NOW, max_new=1)
    assert [r.url for r in plan.requests] == [
        "http://news.test/new.html",
        "http://news.test/fresh.html",
    ]
    assert plan.requests[0].feed_published == NOW and plan.requests[0].etag is None
    assert plan.requests[1].etag == '"fresh"' and plan.requests[1].last_modified
    assert (plan.new_urls, plan.rechecked, plan.skipped_by_tier) == (1, 1, 1)


def test_source_rhythm_and_staleness() -> None:
    daily = [NOW - timedelta(days=d) for d in range(10)]
    assert usual_gap(daily) == timedelta(days=1)
    assert usual_gap(daily[:2]) is None
    assert not is_stale(NOW - timedelta(days=2), timedelta(days=1), NOW)
    assert is_stale(NOW - timedelta(days=4), timedelta(days=1), NOW)
    hourly = timedelta(hours=1)
    assert not is_stale(NOW - timedelta(hours=20), hourly, NOW)  # the one-day floor
    assert is_stale(NOW - timedelta(hours=30), hourly, NOW)
    assert not is_stale(None, hourly, NOW)
