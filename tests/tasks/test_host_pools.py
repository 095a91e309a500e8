"""The per-host connection pools: a host's keep-alive connections survive requests to other
hosts, the number of open pools stays bounded, and a pool with a response still being read is
never closed under it. Real HTTP/1.1 servers on 127.0.0.1 (one per port: one origin each)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tasks.host_pools import PerHostTransport

BODY = b"x" * 200_000  # larger than a socket buffer: a response can be half read


class KeepAliveServer:
    """Answers every GET with BODY over HTTP/1.1 keep-alive; counts the connections it accepted."""

    def __init__(self) -> None:
        self.connections = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                server.connections += 1

            def log_message(self, *args: object) -> None:
                return

            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Length", str(len(BODY)))
                self.end_headers()
                self.wfile.write(BODY)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def servers() -> Iterator[list[KeepAliveServer]]:
    started = [KeepAliveServer() for _ in range(3)]
    yield started
    for s in started:
        s.close()


async def _round_robin(transport: PerHostTransport, urls: list[str], rounds: int) -> None:
    async with httpx.AsyncClient(transport=transport) as client:
        for _ in range(rounds):
            for url in urls:
                response = await client.get(url)
                assert response.content == BODY


def test_each_host_keeps_its_connection_across_other_hosts_requests(
    servers: list[KeepAliveServer],
) -> None:
    asyncio.run(_round_robin(PerHostTransport(per_host=2), [s.url for s in servers], rounds=5))
    assert [s.connections for s in servers] == [1, 1, 1]


def test_pools_beyond_the_bound_are_closed(servers: list[KeepAliveServer]) -> None:
    """Two pools for three hosts in turn: each request finds its host's pool closed since."""
    asyncio.run(
        _round_robin(PerHostTransport(per_host=2, max_pools=2), [s.url for s in servers], rounds=4)
    )
    assert sum(s.connections for s in servers) > 3


def test_a_pool_with_a_response_being_read_is_not_closed(servers: list[KeepAliveServer]) -> None:
    first, *others = servers

    async def run() -> None:
        async with httpx.AsyncClient(transport=PerHostTransport(per_host=1, max_pools=1)) as c:
            async with c.stream("GET", first.url) as streamed:
                chunks = streamed.aiter_bytes()
                head = await anext(chunks)
                for server in others:  # each opens a pool past the bound of one
                    assert (await c.get(server.url)).content == BODY
                rest = b"".join([chunk async for chunk in chunks])
            assert head + rest == BODY

    asyncio.run(run())
