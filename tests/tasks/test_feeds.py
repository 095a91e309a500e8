"""Feeds as pure parsers: RSS 0.9x/1.0/2.0 and Atom through feedparser behind defusedxml, JSON
Feed by hand; hostile documents refused, each listed link judged on its own, work bounded."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime

import pytest

from schemas.errors import MalformedFeed
from tasks.feeds import MAX_FEED_ITEMS, MAX_XML_DEPTH, feed_date, hostile_xml, parse_feed

RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>/2020/07/02/one.html</link>
<pubDate>Thu, 02 Jul 2020 10:00:00 +0430</pubDate></item>
<item><title>Two</title><guid>http://site.test/two.html</guid></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>A</title><link rel="alternate" href="http://site.test/a"/>
<link rel="self" href="http://site.test/a.atom"/><published>2020-07-02T08:00:00Z</published></entry>
</feed>"""


def test_rss_items_in_order_with_dates() -> None:
    items = parse_feed(RSS, "http://site.test/feed.xml").items
    assert [i.url for i in items] == [
        "http://site.test/2020/07/02/one.html",
        "http://site.test/two.html",
    ]
    assert items[0].published == datetime(2020, 7, 2, 5, 30, tzinfo=UTC)
    assert items[0].title == "One" and items[0].provenance == "rss"
    assert items[1].published is None


def test_atom_alternate_links_and_dates_without_feedparser_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # feedparser's updated→published fallback warns
        (item,) = parse_feed(ATOM, "http://site.test/").items
    assert item.url == "http://site.test/a" and item.provenance == "atom"
    assert item.published == datetime(2020, 7, 2, 8, tzinfo=UTC)
    assert item.modified is None  # no <updated>: not the publication date in disguise


def test_atom_xml_base_and_rss_dc_date() -> None:
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://site.test/news/">'
        b'<entry><link href="story.html"/><updated>2020-07-03T08:00:00+02:00</updated></entry>'
        b"</feed>"
    )
    (item,) = parse_feed(atom, "http://site.test/feed.atom").items
    assert item.url == "http://site.test/news/story.html"
    assert item.published == item.modified == datetime(2020, 7, 3, 6, tzinfo=UTC)
    rdf = (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b'<item rdf:about="http://site.test/a"><link>http://site.test/a</link>'
        b"<dc:date>2020-07-02T10:00:00+02:00</dc:date></item></rdf:RDF>"
    )
    (item,) = parse_feed(rdf, "http://site.test/").items
    assert item.published == datetime(2020, 7, 2, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "content",
    [
        b"<rss><channel><item><link>x</link></item>",  # truncated
        b"not xml at all",
        b"",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"<html><body>a page</body></html>",
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b"<rss><channel><item><link>&b;</link></item></channel></rss>",  # entity expansion
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><link>&x;</link></item></channel></rss>",  # external entity
        b'<rss version="2.0"><channel>'
        + b"<a>" * 100_000
        + b"</a>" * 100_000
        + b"</channel></rss>",
        b'<rss version="2.0"><channel>' + b"<a>" * 100_000,  # deep and unclosed
    ],
)
def test_malformed_and_hostile_feeds_are_refused(content: bytes) -> None:
    with pytest.raises(MalformedFeed):
        parse_feed(content, "http://site.test/feed.xml")


def test_nesting_is_capped_not_just_refused_when_absurd() -> None:
    shallow = b"<rss>" + b"<a>" * (MAX_XML_DEPTH - 1) + b"</a>" * (MAX_XML_DEPTH - 1) + b"</rss>"
    hostile_xml(shallow, "x")
    deeper = b"<rss>" + b"<a>" * MAX_XML_DEPTH + b"</a>" * MAX_XML_DEPTH + b"</rss>"
    with pytest.raises(MalformedFeed, match="nested deeper"):
        hostile_xml(deeper, "x")


def test_rss_091_and_rdf_090_and_json_feed() -> None:
    rss091 = (
        b'<rss version="0.91"><channel><item><title>A</title><link>/a</link></item></channel></rss>'
    )
    rdf090 = (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>T</title></channel>'
        b"<item><title>B</title><link>http://site.test/b</link></item></rdf:RDF>"
    )
    jsonfeed = (
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": ['
        b'{"id": "1", "url": "/c", "title": "C", "date_published": "2020-07-02T08:00:00Z",'
        b' "date_modified": "2020-07-03T08:00:00+02:00"}, {"id": "2"}]}'
    )
    assert [i.url for i in parse_feed(rss091, "http://site.test/").items] == ["http://site.test/a"]
    assert [i.url for i in parse_feed(rdf090, "http://site.test/").items] == ["http://site.test/b"]
    (item,) = parse_feed(jsonfeed, "http://site.test/feed.json").items
    assert item.url == "http://site.test/c" and item.provenance == "json-feed"
    assert item.published == datetime(2020, 7, 2, 8, tzinfo=UTC)
    assert item.modified == datetime(2020, 7, 3, 6, tzinfo=UTC)
    for bad in (b'{"version": 1}', b"[" * 100_000, b'{"version": "https://jsonfeed.org/version/1"'):
        with pytest.raises(MalformedFeed):
            parse_feed(bad, "http://site.test/feed.json")


HOSTILE_LINKS = {
    "http://[host/x": "invalid-url",
    "http://[::1": "invalid-url",
    "http://site.test:8o8o/x": "invalid-url",
    "http://site.test:99999/x": "invalid-url",
    "javascript:alert(1)": "unsupported-scheme",
    "file://server/etc/passwd": "unsupported-scheme",
    "data:text/html,hi": "unsupported-scheme",
    "{{article.url}}": "invalid-url",
    "http://site.test/{slug}.html": "invalid-url",
}


def test_each_listed_link_is_judged_alone_and_the_good_ones_stay() -> None:
    hostile = "".join(f"<item><link><![CDATA[{link}]]></link></item>" for link in HOSTILE_LINKS)
    rss = (
        '<rss version="2.0"><channel><item><link>/good-1.html</link></item>'
        f"{hostile}<item><title>no link at all</title></item>"
        "<item><link>http://site.test/good-2.html</link></item></channel></rss>"
    ).encode()
    listing = parse_feed(rss, "http://site.test/feed.xml")
    assert [i.url for i in listing.items] == [
        "http://site.test/good-1.html",
        "http://site.test/good-2.html",
    ]
    assert {link: error.reason for link, error in listing.rejected} == HOSTILE_LINKS


def test_json_feed_links_with_nul_bytes_and_non_text_are_rejected_items() -> None:
    jsonfeed = (
        b'{"version": "https://jsonfeed.org/version/1.1", "items": ['
        b'{"url": "http://site.test/a\\u0000b"}, {"url": 42}, {"url": "javascript:x"},'
        b' "not an object", {"url": "http://site.test/ok.html"}]}'
    )
    listing = parse_feed(jsonfeed, "http://site.test/feed.json")
    assert [i.url for i in listing.items] == ["http://site.test/ok.html"]
    assert [(link, e.reason) for link, e in listing.rejected] == [
        ("http://site.test/a%00b", "invalid-url"),  # stored with the NUL percent-encoded
        ("42", "invalid-url"),
        ("javascript:x", "unsupported-scheme"),
    ]


def test_unknown_and_multibyte_declared_encodings_are_read() -> None:
    bogus = (
        b'<?xml version="1.0" encoding="x-bogus-enc"?><rss version="2.0"><channel>'
        b"<item><title>Caf\xe9</title><link>http://site.test/a</link></item></channel></rss>"
    )
    (item,) = parse_feed(bogus, "http://site.test/feed").items
    assert item.title == "Café"
    japanese = (
        '<?xml version="1.0" encoding="Shift_JIS"?><rss version="2.0"><channel>'
        "<item><title>東京の天気</title><link>http://site.test/tokyo</link></item></channel></rss>"
    ).encode("shift_jis")
    (item,) = parse_feed(japanese, "http://site.test/feed").items
    assert item.title == "東京の天気"


def test_a_feed_of_100000_items_is_read_up_to_the_cap_and_the_rest_counted() -> None:
    items = "".join(f"<item><link>http://site.test/{i}</link></item>" for i in range(100_000))
    listing = parse_feed(f'<rss version="2.0"><channel>{items}</channel></rss>'.encode(), "x")
    assert len(listing.items) == MAX_FEED_ITEMS
    assert listing.over_cap == 100_000 - MAX_FEED_ITEMS
    assert listing.items[-1].url == f"http://site.test/{MAX_FEED_ITEMS - 1}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu, 02 Jul 2020 10:00:00 +0000", datetime(2020, 7, 2, 10, tzinfo=UTC)),
        ("2020-07-02T10:00:00Z", datetime(2020, 7, 2, 10, tzinfo=UTC)),
        ("2020-07-02T10:00:00", None),  # no zone: which day would it be?
        ("Sun, 30 Feb 2020 10:00:00 +0000", None),  # impossible
        ("2020-07-02T10:00:00+25:00", None),  # no such offset
        ("9999-12-31T23:59:59-12:00", None),  # cannot be expressed in UTC
        ("0001-01-01T00:00:00+14:00", None),
        ("Thu, 01 Jan 99999 00:00:00 GMT", None),
        ("soon", None),
        ("", None),
    ],
)
def test_feed_dates_are_hints_only_when_they_are_real_moments(
    text: str, expected: datetime | None
) -> None:
    assert feed_date(text) == expected
