"""One parse per capture: the page's HTML tree, meta tags and JSON-LD, built once and shared.

Why: extraction, titles, dates and datelines all read the same page. Parsing it once (and its
JSON-LD once) instead of once per stage is the cheapest speed-up the derive path has, and it
makes the stages agree on what the page is. `ParsedPage` is pure: it holds the decoded HTML and
the page's URL and computes each view of them on first use.

Hostile pages are bounded here, once: JSON-LD deeper than `MAX_JSONLD_DEPTH` is not walked,
a script over `MAX_JSONLD_CHARS` is salvaged by pattern instead of parsed, and JSON nested
beyond what the parser's recursion allows is treated as broken JSON (salvaged), not a crash.
"""

from __future__ import annotations

import copy
import json
import re
from functools import cached_property
from typing import Final

import lxml.html
from lxml import etree
from trafilatura.utils import repair_faulty_html

# Bounds on what one page may cost (see the module docstring).
MAX_JSONLD_DEPTH = 8  # @graph / mainEntity / hasPart nesting walked for objects
MAX_JSONLD_OBJECTS = 300  # objects collected from one page
MAX_JSONLD_CHARS = 2_000_000  # a larger script is salvaged by pattern, never json.loads'd
SALVAGE_SCAN_CHARS = 200_000  # how much of a broken script the salvage patterns read

_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
# A broken script still states its dates and whether it is an article: those pairs are
# salvaged (other keys of a broken script are not trusted).
SALVAGE_PAIR = re.compile(
    r'"(?P<key>datePublished|dateCreated|dateModified|uploadDate)"\s*:\s*"(?P<value>[^"]{6,40})"'
)
SALVAGE_TYPE = re.compile(r'"@type"\s*:\s*"(?P<type>[A-Za-z]*Article|[A-Za-z]*Posting)"')

# JSON-LD @type values that are articles (the page's own story): the headline and the dates
# read the objects of these types first.
ARTICLE_TYPES: Final[frozenset[str]] = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "satiricalarticle",
        "scholarlyarticle",
        "techarticle",
        "socialmediaposting",
        "liveblogposting",
        "blogposting",
        "report",
        "review",
        "creativework",
    }
)


def jsonld_types(obj: dict[str, object]) -> set[str]:
    """A JSON-LD object's @type values, lowercase, without a schema URL's prefix."""
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return {x.lower().rsplit("/", 1)[-1] for x in items if isinstance(x, str)}


def is_article(obj: dict[str, object]) -> bool:
    """Is the JSON-LD object the page's own story (one of `ARTICLE_TYPES`)?"""
    return not jsonld_types(obj).isdisjoint(ARTICLE_TYPES)


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """The document tree of `html` (comments and processing instructions dropped), or None
    for an empty or unparsable page.

    The page is first repaired as trafilatura repairs what it parses (control characters out, a
    self-closed `<html/>` or a doctype libxml2 chokes on fixed), so that handing trafilatura this
    tree gives the text it would find in the string.
    """
    if not html or not html.strip():
        return None
    html = repair_faulty_html(html, html[:50].lower())
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, TypeError):
        return None


def _attr(el: etree._Element, name: str) -> str:
    value = el.get(name)
    return value if isinstance(value, str) else ""


def _load_json(raw: str) -> object:
    """A JSON-LD script's data: as written, with trailing commas repaired, else salvaged."""
    if len(raw) <= MAX_JSONLD_CHARS:
        for text in (raw, _TRAILING_COMMA.sub(r"\1", raw)):
            try:
                return json.loads(text, strict=False)
            except (ValueError, RecursionError):
                continue
    return _salvage(raw)


def _salvage(raw: str) -> dict[str, object]:
    """The "key": "value" pairs a broken script states, with its @type (or nothing)."""
    scanned = raw[:SALVAGE_SCAN_CHARS]
    found: dict[str, object] = {}
    for m in SALVAGE_PAIR.finditer(scanned):
        found.setdefault(m["key"], m["value"])
    typed = SALVAGE_TYPE.search(scanned)
    if found and typed:
        found["@type"] = typed["type"]
    return found


def _walk(data: object, out: list[dict[str, object]], depth: int) -> None:
    """Collect objects breadth-limited and depth-limited (no recursion past the bound)."""
    if depth > MAX_JSONLD_DEPTH or len(out) > MAX_JSONLD_OBJECTS:
        return
    if isinstance(data, list):
        for item in data:
            _walk(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart"):
            if key in data:
                _walk(data[key], out, depth + 1)


class ParsedPage:
    """A captured page, parsed once: `tree`, `meta`, `jsonld`, `language`, `declared_canonical`.

    Stages read these views and never re-parse `html`. `tree` is shared and must not be
    modified; a stage that edits a tree (trafilatura cleans the one it is given) takes
    `tree_copy()`.
    """

    def __init__(self, html: str, url: str) -> None:
        self.html = html
        self.url = url

    @cached_property
    def tree(self) -> lxml.html.HtmlElement | None:
        return parse_html(self.html)

    def tree_copy(self) -> lxml.html.HtmlElement | None:
        """A private copy of the tree for a stage that edits it."""
        return copy.deepcopy(self.tree) if self.tree is not None else None

    @cached_property
    def meta(self) -> dict[str, tuple[str, ...]]:
        """<meta> contents by lowercased name, property, itemprop or http-equiv, in page order."""
        found: dict[str, list[str]] = {}
        if self.tree is None:
            return {}
        for el in self.tree.iter("meta"):
            content = _attr(el, "content")
            for attribute in ("name", "property", "itemprop", "http-equiv"):
                key = _attr(el, attribute).strip().lower()
                if key:
                    found.setdefault(key, []).append(content)
        return {key: tuple(values) for key, values in found.items()}

    def meta_first(self, *keys: str) -> str | None:
        """The first non-empty content among `keys`, in the order given."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value.strip():
                    return value.strip()
        return None

    @cached_property
    def jsonld(self) -> list[dict[str, object]]:
        """Every object of the page's JSON-LD (a broken script yields its salvaged pairs)."""
        out: list[dict[str, object]] = []
        if self.tree is None:
            return out
        for script in self.tree.iter("script"):
            if "ld+json" not in _attr(script, "type").lower():
                continue
            raw = _CDATA.sub("", (script.text or "").strip())
            if raw:
                _walk(_load_json(raw), out, 0)
        return out

    @cached_property
    def language(self) -> str | None:
        """The language the page declares (html lang, Content-Language, og:locale), as a
        lowercase primary subtag ("en"), or None."""
        if self.tree is None:
            return None
        lang = _attr(self.tree, "lang") or self.meta_first("content-language")
        if not lang:
            locale = self.meta_first("og:locale")
            lang = locale.replace("_", "-") if locale else None
        if not lang:
            return None
        return lang.split("-", 1)[0].strip().lower() or None

    @cached_property
    def declared_canonical(self) -> str | None:
        """What the page says its canonical URL is (rel=canonical, else og:url), as written."""
        if self.tree is None:
            return None
        for el in self.tree.iter("link"):
            if "canonical" in _attr(el, "rel").lower().split() and _attr(el, "href").strip():
                return _attr(el, "href").strip()
        return self.meta_first("og:url")
