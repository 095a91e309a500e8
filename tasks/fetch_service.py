"""One fetcher for a whole run, shared by every source and every thread of it.

Why: a night of a few hundred sources must cost about its slowest host, not the sum of every
host's politeness delays. So all sources are discovered and fetched at once through one
`AsyncFetcher` — one global connection limit, one set of per-host gates (robots.txt, delay,
Retry-After), one robots.txt fetch per host per run — running on an event loop of its own (a
background thread). Discovery threads call its blocking face; the nightly flow streams page
outcomes from it in completion order and derives them as they arrive, so a slow or failing
host never holds up the others.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable, Coroutine, Iterator, Sequence
from datetime import datetime
from types import TracebackType
from typing import Any, Protocol, TypeVar

from schemas.errors import FetchError, Gone
from schemas.pages import Arrival, FetchedPage, FetchFailed, FetchRequest, GonePage, NotModified
from tasks.fetch import HTML_TYPES, AsyncFetcher, FetchConfig, FetchOutcome, capture_id_for
from tasks.robots import RobotsRules

T = TypeVar("T")


class BlockingFetcher(Protocol):
    """What listing readers need of a fetcher: one URL at a time, and a host's robots.txt
    (a `Fetcher` for one thread, or the run's shared `FetchService`)."""

    def fetch(
        self, url: str, accept: frozenset[str] = ..., request: FetchRequest | None = None
    ) -> FetchOutcome: ...

    def robots(self, url: str) -> RobotsRules: ...


def arrival(outcome: FetchOutcome, request: FetchRequest, source_id: str) -> Arrival:
    """What the store makes of one fetch: a page, a 304, a 404/410, or a failure."""
    response = outcome.response
    if isinstance(outcome.error, Gone):
        return GonePage(outcome.url, outcome.error.status, outcome.observed_at, source_id)
    if outcome.error is not None or response is None:
        error = outcome.error
        assert error is not None, "an outcome has a response or an error"
        return FetchFailed(outcome.url, outcome.observed_at, source_id, error)
    headers = tuple(response.headers)
    request_headers = tuple(response.request_headers)
    if outcome.not_modified:
        return NotModified(
            outcome.url, response.url, outcome.observed_at, source_id, headers, request_headers
        )
    return FetchedPage(
        url=outcome.url,
        final_url=response.url,
        status=response.status,
        content_type=response.header("content-type"),
        headers=headers,
        body=response.body,
        observed_at=outcome.observed_at,
        capture_id=capture_id_for(response.url, outcome.observed_at, response.body),
        source_id=source_id,
        feed_published=request.feed_published,
        request_headers=request_headers,
    )


class FetchService:
    """An `AsyncFetcher` on its own event-loop thread, with a thread-safe blocking face."""

    def __init__(self, config: FetchConfig, now: Callable[[], datetime]) -> None:
        self.config = config
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fetch", daemon=True)
        self._thread.start()
        self._fetcher: AsyncFetcher = self._call(self._make(config, now))

    @staticmethod
    async def _make(config: FetchConfig, now: Callable[[], datetime]) -> AsyncFetcher:
        return AsyncFetcher(config, now)  # built on the loop that will run its client

    def _call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def fetch(
        self,
        url: str,
        accept: frozenset[str] = HTML_TYPES,
        request: FetchRequest | None = None,
    ) -> FetchOutcome:
        return self._call(self._fetcher.fetch(url, accept, request))

    def fetch_all(
        self, requests: Sequence[FetchRequest], accept: frozenset[str] = HTML_TYPES
    ) -> list[FetchOutcome]:
        return self._call(self._fetcher.fetch_all(requests, accept))

    def robots(self, url: str) -> RobotsRules:
        return self._call(self._fetcher.robots(url))

    def stream(
        self, jobs: Sequence[tuple[FetchRequest, str]], tick: float | None = None
    ) -> Iterator[tuple[FetchRequest, str, FetchOutcome] | None]:
        """Fetch every (request, source_id) at once; yield each outcome as it completes, and
        `None` whenever `tick` seconds pass without one (so a consumer can act on a lull).

        The global limit and per-host gates decide what runs when; the caller consumes at its
        own pace. Closing the iterator early cancels what is still being fetched.
        """
        done: queue.Queue[tuple[FetchRequest, str, FetchOutcome]] = queue.Queue()

        async def one(request: FetchRequest, source_id: str) -> None:
            try:
                outcome = await self._fetcher.fetch(request.url, HTML_TYPES, request)
            except Exception as exc:  # the boundary: one URL never stops the others
                error = FetchError.wrapping(exc)
                outcome = FetchOutcome(request.url, self._fetcher.now(), error=error)
            done.put((request, source_id, outcome))

        async def every() -> None:
            await asyncio.gather(*(one(request, source_id) for request, source_id in jobs))

        finished = asyncio.run_coroutine_threadsafe(every(), self._loop)
        try:
            remaining = len(jobs)
            while remaining:
                try:
                    item = done.get(timeout=tick)
                except queue.Empty:
                    yield None
                    continue
                remaining -= 1
                yield item
            finished.result()
        finally:
            finished.cancel()  # the consumer stopped early: stop fetching for it

    def close(self) -> None:
        try:
            self._call(self._fetcher.aclose())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
            self._loop.close()

    def __enter__(self) -> FetchService:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
