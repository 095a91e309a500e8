"""The page's side: its country hints and language, the dateline it marks up in an element of
its own, and `parse_dateline`, which finds the dateline opening a body and takes it out."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final
from urllib.parse import urlsplit

import lxml.html

from schemas.claims import Dateline
from tasks.datelines import patterns as P
from tasks.datelines.gazetteer import fold, gazetteer
from tasks.datelines.read import (
    Context,
    begins_lower,
    host_hints,
    no_story_after,
    read_dateline,
)
from tasks.page import ParsedPage

SCAN_PARAGRAPHS: Final = 3  # the dateline may follow a teaser and a subtitle
OWN_LINE_PLACE_WORDS: Final = 3  # "Wien.", "Frankfurt am Main." set on a line of their own


def _page_hints(host: str, language: str | None) -> tuple[frozenset[str], ...]:
    """The page's countries: its host's country domain, then its language's countries."""
    hints = list(host_hints(host))
    if language:
        hints.append(frozenset(gazetteer().languages_countries(language)))
    return tuple(hints)


def _host(page: ParsedPage | None) -> str:
    if page is None:
        return ""
    try:
        return (urlsplit(page.url).hostname or "").lower()
    except ValueError:  # a malformed URL names no host
        return ""


def _detected_language(text: str) -> str | None:
    import py3langid

    lang, _ = py3langid.classify(text[:1000])
    return str(lang) if lang else None


def _context(page: ParsedPage | None, body: str) -> Context:
    declared = page.language if page is not None else None

    @lru_cache(maxsize=1)
    def language() -> str | None:
        return declared or _detected_language(body)

    host = _host(page)

    @lru_cache(maxsize=1)
    def hints() -> tuple[frozenset[str], ...]:
        return _page_hints(host, declared)

    return Context(hints, language, host)


def _class_words(el: object) -> str:
    get = getattr(el, "get", None)
    if get is None:
        return ""
    return f"{get('class') or ''} {get('id') or ''}".lower()


def _lead(el: lxml.html.HtmlElement) -> bool:
    """A bold run that opens its paragraph: nothing before it."""
    parent = el.getparent()
    return (
        el.tag in P.LEAD_TAGS
        and parent is not None
        and parent.tag == "p"
        and not (parent.text or "").strip()
        and parent[0] is el
    )


def marked_dateline(page: ParsedPage, body: str = "") -> str | None:
    """The dateline text the page marks up apart from the body: JSON-LD `dateline`, microdata
    `dateline`/`locationCreated`, or an element with a dateline class; else a weaker mark (a
    "location" element, a bold run opening a paragraph) whose text opens `body` as a dateline
    would (`_opens_body`)."""
    for obj in page.jsonld:
        for key in P.DATELINE_JSONLD_KEYS:
            value = obj.get(key)
            if isinstance(value, str) and 0 < len(value.strip()) <= P.MAX_MARKED_DATELINE_CHARS:
                return " ".join(value.split())
    if page.tree is None:
        return None
    weak: str | None = None
    first_lines = _first_lines(body)
    for el in page.tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("meta", "link", "script", "style"):
            continue
        itemprop = (el.get("itemprop") or "").lower().split()
        classes = _class_words(el)
        strong = any(p in itemprop for p in P.DATELINE_ITEMPROPS) or any(
            w in classes for w in P.DATELINE_CLASS_WORDS
        )
        if not strong and (weak is not None or not first_lines):
            continue
        lead = not strong and _lead(el)
        if not (strong or lead or any(w in classes for w in P.LOCATION_CLASS_WORDS)):
            continue
        if any(a.tag in ("nav", "footer", "aside") for a in el.iterancestors()):
            continue
        text = " ".join(el.text_content().split())
        if not 0 < len(text) <= P.MAX_MARKED_DATELINE_CHARS:
            continue
        if strong:
            return text
        if _opens_body(first_lines, text, alone=not lead):
            weak = text
    return weak


def _read_marked(text: str, ctx: Context) -> Dateline | None:
    """A marked-up dateline: the page says it is one, so its place may stand alone. A full stop
    that ends an abbreviation stays ("ALBANY, N.Y.")."""
    bare = text.rstrip(P.SEPARATOR_CHARS)
    if text[len(bare) :].startswith(".") and P.ABBREVIATION_END.search(bare + "."):
        bare += "."
    found = read_dateline(bare + " —", ctx, marked=True)
    if found is None:
        return None
    dateline, _ = found
    return Dateline(
        text,
        dateline.place,
        dateline.country,
        dateline.agency,
        dateline.date_text,
        dateline.place_id,
        dateline.country_inferred,
    )


def _first_lines(body: str) -> list[str]:
    """The body's first paragraphs, where a dateline may stand."""
    return [ln.strip() for ln in body.split("\n") if ln.strip()][:SCAN_PARAGRAPHS]


def _opens_body(lines: list[str], text: str, *, alone: bool) -> bool:
    """`text` opens one of the body's first `lines` as a dateline: alone on its line (if
    `alone`: a "location" element, not a bold word that may be a heading), or before the
    conventions' punctuation and a sentence that does not begin in lower case."""
    bare = text.rstrip(P.SEPARATOR_CHARS)
    want = fold(bare)
    for line in lines:
        if not bare or fold(line[: len(bare)]) != want:
            continue
        rest = line[len(bare) :].lstrip()
        if not rest:
            return alone
        if rest[:1] not in P.SEPARATOR_CHARS:
            continue  # "Paris is …", "Parisians …": the text begins a sentence or a word
        after = rest.lstrip(P.SEPARATOR_CHARS)
        if not after:
            return alone  # "Ciudad de México." alone on its line: its punctuation, then the story
        # a bold "Liverpool —" before "The club …" is the story's first words, not a dateline
        story = not begins_lower(after)
        return story and not no_story_after(after, bare=not bare.isupper(), place=bare)
    return False


def _without_marked(body: str, text: str) -> str:
    """The body without the marked dateline where it opens one of its first paragraphs."""
    lines = body.split("\n")
    bare = text.rstrip(P.SEPARATOR_CHARS)
    want = fold(bare)
    for i in [i for i, ln in enumerate(lines) if ln.strip()][:SCAN_PARAGRAPHS]:
        line = lines[i].strip()
        if fold(line[: len(bare)]) == want:
            rest = line[len(bare) :]
            if rest[:1].isalnum():
                continue  # the place begins a longer word or name
            rest = rest.lstrip(P.SEPARATOR_CHARS)
            kept = [rest] if rest else []
            return "\n".join([*lines[:i], *kept, *lines[i + 1 :]]).strip("\n")
    return body


def _scanned(lines: list[str]) -> list[tuple[int, int]]:
    """The first `SCAN_PARAGRAPHS` paragraphs where a dateline may stand: (how many paragraphs
    came before, line number). A list opening the body (a "Key points"/"Summary" box's
    bullets, "- …") counts as one paragraph and is not read: the dateline opens the story
    after it."""
    found: list[tuple[int, int]] = []
    slots = 0
    in_list = False
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        item = bool(P.LIST_ITEM.match(line.lstrip()))
        if not (item and in_list):
            slots += 1
        if slots > SCAN_PARAGRAPHS:
            break
        in_list = item
        if not item:
            found.append((slots - 1, i))
    return found


def _credit_line(line: str, dateline: Dateline) -> bool:
    """`line` credits the dateline's own agency and nothing else ("Por Reuters", "Par AFP",
    "Von dpa | 01.12.2026, 07:30 Uhr", "Associated Press", "Por María López / EFE", "di
    Redazione ANSA", `P.CREDIT_TIMESTAMP`; "Por Reuters — Berlim", `P.CREDIT_PLACE`), or, above
    a dateline that credits no agency, the paper's own staff ("Express News Service", "Por
    Redacción", `P.HOUSE_CREDIT_HEADS`): the story's heading set above its dateline, taken out
    with it. A writer or a desk before the agency only after a byline's first word."""
    agency = dateline.agency
    if len(line) > P.CREDIT_MAX_CHARS:
        return False
    if agency is None:
        return _house_credit(P.CREDIT_TIMESTAMP.sub("", line.strip()))
    line = P.CREDIT_TIMESTAMP.sub("", line.strip())
    place = P.CREDIT_PLACE.search(line)
    written = P.WRITTEN_PLACE_END.split(dateline.text, maxsplit=1)[0].strip()
    if place and fold(place["place"].strip()) == fold(written):
        line = line[: place.start()]
    words = line.split()
    led = bool(words) and words[0].casefold() in P.BYLINE_LEADS
    credit = words[1:] if led else words
    for k in range(1, len(credit) + 1):
        writer = len(credit) - k
        if writer and not (led and writer <= P.CREDIT_WRITER_WORDS):
            continue
        name = " ".join(credit[writer:]).strip(P.CREDIT_PUNCTUATION)
        if P.AGENCY_BY_ALIAS.get(name.casefold()) == agency:
            return True
    return False


def _house_credit(line: str) -> bool:
    words = line.strip(P.CREDIT_PUNCTUATION).split()
    if words and words[0].casefold() in P.BYLINE_LEADS:
        words = words[1:]
    if not 0 < len(words) <= P.HOUSE_CREDIT_WORDS:
        return False
    tail = {words[-1].casefold(), " ".join(words[-2:]).casefold()}
    return bool(tail & P.HOUSE_CREDIT_HEADS)


def _lead_chars(par: str) -> int:
    """How many characters open the paragraph before its words: spaces, and the symbols news
    channels set before a dateline ("⚡️Київ. Укрінформ. …", "🔴 LONDON (Reuters) - …")."""
    n = 0
    while n < len(par) and (
        par[n].isspace()
        or par[n] in P.EMOJI_JOINERS
        or unicodedata.category(par[n]) in P.OPENING_SYMBOL_CATEGORIES
    ):
        n += 1
    return n


def parse_dateline(body: str, page: ParsedPage | None = None) -> tuple[Dateline | None, str]:
    """The dateline opening `body` (or its 2nd/3rd paragraph after a teaser and a subtitle),
    else the one `page` marks up apart from the body; and the body without it. (None, body)
    when there is none."""
    if not body.strip():
        return None, body
    ctx = _context(page, body)
    lines = body.split("\n")
    for n, i in _scanned(lines):
        par = lines[i]
        lead = _lead_chars(par)
        text = par[lead:]
        alone = len(text.split()) <= OWN_LINE_PLACE_WORDS and text.endswith(".")
        if alone and text[-2:] != ".." and any(ln.strip() for ln in lines[i + 1 :]):
            text += "\n"  # "Wien." alone on its line, the story after it: the line ends there
        found = read_dateline(text, ctx)
        if found is not None:
            dateline, end = found
            rest = par[lead + end :].lstrip()
            kept = [rest] if rest else []
            before = lines[:i]
            credit = next((j for j in reversed(range(i)) if lines[j].strip()), None)
            if credit is not None and _credit_line(lines[credit], dateline):
                before = lines[:credit] + lines[credit + 1 : i]
            return dateline, "\n".join([*before, *kept, *lines[i + 1 :]]).strip("\n")
        if len(par) > 600 or (n > 0 and (len(par) > 200 or par.rstrip().endswith(P.PROSE_ENDS))):
            break  # the story itself: a dateline comes after a teaser and a subtitle at most
    marked = marked_dateline(page, body) if page is not None else None
    from_page = _read_marked(marked, ctx) if marked else None
    if marked and from_page is not None:
        return from_page, _without_marked(body, marked)
    return None, body
