"""URLs: what is fetchable (and why not), one spelling per article (AMP too), which pages are
home or listing pages, and which declared canonicals identify an article. URLs of our own."""

from __future__ import annotations

import pytest

from tasks.urls import (
    accepted_canonical,
    canonical_url,
    fetchable_url,
    is_listing_url,
    is_site_root,
    site_of,
)


def test_canonical_url_drops_tracking_fragment_and_default_port() -> None:
    assert (
        canonical_url("HTTP://Site.Test:80/a.html?utm_source=x&id=3&fbclid=y#comments")
        == "http://site.test/a.html?id=3"
    )
    assert canonical_url("http://site.test/amp/a", "/a") == "http://site.test/a"
    assert canonical_url("http://site.test") == "http://site.test/"
    # the query keeps its order and its blank values: they may name different pages
    assert canonical_url("http://site.test/a?b=2&a=1&print") == "http://site.test/a?b=2&a=1&print="
    assert canonical_url("http://[::1]:8080/a#x") == "http://[::1]:8080/a"


def test_amp_and_declared_canonicals_are_one_article() -> None:
    canonical = "https://www.news.test/2020/07/02/story.html"
    for spelling in (
        "https://www.news.test/amp/2020/07/02/story.html",
        "https://www.news.test/2020/07/02/story.amp.html",
        "https://www.news.test/2020/07/02/story.html?amp=1&utm_medium=social",
        "https://www-news-test.cdn.ampproject.org/c/s/www.news.test/2020/07/02/story.html",
    ):
        assert canonical_url(spelling) == canonical, spelling
    assert (
        canonical_url(
            "https://www.news.test/amp/x", "https://www.news.test/2020/07/02/story.html#a"
        )
        == canonical
    )
    assert canonical_url("http://news.test/story/amp/") == "http://news.test/story/"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("http://[host/x", "invalid-url"),
        ("http://[::1", "invalid-url"),
        ("http://news.test:8o8o/x", "invalid-url"),
        ("http://news.test:99999/x", "invalid-url"),
        ("http://news.test:0/x", "invalid-url"),
        ("http://news.test/a\x00b", "invalid-url"),
        ("http://news.test/a\nb", "invalid-url"),
        ("{{article.url}}", "invalid-url"),
        ("http://news.test/{{slug}}.html", "invalid-url"),
        ("http://news.test/${id}", "invalid-url"),
        ("http://news.test/%7B%7Bslug%7D%7D", "invalid-url"),
        ("http://news.test/<%= url %>", "invalid-url"),
        ("http://", "invalid-url"),
        ("http:///story.html", "invalid-url"),
        ("http:story.html", "invalid-url"),
        ("/relative/without/base", "invalid-url"),
        ("", "invalid-url"),
        ("   ", "invalid-url"),
        ("http://exa mple.test/", "invalid-url"),
        ("http://a..b/", "invalid-url"),
        ("http://-leading-hyphen.test/", "invalid-url"),
        ("http://news.test/" + "a" * 9000, "invalid-url"),
        ("javascript:alert(1)", "unsupported-scheme"),
        ("JavaScript:alert(1)", "unsupported-scheme"),
        ("file:///etc/passwd", "unsupported-scheme"),
        ("data:text/html,<b>hi</b>", "invalid-url"),  # the angle brackets speak first
        ("data:text/html;base64,aGk=", "unsupported-scheme"),
        ("mailto:desk@news.test", "unsupported-scheme"),
        ("ftp://news.test/file", "unsupported-scheme"),
    ],
)
def test_unfetchable_links_say_why(raw: str, reason: str) -> None:
    with pytest.raises(Exception) as caught:
        fetchable_url(raw)
    assert getattr(caught.value, "reason", None) == reason, caught.value


def test_fetchable_links_resolve_and_keep_their_spelling() -> None:
    assert fetchable_url("/a.html", "http://news.test/x/") == "http://news.test/a.html"
    assert fetchable_url("//other.test/b", "https://news.test/") == "https://other.test/b"
    assert fetchable_url("  http://news.test/c  ") == "http://news.test/c"
    assert fetchable_url("http://東京.test/記事") == "http://東京.test/記事"
    assert fetchable_url("http://[2001:db8::1]:8080/x") == "http://[2001:db8::1]:8080/x"
    # numeric hosts are URLs; whether the address may be contacted is the fetcher's question
    assert fetchable_url("http://2130706433/") == "http://2130706433/"


@pytest.mark.parametrize(
    "url",
    [
        "http://news.test/",
        "http://news.test",
        "http://news.test/index.html",
        "http://news.test/index.php",
        "http://news.test/default.aspx",
        "http://news.test/home",
        "http://news.test/en/",
        "http://news.test/fr-ca",
    ],
)
def test_home_pages(url: str) -> None:
    assert is_site_root(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://news.test/tag/iran",
        "http://news.test/tags/iran/",
        "http://news.test/tag/iran/page/3",
        "http://news.test/category/world/europe/",
        "http://news.test/topics/climate",
        "http://news.test/section/business",
        "http://news.test/author/jane-doe",
        "http://news.test/authors/jane-doe/feed/",
        "http://news.test/archive/",
        "http://news.test/page/2",
        "http://news.test/world/page/2/",
        "http://news.test/search",
        "http://news.test/search?q=election",
        "http://news.test/?s=election",
        "http://news.test/?paged=3",
        "http://news.test/?cat=12",
        "http://news.test/feed/",
        "http://news.test/rss",
        "http://news.test/feed.xml",
        "http://news.test/world/rss.xml",
        "http://news.test/world.rss",
        "http://news.test/2020/",
        "http://news.test/2020/07/",
        "http://news.test/2020/07/02/",
    ],
)
def test_listing_pages(url: str) -> None:
    assert is_listing_url(url) and not is_site_root(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://news.test/2020/07/02/story.html",
        "http://news.test/2020/07/02/tag-team-wins-the-cup.html",
        "http://news.test/world/europe/france-votes-in-a-snap-election",
        "http://news.test/sections/politics/senate-passes-the-budget-bill",
        "http://news.test/topics/iran/2020/07/02/talks-resume.html",
        "http://news.test/archives/123456",
        "http://news.test/news/article-98765.html",
        "http://news.test/?p=123",  # a WordPress permalink is an article
        "http://news.test/story.php?id=42",
        "http://news.test/feeds-of-the-week-are-back",
        "http://news.test/2020/07/02/story/index.html",
    ],
)
def test_article_pages_are_neither(url: str) -> None:
    assert not is_listing_url(url) and not is_site_root(url)


def test_site_of_uses_the_public_suffix_list() -> None:
    assert site_of("https://news.bbc.co.uk/a") == site_of("https://www.bbc.co.uk/b") == "bbc.co.uk"
    assert site_of("https://alice.blogspot.com/") != site_of("https://bob.blogspot.com/")
    assert site_of("http://www.news.test/a") == site_of("http://news.test/b") == "news.test"
    assert site_of("http://127.0.0.1:8080/a") == "127.0.0.1"


PAGE = "https://www.news.test/2020/07/02/story.html?utm_source=rss"
OWN = "https://www.news.test/2020/07/02/story.html"


@pytest.mark.parametrize(
    ("declared", "accepted"),
    [
        (None, OWN),
        ("", OWN),
        (
            "https://news.test/2020/07/02/story-updated.html",
            "https://news.test/2020/07/02/story-updated.html",
        ),
        (
            "/2020/07/02/story-updated.html#top",
            "https://www.news.test/2020/07/02/story-updated.html",
        ),
        ("https://m.news.test/2020/07/02/story.html", "https://m.news.test/2020/07/02/story.html"),
        ("https://www.news.test/amp/2020/07/02/story.html", OWN),
        ("https://www.news.test/", OWN),  # the home page collapses every story
        ("https://www.news.test/index.html", OWN),
        ("https://www.news.test/section/world", OWN),
        ("https://www.news.test/tag/iran", OWN),
        ("https://other.test/2020/07/02/story.html", OWN),  # another site
        ("javascript:alert(1)", OWN),
        ("file:///etc/passwd", OWN),
        ("https://www.news.test/{{canonical}}", OWN),
        ("https://www.news.test:8o8o/2020/07/02/story.html", OWN),
        ("http://[::1", OWN),
        ("https://www.news.test/a\x00b", OWN),
    ],
)
def test_declared_canonicals_are_claims_checked_before_they_are_followed(
    declared: str | None, accepted: str
) -> None:
    assert accepted_canonical(PAGE, declared) == accepted


def test_a_page_may_not_claim_another_known_articles_url() -> None:
    victim = "https://www.news.test/2020/07/01/real-story.html"
    attacker = "https://www.news.test/2020/07/02/fake.html"
    assert accepted_canonical(attacker, victim) == victim  # unknown yet: a plain claim
    assert accepted_canonical(attacker, victim, known_urls={victim}) == attacker
    # two stories that both declare the home page stay two articles
    first, second = (f"https://www.news.test/2020/07/02/{n}.html" for n in ("one", "two"))
    home = "https://www.news.test/"
    assert accepted_canonical(first, home) != accepted_canonical(second, home)
