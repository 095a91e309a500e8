"""When to look at a known article again: age tiers, because edits cluster right after
publication (most land within the first day), and a monthly glance finds the rare late ones.

Age counts from when the pipeline first saw the article (transaction time), not from the date
the page claims: that claim may be missing or wrong, and a backfilled article keeps its archive
capture time as first sight, so old archives are not re-fetched as if they were news.
A listing that says the page changed after our last look (sitemap lastmod, Atom updated)
makes it due whatever its tier.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from schemas.known import KnownArticle
from schemas.pages import FeedItem, FetchRequest
from tasks.urls import canonical_url

# "<max age>:<interval>,…" — the last tier's max age is "*" (any age). Default: every run for
# the first day, daily for a week, weekly for a month, then monthly.
DEFAULT_TIERS = "1d:0,7d:1d,30d:7d,*:30d"
_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhdw]?)$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400, "": 86400}


def parse_duration(text: str) -> timedelta:
    """'0', '36h', '7d', '2w' (a bare number is days)."""
    match = _DURATION.match(text.strip().lower())
    if match is None:
        raise ValueError(f"not a duration: {text!r}")
    return timedelta(seconds=float(match.group(1)) * _UNITS[match.group(2)])


@dataclass(frozen=True)
class Tier:
    max_age: timedelta | None  # None: any age
    interval: timedelta


@dataclass(frozen=True)
class RecheckPolicy:
    """Tiers in order of age; `slack` lets a nightly run that starts a little earlier than
    yesterday's still count as a day later."""

    tiers: tuple[Tier, ...]
    slack: timedelta = timedelta(hours=3)

    @classmethod
    def parse(cls, spec: str, slack: timedelta = timedelta(hours=3)) -> RecheckPolicy:
        tiers = []
        for part in spec.split(","):
            age, _, interval = part.partition(":")
            tiers.append(
                Tier(None if age.strip() == "*" else parse_duration(age), parse_duration(interval))
            )
        if not tiers or tiers[-1].max_age is not None:
            raise ValueError(f"the last re-check tier must be '*:<interval>': {spec!r}")
        return cls(tuple(tiers), slack)

    @classmethod
    def from_env(cls) -> RecheckPolicy:
        return cls.parse(os.environ.get("NEWSLEDGER_RECHECK_TIERS", DEFAULT_TIERS))

    def interval(self, age: timedelta) -> timedelta:
        return next(t.interval for t in self.tiers if t.max_age is None or age < t.max_age)

    def is_due(
        self,
        *,
        first_seen: datetime,
        last_checked: datetime,
        now: datetime,
        listed_modified: datetime | None = None,
    ) -> bool:
        """Whether a known article should be fetched (conditionally) in this run."""
        if listed_modified is not None and listed_modified > last_checked:
            return True
        interval = self.interval(now - first_seen)
        return now - last_checked >= interval - min(self.slack, interval / 4)


@dataclass
class FetchPlan:
    """What one source's run will fetch: new URLs first, then the re-checks that are due."""

    requests: list[FetchRequest]
    new_urls: int
    rechecked: int
    skipped_by_tier: int


def plan_fetches(
    items: Sequence[FeedItem],
    known: Iterable[KnownArticle],
    source_id: str,
    policy: RecheckPolicy,
    now: datetime,
    max_new: int,
) -> FetchPlan:
    """New listed URLs (up to `max_new`; the rest wait for the next run), then every live
    article of the source whose tier says it is due, with its validators for a conditional
    GET. Listed URLs are matched to known articles by canonical URL."""
    mine = {canonical_url(k.url): k for k in known if k.source_id == source_id}
    plan = FetchPlan([], 0, 0, 0)
    hints: dict[str, FeedItem] = {}
    for item in items:
        key = canonical_url(item.url)
        article = mine.get(key)
        if article is None or not article.live:
            if plan.new_urls < max_new and key not in hints:
                plan.requests.append(FetchRequest(key, feed_published=item.published))
                plan.new_urls += 1
            hints[key] = item
        else:
            hints.setdefault(key, item)
    for key, article in mine.items():
        if not article.live:
            continue
        hint = hints.get(key)
        due = policy.is_due(
            first_seen=article.first_seen or now,
            last_checked=article.last_checked or article.first_seen or now,
            now=now,
            listed_modified=hint.modified if hint else None,
        )
        if not due:
            plan.skipped_by_tier += 1
            continue
        plan.requests.append(
            FetchRequest(
                article.url,
                etag=article.etag,
                last_modified=article.last_modified,
                feed_published=hint.published if hint else None,
            )
        )
        plan.rechecked += 1
    return plan
