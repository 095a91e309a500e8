"""Reading web archives: target URIs as WARC 1.0 writers (wget) wrote them, in angle brackets."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from upath import UPath
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tasks.archives import read_archive, target_uri, wire_decoded
from tests.archive_builder import article_html

WHEN = datetime(2020, 7, 2, 10, tzinfo=UTC)


def test_target_uri_brackets_are_not_part_of_the_url() -> None:
    assert target_uri("<http://archive.test/a.html>") == "http://archive.test/a.html"
    assert target_uri(" <http://archive.test/a.html> ") == "http://archive.test/a.html"
    assert target_uri("http://archive.test/a.html") == "http://archive.test/a.html"
    assert target_uri(None) == ""


def test_a_wget_warc_yields_pages_at_their_plain_urls(tmp_path: Path) -> None:
    path = tmp_path / "wget.warc.gz"
    body = article_html(1, WHEN)
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True, warc_version="WARC/1.0")
        writer.write_record(
            writer.create_warc_record(
                "<http://archive.test/2020/07/02/story-1.html>",
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=StatusAndHeaders(
                    "200 OK",
                    [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                    protocol="HTTP/1.1",
                ),
                warc_headers_dict={"WARC-Date": WHEN.strftime("%Y-%m-%dT%H:%M:%SZ")},
            )
        )
    (page,) = read_archive(UPath(path), source_id="s", hosts=["archive.test"])
    assert page.url == page.final_url == "http://archive.test/2020/07/02/story-1.html"


def _chunked(body: bytes, size: int = 700) -> bytes:
    framed = b"".join(
        b"%x\r\n" % len(body[i : i + size]) + body[i : i + size] + b"\r\n"
        for i in range(0, len(body), size)
    )
    return framed + b"0\r\n\r\n"


def test_a_warc_that_recorded_the_wire_yields_the_page_a_fetch_would(tmp_path: Path) -> None:
    """warcio, wget and Heritrix keep a gzip or chunked body as it was sent (Common Crawl
    stores it decoded): each is read as the page itself, without the wire's headers; a body
    a crawler stored decoded under its wire headers is read as it is."""
    import gzip

    html = article_html(2, WHEN)
    variants = {
        "gzip": (gzip.compress(html), [("Content-Encoding", "gzip")]),
        "chunked": (_chunked(html), [("Transfer-Encoding", "chunked")]),
        "both": (
            _chunked(gzip.compress(html)),
            [("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
        ),
        "stored-decoded": (html, [("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")]),
    }
    path = tmp_path / "wire.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for name, (body, wire) in variants.items():
            writer.write_record(
                writer.create_warc_record(
                    f"http://archive.test/{name}.html",
                    "response",
                    payload=io.BytesIO(body),
                    length=len(body),
                    http_headers=StatusAndHeaders(
                        "200 OK", [("Content-Type", "text/html"), *wire], protocol="HTTP/1.1"
                    ),
                    warc_headers_dict={"WARC-Date": WHEN.strftime("%Y-%m-%dT%H:%M:%SZ")},
                )
            )
    pages = list(read_archive(UPath(path), source_id="s"))
    assert [p.url.rsplit("/", 1)[-1] for p in pages] == [f"{n}.html" for n in variants]
    for page in pages:
        assert page.body == html, page.url
    names = [{k.lower() for k, _ in p.headers} for p in pages[:3]]
    assert all(not {"content-encoding", "transfer-encoding"} & n for n in names)


def test_an_empty_chunked_body_is_empty_not_its_framing() -> None:
    payload, headers = wire_decoded(b"0\r\n\r\n", (("Transfer-Encoding", "chunked"),), "t")
    assert payload == b""
    assert headers == ()
