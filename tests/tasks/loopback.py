"""A scriptable HTTP server on 127.0.0.1 for fetch and discovery tests, and a transport that
lets a "public" test host reach it (so the private-address check runs on every hop)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from tasks.fetch import FetchConfig, Fetcher

Route = Callable[[BaseHTTPRequestHandler], None]
# What the test resolver says public test hosts resolve to (TEST-NET-3 is not global, so a
# real public address is used; LoopbackTransport diverts it to 127.0.0.1 before connecting).
PUBLIC_LOOKING_IP = "93.184.216.34"


def reply(
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
    """Routes by path; counts hits and remembers each request's headers."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return

            def do_GET(self) -> None:
                site.hits[self.path] = site.hits.get(self.path, 0) + 1
                site.requests.append((self.path, dict(self.headers.items())))
                site.routes.get(self.path, reply(404, b"nope"))(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class LoopbackTransport(httpx.AsyncBaseTransport):
    """Connections to PUBLIC_LOOKING_IP go to 127.0.0.1 instead (same port, same Host)."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == PUBLIC_LOOKING_IP:
            request.url = request.url.copy_with(host="127.0.0.1")
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def public_resolver(names: dict[str, str]) -> Callable[[str], list[str]]:
    """A resolver that knows only `names` (host → address)."""

    def resolve(host: str) -> list[str]:
        return [names[host]] if host in names else []

    return resolve


FIXED_NOW = datetime(2020, 7, 2, tzinfo=UTC)


def make_fetcher(transport: httpx.AsyncBaseTransport | None = None, **overrides: object) -> Fetcher:
    """A quick fetcher for tests: short timeouts, one retry, no spacing unless asked. The
    connect timeout is the whole request's: a loopback connect is instant unless the machine is
    starved (two test workers and mypy on two cores), and no test here times a connect; at 1 s
    a starved connect failed a truncated-body test as a timeout."""
    config = FetchConfig(
        allow_private_hosts=True,
        retries=1,
        backoff_base=0.01,
        read_timeout=1.0,
        connect_timeout=3.0,
        total_timeout=3.0,
        min_host_delay=0.0,
    )
    config = FetchConfig(**{**config.__dict__, **overrides})
    return Fetcher(config, lambda: FIXED_NOW, transport)
