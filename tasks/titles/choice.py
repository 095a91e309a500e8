"""The choice: title signals, which confirms which, and the displayed headline and SEO title."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from urllib.parse import unquote, urlsplit

from lxml import etree

from tasks.boilerplate import is_label_line
from tasks.page import ParsedPage, is_article
from tasks.titles.headings import Heading, headings, shown_texts
from tasks.titles.patterns import (
    CJK,
    CLITIC_PREFIXES,
    ELLIPSES,
    HEADING_KINDS,
    ICON_CONTAINERS,
    JSONLD_HEADLINE_KEYS,
    MARKED_BY_MICRODATA,
    MARKED_STRONGLY,
    MAX_NAME_WORDS_AFTER_HEADLINE,
    MAX_TITLE_CHARS,
    META_TITLES,
    MIN_PREFIX_SHARE,
    MIN_SHARED_BY_CLASS,
    MIN_SHARED_LOOSELY,
    MIN_SHARED_UNMARKED,
    MIN_SHARED_WORDS,
    MIN_SLUG_WORDS,
    MIN_STEM_LETTERS,
    MIN_TELLING_SHARED,
    MIN_TELLING_WORD,
    MIN_TRUNCATED_WORDS,
    MIN_UNSHARED_HEADLINE_WORDS,
    SAME_TEXT_RATIO,
    SEO_TITLE_KINDS,
    SLUG_EXTENSIONS,
    SLUG_SEPARATORS,
    TIE_PRIORITY,
    TRIM_SEPARATORS,
    UNCONFIRMED_HEADING_PRIORITY,
    UNSPACED,
    UNSPACED_CHARS_PER_WORD,
)
from tasks.titles.sites import (
    names_news,
    names_section,
    site_names,
    strip_news_suffix,
    strip_site_name,
)
from tasks.titles.text import (
    normalise_title,
    split_title,
    title_key,
    title_size,
    title_words,
    trim_separators,
)


@dataclass(frozen=True)
class Signal:
    kind: str  # "json-ld", "h1", "h2", "og:title", "twitter:title" or "title"
    text: str  # as the page states it
    clean: str  # without the site's name (a heading: as displayed)
    in_article: bool = False  # a heading inside <article> or <main>
    marked: int = 0  # how the page marks a heading as its headline (see `_marked`)
    parts: tuple[str, ...] = ()  # a heading's parts (see `heading_parts`)
    leads: bool = False  # a heading opening its article, before the article's text


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
    last word may be cut too; in Thai, Lao, Khmer or Burmese, anywhere in a run of letters)."""
    text = text.rstrip()
    ellipsis = next((e for e in ELLIPSES if text.endswith(e)), None)
    if ellipsis is None:
        return False
    cut = text[: -len(ellipsis)]
    kept = title_words(cut)[:-1]
    if len(kept) >= MIN_TRUNCATED_WORDS and len(words) > len(kept) and words[: len(kept)] == kept:
        return True
    # a script that spaces no words (Thai) is one run a word: its letters open the headline's
    runs = title_words(cut)
    if not runs or not UNSPACED.match(runs[-1]) or title_size(cut) < MIN_TRUNCATED_WORDS:
        return False
    opening, whole = "".join(runs), "".join(words)
    return len(whole) > len(opening) and whole.startswith(opening)


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
        if not is_article(obj):
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
            h.leads,
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
    telling: int | None = MIN_TELLING_SHARED,
    least: int = 1,
    share: float = MIN_SHARED_WORDS,
) -> bool:
    """Some other title, or the URL's `slug`, states enough of the heading's words (`share` of
    them, and at least `least` words; `telling` of them may do), or there is no other title of
    more than a word ("Home" names no article)."""
    others = [o for o in others if title_size(o.clean) >= 2]
    if not others:
        return True
    if slug:
        others.append(Signal("url", slug, slug))
    own = _compared_words(heading.clean)
    if not own:
        return False
    for other in others:
        forms = {f for w in _compared_words(other.clean) for f in _word_forms(w)}
        shared = {w for w in own if not forms.isdisjoint(_word_forms(w))}
        n_telling = len([w for w in shared if _is_telling(w)])
        if loosely:
            if n_telling >= MIN_TELLING_SHARED and len(shared) >= MIN_SHARED_LOOSELY * len(own):
                return True
        elif len(shared) >= max(least, share * len(own)) or (
            telling is not None and n_telling >= telling
        ):
            return True
    return False


def _compared_words(text: str) -> set[str]:
    """The title's words as two titles are compared by: a word of a script written without
    spaces (a Thai phrase) as its runs of `UNSPACED_CHARS_PER_WORD` characters, which a
    reworded title shares where it shares no whole phrase."""
    words: set[str] = set()
    for word in title_words(text):
        if UNSPACED.match(word) and len(word) > UNSPACED_CHARS_PER_WORD:
            n = UNSPACED_CHARS_PER_WORD
            words.update(word[i : i + n] for i in range(len(word) - n + 1))
        else:
            words.add(word)
    return words


@functools.lru_cache(maxsize=4096)
def _word_forms(word: str) -> frozenset[str]:
    """The word, and without a clitic its script writes onto the next word (`CLITIC_PREFIXES`:
    Arabic "للعام" is "العام" is "عام", Hebrew "המתחסנים" is "מתחסנים"), leaving a stem of
    `MIN_STEM_LETTERS` letters at least."""
    stems = (word[len(p) :] for p in CLITIC_PREFIXES if word.startswith(p))
    return frozenset({word, *(s for s in stems if len(s) >= MIN_STEM_LETTERS)})


def _is_telling(word: str) -> bool:
    """A word that tells a title apart (not "the", "and"): of `MIN_TELLING_WORD` letters or
    more as its script spells them (a Hangul syllable writes two or three: "정부" has five), a
    Chinese/Japanese character, or a whole run of an unspaced script (see `_compared_words`;
    not a short word of its own: Thai "และ", "and")."""
    return (
        len(unicodedata.normalize("NFD", word)) >= MIN_TELLING_WORD
        or bool(CJK.fullmatch(word))
        or bool(UNSPACED.match(word) and len(word) >= UNSPACED_CHARS_PER_WORD)
    )


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
    if (not stated or stated[0] == heading.parts[0]) and _kicker_opens_titles(heading, others):
        return heading
    return replace(heading, clean=stated[0]) if stated else None


def _kicker_opens_titles(heading: Signal, others: list[Signal]) -> bool:
    """A title opens with the heading's kicker (its first part, which the displayed headline
    leaves out) and goes on after a separator: "Bahnstreik: Zugausfälle am Montag" of
    "<span class=kicker>Bahnstreik</span><span>Pendler sitzen fest</span>". The title is the
    page's kicker and an SEO headline; it confirms the heading, whose headline is the rest (not
    the kicker, the one part it states)."""
    if len(heading.parts) < 2:
        return False
    kicker = title_key(heading.parts[0])
    if title_key(heading.clean).startswith(kicker):
        return False
    for other in others:
        parts = split_title(other.clean)
        if len(parts) > 1 and title_key(parts[0].text) == kicker:
            return True
    return False


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
    the other titles or the URL's `slug` share, or the one that opens the text; under <h1>s
    that are no story's (a section's name, a box's), the <h2> that opens the text."""
    others = [s for s in signals if s.kind not in HEADING_KINDS]
    # an <h1> that only names the page's section ("Aktuelles"), or is one word that no other
    # title states and that opens no text ("Biashara" over the story's <h2>; a feature's
    # "Zugzwang" opens its text), heads no story
    h1s = [
        s
        for s in signals
        if s.kind == "h1"
        and not names_section(s.clean)
        and (title_size(s.clean) >= 2 or s.leads or support(s, others))
    ]
    headings = h1s or [s for s in signals if s.kind == "h2" and s.in_article]
    confirmed = [c for c in (_confirmed(h, others) for h in headings) if c is not None]
    if confirmed:
        return max(confirmed, key=lambda h: len(support(h, others)))
    untitled = not any(title_size(o.clean) >= 2 for o in others)
    if untitled and h1s and not any(h.in_article or h.leads for h in h1s):
        # no other title to go by, and the <h1>s are a title bar's (outside the article, opening
        # no text): the marked <h2> that opens the article's text is the post's own headline
        post = _only_leading([s for s in signals if s.kind == "h2" and s.in_article and s.marked])
        if post is not None:
            return post
    lead = _only_leading(h1s)
    for heading in _slug_first(h1s, others, slug):
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
        # the only <h1>, with a headline class: as one inside the article, but sharing a few
        # words (`MIN_SHARED_BY_CLASS`: languages of short words, Vietnamese) or telling ones
        if (
            heading.marked
            and only
            and _shares_words(heading, others, slug=slug, least=MIN_SHARED_BY_CLASS)
        ):
            return heading
        # the only <h1>, unmarked, sharing half its words (and a few) in any language
        if only and _shares_words(
            heading,
            others,
            slug=slug,
            telling=None,
            least=MIN_SHARED_BY_CLASS,
            share=MIN_SHARED_UNMARKED,
        ):
            return heading
        if (heading.marked or only) and _shares_words(heading, others, loosely=True, slug=slug):
            return heading
        # the only <h1> opening the article's text, with a headline's few words: a feature's
        # headline, however the SEO titles reword it ("The Long Goodbye", titled "Why Malls Are
        # Dying Slowly"); a donation box's <h1> beside it opens no text
        if heading is lead:
            return heading
    # a theme that sets the headline in an <h2> under a logo, the SEO title reworded; or under
    # <h1>s that are no story's (a section's name, "Aktuelles"; a box's, nothing marks it and
    # it opens no text): the one <h2> opening the story's text; on a page with no <h1> at all,
    # the one <h2> or block its class marks as a headline that opens the text ("<div
    # class=haber-baslik>" over the story, the SEO title reworded; unmarked, an <h2> there is the
    # body's first subheading)
    if all(not (h.marked or h.leads) for h in h1s):
        h2s = [s for s in signals if s.kind == "h2"]
        for heading in (s for s in h2s if s.marked):
            if _shares_words(heading, others, loosely=True, slug=slug):
                return heading
        if any(s.kind == "h1" for s in signals):
            return _only_leading(h2s)
        return _only_leading([s for s in h2s if s.marked])
    return None


def _slug_first(headings: list[Signal], others: list[Signal], slug: str) -> list[Signal]:
    """With no other title to go by (the <title> only names the site), the headings whose words
    the URL's slug spells come first, then those that open the text: a title bar's "Blog -
    Latest News" <h1> above the post's own <h1> spells none of "/exhibition-northern-
    photographers/" and opens no text."""
    if any(title_size(o.clean) >= 2 for o in others):
        return headings
    spelled = [Signal("url", slug, slug)] if slug else []
    return sorted(
        headings, key=lambda h: (bool(spelled) and not _shares_words(h, spelled), not h.leads)
    )


def _only_leading(headings: list[Signal]) -> Signal | None:
    """The one heading of a headline's few words that opens the text (see `Signal.leads`)."""
    leading = [
        h
        for h in headings
        if h.leads and _rival(h) and title_size(h.clean) >= MIN_UNSHARED_HEADLINE_WORDS
    ]
    return leading[0] if len({title_key(h.clean) for h in leading}) == 1 else None


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
    if best.kind not in HEADING_KINDS and page.tree is not None:
        best = _uncut(best, page.tree)
    return TitleChoice(best.clean, _seo_title(signals, best.clean))


def _uncut(best: Signal, root: etree._Element) -> Signal:
    """A title cut to a length ("Council approves the new quay wall after…") is the opening of
    the headline the page shows in full: the first element's text it opens, though no heading
    or class marks that element (an old portal's "<div class=tt>"); else the title as it is."""
    if not any(best.clean.rstrip().endswith(e) for e in ELLIPSES):
        return best
    for text in shown_texts(root):
        if _cut_short(best.clean, title_words(text)):
            return replace(best, clean=text)
    return best
