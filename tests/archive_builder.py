"""Build WARC files for backfill tests from article pages written here (never copied pages).

Each archive holds request/response pairs (every record its own gzip member), and on request
the awkward things real crawls contain: a non-HTML response, a revisit record, a 404, and a
truncated final record.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PLACES = ["KABUL", "WASHINGTON", "BERLIN", "PARIS", "NEW DELHI", "MOSCOW"]
AGENCIES = ["Reuters", "AP", "dpa", "AFP", "PTI", "TASS"]
TOPICS = [
    ("Taliban", "the Afghan government", "prisoner releases"),
    ("the Pentagon", "NATO allies", "troop withdrawals"),
    ("the United Nations", "aid agencies", "civilian casualties"),
    ("Iran", "European diplomats", "nuclear inspections"),
]


def article_html(n: int, published: datetime, revision: int = 0) -> bytes:
    """A small but realistic article page: JSON-LD dates, a dateline, boilerplate around it."""
    actor, other, subject = TOPICS[n % len(TOPICS)]
    place, agency = PLACES[n % len(PLACES)], AGENCIES[n % len(AGENCIES)]
    updated = published + timedelta(hours=2 + revision)
    paragraphs = [
        f"{place} ({agency}) - Officials said on Thursday that talks between {actor} and "
        f"{other} over {subject} would resume next week, according to story number {n}.",
        f"Negotiators met for {3 + n % 5} hours and agreed on a schedule, said a spokesman "
        f"who asked not to be named because the talks were confidential.",
        f"Analysts said the agreement on {subject} remained fragile and that {actor} would "
        f"face pressure from {other} in the coming days (revision {revision}).",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Story {n}: talks on {subject} to resume</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Story {n}: talks on {subject} to resume",
"datePublished":"{published.isoformat()}","dateModified":"{updated.isoformat()}"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Story {n}: talks on {subject} to resume</h1>{body}</article>
<footer>Copyright 2020 Archive Test News</footer></body></html>""".encode()


def article_url(n: int, published: datetime) -> str:
    return f"http://archive.test/{published:%Y/%m/%d}/story-{n}.html"


def _response(
    writer: WARCWriter, url: str, when: datetime, status: str, ctype: str, body: bytes
) -> None:
    date = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    request = writer.create_warc_record(
        url,
        "request",
        payload=io.BytesIO(b""),
        length=0,
        http_headers=StatusAndHeaders(
            f"GET /{url.split('/', 3)[-1]} HTTP/1.1",
            [("Host", "archive.test")],
            is_http_request=True,
        ),
        warc_headers_dict={"WARC-Date": date},
    )
    response = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=StatusAndHeaders(
            status,
            [("Content-Type", ctype), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        ),
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(request)
    writer.write_record(response)


def write_archive(
    path: Path,
    first: int,
    count: int,
    *,
    extras: bool = False,
    truncate: bool = False,
    captured_from: datetime | None = None,
) -> list[str]:
    """Articles first..first+count-1, captured a day after publication (or, with
    `captured_from`, a minute apart from then on); returns their URLs."""
    urls = []
    start = datetime(2020, 6, 1, 8, tzinfo=UTC)
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n in range(first, first + count):
            published = start + timedelta(hours=7 * n)
            url = article_url(n, published)
            captured = (
                captured_from + timedelta(minutes=n)
                if captured_from
                else published + timedelta(days=1)
            )
            _response(
                writer,
                url,
                captured,
                "200 OK",
                "text/html; charset=utf-8",
                article_html(n, published),
            )
            urls.append(url)
        if extras:
            when = start + timedelta(days=3)
            _response(
                writer,
                "http://archive.test/logo.png",
                when,
                "200 OK",
                "image/png",
                b"\x89PNG\r\n\x1a\n" + bytes(64),
            )
            _response(
                writer,
                "http://archive.test/missing.html",
                when,
                "404 Not Found",
                "text/html",
                b"<h1>Not found</h1>",
            )
            revisit = writer.create_revisit_record(
                urls[0],
                digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                refers_to_uri=urls[0],
                refers_to_date="20200602080000",
                warc_headers_dict={"WARC-Date": "2020-06-09T08:00:00Z"},
            )
            writer.write_record(revisit)
    if truncate:  # one more full record, cut off halfway through its gzip member
        buffer = io.BytesIO()
        n = first + count
        published = start + timedelta(hours=7 * n)
        _response(
            WARCWriter(buffer, gzip=True),
            article_url(n, published),
            published + timedelta(days=1),
            "200 OK",
            "text/html",
            article_html(n, published),
        )
        tail = buffer.getvalue()
        with open(path, "ab") as handle:
            handle.write(tail[: len(tail) - 300])
    return urls


def write_pages(path: Path, pages: list[tuple[str, datetime, bytes]]) -> None:
    """A WARC file of the given (URL, capture time, HTML body) responses."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, when, body in pages:
            _response(writer, url, when, "200 OK", "text/html; charset=utf-8", body)
