"""The fetcher against a real HTTP server on 127.0.0.1: statuses, caps, redirects, refusals."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tasks.errors import (
    BodyTooLarge,
    ClientError,
    FetchTimeout,
    Gone,
    ServerError,
    TargetRefused,
    TooManyRedirects,
    UnsupportedContent,
)
from tasks.fetch import FetchConfig, Fetcher, is_public_address, retry_after_seconds

Route = Callable[[BaseHTTPRequestHandler], None]


def _reply(
    status: int,
    body: bytes = b"<p>ok</p>",
    ctype: str = "text/html",
    headers: dict[str, str] | None = None,
) -> Route:
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return handle


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        routes, hits = self.routes, self.hits

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return

            def do_GET(self) -> None:
                hits[self.path] = hits.get(self.path, 0) + 1
                routes.get(self.path, _reply(404, b"nope"))(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()


def fetcher(**overrides: object) -> Fetcher:
    config = FetchConfig(
        allow_private_hosts=True,
        retries=1,
        backoff_base=0.01,
        read_timeout=1.0,
        connect_timeout=1.0,
        total_timeout=3.0,
    )
    config = FetchConfig(**{**config.__dict__, **overrides})
    return Fetcher(config, lambda: datetime(2020, 7, 2, tzinfo=UTC))


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
