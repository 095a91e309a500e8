"""Data for choosing a headline: separators, the signals and where they are, class words that
mark headlines, kickers, subtitles and logos, site-name and section conventions.

Data only; the logic lives in the other modules of `tasks.titles`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Separators between a title's parts, written with spaces on both sides ("Story | Site").
SEPARATORS: Final = (
    "|",
    "||",
    "｜",
    "︱",  # Chinese "標題︱經濟日報"
    "ㅣ",
    "│",
    "┃",  # box drawing's heavy bar, Japanese blogs and papers ("見出し┃新聞")
    "❘",
    "∣",
    "￨",
    "¦",
    "‖",
    "-",
    "--",
    "‐",  # the hyphens and minus signs a typesetting CMS puts for a dash ("Story ‒ Site")
    "‑",
    "‒",
    "−",
    "–",
    "—",
    "―",
    "－",
    "::",
    "»",
    "«",
    "≫",  # Japanese sites' "much greater than" for a guillemet ("見出し ≫ 新聞")
    "›",
    "‹",
    "·",
    "・",
    "•",
    "∙",
    "⋅",
    "~",
    "*",  # Yoast's and Rank Math's star separators ("Story ⋆ Site", "Story * Site")
    "⋆",
    "/",
    "//",
    "／",  # fullwidth, spaced ("見出し ／ 新聞")
    "→",
    "<",  # "Story < Section < 기사본문 - Site" (a Korean CMS), "Site > Section > Story"
    ">",
    # arrows, chevrons, stars, diamonds and wave dashes themes put between the parts ("Story ❯
    # Site", "Story ▸ Section ▸ Site", "見出し ◆ 新聞", "見出し ～ 新聞"), spaced
    *("⟩", "❯", "▸", "►", "★", "☆", "◆", "◇", "～", "〜"),
)
# Separators a template sometimes glues to a word ("Story |Site", "Story| Site", "Site --Story"):
# pipes never stand inside a headline's words, so they part a title spaced or not; a double
# hyphen or colon with a space on one side parts it too. (A single dash, a guillemet or an
# em dash glued on one side is a headline's own: "pre- and post-war", »Nein«, "—dijo".) Korean
# sites' "ㅣ" is the letter jamo U+3163, which Korean words never hold alone (they are written in
# whole syllables): glued, it parts a title as a pipe does ("제출ㅣ한국일보").
GLUED_SEPARATORS: Final = ("||", "|", "｜", "ㅣ", "┃", "❘", "∣", "￨")
ONE_SIDED_SEPARATORS: Final = ("--", "::")
# Between Chinese/Japanese characters titles use separators without spaces ("标题_新浪网",
# "見出し｜朝日新聞", doubled: "标题--社会--人民网", "标题——光明网"): these split there.
CJK_SEPARATORS: Final = ("_", "|", "｜", "︱", "丨", "┃", "-", "－", "—", "―", "–", "--", "——")
# A colon separates too ("www.site.de: Story", "Story : Site | Tagline", "見出し：朝日新聞"), but
# headlines use it themselves ("Dubai: the largest plant"), so a title is cut there only next
# to the site's name.
WEAK_SEPARATORS: Final = (":", "：")
# Characters a title never starts or ends with when they stand apart from its words: what is left
# of a separator after a kicker or a site's name went (": Story", "- «Story»", "Story |").
# (Stars part a title spaced, but a rating's stars end a headline: "Review: The Salt Road ★★★★".)
TRIM_SEPARATORS: Final = frozenset("|｜︱ㅣ│┃❘∣￨¦‖-‐‑‒−–—―－:：»«≫›‹·・•∙⋅~*⋆/／→_丨<>⟩❯▸►◆◇～〜》")
# Guillemets separate ("Story » Site") but also quote ("« Story »"): one whose counterpart is in
# the title quotes.
QUOTE_PAIRS: Final = {"«": "»", "»": "«", "‹": "›", "›": "‹", "《": "》", "》": "《"}
# Chinese titles quote a work in double angle brackets ("《流浪地球》 定档春节"); a "》" that
# no "《" opened, spaced on one side at least, separates as a guillemet does ("标题 》新闻中心").
ANGLE_SEPARATOR: Final = "》"
ANGLE_OPENER: Final = "《"
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
# A headline's element holds a few inline elements (a kicker, a badge, a line break), never a
# block of many: an element holding more is no headline, however short its text (a hostile page
# of nested blocks over thousands of empty elements would otherwise be read once per block).
MAX_TITLE_ELEMENTS: Final = 64
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
# Utility CSS frameworks hide an element by one class name of their own (Tailwind's "hidden" and
# "invisible", Bootstrap's "d-none", "is-hidden", "u-hidden"): a whole class name, not a part of
# one ("overflow-hidden" shows its text), and unless a responsive class shows it again on some
# screens ("hidden md:inline", "d-none d-lg-block").
HIDDEN_CLASS_NAMES: Final = frozenset({"hidden", "invisible", "d-none", "is-hidden", "u-hidden"})
SHOWN_AGAIN_CLASS: Final = re.compile(
    r"^(?:[\w-]+:(?:block|inline|inline-block|flex|inline-flex|grid|table|contents|visible)"
    r"|d-(?:sm|md|lg|xl|xxl)-(?!none)[\w-]+)$"
)
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
    # the kicker's name in the languages of `HEADLINE_CLASS_WORDS` holds the headline's:
    "nadnaslov",  # sr/hr
    "nadtitulek",  # cs
    "ust-baslik",  # tr
    "ustbaslik",
    "sopratitolo",  # it
    "antetitular",  # es
    "supratitlu",  # ro
    "badge",  # "<span class=badge>LIVE</span> Story", "<span class=live-badge>"
    "label",  # "<span class='label label--breaking'>Breaking</span> Story"
)
# A subscription's mark in the headline ("<span class=premium>Premium</span> Story", "<span
# class=tag-paid>Tilaajille</span> ..."): a few words an element of the heading holds whose
# class names a paywall are the page's label, not the headline's words. Apart from
# `KICKER_CLASS_WORDS`: a headline block may carry a paywall class itself ("article-title
# premium").
PAYWALL_CLASS_WORDS: Final = ("premium", "paywall", "paid", "subscriber", "plus-", "-plus", "abo-")
# An <h1> of a few words whose class names who writes or presents, not what happened (a
# columnist's, a column's or a programme's name over the story's <h2>: "<h1
# class=author-name>Jan Nowak</h1><h2 class=headline>Story</h2>"), heads no story: it stands
# aside as a section's name does, and the <h2>s stand in for it.
BYLINE_HEADING_CLASS_WORDS: Final = (
    *("author", "columnist", "column-name", "column-title", "writer", "blogger", "byline"),
    *("autor", "auteur", "yazar", "penulis", "show-title", "show-name", "programme-title"),
)
MAX_BYLINE_HEADING_WORDS: Final = 4
# A kicker set apart by CSS alone: an inline element of these tags with a class or style that
# opens the heading with a few words in capitals, the headline after it starting a phrase of its
# own ("<span class=css-x>JUST NU </span>Tusentals utan ström", "<b class=k>EXKLUSIV</b> Die
# Regierung ..."; not "<span class=x>NATO</span> summit opens", which runs on).
# A kicker in brackets reads as a tag of the headline's own line ("【独自】Story", "[Video] Story"),
# joined to it as a separator would join it: it stays.
BRACKET_CLOSERS: Final = frozenset("】]］〉》")
# Quotation marks hug the words they quote: an element they are glued to ("„<em>Nie
# odpuścimy</em>” – mówią rolnicy") is quoted words of the heading, not a part set apart.
QUOTE_MARKS: Final = frozenset("\"'„“”‚‘’«»‹›「」『』")
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
    # the subtitle's (and crossheading's) name holds the headline's in these languages:
    "podnaslov",  # sr/hr/sl
    "podnadpis",  # cs/sk
    "podtytul",  # pl
    "alt-baslik",  # tr
    "altbaslik",
    "subjudul",  # id
    "sub-judul",
    "subtitular",  # es
    "subtitlu",  # ro
    "alaotsikko",  # fi
    "valiotsikko",
    "väliotsikko",
    "underoverskrift",  # da/no
    "mellemoverskrift",
    "zwischenueberschrift",  # de
    "zwischenüberschrift",
    "podzagolovok",  # ru
)
# American newsrooms call the subtitle a "dek" ("<p class=hero-dek>", "article__dek"): a
# subtitle as a whole word of a class or id only ("index", "dekor" are none).
SUBTITLE_CLASS_TOKENS: Final = frozenset({"dek", "deck"})
# Secondary text inside a heading, whatever its class ("<h1>Story <small>Subtitle</small></h1>").
SUBTITLE_TAGS: Final = frozenset({"small"})
# A heading's line that states the article's date is its meta line, not its headline: a
# <time> that ends the heading, or an element on a line of its own after a <br> holding a date
# (PHPCMS's article template: "<h1>Story<br /><span>2025-05-12 08:00 来源：本站</span></h1>").
META_LINE_TAGS: Final = frozenset({"time"})
META_LINE_DATE: Final = re.compile(
    r"(?<!\d)(?:\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?!\d)"
)
# Elements inside a heading that never show text (icons, scripts).
# Furigana (<rt>, and the <rp> parentheses around it) stand above the text, not in its line.
SILENT_TAGS: Final = frozenset(
    {"script", "style", "noscript", "template", "svg", "button", "rt", "rp"}
)
# What marks a heading as the article's headline: microdata, or a class or id with these words.
HEADLINE_ITEMPROPS: Final = ("headline",)
# An element an app renders as a first-level heading without the <h1> tag: an ARIA heading of
# level 1 ("<div role=heading aria-level=1>", React/Next apps), or one a CSS framework's class
# sets as an <h1> ("<p class='h1 fw-bold'>", Bootstrap's "h1" class as a whole class name).
H1_ROLE_LEVEL: Final = "1"
H1_CLASS_NAMES: Final = ("h1",)
# Publishers name the class in their own language too ("haber-baslik", "tytul-artykulu",
# "judul-berita", "cikk-cim"; see `KICKER_CLASS_WORDS` and `SUBTITLE_CLASS_WORDS` for the
# kickers' and subtitles' names that hold these words: "nadnaslov", "alt-baslik").
HEADLINE_CLASS_WORDS: Final = (
    *("headline", "title", "heading", "titulo", "titel", "titre"),
    *("titular", "titolo", "titlu", "manchete"),  # es, it, ro, pt
    *("ueberschrift", "überschrift", "overskrift", "otsikko", "pealkiri"),  # de, da/no, fi, et
    *("naslov", "nadpis", "tytul", "tytuł", "zagolovok"),  # sr/hr/sl, cs/sk, pl, ru
    *("antraste", "virsraksts"),  # lt, lv
    *("baslik", "başlık", "judul", "tieu-de", "tieude", "tieu_de"),  # tr, id/ms, vi
)
# Abbreviations that mark a headline only as a whole word of a class or id (Korean and Japanese
# CMSs: "tit_view", "article_tit", "news-tit"; inside a word they are not: "entity", "petition").
# "rubrik" is Swedish for a headline ("artikel-rubrik"); German uses the word for a section's
# name, one or two words that never make a headline block, and Czech "rubrika" is no whole token.
HEADLINE_CLASS_TOKENS: Final = frozenset({"tit", "cim", "rubrik"})  # "cim": Hungarian, "cikk-cim"
CLASS_TOKEN: Final = re.compile(r"[a-z]+")
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
# The page's only <h1> marked by its class is the headline too when it shares `MIN_SHARED_WORDS`
# of its words and at least this many (Vietnamese writes words of one short syllable each,
# none of them telling: "Giá xăng giảm ..." of a reworded "Xăng dầu ... giảm giá").
MIN_SHARED_BY_CLASS: Final = 3
# The page's only <h1>, unmarked, needs half its words in another title (a few of them at least),
# where telling words are few ("Đà Nẵng cấm xe tải vào trung tâm" of a reworded "Xe tải bị cấm
# vào trung tâm Đà Nẵng").
MIN_SHARED_UNMARKED: Final = 0.5
# The only <h1>, opening its article before the article's text, is the headline whatever the
# other titles say when it has this many words: a feature's headline shares none with its SEO
# title ("The Long Goodbye", titled "Why Malls Are Dying Slowly"); a shorter one may be a
# section's name ("Opinion", "Local news").
MIN_UNSHARED_HEADLINE_WORDS: Final = 3
# A heading outside any <article>/<main> opens the article's text when, in page order, the
# paragraphs after it up to the next heading (`LEAD_STOPS`) are two at least and hold this many
# words (counted as `title_size` counts them: a couple of sentences), and those before it on
# the page no more than a tagline's or a kicker's line. A donation or newsletter box holds a
# line or two ("Donate today."), or follows the story; a logo's tagline is one paragraph.
LEAD_STOPS: Final = frozenset({"h1", "h2", "h3"})
MIN_LEAD_PARAGRAPHS: Final = 2
MIN_LEAD_TEXT_WORDS: Final = 20
MAX_LEAD_PREAMBLE_WORDS: Final = 12
# Between a headline and its text, a heading that is a deck (a subtitle class, or a sentence:
# it ends with a full stop, "Seit fünfzig Jahren ... zum letzten Mal.") or that only screen
# readers see ("<h3 class=sr-only>Share</h3>") is no next heading; the same holds inside an
# <article>/<main>, where at most the preamble's few words of paragraphs come before it too.
DECK_ENDINGS: Final = (".", "。", "．", "۔")
# Paragraphs before the headline that are no part of the page's text: a consent or cookie
# banner's, a dialog's, a ticker's, a figure's caption, a kicker's line, teaser cards' summaries
# (a strip of other stories above the headline, inside <main> or not).
PREAMBLE_BOX_TAGS: Final = frozenset({"figure", "dialog", "nav", "aside", "footer", "form"})
PREAMBLE_BOX_ROLES: Final = frozenset({"dialog", "alertdialog", "banner", "navigation"})
PREAMBLE_BOX_CLASS_WORDS: Final = (
    *("cookie", "consent", "gdpr", "cmp-", "ticker", "marquee"),
    *("teaser", "card", "promo", "related", "trending", "most-read", "popular"),
)
# The article's text is its <p>s, or on portals that set it with line breaks (Korean, Chinese
# papers: "<div id=articleBody>text<br><br>text</div>") the runs of these blocks' own text
# between <br>s (a link's words are a menu's, not the text's).
TEXT_RUN_TAGS: Final = frozenset({"div", "section", "td", "article", "main"})
# Inline elements whose words run on in such a block's text; any other element ends a run.
TEXT_RUN_INLINE_TAGS: Final = frozenset(
    {"b", "strong", "i", "em", "u", "span", "font", "mark", "small", "sup", "sub", "q", "time"}
)
# Arabic and Hebrew write the article, "and", "in", "to" onto the next word ("العام", "للعام";
# "השנה"): two titles share a word written with one of these and without (as keys: no vowel
# points), when a stem of this many letters remains.
CLITIC_PREFIXES: Final = (
    *("وال", "بال", "فال", "كال", "ال", "لل", "و", "ب", "ل", "ف"),
    *("ה", "ו", "ב", "ל", "מ", "ש", "כ"),
)
MIN_STEM_LETTERS: Final = 3
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
# Such a block outside any <article>/<main> is one when it opens the article's text (see
# `LEAD_STOPS`): the first this many are tried, the headline coming before a page's cards.
MAX_LEAD_BLOCK_TRIES: Final = 3
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
# A logo word of two names a logo only as a whole part of a class, no letter before it: a live
# blog's "liveblog-title" holds "blog-title" and is the story's headline, no logo.
LOGO_CLASS: Final = re.compile(
    "|".join(rf"(?<![a-z]){re.escape(w)}" if "-" in w else re.escape(w) for w in LOGO_CLASS_WORDS)
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
# A country's second-level domain goes with its top-level one: "Jornal do Porto.com.br", a name
# with its domain glued on, is "Jornal do Porto"; "bbc.co.uk" is "bbc".
DOMAIN_NAME: Final = re.compile(
    r"^(?:www\.)?(?P<name>\S.*?)(?:\.(?:com|co|org|net|gov|edu|ac|or|ne|go))?\.[a-z]{2,24}$", re.I
)
# The title's last part names the site when it is a stated name with at most this many more
# words ("Story - Tagesblatt Online" of "Tagesblatt", "Story | SVT Nyheter" of "SVT").
MAX_EXTRA_NAME_WORDS: Final = 1
TRAILING_DATE: Final = re.compile(
    r"(?:^|[\s,])\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2})?\s*$"
)
# With no known site name: trailing parts this short after a story longer than this go.
MAX_UNKNOWN_SITE_WORDS: Final = 4
# ... and a title that is a path, three parts or more joined by one of these separators, each
# before the last that short and the last longer than any ("Adevărul Local » Actualitate »
# Story"), is "Site » Section » Story": its leaf is the story.
PATH_SEPARATORS: Final = frozenset({"»", ">", "›", "→", "/", "≫", "▸", "❯", "::"})
MIN_PATH_PARTS: Final = 3
# After the displayed headline in the SEO title, parts this short name the site or a section
# ("Story - Segel-Club Sarstedt e.V.": five words); a longer one is a subtitle.
MAX_NAME_WORDS_AFTER_HEADLINE: Final = 5
# A site's name in parentheses after the story ("Story (Site)", in Chinese and Japanese fullwidth
# and unspaced: "見出し（新聞）"), taken off when it is a stated one.
PARENTHESISED_END: Final = re.compile(r"(?:\s\(|\s*（)(?P<name>[^()（）]+)[)）]$")
# ... and in brackets before or after it ("【新聞】見出し", "[Site] Story", "Story【新聞】"), taken
# off when it is a stated one (a bracketed kicker, "【速報】", names no site and stays).
BRACKETED_START: Final = re.compile(r"^[\[［【〔](?P<name>[^\[\]［］【】〔〕]+)[\]］】〕]\s*")
BRACKETED_END: Final = re.compile(r"\s*[\[［【〔](?P<name>[^\[\]［］【】〔〕]+)[\]］】〕]$")
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
# A page's <h1> that is only the name of its section (a news word above, or one of these) is no
# headline: club, council and blog themes (TYPO3's news, Joomla's categories) head every story
# "<h1>Aktuelles</h1>" and set its headline in the <h2> that opens the text.
SECTION_NAMES: Final = (
    *("aktuelles", "aktuell", "neuigkeiten", "meldungen", "aktuelle meldungen", "presse"),
    *("pressemitteilungen", "pressemeldungen", "berichte", "termine", "blog", "news & events"),
    *("latest news", "press releases", "announcements", "updates", "novedades", "actualité"),
    *("comunicados", "comunicati stampa", "notizie dal comune", "nieuwsberichten", "aktualności"),
    *("aktuality", "novinky", "hírek", "aktualnosti", "ajankohtaista", "aktuelt", "aktuellt"),
)
MAX_SECTION_NAME_WORDS: Final = 2
# A page number a paginated article's title carries, with or without a separator ("Story
# Halaman all", "Story - Page 2", "Story (Seite 2 von 3)"): not part of the headline.
PAGINATION_SUFFIX: Final = re.compile(
    r"\s*[-|–—:,]?\s*\(?(?i:halaman|page|seite|página|pagina|strona|sayfa|страница|sivu|side)"
    r"\s+(?:\d{1,3}|all|semua)(?:\s*(?i:of|von|de|di|dari|z|/)\s*\d{1,3})?\)?$"
)
# A tag in brackets after the story saying what media come with it ("Story (Video)", "Story
# [ФОТО]", "Story [ZDJĘCIA]", "Story (فیلم)"): the page's format, not part of the headline.
MEDIA_TAG_SUFFIX: Final = re.compile(
    r"\s[(\[【](?i:video|videó|wideo|видео|відео|βίντεο|foto|fotos|fotó|фото|photos?|zdjęcia"
    r"|galerie|galeria|galería|gallery|فيديو|فیلم|ویدئو|ویدیو|صور|عکس|וידאו)[)\]】]$"
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
LOOSE_JOINERS: Final = re.compile(f"(?<![{JOINER_SCRIPTS}])[{JOINERS}]")
ALL_JOINERS: Final = re.compile(f"[{JOINERS}]")
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
    rf"|(?<=[{CJK_CHARS}])\s*(?P<cjkl>[｜︱丨┃])\s*(?=\S)|(?<=\S)\s*(?P<cjkr>[｜︱丨┃])\s*(?=[{CJK_CHARS}])"
)
_GLUED_ALTERNATIVES: Final = "|".join(re.escape(s) for s in GLUED_SEPARATORS)
_ONE_SIDED_ALTERNATIVES: Final = "|".join(re.escape(s) for s in ONE_SIDED_SEPARATORS)
_SPLIT_LOOSE: Final = (
    rf"\s*(?P<glued>{_GLUED_ALTERNATIVES})\s*"
    rf"|\s+(?P<lone>{_ONE_SIDED_ALTERNATIVES})(?=\w)|(?<=\w)(?P<rone>{_ONE_SIDED_ALTERNATIVES})\s+"
)
_ANGLE_SPLIT: Final = rf"\s+(?P<angle>{ANGLE_SEPARATOR})\s*|(?<=\S)(?P<angler>{ANGLE_SEPARATOR})\s+"
SPLIT_STRONG: Final = re.compile(
    rf"\s+(?P<sep>{_STRONG_ALTERNATIVES})\s+|{_CJK_SPLIT}|{_SPLIT_LOOSE}|{_ANGLE_SPLIT}"
)
SPLIT_ALL: Final = re.compile(
    rf"\s+(?P<sep>{_STRONG_ALTERNATIVES})\s+|{_CJK_SPLIT}|{_SPLIT_LOOSE}|{_ANGLE_SPLIT}"
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
WORD: Final = re.compile(rf"[{CJK_CHARS}]|(?:[^\W_{CJK_CHARS}]|[{_WORD_MARKS}])+")
CJK: Final = re.compile(rf"[{CJK_CHARS}]")
UNSPACED: Final = re.compile(rf"[{UNSPACED_SCRIPTS}]")
# A letter or digit of a script that spaces its words: two elements of a heading with nothing
# between them, one ending and the next starting with one, are two lines set as blocks by the
# page's CSS ("<span class=line>The last</span><span class=line>lighthouse keeper</span>"; run
# together, the words would be misspelt); Chinese, Japanese and Thai set no spaces anyway.
SPACED_WORD_CHAR: Final = re.compile(rf"[^\W_{CJK_CHARS}{UNSPACED_SCRIPTS}]")
