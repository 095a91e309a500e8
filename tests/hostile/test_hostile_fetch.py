"""Every hostile case at the level discovery and the fetcher decide it, against the hostile site
on 127.0.0.1, with the production address policy (only 127.0.0.1 itself is let through): each
listed link is a failure with its exact reason, a skip, one of the good articles, or a page."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from schemas.pages import FetchRequest
from tasks.discover import discover
from tasks.feeds import printable_link
from tasks.fetch import FetchConfig, Fetcher, FetchOutcome
from tasks.urls import canonical_url
from tests.hostile.cases import CASES, HOME, LISTING, MERGED, VERSION, Case
from tests.hostile.listings import LISTING_CASES, ListingCase
from tests.hostile.site import HostileSite

NOW = datetime(2020, 7, 20, 2, 30, tzinfo=UTC)
UNFETCHABLE = ("invalid-url", "unsupported-scheme")


def fetcher() -> Fetcher:
    """Production manners and safety, test-sized timeouts, no retries (transient failures are
    recorded after one attempt), and the one private address the site lives at."""
    config = FetchConfig(
        allowed_networks=("127.0.0.1/32",),
        retries=0,
        read_timeout=1.0,
        connect_timeout=1.0,
        total_timeout=2.0,
        min_host_delay=0.0,
    )
    return Fetcher(config, lambda: NOW)


@pytest.fixture(scope="module")
def site() -> Iterator[HostileSite]:
    hostile = HostileSite(NOW)
    yield hostile
    hostile.close()


def found_at_discovery(case: Case) -> bool:
    """Links that are no URL to fetch fail at discovery; every other link is fetched."""
    return case.serve is None and case.fetch in UNFETCHABLE


FETCHED = [c for c in CASES if not found_at_discovery(c) and c.fetch not in (HOME, LISTING, MERGED)]


def test_the_corpus_has_at_least_100_cases() -> None:
    assert len(CASES) + len(LISTING_CASES) >= 100
    assert len({c.name for c in CASES}) == len(CASES)
    assert len({c.name for c in LISTING_CASES}) == len(LISTING_CASES)


def test_discovery_of_the_hostile_feed_and_sitemap(site: HostileSite) -> None:
    main = site.sources()[0]
    with fetcher() as f:
        found = discover(main, f, NOW, {})
    failures = Counter((url, error.reason) for url, _, error in found.failures)
    expected = Counter(
        {
            (printable_link(site.link(case)), case.fetch): 2  # listed by the feed and the sitemap
            for case in CASES
            if found_at_discovery(case)
        }
    )
    assert failures == expected
    skips = Counter(c.fetch for c in CASES if c.fetch in (HOME, LISTING))
    assert found.skipped == {k.removeprefix("skipped:"): v for k, v in skips.items()}
    fetched = {canonical_url(site.link(c)) for c in FETCHED}
    assert {item.url for item in found.items} == {*site.good, *fetched}


def _outcome_reason(outcome: FetchOutcome) -> str:
    if outcome.error is not None:
        return outcome.error.reason
    assert outcome.response is not None and 200 <= outcome.response.status < 300, outcome
    return VERSION


@pytest.mark.parametrize("case", FETCHED, ids=lambda c: c.name)
def test_each_fetched_case_has_its_outcome(site: HostileSite, case: Case) -> None:
    with fetcher() as f:
        outcome = f.fetch(canonical_url(site.link(case)))
    assert _outcome_reason(outcome) == case.fetch, f"{case.name}: {case.what}: {outcome.error}"


def test_the_good_articles_and_their_other_spellings_are_pages(site: HostileSite) -> None:
    spellings = [*site.good, *(site.link(c) for c in CASES if c.fetch == MERGED)]
    assert {canonical_url(s) for s in spellings} == set(site.good)
    with fetcher() as f:
        outcomes = f.fetch_all([FetchRequest(url) for url in site.good])
    assert [_outcome_reason(o) for o in outcomes] == [VERSION] * len(site.good)


@pytest.mark.parametrize("listing", LISTING_CASES, ids=lambda c: c.name)
def test_each_hostile_listing_fails_alone_with_its_reasons(
    site: HostileSite, listing: ListingCase
) -> None:
    where = site.where[listing.name]
    with fetcher() as f:
        found = discover(site.source(listing), f, NOW, {})
        outcomes = {item.url: _outcome_reason(f.fetch(item.url)) for item in found.items}
    assert sorted(e.reason for _, _, e in found.failures) == sorted(listing.failures)
    assert found.skipped == listing.skipped
    pages = {canonical_url(where.page(listing.name, n)): VERSION for n in range(listing.pages)}
    extra = {canonical_url(link.replace("$HOST", where.base)): o for link, o in listing.fetched}
    assert outcomes == {**pages, **extra}
