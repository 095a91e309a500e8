"""Fetch pages over HTTP politely and safely; keep every response that yields a record in WARC.

The pure part decides (is this address allowed, what does this status mean, how long to wait);
the I/O part is one async core (`AsyncFetcher`, httpx.AsyncClient) so hundreds of requests are
in flight without hundreds of threads, with a blocking face (`Fetcher`) for callers that fetch
one URL at a time. Every hop of a redirect chain is checked again: scheme, DNS answer (private,
loopback and link-local addresses are refused, and the connection goes to the very address that
was checked, so a second DNS answer cannot sneak in), robots.txt, per-host manners. The clock
is passed in (`now`), so the fetch time is a value the flow owns.
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import os
import random
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit, urlunsplit

import httpx

from schemas.errors import (
    BodyTooLarge,
    ClientError,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    Gone,
    HostDeferred,
    InvalidRedirect,
    InvalidUrl,
    NewsledgerError,
    PermanentError,
    RedirectLoop,
    RobotsDisallowed,
    ServerError,
    TargetRefused,
    TooManyRedirects,
    TransientError,
    TruncatedBody,
    UnsupportedContent,
)
from schemas.pages import FetchRequest
from tasks.bodies import BoundedDecoder
from tasks.host_pools import PerHostTransport
from tasks.politeness import Politeness
from tasks.robots import MAX_ROBOTS_BYTES, RobotsRules, parse_robots
from tasks.urls import IPAddress, fetchable_url, literal_address

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
        "application/json",
        "text/plain",
        # sitemap.xml.gz is served under any of these
        "application/gzip",
        "application/x-gzip",
        "application/octet-stream",
    }
)
ANY_TYPE: frozenset[str] = frozenset()  # robots.txt: whatever the server calls it
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
NOT_MODIFIED = 304


def resolve_host(host: str) -> list[str]:
    """Every address the system resolver gives for `host` (the default FetchConfig.resolver)."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ConnectionFailed(f"cannot resolve {host}: {exc}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass(frozen=True)
class FetchConfig:
    """Limits and manners of one fetcher; `from_env` reads the NEWSLEDGER_* settings.

    `polite` off (benchmarks only) drops robots.txt and the per-host limits; the safety checks
    stay. `resolver` maps a host name to its addresses for the private-address check: tests
    inject one to make a loopback server look public and so reach the per-hop check.
    `allow_private_hosts` turns the address check off altogether; `allowed_networks` instead
    lets through only the private networks named (a local site at 127.0.0.1, say) and still
    refuses every other private, loopback, link-local and metadata address.
    """

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
    # A longer Retry-After is not awaited: the URL is a transient failure (tried again on a
    # later night) and the host is left alone for the rest of this fetcher's run.
    max_retry_after: float = 120.0
    concurrency: int = 32
    polite: bool = True
    per_host_concurrency: int = 2
    min_host_delay: float = 0.25
    max_crawl_delay: float = 30.0
    allow_private_hosts: bool = False
    allowed_networks: tuple[str, ...] = ()
    resolver: Callable[[str], list[str]] = field(default=resolve_host, compare=False)

    @classmethod
    def from_env(cls) -> FetchConfig:
        env = os.environ
        timeout = float(env.get("NEWSLEDGER_FETCH_TIMEOUT", cls.read_timeout))
        private = env.get("NEWSLEDGER_ALLOW_PRIVATE_HOSTS", "").strip()
        return cls(
            user_agent=env.get("NEWSLEDGER_USER_AGENT", cls.user_agent),
            read_timeout=timeout,
            connect_timeout=min(cls.connect_timeout, timeout),
            total_timeout=max(timeout * 3, timeout + 1),
            retries=int(env.get("NEWSLEDGER_FETCH_RETRIES", cls.retries)),
            concurrency=int(env.get("NEWSLEDGER_FETCH_CONCURRENCY", cls.concurrency)),
            per_host_concurrency=int(
                env.get("NEWSLEDGER_HOST_CONCURRENCY", cls.per_host_concurrency)
            ),
            min_host_delay=float(env.get("NEWSLEDGER_HOST_DELAY", cls.min_host_delay)),
            allow_private_hosts=private == "1",
            allowed_networks=parse_networks(private) if private not in ("", "0", "1") else (),
        )


def refuse_private(host: str, addresses: list[str], allowed_networks: tuple[str, ...]) -> None:
    """TargetRefused when any address `host` is or resolves to is not public (nor allowed)."""
    for address in addresses:
        if not address_allowed(address, allowed_networks):
            raise TargetRefused(f"{host} is or resolves to non-public address {address}")


def check_target(url: str, config: FetchConfig) -> None:
    """The address check every request makes, made once before a command starts its flow: a
    sitemap on a refused host then fails in a second, not after Prefect has started. A host
    that does not resolve is left to the fetch, which tells a transient failure apart."""
    if config.allow_private_hosts:
        return
    host = urlsplit(url).hostname or ""
    literal = literal_address(host)
    try:
        addresses = [str(literal)] if literal is not None else config.resolver(host)
    except ConnectionFailed:
        return
    refuse_private(host, addresses, config.allowed_networks)


def parse_networks(text: str) -> tuple[str, ...]:
    """`127.0.0.1,10.0.0.0/8` → the networks, checked now (a typo fails at start, not later)."""
    networks = tuple(part.strip() for part in text.split(",") if part.strip())
    for network in networks:
        ipaddress.ip_network(network, strict=False)
    return networks


# ---- pure decisions -------------------------------------------------------------------------

# IPv6 prefixes that carry an IPv4 address in their last 32 bits: the IPv4 address is where the
# packets end up (NAT64 well-known prefix, IPv4-translated), so it is the one to judge.
NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")
IPV4_TRANSLATED = ipaddress.IPv6Network("::ffff:0:0:0/96")
IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")  # deprecated, still routed by some stacks
# RFC 8215 local-use NAT64: translates into the operator's own (private) IPv4 space.
NAT64_LOCAL_USE = ipaddress.IPv6Network("64:ff9b:1::/48")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for: mapped, translated, compatible, NAT64,
    6to4 or a Teredo client; None for a plain IPv6 address."""
    low32 = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in NAT64_WELL_KNOWN or ip in IPV4_TRANSLATED:
        return low32
    if ip in IPV4_COMPATIBLE and int(ip) > 1:  # not :: and ::1
        return low32
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    return None


def is_public_address(address: str) -> bool:
    """True for globally routable unicast addresses. Loopback, private, link-local (the cloud
    metadata service at 169.254.169.254), shared and reserved ranges are not, in any IPv6
    spelling that carries them (IPv4-mapped/-compatible/-translated, NAT64, 6to4, Teredo)."""
    ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in NAT64_LOCAL_USE:
            return False
        inner = embedded_ipv4(ip)
        if inner is not None:
            ip = inner
    return ip.is_global and not ip.is_multicast


def address_allowed(address: str, networks: Sequence[str]) -> bool:
    """Public, or inside one of the private networks the configuration lets through."""
    if is_public_address(address):
        return True
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return any(ip in ipaddress.ip_network(n, strict=False) for n in networks)


def pinned_url(url: str, address: str) -> str:
    """`url` with its host replaced by `address`: connect where the check said, not elsewhere."""
    parts = urlsplit(url)
    host = f"[{address}]" if ":" in address else address
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit(parts._replace(netloc=netloc))


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date).

    A date without a usable zone (`-0000`, none at all) is read as UTC, as RFC 9110 dates are;
    what cannot be read at all is no instruction (None)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, (when - now).total_seconds())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def status_error(status: int, url: str, retry_after: float | None) -> NewsledgerError | None:
    """The error a status means, or None for success and not-modified."""
    if 300 <= status < 400 and status != NOT_MODIFIED:
        return InvalidRedirect(f"{url} answered {status}, a redirect we do not follow")
    if status in (404, 410):
        return Gone(f"{url} answered {status}", status)
    if status == 429 or status >= 500:
        return ServerError(f"{url} answered {status}", status, retry_after)
    if 400 <= status < 500:
        return ClientError(f"{url} answered {status}", status)
    return None


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def header_value(headers: Sequence[tuple[str, str]], name: str) -> str | None:
    lowered = name.lower()
    return next((v for k, v in headers if k.lower() == lowered), None)


def backoff_delay(attempt: int, config: FetchConfig, retry_after: float | None) -> float:
    """Exponential backoff with full jitter, never shorter than the server's Retry-After."""
    ceiling = min(config.backoff_cap, config.backoff_base * 2**attempt)
    delay = random.uniform(0, ceiling)
    return min(config.max_retry_after, max(delay, retry_after or 0.0))


def conditional_headers(request: FetchRequest) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from what the last response of this URL said."""
    headers = {}
    if request.etag:
        headers["If-None-Match"] = request.etag
    if request.last_modified:
        headers["If-Modified-Since"] = request.last_modified
    return headers


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

    def header(self, name: str) -> str | None:
        return header_value(self.headers, name)


@dataclass
class FetchOutcome:
    """What happened to one URL: a response (any status) or an error, never both missing."""

    url: str
    observed_at: datetime
    response: Response | None = None
    error: NewsledgerError | None = None
    attempts: int = 0
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return (
            self.error is None
            and self.response is not None
            and self.response.status == NOT_MODIFIED
        )


class AsyncFetcher:
    """An httpx.AsyncClient that follows redirects itself, so every hop is checked."""

    def __init__(
        self,
        config: FetchConfig,
        now: Callable[[], datetime],
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.config = config
        self.now = now
        # Requests go straight to the transport: we follow redirects ourselves, and httpx's
        # client would parse every Location itself first (raising on `javascript:` or a bad
        # port before we could judge it). The client builds requests and owns the transport.
        self._transport = transport or PerHostTransport(
            config.per_host_concurrency if config.polite else config.concurrency
        )
        self.client = httpx.AsyncClient(
            headers={"User-Agent": config.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(
                config.read_timeout, connect=config.connect_timeout, pool=config.total_timeout
            ),
            follow_redirects=False,
            transport=self._transport,
        )
        self._in_flight = asyncio.Semaphore(config.concurrency)
        self._addresses: dict[str, list[str]] = {}
        self.politeness = Politeness(
            config.per_host_concurrency,
            config.min_host_delay,
            config.max_crawl_delay,
            self._load_robots,
        )

    async def aclose(self) -> None:
        await self.client.aclose()

    async def _checked_address(self, host: str) -> str:
        """The address to connect to: the host's own if it is an address (in any spelling),
        else its DNS answer, after checking every address it names."""
        literal = literal_address(host)
        if literal is not None:
            addresses = [str(literal)]
        else:
            if host not in self._addresses:
                self._addresses[host] = await asyncio.to_thread(self.config.resolver, host)
            addresses = self._addresses[host]
        if not addresses:
            raise ConnectionFailed(f"{host} has no addresses")
        refuse_private(host, addresses, self.config.allowed_networks)
        return addresses[0]

    async def _get_once(
        self, url: str, accept: frozenset[str], extra: dict[str, str], limit: int | None
    ) -> Response:
        parts = urlsplit(fetchable_url(url))
        host = parts.hostname or ""
        headers, extensions, target = dict(extra), {}, url
        if not self.config.allow_private_hosts:
            target = pinned_url(url, await self._checked_address(host))
            headers["Host"] = parts.netloc.rsplit("@", 1)[-1]
            if parts.scheme.lower() == "https":
                extensions["sni_hostname"] = host
        try:
            request = self.client.build_request(
                "GET", target, headers=headers, extensions=extensions
            )
        except (httpx.InvalidURL, ValueError, UnicodeError) as exc:
            raise InvalidUrl(f"{url[:200]!r}: {exc}") from exc
        try:
            async with asyncio.timeout(self.config.total_timeout):
                response = await self._transport.handle_async_request(request)
                response.request = request
                try:
                    return await self._read(url, response, accept, limit)
                finally:
                    await response.aclose()
        except TimeoutError as exc:
            raise FetchTimeout(f"{url}: over the total deadline") from exc
        except httpx.TimeoutException as exc:
            raise FetchTimeout(f"{url}: {type(exc).__name__}") from exc
        except httpx.TransportError as exc:
            raise ConnectionFailed(f"{url}: {type(exc).__name__}: {exc}") from exc

    async def _read(
        self, url: str, response: httpx.Response, accept: frozenset[str], limit: int | None
    ) -> Response:
        """The body, decoded under the caps; with `limit`, only its first `limit` bytes (the
        rest is not even read) instead of refusing what is longer."""
        cap = self.config.max_wire_bytes
        declared = response.headers.get("content-length", "").strip()
        if limit is None and declared.isdigit() and int(declared) > cap:
            raise BodyTooLarge(f"{url}: Content-Length {declared} over the cap")
        kind = media_type(response.headers.get("content-type"))
        if 200 <= response.status_code < 300 and accept and kind and kind not in accept:
            raise UnsupportedContent(f"{url}: content type {kind!r} not accepted")
        decoder = BoundedDecoder(
            response.headers.get("content-encoding", ""),
            self.config.max_body_bytes if limit is None else limit,
            url,
            truncate=limit is not None,
        )
        chunks, wire = [], 0
        try:
            async for chunk in response.aiter_raw():
                wire += len(chunk)
                if wire > cap:
                    if limit is not None:
                        break
                    raise BodyTooLarge(f"{url}: body over {cap} bytes on the wire")
                chunks.append(decoder.feed(chunk))
                if decoder.full:
                    break
        except httpx.RemoteProtocolError as exc:  # the peer closed before the body was whole
            raise TruncatedBody(f"{url}: {exc}") from exc
        if not decoder.full and wire <= cap:
            if declared.isdigit() and wire < int(declared):
                raise TruncatedBody(f"{url}: {wire} of {declared} bytes (Content-Length)")
            decoder.finish()
        return Response(
            url=url,
            status=response.status_code,
            reason=response.reason_phrase,
            request_headers=list(response.request.headers.items()),
            headers=list(response.headers.multi_items()),
            body=b"".join(chunks),
        )

    async def _hop(
        self,
        url: str,
        accept: frozenset[str],
        extra: dict[str, str],
        robots: bool,
        limit: int | None,
    ) -> Response:
        """One request, within the host's manners (or none when politeness is off)."""
        if not self.config.polite:
            async with self._in_flight:
                return await self._get_once(url, accept, extra, limit)
        if robots:
            rules = await self.politeness.robots(url)
            # protego matches in linear time, but a 500 KiB robots.txt is many rules: off the
            # event loop, so one host's rules never stall every other request.
            if rules.parser is not None and not await asyncio.to_thread(rules.allows, url):
                raise RobotsDisallowed(f"{url}: disallowed by robots.txt")
        async with self.politeness.gate(url).slot(), self._in_flight:
            return await self._get_once(url, accept, extra, limit)

    async def _get_following(
        self,
        url: str,
        accept: frozenset[str],
        extra: dict[str, str],
        outcome: FetchOutcome,
        robots: bool = True,
        limit: int | None = None,
    ) -> Response:
        """GET `url`, following redirects ourselves: each Location must be a fetchable URL,
        and each hop passes the same checks as the first (scheme, address, robots.txt)."""
        seen = {url}
        current = url
        for _ in range(self.config.max_redirects + 1):
            response = await self._hop(current, accept, extra, robots, limit)
            if response.status not in REDIRECT_STATUSES:
                return response
            location = (response.header("location") or "").strip()
            if not location:
                raise InvalidRedirect(f"{current} answered {response.status} with no Location")
            current = fetchable_url(location, current)
            if current in seen:
                raise RedirectLoop(f"redirect loop at {current}")
            seen.add(current)
            outcome.redirects.append(current)
            extra = {}  # validators belong to the URL asked for, not to where it moved
        raise TooManyRedirects(f"more than {self.config.max_redirects} redirects from {url}")

    async def _load_robots(self, origin: str) -> RobotsRules:
        """robots.txt per RFC 9309: a 5xx or no answer means nothing may be fetched; a 4xx, or
        a robots.txt we may not follow (a redirect loop, a private target), means everything
        may. Only its first MAX_ROBOTS_BYTES are read; parsing runs off the event loop."""
        url = f"{origin}/robots.txt"
        outcome = FetchOutcome(url=url, observed_at=self.now())
        try:
            response = await self._get_following(
                url, ANY_TYPE, {}, outcome, robots=False, limit=MAX_ROBOTS_BYTES
            )
        except PermanentError:
            return RobotsRules()
        error = status_error(response.status, url, None)
        if isinstance(error, TransientError):
            raise error
        if error is not None or response.status != 200:
            return RobotsRules()
        text = response.body.decode("utf-8", errors="replace")
        return await asyncio.to_thread(parse_robots, text, self.config.user_agent, url)

    async def robots(self, url: str) -> RobotsRules:
        """The robots.txt rules that govern `url` (its Sitemap lines feed discovery)."""
        return await self.politeness.robots(url)

    async def fetch(
        self,
        url: str,
        accept: frozenset[str] = HTML_TYPES,
        request: FetchRequest | None = None,
    ) -> FetchOutcome:
        """GET one URL; transient errors are retried with backoff, permanent ones returned.

        Never raises: whatever goes wrong is the outcome's `error` (an exception nobody foresaw
        becomes FetchError with its class and message), so one URL never ends a batch."""
        outcome = FetchOutcome(url=url, observed_at=self.now())
        try:
            await self._fetch_into(outcome, accept, request)
        except Exception as exc:  # the per-URL boundary: a bug fails this URL, not the run
            outcome.response, outcome.error = None, FetchError.wrapping(exc)
        return outcome

    async def _fetch_into(
        self, outcome: FetchOutcome, accept: frozenset[str], request: FetchRequest | None
    ) -> None:
        url = outcome.url
        extra = conditional_headers(request) if request else {}
        for attempt in range(self.config.retries + 1):
            outcome.attempts = attempt + 1
            outcome.observed_at = self.now()
            outcome.redirects = []
            try:
                response = await self._get_following(url, accept, extra, outcome)
                retry_after = retry_after_seconds(
                    response.header("retry-after"), outcome.observed_at
                )
                error = status_error(response.status, url, retry_after)
                if error is None or not error.transient:
                    outcome.response, outcome.error = response, error
                    return
                if retry_after is not None and self.config.polite:
                    gate = self.politeness.gate(response.url)
                    if retry_after > self.config.max_retry_after:
                        gate.defer(f"{response.url} asked for Retry-After {retry_after:.0f} s")
                    else:
                        gate.pause(retry_after)
                raise error
            except HostDeferred as exc:
                outcome.error = exc
                return
            except TransientError as exc:
                outcome.error = exc
                wait = getattr(exc, "retry_after", None)
                if attempt == self.config.retries or (wait or 0) > self.config.max_retry_after:
                    return
                await asyncio.sleep(backoff_delay(attempt, self.config, wait))
            except NewsledgerError as exc:
                outcome.error = exc
                return

    async def fetch_all(
        self, requests: Sequence[FetchRequest], accept: frozenset[str] = HTML_TYPES
    ) -> list[FetchOutcome]:
        """Fetch many URLs at once (bounded by the config), outcomes in request order."""
        return list(await asyncio.gather(*(self.fetch(r.url, accept, r) for r in requests)))


class Fetcher:
    """The blocking face of AsyncFetcher: one event loop of its own, reused by every call.

    Not thread-safe: use one Fetcher per thread (fetch_all gives concurrency without threads).
    """

    def __init__(
        self,
        config: FetchConfig,
        now: Callable[[], datetime],
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.config = config
        self._runner = asyncio.Runner()
        self._async = AsyncFetcher(config, now, transport)

    def fetch(
        self,
        url: str,
        accept: frozenset[str] = HTML_TYPES,
        request: FetchRequest | None = None,
    ) -> FetchOutcome:
        return self._runner.run(self._async.fetch(url, accept, request))

    def fetch_all(
        self, requests: Sequence[FetchRequest], accept: frozenset[str] = HTML_TYPES
    ) -> list[FetchOutcome]:
        return self._runner.run(self._async.fetch_all(requests, accept))

    def robots(self, url: str) -> RobotsRules:
        return self._runner.run(self._async.robots(url))

    def close(self) -> None:
        try:
            self._runner.run(self._async.aclose())
        finally:
            self._runner.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
