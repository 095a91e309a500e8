"""The hostile corpus as data: one row per case — the link a feed (and the sitemap) lists, what
the site serves there, and the outcome expected: a version, a skip, or a failure with its exact
reason.

`fetch` is the outcome where discovery and the fetcher decide it (what tests/hostile/
test_hostile_fetch.py checks); `night` is the outcome the warehouse records after derivation,
when that differs (the derive stage decides those: tests/hostile/test_hostile_night.py).
Links are templates: $BASE is the main host (http://127.0.0.1:<port>), $PORT its port,
$GOOD0…$GOOD7 the good articles' URLs, $FEED the main feed. A case's own page is /h/<name>.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from tests.hostile.pages import FILLER, article_page, plain_article
from tests.hostile.routes import (
    Route,
    RouteMap,
    chain,
    claims_length,
    drip,
    endless,
    gzipped,
    huge_header,
    page,
    raw,
    redirect,
    reply,
    short_body,
    silent,
)

VERSION = "version"  # a 2xx page handed on (fetch), an article version (night)
HOME = "skipped:home-page"  # listed, never fetched: the site's home page
LISTING = "skipped:listing-page"  # listed, never fetched: a tag/section/search/feed page
MERGED = "merged"  # another spelling of a good article: one article, no failure


@dataclass(frozen=True)
class Ctx:
    """Where the hostile site runs this time: what the link templates stand for."""

    base: str
    port: int
    good: tuple[str, ...]
    feed: str

    def fill(self, template: str) -> str:
        text = template.replace("$BASE", self.base).replace("$PORT", str(self.port))
        for n, url in enumerate(self.good):
            text = text.replace(f"$GOOD{n}", url)
        return text.replace("$FEED", self.feed)


Serve = Callable[[Ctx, str], RouteMap]


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    link: str = ""  # "" → $BASE/h/<name>
    serve: Serve | None = None  # (ctx, /h/<name>) → the routes this case adds
    fetch: str = VERSION
    night: str | None = None  # None → same as `fetch`
    host: str = "main"  # "main", or a host of its own (Retry-After cases defer their host)

    @property
    def expected_night(self) -> str:
        return self.fetch if self.night is None else self.night


def at(route: Route) -> Serve:
    """The case's own path serves `route`."""
    return lambda ctx, path: {path: route}


def at_page(headline: str, *, head: str = "", canonical: str | None = None) -> Serve:
    """The case's own path serves an article page; the canonical may use the link templates."""
    return lambda ctx, path: {
        path: page(plain_article(headline, head=head, canonical=ctx.fill(canonical or "") or None))
    }


LONG_TEXT = " ".join(FILLER) + " "
SCRIPT_ONLY = (
    b"<!doctype html><html><head><script>document.write('<p>news</p>')</script></head>"
    b"<body><script>var a=1;</script></body></html>"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 40
DEEP_HTML = b"<html><body>" + b"<div>" * 100_000 + b"<p>deep</p>" + b"</div>" * 100_000


def published_meta(value: str) -> str:
    return f'<meta property="article:published_time" content="{value}">'


def _jsonld_page(script: str) -> bytes:
    return plain_article(
        "A page whose JSON-LD is hostile",
        head=f'<script type="application/ld+json">{script}</script>',
    )


CASES: tuple[Case, ...] = (
    # ---- links that are not fetchable: a discovery failure of that item ----------------------
    Case("bad-ipv6-host", "unclosed IPv6 bracket", "http://[host/x", fetch="invalid-url"),
    Case("unclosed-ipv6", "unclosed IPv6 literal", "http://[::1", fetch="invalid-url"),
    Case("port-8o8o", "a port of letters", "http://127.0.0.1:8o8o/x", fetch="invalid-url"),
    Case("port-99999", "a port out of range", "http://127.0.0.1:99999/x", fetch="invalid-url"),
    Case("port-zero", "port 0", "http://127.0.0.1:0/x", fetch="invalid-url"),
    Case("javascript", "javascript: link", "javascript:alert(1)", fetch="unsupported-scheme"),
    Case("file", "file: link", "file://localhost/etc/passwd", fetch="unsupported-scheme"),
    Case("data", "data: link", "data:text/plain;base64,aGk=", fetch="unsupported-scheme"),
    Case("mailto", "mailto: link", "mailto:desk@hostile.test", fetch="unsupported-scheme"),
    Case("ftp", "ftp: link", "ftp://127.0.0.1/pub/story.txt", fetch="unsupported-scheme"),
    Case("gopher", "gopher: link", "gopher://127.0.0.1/1", fetch="unsupported-scheme"),
    Case("vbscript", "vbscript: link", "vbscript:msgbox(1)", fetch="unsupported-scheme"),
    Case("template-whole", "template placeholder", "{{article.url}}", fetch="invalid-url"),
    Case("template-slug", "placeholder in path", "$BASE/news/{{slug}}.html", fetch="invalid-url"),
    Case("template-dollar", "shell-style placeholder", "$BASE/news/${id}", fetch="invalid-url"),
    Case("template-encoded", "encoded placeholder", "$BASE/%7B%7Bslug%7D%7D", fetch="invalid-url"),
    Case("template-erb", "ERB placeholder", "$BASE/<%= url %>", fetch="invalid-url"),
    Case("no-host", "no host", "http://:80/story.html", fetch="invalid-url"),
    Case("too-long", "a 9,000-character link", "$BASE/" + "a" * 9000, fetch="invalid-url"),
    Case("space-in-host", "space in the host", "http://exa mple.test/a", fetch="invalid-url"),
    Case("empty-label", "empty host label", "http://a..b/story", fetch="invalid-url"),
    Case("hyphen-label", "host label with a hyphen", "http://-x-.test/a", fetch="invalid-url"),
    Case("protocol-relative-bad", "//[::1 relative", "//[::1", fetch="invalid-url"),
    Case("newline-in-link", "a newline inside", "$BASE/a\nb.html", fetch="invalid-url"),
    # ---- every spelling of a private, loopback or metadata address: refused, never contacted -
    Case(
        "metadata",
        "cloud metadata",
        "http://169.254.169.254/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "metadata-decimal",
        "metadata, decimal",
        "http://2852039166/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "metadata-hex",
        "metadata, hex",
        "http://0xa9fea9fe/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "metadata-octal",
        "metadata, octal",
        "http://0251.0376.0251.0376/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "metadata-mapped",
        "metadata, IPv4-mapped",
        "http://[::ffff:a9fe:a9fe]/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "metadata-nat64",
        "metadata, NAT64",
        "http://[64:ff9b::a9fe:a9fe]/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "metadata-6to4",
        "metadata, 6to4",
        "http://[2002:a9fe:a9fe::1]/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "metadata-compatible",
        "metadata, IPv4-compatible",
        "http://[::a9fe:a9fe]/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "private-10",
        "private 10/8",
        "http://10.0.0.1/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "private-10-short",
        "private, short form",
        "http://10.1/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "private-192",
        "private 192.168/16",
        "http://192.168.1.1/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "private-172",
        "private 172.16/12",
        "http://172.16.0.1/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "shared-100-64",
        "shared address space",
        "http://100.64.0.1/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "unspecified",
        "0.0.0.0",
        "http://0.0.0.0:$PORT/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "loopback-2",
        "another loopback address",
        "http://127.0.0.2:$PORT/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "loopback-decimal",
        "loopback, decimal",
        "http://2130706434:$PORT/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "loopback-hex",
        "loopback, hex",
        "http://0x7f000002:$PORT/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "loopback-octal",
        "loopback, octal",
        "http://0177.0.0.2:$PORT/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "loopback-short",
        "loopback, short",
        "http://127.2:$PORT/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "loopback-v6",
        "IPv6 loopback",
        "http://[::1]/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "loopback-mapped",
        "loopback, IPv4-mapped",
        "http://[::ffff:127.0.0.2]/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "loopback-nat64",
        "loopback, NAT64",
        "http://[64:ff9b::7f00:2]/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "nat64-local",
        "local-use NAT64",
        "http://[64:ff9b:1::a00:1]/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "loopback-6to4",
        "loopback, 6to4",
        "http://[2002:7f00:2::1]/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "loopback-compatible",
        "loopback, IPv4-compatible",
        "http://[::7f00:2]/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "teredo",
        "Teredo, client 127.0.0.2",
        "http://[2001:0:4136:e378:8000:63bf:80ff:fffd]/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "link-local-v6",
        "IPv6 link-local",
        "http://[fe80::1]/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    Case(
        "unique-local-v6",
        "IPv6 unique local",
        "http://[fc00::1]/news/2020/07/02/leaked-memo.html",
        fetch="target-refused",
    ),
    # ---- redirects: every hop judged like the first ----------------------------------------
    Case(
        "to-javascript",
        "302 to javascript:",
        serve=at(redirect("javascript:alert(1)")),
        fetch="unsupported-scheme",
    ),
    Case(
        "to-file",
        "302 to file:",
        serve=at(redirect("file:///etc/passwd")),
        fetch="unsupported-scheme",
    ),
    Case(
        "to-bad-ipv6",
        "301 to http://[::1",
        serve=at(redirect("http://[::1", 301)),
        fetch="invalid-url",
    ),
    Case(
        "to-bad-port",
        "307 to a port of letters",
        serve=at(redirect("http://127.0.0.1:8o8o/", 307)),
        fetch="invalid-url",
    ),
    Case(
        "to-template", "302 to a placeholder", serve=at(redirect("/{{next}}")), fetch="invalid-url"
    ),
    Case(
        "empty-location",
        "302 with an empty Location",
        serve=at(redirect("")),
        fetch="invalid-redirect",
    ),
    Case(
        "no-location",
        "301 without Location",
        serve=at(redirect(None, 301)),
        fetch="invalid-redirect",
    ),
    Case(
        "status-300", "300 Multiple Choices", serve=at(redirect("/", 300)), fetch="invalid-redirect"
    ),
    Case(
        "to-self", "redirect to itself", serve=lambda c, p: {p: redirect(p)}, fetch="redirect-loop"
    ),
    Case(
        "loop",
        "a → b → a",
        serve=lambda c, p: {p: redirect(p + "-b"), p + "-b": redirect(p)},
        fetch="redirect-loop",
    ),
    Case(
        "chain-100",
        "100 redirects",
        serve=lambda c, p: {p: redirect(p + "-0"), **chain(p + "-", 100, reply(200))},
        fetch="too-many-redirects",
    ),
    Case(
        "to-metadata",
        "302 to the metadata address",
        serve=at(redirect("http://169.254.169.254/latest/meta-data/")),
        fetch="target-refused",
    ),
    Case(
        "to-private",
        "302 to 10.0.0.1",
        serve=at(redirect("http://10.0.0.1/admin")),
        fetch="target-refused",
    ),
    Case(
        "to-loopback-decimal",
        "302 to 127.0.0.2 in decimal",
        serve=at(redirect("http://2130706434:1/")),
        fetch="target-refused",
    ),
    Case(
        "to-nat64",
        "302 to loopback via NAT64",
        serve=at(redirect("http://[64:ff9b::7f00:2]/")),
        fetch="target-refused",
    ),
    Case(
        "to-6to4",
        "302 to metadata via 6to4",
        serve=at(redirect("http://[2002:a9fe:a9fe::1]/")),
        fetch="target-refused",
    ),
    Case(
        "to-mapped",
        "307 to IPv4-mapped loopback",
        serve=at(redirect("http://[::ffff:7f00:2]/", 307)),
        fetch="target-refused",
    ),
    Case(
        "to-good",
        "a redirect to a good article",
        serve=lambda c, p: {p: redirect(c.good[0])},
        fetch=VERSION,
        night=MERGED,
    ),
    Case(
        "chain-5-to-page",
        "5 redirects, then a page",
        serve=lambda c, p: {
            p: redirect(p + "-0"),
            **chain(p + "-", 5, page(plain_article("Reached after five redirects"))),
        },
    ),
    # ---- statuses ----------------------------------------------------------------------------
    Case("status-404", "404", serve=at(reply(404, b"gone")), fetch="gone"),
    Case("status-410", "410", serve=at(reply(410, b"gone")), fetch="gone"),
    Case("status-403", "403", serve=at(reply(403, b"no")), fetch="client-error"),
    Case("status-401", "401", serve=at(reply(401, b"no")), fetch="client-error"),
    Case("status-451", "451", serve=at(reply(451, b"no")), fetch="client-error"),
    Case("status-500", "500", serve=at(reply(500, b"oops")), fetch="server-error"),
    Case("status-503", "503", serve=at(reply(503, b"busy")), fetch="server-error"),
    Case(
        "status-429", "429 without Retry-After", serve=at(reply(429, b"slow")), fetch="server-error"
    ),
    Case("status-999", "status 999", serve=at(reply(999, b"?")), fetch="server-error"),
    Case(
        "retry-after-garbage",
        "429, Retry-After: soon",
        serve=at(reply(429, b"", headers={"Retry-After": "soon"})),
        fetch="server-error",
    ),
    Case(
        "retry-after-negative",
        "429, Retry-After: -5",
        serve=at(reply(429, b"", headers={"Retry-After": "-5"})),
        fetch="server-error",
    ),
    Case(
        "retry-after-on-200",
        "200 with an absurd Retry-After",
        serve=at(page(plain_article("Retry-After on a good answer"), Retry_After="1000000000")),
    ),
    # Retry-After beyond any run: recorded, never awaited; each on a host of its own, since the
    # host is deferred for the rest of the run
    Case(
        "retry-after-huge",
        "503, Retry-After: 1000000000",
        serve=at(reply(503, b"", headers={"Retry-After": "1000000000"})),
        fetch="server-error",
        host="defer-1",
    ),
    Case(
        "retry-after-date-0000",
        "429, Retry-After date with -0000",
        serve=at(reply(429, b"", headers={"Retry-After": "Thu, 01 Jan 2099 00:00:00 -0000"})),
        fetch="server-error",
        host="defer-2",
    ),
    Case(
        "retry-after-date-nozone",
        "503, Retry-After date without a zone",
        serve=at(reply(503, b"", headers={"Retry-After": "Thu, 01 Jan 2099 00:00:00"})),
        fetch="server-error",
        host="defer-3",
    ),
    # ---- bodies ------------------------------------------------------------------------------
    Case(
        "gzip-bomb",
        "20 MB of zeros in 20 kB of gzip",
        serve=at(
            reply(200, gzip.compress(b"\0" * 20_000_000), "text/html", {"Content-Encoding": "gzip"})
        ),
        fetch="body-too-large",
    ),
    Case(
        "gzip-broken",
        "garbage labelled gzip",
        serve=at(
            reply(200, b"\x1f\x8bnot gzip at all" * 10, "text/html", {"Content-Encoding": "gzip"})
        ),
        fetch="unsupported-content",
    ),
    Case(
        "gzip-truncated",
        "a gzip stream cut in half",
        serve=at(gzipped(plain_article("Cut in half"), cut=True)),
        fetch="truncated-body",
    ),
    Case(
        "short-body",
        "100 bytes of a promised 10,000",
        serve=at(short_body(10_000, b"<html><body><p>" + b"x" * 85)),
        fetch="truncated-body",
    ),
    Case(
        "claims-100mb",
        "Content-Length: 100 MB",
        serve=at(claims_length(100_000_000)),
        fetch="body-too-large",
    ),
    Case(
        "endless",
        "6 MB without a Content-Length",
        serve=at(endless(b"<p>" + b"x" * 16381, 6_000_000)),
        fetch="body-too-large",
    ),
    Case("slow-drip", "a byte every 0.2 s for a minute", serve=at(drip(60)), fetch="timeout"),
    Case("slow-headers", "silence for 10 s", serve=at(silent(10)), fetch="timeout"),
    Case(
        "garbage-status",
        "not an HTTP status line",
        serve=at(raw(b"HTTP/1.1 ABC\r\n\r\n")),
        fetch="connection-failed",
    ),
    Case("hang-up", "hangs up without a word", serve=at(raw(b"")), fetch="connection-failed"),
    Case(
        "huge-header",
        "a 200 kB header line",
        serve=at(huge_header(200_000)),
        fetch="connection-failed",
    ),
    Case(
        "encoding-br",
        "Content-Encoding: br",
        serve=at(reply(200, b"\x0b\x02\x80hello", "text/html", {"Content-Encoding": "br"})),
        fetch="unsupported-content",
    ),
    Case(
        "encoding-double",
        "Content-Encoding: gzip, gzip",
        serve=at(reply(200, b"x", "text/html", {"Content-Encoding": "gzip, gzip"})),
        fetch="unsupported-content",
    ),
    Case(
        "type-png", "image/png", serve=at(reply(200, PNG, "image/png")), fetch="unsupported-content"
    ),
    Case(
        "type-pdf",
        "application/pdf",
        serve=at(reply(200, b"%PDF-1.4 ...", "application/pdf")),
        fetch="unsupported-content",
    ),
    Case(
        "binary-as-html",
        "PNG bytes served as text/html",
        serve=at(page(PNG)),
        night="unsupported-content",
    ),
    Case("empty-200", "an empty 200", serve=at(page(b"")), night="extraction-failed"),
    Case("status-204", "204 No Content", serve=at(reply(204, b"")), night="extraction-failed"),
    Case(
        "script-only",
        "a page that is only scripts",
        serve=at(page(SCRIPT_ONLY)),
        night="extraction-failed",
    ),
    Case(
        "no-content-type",
        "no Content-Type at all",
        serve=at(reply(200, plain_article("A page without a content type"), "")),
    ),
    Case(
        "nul-late",
        "a NUL byte deep in the page",
        serve=at(
            page(
                plain_article("A NUL deep inside") + b"<!-- " + b"x" * 5000 + b" -->" + b"\x00" * 3
            )
        ),
    ),
    Case("deep-html", "100,000 nested divs", serve=at(page(DEEP_HTML)), night="extraction-failed"),
    Case(
        "long-body",
        "a 200 kB article body",
        serve=at(
            page(
                article_page(
                    "A very long report",
                    "CAPITAL",
                    tuple([LONG_TEXT * 40] * 8),
                    datetime(2020, 7, 2, 9),
                )
            )
        ),
        night=VERSION,
    ),
    # ---- charsets --------------------------------------------------------------------------
    Case(
        "charset-lie",
        "cp1251 text labelled latin-1",
        serve=at(
            page(
                plain_article("Министерство обороны опубликовало доклад о безопасности")
                .decode()
                .encode("cp1251"),
                "text/html; charset=iso-8859-1",
            )
        ),
    ),
    Case(
        "charset-bogus",
        "charset=x-bogus in header and meta",
        serve=at(
            page(
                plain_article("Bogus charset", head='<meta charset="x-bogus">'),
                "text/html; charset=x-bogus",
            )
        ),
    ),
    Case(
        "charset-utf7",
        "charset=utf-7 on UTF-8 text",
        serve=at(
            page(
                plain_article("Grüße aus Köln, sagt der Bürgermeister"), "text/html; charset=utf-7"
            )
        ),
    ),
    Case(
        "charset-utf32-lie",
        "charset=utf-32 on UTF-8 text",
        serve=at(page(plain_article("A UTF-32 label on UTF-8 bytes"), "text/html; charset=utf-32")),
    ),
    Case(
        "utf16-bom",
        "UTF-16 with its BOM",
        serve=at(
            page(
                b"\xff\xfe" + plain_article("A page in UTF-16").decode().encode("utf-16-le"),
                "text/html",
            )
        ),
    ),
    Case(
        "invalid-utf8",
        "invalid UTF-8 bytes in a UTF-8 page",
        serve=at(
            page(plain_article("Invalid bytes ahead").replace(b"Officials", b"Offic\xff\xfeials"))
        ),
    ),
    # ---- pages whose head or title is hostile ------------------------------------------------
    Case("jsonld-deep", "JSON-LD of 100,000 nested [", serve=at(page(_jsonld_page("[" * 100_000)))),
    Case(
        "jsonld-deep-objects",
        "JSON-LD of 50,000 nested objects",
        serve=at(page(_jsonld_page('{"a":' * 50_000 + "1" + "}" * 50_000))),
    ),
    Case(
        "jsonld-huge",
        "3 MB of JSON-LD",
        serve=at(
            page(_jsonld_page(json.dumps({"@type": "NewsArticle", "headline": "x" * 3_000_000})))
        ),
        night=VERSION,
    ),
    Case("title-1mb", "a 1 MB title", serve=at(page(plain_article("T" * 1_000_000)))),
    Case(
        "date-plus-25",
        "meta date with offset +25:00",
        serve=at(
            page(
                plain_article(
                    "A date from no time zone",
                    head=published_meta("2020-07-02T10:00:00+25:00"),
                )
            )
        ),
    ),
    Case(
        "date-year-9999",
        "dates in the year 9999",
        serve=at(
            page(
                plain_article(
                    "A date far ahead",
                    head=published_meta("9999-12-31T23:59:59-12:00"),
                )
            )
        ),
    ),
    Case(
        "date-impossible",
        "February 30",
        serve=at(
            page(
                plain_article(
                    "An impossible date",
                    head='<meta property="article:published_time" content="2020-02-30T10:00:00Z">',
                )
            )
        ),
    ),
    Case(
        "sql-title",
        "SQL in the title",
        serve=at(page(plain_article("Robert'); DROP TABLE articles;-- says the mayor"))),
    ),
    Case(
        "sql-names",
        "SQL-looking names in the text",
        serve=at(
            page(
                article_page(
                    "Council meets Mr. O'Brien; DROP TABLE entity_mentions",
                    "CAPITAL",
                    (
                        "Mr. Bobby Tables' OR '1'='1 met Senator Null and Ms. Undefined on "
                        "Monday to discuss the budget for the harbour.",
                        *FILLER,
                    ),
                    datetime(2020, 7, 2, 9),
                )
            )
        ),
    ),
    Case(
        "rtl-title",
        "right-to-left override and zero-width characters",
        serve=at(
            page(plain_article("Mayor\u202e\u200b\u200d resigns\u2066 \u2069 after vote\ufeff"))
        ),
    ),
    Case(
        "astral-title",
        "emoji and astral characters",
        serve=at(page(plain_article("Harbour festival 🎉𝔘𝔫𝔦𝔠𝔬𝔡𝔢 draws crowds"))),
    ),
    Case(
        "control-title",
        "control characters in the title",
        serve=at(page(plain_article("Budget\x1b[31m vote\x07 delayed"))),
    ),
    # ---- canonical claims: the page is a version of its own article --------------------------
    Case(
        "canonical-other-article",
        "claims a good article's URL",
        serve=at_page("An impostor story", canonical="$GOOD1"),
    ),
    Case(
        "canonical-javascript",
        "canonical javascript:",
        serve=at_page("Canonical javascript", canonical="javascript:alert(1)"),
    ),
    Case(
        "canonical-file",
        "canonical file:",
        serve=at_page("Canonical file", canonical="file:///etc/passwd"),
    ),
    Case(
        "canonical-template",
        "canonical placeholder",
        serve=at_page("Canonical template", canonical="$BASE/{{canonical}}"),
    ),
    Case(
        "canonical-bad-port",
        "canonical with port 8o8o",
        serve=at_page("Canonical bad port", canonical="http://127.0.0.1:8o8o/x"),
    ),
    Case(
        "canonical-bad-ipv6",
        "canonical http://[::1",
        serve=at_page("Canonical bad IPv6", canonical="http://[::1"),
    ),
    Case(
        "canonical-home",
        "canonical is the home page",
        serve=at_page("Canonical home page one", canonical="$BASE/"),
    ),
    Case(
        "canonical-home-2",
        "canonical is the home page too",
        serve=at_page("Canonical home page two", canonical="$BASE/"),
    ),
    Case(
        "canonical-other-site",
        "canonical on another site",
        serve=at_page("Canonical elsewhere", canonical="https://elsewhere.example/story.html"),
    ),
    # ---- listed, but not an article, or another spelling of one ------------------------------
    Case("home", "the home page", "$BASE/", fetch=HOME),
    Case("home-index", "the home page as index.html", "$BASE/index.html", fetch=HOME),
    Case("tag-page", "a tag page", "$BASE/tag/harbour", fetch=LISTING),
    Case("author-page", "an author page", "$BASE/author/staff-reporter", fetch=LISTING),
    Case("page-2", "page 2 of the index", "$BASE/page/2", fetch=LISTING),
    Case("search-page", "search results", "$BASE/search?q=harbour", fetch=LISTING),
    Case("date-archive", "a date archive", "$BASE/2020/07/02/", fetch=LISTING),
    Case("feed-itself", "the feed links to itself", "$FEED", fetch=LISTING),
    Case(
        "tracking-dup",
        "a good article with tracking parameters",
        "$GOOD2?utm_source=hostile&fbclid=abc",
        fetch=MERGED,
    ),
    Case("fragment-dup", "a good article with a fragment", "$GOOD3#comments", fetch=MERGED),
    Case("amp-dup", "a good article's AMP spelling", "$GOOD4?amp=1", fetch=MERGED),
    Case(
        "trackers-dup",
        "a good article with ref= and smid=",
        "$GOOD5?ref=homepage&smid=tw-share",
        fetch=MERGED,
    ),
)
