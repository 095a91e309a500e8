"""The fetcher against a real HTTP server on 127.0.0.1: statuses, caps, redirects, refusals,
politeness (robots.txt, per-host limits, Retry-After) and conditional GET."""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from itertools import pairwise
from typing import Any

import pytest

from schemas.errors import (
    BodyTooLarge,
    ClientError,
    FetchTimeout,
    Gone,
    RobotsDisallowed,
    ServerError,
    TargetRefused,
    TooManyRedirects,
    UnsupportedContent,
)
from schemas.pages import FetchRequest
from tasks.extract import decode_html
from tasks.fetch import (
    AsyncFetcher,
    FetchConfig,
    check_target,
    is_public_address,
    pinned_url,
    retry_after_seconds,
)
from tests.tasks.loopback import (
    PUBLIC_LOOKING_IP,
    LoopbackTransport,
    Site,
    make_fetcher,
    public_resolver,
    reply,
)

_reply = reply


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.close()


fetcher = make_fetcher


def test_ok_page_and_user_agent(site: Site) -> None:
    seen: dict[str, str] = {}

    def handle(h: BaseHTTPRequestHandler) -> None:
        seen["ua"] = h.headers["User-Agent"]
        _reply(200, b"<p>hello</p>")(h)

    site.routes["/a"] = handle
    with fetcher() as f:
        outcome = f.fetch(site.base + "/a")
    assert outcome.error is None and outcome.response is not None
    assert outcome.response.body == b"<p>hello</p>"
    assert seen["ua"].startswith("newsledger/")


@pytest.mark.parametrize(("status", "error"), [(404, Gone), (410, Gone), (403, ClientError)])
def test_permanent_statuses_are_not_retried(site: Site, status: int, error: type) -> None:
    site.routes["/x"] = _reply(status)
    with fetcher(retries=3) as f:
        outcome = f.fetch(site.base + "/x")
    assert isinstance(outcome.error, error)
    assert site.hits["/x"] == 1


def test_server_errors_are_retried_then_recorded(site: Site) -> None:
    site.routes["/x"] = _reply(500)
    with fetcher(retries=2) as f:
        outcome = f.fetch(site.base + "/x")
    assert isinstance(outcome.error, ServerError) and outcome.error.transient
    assert site.hits["/x"] == 3


def test_429_waits_for_retry_after(site: Site) -> None:
    calls = []

    def handle(h: BaseHTTPRequestHandler) -> None:
        calls.append(time.monotonic())
        if len(calls) == 1:
            _reply(429, b"slow down", headers={"Retry-After": "1"})(h)
        else:
            _reply(200)(h)

    site.routes["/x"] = handle
    with fetcher(retries=1) as f:
        outcome = f.fetch(site.base + "/x")
    assert outcome.error is None
    assert calls[1] - calls[0] >= 0.95


def test_slow_server_times_out(site: Site) -> None:
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        for _ in range(40):  # trickles a byte every 0.1 s: each read is fast, the whole is not
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(0.1)

    site.routes["/slow"] = handle
    with fetcher(retries=0, total_timeout=1.0) as f:
        outcome = f.fetch(site.base + "/slow")
    assert isinstance(outcome.error, FetchTimeout)


def test_gzip_bomb_is_refused(site: Site) -> None:
    bomb = gzip.compress(b"\0" * 20_000_000)
    site.routes["/bomb"] = _reply(200, bomb, headers={"Content-Encoding": "gzip"})
    with fetcher(max_body_bytes=1_000_000) as f:
        outcome = f.fetch(site.base + "/bomb")
    assert isinstance(outcome.error, BodyTooLarge)


def test_redirect_loop_and_chain_caps(site: Site) -> None:
    site.routes["/a"] = _reply(302, b"", headers={"Location": "/b"})
    site.routes["/b"] = _reply(302, b"", headers={"Location": "/a"})
    for i in range(12):
        site.routes[f"/c{i}"] = _reply(301, b"", headers={"Location": f"/c{i + 1}"})
    with fetcher() as f:
        assert isinstance(f.fetch(site.base + "/a").error, TooManyRedirects)
        assert isinstance(f.fetch(site.base + "/c0").error, TooManyRedirects)
        site.routes["/c3"] = _reply(200)
        ok = f.fetch(site.base + "/c0")
    assert ok.error is None and ok.response is not None
    assert ok.response.url.endswith("/c3") and len(ok.redirects) == 3


def test_private_targets_and_other_schemes_are_refused(site: Site) -> None:
    site.routes["/a"] = _reply(200)
    with fetcher(allow_private_hosts=False) as f:
        assert isinstance(f.fetch(site.base + "/a").error, TargetRefused)
        assert isinstance(f.fetch("file:///etc/passwd").error, TargetRefused)
        assert isinstance(f.fetch("ftp://example.com/x").error, TargetRefused)
    assert "/a" not in site.hits


def test_content_type_allowlist(site: Site) -> None:
    site.routes["/img"] = _reply(200, b"\x89PNG", ctype="image/png")
    with fetcher() as f:
        assert isinstance(f.fetch(site.base + "/img").error, UnsupportedContent)


def test_pure_decisions() -> None:
    assert not is_public_address("127.0.0.1")
    assert not is_public_address("10.1.2.3")
    assert not is_public_address("169.254.169.254")
    assert not is_public_address("::1")
    assert not is_public_address("::ffff:192.168.0.1")
    assert is_public_address("93.184.216.34")
    now = datetime(2020, 7, 2, 12, tzinfo=UTC)
    assert retry_after_seconds("120", now) == 120
    assert retry_after_seconds("Thu, 02 Jul 2020 12:01:00 GMT", now) == 60
    assert retry_after_seconds("soon", now) is None
    assert pinned_url("https://news.test:8443/a?b#c", "93.184.216.34") == (
        "https://93.184.216.34:8443/a?b#c"
    )
    assert pinned_url("http://news.test/a", "2606:2800::1") == "http://[2606:2800::1]/a"


def test_redirect_to_a_private_address_is_refused_at_that_hop(site: Site) -> None:
    """news.test "resolves" to a public address (the connection is diverted to our loopback
    server), so the first hop passes the check; its redirect to 127.0.0.1 must not."""
    site.routes["/start"] = _reply(302, b"", headers={"Location": f"{site.base}/secret"})
    site.routes["/secret"] = _reply(200, b"internal")
    resolver = public_resolver({"news.test": PUBLIC_LOOKING_IP})
    url = f"http://news.test:{site.port}/start"
    with fetcher(LoopbackTransport(), allow_private_hosts=False, resolver=resolver) as f:
        outcome = f.fetch(url)
    assert isinstance(outcome.error, TargetRefused)
    assert "127.0.0.1" in str(outcome.error)
    assert site.hits.get("/start") == 1 and "/secret" not in site.hits
    (_, headers) = next(r for r in site.requests if r[0] == "/start")
    assert headers["Host"] == f"news.test:{site.port}"  # pinned address, original Host


def test_a_host_whose_dns_answer_is_private_is_never_contacted(site: Site) -> None:
    answers = {
        "intranet.test": "10.0.0.7",
        "meta.test": "169.254.169.254",
        "nat64.test": "64:ff9b::a9fe:a9fe",  # AAAA answers that carry a private IPv4 address
        "sixtofour.test": "2002:7f00:1::1",
        "mapped.test": "::ffff:10.0.0.7",
        "teredo.test": "2001:0:4136:e378:8000:63bf:80ff:fffe",
    }
    resolver = public_resolver(answers)
    with fetcher(LoopbackTransport(), allow_private_hosts=False, resolver=resolver) as f:
        for host in answers:
            outcome = f.fetch(f"http://{host}:{site.port}/a")
            assert isinstance(outcome.error, TargetRefused), host
    assert site.hits == {}


def test_a_target_is_checked_before_a_command_runs_as_every_request_checks_it() -> None:
    resolver = public_resolver({"intranet.test": "10.0.0.7", "news.test": PUBLIC_LOOKING_IP})
    strict = FetchConfig(allow_private_hosts=False, resolver=resolver)
    for url in ("http://127.0.0.1:8000/sitemap.xml", "https://intranet.test/sitemap.xml"):
        with pytest.raises(TargetRefused, match="non-public address"):
            check_target(url, strict)
    check_target("https://news.test/sitemap.xml", strict)
    check_target("https://unknown.test/sitemap.xml", strict)  # unresolved: left to the fetch
    check_target("http://127.0.0.1:8000/s.xml", FetchConfig(allow_private_hosts=True))
    allowed = FetchConfig(allow_private_hosts=False, allowed_networks=("127.0.0.0/8",))
    check_target("http://127.0.0.1:8000/s.xml", allowed)


def test_robots_disallow_is_obeyed_and_allow_wins_when_longer(site: Site) -> None:
    site.routes["/robots.txt"] = _reply(
        200,
        b"User-agent: *\nDisallow: /private/\nAllow: /private/press-release.html\n"
        b"Disallow: /*?print=1$\n",
        ctype="text/plain",
    )
    for path in ("/private/x.html", "/private/press-release.html", "/a.html?print=1", "/a.html"):
        site.routes[path] = _reply(200)
    with fetcher() as f:
        refused = f.fetch(site.base + "/private/x.html")
        printed = f.fetch(site.base + "/a.html?print=1")
        allowed = f.fetch(site.base + "/private/press-release.html")
        plain = f.fetch(site.base + "/a.html")
    assert isinstance(refused.error, RobotsDisallowed)
    assert isinstance(printed.error, RobotsDisallowed)
    assert allowed.error is None and plain.error is None
    assert "/private/x.html" not in site.hits and "/a.html?print=1" not in site.hits
    assert site.hits["/robots.txt"] == 1  # once per origin, not per page


def test_robots_crawl_delay_spaces_requests_and_redirect_targets_are_checked(site: Site) -> None:
    site.routes["/robots.txt"] = _reply(
        200, b"User-agent: newsledger\nCrawl-delay: 0.5\nDisallow: /no/\n", ctype="text/plain"
    )
    site.routes["/moved"] = _reply(301, b"", headers={"Location": "/no/target"})
    starts: list[float] = []

    def timed(h: BaseHTTPRequestHandler) -> None:
        starts.append(time.monotonic())
        _reply(200)(h)

    for i in range(3):
        site.routes[f"/p{i}"] = timed
    with fetcher() as f:
        outcomes = f.fetch_all([FetchRequest(f"{site.base}/p{i}") for i in range(3)])
        moved = f.fetch(site.base + "/moved")
    assert all(o.error is None for o in outcomes)
    # The client spaces its sends by 0.5 s; arrival times jitter (the first request also opens
    # the connection), so the server-side bound leaves 0.1 s of slack.
    gaps = [b - a for a, b in pairwise(starts)]
    assert min(gaps) >= 0.4
    assert isinstance(moved.error, RobotsDisallowed) and "/no/target" not in site.hits


def test_robots_unreachable_means_nothing_is_fetched(site: Site) -> None:
    site.routes["/robots.txt"] = _reply(503, b"down")
    site.routes["/a"] = _reply(200)
    with fetcher(retries=0) as f:
        outcome = f.fetch(site.base + "/a")
    assert isinstance(outcome.error, ServerError)
    assert "/a" not in site.hits


def test_per_host_concurrency_is_capped(site: Site) -> None:
    lock = threading.Lock()
    active, peak = [0], [0]

    def slow(h: BaseHTTPRequestHandler) -> None:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.05)
        with lock:
            active[0] -= 1
        _reply(200)(h)

    for i in range(8):
        site.routes[f"/s{i}"] = slow
    with fetcher(per_host_concurrency=2, concurrency=16) as f:
        outcomes = f.fetch_all([FetchRequest(f"{site.base}/s{i}") for i in range(8)])
    assert all(o.error is None for o in outcomes)
    assert peak[0] == 2
    with fetcher(polite=False, concurrency=16) as f:
        f.fetch_all([FetchRequest(f"{site.base}/s{i}") for i in range(8)])
    assert peak[0] > 2  # politeness off (benchmarks): only the global cap applies


def test_retry_after_pauses_the_whole_host(site: Site) -> None:
    calls: list[tuple[str, float]] = []

    def limited(h: BaseHTTPRequestHandler) -> None:
        calls.append((h.path, time.monotonic()))
        if len([c for c in calls if c[0] == "/busy"]) == 1 and h.path == "/busy":
            _reply(503, b"busy", headers={"Retry-After": "1"})(h)
        else:
            _reply(200)(h)

    site.routes["/busy"] = limited
    site.routes["/other"] = limited
    with fetcher(per_host_concurrency=1) as f:
        outcomes = f.fetch_all(
            [FetchRequest(site.base + "/busy"), FetchRequest(site.base + "/other")]
        )
    assert all(o.error is None for o in outcomes)
    first = calls[0][1]
    assert all(t - first >= 0.95 for _, t in calls[1:])


def test_a_retry_after_beyond_the_cap_is_recorded_not_awaited(site: Site) -> None:
    site.routes["/x"] = _reply(429, b"", headers={"Retry-After": "3600"})
    started = time.monotonic()
    with fetcher(retries=3) as f:
        outcome = f.fetch(site.base + "/x")
    assert isinstance(outcome.error, ServerError) and outcome.error.retry_after == 3600
    # not awaited: far below the hour asked for and the 120 s cap (slack for a loaded machine)
    assert time.monotonic() - started < 30 and site.hits["/x"] == 1


def test_conditional_get_sends_validators_and_a_304_is_not_modified(site: Site) -> None:
    def conditional(h: BaseHTTPRequestHandler) -> None:
        if h.headers.get("If-None-Match") == '"v1"':
            h.send_response(304)
            h.send_header("ETag", '"v1"')
            h.end_headers()
        else:
            _reply(200, b"<p>v1</p>", headers={"ETag": '"v1"'})(h)

    site.routes["/a"] = conditional
    with fetcher() as f:
        first = f.fetch(site.base + "/a")
        assert first.response is not None and first.response.header("etag") == '"v1"'
        again = f.fetch(
            site.base + "/a",
            request=FetchRequest(
                site.base + "/a", etag='"v1"', last_modified="Thu, 02 Jul 2020 10:00:00 GMT"
            ),
        )
    assert again.not_modified and again.response is not None and again.response.body == b""
    headers = site.requests[-1][1]
    assert headers["If-Modified-Since"] == "Thu, 02 Jul 2020 10:00:00 GMT"
    assert headers["User-Agent"].startswith("newsledger/") and "+http" in headers["User-Agent"]


def test_compressed_bytes_are_capped_too(site: Site) -> None:
    def chunked(h: BaseHTTPRequestHandler) -> None:  # no Content-Length to refuse up front
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        for _ in range(64):
            h.wfile.write(b"x" * 16384)

    site.routes["/big"] = chunked
    with fetcher(max_wire_bytes=200_000, max_body_bytes=10_000_000) as f:
        outcome = f.fetch(site.base + "/big")
    assert isinstance(outcome.error, BodyTooLarge) and "wire" in str(outcome.error)


def test_deflate_with_and_without_zlib_header_is_decoded(site: Site) -> None:
    text = b"<p>" + b"news " * 1000 + b"</p>"
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    site.routes["/z"] = _reply(200, zlib.compress(text), headers={"Content-Encoding": "deflate"})
    site.routes["/r"] = _reply(
        200, raw.compress(text) + raw.flush(), headers={"Content-Encoding": "deflate"}
    )
    with fetcher() as f:
        for path in ("/z", "/r"):
            outcome = f.fetch(site.base + path)
            assert outcome.response is not None and outcome.response.body == text, path


def test_a_page_with_a_wrong_charset_label_still_reads_right(site: Site) -> None:
    text = "<html><body><p>" + "Министерство обороны США опубликовало доклад. " * 20 + "</p>"
    site.routes["/ru"] = _reply(200, text.encode("cp1251"), ctype="text/html; charset=iso-8859-1")
    site.routes["/de"] = _reply(
        200, "<p>Grüße aus Köln</p>".encode(), ctype="text/html; charset=windows-1252"
    )
    with fetcher() as f:
        ru, de = f.fetch(site.base + "/ru"), f.fetch(site.base + "/de")
    assert ru.response is not None and de.response is not None
    ru_type = dict(ru.response.headers)["content-type"]
    assert "Министерство обороны" in decode_html(ru.response.body, ru_type)
    assert "Grüße aus Köln" in decode_html(
        de.response.body, dict(de.response.headers)["content-type"]
    )


# ---- hostile answers: each one a failure with its reason, never an exception ----------------


@pytest.mark.parametrize(
    ("status", "location", "reason"),
    [
        (302, "javascript:alert(1)", "unsupported-scheme"),
        (302, "file:///etc/passwd", "unsupported-scheme"),
        (301, "http://[::1", "invalid-url"),
        (302, "http://[host/x", "invalid-url"),
        (307, "http://news.test:8o8o/", "invalid-url"),
        (302, "", "invalid-redirect"),
        (301, None, "invalid-redirect"),
        (300, "/elsewhere", "invalid-redirect"),
        (302, "/self", "redirect-loop"),
    ],
)
def test_unusable_redirects_are_failures_with_their_reason(
    site: Site, status: int, location: str | None, reason: str
) -> None:
    site.routes["/self"] = _reply(
        status, b"", headers={} if location is None else {"Location": location}
    )
    with fetcher() as f:
        outcome = f.fetch(site.base + "/self")
    assert outcome.error is not None and outcome.error.reason == reason
    assert site.hits["/self"] == 1  # permanent: not retried


def test_retry_after_dates_without_a_zone_are_utc() -> None:
    now = datetime(2020, 7, 2, 12, tzinfo=UTC)
    assert retry_after_seconds("Thu, 02 Jul 2020 12:01:00 -0000", now) == 60
    assert retry_after_seconds("Thu, 02 Jul 2020 12:01:00", now) == 60
    assert retry_after_seconds("Thu, 01 Jan 2099 00:00:00 -0000", now) > 2e9
    assert retry_after_seconds("Thu, 01 Jan 99999 00:00:00 GMT", now) is None
    assert retry_after_seconds("-5", now) is None


@pytest.mark.parametrize(
    "value", ["1000000000", "Thu, 01 Jan 2099 00:00:00 -0000", "Thu, 01 Jan 2099 00:00:00"]
)
def test_an_absurd_retry_after_defers_the_host_for_the_run(site: Site, value: str) -> None:
    """Recorded (transient: a later night tries again), never awaited, and the host is asked
    nothing more by this fetcher: its other URLs fail at once as host-deferred."""
    site.routes["/busy"] = _reply(503, b"", headers={"Retry-After": value})
    site.routes["/other"] = _reply(200)
    with fetcher(retries=3) as f:
        busy = f.fetch(site.base + "/busy")
        other = f.fetch(site.base + "/other")
    assert isinstance(busy.error, ServerError) and busy.error.transient
    assert busy.error.retry_after is not None and busy.error.retry_after >= 1e9
    assert other.error is not None and other.error.reason == "host-deferred"
    assert other.error.transient
    assert site.hits["/busy"] == 1 and "/other" not in site.hits


def test_truncated_bodies_are_not_stored_as_complete(site: Site) -> None:
    page = b"<html><body>" + b"<p>news</p>" * 2000 + b"</body></html>"
    compressed = gzip.compress(page)

    def short(h: BaseHTTPRequestHandler) -> None:  # promises 10,000 bytes, sends 100, hangs up
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "10000")
        h.end_headers()
        h.wfile.write(page[:100])
        h.wfile.flush()
        h.close_connection = True

    site.routes["/short"] = short
    site.routes["/cut-gzip"] = _reply(
        200, compressed[: len(compressed) // 2], headers={"Content-Encoding": "gzip"}
    )
    site.routes["/whole-gzip"] = _reply(200, compressed, headers={"Content-Encoding": "gzip"})
    with fetcher(retries=0) as f:
        cut, short_body = f.fetch(site.base + "/cut-gzip"), f.fetch(site.base + "/short")
        whole = f.fetch(site.base + "/whole-gzip")
    assert cut.error is not None and cut.error.reason == "truncated-body"
    assert short_body.error is not None and short_body.error.reason == "truncated-body"
    assert whole.response is not None and whole.response.body == page


# Spellings of loopback, private and metadata addresses; none may be contacted.
REFUSED_HOSTS = [
    "127.0.0.1",
    "2130706433",  # 127.0.0.1 in decimal
    "0x7f000001",  # …in hex
    "0177.0.0.1",  # …in octal
    "127.1",  # …short
    "0x7f.0.0.1",
    "10.1",  # 10.0.0.1
    "169.254.169.254",  # cloud metadata
    "2852039166",  # …in decimal
    "0xa9fea9fe",
    "0251.0376.0251.0376",
    "[::1]",
    "[::ffff:127.0.0.1]",  # IPv4-mapped
    "[::ffff:a9fe:a9fe]",
    "[::ffff:0:7f00:1]",  # IPv4-translated
    "[::7f00:1]",  # IPv4-compatible
    "[64:ff9b::7f00:1]",  # NAT64
    "[64:ff9b::a9fe:a9fe]",
    "[64:ff9b:1::a00:1]",  # local-use NAT64
    "[2002:7f00:1::1]",  # 6to4
    "[2002:a9fe:a9fe::1]",
    "[2001:0:4136:e378:8000:63bf:80ff:fffe]",  # Teredo, client 127.0.0.1
    "[fe80::1]",
    "[fc00::1]",
    "0.0.0.0",
    "100.64.0.1",  # shared address space
]


@pytest.mark.parametrize("host", REFUSED_HOSTS)
def test_every_spelling_of_a_private_address_is_refused_before_connecting(
    site: Site, host: str
) -> None:
    asked: list[str] = []

    def resolver(name: str) -> list[str]:
        asked.append(name)
        return [PUBLIC_LOOKING_IP]

    with fetcher(LoopbackTransport(), allow_private_hosts=False, resolver=resolver) as f:
        outcome = f.fetch(f"http://{host}:{site.port}/a")
    assert outcome.error is not None and outcome.error.reason == "target-refused", host
    assert asked == [] and site.hits == {}  # judged as written: no DNS, no connection


def test_embedded_public_addresses_stay_public() -> None:
    for address in ("64:ff9b::808:808", "2002:808:808::1", "::ffff:8.8.8.8", "2606:4700::1111"):
        assert is_public_address(address), address


def test_a_redirect_to_any_spelling_of_a_private_address_is_refused(site: Site) -> None:
    resolver = public_resolver({"news.test": PUBLIC_LOOKING_IP})
    for n, host in enumerate(("2130706433", "[::ffff:169.254.169.254]", "[64:ff9b::a00:1]")):
        site.routes[f"/start{n}"] = _reply(302, b"", headers={"Location": f"http://{host}/x"})
    with fetcher(LoopbackTransport(), allow_private_hosts=False, resolver=resolver) as f:
        for n in range(3):
            outcome = f.fetch(f"http://news.test:{site.port}/start{n}")
            assert outcome.error is not None and outcome.error.reason == "target-refused"


def test_allowed_networks_let_one_local_site_through_and_nothing_else(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    site.routes["/a"] = _reply(200)
    monkeypatch.setenv("NEWSLEDGER_ALLOW_PRIVATE_HOSTS", "127.0.0.1/32, 10.9.0.0/16")
    config = FetchConfig.from_env()
    assert not config.allow_private_hosts
    assert config.allowed_networks == ("127.0.0.1/32", "10.9.0.0/16")
    with fetcher(allow_private_hosts=False, allowed_networks=("127.0.0.1/32",)) as f:
        assert f.fetch(site.base + "/a").error is None
        for host in ("127.0.0.2", "2130706434", "[::1]", "169.254.169.254"):
            refused = f.fetch(f"http://{host}:{site.port}/a")
            assert refused.error is not None and refused.error.reason == "target-refused"
    monkeypatch.setenv("NEWSLEDGER_ALLOW_PRIVATE_HOSTS", "not-a-network")
    with pytest.raises(ValueError):
        FetchConfig.from_env()


def test_huge_binary_or_unreachable_robots_files_do_not_stop_a_site(site: Site) -> None:
    site.routes["/a"] = _reply(200)
    # 6 MiB: past the wire cap; only the first 512 KiB are read, where everything is allowed
    huge = b"User-agent: *\nAllow: /\n" + b"# filler line\n" * 450_000
    site.routes["/robots.txt"] = _reply(200, huge, ctype="text/plain")
    with fetcher() as f:
        assert f.fetch(site.base + "/a").error is None
    site.routes["/robots.txt"] = _reply(200, bytes(range(256)) * 4096, ctype="image/png")
    with fetcher() as f:
        assert f.fetch(site.base + "/a").error is None
    site.routes["/robots.txt"] = _reply(302, b"", headers={"Location": "http://[::1"})
    with fetcher() as f:  # a robots.txt we may not follow is "unavailable": everything allowed
        assert f.fetch(site.base + "/a").error is None


def test_an_unforeseen_exception_fails_one_url_not_the_batch(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    site.routes["/ok"] = _reply(200)
    site.routes["/bug"] = _reply(200, headers={"X-Trigger": "1"})
    real = AsyncFetcher._read

    async def buggy(self: AsyncFetcher, url: str, response: Any, *args: Any) -> Any:
        if response.headers.get("x-trigger"):
            raise KeyError("a bug in reading")
        return await real(self, url, response, *args)

    monkeypatch.setattr(AsyncFetcher, "_read", buggy)
    with fetcher() as f:
        ok, bug = f.fetch_all([FetchRequest(site.base + "/ok"), FetchRequest(site.base + "/bug")])
    assert ok.error is None
    assert bug.error is not None and bug.error.reason == "fetch-error"
    assert str(bug.error) == "KeyError: 'a bug in reading'" and not bug.error.transient
