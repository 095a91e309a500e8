"""Clean a page into title, body text, authors and language (trafilatura does the main text).

Decoding survives wrong charsets (see `decode_html`): valid UTF-8 wins over a stale label, a
declared charset is used when detection agrees with it, else the detected one; a page nothing
decodes degrades to a few replacement characters, never a crash.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer
import lxml.html
import trafilatura
from lxml.etree import ParserError

from schemas.errors import ExtractionFailed, UnsupportedContent
from tasks.boilerplate import drop_teasers
from tasks.page import ParsedPage
from tasks.titles import choose_title

# Bump when extraction output changes for some page (tasks.derivation).
CODE_VERSION = "2"

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_WESTERN_SINGLE_BYTE = frozenset({"iso8859-1", "iso8859-15", "cp1252"})
_DETECT_BYTES = 64 * 1024
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:;|\||\band\b|&)\s*")
_AUTHOR_PREFIX = re.compile(r"^(?:by|author|authors|written by|von|par|por)\b\s*:?\s*", re.I)
_MIN_BODY_CHARS = 40
_BYLINE_SCAN_LINES = 3
_BYLINE_MAX_CHARS = 160
_SENTENCE_ENDS = (".", "!", "?", '"', "”", ":")


@dataclass(frozen=True)
class Extracted:
    title: str | None
    body: str
    authors: list[str]
    language: str | None
    declared_canonical: str | None


def _try_decode(body: bytes, charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_html(body: bytes, content_type: str | None) -> str:
    """Text of an HTML body, whatever its headers claim; a plainly binary body is refused.

    Order: a byte-order mark; valid UTF-8 (bytes that decode strictly as UTF-8 and are not
    plain ASCII are UTF-8 in practice, whatever a stale header or <meta> says); the header's
    charset, then the page's <meta>, when they decode without error *and* agree with what
    detection sees; detection (charset_normalizer); UTF-8 with replacement as the last resort.
    """
    if b"\x00" in body[:4096] and not body.startswith(_UTF16_BOMS):
        raise UnsupportedContent("binary body (NUL bytes) where HTML was expected")
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(encoding, errors="replace")
    strict_utf8 = _try_decode(body, "utf-8")
    if strict_utf8 is not None:
        return strict_utf8
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(body[:4096])
    declared = [
        header.group(1) if header else None,
        meta.group(1).decode("ascii", "replace") if meta else None,
    ]
    guess = charset_normalizer.from_bytes(body[:_DETECT_BYTES]).best()
    detected = guess.encoding if guess is not None else None
    for charset in declared:
        text = _try_decode(body, charset)
        if text is not None and (detected is None or _same_family(charset, detected)):
            return text
    text = _try_decode(body, detected)
    if text is not None:
        return text
    for charset in declared:  # detection failed to decode: a declared charset that works
        text = _try_decode(body, charset)
        if text is not None:
            return text
    return body.decode("utf-8", errors="replace")


def _same_family(declared: str | None, detected: str) -> bool:
    """Single-byte Western encodings are near-synonyms; others must match by name."""
    if not declared:
        return False
    names = {codecs.lookup(n).name for n in (declared, detected) if _known(n)}
    return len(names) == 1 or names <= _WESTERN_SINGLE_BYTE


def _known(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _page_facts(html: str) -> tuple[str | None, str | None]:
    """(language, declared canonical URL) from the page head."""
    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return None, None
    lang = tree.get("lang") or next(
        iter(tree.xpath("//meta[@http-equiv='content-language']/@content")), None
    )
    if not lang:
        locale = next(iter(tree.xpath("//meta[@property='og:locale']/@content")), None)
        lang = locale.replace("_", "-") if locale else None
    canonical = next(
        iter(
            tree.xpath("//link[@rel='canonical']/@href")
            + tree.xpath("//meta[@property='og:url']/@content")
        ),
        None,
    )
    language = lang.split("-", 1)[0].strip().lower() or None if lang else None
    return language, (str(canonical).strip() or None) if canonical else None


def _clean_author(name: str) -> str:
    name = _AUTHOR_PREFIX.sub("", name.strip(" ,|"))
    return name.title() if name.isupper() else name


def split_authors(value: str | None) -> list[str]:
    """Names from a byline: "By JANE DOE and John Roe" → ["Jane Doe", "John Roe"]."""
    if not value:
        return []
    names = (_clean_author(name) for name in _AUTHOR_SEPARATORS.split(value))
    return [name for name in names if name]


def drop_byline_lines(lines: list[str], authors: list[str]) -> list[str]:
    """Leading short lines that name the authors, and are not sentences, are a byline."""
    folded = [a.casefold() for a in authors]
    start = 0
    while (
        start < min(len(lines), _BYLINE_SCAN_LINES)
        and len(lines[start]) <= _BYLINE_MAX_CHARS
        and not lines[start].endswith(_SENTENCE_ENDS)
        and any(a in lines[start].casefold() for a in folded)
    ):
        start += 1
    return lines[start:]


def extract_page(html: str, url: str) -> Extracted:
    """Main text and metadata of one article page; ExtractionFailed when there is no text."""
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
        )
    except (ValueError, TypeError, ParserError) as exc:
        raise ExtractionFailed(f"{url}: extractor error: {exc}") from exc
    text = getattr(document, "text", None) or ""
    if len(text.strip()) < _MIN_BODY_CHARS:
        raise ExtractionFailed(f"{url}: no article text found ({len(text.strip())} chars)")
    extractor_title = (getattr(document, "title", None) or "").strip() or None
    title = choose_title(ParsedPage(html, url), extractor_title).title
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and lines[0] in (title, extractor_title):  # the headline is not part of the body
        lines = lines[1:]
    lines = drop_teasers(lines)
    language, canonical = _page_facts(html)
    authors = split_authors(getattr(document, "author", None))
    return Extracted(
        title=title,
        body="\n".join(drop_byline_lines(lines, authors)),
        authors=authors,
        language=language or getattr(document, "language", None),
        declared_canonical=canonical,
    )
