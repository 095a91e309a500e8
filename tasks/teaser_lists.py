"""A labelled list of the site's other stories, read from the page's markup and taken out of the
body: a short label and a list whose every item links to another of the site's pages ("More
Great WIRED Stories" / "- The strange life and <a>mysterious death of a virtuoso coder</a>" /
"- How Facebook <a>gets the First Amendment backward</a>" / …), as magazines close a story.

Why: the extractor drops the label (a heading in a `<div>`) and keeps the items, which read as a
list of the story; their names (Facebook, Google, Fitbit) become false entities. The label's
words differ by site ("More Great WIRED Stories", "Our best reads"), so the text rules' label
table (`tasks.boilerplate`) cannot know them, and the items link only part of their text, so the
linked-headline rules (`tasks.linked_teasers`) do not see them either. The markup tells such a
list apart in any language: at least `MIN_ITEMS` items, each holding a link of at least
`MIN_LINK_WORDS` words to another page of the site, right after a short label (the element
before the list, or before its wrapper when the list opens it) that is no sentence and does not
end with a colon, most items no sentence: a list the story introduces ("The money will pay
for:") stays, and so do a list of the story's points whose sentences link to earlier coverage
("What we know" / "- Police said <a>the driver was arrested</a> on Monday."), and a list whose
items link to other sites (sources) or name a page in a word or two (people's pages).
Each list is read once.
"""

from __future__ import annotations

from typing import Final
from urllib.parse import urlsplit

import lxml.html

from tasks.linked_teasers import other_story, site_of, word_count
from tasks.markup import PageMarkup

LISTS: Final = ("ul", "ol")
MIN_ITEMS: Final = 3
MIN_LINK_WORDS: Final = 3  # a headline's words, not a person's or a topic's name
MAX_LABEL_CHARS: Final = 40
NOT_LABEL_ENDS: Final = (".", "!", "?", "。", ":", "：", ";")
SENTENCE_ENDS: Final = (".", "!", "?", "。")
MAX_SENTENCE_SHARE: Final = 0.5  # of the items: more are sentences, the list is the story's
# Elements between a label and its list that say nothing: a rule, a break, an empty wrapper.
SPACERS: Final = frozenset({"hr", "br"})


def _before(el: lxml.html.HtmlElement, markup: PageMarkup) -> lxml.html.HtmlElement | None:
    """The element before `el` that holds text, spacers and empty elements skipped."""
    for sibling in el.itersiblings(preceding=True):
        if isinstance(sibling.tag, str) and sibling.tag not in SPACERS and markup.text(sibling):
            return sibling
    return None


def _label(block: lxml.html.HtmlElement | None, markup: PageMarkup) -> bool:
    if block is None or block.tag in LISTS:
        return False
    text = markup.text(block)
    return 0 < len(text) <= MAX_LABEL_CHARS and not text.endswith(NOT_LABEL_ENDS)


def _label_of(listing: lxml.html.HtmlElement, markup: PageMarkup) -> str | None:
    """The short label right before the list, or before the wrapper it opens, if any."""
    before = _before(listing, markup)
    parent = listing.getparent()
    if before is None and parent is not None:
        before = _before(parent, markup)
    return markup.text(before) if _label(before, markup) and before is not None else None


def _story_link(item: lxml.html.HtmlElement, site: str, markup: PageMarkup) -> bool:
    return any(
        other_story(link, site) and word_count(markup.text(link)) >= MIN_LINK_WORDS
        for link in item.iter("a")
    )


def teaser_list_lines(markup: PageMarkup, url: str) -> frozenset[str]:
    """The labels' and the items' texts of the page's labelled lists of the site's other
    stories."""
    site = site_of(urlsplit(url).netloc)
    found: set[str] = set()
    for listing in markup.tree.iter(*LISTS):
        items = [child for child in listing if child.tag == "li"]
        if len(items) < MIN_ITEMS or not all(_story_link(item, site, markup) for item in items):
            continue
        sentences = sum(markup.text(item).endswith(SENTENCE_ENDS) for item in items)
        if sentences > MAX_SENTENCE_SHARE * len(items):
            continue
        label = _label_of(listing, markup)
        if label is not None:
            found |= {label, *(markup.text(item) for item in items)}
    return frozenset(found)
