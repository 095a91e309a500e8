"""Clean a page into title, body text, authors and language (trafilatura does the main text).

Decoding survives wrong charsets (see `decode_html`): valid UTF-8 wins over a stale label, a
declared charset is used when detection agrees with it, else the detected one; a page nothing
decodes degrades to a few replacement characters, never a crash.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import re
from collections.abc import Sequence
from configparser import ConfigParser
from dataclasses import dataclass
from typing import Any, Final

import charset_normalizer
import lxml.html
import trafilatura
from lxml.etree import ParserError
from trafilatura.metadata import examine_meta, extract_author, extract_meta_json, extract_title
from trafilatura.settings import use_config

from schemas.errors import ExtractionFailed, UnsupportedContent
from tasks.author_boxes import author_box_lines
from tasks.boilerplate import (
    drop_credit_lines,
    drop_furniture_lines,
    drop_teasers,
    has_contact_address,
)
from tasks.captions import alt_captions
from tasks.channel_boxes import channel_box_lines
from tasks.data_tables import reads_tables
from tasks.linked_teasers import drop_linked_headlines, linked_headlines
from tasks.loose_text import with_loose_paragraphs
from tasks.markup import PageMarkup
from tasks.offer_boxes import offer_box_lines
from tasks.page import ParsedPage, parse_html
from tasks.page_furniture import drop_page_furniture
from tasks.pitches import drop_pitches
from tasks.press_releases import drop_press_contacts, is_about_heading
from tasks.prompts import drop_prompts
from tasks.signup_boxes import signup_box_lines
from tasks.standfirsts import without_standfirst
from tasks.story_rest import with_story_rest
from tasks.teaser_lists import teaser_list_lines
from tasks.titles import choose_title
from tasks.twin_containers import with_twin_containers

# Bump when extraction output changes for some page (tasks.derivation). 11: the displayed
# headline is looked for first among the body's opening lines. 12: a paragraph that is one
# headline-like link and nothing else leaves the body (`tasks.linked_teasers`). 13: furniture
# lines (advertisement labels, tag and contact lines), more teaser labels and prompts, closing
# author notes and East Asian editor credits leave the body. 14: teasers read from the markup
# leave it too (links to the page's own site only): a short label and one headline link, a teaser
# card's or box's label and summaries, a sign-up box's lines (`tasks.signup_boxes`); more calls
# to action, labels and ad lines. 15: a teaser card that links only its picture leaves with its
# label, headline and summaries (`tasks.linked_teasers`); a small box around a call to action
# leaves whole, form or none (`tasks.signup_boxes`); appeals and newsletter offers by language;
# picture credits in more languages and scripts and either case, Chinese captions, all read
# before teasers; "most read" and related labels in more languages, and a label's marked list
# ends at its first unmarked line (`tasks.boilerplate`); a sign-off without the byline's role
# ("（周）" under "记者 周") and a Korean note on the author ("김서연 기자는 …") leave; a caption
# beside a picture that repeats its alt text leaves (`tasks.captions`); affiliate and reprint
# disclosures leave (`tasks.boilerplate`). 16: boxes asking the reader to follow the site on a
# channel, Google News or in its app leave (`tasks.channel_boxes`), and boxes about the author
# (`tasks.author_boxes`); a box whose call is its button alone, a box's links and the text between
# its blocks (`tasks.signup_boxes`); a headline link standing between the story's blocks and a
# card that script makes a link (`tasks.linked_teasers`); an audio player's clock, label and
# machine-reading notice, podcast offers (`tasks.boilerplate`, `tasks.prompts`); a transcript's
# line opening with the author's name and a colon stays. 17: story text set straight into a <div>
# among the story's <p>s, which trafilatura drops, is put back (`tasks.loose_text`): a lead and
# its dateline ("<div class=lead>BERLIN (dpa) - …</div><p>…"). 18: a box whose button leads to
# one of the site's service pages (a paywall, a subscription or members' appeal) leaves
# (`tasks.offer_boxes`); a standfirst set beside the headline leaves the body's first line
# (`tasks.standfirsts`). 19: a story split into several containers of the same kind (halves
# split by an ad or a newsletter box, chunks each in their own grid, a rest hidden behind a
# "continue reading" button) is read whole (`tasks.twin_containers`); a paywalled teaser's rest is
# read from the story's JSON-LD `articleBody` (`tasks.story_rest`); the headline standing after
# the lead as a line of its own leaves. 20: a label and a list whose every item links to another of
# the site's stories leave (`tasks.teaser_lists`); a label's teaser headlines end at a line that
# ends with a colon; picture credits of a label, an agency and a slash ("Foto ANSA/…"), captions
# that end with their credit in brackets and Japanese captions ("…＝１５日、…で"); "Más
# información" labels; a closing note on the author after a title ("Dr. Sarah Lin is …");
# a labelled link's headline alone (its label dropped by the extractor); "Contributing: …",
# "Penulis: …", "来源：…" and "（原标题：…）" credits; a wire's staff ("With assistance from …",
# "To contact the editors …"); "NOW WATCH" and "Trending on …" labels; a caption ending "photos
# © …". 21: a press release's contact block, source line, media links and end mark leave, its
# About heading and paragraph stay (`tasks.press_releases`); a live update's Share button takes no
# update with it (`tasks.signup_boxes`); live pages' controls, gallery counters, recipe calls,
# video promotions and obituary guest books leave (`tasks.page_furniture`); a lead ending with
# "。" or "।" is no byline; "Also from <Site>:" teasers; "Crédit :" picture credits. 22: the
# publisher's pitch written as a paragraph (a newsletter, an app, a podcast, a membership offered
# in the publisher's voice) leaves (`tasks.pitches`); notes on how the story was made and paid for
# (a partner, a funder), its print version, republishing terms, editor's notes, views
# disclaimers and investing sites' pitches and holdings leave (`tasks.boilerplate`); a labelled
# link followed by its story's summary ("Related: <a>…</a> — …") leaves (`tasks.linked_teasers`);
# a wire's funding line leaves, a review's own "we" and "you" about a subscription stay; an
# editor's note leaves only when it introduces the writer, and a numbered pick's words stay. 23:
# prose that is not the story: a biography calling the author by the first name ("Marta is a
# freelance food writer …"); where the page's text first ran ("This article is republished from
# …", "This post originally appeared on …"); picture credits of thanks ("Photos courtesy of …"),
# captions named by their place ("Lead image: …") or ending with their credit ("… Photograph: Tom
# Ashdown") (`tasks.boilerplate`); "Read the full report …" (`tasks.prompts`); a release's
# safe-harbor statement and a wire's "NEWS PROVIDED BY" line (`tasks.press_releases`). 24: a
# page whose every table is a data table (no grid of nested tables, no cell of a story's length)
# is read with its tables, a row a line (`tasks.data_tables`): standings, line-ups, results.
CODE_VERSION = "25"

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
# Names of a byline are split at the separators alone and stripped after: a pattern with
# whitespace around them tries every space of a hostile run of spaces to its end.
_AUTHOR_SEPARATORS = re.compile(r";|\||\band\b|&")
_AUTHOR_PREFIX = re.compile(r"^(?:by|author|authors|written by|von|par|por)\b\s*:?\s*", re.I)
_MIN_BODY_CHARS = 40
# Below this many characters of main text, trafilatura turns to its fallback extractors and
# then to a baseline that joins the page's whole text into one line (headline, date, labels
# and all). Its default, 250, is tuned on Latin text; a wire brief of two sentences, and three
# paragraphs of Japanese or Chinese, are shorter and are articles all the same.
MIN_EXTRACTED_SIZE = 100
# How we call trafilatura on every page (comments are no article text; duplicates are ours to
# judge); whether it reads tables depends on the page (`trafilatura_options`).
TRAFILATURA_OPTIONS: Final[dict[str, Any]] = {
    "include_comments": False,
    "deduplicate": False,
}
# Zero-width non-joiner and joiner → printable characters no news page writes (alchemical
# symbols), while trafilatura reads the page (see `_joiners_kept`).
JOINER_STAND_INS: Final = {"\u200c": "\U0001f700", "\u200d": "\U0001f701"}
_BYLINE_SCAN_LINES = 3
# The headline may follow a few label lines (a section, a kicker) at the top of the text.
_HEADLINE_SCAN_LINES = 3
_LABEL_MAX_CHARS = 40
# A kicker left on the heading's line: at most this many words, before a headline this long.
_KICKER_MAX_WORDS = 3
_KICKER_HEADLINE_MIN_CHARS = 12
_BYLINE_MAX_CHARS = 160
# A note on the author closes the body: read among its last lines, a paragraph at most.
_AUTHOR_NOTE_TAIL_LINES = 2
_AUTHOR_NOTE_MAX_CHARS = 300
_AUTHOR_NOTE_MIN_WORDS = 2
_NOTE_LEAD = "—–-(* "
# A title a guest author's note may put before the name ("Dr. Sarah Lin is an emergency
# physician in Oakland."), casefolded: one is skipped before the name is looked for.
AUTHOR_HONORIFICS: Final = ("dr", "prof", "professor", "rev", "mr", "mrs", "ms", "me", "mag")
_HONORIFIC = re.compile(r"^(?:" + "|".join(AUTHOR_HONORIFICS) + r")\.?\s+")
_SIGN_OFF_MARKS = "()（）[]［］ "
# A biography that calls the author by the first name ("Marta is a freelance food writer based in
# Portland. She previously edited …", "Fiona reviews classical music for the Review."): the name,
# a verb that describes the writer, and a word of a writer's career in the line (casefolded).
BIO_VERBS: Final = ("is", "was", "has", "covers", "writes", "reports", "reviews", "edits")
BIO_WORDS: Final = (
    "previously", "formerly", "before joining", "based in", "freelance", "reporter", "writer",
    "editor", "journalist", "correspondent", "critic", "columnist", "contributor", "author of",
    "covers", "writes", "reviews", "her book", "his book", "their book",
)  # fmt: skip
_BIO_VERB = re.compile(r"\s+(?:" + "|".join(BIO_VERBS) + r")\b")
_BIO_WORD = re.compile(r"\b(?:" + "|".join(BIO_WORDS) + r")\b")
# A reporter's role written beside the name in East Asian bylines ("记者 周", "文/林", "김서연
# 기자"): the sign-off gives the name alone ("（周）").
_REPORTER_ROLE = re.compile(
    r"^(?:本报记者|记者|記者|通讯员|通訊員|文\s*[/／])\s*|\s+(?:기자|특파원)$"
)
# Korean particles that join a name to the verb ("김서연 기자는 … 취재하고 있습니다.").
_NAME_PARTICLES = ("은", "는", "이", "가")
# A sentence's last character, in Latin, East Asian and Indian scripts ("…発表しました。", "…शुरू
# किया।": a release's lead, which opens with the company that is its author, is no byline).
_SENTENCE_ENDS = (".", "!", "?", '"', "”", ":", "。", "！", "？", "」", "：", "।", "۔")
# What follows a speaker's name in a transcript or an interview ("MARCUS WEBB: …").
_SPEAKER_MARKS = (":", "：")


@dataclass(frozen=True)
class Extracted:
    title: str | None
    seo_title: str | None  # the page's social/SEO title, when it differs from the headline
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


def _clean_author(name: str) -> str:
    name = _AUTHOR_PREFIX.sub("", name.strip().strip(" ,|"))
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


def drop_author_notes(lines: list[str], authors: list[str]) -> list[str]:
    """The body without a note on its author among its last lines: a line that opens with an
    author's name ("Priya Raman covers education for the Courier.", "Jon Keller is the Star's
    farm reporter. Reach him at …"), names one with an address ("Contact Amy Dunn at
    adunn@…"), or is only the name in parentheses, the sign-off of Japanese and Chinese papers
    ("（佐藤花子）", "（周）" under the byline "记者 周"), perhaps after a title ("Dr. Sarah Lin
    is an emergency physician …"), or calls the author by the first name in a biography ("Marta
    is a freelance food writer …", `BIO_VERBS`, `BIO_WORDS`). The story's people are others; a
    name of one word could be the story's word and is read only as a sign-off. A press release's
    author is the company: its paragraph under "About Northwind Energy" opens with the name and
    stays, and so does a heading that names it first ("Anadolu Tekstil Hakkında")."""
    folded = [a.casefold() for a in authors if a.strip()]
    names = [a for a in folded if len(a.split()) >= _AUTHOR_NOTE_MIN_WORDS]
    signatures = folded + [_REPORTER_ROLE.sub("", a) for a in folded]
    tail = len(lines) - _AUTHOR_NOTE_TAIL_LINES
    return [
        line
        for i, line in enumerate(lines)
        if i < tail
        or len(line) > _AUTHOR_NOTE_MAX_CHARS
        or is_about_heading(line)
        or (i > 0 and is_about_heading(lines[i - 1]))
        or not _author_note(line, names, signatures)
    ]


def _name_ends(rest: str) -> bool:
    """Does the name end where `rest` starts: no letter follows, or a Korean particle does? A
    colon after the name labels a speaker ("HANNAH COLE: He went back in the fall."), as a
    transcript's lines open, not a note on the author."""
    if rest[:1] in _NAME_PARTICLES:
        rest = rest[1:]
    return not rest[:1].isalnum() and not rest.lstrip().startswith(_SPEAKER_MARKS)


def _author_note(line: str, names: list[str], signatures: list[str]) -> bool:
    text = line.strip().casefold()
    if text.strip(_SIGN_OFF_MARKS) in signatures and text[:1] in _SIGN_OFF_MARKS:
        return True
    if any(name in text for name in names) and has_contact_address(text):
        return True
    opening = _HONORIFIC.sub("", text.lstrip(_NOTE_LEAD), count=1)
    if any(opening.startswith(name) and _name_ends(opening[len(name) :]) for name in names):
        return True
    return any(_first_name_bio(opening, name) for name in names)


def _first_name_bio(opening: str, name: str) -> bool:
    """Does the line open with the author's first name, a verb that describes the writer and a
    word of a writer's career ("marta is a freelance food writer …")? A one-word name of the
    story's people rarely shares the author's first name and a writer's career words."""
    first = name.split()[0]
    verb = _BIO_VERB.match(opening[len(first) :]) if opening.startswith(first) else None
    return verb is not None and bool(_BIO_WORD.search(opening[len(first) + verb.end() :]))


def _trafilatura_metadata(page: ParsedPage) -> tuple[str | None, str | None]:
    """(title, author) as trafilatura states them, read from the page's one tree.

    trafilatura's own metadata pass (`with_metadata=True`) also runs a full htmldate search,
    which costs about a third of its time and which `tasks.dates` does better; so the same
    readers it uses for title and author are called here, in its order, without the date.
    """
    tree = page.tree
    if tree is None:
        return None, None
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None  # trafilatura's own rule: a one-word meta author is a handle
    # JSON-LD nested past the parser's depth: none is read (page.py bounds ours the same way).
    with contextlib.suppress(RecursionError):
        metadata = extract_meta_json(tree, metadata)
    title = metadata.title or extract_title(tree)
    author = metadata.author or extract_author(tree)
    metadata.title, metadata.author = title, author
    metadata.clean_and_trim()
    return metadata.title or None, metadata.author or None


@functools.cache
def trafilatura_config() -> ConfigParser:
    """trafilatura's settings with `MIN_EXTRACTED_SIZE` lowered (see there); with
    `trafilatura_options`, what benchmarks configure their trafilatura anchor with
    (`anchor_input`)."""
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_EXTRACTED_SIZE))
    return config


def trafilatura_options(tree: lxml.html.HtmlElement | None) -> dict[str, Any]:
    """How we call trafilatura on the page of `tree`: `TRAFILATURA_OPTIONS`, and its tables read
    when they are data, not the page's layout (`tasks.data_tables`)."""
    return {**TRAFILATURA_OPTIONS, "include_tables": reads_tables(tree)}


def anchor_input(html: str) -> tuple[lxml.html.HtmlElement | str, dict[str, Any]]:
    """What a benchmark hands trafilatura to run it as an anchor configured like us: the page's
    tree as our parser makes it (the string when it does not parse), and the keyword arguments
    we call it with (`trafilatura_options`, `trafilatura_config()`)."""
    tree = parse_html(html)
    kwargs = {**trafilatura_options(tree), "config": trafilatura_config()}
    return (html if tree is None else tree), kwargs


def _joiners_kept(page: ParsedPage) -> tuple[lxml.html.HtmlElement | None, dict[str, str]]:
    """The tree to extract from, and how to read its text back. trafilatura drops every
    character Python calls unprintable, zero-width (non-)joiners too, which glues Persian words
    ("می‌شود" → "میشود") and reshapes Indic ones; a page that has them is extracted from a copy
    where they stand as `JOINER_STAND_INS`, put back in the text afterwards."""
    if not _has_joiners(page):
        return page.tree, {}
    tree = page.tree_copy()
    if tree is None:
        return page.tree, {}
    _stand_in_joiners(tree)
    return tree, {stand_in: joiner for joiner, stand_in in JOINER_STAND_INS.items()}


def _has_joiners(page: ParsedPage) -> bool:
    """Does the page write zero-width joiners (and none of their stand-ins)?"""
    return any(j in page.html for j in JOINER_STAND_INS) and not any(
        s in page.html for s in JOINER_STAND_INS.values()
    )


def _stand_in_joiners(tree: lxml.html.HtmlElement) -> None:
    """`JOINER_STAND_INS` for the joiners of `tree`'s text, in place."""
    for el in tree.iter():
        for field in ("text", "tail"):
            value = getattr(el, field)
            if value and any(j in value for j in JOINER_STAND_INS):
                for joiner, stand_in in JOINER_STAND_INS.items():
                    value = value.replace(joiner, stand_in)
                setattr(el, field, value)


def _main_text(page: ParsedPage) -> str:
    """trafilatura's main text, with the page's zero-width joiners (see `_joiners_kept`)."""
    tree, restore = _joiners_kept(page)
    text = _trafilatura_text(page, tree)
    for stand_in, joiner in restore.items():
        text = text.replace(stand_in, joiner)
    return text


def _document_text(page: ParsedPage, document: lxml.html.HtmlElement) -> str:
    """trafilatura's main text of a document made from a part of the page (which it may edit),
    with the page's zero-width joiners (see `_joiners_kept`)."""
    if not _has_joiners(page):
        return _trafilatura_text(page, document)
    _stand_in_joiners(document)
    text = _trafilatura_text(page, document)
    for joiner, stand_in in JOINER_STAND_INS.items():
        text = text.replace(stand_in, joiner)
    return text


def _trafilatura_text(page: ParsedPage, tree: lxml.html.HtmlElement | None) -> str:
    """trafilatura's main text; when trafilatura refuses the page outright (an error, or no
    document at all), its baseline extractor's text, so a page it chokes on is not lost."""
    try:
        document = trafilatura.bare_extraction(
            tree,  # trafilatura copies a tree it is given: the shared one stays intact
            url=page.url,
            with_metadata=False,
            config=trafilatura_config(),
            **trafilatura_options(page.tree),
        )
    except (ValueError, TypeError, ParserError):
        document = None
    if document is not None:
        return getattr(document, "text", None) or ""
    # baseline edits the tree it is given
    _, text, _ = trafilatura.baseline(page.tree_copy() if tree is page.tree else tree)
    return text


def _without_headline(lines: list[str], headlines: Sequence[str]) -> list[str]:
    """The body without the headline when the extractor kept it, and without the short label
    lines above it (a section, a kicker: "地域", "Politics"): the article's own container often
    holds them. The headlines are tried in order, the displayed one first: a section's name
    the extractor took for the title ("Aktuelles") may stand above the story's own heading."""
    for headline in headlines:
        for i, line in enumerate(lines[:_HEADLINE_SCAN_LINES]):
            if line == headline or _kicker_and_headline(line, headline):
                return lines[i + 1 :]
            if len(line) > _LABEL_MAX_CHARS or line.endswith(_SENTENCE_ENDS):
                break
    return _without_headline_after_lead(lines, headlines)


def _without_headline_after_lead(lines: list[str], headlines: Sequence[str]) -> list[str]:
    """The body without the headline standing after its lead, as a line of its own among its
    first lines: when the container trafilatura reads first holds only the lead, it goes on
    with a wider one, the article, whose heading then follows the lead ("(CNN)President … first
    stage of his annual physical." / "Why you just can't trust …" / "You shouldn't …"). Only a
    line that is the whole headline, of a headline's length, leaves."""
    for headline in headlines:
        if len(headline) < _KICKER_HEADLINE_MIN_CHARS:
            continue
        for i, line in enumerate(lines[1:_HEADLINE_SCAN_LINES], start=1):
            if line == headline:
                return lines[:i] + lines[i + 1 :]
    return lines


def _kicker_and_headline(line: str, headline: str) -> bool:
    """The heading's line as the page wrote it, with the kicker the title leaves out: "JUST NU
    Tusentals utan ström…", "【独自】…", "Analyse: …" (a few words, then the headline)."""
    if len(headline) >= _KICKER_HEADLINE_MIN_CHARS and line.endswith(headline):
        kicker = line[: -len(headline)].strip()
        return 0 < len(kicker) <= _LABEL_MAX_CHARS and len(kicker.split()) <= _KICKER_MAX_WORDS
    return False


def extract_page(page: ParsedPage) -> Extracted:
    """Main text and metadata of one article page; ExtractionFailed when there is no text."""
    tree = page.tree
    if tree is None:
        raise ExtractionFailed(f"{page.url}: no HTML document to extract from")
    text = _main_text(page)
    if len(text.strip()) < _MIN_BODY_CHARS:
        raise ExtractionFailed(f"{page.url}: no article text found ({len(text.strip())} chars)")
    extractor_title, author = _trafilatura_metadata(page)
    choice = choose_title(page, extractor_title)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = _without_headline(lines, [h for h in (choice.title, extractor_title) if h])
    lines = with_loose_paragraphs(lines, page.tree)
    lines = with_twin_containers(lines, page.tree, functools.partial(_document_text, page))
    lines = with_story_rest(lines, page)
    authors = split_authors(author)
    markup = PageMarkup(tree)  # one reading of the markup for every box reader
    furniture = (
        linked_headlines(markup, page.url)
        | signup_box_lines(markup)
        | offer_box_lines(markup, page.url)
        | channel_box_lines(markup, page.url)
        | author_box_lines(markup, authors)
        | alt_captions(markup)
        | teaser_list_lines(markup, page.url)
    )
    lines = drop_linked_headlines(lines, furniture)
    lines = drop_furniture_lines(drop_page_furniture(drop_press_contacts(lines)))
    lines = drop_credit_lines(drop_pitches(drop_prompts(drop_teasers(lines)), page.url))
    lines = drop_author_notes(drop_byline_lines(lines, authors), authors)
    lines = without_standfirst(lines, page.tree, [h for h in (choice.title, extractor_title) if h])
    return Extracted(
        title=choice.title,
        seo_title=choice.seo_title,
        body="\n".join(lines),
        authors=authors,
        language=page.language,
        declared_canonical=page.declared_canonical,
    )
