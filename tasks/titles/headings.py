"""The page's headings: the article's `<h1>`s (or, with none, its `<h2>`s and headline
blocks), their visible text, kickers and subtitles, and how strongly the page marks each."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import lxml.html
from lxml import etree

from tasks.titles.patterns import (
    ARTICLE_CONTAINERS,
    BLOCK_TAGS,
    BRACKET_CLOSERS,
    BYLINE_HEADING_CLASS_WORDS,
    CLASS_TOKEN,
    DECK_ENDINGS,
    H1_CLASS_NAMES,
    H1_ROLE_LEVEL,
    HEADING_KINDS,
    HEADING_OUTSIDE,
    HEADLINE_BLOCK_TAGS,
    HEADLINE_CLASS_TOKENS,
    HEADLINE_CLASS_WORDS,
    HEADLINE_ITEMPROPS,
    HIDDEN_CLASS_NAMES,
    HIDDEN_CLASS_WORDS,
    HIDDEN_STYLES,
    KICKER_CLASS_WORDS,
    LEAD_STOPS,
    MARKED_BY_CLASS,
    MARKED_BY_MICRODATA,
    MARKED_STRONGLY,
    MAX_BYLINE_HEADING_WORDS,
    MAX_HEADINGS,
    MAX_LEAD_BLOCK_TRIES,
    MAX_LEAD_PREAMBLE_WORDS,
    MAX_STYLED_KICKER_WORDS,
    MAX_SUBHEADINGS,
    MAX_TITLE_CHARS,
    MAX_TITLE_ELEMENTS,
    META_LINE_DATE,
    META_LINE_TAGS,
    MIN_LEAD_PARAGRAPHS,
    MIN_LEAD_TEXT_WORDS,
    PAYWALL_CLASS_WORDS,
    PREAMBLE_BOX_CLASS_WORDS,
    PREAMBLE_BOX_ROLES,
    PREAMBLE_BOX_TAGS,
    QUOTE_MARKS,
    QUOTE_PAIRS,
    SHOWN_AGAIN_CLASS,
    SILENT_TAGS,
    SPACED_WORD_CHAR,
    STYLED_KICKER_TAGS,
    SUBTITLE_CLASS_TOKENS,
    SUBTITLE_CLASS_WORDS,
    SUBTITLE_TAGS,
    TEXT_RUN_INLINE_TAGS,
    TEXT_RUN_TAGS,
    TRIM_SEPARATORS,
    WRAPPED_TAGS,
)
from tasks.titles.sites import (
    class_words,
    has_class_word,
    has_logo_class,
    is_logo,
    names_section,
)
from tasks.titles.text import normalise_title, split_title, title_key, title_size, trim_separators


def _is_hidden(el: etree._Element) -> bool:
    """Shown to screen readers only, or not at all; or a glyph screen readers skip (an
    `aria-hidden` element with no letter or digit: "▶", "●"), an icon, not a word."""
    return (
        has_class_word(el, HIDDEN_CLASS_WORDS)
        or _hidden_by_utility_class(el)
        or el.get("hidden") is not None
        or bool(HIDDEN_STYLES.search(el.get("style") or ""))
        or (el.get("aria-hidden") == "true" and not any(c.isalnum() for c in el.itertext()))
    )


def _hidden_by_utility_class(el: etree._Element) -> bool:
    """A utility framework's hiding class (`HIDDEN_CLASS_NAMES`) no responsive class undoes."""
    names = (el.get("class") or "").split()
    return any(n in HIDDEN_CLASS_NAMES for n in names) and not any(
        SHOWN_AGAIN_CLASS.match(n) for n in names
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
    before: etree._Element | None = None  # the element just before, nothing between
    for child in el:
        if isinstance(child.tag, str) and child.tag.lower() not in SILENT_TAGS:
            if before is not None and _lines_apart(before, child):
                yield " ", role
            inner = role
            if role != "hidden" and _is_hidden(child):
                inner = "hidden"
            elif role == "text" and (
                child is kicker
                or has_class_word(child, KICKER_CLASS_WORDS)
                or _paywall_label(child)
            ):
                inner = "kicker"
            elif role == "text" and _secondary(child):
                inner = "subtitle"
            block = child.tag.lower() in BLOCK_TAGS
            if block:
                yield " ", inner
            yield from _pieces(child, inner, kicker)
            if block:
                yield " ", inner
        before = child if isinstance(child.tag, str) and not child.tail else None
        if child.tail:
            yield child.tail, role


def _paywall_label(el: etree._Element) -> bool:
    """A few words the heading holds in an element whose class names a paywall (see
    `PAYWALL_CLASS_WORDS`)."""
    return (
        has_class_word(el, PAYWALL_CLASS_WORDS)
        and title_size(el.text_content()) <= MAX_STYLED_KICKER_WORDS
    )


def _lines_apart(first: etree._Element, second: etree._Element) -> bool:
    """Two inline elements with nothing between them that would misspell words run together:
    lines the page's CSS sets apart (see `SPACED_WORD_CHAR`; blocks are lines anyway)."""
    if first.tag.lower() in BLOCK_TAGS or second.tag.lower() in BLOCK_TAGS:
        return False
    end, start = first.text_content(), second.text_content()
    if len(end.strip()) < 2 or len(start.strip()) < 2:
        return False  # letters a script split into spans one each ("<span class=char>T</span>")
    return bool(SPACED_WORD_CHAR.match(end[-1]) and SPACED_WORD_CHAR.match(start[0]))


def _secondary(child: etree._Element) -> bool:
    """A subtitle set inside the heading, or its meta line (see `META_LINE_DATE`): a <time>
    that ends it, or an element after a <br> that states a date."""
    tag = child.tag.lower()
    if tag in SUBTITLE_TAGS or _subtitle_class(child):
        return True
    if tag in META_LINE_TAGS:  # "Live: <time>12 May</time> – the day's events" is the headline's
        return not (child.tail or "").strip() and all(
            not (s.text_content() + (s.tail or "")).strip() for s in child.itersiblings()
        )
    before = child.getprevious()
    own_line = (
        before is not None
        and isinstance(before.tag, str)
        and before.tag.lower() == "br"
        and not (before.tail or "").strip()
    )
    return own_line and bool(META_LINE_DATE.search(child.text_content()))


def _subtitle_class(el: etree._Element) -> bool:
    """A class or id that names a subtitle (`SUBTITLE_CLASS_WORDS`, `SUBTITLE_CLASS_TOKENS`)."""
    tokens = set(CLASS_TOKEN.findall(class_words(el)))
    return has_class_word(el, SUBTITLE_CLASS_WORDS) or bool(tokens & SUBTITLE_CLASS_TOKENS)


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
    text apart ("<span>Corona</span><span>Schools stay shut</span>": two parts); a subtitle or
    meta line set inside it is none (it is never the headline another title confirms)."""
    parts = [heading.text or ""]
    for child in heading:
        if isinstance(child.tag, str) and child.tag.lower() not in SILENT_TAGS:
            parts.append("" if _is_hidden(child) or _secondary(child) else _shown_text(child))
        parts.append(child.tail or "")
    shown = tuple(p for p in (normalise_title(p) for p in _quotes_hugged(parts)) if p)
    return shown if len(shown) > 1 else ()


def _quotes_hugged(parts: list[str]) -> list[str]:
    """The parts, each joined to the next where a quotation mark glues them (`QUOTE_MARKS`)."""
    joined: list[str] = []
    for part in parts:
        if joined and joined[-1] and part and _glued_by_quote(joined[-1][-1], part[0]):
            joined[-1] += part
        else:
            joined.append(part)
    return joined


def _glued_by_quote(last: str, first: str) -> bool:
    return not (last.isspace() or first.isspace()) and (last in QUOTE_MARKS or first in QUOTE_MARKS)


def _hidden_separator_kicker(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A separator only screen readers see ("Kicker<span class=sr-only>: </span>Story") sets
    the text before it apart as a kicker, whatever its class."""
    for i, (text, role) in enumerate(pieces):
        if role == "hidden" and text.strip() and all(c in TRIM_SEPARATORS for c in text.split()[0]):
            if _visible(pieces[:i]).strip():
                return [(t, "kicker" if r == "text" else r) for t, r in pieces[:i]] + pieces[i:]
            break
    return pieces


def _joins(kicker: str) -> bool:
    """The kicker ends with a visible separator ("Analysis:") or is a tag in brackets ("【速報】");
    a guillemet closing a quote the kicker opened ("Глава «Аэрофлота»") is no separator."""
    last = kicker[-1]
    if last in BRACKET_CLOSERS:
        return True
    return last in TRIM_SEPARATORS and not (last in QUOTE_PAIRS and QUOTE_PAIRS[last] in kicker)


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
    joined = bool(kicker) and _joins(kicker)
    for text, role in pieces[kickers[-1] + 1 :] if kickers else ():
        if role == "hidden" or joined:
            break
        if text.strip():
            joined = all(c in TRIM_SEPARATORS for c in text.split()[0])
            break
    shown = ("text", "kicker") if joined else ("text",)
    headline = trim_separators(_visible(p for p in pieces if p[1] in shown))
    return full, headline if title_size(headline) >= 2 else trim_separators(full)


def shown_texts(root: lxml.html.HtmlElement) -> Iterator[str]:
    """The visible text of each element of the page's body that holds words of its own, in page
    order, up to a title's length (see `MAX_TITLE_CHARS`, `MAX_TITLE_ELEMENTS`): where a headline
    no heading or class marks may stand ("<div class=tt>Story</div>" on an old portal's page).
    One walk down the body: each element's text length and element count are summed once from
    its children's (`_text_sizes`), and an element outside the article or hidden
    (`_outside_article`) is asked once, its subtree left unwalked (none of it is shown), not
    each element's ancestors asked again."""
    body = next(root.iter("body"), root)
    sizes = _text_sizes(body)
    if _outside_article(body):
        return
    stack = [body]
    while stack:
        el = stack.pop()
        hidden = _is_hidden(el)
        chars, elements = sizes[el]
        if (
            el.tag.lower() not in SILENT_TAGS
            and (el.text or "").strip()
            and chars <= MAX_TITLE_CHARS
            and elements <= MAX_TITLE_ELEMENTS
            and not hidden
        ):
            text = _shown_text(el)
            if text:
                yield text
        if not (hidden or el.tag in HEADING_OUTSIDE):
            stack.extend(c for c in reversed(el) if isinstance(c.tag, str))


def _text_sizes(body: etree._Element) -> dict[etree._Element, tuple[int, int]]:
    """`len(el.text_content())` and the number of nodes in the subtree (itself included) of
    each element of `body`, children summed before parents in one pass (a comment's or an
    instruction's own text is no text, its tail is)."""
    sizes: dict[etree._Element, tuple[int, int]] = {}
    for el in reversed(list(body.iter())):
        chars = len(el.text or "") if isinstance(el.tag, str) else 0
        nodes = 1
        for c in el:
            c_chars, c_nodes = sizes[c]
            chars += c_chars + len(c.tail or "")
            nodes += c_nodes
        sizes[el] = (chars, nodes)
    return sizes


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


def _leads_article(el: etree._Element) -> bool:
    """The heading opens its <article>/<main>: the article's text (its paragraphs) follows it,
    and before it no more than a kicker's or a label's line (`MAX_LEAD_PREAMBLE_WORDS`; a
    caption's, a kicker-classed line's, a banner's are none: `_set_apart`): a newsletter box's
    heading at the end, or with no text of its own around it, leads nothing. Outside any, see
    `_leads_page_text`. A heading inside a link is a teaser card's: its article is elsewhere."""
    if any(a.tag == "a" for a in el.iterancestors()):
        return False
    container = next((a for a in el.iterancestors() if a.tag in ARTICLE_CONTAINERS), None)
    if container is None:
        return _leads_page_text(el)
    before, passed, inside = 0, False, set(el.iter())
    for e in container.iter():
        if e in inside:
            passed = True
        elif passed and _paragraph_sizes(e):
            return True
        elif not passed and (sizes := _paragraph_sizes(e)) and not _set_apart(e):
            before += sum(sizes)
            if before > MAX_LEAD_PREAMBLE_WORDS:
                return False
    return False


def _paragraph_sizes(e: etree._Element) -> list[int]:
    """The sizes (`title_size`) of the paragraphs of text the element holds itself: a <p>'s, or
    the runs of a text block's own text between <br>s and other elements (`TEXT_RUN_TAGS`;
    inline elements' words run on, `TEXT_RUN_INLINE_TAGS`; links' words are a menu's)."""
    if e.tag == "p":
        size = title_size(_shown_text(e))
        return [size] if size else []
    if e.tag not in TEXT_RUN_TAGS:
        return []
    runs: list[list[str]] = [[e.text or ""]]
    for child in e:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag in TEXT_RUN_INLINE_TAGS and not _is_hidden(child):
            runs[-1].append(_shown_text(child))
        elif tag != "a":
            runs.append([])
        runs[-1].append(child.tail or "")
    sizes = (title_size(normalise_title(" ".join(run))) for run in runs)
    return [size for size in sizes if size]


def _set_apart(p: etree._Element) -> bool:
    """A paragraph before the headline that is no part of the page's text (see
    `PREAMBLE_BOX_TAGS`): a banner's, a dialog's, a caption, a kicker's line, a teaser's, a
    deck set above the headline (a subtitle class)."""
    words = (*KICKER_CLASS_WORDS, *PREAMBLE_BOX_CLASS_WORDS)
    return (
        has_class_word(p, words)
        or _subtitle_class(p)
        or any(
            a.tag in PREAMBLE_BOX_TAGS
            or (a.get("role") or "").lower() in PREAMBLE_BOX_ROLES
            or has_class_word(a, PREAMBLE_BOX_CLASS_WORDS)
            for a in p.iterancestors()
            if isinstance(a.tag, str)
        )
    )


def _no_next_heading(heading: etree._Element) -> bool:
    """A heading between a headline and its text that is none of the page's next headings: a
    deck (a subtitle class, a sentence) or one only screen readers see (see `DECK_ENDINGS`)."""
    text = _shown_text(heading)
    return (
        _subtitle_class(heading)
        or text.endswith(DECK_ENDINGS)
        or _is_hidden(heading)
        or any(_is_hidden(a) for a in heading.iterancestors() if isinstance(a.tag, str))
    )


def _leads_page_text(el: etree._Element) -> bool:
    """A heading outside any <article>/<main> opens the article's text when the text follows it
    (a theme of plain <div>s, a headline in a hero block with the text further down): in page
    order, the paragraphs after it up to the next heading are a few and hold a couple of
    sentences (`MIN_LEAD_PARAGRAPHS`, `MIN_LEAD_TEXT_WORDS`), and those before it on the page
    no more than a line (`MAX_LEAD_PREAMBLE_WORDS`: a tagline, a kicker; a cookie banner's or a
    caption's are not the page's text: `_set_apart`). A deck or a heading only screen readers
    see between it and the text is no next heading (`_no_next_heading`). A donation or
    newsletter box's heading has a line or two after it, or the story before it."""
    before, passed, inside = 0, False, set(el.iter())
    after: list[int] = []
    for e in el.getroottree().getroot().iter():
        if e in inside:
            passed = True
        elif passed and e.tag in LEAD_STOPS and _shown_text(e):
            if after or not _no_next_heading(e):
                return False
        elif sizes := _paragraph_sizes(e):
            if not passed:
                if _set_apart(e):
                    continue
                before += sum(sizes)
                if before > MAX_LEAD_PREAMBLE_WORDS:
                    return False
                continue
            after.extend(sizes)
            if len(after) >= MIN_LEAD_PARAGRAPHS and sum(after) >= MIN_LEAD_TEXT_WORDS:
                return True
    return False


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
    tokens = set(CLASS_TOKEN.findall(class_words(el)))
    by_class = has_class_word(el, HEADLINE_CLASS_WORDS) or bool(tokens & HEADLINE_CLASS_TOKENS)
    return MARKED_BY_CLASS if by_class else 0


@dataclass(frozen=True)
class Heading:
    kind: str  # "h1" or "h2"
    text: str  # all of it
    headline: str  # as displayed (a kicker set apart dropped)
    in_article: bool
    marked: int = 0  # how the page marks it as its headline (see `_marked`)
    parts: tuple[str, ...] = ()  # see `heading_parts`
    leads: bool = False  # opens its article, before the article's text (see `_leads_article`)


def heads_no_story(text: str) -> bool:
    """A heading's text that names the page's section ("Aktuelles", see `names_section`) or is
    a single word ("Biashara", "経済"): maybe a section's or a column's name, so the <h2>s are
    read too (`choice.displayed_headline` keeps a one-word <h1> that opens the text or that
    another title states: a feature's "Zugzwang")."""
    return names_section(text) or title_size(text) < 2


def _names_byline(heading: etree._Element, text: str) -> bool:
    """A heading of a few words whose class names a columnist, a column or a programme (see
    `BYLINE_HEADING_CLASS_WORDS`): who writes, over the story's own heading."""
    return (
        has_class_word(heading, BYLINE_HEADING_CLASS_WORDS)
        and title_size(text) <= MAX_BYLINE_HEADING_WORDS
    )


def _headline_elements(root: lxml.html.HtmlElement) -> list[etree._Element]:
    """The <h1>s (and the elements an app renders as such: `H1_ROLE_LEVEL`, `H1_CLASS_NAMES`)
    and the elements microdata marks as the headline, in page order."""
    marked = " or ".join(
        f"contains(concat(' ', @itemprop, ' '), ' {p} ')" for p in HEADLINE_ITEMPROPS
    )
    styled = " or ".join(
        f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')" for c in H1_CLASS_NAMES
    )
    aria = f"@role='heading' and @aria-level='{H1_ROLE_LEVEL}'"
    return list(
        root.xpath(
            f"//h1 | //*[{marked}][not(self::meta)][not(self::link)] | //*[{aria}]"
            f" | //body//*[{styled}]"
        )
    )


def _subheading_elements(root: lxml.html.HtmlElement) -> Iterator[etree._Element]:
    """The <h2>s and the article's headline blocks (`_is_headline_block`, outermost), in page
    order: read only on a page with no <h1> to offer. A block outside any <article>/<main> is
    one when it opens the article's text (a theme of plain <div>s; see `_leads_page_text`: a
    card's or a widget's title has no paragraphs of text after it); only the first
    `MAX_LEAD_BLOCK_TRIES` such blocks are tried (a headline comes before a page's many cards,
    and each try reads the page)."""
    blocks: set[etree._Element] = set()
    tries = 0
    for el in root.iter("h2", *HEADLINE_BLOCK_TAGS):
        if el.tag == "h2":
            yield el
        elif _is_headline_block(el) and not any(a in blocks for a in el.iterancestors()):
            if not _in_article(el):
                if tries >= MAX_LEAD_BLOCK_TRIES:
                    continue
                tries += 1
                if not _leads_page_text(el):
                    continue
            blocks.add(el)
            yield el


def _is_headline_block(el: etree._Element) -> bool:
    """An element set as a headline by its class alone (see `HEADLINE_BLOCK_TAGS`), not a
    subtitle, kicker or logo, holding only its own text."""
    return (
        (el.get("class") is not None or el.get("id") is not None)
        and bool(_marked_by_class(el))
        and not has_class_word(el, KICKER_CLASS_WORDS)
        and not has_logo_class(el)
        and not _subtitle_class(el)
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
        if not full or len(full) > MAX_TITLE_CHARS or (tag == "h1" and _names_byline(el, full)):
            return
        in_article = _in_article(el)
        if tag == "h1" and not in_article and title_key(full) == banner:
            banners.append(full)
        elif el.tag in HEADING_KINDS and is_logo(el):
            logos.append(full)
        else:
            # an <h2> counts as marked by its class, or under a logo or banner <h1> by opening the
            # article (before any paragraph): elsewhere inside an article, <h2>s are the body's
            # subheadings
            marked = _marked(el) if tag == "h1" else _marked_by_class(el)
            if tag == "h2" and not marked and (logos or banners) and _opens_article(el):
                marked = MARKED_BY_CLASS
            parts = heading_parts(el)
            found.append(
                Heading(tag, full, headline, in_article, marked, parts, _leads_article(el))
            )

    for el in _headline_elements(root):
        if sum(h.kind == "h1" for h in found) < MAX_HEADINGS:
            add("h1", el)
    # the <h2>s and headline blocks stand in for no <h1>, for <h1>s that only name the page's
    # section ("Aktuelles"), for a box's (nothing marks it, it opens no text), or for a title
    # bar's (outside the page's article, opening no text: "<h1>News from the club</h1>" over
    # the post's "<h2 class=entry-title>")
    has_article = next(root.iter(*ARTICLE_CONTAINERS), None) is not None
    if all(
        heads_no_story(h.headline)
        or not (h.marked or h.leads)
        or (has_article and not (h.in_article or h.leads))
        for h in found
    ):
        for el in _subheading_elements(root):
            if sum(h.kind == "h2" for h in found) >= MAX_SUBHEADINGS:
                break
            add("h2", el)
    return found, logos, banners
