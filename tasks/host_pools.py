"""One connection pool per host, so a night of many hosts keeps its connections alive.

Why: with one shared pool of `concurrency` connections and requests interleaved across a
hundred hosts, every request found the pool full of other hosts' idle connections, closed one
and opened a new one; and the shared pool checks every connection it holds on each request and
each response. A pool per origin (scheme, host, port) keeps a host's connections for its next
request, and each pool holds only that host's few. The global limit on requests in flight stays
the fetcher's; the pools of hosts not asked for lately are closed once more than `max_pools`
are open (never a pool with a request in flight), so open sockets stay bounded.
"""

from __future__ import annotations

import ssl
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable

import httpx

MAX_POOLS = 128  # idle hosts' pools kept open (each at most `per_host` keep-alive sockets)


class _Counted(httpx.AsyncByteStream):
    """A response body that tells its pool when it is closed (the request is then done)."""

    def __init__(self, stream: httpx.AsyncByteStream, done: Callable[[], None]) -> None:
        self._stream, self._done = stream, done

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            self._done()


class _Pool:
    def __init__(self, limits: httpx.Limits, ssl_context: ssl.SSLContext) -> None:
        self.transport = httpx.AsyncHTTPTransport(verify=ssl_context, limits=limits)
        self.in_flight = 0

    def done(self) -> None:
        self.in_flight -= 1


class PerHostTransport(httpx.AsyncBaseTransport):
    """An httpx transport that sends each request through its origin's own pool."""

    def __init__(self, per_host: int, max_pools: int = MAX_POOLS) -> None:
        self._limits = httpx.Limits(max_connections=per_host, max_keepalive_connections=per_host)
        self._max_pools = max_pools
        # one TLS context for every pool: each would otherwise load the CA bundle again
        self._ssl_context = httpx.create_ssl_context()
        self._pools: OrderedDict[tuple[bytes, bytes, int | None], _Pool] = OrderedDict()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = (request.url.raw_scheme, request.url.raw_host, request.url.port)
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = _Pool(self._limits, self._ssl_context)
        self._pools.move_to_end(key)
        pool.in_flight += 1
        try:
            if len(self._pools) > self._max_pools:
                await self._close_idle()
            response = await pool.transport.handle_async_request(request)
        except BaseException:
            pool.done()
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Counted(response.stream, pool.done)
        return response

    async def _close_idle(self) -> None:
        """Close the least recently used pools without a request in flight, down to the bound."""
        idle = [key for key, pool in self._pools.items() if pool.in_flight == 0]
        for key in idle[: max(0, len(self._pools) - self._max_pools)]:
            await self._pools.pop(key).transport.aclose()

    async def aclose(self) -> None:
        pools = list(self._pools.values())
        self._pools.clear()
        for pool in pools:
            await pool.transport.aclose()
