"""URLs: which strings we may fetch, one spelling per article, and which pages are articles.

Every URL the pipeline meets comes from a hostile document (a feed, a sitemap, a robots.txt, a
redirect, a page's own canonical claim), so the questions are answered here, once:

- `fetchable_url`: an absolute http(s) URL our client can request, or `InvalidUrl` /
  `UnsupportedScheme` saying why not (never a bare ValueError from `urljoin` or `.port`);
- `canonical_url`: one spelling per article (no tracking parameters, fragment, default port,
  host case or AMP marker), the key of `article_id`;
- `is_site_root` / `is_listing_url`: pages that list articles rather than being one (the home
  page, tag/section/author/search/feed pages, date archives, page N of an index);
- `accepted_canonical`: which URL identifies a page's article when the page claims one.

Why our own canonicalization rather than `courlan.normalize_url` (checked on
tests/tasks/test_urls.py): article ids are hashes of this spelling, so it must not change under
stored articles, and courlan's does. Non-strict courlan keeps the fragment (`#comments`), sorts
the query (a new spelling for every stored URL with two parameters), drops blank parameters
(`?print` and `?id=` stop being told apart) and keeps `smid`/`at_*` trackers; strict courlan
drops every parameter outside a short allowlist, so `?article=123` pages collapse into one
article. Neither knows AMP. We do use courlan for what it is good at here: the registrable
domain (Public Suffix List via `tld`), so "same site" means what browsers mean by it.
Why our own listing rules rather than `courlan.is_navigation_page`: that filter calls
WordPress' `?p=123` (an article permalink) navigation, and slugs ending in `-cat/`, `-page/` or
`_user/` too (/2020/07/02/rescued-from-the-cat/), and knows neither search, feeds, date archives
nor the home page.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Container
from urllib.parse import SplitResult, parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

import httpx
from courlan import extract_domain

from schemas.errors import InvalidUrl, NewsledgerError, UnsupportedScheme

FETCHABLE_SCHEMES = frozenset({"http", "https"})
# Longer URLs are refused: the sitemap protocol allows 2,048 characters and common servers
# refuse request lines over 8 KiB, so a longer "URL" is junk or an attack on our storage.
MAX_URL_CHARS = 8192
# C0 controls and DEL never belong in a URL (a NUL ends C strings in some servers and proxies).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
# Template placeholders that leaked into a published link ({{url}}, {slug}, ${id}, <%= x %>,
# [[link]], and their percent-encoded forms): raw braces and angle brackets are not URL
# characters at all (RFC 3986), so a link holding them was never meant to be followed.
TEMPLATE_MARKERS = re.compile(r"[{}<>]|\$%7b|%7b%7b|%7d%7d|\[\[|\]\]", re.IGNORECASE)
# The spellings inet_aton accepts for an IPv4 address besides dotted quads: 2130706433,
# 0x7f000001, 0177.0.0.1, 127.1. Resolvers and many clients read them as addresses.
NUMERIC_HOST = re.compile(r"^(?:0x[0-9a-f]*|\d+)(?:\.(?:0x[0-9a-f]*|\d+)){0,3}\.?$", re.IGNORECASE)
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# One DNS label (RFC 1123; underscores occur in real subdomains).
HOST_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$", re.IGNORECASE)

# Query parameters that identify a click, not a page: they never make a new article.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "ref",
        "ref_src",
        "cmpid",
        "ncid",
        "ocid",
        "smid",
        "sr_share",
        "spm",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "hsa_")
# AMP spellings of a page, and what they stand for. Query markers: (key, value or "*").
AMP_PARAMS = frozenset({("amp", "*"), ("outputtype", "amp"), ("output", "amp")})
AMP_PATHS = (
    (re.compile(r"/amp/?$"), "/"),  # /2020/07/02/story/amp → /2020/07/02/story/
    (re.compile(r"^/amp(?=/)"), ""),  # /amp/2020/07/02/story → /2020/07/02/story
    (re.compile(r"\.amp(\.html?)?$"), r"\1"),  # story.amp.html → story.html
)
AMP_CACHE_SUFFIX = ".cdn.ampproject.org"
AMP_CACHE_PATH = re.compile(r"^/[a-z]/(?:(s)/)?")  # /c/s/example.com/… is https://example.com/…

# ---- what is an article page: general conventions of news sites, as data --------------------

# The home page as a path (no query): /, /index.html, /default.aspx, /home, a language root.
HOME_PATH = re.compile(
    r"^/(?:(?:index|default|home)(?:\.[a-z]{2,5})?|[a-z]{2}(?:[-_][a-z]{2})?)?/?$", re.IGNORECASE
)
# A path segment that names an index of articles. Followed by at most LISTING_TAIL name-like
# segments, the page is that index (/tag/iran, /category/world/europe/, /author/jane-doe,
# /page/2, /search, /feed/); followed by an article slug it is an article filed there.
LISTING_SEGMENTS = frozenset(
    {
        "tag",
        "tags",
        "category",
        "categories",
        "topic",
        "topics",
        "section",
        "sections",
        "author",
        "authors",
        "archive",
        "archives",
        "label",
        "labels",
        "search",
        "page",
        "feed",
        "feeds",
        "rss",
        "atom",
    }
)
LISTING_TAIL = 2
# A segment that says "article": four or more words, a long number (an id), or a page file.
# The words are tried from a word's start only, so a segment of 8,000 letters is one pass.
ARTICLE_SLUG = re.compile(
    r"(?<![^-_.])(?:[^-_.]+[-_]){3,}[^-_.]+|\d{5,}|\.(?!xml$|rss$|atom$|json$)[a-z0-9]{2,5}$",
    re.IGNORECASE,
)
# A feed document by its file name (/feed.xml, /rss.xml, /atom.xml, /news.rss).
FEED_FILE = re.compile(r"^(?:feed|rss|atom|index)\.(?:xml|rss|atom|json)$|\.(?:rss|atom)$", re.I)
# A date archive: nothing but a year, a month and a day (/2020/, /2020/07/, /2020/07/02/).
DATE_ARCHIVE = re.compile(r"^/(?:1[89]|2\d)\d\d(?:/[01]?\d(?:/[0-3]?\d)?)?/?$")
# Query keys that turn the home page into a page of results (WordPress ?s=, ?paged=, ?cat=).
# `p` is not one: /?p=123 is a WordPress article permalink.
INDEX_QUERY_KEYS = frozenset(
    {"s", "q", "query", "search", "page", "paged", "tag", "cat", "category", "author"}
)


def literal_address(host: str) -> IPAddress | None:
    """The address a host *is* (no DNS needed): an IPv6 or IPv4 literal, including the numeric
    IPv4 spellings inet_aton accepts (decimal, hex, octal, short); None for a name."""
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    if NUMERIC_HOST.match(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host.rstrip(".")))
        except OSError:
            return None
    return None


def _check_host(host: str, url: str) -> None:
    if ":" in host:  # an IPv6 literal (urlsplit already removed the brackets)
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError as exc:
            raise InvalidUrl(f"bad IPv6 host in {url[:200]!r}") from exc
        return
    labels = host.encode("idna").decode("ascii").rstrip(".").split(".")
    if not all(HOST_LABEL.match(label) for label in labels):
        raise InvalidUrl(f"bad host name in {url[:200]!r}")


def fetchable_url(raw: object, base: str | None = None) -> str:
    """`raw` (resolved against `base`) as an absolute http(s) URL our client can request.

    Raises UnsupportedScheme for javascript:, file:, data:, mailto:, ftp: …; InvalidUrl for
    everything else that is not a fetchable URL (empty, relative without a base, unparsable,
    bad port or host, control characters, template placeholders, over MAX_URL_CHARS).
    """
    if not isinstance(raw, str):
        raise InvalidUrl(f"a link that is not text ({type(raw).__name__})")
    text = raw.strip()
    if not text:
        raise InvalidUrl("empty link")
    if len(text) > MAX_URL_CHARS:
        raise InvalidUrl(f"a link of {len(text)} characters (the cap is {MAX_URL_CHARS})")
    if CONTROL_CHARACTERS.search(text):
        raise InvalidUrl(f"control character in {text[:200]!r}")
    if TEMPLATE_MARKERS.search(text):
        raise InvalidUrl(f"template placeholder in {text[:200]!r}")
    try:
        written = urlsplit(text)
        absolute = urljoin(base, text) if base else text
        parts = urlsplit(absolute)
        port = parts.port
    except ValueError as exc:
        raise InvalidUrl(f"unparsable URL {text[:200]!r}: {exc}") from exc
    if written.scheme.lower() in FETCHABLE_SCHEMES and not written.netloc:
        # `http:///x` or `http:x`: urljoin would quietly borrow the base's host
        raise InvalidUrl(f"no host in {text[:200]!r}")
    scheme = parts.scheme.lower()
    if not scheme:
        raise InvalidUrl(f"relative link {text[:200]!r} with nothing to resolve it against")
    if scheme not in FETCHABLE_SCHEMES:
        raise UnsupportedScheme(f"{scheme}: link {text[:200]!r}")
    host = parts.hostname
    if not host:
        raise InvalidUrl(f"no host in {text[:200]!r}")
    if port == 0:
        raise InvalidUrl(f"port 0 in {text[:200]!r}")
    try:
        _check_host(host, absolute)
        literal = literal_address(host)
        # httpx refuses some numeric spellings (0177.0.0.1) that name an address all the same:
        # check the URL as it will be requested, at that address (the fetcher pins to it).
        httpx.URL(absolute if literal is None else _at_address(parts, literal))
    except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
        raise InvalidUrl(f"unusable URL {text[:200]!r}: {exc}") from exc
    return absolute


def _at_address(parts: SplitResult, address: IPAddress) -> str:
    host = f"[{address}]" if address.version == 6 else str(address)
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit(parts._replace(netloc=netloc))


def _amp_free(parts: SplitResult) -> SplitResult:
    """The canonical page an AMP URL stands for (the AMP cache, /amp paths, ?amp=1)."""
    if (parts.hostname or "").endswith(AMP_CACHE_SUFFIX) and AMP_CACHE_PATH.match(parts.path):
        return urlsplit(AMP_CACHE_PATH.sub(r"http\1://", parts.path, count=1))
    path = parts.path
    for pattern, replacement in AMP_PATHS:
        path = pattern.sub(replacement, path)
    return parts._replace(path=path)


def _is_tracking(key: str, value: str) -> bool:
    key = key.lower()
    return (
        key in TRACKING_PARAMS
        or key.startswith(TRACKING_PREFIXES)
        or (key, value.lower()) in AMP_PARAMS
        or (key, "*") in AMP_PARAMS
    )


def canonical_url(url: str, declared: str | None = None) -> str:
    """One spelling per article: `declared` (resolved against `url`) if given, else `url`,
    without tracking parameters, AMP markers, the fragment, default ports and host case.

    Raises InvalidUrl for what cannot be parsed (use `accepted_canonical` to decide whether a
    page's own claim should be followed at all)."""
    try:
        chosen = urljoin(url, declared) if declared else url
        parts = _amp_free(urlsplit(chosen.strip()))
        port = parts.port
    except ValueError as exc:
        raise InvalidUrl(f"unparsable URL {(declared or url)[:200]!r}: {exc}") from exc
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    default_port = {"http": 80, "https": 443}.get(parts.scheme.lower())
    netloc = host if port in (None, default_port) else f"{host}:{port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k, v)
    ]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))


def is_site_root(url: str) -> bool:
    """The site's home page (/, /index.html, /en/ …) with no query."""
    parts = urlsplit(url)
    return not parts.query and HOME_PATH.match(parts.path or "/") is not None


def is_listing_url(url: str) -> bool:
    """A page that lists articles by convention: tag, category, topic, section, author and
    archive indexes, search results, feeds, date archives, page N of any of them."""
    parts = urlsplit(url)
    path = unquote(parts.path or "/")
    segments = [s for s in path.split("/") if s]
    if DATE_ARCHIVE.match(path):
        return True
    if segments and FEED_FILE.search(segments[-1]):
        return True
    keys = {key.lower() for key, _ in parse_qsl(parts.query, keep_blank_values=True)}
    if HOME_PATH.match(path) and keys & INDEX_QUERY_KEYS:
        return True
    for i, segment in enumerate(segments):
        if segment.lower() in LISTING_SEGMENTS:
            tail = segments[i + 1 :]
            if len(tail) <= LISTING_TAIL and not any(ARTICLE_SLUG.search(t) for t in tail):
                return True
    return False


def is_article_candidate(url: str) -> bool:
    """Neither the home page nor a listing page: worth fetching as an article."""
    return not is_site_root(url) and not is_listing_url(url)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def site_of(url: str) -> str:
    """The registrable domain of `url` (news.bbc.co.uk → bbc.co.uk; x.blogspot.com stays),
    an IP address as itself; for names outside the Public Suffix List, the last two labels."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if not host or _is_ip(host):
        return host
    return extract_domain(url) or ".".join(host.split(".")[-2:])


def accepted_canonical(
    page_url: str, declared: str | None, *, known_urls: Container[str] = frozenset()
) -> str:
    """The URL a page's article is identified by: its declared canonical when that is a
    trustworthy claim, else the page's own canonical URL.

    A claim is followed only if it is a fetchable http(s) URL (no template placeholder, no bad
    port), on the same site (registrable domain), neither the site's home page nor a listing
    page, and not the own URL of another article we know (`known_urls`: the canonical forms of
    the URLs other known articles were fetched at). A site that declares its home page, or a
    page that claims another story's URL, must not merge separate stories into one article.
    """
    own = canonical_url(page_url)
    if not declared:
        return own
    try:
        claimed = canonical_url(fetchable_url(declared, page_url))
    except NewsledgerError:
        return own
    if claimed == own:
        return own
    if site_of(claimed) != site_of(own) or not is_article_candidate(claimed):
        return own
    if claimed in known_urls:
        return own
    return claimed
