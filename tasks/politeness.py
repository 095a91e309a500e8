"""Per-host manners for the async fetcher: how many requests at once, and how far apart.

A site sees at most `per_host_concurrency` requests from us at a time, their starts at least
`delay` seconds apart (our minimum, or the site's robots.txt Crawl-delay if longer), and none at
all while a Retry-After it sent is running. A Retry-After longer than a run should wait defers
the host instead: its remaining requests fail at once as `HostDeferred` (transient, so they are
tried again on a later night) and the run never sleeps on it. Deadlines use time.monotonic
(not a wall clock).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

from schemas.errors import HostDeferred
from tasks.robots import RobotsRules


def host_key(url: str) -> str:
    """Politeness is per host and port: two ports of one machine are two sites."""
    parts = urlsplit(url)
    return f"{(parts.hostname or '').lower()}:{parts.port or ''}"


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class HostGate:
    """One host's slots: a semaphore for concurrency, a start time for spacing and pauses."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.delay = delay
        self._slots = asyncio.Semaphore(max(1, concurrency))
        self._spacing = asyncio.Lock()
        self._next_start = 0.0
        self.deferred: str | None = None  # why the host is left alone for the rest of the run

    def pause(self, seconds: float) -> None:
        """Retry-After applies to the whole host: nobody starts before it has passed."""
        self._next_start = max(self._next_start, time.monotonic() + seconds)

    def defer(self, why: str) -> None:
        """The host asked for more time than a run waits: ask it nothing more this run."""
        self.deferred = why

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if self.deferred:
            raise HostDeferred(f"host deferred to a later run: {self.deferred}")
        async with self._slots:
            if self.deferred:  # deferred while this request waited for its slot
                raise HostDeferred(f"host deferred to a later run: {self.deferred}")
            async with self._spacing:
                wait = self._next_start - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._next_start = time.monotonic() + self.delay
            yield


class Politeness:
    """The gates and robots.txt rules of every host one fetcher has talked to."""

    def __init__(
        self,
        per_host_concurrency: int,
        min_delay: float,
        max_crawl_delay: float,
        load_robots: Callable[[str], Awaitable[RobotsRules]],
    ) -> None:
        self._per_host = per_host_concurrency
        self._min_delay = min_delay
        self._max_crawl_delay = max_crawl_delay
        self._load_robots = load_robots
        self._gates: dict[str, HostGate] = {}
        self._robots: dict[str, asyncio.Task[RobotsRules]] = {}

    def gate(self, url: str) -> HostGate:
        key = host_key(url)
        if key not in self._gates:
            self._gates[key] = HostGate(self._per_host, self._min_delay)
        return self._gates[key]

    async def robots(self, url: str) -> RobotsRules:
        """The origin's rules, fetched once per fetcher (concurrent callers share the fetch)."""
        origin = origin_of(url)
        if origin not in self._robots:
            self._robots[origin] = asyncio.ensure_future(self._load_robots(origin))
        rules = await asyncio.shield(self._robots[origin])
        if rules.crawl_delay is not None:
            gate = self.gate(url)
            gate.delay = max(self._min_delay, min(rules.crawl_delay, self._max_crawl_delay))
        return rules
