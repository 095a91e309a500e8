"""The article's headline as the page displays it, and its SEO/social title kept apart.

A page states its headline several times: the visible `<h1>` (sometimes with a kicker,
`<span class=kicker>Corona</span> Story`; on many blogs the first `<h1>` is the site's logo),
JSON-LD `headline`, `og:title`, `twitter:title` and `<title>` (mostly with the site's name:
"Story | Site", "Site » Section » Story", "标题_新浪网"). Social and SEO titles are often
reworded for search engines; the headline a reader sees is the `<h1>`. So:

- the displayed headline is the article's `<h1>` (or the element the page's microdata marks as
  its `headline`; on a page with no `<h1>`, an `<h2>` inside the article or an element of the
  article with a headline class, "<div class=article-headline>"): one that another
  signal states (whole, or as one end of its site-free text), else an `<h1>` the page marks as
  its headline (inside `<article>`/`<main>`, a headline or title class, itemprop) whose words
  the other titles or the URL's slug share (a reworded SEO title shares them, and the slug
  spells the headline the article was first published with; a newsletter box or a section
  name does not; a teaser box's label, "Related news", is no rival <h1>), or the page's only
  <h1> its microdata marks as the `headline`, whatever the other titles say;
- a kicker inside the heading is part of the headline when the page shows it joined to it by a
  visible separator ("Corona: Story") or in brackets ("【速報】Story"); a kicker or badge set
  apart (its own element or block, a separator only screen readers see, a few styled words in
  capitals: "<span class=css-x>JUST NU </span>Story") is not, and is dropped with its
  separator, even when the SEO title joins the two ("Corona: Story");
- with no such `<h1>`, the title signals vote: a candidate's support is the set of signal kinds
  that state it, and the best supported wins (on a tie: JSON-LD, the `<h1>`, the social
  titles, the title tag; an `<h1>` or `<h2>` nothing else confirms, outside an article, last);
- a heading's text is what a reader sees: no furigana (`<rt>`), scripts or hidden parts; joiners
  stay where they shape letters (Persian, Indic scripts), and titles are compared by keys
  without case, accents or joiners ("ΝΕΑ ΜΕΤΡΑ" is "Νέα μέτρα", "KIŞ" is "Kış");
- every title loses the site's names (og:site_name, application-name, JSON-LD publisher/
  WebSite, a domain stated as the name without its top-level domain, logo headings, banners,
  the page's host "time4talks.com", "bbc" for a short part), with a date after them, in any
  script and with any separator (`SEPARATORS`, pipes glued to a word, between CJK characters
  `CJK_SEPARATORS` unspaced; a colon only next to a site's name; in parentheses after the
  story; a dash glued to the story before the site's domain), section names and dates before a
  trailing site name, taglines after it, trailing parts of a few words that name
  news in any language ("- Ekonomi Haberleri"), and never keeps a leading or trailing separator
  (": Story", "- «Story»");
- `seo_title` is the social title (og:title, else twitter:title, else the title tag) without
  the site's name, when it differs from the displayed headline (and is not the headline with
  short names after it: those name the site and its section).

The patterns are data (the tables below); the functions only apply them. The page is read from
a `ParsedPage` (its tree is shared and never modified).
"""

from __future__ import annotations

import functools
import html as html_lib
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Final
from urllib.parse import unquote, urlsplit

import lxml.html
from lxml import etree

from tasks.boilerplate import is_label_line
from tasks.date_patterns import ARTICLE_TYPES
from tasks.page import ParsedPage

# Bump when the chosen headline or SEO title changes for some page (tasks.derivation).
CODE_VERSION = "8"

# ---------------------------------------------------------------------------------------------
# Data

# Separators between a title's parts, written with spaces on both sides ("Story | Site").
SEPARATORS: Final = (
    "|",
    "||",
    "｜",
    "︱",  # Chinese "標題︱經濟日報"
    "ㅣ",
    "│",
    "¦",
    "‖",
    "-",
    "--",
    "–",
    "—",
    "―",
    "－",
    "::",
    "»",
    "«",
    "›",
    "‹",
    "·",
    "・",
    "•",
    "~",
    "*",  # Yoast's and Rank Math's star separators ("Story ⋆ Site", "Story * Site")
    "⋆",
    "/",
    "//",
    "→",
    "<",  # "Story < Section < 기사본문 - Site" (a Korean CMS), "Site > Section > Story"
    ">",
)
# Separators a template sometimes glues to a word ("Story |Site", "Story| Site", "Site --Story"):
# pipes never stand inside a headline's words, so they part a title spaced or not; a double
# hyphen or colon with a space on one side parts it too. (A single dash, a guillemet or an
# em dash glued on one side is a headline's own: "pre- and post-war", »Nein«, "—dijo".)
GLUED_SEPARATORS: Final = ("||", "|", "｜")
ONE_SIDED_SEPARATORS: Final = ("--", "::")
# Between Chinese/Japanese characters titles use separators without spaces ("标题_新浪网",
# "見出し｜朝日新聞", doubled: "标题--社会--人民网", "标题——光明网"): these split there.
CJK_SEPARATORS: Final = ("_", "|", "｜", "︱", "丨", "-", "－", "—", "―", "–", "--", "——")
# A colon separates too ("www.site.de: Story", "Story : Site | Tagline", "見出し：朝日新聞"), but
# headlines use it themselves ("Dubai: the largest plant"), so a title is cut there only next
# to the site's name.
WEAK_SEPARATORS: Final = (":", "：")
# Characters a title never starts or ends with when they stand apart from its words: what is left
# of a separator after a kicker or a site's name went (": Story", "- «Story»", "Story |").
TRIM_SEPARATORS: Final = frozenset("|｜︱ㅣ│¦‖-–—―－:：»«›‹·・•~*⋆/→_丨<>")
# Guillemets separate ("Story » Site") but also quote ("« Story »"): one whose counterpart is in
# the title quotes.
QUOTE_PAIRS: Final = {"«": "»", "»": "«", "‹": "›", "›": "‹"}
CJK_CHARS: Final = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Thai, Lao, Khmer and Burmese write no spaces between words either (a space ends a phrase):
# a word of theirs is counted per this many characters (signs included).
UNSPACED_SCRIPTS: Final = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
UNSPACED_CHARS_PER_WORD: Final = 4

# Where the signals are, in the order a tie prefers them (the visible/machine headline first).
JSONLD_HEADLINE_KEYS: Final = ("headline",)
JSONLD_SITE_TYPES: Final = frozenset({"website", "organization", "newsmediaorganization"})
META_TITLES: Final = (("og:title", "og:title"), ("twitter:title", "twitter:title"))
SITE_NAME_METAS: Final = ("og:site_name", "application-name", "apple-mobile-web-app-title")
# The SEO/social title: the first of these the page states.
SEO_TITLE_KINDS: Final = ("og:title", "twitter:title", "title")
# Elements whose <title> names a drawing, not the page.
ICON_CONTAINERS: Final = frozenset({"svg", "symbol", "math"})
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
    "aural",
    "a11y-hidden",
    "offscreen",
)
HIDDEN_STYLES: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
KICKER_CLASS_WORDS: Final = (
    "kicker",
    "headline-intro",
    "overline",
    "topline",
    "toptitle",
    "top-title",
    "dachzeile",
    "spitzmarke",
    "roofline",
    "eyebrow",
    "topic-label",
    "supertitle",
    "super-title",
    "overhead",
    "pretitle",
    "pre-title",
    "surtitre",
    "antetitulo",
    "antetítulo",
    "sobretitulo",
    "occhiello",
    "chapeu",
    "bovenkop",
    "nadtytul",
    "badge",  # "<span class=badge>LIVE</span> Story", "<span class=live-badge>"
    "label",  # "<span class='label label--breaking'>Breaking</span> Story"
)
# A kicker set apart by CSS alone: an inline element of these tags with a class or style that
# opens the heading with a few words in capitals, the headline after it starting a phrase of its
# own ("<span class=css-x>JUST NU </span>Tusentals utan ström", "<b class=k>EXKLUSIV</b> Die
# Regierung ..."; not "<span class=x>NATO</span> summit opens", which runs on).
# A kicker in brackets reads as a tag of the headline's own line ("【独自】Story", "[Video] Story"),
# joined to it as a separator would join it: it stays.
BRACKET_CLOSERS: Final = frozenset("】]］〉》")
STYLED_KICKER_TAGS: Final = frozenset({"span", "strong", "b", "em", "mark"})
MAX_STYLED_KICKER_WORDS: Final = 3
# Elements that start a line of their own (their text never runs into the next one's).
BLOCK_TAGS: Final = frozenset(
    {"div", "p", "br", "li", "ul", "ol", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"}
)
# A subtitle set inside the headline element is not part of the headline.
SUBTITLE_CLASS_WORDS: Final = (
    "subtitle",
    "sub-title",
    "subheadline",
    "sub-headline",
    "subline",
    "standfirst",
    "untertitel",
    "sottotitolo",
    "subtitulo",
    "chapo",
)
# Secondary text inside a heading, whatever its class ("<h1>Story <small>Subtitle</small></h1>").
SUBTITLE_TAGS: Final = frozenset({"small"})
# Elements inside a heading that never show text (icons, scripts).
# Furigana (<rt>, and the <rp> parentheses around it) stand above the text, not in its line.
SILENT_TAGS: Final = frozenset(
    {"script", "style", "noscript", "template", "svg", "button", "rt", "rp"}
)
# What marks a heading as the article's headline: microdata, or a class or id with these words.
HEADLINE_ITEMPROPS: Final = ("headline",)
HEADLINE_CLASS_WORDS: Final = ("headline", "title", "heading", "titulo", "titel", "titre")
# Abbreviations that mark a headline only as a whole word of a class or id (Korean and Japanese
# CMSs: "tit_view", "article_tit", "news-tit"; inside a word they are not: "entity", "petition").
HEADLINE_CLASS_TOKENS: Final = frozenset({"tit"})
_CLASS_TOKEN: Final = re.compile(r"[a-z]+")
# An unconfirmed <h1> the page marks strongly (microdata, inside the article) is the headline
# when at least this share of its words, or this many telling words (of 5+ letters, or
# Chinese/Japanese characters), are in some other title signal (a reworded SEO title shares
# them: "Senate ... spending"; a newsletter box does not). One marked only by its class, or the
# page's only <h1> unmarked, needs both: that many telling words and `MIN_SHARED_LOOSELY`. The
# only <h1> of a page, marked strongly, needs one telling word (an SEO title cut short: "Rain
# returns | Site" of "Rain returns: what to expect this week"). The page's only <h1> that its
# microdata marks as the headline (itemprop="headline") is the headline even when no other title
# shares its words: its structured data points at it, while the SEO titles were reworded.
MARKED_BY_MICRODATA: Final = 3
MARKED_STRONGLY: Final = 2
MARKED_BY_CLASS: Final = 1
MIN_SHARED_WORDS: Final = 0.3
MIN_SHARED_LOOSELY: Final = 0.25
MIN_TELLING_SHARED: Final = 2
MIN_TELLING_WORD: Final = 5
# The article's URL mostly spells the headline it was first published with
# ("/news/why-the-rail-strike-could-last-into-spring", "/region/warum-die-faehre-...-4521"):
# a path segment of at least this many words separated by these shares words with the <h1>
# when an SEO title was reworded since.
SLUG_SEPARATORS: Final = re.compile(r"[-_+.,]+")
SLUG_EXTENSIONS: Final = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cms)$", re.I)
MIN_SLUG_WORDS: Final = 3
# When the page has no <h1> to offer: its first <h2>s may be the headline (if confirmed), and
# so may an element of the article that the page's CSS sets as one: a `HEADLINE_BLOCK_TAGS`
# element with a headline class (`HEADLINE_CLASS_WORDS`, `HEADLINE_CLASS_TOKENS`:
# "<div class=article-headline>", "<div class=article-title>" under a logo <h1>,
# "<div class=article_tit>"), holding only its own text (no link: a teaser's title links
# elsewhere; no block inside: a wrapper of the page).
MAX_SUBHEADINGS: Final = 3
HEADLINE_BLOCK_TAGS: Final = ("div", "p", "span", "strong", "header")
WRAPPED_TAGS: Final = BLOCK_TAGS - {"br"}
LOGO_CLASS_WORDS: Final = (
    "site-title",
    "site-name",
    "sitename",
    "blog-title",
    "logo",
    "brand",
    "homelink",
    "home-link",
)

# Hosts: an archive's URL names the page it archived; labels that say nothing about the site.
ARCHIVED_URL: Final = re.compile(
    r"^https?://web\.archive\.org/web/[^/]+/(?P<url>https?://.+)$", re.I
)
HOST_NOISE_LABELS: Final = frozenset(
    {"www", "www2", "m", "amp", "mobile", "news", "blog", "blogs", "web", "home", "co", "com"}
    | {"org", "net", "gov", "ac", "edu", "or", "ne", "go"}
)
MIN_HOST_LABEL: Final = 4
# Hosts spell letters ASCII lacks as writers of the language do ("Göttinger Tageblatt" is
# goettinger-tageblatt, "Børsen" borsen, "Głos" glos); accents alone are dropped anyway
# ("Hürriyet" is hurriyet, "Le Télégramme" letelegramme).
HOST_SPELLINGS: Final = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ø": "o", "æ": "ae", "å": "aa", "ł": "l", "đ": "d", "ð": "d"}
    | {"þ": "th"}
)
MAX_HOST_PART_WORDS: Final = 6
# A shorter host label (broadcasters and papers go by three letters: bbc, zdf, nzz, orf) names
# only a part of at most this many words ("BBC News", "ORF.at"), or one word it opens
# ("ZDFheute").
MIN_SHORT_HOST_LABEL: Final = 3
MAX_SHORT_LABEL_PART_WORDS: Final = 3
# A site's name stated as its domain ("dw.com", "Tagesblatt.de") is written in titles as the
# name before the top-level domain too ("Story – DW"). A site's name may carry the day after it
# ("Story - Agency, 02.07.2020", "Story – DW – 05/12/2023"): the date is not part of the name.
DOMAIN_NAME: Final = re.compile(r"^(?:www\.)?(?P<name>\S.*?)\.[a-z]{2,24}$", re.I)
# The title's last part names the site when it is a stated name with at most this many more
# words ("Story - Tagesblatt Online" of "Tagesblatt", "Story | SVT Nyheter" of "SVT").
MAX_EXTRA_NAME_WORDS: Final = 1
TRAILING_DATE: Final = re.compile(
    r"(?:^|[\s,])\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2})?\s*$"
)
# With no known site name: trailing parts this short after a story longer than this go.
MAX_UNKNOWN_SITE_WORDS: Final = 4
# After the displayed headline in the SEO title, parts this short name the site or a section
# ("Story - Segel-Club Sarstedt e.V.": five words); a longer one is a subtitle.
MAX_NAME_WORDS_AFTER_HEADLINE: Final = 5
# A site's name in parentheses after the story ("Story (Site)"), taken off when it is a stated one.
PARENTHESISED_END: Final = re.compile(r"\s\((?P<name>[^()]+)\)$")
# A dash glued to the story's last word before the site's domain ("Story- Corriere.it"): a
# separator, where a dash glued to a word is otherwise the headline's own ("pre- and post-war").
GLUED_DASH_DOMAIN: Final = re.compile(r"(?<=\S)-\s+(?P<name>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})$")
# After the site's name is gone: trailing section names ("Story | iPhone | Forum | Site").
MAX_SECTION_WORDS: Final = 2
# A trailing part of a few words naming news ("Story - Son Dakika Haberleri", "Story | Ekonomi
# Haberleri", "Story - Hindi News", "Story | Noticias de Site") names the site or a section, in
# whatever language (compared by `title_key`: case and accents aside).
NEWS_WORDS: Final = (
    *("news", "nachrichten", "noticias", "notícia", "nieuws", "nyheter", "nyheder", "uutiset"),
    *("haber", "haberi", "haberleri", "haberler", "wiadomości", "zprávy", "správy", "hírek"),
    *("știri", "vesti", "vijesti", "novosti", "novini", "notizie", "nouvelles", "actualités"),
    *("actualidad", "berita", "tin tức", "ειδήσεις", "новости", "новини", "вести", "notícies"),
    *("समाचार", "न्यूज़", "খবর", "أخبار", "اخبار", "خبر", "חדשות", "ข่าว", "뉴스", "ニュース"),
    *("uudised", "ziņas", "naujienos", "fréttir", "lajme", "habari", "balita"),
)
MAX_NEWS_SUFFIX_WORDS: Final = 4
# A page number a paginated article's title carries, with or without a separator ("Story
# Halaman all", "Story - Page 2", "Story (Seite 2 von 3)"): not part of the headline.
PAGINATION_SUFFIX: Final = re.compile(
    r"\s*[-|–—:,]?\s*\(?(?i:halaman|page|seite|página|pagina|strona|sayfa|страница|sivu|side)"
    r"\s+(?:\d{1,3}|all|semua)(?:\s*(?i:of|von|de|di|dari|z|/)\s*\d{1,3})?\)?$"
)
SENTENCE_ENDS: Final = (".", "?", "!", "…", "。", "？", "！")
# Agreement: two texts agree when their words match this closely (a typo, a mis-decoded
# apostrophe); a candidate is confirmed by a longer text it opens when it has this share of
# its words ("Cake" by "Cake by jane | Recipes").
SAME_TEXT_RATIO: Final = 0.95
MIN_PREFIX_SHARE: Final = 0.5
# A title a CMS cut to a length ends in an ellipsis ("Council approves the new quay wall
# after…"): with at least this many whole words it confirms the longer headline it opens.
ELLIPSES: Final = ("…", "...")
MIN_TRUNCATED_WORDS: Final = 4
# Characters a reader never sees (soft hyphens, zero-width spaces, word joiners, BOMs).
INVISIBLE_CHARS: Final = re.compile("[\u00ad\u200b\u2060\ufeff]")
# Zero-width (non-)joiners shape the letters around them in joining and Indic scripts and in
# emoji sequences (Persian "می‌شود" is displayed apart from "میشود"): there they are part of
# the headline as displayed; after any other character they show nothing and go.
JOINERS: Final = "\u200c\u200d"
JOINER_SCRIPTS: Final = (
    "\u0600-\u08ff"  # Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic
    "\u0900-\u0dff"  # Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, ... Sinhala
    "\u1000-\u109f\u1780-\u18af"  # Myanmar, Khmer, Mongolian
    "\ufb50-\ufdff\ufe70-\ufeff"  # Arabic presentation forms
    "\u2600-\u27bf\ufe0f\U0001f300-\U0001faff"  # emoji and their variation selector
)
_LOOSE_JOINERS: Final = re.compile(f"(?<![{JOINER_SCRIPTS}])[{JOINERS}]")
_ALL_JOINERS: Final = re.compile(f"[{JOINERS}]")
# Words carry combining signs: Indic vowel signs and viramas, Thai and Hebrew marks, Arabic
# harakat ("दिल्ली" is one word, not "द", "ल", "ल"). The marks of these blocks are word characters.
WORD_MARK_BLOCKS: Final = ((0x0300, 0x1FFF), (0x3099, 0x309A), (0xA800, 0xABFF), (0xFE20, 0xFE2F))
# In keys, letters compare without their accents (capitals are written without them in Greek,
# often in French: "ΝΕΑ ΜΕΤΡΑ" is "Νέα μέτρα"), Arabic and Hebrew without their optional
# vowel points and the Arabic kashida that stretches a word ("مُرَشَّح" is "مرشح"), and Turkish
# dotless/dotted i fold to "i" ("KIŞ" is "Kış", "İ" casefolds to "i" with a dot above).
ACCENT_MARKS: Final = re.compile(
    "[\u0300-\u036f"  # combining accents (of NFD)
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"  # Hebrew points, not the maqaf
    "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]"  # Arabic harakat, kashida
)
FOLD_EQUIVALENTS: Final = str.maketrans({"ı": "i"})

_STRONG_ALTERNATIVES: Final = "|".join(
    re.escape(s) for s in sorted(SEPARATORS, key=len, reverse=True)
)
_WEAK_ALTERNATIVES: Final = "|".join(re.escape(s) for s in WEAK_SEPARATORS)
_CJK_ALTERNATIVES: Final = "|".join(
    re.escape(s) for s in sorted(CJK_SEPARATORS, key=len, reverse=True)
)
# A CJK separator needs CJK on both sides, or a fullwidth one CJK on one side.
_CJK_SPLIT: Final = (
    rf"(?<=[{CJK_CHARS}])\s*(?P<cjk>{_CJK_ALTERNATIVES})\s*(?=[{CJK_CHARS}])"
    rf"|(?<=[{CJK_CHARS}])\s*(?P<cjkl>[｜︱丨])\s*(?=\S)|(?<=\S)\s*(?P<cjkr>[｜︱丨])\s*(?=[{CJK_CHARS}])"
)
_GLUED_ALTERNATIVES: Final = "|".join(re.escape(s) for s in GLUED_SEPARATORS)
_ONE_SIDED_ALTERNATIVES: Final = "|".join(re.escape(s) for s in ONE_SIDED_SEPARATORS)
_SPLIT_LOOSE: Final = (
    rf"\s*(?P<glued>{_GLUED_ALTERNATIVES})\s*"
    rf"|\s+(?P<lone>{_ONE_SIDED_ALTERNATIVES})(?=\w)|(?<=\w)(?P<rone>{_ONE_SIDED_ALTERNATIVES})\s+"
)
_SPLIT_STRONG: Final = re.compile(
    rf"\s+(?P<sep>{_STRONG_ALTERNATIVES})\s+|{_CJK_SPLIT}|{_SPLIT_LOOSE}"
)
_SPLIT_ALL: Final = re.compile(
    rf"\s+(?P<sep>{_STRONG_ALTERNATIVES})\s+|{_CJK_SPLIT}|{_SPLIT_LOOSE}"
    rf"|\s*(?P<weak>{_WEAK_ALTERNATIVES})(?:\s+|(?<=：))"
)
_WORD_MARKS: Final = "".join(
    chr(c)
    for lo, hi in WORD_MARK_BLOCKS
    for c in range(lo, hi + 1)
    if unicodedata.category(chr(c)).startswith("M")
)
# Words: runs of letters, digits and their combining signs, and each Chinese/Japanese
# character on its own.
_WORD: Final = re.compile(rf"[{CJK_CHARS}]|(?:[^\W_{CJK_CHARS}]|[{_WORD_MARKS}])+")
_CJK: Final = re.compile(rf"[{CJK_CHARS}]")
_UNSPACED: Final = re.compile(rf"[{UNSPACED_SCRIPTS}]")


# ---------------------------------------------------------------------------------------------
# Text helpers


def normalise_title(text: str | None) -> str:
    """One line in NFC, entities decoded (JSON-LD and double-encoded metas carry them), no
    invisible characters (joiners only where they shape the letters: see `JOINERS`)."""
    if not text:
        return ""
    if "&" in text:
        text = html_lib.unescape(text)
    text = _LOOSE_JOINERS.sub("", INVISIBLE_CHARS.sub("", text))
    return " ".join(unicodedata.normalize("NFC", text).split())


def trim_separators(text: str) -> str:
    """Without separators left standing at either end (": Story", "- «Story»", "Story |"); a
    guillemet that quotes ("»Story«", "« Story »", as French spaces it) stays."""
    words = text.split()

    def loose(word: str, rest: list[str]) -> bool:
        if not all(c in TRIM_SEPARATORS for c in word):
            return False
        pairs = {QUOTE_PAIRS[c] for c in word if c in QUOTE_PAIRS}
        return not any(p in w for p in pairs for w in rest)

    while words and loose(words[0], words[1:]):
        words.pop(0)
    while words and loose(words[-1], words[:-1]):
        words.pop()
    return " ".join(words)


def _words(text: str) -> list[str]:
    """The text's words as keys: casefolded, without accents, joiners or invisible characters
    (a title written with them is the same title without)."""
    return list(_word_keys(text))


@functools.lru_cache(maxsize=4096)
def _word_keys(text: str) -> tuple[str, ...]:
    """Cached: a page's few titles are compared with each other many times."""
    text = _ALL_JOINERS.sub("", INVISIBLE_CHARS.sub("", text)).casefold()
    text = ACCENT_MARKS.sub("", unicodedata.normalize("NFD", text))
    return tuple(_WORD.findall(unicodedata.normalize("NFC", text).translate(FOLD_EQUIVALENTS)))


def title_key(text: str) -> str:
    """The key two headlines are compared by: their casefolded words without accents, each
    Chinese or Japanese character a word of its own, punctuation and spacing aside. Not
    `tasks.names.fold` (see there why): "U.S." stays "u s", apart from "us"."""
    return " ".join(_words(text))


def title_size(text: str) -> int:
    """How many words a title has: spaced words, a word per two Chinese/Japanese characters
    and per `UNSPACED_CHARS_PER_WORD` characters of Thai, Lao, Khmer or Burmese (those
    scripts write no spaces between words)."""
    words = _words(text)
    cjk = sum(1 for w in words if _CJK.fullmatch(w))
    unspaced = [w for w in words if _UNSPACED.match(w)]
    return (
        len(words)
        - cjk
        + math.ceil(cjk / 2)
        + sum(math.ceil(len(w) / UNSPACED_CHARS_PER_WORD) - 1 for w in unspaced)
    )


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
        groups = m.groupdict()
        is_weak = groups.get("weak") is not None
        sep = next((g for g in groups.values() if g), "")
        pos = m.end()
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
    try:
        host = (urlsplit(m["url"] if m else url.strip()).hostname or "").lower()
    except ValueError:  # a malformed URL names no host
        return []
    labels = host.split(".")[-2::-1]  # nearest the top-level domain first; that one names none
    compact = ["".join(_words(label)) for label in labels]
    return [c for c in compact if len(c) >= MIN_SHORT_HOST_LABEL and c not in HOST_NOISE_LABELS]


@dataclass(frozen=True)
class SiteNames:
    names: frozenset[str]  # word keys of the site's stated names
    host_labels: tuple[str, ...]

    def is_name(self, text: str) -> bool:
        """The text is one of the site's stated names (a date after it aside: "Agency,
        02.07.2020")."""
        return any(
            title_key(t) in self.names for t in _name_spellings([TRAILING_DATE.sub("", text)])
        )

    def names_domain(self, domain: str) -> bool:
        """A domain written as the site's name: a stated name, or the host's own label
        ("Corriere.it" on corriere.it)."""
        label = "".join(_words(domain.split(".")[0]))  # as `page_host_labels` spells labels
        return self.is_name(domain) or label in self.host_labels

    def ends_with_name(self, part: str) -> bool:
        """The title's last part is a stated name with a word or so more ("Tagesblatt
        Online", "Новости Mail.ru")."""
        words = _words(part)
        for name in self.names:
            extra = len(words) - len(name.split())
            if 0 < extra <= MAX_EXTRA_NAME_WORDS and name in (
                " ".join(words[extra:]),
                " ".join(words[:-extra]),
            ):
                return True
        return False

    def spells_host(self, part: str, label: str, *, last: bool) -> bool:
        """A short title part with words spelling the host label ("Disfunctions.de",
        "Krimiblog-Archiv", "MyOOS Community Forum", "DIE ACHSE DES GUTEN. ACHGUT.COM"); a
        short label only the title's `last` part, of a few words ("BBC News") or one word it
        opens ("ZDFheute"): a kicker may open with those letters ("Sunday: Story")."""
        words = _words(part)
        if not words or len(words) > MAX_HOST_PART_WORDS:
            return False
        if len(label) < MIN_HOST_LABEL:
            if not last or len(words) > MAX_SHORT_LABEL_PART_WORDS:
                return False
            if len(words) == 1 and words[0].startswith(label):
                return True
        spelled = _words(part.casefold().translate(HOST_SPELLINGS))
        return any(
            label in {"".join(w[i:j]) for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
            for w in (words, spelled)
        )


def _is_root_link(href: str) -> bool:
    m = ARCHIVED_URL.match(href.strip())
    try:
        parts = urlsplit(m["url"] if m else href.strip())
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query and not parts.fragment


def _class_words(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def _is_logo(heading: etree._Element) -> bool:
    """A heading that is the site's logo: a logo class, or nothing but a link home (the
    root, or a link with a logo class: "<h2><a class=homelink href=/words/>Site</a></h2>")."""
    if any(w in _class_words(heading) for w in LOGO_CLASS_WORDS):
        return True
    links = heading.xpath(".//a[@href]")
    text = title_key(heading.text_content())
    return (
        len(links) == 1
        and (_is_root_link(links[0].get("href", "")) or _has_class_word(links[0], LOGO_CLASS_WORDS))
        and title_key(links[0].text_content()) == text
    )


def _stated_site_names(page: ParsedPage) -> list[str]:
    names = [v for key in SITE_NAME_METAS for v in page.meta.get(key, ())]
    for obj in page.jsonld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
        types = obj.get("@type")
        name = obj.get("name")
        if isinstance(types, str) and types.lower() in JSONLD_SITE_TYPES and isinstance(name, str):
            names.append(name)
    return names


def _name_spellings(names: Iterable[str]) -> Iterator[str]:
    """Each stated name, and a domain's name without its top-level domain ("dw.com": "dw")."""
    for name in names:
        name = normalise_title(name)
        yield name
        if m := DOMAIN_NAME.match(name):
            yield m["name"]


def site_names(
    page: ParsedPage, logos: Iterable[str], banners: Iterable[str], titles: Iterable[str]
) -> SiteNames:
    """The site's names: the stated ones (not a page title of several parts that a CMS states
    as its site's name too), else the logos; the banners; the host's labels."""
    whole_titles = {title_key(t) for t in titles if len(split_title(t)) > 1}
    stated = (title_key(n) for n in _name_spellings(_stated_site_names(page)))
    keys = {k for k in stated if k} - whole_titles
    if not keys:  # a "logo" heading that is not the stated site name is a headline
        keys.update(title_key(n) for n in logos)
    keys.update(title_key(n) for n in banners)
    urls = [page.url, page.meta_first("og:url"), page.declared_canonical]
    labels = [label for u in urls for label in page_host_labels(u)]
    return SiteNames(frozenset(keys - {""}), tuple(dict.fromkeys(labels)))


# ---------------------------------------------------------------------------------------------
# Taking the site's name off a title


def strip_site_name(
    title: str, site: SiteNames, *, guess: bool = False, by_host: bool = True
) -> str:
    """ "Story | Site", "Site | Story", "Site » Section » Story", "Story | Section | Site",
    "Story : Site | Tagline" → "Story". With no part naming the site and `guess` (a <title>
    tag, where a site's name is the rule), short trailing parts after a long story go. Without
    `by_host`, only a stated name counts (a headline may start with a word the host spells)."""
    title = normalise_title(title)
    if (named_after := PARENTHESISED_END.search(title)) and site.is_name(named_after["name"]):
        title = title[: named_after.start()].rstrip()  # "Story (Site)"
    if (domain := GLUED_DASH_DOMAIN.search(title)) and site.names_domain(domain["name"]):
        title = title[: domain.start()].rstrip()  # "Story- Site.it"
    title = _without_trailing_dates(title)  # "Story – DW – 05/12/2023"
    parts = split_title(title)
    if len(parts) == 1:
        return title
    named = [site.is_name(p.text) for p in parts]  # a stated name first, else the host's
    # a stated name with a word more ("Story – NRK Norge – Tagline", "Story | Tagesblatt Online")
    named = [
        n or (i > 0 and site.ends_with_name(p.text))
        for i, (n, p) in enumerate(zip(named, parts, strict=True))
    ]
    for label in site.host_labels if by_host and not any(named) else ():
        last = len(parts) - 1
        named = [site.spells_host(p.text, label, last=i == last) for i, p in enumerate(parts)]
        if any(named) and not all(named):
            break
    if not any(named) or all(named):
        return trim_separators(
            _strip_unknown_site(title, MAX_UNKNOWN_SITE_WORDS) if guess else title
        )
    first = named.index(True)
    if first > 0:  # the story comes before the site's name (and any tagline after it)
        story = title[: parts[first - 1].end].strip()
        story = _without_trailing_dates(_strip_unknown_site(story, MAX_SECTION_WORDS))
        return trim_separators(story)
    lo = next((i for i, n in enumerate(named) if not n), None)
    if lo is None:
        return title
    hi = max(i for i, n in enumerate(named) if not n)
    rest = title[parts[lo].start : parts[hi].end].strip()
    return trim_separators(_breadcrumb_leaf(rest, parts[lo].sep_before))


@functools.cache
def _news_keys() -> frozenset[str]:
    return frozenset(title_key(w) for w in NEWS_WORDS)


def names_news(text: str) -> bool:
    """A few words that name news (`NEWS_WORDS`): a site's or a section's name ("Ekonomi
    Haberleri", "World News", "Breaking News"), not a headline."""
    if title_size(text) > MAX_NEWS_SUFFIX_WORDS:
        return False
    key = f" {title_key(text)} "
    return any(f" {k} " in key for k in _news_keys())


def strip_news_suffix(title: str) -> str:
    """Without a page number (`PAGINATION_SUFFIX`: "Story Halaman all") and trailing parts of
    a few words that name news (`NEWS_WORDS`): a site's or a section's name where no stated
    name matched it ("Story - Ekonomi Haberleri")."""
    if (paged := PAGINATION_SUFFIX.search(title)) and paged.start() > 0:
        title = title[: paged.start()].rstrip()
    while len(parts := split_title(title, weak=False)) > 1:
        if not names_news(TRAILING_DATE.sub("", parts[-1].text)):  # "РИА Новости, 05.03.2024"
            break
        story = title[: parts[-2].end].strip()
        if title_size(story) < 2:
            break
        title = story
    return trim_separators(title)


def _without_trailing_dates(title: str) -> str:
    """Without trailing parts that are only a date ("Story - 05/03/2024 - Poder - Folha" once
    the site and the section went)."""
    parts = split_title(title)
    while len(parts) > 1 and not title_key(TRAILING_DATE.sub("", parts[-1].text)):
        title, parts = title[: parts[-2].end].strip(), parts[:-1]
    return title


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
    """Trailing parts of at most `max_words` words, not sentences, after a longer story
    ("Story | Some Blog", "Story | iPhone | Forum", "长标题_新浪网"; the story may have parts
    of its own: "Mitsotakis - Erdogan meet in New York | Site")."""
    parts = split_title(title, weak=False)
    hi = len(parts)
    while (
        hi > 1
        and title_size(parts[hi - 1].text) <= max_words < title_size(title[: parts[hi - 2].end])
        and not parts[hi - 1].text.rstrip().endswith(SENTENCE_ENDS)
    ):
        hi -= 1
    return title[: parts[hi - 1].end].strip()


# ---------------------------------------------------------------------------------------------
# Headings


def _has_class_word(el: etree._Element, words: Iterable[str]) -> bool:
    classes = _class_words(el)
    return any(w in classes for w in words)


def _is_hidden(el: etree._Element) -> bool:
    """Shown to screen readers only, or not at all."""
    return (
        _has_class_word(el, HIDDEN_CLASS_WORDS)
        or el.get("hidden") is not None
        or bool(HIDDEN_STYLES.search(el.get("style") or ""))
    )


def _outside_article(el: etree._Element) -> bool:
    return any(
        a.tag in HEADING_OUTSIDE or _is_hidden(a)
        for a in el.iterancestors()
        if isinstance(a.tag, str)
    )


def _pieces(
    el: etree._Element, role: str = "text", kicker: etree._Element | None = None
) -> Iterator[tuple[str, str]]:
    """The text of an element in reading order, each piece with its role: "text", "kicker"
    or "subtitle" (inside an element with such a class, or the `kicker` element) or "hidden"
    (inside a hidden element)."""
    if el.text:
        yield el.text, role
    for child in el:
        if isinstance(child.tag, str) and child.tag.lower() not in SILENT_TAGS:
            inner = role
            if role != "hidden" and _is_hidden(child):
                inner = "hidden"
            elif role == "text" and (child is kicker or _has_class_word(child, KICKER_CLASS_WORDS)):
                inner = "kicker"
            elif role == "text" and (
                child.tag.lower() in SUBTITLE_TAGS or _has_class_word(child, SUBTITLE_CLASS_WORDS)
            ):
                inner = "subtitle"
            block = child.tag.lower() in BLOCK_TAGS
            if block:
                yield " ", inner
            yield from _pieces(child, inner, kicker)
            if block:
                yield " ", inner
        if child.tail:
            yield child.tail, role


def _visible(pieces: Iterable[tuple[str, str]]) -> str:
    """The text a reader sees (what only screen readers get still parts the words around it)."""
    return normalise_title("".join(" " if role == "hidden" else t for t, role in pieces))


def _shown_text(el: etree._Element) -> str:
    """The element's text as a reader sees it (no scripts, icons, furigana or hidden parts)."""
    return _visible(_pieces(el))


def _leading_block(heading: etree._Element) -> etree._Element | None:
    """A block (its own line) that opens a heading with longer text after it is a kicker set
    apart ("<h1><div>Corona</div> Schools stay shut</h1>"); a longer one is the headline and
    what follows it a subtitle."""
    if (heading.text or "").strip():
        return None
    shown = [c for c in heading if isinstance(c.tag, str) and c.tag.lower() not in SILENT_TAGS]
    shown = [c for c in shown if not _is_hidden(c) and _shown_text(c)]
    if not shown or shown[0].tag.lower() not in BLOCK_TAGS or shown[0].tag.lower() == "br":
        return None
    after = " ".join([shown[0].tail or "", *(_shown_text(c) for c in shown[1:])])
    shorter = title_size(_shown_text(shown[0])) < title_size(after)
    return shown[0] if normalise_title(after) and shorter else None


def _styled_kicker(heading: etree._Element) -> etree._Element | None:
    """An inline element opening the heading in capitals, set apart by CSS alone (see
    `STYLED_KICKER_TAGS`)."""
    if (heading.text or "").strip():
        return None
    shown = [c for c in heading if isinstance(c.tag, str) and c.tag.lower() not in SILENT_TAGS]
    shown = [c for c in shown if not _is_hidden(c) and _shown_text(c)]
    if not shown or shown[0].tag.lower() not in STYLED_KICKER_TAGS:
        return None
    first = shown[0]
    if first.get("class") is None and first.get("style") is None:
        return None
    kicker = _shown_text(first)
    rest = normalise_title(" ".join([first.tail or "", *(_shown_text(c) for c in shown[1:])]))
    letters = [c for c in kicker if c.isalpha()]
    return (
        first
        if len(letters) >= 2
        and all(c.isupper() for c in letters)
        and title_size(kicker) <= MAX_STYLED_KICKER_WORDS
        and title_size(rest) >= 2
        and rest[0].isupper()
        and not rest.isupper()
        else None
    )


def heading_parts(heading: etree._Element) -> tuple[str, ...]:
    """The visible texts a heading is made of, each child element and each run of its own
    text apart ("<span>Corona</span><span>Schools stay shut</span>": two parts)."""
    parts = [heading.text or ""]
    for child in heading:
        if isinstance(child.tag, str) and child.tag.lower() not in SILENT_TAGS:
            parts.append("" if _is_hidden(child) else _shown_text(child))
        parts.append(child.tail or "")
    shown = tuple(p for p in (normalise_title(p) for p in parts) if p)
    return shown if len(shown) > 1 else ()


def _hidden_separator_kicker(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A separator only screen readers see ("Kicker<span class=sr-only>: </span>Story") sets
    the text before it apart as a kicker, whatever its class."""
    for i, (text, role) in enumerate(pieces):
        if role == "hidden" and text.strip() and all(c in TRIM_SEPARATORS for c in text.split()[0]):
            if _visible(pieces[:i]).strip():
                return [(t, "kicker" if r == "text" else r) for t, r in pieces[:i]] + pieces[i:]
            break
    return pieces


def heading_text(heading: etree._Element) -> tuple[str, str]:
    """(all the visible text, the headline as displayed) of a heading. A kicker joined to the
    headline by a visible separator ("Corona: Story") is part of it; one set apart (no
    separator, or one only screen readers see) is dropped with its separator, and so is a
    subtitle, when a headline of more than one word remains."""
    leading = _leading_block(heading)
    pieces = list(_pieces(heading, kicker=_styled_kicker(heading) if leading is None else leading))
    full = _visible(pieces)
    if not any(role == "kicker" for _, role in pieces):
        pieces = _hidden_separator_kicker(pieces)
    kickers = [i for i, (_, role) in enumerate(pieces) if role == "kicker"]
    kicker = _visible(p for p in pieces if p[1] == "kicker")
    joined = bool(kicker) and (kicker[-1] in TRIM_SEPARATORS or kicker[-1] in BRACKET_CLOSERS)
    for text, role in pieces[kickers[-1] + 1 :] if kickers else ():
        if role == "hidden" or joined:
            break
        if text.strip():
            joined = all(c in TRIM_SEPARATORS for c in text.split()[0])
            break
    shown = ("text", "kicker") if joined else ("text",)
    headline = trim_separators(_visible(p for p in pieces if p[1] in shown))
    return full, headline if title_size(headline) >= 2 else trim_separators(full)


def _in_article(el: etree._Element) -> bool:
    return any(a.tag in ARTICLE_CONTAINERS for a in el.iterancestors() if isinstance(a.tag, str))


def _opens_article(el: etree._Element) -> bool:
    """The heading comes first in its <article>/<main>, before any paragraph or other <h2>
    (a theme that sets the story's headline in an <h2> under the site's logo <h1>)."""
    container = next((a for a in el.iterancestors() if a.tag in ARTICLE_CONTAINERS), None)
    if container is None:
        return False
    first = next((e for e in container.iter("p", "h2") if e is el or _shown_text(e)), None)
    return first is el


def _marked(el: etree._Element) -> int:
    """How the page marks the heading as its headline: `MARKED_BY_MICRODATA`, `MARKED_STRONGLY`
    (its place inside the article), `MARKED_BY_CLASS` (a headline/title class: a section page's
    title has one too) or not at all (0)."""
    itemprop = (el.get("itemprop") or "").lower().split()
    if any(p in itemprop for p in HEADLINE_ITEMPROPS):
        return MARKED_BY_MICRODATA
    if _in_article(el):
        return MARKED_STRONGLY
    return _marked_by_class(el)


def _marked_by_class(el: etree._Element) -> int:
    tokens = set(_CLASS_TOKEN.findall(_class_words(el)))
    by_class = _has_class_word(el, HEADLINE_CLASS_WORDS) or bool(tokens & HEADLINE_CLASS_TOKENS)
    return MARKED_BY_CLASS if by_class else 0


@dataclass(frozen=True)
class Heading:
    kind: str  # "h1" or "h2"
    text: str  # all of it
    headline: str  # as displayed (a kicker set apart dropped)
    in_article: bool
    marked: int = 0  # how the page marks it as its headline (see `_marked`)
    parts: tuple[str, ...] = ()  # see `heading_parts`


def _headline_elements(root: lxml.html.HtmlElement) -> list[etree._Element]:
    """The <h1>s and the elements microdata marks as the headline, in page order."""
    marked = " or ".join(
        f"contains(concat(' ', @itemprop, ' '), ' {p} ')" for p in HEADLINE_ITEMPROPS
    )
    return list(root.xpath(f"//h1 | //*[{marked}][not(self::meta)][not(self::link)]"))


def _subheading_elements(root: lxml.html.HtmlElement) -> Iterator[etree._Element]:
    """The <h2>s and the article's headline blocks (`_is_headline_block`, outermost), in page
    order: read only on a page with no <h1> to offer."""
    blocks: set[etree._Element] = set()
    for el in root.iter("h2", *HEADLINE_BLOCK_TAGS):
        if el.tag == "h2":
            yield el
        elif _is_headline_block(el) and not any(a in blocks for a in el.iterancestors()):
            blocks.add(el)
            yield el


def _is_headline_block(el: etree._Element) -> bool:
    """An element of the article set as a headline by its class alone (see
    `HEADLINE_BLOCK_TAGS`), not a subtitle, kicker or logo."""
    return (
        (el.get("class") is not None or el.get("id") is not None)
        and bool(_marked_by_class(el))
        and not _has_class_word(el, (*SUBTITLE_CLASS_WORDS, *KICKER_CLASS_WORDS, *LOGO_CLASS_WORDS))
        and _in_article(el)
        and not any(a.tag == "a" for a in el.iterancestors())
        and not any(d.tag == "a" or d.tag in WRAPPED_TAGS for d in el.iterdescendants())
    )


def headings(root: lxml.html.HtmlElement, title: str) -> tuple[list[Heading], list[str], list[str]]:
    """The page's <h1>s and headline elements (with none, its first <h2>s and headline blocks),
    and the texts of the <h1>s that look like the site's logo (a link home, a logo class) and
    of those that are its banner (outside the article, the shorter, last part of a two-part
    <title>: "Story - Banner")."""
    parts = split_title(title, weak=False)
    two = len(parts) == 2 and len(parts[1].text) < len(parts[0].text)
    banner = title_key(parts[1].text) if two else None
    found: list[Heading] = []
    logos: list[str] = []
    banners: list[str] = []
    seen: set[etree._Element] = set()

    def add(tag: str, el: etree._Element) -> None:
        if el in seen or _is_hidden(el) or _outside_article(el):
            return
        seen.add(el)
        full, headline = heading_text(el)
        if not full or len(full) > MAX_TITLE_CHARS:
            return
        in_article = _in_article(el)
        if tag == "h1" and not in_article and title_key(full) == banner:
            banners.append(full)
        elif el.tag in HEADING_KINDS and _is_logo(el):
            logos.append(full)
        else:
            # an <h2> counts as marked by its class, or under a logo or banner <h1> by opening the
            # article (before any paragraph): elsewhere inside an article, <h2>s are the body's
            # subheadings
            marked = _marked(el) if tag == "h1" else _marked_by_class(el)
            if tag == "h2" and not marked and (logos or banners) and _opens_article(el):
                marked = MARKED_BY_CLASS
            found.append(Heading(tag, full, headline, in_article, marked, heading_parts(el)))

    for el in _headline_elements(root):
        if sum(h.kind == "h1" for h in found) < MAX_HEADINGS:
            add("h1", el)
    if not found:  # the <h2>s and headline blocks stand in for no <h1>
        for el in _subheading_elements(root):
            if len(found) >= MAX_SUBHEADINGS:
                break
            add("h2", el)
    return found, logos, banners


# ---------------------------------------------------------------------------------------------
# The choice


@dataclass(frozen=True)
class Signal:
    kind: str  # "json-ld", "h1", "h2", "og:title", "twitter:title" or "title"
    text: str  # as the page states it
    clean: str  # without the site's name (a heading: as displayed)
    in_article: bool = False  # a heading inside <article> or <main>
    marked: int = 0  # how the page marks a heading as its headline (see `_marked`)
    parts: tuple[str, ...] = ()  # a heading's parts (see `heading_parts`)


@dataclass(frozen=True)
class TitleChoice:
    """The headline as the page displays it, and the SEO/social title when it differs."""

    title: str | None
    seo_title: str | None = None


def _end_runs(text: str) -> Iterator[str]:
    """Keys of the text's separator-delimited prefixes and suffixes ("A | B | C": A, A B, C,
    B C)."""
    parts = split_title(text)
    keys = [title_key(p.text) for p in parts]
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
    key = title_key(candidate)
    if _same(key, title_key(signal.text)) or _same(key, title_key(signal.clean)):
        return True
    words = key.split()
    if title_size(candidate) < 2:
        return False
    if any(_same(key, run) for run in _end_runs(signal.clean)):
        return True
    if _cut_short(signal.clean, words):
        return True
    other = title_key(signal.clean)
    return (
        opening
        and other.startswith(key + " ")
        and len(words) >= MIN_PREFIX_SHARE * len(other.split())
    )


def _cut_short(text: str, words: list[str]) -> bool:
    """The text is the opening of the words, cut to a length and marked with an ellipsis (its
    last word may be cut too)."""
    text = text.rstrip()
    ellipsis = next((e for e in ELLIPSES if text.endswith(e)), None)
    if ellipsis is None:
        return False
    kept = _words(text[: -len(ellipsis)])[:-1]
    return (
        len(kept) >= MIN_TRUNCATED_WORDS and len(words) > len(kept) and words[: len(kept)] == kept
    )


def support(candidate: Signal, signals: Iterable[Signal]) -> set[str]:
    """The kinds of signal that state the candidate."""
    opening = candidate.kind == "h1"
    return {s.kind for s in signals if confirms(s, candidate.clean, opening=opening)}


def is_document_title(el: etree._Element) -> bool:
    """A <title> of the document, not of an icon (an inline SVG's "Share on Facebook")."""
    return not any(a.tag in ICON_CONTAINERS for a in el.iterancestors())


def _raw_titles(page: ParsedPage) -> list[tuple[str, str]]:
    """(kind, text) of every JSON-LD headline of an article, social title and the title tag."""
    raw: list[tuple[str, str]] = []
    for obj in page.jsonld:
        types = obj.get("@type")
        names = types if isinstance(types, list) else [types]
        if not {str(t).lower().rsplit("/", 1)[-1] for t in names} & ARTICLE_TYPES:
            continue
        for k in JSONLD_HEADLINE_KEYS:
            if isinstance(obj.get(k), str):
                raw.append(("json-ld", str(obj[k])))
    for kind, key in META_TITLES:
        raw.extend((kind, v) for v in page.meta.get(key, ()))
    if page.tree is not None:
        raw.extend(
            ("title", t.text_content()) for t in page.tree.iter("title") if is_document_title(t)
        )
    texts = [(kind, t) for kind, t in ((k, normalise_title(v)) for k, v in raw) if t]
    texts = [(kind, t) for kind, t in texts if len(t) <= MAX_TITLE_CHARS]
    first_title = next((i for i, (kind, _) in enumerate(texts) if kind == "title"), None)
    return [kt for i, kt in enumerate(texts) if kt[0] != "title" or i == first_title]


def title_signals(page: ParsedPage) -> list[Signal]:
    """Every title signal of the page, each with its site-free text."""
    if page.tree is None:
        return []
    texts = _raw_titles(page)
    title = next((t for kind, t in texts if kind == "title"), "")
    found, logos, banners = headings(page.tree, title)
    site = site_names(page, logos, banners, (t for _, t in texts))
    found.extend(Heading("h1", t, t, False) for t in logos if not site.is_name(t))
    signals = [
        Signal(
            h.kind,
            h.text,
            strip_site_name(h.headline, site, by_host=False) or h.headline,
            h.in_article,
            h.marked,
            h.parts,
        )
        for h in found
    ]
    # the end the title tag loses with no site name known, the other titles lose as well
    title_clean = strip_news_suffix(strip_site_name(title, site, guess=True)) if title else ""
    suffix = title[len(title_clean) :] if title_clean and title.startswith(title_clean) else ""
    for kind, text in texts:
        clean = strip_news_suffix(strip_site_name(text, site, guess=kind == "title") or text)
        if suffix and clean == text and text.endswith(suffix) and len(text) > len(suffix):
            clean = trim_separators(text[: -len(suffix)])
        signals.append(Signal(kind, text, clean))
    return [s for s in signals if s.clean and not site.is_name(s.clean)]


def rank(candidate: Signal, supporters: set[str], others: list[Signal]) -> tuple[bool, int, int]:
    """The visible headline (<h1>) another signal confirms first; then most support; on a tie,
    the article's own headline before social and tag titles, but a heading only its own kind
    states, outside an <article>/<main> or sharing no words with the other titles, after them."""
    priority = TIE_PRIORITY.get(candidate.kind, 0)
    confirmed = len(supporters) > 1
    if (
        candidate.kind in HEADING_KINDS
        and not confirmed
        and not (candidate.in_article and _shares_words(candidate, others))
    ):
        priority = UNCONFIRMED_HEADING_PRIORITY
    return candidate.kind == "h1" and confirmed, len(supporters), priority


def _shares_words(
    heading: Signal,
    others: list[Signal],
    *,
    loosely: bool = False,
    slug: str = "",
    telling: int = MIN_TELLING_SHARED,
) -> bool:
    """Some other title, or the URL's `slug`, states enough of the heading's words (see
    `MIN_SHARED_WORDS`; `telling` of them may do), or there is no other title of more than a
    word ("Home" names no article)."""
    others = [o for o in others if title_size(o.clean) >= 2]
    if not others:
        return True
    if slug:
        others.append(Signal("url", slug, slug))
    own = set(_words(heading.clean))
    if not own:
        return False
    for other in others:
        shared = own & set(_words(other.clean))
        n_telling = len([w for w in shared if len(w) >= MIN_TELLING_WORD or _CJK.fullmatch(w)])
        if loosely:
            if n_telling >= MIN_TELLING_SHARED and len(shared) >= MIN_SHARED_LOOSELY * len(own):
                return True
        elif len(shared) >= MIN_SHARED_WORDS * len(own) or n_telling >= telling:
            return True
    return False


def _confirmed_part(heading: Signal, others: list[Signal]) -> Signal | None:
    """The part of a heading that another signal states, when no visible separator joins the
    parts (the rest is a kicker or a subtitle set apart: "<span>Corona</span><span>Schools
    stay shut</span>" with og:title "Schools stay shut"). A part is stated whole or as one end
    of a title, not as its opening words ("Schools" of "Schools stay shut"); when the title
    states two parts ("Corona: Schools stay shut"), a shorter one before a longer one is the
    kicker."""
    if any(p[0] in TRIM_SEPARATORS or p[-1] in TRIM_SEPARATORS for p in heading.parts):
        return None
    stated = [
        part
        for part in heading.parts
        if title_size(part) >= 2 and any(confirms(o, part) for o in others)
    ]
    if len(stated) > 1 and title_size(stated[0]) < title_size(stated[1]):
        stated = stated[1:]
    return replace(heading, clean=stated[0]) if stated else None


def _confirmed(heading: Signal, others: list[Signal]) -> Signal | None:
    """The heading as another signal confirms it: the part it states when the heading's parts
    stand apart, else the whole heading; None when no other signal states it."""
    part = _confirmed_part(heading, others)
    if part is not None:
        return part
    return heading if support(heading, others) else None


def url_slug(urls: Iterable[str | None]) -> str:
    """The words of the first URL's path segment that spells a title ("why the rail strike
    could last into spring"), or "" (a path of ids and sections spells none)."""
    for url in urls:
        try:
            path = urlsplit((url or "").strip()).path
        except ValueError:
            continue
        for segment in reversed(unquote(path).split("/")):
            words = [w for w in SLUG_SEPARATORS.split(SLUG_EXTENSIONS.sub("", segment)) if w]
            words = [w for w in words if not w.isdigit()]
            if len(words) >= MIN_SLUG_WORDS:
                return " ".join(words)
    return ""


def displayed_headline(signals: list[Signal], slug: str = "") -> Signal | None:
    """The <h1> a reader sees as the article's headline (on a page with no <h1>, an <h2>
    inside the article): the first another signal confirms (one of its parts set apart, else
    whole), else the first <h1> the page marks as its headline (or the only one) whose words
    the other titles or the URL's `slug` share."""
    h1s = [s for s in signals if s.kind == "h1"]
    headings = h1s or [s for s in signals if s.kind == "h2" and s.in_article]
    others = [s for s in signals if s.kind not in HEADING_KINDS]
    confirmed = [c for c in (_confirmed(h, others) for h in headings) if c is not None]
    if confirmed:
        return max(confirmed, key=lambda h: len(support(h, others)))
    for heading in h1s:
        if title_size(heading.clean) < 2:
            continue
        # "Most read", "Related news" and the same headline again (a sticky header, a mobile
        # copy) are no rivals
        only = len({title_key(h.clean) for h in h1s if _rival(h)}) == 1
        if heading.marked == MARKED_BY_MICRODATA and only and _rival(heading):
            return heading
        if heading.marked >= MARKED_STRONGLY and _shares_words(
            heading, others, slug=slug, telling=1 if only else MIN_TELLING_SHARED
        ):
            return heading
        if (heading.marked or only) and _shares_words(heading, others, loosely=True, slug=slug):
            return heading
    if not h1s:  # a theme that sets the headline in an <h2> under a logo, the SEO title reworded
        for heading in (s for s in signals if s.kind == "h2" and s.marked):
            if _shares_words(heading, others, loosely=True, slug=slug):
                return heading
    return None


def _rival(heading: Signal) -> bool:
    """A heading that could be the headline: two words or more, not a teaser box's label
    ("Related news", "Most read today") nor a section's name ("World News", "Breaking News")."""
    text = heading.clean
    return title_size(text) >= 2 and not is_label_line(text) and not names_news(text)


def _seo_title(signals: list[Signal], headline: str | None) -> str | None:
    for kind in SEO_TITLE_KINDS:
        seo = next((s.clean for s in signals if s.kind == kind), None)
        if seo:
            return None if headline and _headline_and_names(seo, headline) else seo
    return None


def _headline_and_names(seo: str, headline: str) -> bool:
    """The SEO title is the headline, or the headline with short names after it that no site
    name matched ("Story - Segel-Club Sarstedt e.V.", "Story | Wiki"): those are the site's and
    its sections' names."""
    key = title_key(headline)
    if title_key(seo) == key:
        return True
    parts = split_title(seo, weak=False)
    for i in range(1, len(parts)):
        if title_key(seo[: parts[i - 1].end]) == key:
            rest = parts[i:]
            return all(title_size(p.text) <= MAX_NAME_WORDS_AFTER_HEADLINE for p in rest)
    return False


def choose_title(page: ParsedPage, fallback: str | None) -> TitleChoice:
    """The article's headline and SEO title (see the module docstring); `fallback` (the
    extractor's title) when the page states none."""
    signals = title_signals(page)
    if not signals:
        return TitleChoice(trim_separators(normalise_title(fallback)) or None)
    others = [s for s in signals if s.kind not in HEADING_KINDS]
    slug = url_slug([page.url, page.meta_first("og:url"), page.declared_canonical])
    best = displayed_headline(signals, slug) or max(
        signals, key=lambda s: rank(s, support(s, signals), others)
    )
    return TitleChoice(best.clean, _seo_title(signals, best.clean))
