"""Other stories' teasers set inside the article's container, read from the page's markup and
taken out of the body.

Why: publishers drop teasers between a story's paragraphs and the extractor keeps them as text;
their names become false entities, and a site that rotates them makes new versions. In the text
alone a teaser looks like a short paragraph; the markup tells them apart, in any language:
- a linked headline: a paragraph that is one link from its first word to its last
  ("<p><a href="/news/…">Jokic, Gilgeous-Alexander lead early MVP ladder</a></p>"); a story's
  paragraph is not; or a link set between the story's blocks with no text around it, a line of
  its own (`<p>…</p><a class="interstitial-link" href="/news/…">Agency hires 90 bus
  drivers</a><p>…</p>`, as Arc XP themes render an interstitial link): a story's link stands
  inside a paragraph;
- a labelled link: a paragraph that is a short label set apart (in its own element, or ended by
  a separator) and then one headline link that closes it ("<p>À LIRE AUSSI. <a>…</a></p>",
  "<div><span>İLGİLİ HABER</span> <a>…</a></div>"), or that only its story's summary follows,
  set off by a dash or a colon ("<p><b>Related:</b> <a>…</a> — Members said …</p>"): the
  label's words need no table;
- a teaser card or box: a small element (a few times smaller than what holds it) in which a
  linked headline stands first or after one short label, and every other block is a short
  summary ("<div class="card"><h3><a>Ferry fares to rise</a></h3><p>Commuters will pay
  more…</p></div>", "<div><h4>Noticias relacionadas</h4><ul><li><a>…</a></li></ul></div>"): the
  extractor often drops the linked headline and keeps the summary, which then reads as the
  story's sentence;
- a teaser stream: `MIN_STREAM_CARDS` or more cards side by side, each linked headlines, one
  summary (up to `MAX_STREAM_SUMMARY_CHARS`: a lone box's summary is shorter, but repetition
  says what size must) and short labels ("<ul><li><h3><a>Actor dies at 69</a></h3><p>The actor
  best known for …</p><span>GMA</span></li><li>…"), as "Recommended for You" lists run;
- a card that script makes a link (an element with `data-href`, `data-url`, `data-link` or an
  onclick that leads to another story, no <a>: "<div class="card" data-href="/news/…"
  onclick="…"><h3>Headline</h3><p>Summary…</p></div>"), read as a picture card;
- a picture card: a small element in which a link to another story holds only a picture and
  the text is an optional short label, a headline-like block and short summaries
  ("<div><a href="/news/…"><img></a><h4>Water bills to rise in July</h4><p>The utility
  says…</p></div>"): the card links its picture, not its headline, and the headline is plain
  text. A story's picture links to the picture or to a gallery of this story, and its caption
  is a sentence.
Only headline-like links count (a few words, two characters a word in Chinese and Japanese; no
full stop: "Read the full report." is a sentence and stays), only links to another page of the
page's own site (a link to another site or to a file is a source the story cites), and only lines
that are exactly the text of such a paragraph or of a box's block.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Final
from urllib.parse import urlsplit

import lxml.html

from tasks.markup import BLOCK_CONTAINERS, TEXT_BLOCKS, PageMarkup

MIN_LINKED_HEADLINE_WORDS: Final = 3
MAX_LINKED_HEADLINE_WORDS: Final = 20
# Links that go nowhere else: an anchor on the page, mail, scripts.
NOT_ELSEWHERE: Final = ("#", "mailto:", "javascript:", "tel:")
SENTENCE_ENDS: Final = (".", "。", ";", ":")
# Scripts written without spaces between words (kana, CJK ideographs).
_UNSPACED: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
CHARS_PER_UNSPACED_WORD: Final = 2
# Links to files are documents a story cites, not other stories.
FILE_ENDINGS: Final = (
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".csv", ".zip",
    ".jpg", ".jpeg", ".png", ".webp", ".gif",
)  # fmt: skip
# A label before a link: a few words, ended by a separator when not in an element of its own.
MAX_LABEL_WORDS: Final = 4
MAX_LABEL_CHARS: Final = 40
LABEL_SEPARATORS: Final = (":", "：", ".", "|", "-", "–", "—", "»", "›", ">", "▶", "►", "→")
# ... or closed by a bracket ("【こちらも】<a>…</a>", "[Lesetipp] <a>…</a>").
LABEL_CLOSERS: Final = ("]", ")", "】", "）", "］", "＞", "》")
# What may close a labelled link after it ("[Lee también: …]", "(…)").
CLOSING_MARKS: Final = " ])）】»."
# A box: at most this much text, and at most 1/BOX_SHARE of the text of the element that
# holds it (the story around it); its blocks other than headlines are one label before the first
# headline and short summaries after them.
MAX_BOX_CHARS: Final = 600
BOX_SHARE: Final = 2
MAX_BOX_LEVELS: Final = 3
MAX_BARE_WRAPPERS: Final = 4
MAX_BOX_LABEL_CHARS: Final = 40
MAX_SUMMARY_CHARS: Final = 250
# A stream of teaser cards side by side ("Recommended for You": headline, summary, source, one
# card per item): the repetition says what a lone box's size must, so a summary may be longer.
MIN_STREAM_CARDS: Final = 3
MAX_STREAM_SUMMARY_CHARS: Final = 600
MAX_STREAM_CARD_CHARS: Final = 900
MAX_STREAM_LABEL_CHARS: Final = 120  # all of a card's text beside its headlines and summary
# What sets a labelled link's summary off from its headline ("… again — Members said …").
SUMMARY_SEPARATORS: Final = ("—", "–", "-", ":", "：", "|")
# (a card may be an <article> of its own inside the story's: the size and share tests keep the
# story's own out)
NOT_BOXES: Final = frozenset({"body", "html", "main"})
# What a picture card's link may hold instead of text.
PICTURES: Final = ("img", "picture", "svg")
# What script makes a link of ("<div class="card" data-href="/news/…" onclick="…">"): a teaser
# card with no <a>, read as a picture card is.
SCRIPT_LINK_ATTRIBUTES: Final = ("data-href", "data-url", "data-link")
_SCRIPT_LINKED: Final = "//*[@onclick or @data-href or @data-url or @data-link]"
_QUOTED_ADDRESS: Final = re.compile(r"""['"]((?:https?:)?/[^'"\s]*)['"]""")
# A list item as the extractor writes it ("- NASA mission could spot signs of life").
_LIST_MARK: Final = re.compile(r"^[-•*·]\s+")


def site_of(host: str) -> str:
    """A host's last two labels: "www.herald.example" and "m.herald.example" are one site."""
    return ".".join(host.lower().rsplit(".", 2)[-2:])


def other_story(link: lxml.html.HtmlElement, site: str) -> bool:
    """Does the link lead to another page of the same site, not to a file? A teaser promotes
    the site's own stories; a link to another site or to a document is a source the story
    cites ("Fuente: <a href=…plan.pdf>Plan de movilidad 2025-2030</a>")."""
    return _other_story_address(link.get("href") or "", site)


def _other_story_address(href: str, site: str) -> bool:
    href = href.strip()
    if not href or href.startswith(NOT_ELSEWHERE):
        return False
    url = urlsplit(href)
    if url.path.lower().endswith(FILE_ENDINGS):
        return False
    return not url.netloc or not site or site_of(url.netloc) == site


def word_count(text: str) -> int:
    """Words in a text; Chinese and Japanese write none apart: two characters count as one."""
    if " " not in text and _UNSPACED.search(text):
        return len(text) // CHARS_PER_UNSPACED_WORD
    return len(text.split())


def _headline_like(text: str) -> bool:
    words = word_count(text)
    return MIN_LINKED_HEADLINE_WORDS <= words <= MAX_LINKED_HEADLINE_WORDS and not text.endswith(
        SENTENCE_ENDS
    )


def _linked_headline(block: lxml.html.HtmlElement, site: str, markup: PageMarkup) -> bool:
    """Is the block one headline-like link to elsewhere and nothing else (the link inside it, or
    around it: "<a href><h3>…</h3></a>")?"""
    text = markup.text(block)
    if not _headline_like(text):
        return False
    links = list(block.iter("a"))
    if len(links) == 1:
        return other_story(links[0], site) and markup.text(links[0]) == text
    if not links:
        wrapper = next(block.iterancestors("a"), None)
        return wrapper is not None and other_story(wrapper, site) and markup.text(wrapper) == text
    return False


def _summary(after: str, label: str) -> bool:
    """Is the text after a labelled link its story's summary, set off by a dash or a colon
    ("Related: <a>Council delays budget vote</a> — Members said they need more time.")? A label
    without a letter is a list's number ("<b>3.</b> <a>Joe's Diner</a> — The burgers …"): a
    list of the story's picks, each linked to its page, with its words on it."""
    after = after.strip()
    return (
        any(ch.isalpha() for ch in label)
        and after.startswith(SUMMARY_SEPARATORS)
        and 0 < len(after) <= MAX_SUMMARY_CHARS
    )


def _labelled_link(block: lxml.html.HtmlElement, site: str, markup: PageMarkup) -> bool:
    """Is the block a short label and one headline link that closes it ("LÄS ÄVEN: <a>…</a>"),
    or that only its story's summary follows, set off by a dash or a colon?"""
    links = list(block.iter("a"))
    if len(links) != 1 or not other_story(links[0], site):
        return False
    link = links[0]
    headline = markup.text(link)
    text = markup.text(block)
    if not _headline_like(headline) or headline not in text:
        return False
    label, _, after = text.rpartition(headline)
    label = label.strip()
    if not label or (after.strip(CLOSING_MARKS) and not _summary(after, label)):
        return False
    if len(label) > MAX_LABEL_CHARS or len(label.split()) > MAX_LABEL_WORDS:
        return False
    apart = any(
        markup.text(el) == label
        for el in block.iterdescendants()
        if el is not link and el.tag != "a"
    )
    return apart or label.endswith(LABEL_SEPARATORS + LABEL_CLOSERS)


def largest_box(
    start: lxml.html.HtmlElement | None,
    fits: Callable[[lxml.html.HtmlElement], bool],
    markup: PageMarkup,
    levels: int = MAX_BOX_LEVELS,
) -> lxml.html.HtmlElement | None:
    """The largest box around `start` (itself or up to `levels` - 1 ancestors, climbing while
    `fits` holds and the text stays under `MAX_BOX_CHARS`) that is set in the text: at most
    1/`BOX_SHARE` of the text of the element that holds it. A wrapper that adds no text to the
    element it holds is the same box, not a level up (a card's frame, its content and its text
    column: "<div><div><div><h2>…</h2><form>…</form></div></div></div>"), up to
    `MAX_BARE_WRAPPERS` of them. A box never holds the page's headline (an <h1>): the story's
    header, with its byline, standfirst and a "Subscribe" button, is no box."""
    chain: list[lxml.html.HtmlElement] = []
    size = markup.size
    el = start
    bare = 0
    while el is not None and len(chain) - bare < levels:
        if el.tag in NOT_BOXES or size(el) > MAX_BOX_CHARS or _headed(el) or not fits(el):
            break
        if chain and size(el) == size(chain[-1]):
            if bare == MAX_BARE_WRAPPERS:
                break
            bare += 1
        chain.append(el)
        el = el.getparent()
    for box in reversed(chain):
        parent = box.getparent()
        if parent is not None and size(box) * BOX_SHARE <= size(parent):
            return box
    return None


def _loose_runs(box: lxml.html.HtmlElement) -> set[str]:
    """The texts that stand between a box's blocks outside any block, each run one line as the
    extractor writes it ("<div><p>…</p><a>App Store</a> <a>Google Play</a></div>": "App Store
    Google Play")."""
    runs: set[str] = set()
    for el in box.iter():
        if not any(child.tag in BLOCK_CONTAINERS for child in el):
            continue
        run = [el.text or ""]
        for child in el:
            if child.tag in BLOCK_CONTAINERS:
                runs.add(" ".join("".join(run).split()))
                run = []
            elif isinstance(child.tag, str):
                run.append(child.text_content())
            run.append(child.tail or "")
        runs.add(" ".join("".join(run).split()))
    return runs


def _headed(el: lxml.html.HtmlElement) -> bool:
    return el.tag == "h1" or next(el.iter("h1"), None) is not None


def box_texts(box: lxml.html.HtmlElement, markup: PageMarkup) -> set[str]:
    """The texts of a box's blocks, as the extractor's lines would read them, of its links and
    buttons, which the extractor may set on lines of their own ("Join now", "立即下载"), and of
    the runs of text between its blocks."""
    blocks = {markup.text(block) for block in markup.blocks(box)}
    links = {markup.text(el) for el in box.iter("a", "button")}
    return (blocks | links | _loose_runs(box)) - {""}


def _teaser_box(
    el: lxml.html.HtmlElement,
    headlines: set[lxml.html.HtmlElement],
    in_headlines: set[lxml.html.HtmlElement],
    markup: PageMarkup,
) -> bool:
    """Are `el`'s blocks an optional label, linked headlines and summaries? (`in_headlines`:
    the elements inside a headline, found once per page, not once per block and box.)"""
    seen_headline = False
    labels = 0
    for block in markup.blocks(el):
        text = markup.text(block)
        if not text or block in headlines or block in in_headlines:
            seen_headline = seen_headline or block in headlines
            continue
        if seen_headline:
            if len(text) > MAX_SUMMARY_CHARS:
                return False
        elif labels or len(text) > MAX_BOX_LABEL_CHARS or text.endswith((".", "!", "?", "。")):
            return False
        else:
            labels += 1
    return seen_headline


def _stream_card(
    el: lxml.html.HtmlElement,
    headlines: set[lxml.html.HtmlElement],
    in_headlines: set[lxml.html.HtmlElement],
    markup: PageMarkup,
) -> bool:
    """Is `el` a linked headline (perhaps with links to related stories under it), one summary
    of at most `MAX_STREAM_SUMMARY_CHARS` and short labels (its source, its buttons), and no
    page headline? A paragraph is no card: a teaser set inside one is the paragraph's."""
    if el.tag == "p" or markup.size(el) > MAX_STREAM_CARD_CHARS or _headed(el):
        return False
    linked = summaries = 0
    rest = markup.size(el)
    for block in markup.blocks(el):
        if block in headlines and block not in in_headlines:
            linked += 1
            rest -= markup.size(block)
        elif block in in_headlines or any(d in headlines for d in block.iterdescendants()):
            continue  # inside the headline, or holding it (the card's own <li>)
        elif markup.size(block) > MAX_BOX_LABEL_CHARS:
            summaries += 1
            if summaries > 1 or markup.size(block) > MAX_STREAM_SUMMARY_CHARS:
                return False
    return linked > 0 and rest <= MAX_STREAM_SUMMARY_CHARS + MAX_STREAM_LABEL_CHARS


def _stream_lines(
    headlines: set[lxml.html.HtmlElement],
    in_headlines: set[lxml.html.HtmlElement],
    markup: PageMarkup,
) -> set[str]:
    """The texts of the cards of teaser streams: `MIN_STREAM_CARDS` or more stream cards side
    by side in one element, each card one of the first `MAX_BOX_LEVELS` + 1 elements that hold
    a linked headline."""
    cards: dict[lxml.html.HtmlElement, set[lxml.html.HtmlElement]] = {}
    for headline in headlines:
        for el in itertools.islice(headline.iterancestors(), MAX_BOX_LEVELS + 1):
            parent = el.getparent()
            if parent is not None and _stream_card(el, headlines, in_headlines, markup):
                cards.setdefault(parent, set()).add(el)
    return {
        text
        for side_by_side in cards.values()
        if len(side_by_side) >= MIN_STREAM_CARDS
        for card in side_by_side
        for text in box_texts(card, markup)
    }


def _standalone_headline(link: lxml.html.HtmlElement, site: str, markup: PageMarkup) -> bool:
    """Is the link a headline-like link to another story standing between the story's blocks,
    no text before or after it (a line of its own: "<p>…</p><a href>Headline</a><p>…</p>")?"""
    parent = link.getparent()
    if parent is None or parent.tag in TEXT_BLOCKS - {"div"} or (link.tail or "").strip():
        return False
    before = link.getprevious()
    if ((parent.text if before is None else before.tail) or "").strip():
        return False
    beside = (before, link.getnext())
    if not any(el is not None and el.tag in BLOCK_CONTAINERS for el in beside):
        return False
    return _headline_like(markup.text(link)) and other_story(link, site)


def _picture_link(link: lxml.html.HtmlElement, site: str, markup: PageMarkup) -> bool:
    """Is the link another story's, holding a picture and no text?"""
    return (
        not markup.text(link)
        and next(link.iter(*PICTURES), None) is not None
        and other_story(link, site)
    )


def _script_target(el: lxml.html.HtmlElement) -> str | None:
    """Where an element that script makes a link leads: its `SCRIPT_LINK_ATTRIBUTES`, or the
    first address quoted in its onclick ("location.href='/news/…'")."""
    for name in SCRIPT_LINK_ATTRIBUTES:
        if el.get(name):
            return el.get(name)
    quoted = _QUOTED_ADDRESS.search(el.get("onclick") or "")
    return None if quoted is None else quoted.group(1)


def _picture_card(el: lxml.html.HtmlElement, markup: PageMarkup) -> bool:
    """Are `el`'s blocks an optional short label, a headline-like block and short summaries?"""
    texts = [text for text in (markup.text(block) for block in markup.blocks(el)) if text]
    if len(texts) > 1 and not _headline_like(texts[0]) and _headline_like(texts[1]):
        label, *texts = texts
        if len(label) > MAX_BOX_LABEL_CHARS or label.endswith(SENTENCE_ENDS):
            return False
    return (
        bool(texts)
        and _headline_like(texts[0])
        and all(len(text) <= MAX_SUMMARY_CHARS for text in texts[1:])
    )


def _box_lines(
    headline: lxml.html.HtmlElement,
    headlines: set[lxml.html.HtmlElement],
    in_headlines: set[lxml.html.HtmlElement],
    markup: PageMarkup,
) -> set[str]:
    """The texts of the blocks of the largest teaser box around a linked headline, if any."""
    start = next(headline.iterancestors("a"), headline).getparent()
    box = largest_box(start, lambda el: _teaser_box(el, headlines, in_headlines, markup), markup)
    return set() if box is None else box_texts(box, markup)


def linked_headlines(markup: PageMarkup, url: str) -> frozenset[str]:
    """The texts of the page's teasers: linked headlines, labelled links and the blocks of
    teaser boxes (see the module's docstring); `url` is the page's, whose site they promote."""
    site = site_of(urlsplit(url).netloc)
    blocks = markup.blocks()
    headlines = {block for block in blocks if _linked_headline(block, site, markup)}
    in_headlines = {el for headline in headlines for el in headline.iterdescendants()}
    found = {markup.text(block) for block in headlines if block.tag == "p"}
    for block in blocks:
        if _labelled_link(block, site, markup):
            # the headline alone too: the extractor drops a label whose class names it related
            found |= {markup.text(block), markup.text(next(block.iter("a")))}
    for headline in headlines:
        found |= _box_lines(headline, headlines, in_headlines, markup)
    found |= _stream_lines(headlines, in_headlines, markup)

    def picture_card(el: lxml.html.HtmlElement) -> bool:
        return _picture_card(el, markup)

    for card in markup.tree.xpath(_SCRIPT_LINKED):
        if card.tag != "a" and _other_story_address(_script_target(card) or "", site):
            box = largest_box(card, picture_card, markup)
            found |= set() if box is None else box_texts(box, markup)
    for link in markup.links:
        if _standalone_headline(link, site, markup):
            found.add(markup.text(link))
        elif _picture_link(link, site, markup):
            card = largest_box(link.getparent(), picture_card, markup)
            found |= set() if card is None else box_texts(card, markup)
    return frozenset(found)


def drop_linked_headlines(lines: list[str], headlines: frozenset[str]) -> list[str]:
    """The body's lines without those that are exactly one of `headlines` (a list item's with
    or without the mark the extractor puts before it)."""
    if not headlines:
        return lines
    return [line for line in lines if _LIST_MARK.sub("", " ".join(line.split())) not in headlines]
