"""The bundled demo news site, served on 127.0.0.1 for the demo and the end-to-end tests.

Pages come from seeds/demo_site (site.json names each article's file in state 1 and state 2).
The site moves to its second state on `POST /_demo/state/2` (one article edited, one new, one
deleted → 410). With `faults` on, the feed also lists a malformed page, a 500 and a page that
answers slower than any sane timeout, so tests can watch failures being recorded.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from datetime import datetime
from email.utils import format_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

SITE_DIR = Path(__file__).resolve().parents[1] / "seeds" / "demo_site"
FAULT_PATHS = {
    "/faults/malformed.html": "malformed",
    "/faults/server-error.html": "error",
    "/faults/slow.html": "slow",
}
SLOW_SECONDS = 30.0


class DemoSite:
    """The site's content and its current state; thread-safe to switch."""

    def __init__(self, site_dir: Path = SITE_DIR, faults: bool = False) -> None:
        self.manifest: dict[str, Any] = json.loads((site_dir / "site.json").read_text())
        self.site_dir = site_dir
        self.faults = faults
        self.state = 1
        self._lock = threading.Lock()
        self.stop_slow = threading.Event()

    def set_state(self, state: int) -> None:
        with self._lock:
            self.state = state

    def articles(self) -> list[dict[str, Any]]:
        """Articles live in the current state, newest first."""
        key = f"state{self.state}"
        live = [a for a in self.manifest["articles"] if a.get(key)]
        return sorted(live, key=lambda a: datetime.fromisoformat(a["published"]), reverse=True)

    def page_file(self, path: str) -> tuple[int, Path | None]:
        for article in self.manifest["articles"]:
            if article["path"] == path:
                file = article.get(f"state{self.state}")
                if file:
                    return 200, self.site_dir / file
                return (410, None) if article.get("state1") else (404, None)
        return 404, None

    def feed(self, base: str) -> bytes:
        items = []
        for article in self.articles():
            published = format_datetime(datetime.fromisoformat(article["published"]))
            items.append(
                f"<item><title>{escape(article['title'])}</title>"
                f"<link>{base}{article['path']}</link><guid>{base}{article['path']}</guid>"
                f"<pubDate>{published}</pubDate>"
                f"<description>{escape(article.get('summary', ''))}</description></item>"
            )
        if self.faults:
            items += [
                f"<item><title>{kind}</title><link>{base}{path}</link></item>"
                for path, kind in FAULT_PATHS.items()
            ]
        name = escape(self.manifest["site_name"])
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{name}</title><link>{base}/</link><description>{name}</description>"
            + "".join(items)
            + "</channel></rss>\n"
        ).encode()

    def sitemap(self, base: str) -> bytes:
        urls = "".join(
            f"<url><loc>{base}{a['path']}</loc><lastmod>{a['published']}</lastmod></url>"
            for a in self.articles()
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
        ).encode()

    def index(self) -> bytes:
        links = "".join(
            f'<li><a href="{a["path"]}">{escape(a["title"])}</a></li>' for a in self.articles()
        )
        name = escape(self.manifest["site_name"])
        return (
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{name}</title>'
            f"</head><body><h1>{name}</h1><ul>{links}</ul></body></html>"
        ).encode()


def _handler(site: DemoSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "DemoLedger/1.0"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            """Send a response; a 200 carries an ETag and honours If-None-Match (→ 304),
            as a well-behaved news site does, so re-checks can be conditional."""
            etag = f'"{hashlib.sha256(body).hexdigest()[:20]}"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if status == 200:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            if self.path.startswith("/_demo/state/"):
                site.set_state(int(self.path.rsplit("/", 1)[1]))
                self._send(200, f"state {site.state}\n".encode(), "text/plain")
            else:
                self._send(404, b"not found\n", "text/plain")

        def do_GET(self) -> None:
            base = f"http://{self.headers.get('Host', 'localhost')}"
            path = self.path.split("?", 1)[0]
            if path == "/feed.xml":
                self._send(200, site.feed(base), "application/rss+xml; charset=utf-8")
            elif path == "/sitemap.xml":
                self._send(200, site.sitemap(base), "application/xml; charset=utf-8")
            elif path == "/robots.txt":
                body = f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n".encode()
                self._send(200, body, "text/plain")
            elif path == "/":
                self._send(200, site.index(), "text/html; charset=utf-8")
            elif site.faults and path in FAULT_PATHS:
                self._fault(FAULT_PATHS[path])
            else:
                status, file = site.page_file(path)
                if file is None:
                    self._send(status, HTTPStatus(status).phrase.encode(), "text/plain")
                else:
                    self._send(200, file.read_bytes(), "text/html; charset=utf-8")

        def _fault(self, kind: str) -> None:
            if kind == "error":
                self._send(500, b"<h1>Internal Server Error</h1>", "text/html")
            elif kind == "malformed":
                garbage = b"<html><body><div><p>\x00\xff\xfe\x00" + bytes(range(256)) * 8
                self._send(200, garbage, "text/html; charset=utf-8")
            else:
                site.stop_slow.wait(SLOW_SECONDS)
                self._send(200, b"<html><body><p>too late</p></body></html>", "text/html")

    return Handler


class DemoServer:
    """A running demo site on 127.0.0.1 (port 0 picks a free port)."""

    def __init__(self, port: int = 0, faults: bool = False, site_dir: Path = SITE_DIR) -> None:
        self.site = DemoSite(site_dir, faults)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), _handler(self.site))
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> DemoServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.site.stop_slow.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve_forever(port: int, faults: bool) -> None:
    """`newsledger demo-site`: serve until interrupted."""
    server = DemoServer(port, faults).start()
    print(
        f"demo site on {server.base_url}/ (feed: /feed.xml, advance: POST /_demo/state/2)",
        flush=True,
    )
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
