"""Fetch pages over HTTP with timeouts, caps and refusal of private targets.

The pure part decides (is this address allowed, what does this status mean, how long to wait);
the I/O part (`Fetcher`, `fetch_pages`) talks to the network and keeps every response in WARC.
The clock is passed in (`now`), so the fetch time is a value the flow owns.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import random
import socket
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
from prefect import task
from prefect.cache_policies import NO_CACHE

from schemas.pages import FetchedPage
from tasks.errors import (
    BodyTooLarge,
    ClientError,
    ConnectionFailed,
    FetchTimeout,
    Gone,
    NewsledgerError,
    ServerError,
    TargetRefused,
    TooManyRedirects,
    TransientError,
    UnsupportedContent,
)
from warehouse.warc import CapturePointer, Exchange, WarcBatchWriter

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
        "application/json",
        "text/plain",
    }
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class FetchConfig:
    """Limits of one fetcher; `from_env` reads the NEWSLEDGER_* settings."""

    user_agent: str = "newsledger/0.1 (+https://github.com/newsledger/newsledger)"
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_redirects: int = 10
    max_body_bytes: int = 10 * 1024 * 1024
    max_wire_bytes: int = 5 * 1024 * 1024
    retries: int = 2
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    concurrency: int = 4
    allow_private_hosts: bool = False

    @classmethod
    def from_env(cls) -> FetchConfig:
        env = os.environ
        timeout = float(env.get("NEWSLEDGER_FETCH_TIMEOUT", cls.read_timeout))
        return cls(
            user_agent=env.get("NEWSLEDGER_USER_AGENT", cls.user_agent),
            read_timeout=timeout,
            connect_timeout=min(cls.connect_timeout, timeout),
            total_timeout=max(timeout * 3, timeout + 1),
            retries=int(env.get("NEWSLEDGER_FETCH_RETRIES", cls.retries)),
            allow_private_hosts=env.get("NEWSLEDGER_ALLOW_PRIVATE_HOSTS") == "1",
        )


# ---- pure decisions -------------------------------------------------------------------------


def is_public_address(address: str) -> bool:
    """True for globally routable addresses; loopback, private, link-local etc. are not."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_scheme(url: str) -> str:
    """The URL's host, or TargetRefused for anything but http(s) with a host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TargetRefused(f"refusing non-http(s) URL {url!r}")
    return parts.hostname


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - now).total_seconds())


def status_error(status: int, url: str, retry_after: float | None) -> NewsledgerError | None:
    """The error a status means, or None for success and not-modified."""
    if status in (404, 410):
        return Gone(f"{url} answered {status}", status)
    if status == 429 or status >= 500:
        return ServerError(f"{url} answered {status}", status, retry_after)
    if 400 <= status < 500:
        return ClientError(f"{url} answered {status}", status)
    return None


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def backoff_delay(attempt: int, config: FetchConfig, retry_after: float | None) -> float:
    """Exponential backoff with full jitter, never shorter than the server's Retry-After."""
    ceiling = min(config.backoff_cap, config.backoff_base * 2**attempt)
    delay = random.uniform(0, ceiling)
    return min(config.backoff_cap, max(delay, retry_after or 0.0))


def capture_id_for(url: str, observed_at: datetime, body: bytes) -> str:
    """Deterministic: the same response captured at the same moment has the same id."""
    digest = hashlib.sha256(body).hexdigest()
    return hashlib.sha256(f"{url}\n{observed_at.isoformat()}\n{digest}".encode()).hexdigest()[:32]


# ---- I/O ------------------------------------------------------------------------------------


@dataclass
class Response:
    url: str
    status: int
    reason: str
    request_headers: list[tuple[str, str]]
    headers: list[tuple[str, str]]
    body: bytes


@dataclass
class FetchOutcome:
    """What happened to one URL: a response (any status) or an error, never both missing."""

    url: str
    observed_at: datetime
    response: Response | None = None
    error: NewsledgerError | None = None
    attempts: int = 0
    redirects: list[str] = field(default_factory=list)


class Fetcher:
    """An httpx client that follows redirects itself, so every hop is checked."""

    def __init__(self, config: FetchConfig, now: Callable[[], datetime]) -> None:
        self.config = config
        self.now = now
        self.client = httpx.Client(
            headers={"User-Agent": config.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(
                config.read_timeout, connect=config.connect_timeout, pool=config.read_timeout
            ),
            follow_redirects=False,
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_target(self, url: str) -> None:
        host = check_scheme(url)
        if self.config.allow_private_hosts:
            return
        try:
            infos = socket.getaddrinfo(host, None)
        except socket.gaierror as exc:
            raise ConnectionFailed(f"cannot resolve {host}: {exc}") from exc
        for info in infos:
            address = str(info[4][0])
            if not is_public_address(address):
                raise TargetRefused(f"{host} resolves to non-public address {address}")

    def _get_once(self, url: str, accept: frozenset[str]) -> Response:
        deadline = time.monotonic() + self.config.total_timeout
        try:
            with self.client.stream("GET", url) as response:
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.config.max_wire_bytes:
                    raise BodyTooLarge(f"{url}: Content-Length {declared} over the cap")
                if response.status_code == 200:
                    kind = media_type(response.headers.get("content-type"))
                    if kind and kind not in accept:
                        raise UnsupportedContent(f"{url}: content type {kind!r} not accepted")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.config.max_body_bytes:
                        raise BodyTooLarge(f"{url}: decoded body over {self.config.max_body_bytes}")
                    if response.num_bytes_downloaded > self.config.max_wire_bytes:
                        raise BodyTooLarge(f"{url}: body over {self.config.max_wire_bytes} bytes")
                    if time.monotonic() > deadline:
                        raise FetchTimeout(f"{url}: over the total deadline")
                    chunks.append(chunk)
                return Response(
                    url=str(response.url),
                    status=response.status_code,
                    reason=response.reason_phrase,
                    request_headers=list(response.request.headers.items()),
                    headers=list(response.headers.multi_items()),
                    body=b"".join(chunks),
                )
        except httpx.TimeoutException as exc:
            raise FetchTimeout(f"{url}: {type(exc).__name__}") from exc
        except httpx.DecodingError as exc:
            raise UnsupportedContent(f"{url}: undecodable body: {exc}") from exc
        except httpx.TransportError as exc:
            raise ConnectionFailed(f"{url}: {type(exc).__name__}: {exc}") from exc

    def _get_following(self, url: str, accept: frozenset[str], outcome: FetchOutcome) -> Response:
        seen = {url}
        current = url
        for _ in range(self.config.max_redirects + 1):
            self._check_target(current)
            response = self._get_once(current, accept)
            if response.status not in REDIRECT_STATUSES:
                return response
            location = dict((k.lower(), v) for k, v in response.headers).get("location")
            if not location:
                return response
            current = urljoin(current, location)
            if current in seen:
                raise TooManyRedirects(f"redirect loop at {current}")
            seen.add(current)
            outcome.redirects.append(current)
        raise TooManyRedirects(f"more than {self.config.max_redirects} redirects from {url}")

    def fetch(self, url: str, accept: frozenset[str] = HTML_TYPES) -> FetchOutcome:
        """GET one URL; transient errors are retried with backoff, permanent ones returned."""
        outcome = FetchOutcome(url=url, observed_at=self.now())
        for attempt in range(self.config.retries + 1):
            outcome.attempts = attempt + 1
            outcome.observed_at = self.now()
            outcome.redirects = []
            try:
                response = self._get_following(url, accept, outcome)
                header = dict((k.lower(), v) for k, v in response.headers).get("retry-after")
                error = status_error(
                    response.status, url, retry_after_seconds(header, outcome.observed_at)
                )
                if error is None or not error.transient:
                    outcome.response, outcome.error = response, error
                    return outcome
                raise error
            except TransientError as exc:
                outcome.error = exc
                if attempt == self.config.retries:
                    return outcome
                time.sleep(backoff_delay(attempt, self.config, getattr(exc, "retry_after", None)))
            except NewsledgerError as exc:
                outcome.error = exc
                return outcome
        return outcome


def fetch_many(fetcher: Fetcher, urls: Sequence[str]) -> list[FetchOutcome]:
    with ThreadPoolExecutor(max_workers=fetcher.config.concurrency) as pool:
        return list(pool.map(fetcher.fetch, urls))


def keep_capture(writer: WarcBatchWriter, outcome: FetchOutcome) -> tuple[str, CapturePointer]:
    """Write one response to WARC; return its capture id and pointer."""
    response = outcome.response
    assert response is not None
    pointer = writer.write(
        Exchange(
            url=response.url,
            method="GET",
            request_headers=response.request_headers,
            status=response.status,
            reason=response.reason,
            response_headers=response.headers,
            body=response.body,
            observed_at=outcome.observed_at,
        )
    )
    return capture_id_for(response.url, outcome.observed_at, response.body), pointer


@dataclass
class FetchBatch:
    """A batch's outcome: pages to derive records from, plus what went wrong or went away."""

    pages: list[FetchedPage]
    captures: list[tuple[FetchedPage, CapturePointer]]
    failures: list[FetchOutcome]
    gone: list[FetchOutcome]


@task(name="fetch pages", cache_policy=NO_CACHE)
def fetch_pages(
    urls: Sequence[str],
    *,
    source_id: str,
    root: Path,
    run_id: str,
    batch: str,
    now: Callable[[], datetime],
    feed_dates: dict[str, datetime] | None = None,
    config: FetchConfig | None = None,
) -> FetchBatch:
    """Fetch a batch of article URLs and keep each 2xx response as a WARC capture."""
    config = config or FetchConfig.from_env()
    with Fetcher(config, now) as fetcher:
        outcomes = fetch_many(fetcher, urls)
    result = FetchBatch([], [], [], [])
    day = now().date().isoformat()
    with WarcBatchWriter(root, run_id, batch, day) as writer:
        for outcome in outcomes:
            if isinstance(outcome.error, Gone):
                result.gone.append(outcome)
            elif outcome.error is not None or outcome.response is None:
                result.failures.append(outcome)
            else:
                capture_id, pointer = keep_capture(writer, outcome)
                response = outcome.response
                page = FetchedPage(
                    url=outcome.url,
                    final_url=response.url,
                    status=response.status,
                    content_type=dict((k.lower(), v) for k, v in response.headers).get(
                        "content-type"
                    ),
                    headers=tuple(response.headers),
                    body=response.body,
                    observed_at=outcome.observed_at,
                    capture_id=capture_id,
                    source_id=source_id,
                    feed_published=(feed_dates or {}).get(outcome.url),
                )
                result.pages.append(page)
                result.captures.append((page, pointer))
    return result
