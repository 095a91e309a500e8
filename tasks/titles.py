"""The article's headline, chosen among the title signals a page carries.

A page usually states its headline several times: JSON-LD `headline`, `og:title`,
`twitter:title`, `<title>` (mostly with the site's name: "Story | Site", "Site » Section »
Story") and the visible `<h1>` (sometimes with a kicker, `<span class=kicker>Corona</span>
Story`; on many blogs the first `<h1>` is the site's logo). `choose_title` collects them, takes
the site's name off each, and picks the candidate the other signals agree with:

- the site's names: og:site_name, application-name, the JSON-LD publisher / WebSite name
  (else headings that are a link to the site's home page: logos), an <h1> outside the article
  that is the short end of a two-part title (a banner), and the page's host
  ("Time 4 talks" is time4talks.com; a Wayback URL stands for the page it archived);
- a title is cut at its separators (`SEPARATORS`; a colon only next to a site's name): the
  site's parts go, a breadcrumb ("Site » Section » Story") leaves its leaf, and when no part
  names the site, short trailing parts after a long story go ("Story - Some Blog");
- a candidate's support is the set of signal kinds that state it, whole or as one end of their
  own (site-free) text ("Corona-Pandemie - Story" supports "Story");
- the best supported candidate wins; on a tie the article's own headline (JSON-LD, then the
  `<h1>`) beats the social titles and the title tag, but an `<h1>` nothing else confirms never
  beats them (it may be a section heading or a logo).

The patterns are data (the tables below); the functions only apply them.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable, Iterator
from copy import deepcopy
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Final
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from tasks.date_patterns import ARTICLE_TYPES
from tasks.page import ParsedPage

# Bump when the chosen headline or SEO title changes for some page (tasks.derivation).
CODE_VERSION = "1"

# ---------------------------------------------------------------------------------------------
# Data

# Separators between a title's parts: written with spaces on both sides ("Story | Site").
SEPARATORS: Final = (
    "|",
    "||",
    "-",
    "--",
    "–",
    "—",
    "::",
    "»",
    "«",
    "›",
    "‹",
    "·",
    "•",
    "~",
    "/",
    "//",
)
# A colon separates too ("www.site.de: Story", "Story : Site | Tagline"), but headlines use it
# themselves ("Dubai: the largest plant"), so a title is cut there only next to the site's name.
WEAK_SEPARATORS: Final = (":",)

# Where the signals are, in the order a tie prefers them (the visible/machine headline first).
JSONLD_HEADLINE_KEYS: Final = ("headline",)
JSONLD_SITE_TYPES: Final = frozenset({"website", "organization", "newsmediaorganization"})
META_TITLES: Final = (
    ("og:title", ("//meta[@property='og:title']/@content", "//meta[@name='og:title']/@content")),
    (
        "twitter:title",
        ("//meta[@name='twitter:title']/@content", "//meta[@property='twitter:title']/@content"),
    ),
)
SITE_NAME_XPATHS: Final = (
    "//meta[@property='og:site_name']/@content",
    "//meta[@name='application-name']/@content",
    "//meta[@name='apple-mobile-web-app-title']/@content",
)
PAGE_URL_XPATHS: Final = ("//meta[@property='og:url']/@content", "//link[@rel='canonical']/@href")
TIE_PRIORITY: Final = {
    "json-ld": 5,
    "h1": 4,
    "og:title": 3,
    "twitter:title": 2,
    "title": 1,
    "h2": 0,
}
HEADING_KINDS: Final = frozenset({"h1", "h2"})
UNCONFIRMED_HEADING_PRIORITY: Final = -1
ARTICLE_CONTAINERS: Final = ("article", "main")

# Headings: where they are not the article's, and the parts of an <h1> that are not its headline.
MAX_HEADINGS: Final = 5
MAX_TITLE_CHARS: Final = 300
HEADING_OUTSIDE: Final = ("aside", "footer")  # a <nav> may hold it: the breadcrumb's leaf
HIDDEN_CLASS_WORDS: Final = (
    "screen-reader",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "element-invisible",
    "navskip",
    "skip-link",
)
KICKER_CLASS_WORDS: Final = (
    "kicker",
    "overline",
    "topline",
    "dachzeile",
    "roofline",
    "eyebrow",
    "topic-label",
    "supertitle",
    "overhead",
    "pretitle",
)
# When the page has no <h1> to offer: its first <h2>s may be the headline (if confirmed).
MAX_SUBHEADINGS: Final = 3
LOGO_CLASS_WORDS: Final = ("site-title", "site-name", "sitename", "blog-title", "logo", "brand")

# Hosts: an archive's URL names the page it archived; labels that say nothing about the site.
ARCHIVED_URL: Final = re.compile(
    r"^https?://web\.archive\.org/web/[^/]+/(?P<url>https?://.+)$", re.I
)
HOST_NOISE_LABELS: Final = frozenset(
    {"www", "www2", "m", "amp", "mobile", "news", "blog", "blogs", "web", "home", "co", "com"}
    | {"org", "net", "gov", "ac", "edu", "or", "ne", "go"}
)
MIN_HOST_LABEL: Final = 4
MAX_HOST_PART_WORDS: Final = 6
# With no known site name: trailing parts this short after a story longer than this go.
MAX_UNKNOWN_SITE_WORDS: Final = 4
# After the site's name is gone: trailing section names ("Story | iPhone | Forum | Site").
MAX_SECTION_WORDS: Final = 2
SENTENCE_ENDS: Final = (".", "?", "!", "…")
# Agreement: two texts agree when their words match this closely (a typo, a mis-decoded
# apostrophe); a candidate is confirmed by a longer text it opens when it has this share of
# its words ("Cake" by "Cake by jane | Recipes").
SAME_TEXT_RATIO: Final = 0.95
MIN_PREFIX_SHARE: Final = 0.5
INVISIBLE_CHARS: Final = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")

_STRONG_ALTERNATIVES: Final = "|".join(
    re.escape(s) for s in sorted(SEPARATORS, key=len, reverse=True)
)
_WEAK_ALTERNATIVES: Final = "|".join(re.escape(s) for s in WEAK_SEPARATORS)
_SPLIT_STRONG: Final = re.compile(rf"\s+(?P<sep>{_STRONG_ALTERNATIVES})\s+")
_SPLIT_ALL: Final = re.compile(
    rf"\s+(?P<sep>{_STRONG_ALTERNATIVES})\s+|\s*(?P<weak>{_WEAK_ALTERNATIVES})\s+"
)
_WORD: Final = re.compile(r"\w+")


# ---------------------------------------------------------------------------------------------
# Text helpers


def normalise_title(text: str | None) -> str:
    """One line, entities decoded (JSON-LD and double-encoded metas carry them), no invisible
    characters."""
    if not text:
        return ""
    if "&" in text:
        text = html_lib.unescape(text)
    return " ".join(INVISIBLE_CHARS.sub("", text).split())


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _key(text: str) -> str:
    return " ".join(_words(text))


@dataclass(frozen=True)
class _Part:
    text: str
    start: int
    end: int
    sep_before: str  # the separator before this part, stripped ("" for the first)
    weak_before: bool


def split_title(title: str, *, weak: bool = True) -> list[_Part]:
    """A title's parts at its separators (the colon too when `weak`), each with the separator
    before it."""
    parts: list[_Part] = []
    pos, sep, is_weak = 0, "", False
    for m in (_SPLIT_ALL if weak else _SPLIT_STRONG).finditer(title):
        if title[pos : m.start()].strip():
            parts.append(_Part(title[pos : m.start()], pos, m.start(), sep, is_weak))
        is_weak = m.group("sep") is None
        sep, pos = m.group("sep") or m.groupdict().get("weak") or "", m.end()
    if title[pos:].strip():
        parts.append(_Part(title[pos:], pos, len(title), sep, is_weak))
    return parts or [_Part(title, 0, len(title), "", False)]


# ---------------------------------------------------------------------------------------------
# The site's names


def page_host_labels(url: str | None) -> list[str]:
    """The labels of the page's host that can name the site ("time4talks" of
    www.time4talks.com; an archived page's original host)."""
    if not url:
        return []
    m = ARCHIVED_URL.match(url.strip())
    host = (urlsplit(m["url"] if m else url.strip()).hostname or "").lower()
    labels = host.split(".")[-2::-1]  # nearest the top-level domain first; that one names none
    compact = ["".join(_words(label)).replace("_", "") for label in labels]
    return [c for c in compact if len(c) >= MIN_HOST_LABEL and c not in HOST_NOISE_LABELS]


@dataclass(frozen=True)
class SiteNames:
    names: frozenset[str]  # word keys of the site's stated names
    host_labels: tuple[str, ...]

    def is_name(self, text: str) -> bool:
        """The text is one of the site's stated names."""
        return _key(text) in self.names

    def spells_host(self, part: str, label: str) -> bool:
        """A short title part with words spelling the host label ("Disfunctions.de",
        "Krimiblog-Archiv", "MyOOS Community Forum", "DIE ACHSE DES GUTEN. ACHGUT.COM")."""
        words = _words(part)
        if not words or len(words) > MAX_HOST_PART_WORDS:
            return False
        runs = {
            "".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
        }
        return label in runs


def _is_root_link(href: str) -> bool:
    m = ARCHIVED_URL.match(href.strip())
    parts = urlsplit(m["url"] if m else href.strip())
    return parts.path in ("", "/") and not parts.query and not parts.fragment


def _class_words(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def _is_logo(heading: etree._Element) -> bool:
    """A heading that is the site's logo: a logo class, or nothing but a link home."""
    if any(w in _class_words(heading) for w in LOGO_CLASS_WORDS):
        return True
    links = heading.xpath(".//a[@href]")
    text = _key(heading.text_content())
    return (
        len(links) == 1
        and _is_root_link(links[0].get("href", ""))
        and _key(links[0].text_content()) == text
    )


def site_names(
    root: lxml.html.HtmlElement,
    jsonld: list[dict[str, object]],
    url: str | None,
    logos: Iterable[str],
    banners: Iterable[str],
    titles: Iterable[str],
) -> SiteNames:
    """The site's names: the stated ones (not a page title of several parts that a CMS states
    as its site's name too), else the logos; the banners; the host's labels."""
    names = [str(v) for xpath in SITE_NAME_XPATHS for v in root.xpath(xpath)]
    for obj in jsonld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
        types = obj.get("@type")
        name = obj.get("name")
        if isinstance(types, str) and types.lower() in JSONLD_SITE_TYPES and isinstance(name, str):
            names.append(name)
    whole_titles = {_key(t) for t in titles if len(split_title(t)) > 1}
    keys = {k for k in (_key(normalise_title(n)) for n in names) if k} - whole_titles
    if not keys:  # a "logo" heading that is not the stated site name is a headline
        keys.update(_key(n) for n in logos)
    keys.update(_key(n) for n in banners)
    urls = [url, *(str(v) for xpath in PAGE_URL_XPATHS for v in root.xpath(xpath)[:1])]
    labels = [label for u in urls for label in page_host_labels(u)]
    return SiteNames(frozenset(keys - {""}), tuple(dict.fromkeys(labels)))


# ---------------------------------------------------------------------------------------------
# Taking the site's name off a title


def strip_site_name(title: str, site: SiteNames, *, guess: bool = False) -> str:
    """ "Story | Site", "Site | Story", "Site » Section » Story", "Story | Section | Site",
    "Story : Site | Tagline" → "Story". With no part naming the site and `guess` (a <title>
    tag, where a site's name is the rule), short trailing parts after a long story go."""
    title = normalise_title(title)
    parts = split_title(title)
    if len(parts) == 1:
        return title
    named = [site.is_name(p.text) for p in parts]  # a stated name first, else the host's
    for label in site.host_labels if not any(named) else ():
        named = [site.spells_host(p.text, label) for p in parts]
        if any(named) and not all(named):
            break
    if not any(named) or all(named):
        return _strip_unknown_site(title, MAX_UNKNOWN_SITE_WORDS) if guess else title
    first = named.index(True)
    if first > 0:  # the story comes before the site's name (and any tagline after it)
        return _strip_unknown_site(title[: parts[first - 1].end].strip(), MAX_SECTION_WORDS)
    lo = next((i for i, n in enumerate(named) if not n), None)
    if lo is None:
        return title
    hi = max(i for i, n in enumerate(named) if not n)
    rest = title[parts[lo].start : parts[hi].end].strip()
    return _breadcrumb_leaf(rest, parts[lo].sep_before)


def _breadcrumb_leaf(rest: str, site_sep: str) -> str:
    """After a leading site name: "Section » Story" (the site's own separator, or one
    separator repeated) is a path whose leaf is the story."""
    parts = split_title(rest, weak=False)
    seps = [p.sep_before for p in parts[1:]]
    if not seps or len(set(seps)) != 1:
        return rest
    if len(seps) >= 2 or seps[0] == site_sep:
        return parts[-1].text.strip()
    return rest


def _strip_unknown_site(title: str, max_words: int) -> str:
    """Trailing parts of at most `max_words` words, not sentences, after a longer first part
    ("Story | Some Blog", "Story | iPhone | Forum")."""
    parts = split_title(title, weak=False)
    if len(parts) < 2:
        return title
    first_words = len(_words(parts[0].text))
    hi = len(parts)
    while (
        hi > 1
        and len(_words(parts[hi - 1].text)) <= max_words < first_words
        and not parts[hi - 1].text.rstrip().endswith(SENTENCE_ENDS)
    ):
        hi -= 1
    return title[: parts[hi - 1].end].strip()


# ---------------------------------------------------------------------------------------------
# Headings


def _has_class_word(el: etree._Element, words: Iterable[str]) -> bool:
    classes = _class_words(el)
    return any(w in classes for w in words)


def _outside_article(el: etree._Element) -> bool:
    return any(
        a.tag in HEADING_OUTSIDE or _has_class_word(a, HIDDEN_CLASS_WORDS)
        for a in el.iterancestors()
        if isinstance(a.tag, str)
    )


def heading_text(heading: etree._Element) -> str:
    """An <h1>'s headline: without a kicker (its own element with a kicker class) or hidden
    separators, when a headline of more than one word remains."""
    full = normalise_title(heading.text_content())
    copy = deepcopy(heading)
    dropped = False
    for el in list(copy.iter()):
        if el is copy or not isinstance(el.tag, str):
            continue
        if _has_class_word(el, KICKER_CLASS_WORDS) or _has_class_word(el, HIDDEN_CLASS_WORDS):
            el.drop_tree()
            dropped = True
    if not dropped:
        return full
    rest = normalise_title(copy.text_content())
    return rest if len(_words(rest)) >= 2 else full


def _in_article(el: etree._Element) -> bool:
    return any(a.tag in ARTICLE_CONTAINERS for a in el.iterancestors() if isinstance(a.tag, str))


@dataclass(frozen=True)
class Heading:
    kind: str  # "h1" or "h2"
    text: str  # all of it
    headline: str  # without a kicker
    in_article: bool


def headings(root: lxml.html.HtmlElement, title: str) -> tuple[list[Heading], list[str], list[str]]:
    """The page's <h1>s (its first <h2>s when no <h1> is the article's), and the texts of the
    <h1>s that look like the site's logo (a link home, a logo class) and of those that are its
    banner (outside the article, the shorter, last part of a two-part <title>: "Story -
    Banner")."""
    parts = split_title(title, weak=False)
    two = len(parts) == 2 and len(parts[1].text) < len(parts[0].text)
    banner = _key(parts[1].text) if two else None
    found: list[Heading] = []
    logos: list[str] = []
    banners: list[str] = []
    for tag, limit in (("h1", MAX_HEADINGS), ("h2", MAX_SUBHEADINGS)):
        if found:
            break
        for el in root.iter(tag):
            if len(found) >= limit:
                break
            if _has_class_word(el, HIDDEN_CLASS_WORDS) or _outside_article(el):
                continue
            full = normalise_title(el.text_content())
            if not full or len(full) > MAX_TITLE_CHARS:
                continue
            in_article = _in_article(el)
            if tag == "h1" and not in_article and _key(full) == banner:
                banners.append(full)
            elif tag == "h1" and _is_logo(el):
                logos.append(full)
            else:
                found.append(Heading(tag, full, heading_text(el), in_article))
    return found, logos, banners


# ---------------------------------------------------------------------------------------------
# The choice


@dataclass(frozen=True)
class Signal:
    kind: str  # "json-ld", "h1", "h2", "og:title", "twitter:title" or "title"
    text: str  # as the page states it
    clean: str  # without the site's name (a heading: without its kicker)
    in_article: bool = False  # a heading inside <article> or <main>


def _end_runs(text: str) -> Iterator[str]:
    """Keys of the text's separator-delimited prefixes and suffixes ("A | B | C": A, A B, C,
    B C)."""
    parts = split_title(text)
    keys = [_key(p.text) for p in parts]
    for i in range(1, len(keys)):
        yield " ".join(keys[:i])
        yield " ".join(keys[i:])


def _same(a: str, b: str) -> bool:
    return a == b or (
        bool(a and b) and SequenceMatcher(None, a, b, autojunk=False).ratio() >= SAME_TEXT_RATIO
    )


def confirms(signal: Signal, candidate: str, *, opening: bool = False) -> bool:
    """The signal states the candidate: as it is (give or take a typo), as one end of its
    site-free text ("Kicker - Story"), or (`opening`: a visible headline) as the opening words
    of it ("Cake" in "Cake by jane")."""
    key = _key(candidate)
    if _same(key, _key(signal.text)) or _same(key, _key(signal.clean)):
        return True
    words = key.split()
    if len(words) < 2:
        return False
    if any(_same(key, run) for run in _end_runs(signal.clean)):
        return True
    other = _key(signal.clean)
    return (
        opening
        and other.startswith(key + " ")
        and len(words) >= MIN_PREFIX_SHARE * len(other.split())
    )


def support(candidate: Signal, signals: Iterable[Signal]) -> set[str]:
    """The kinds of signal that state the candidate."""
    opening = candidate.kind == "h1"
    return {s.kind for s in signals if confirms(s, candidate.clean, opening=opening)}


def title_signals(
    root: lxml.html.HtmlElement, jsonld: list[dict[str, object]], url: str | None
) -> list[Signal]:
    """Every title signal of the page, each with its site-free text."""
    raw: list[tuple[str, str]] = []
    for obj in jsonld:
        types = obj.get("@type")
        names = types if isinstance(types, list) else [types]
        if not {str(t).lower().rsplit("/", 1)[-1] for t in names} & ARTICLE_TYPES:
            continue
        for k in JSONLD_HEADLINE_KEYS:
            if isinstance(obj.get(k), str):
                raw.append(("json-ld", str(obj[k])))
    for kind, xpaths in META_TITLES:
        raw.extend((kind, str(v)) for xpath in xpaths for v in root.xpath(xpath))
    raw.extend(("title", t.text_content()) for t in root.xpath("//title")[:1])
    texts = [(kind, t) for kind, t in ((k, normalise_title(v)) for k, v in raw) if t]
    texts = [(kind, t) for kind, t in texts if len(t) <= MAX_TITLE_CHARS]
    title = next((t for kind, t in texts if kind == "title"), "")
    found, logos, banners = headings(root, title)
    site = site_names(root, jsonld, url, logos, banners, (t for _, t in texts))
    found.extend(Heading("h1", t, t, False) for t in logos if not site.is_name(t))
    signals = [Signal(h.kind, h.text, h.headline, h.in_article) for h in found]
    # the end the title tag loses with no site name known, the other titles lose as well
    title_clean = strip_site_name(title, site, guess=True) if title else ""
    suffix = title[len(title_clean) :] if title_clean and title.startswith(title_clean) else ""
    for kind, text in texts:
        clean = strip_site_name(text, site, guess=kind == "title") or text
        if suffix and clean == text and text.endswith(suffix) and len(text) > len(suffix):
            clean = text[: -len(suffix)].strip()
        signals.append(Signal(kind, text, clean))
    return [s for s in signals if not site.is_name(s.clean)]


def rank(candidate: Signal, supporters: set[str]) -> tuple[bool, int, int]:
    """The visible headline (<h1>) another signal confirms first; then most support; on a tie,
    the article's own headline before social and tag titles, but a heading only its own kind
    states, outside an <article>/<main>, after them."""
    priority = TIE_PRIORITY.get(candidate.kind, 0)
    confirmed = len(supporters) > 1
    if candidate.kind in HEADING_KINDS and not confirmed and not candidate.in_article:
        priority = UNCONFIRMED_HEADING_PRIORITY
    return candidate.kind == "h1" and confirmed, len(supporters), priority


def choose_title(html: str, fallback: str | None, url: str | None = None) -> str | None:
    """The article's headline (see the module docstring); `fallback` (the extractor's title)
    when the page states none."""
    page = ParsedPage(html, url or "")
    root = page.tree
    if root is None:
        return fallback
    signals = title_signals(root, page.jsonld, url)
    if not signals:
        return normalise_title(fallback) or None
    best = max(signals, key=lambda s: rank(s, support(s, signals)))
    return best.clean
