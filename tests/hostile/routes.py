"""What a hostile path serves: small route builders over BaseHTTPRequestHandler, from polite
answers to raw bytes on the socket. Each route only writes; the case table says what it means."""

from __future__ import annotations

import contextlib
import gzip
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

from tests.tasks.loopback import Route, reply

__all__ = ["Route", "reply"]


def redirect(location: str | None, status: int = 302) -> Route:
    """A redirect; `None` sends none at all (a 3xx without a Location header)."""
    return reply(status, b"", headers={} if location is None else {"Location": location})


def page(body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str) -> Route:
    return reply(200, body, ctype, {k.replace("_", "-"): v for k, v in headers.items()})


def gzipped(body: bytes, *, cut: bool = False, ctype: str = "text/html") -> Route:
    """A gzip-encoded body; `cut` sends only its first half (with a matching Content-Length,
    so only the end-of-stream check can tell)."""
    data = gzip.compress(body)
    return reply(200, data[: len(data) // 2] if cut else data, ctype, {"Content-Encoding": "gzip"})


def raw(data: bytes) -> Route:
    """Bytes straight onto the socket, no HTTP framing of ours, then hang up."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(data)
        h.wfile.flush()
        h.close_connection = True

    return handle


def short_body(promised: int, sent: bytes) -> Route:
    """A Content-Length the body never reaches: the server hangs up early."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(promised))
        h.end_headers()
        h.wfile.write(sent)
        h.wfile.flush()
        h.close_connection = True

    return handle


def claims_length(length: int) -> Route:
    """A Content-Length far over any cap (the body is never sent: refused on the header)."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(length))
        h.end_headers()
        h.close_connection = True

    return handle


def endless(chunk: bytes, total: int) -> Route:
    """`total` bytes without a Content-Length (so only the wire cap can stop it)."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        sent = 0
        try:
            while sent < total:
                h.wfile.write(chunk)
                sent += len(chunk)
        except OSError:  # the client stopped reading at its cap
            pass
        h.close_connection = True

    return handle


def drip(seconds: float, interval: float = 0.2) -> Route:
    """Headers at once, then a byte every `interval`: every read is quick, the whole is not."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        deadline = time.monotonic() + seconds
        try:
            while time.monotonic() < deadline:
                h.wfile.write(b"<")
                h.wfile.flush()
                time.sleep(interval)
        except OSError:
            pass
        h.close_connection = True

    return handle


def silent(seconds: float) -> Route:
    """Nothing at all for `seconds`, then a page: the read timeout fires first."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        with contextlib.suppress(OSError):
            reply(200, b"<p>too late</p>")(h)

    return handle


def huge_header(size: int) -> Route:
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("X-Padding", "x" * size)
        h.send_header("Content-Length", "2")
        h.end_headers()
        with contextlib.suppress(OSError):
            h.wfile.write(b"ok")

    return handle


def chain(prefix: str, length: int, final: Route) -> dict[str, Route]:
    """`prefix`0 → `prefix`1 → … → `prefix`<length>, which serves `final`."""
    routes = {f"{prefix}{i}": redirect(f"{prefix}{i + 1}", 301) for i in range(length)}
    routes[f"{prefix}{length}"] = final
    return routes


RouteMap = dict[str, Route]
Builder = Callable[[str], RouteMap]
