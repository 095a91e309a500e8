"""The box readers share one reading of a page's markup: each element's text is read once per
page, whatever the number of readers, and the blocks found in one pass are the blocks the
readers always meant. Pages written for these tests."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import lxml.html
import pytest

from tasks import markup
from tasks.extract import extract_page
from tasks.markup import BLOCK_CONTAINERS, TEXT_BLOCKS, PageMarkup
from tasks.page import ParsedPage

STORY = [
    "The Kestrel Point ferry will run every half hour from May, the harbour board said on Monday.",
    "Commuters have asked for more crossings since the bridge closed for repairs in January.",
    "The board will hire six more crew and lease a second boat for the summer months.",
    "Fares stay at two pounds a crossing, though a monthly pass will cost five pounds more.",
]
# Every reader finds something here: a teaser card, a sign-up box, a follow-us box, an author
# box and a caption that repeats its picture's alt text.
FURNITURE = (
    "<div class='card'><h3><a href='/news/rail-works'>Rail line to close for a month of works"
    "</a></h3><p>Buses replace trains between the two stations.</p></div>"
    "<div class='nl'><p>The Morning Tide</p><p>Harbour news in your inbox every morning.</p>"
    "<form><input type='email' name='e'><button>Sign up</button></form></div>"
    "<div class='follow'><p>Get our stories on WhatsApp.</p>"
    "<a href='https://whatsapp.com/channel/0029Kestrel'>Join the channel</a></div>"
    "<div><img src='/i/1.jpg' alt='The second boat moored at the quay'></div>"
    "<span>The second boat moored at the quay</span>"
)
AUTHOR_BOX = (
    "<div class='author'><a rel='author' href='/staff/ruth-abbey'>Ruth Abbey</a>"
    "<p>Ruth covers the harbour and the islands for the Kestrel Post.</p></div>"
)


def _page() -> ParsedPage:
    paragraphs = [f"<p>{p}</p>" for p in STORY]
    html = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='author' content='Ruth Abbey'><title>Ferry every half hour</title></head>"
        "<body><article><h1>Ferry every half hour</h1>"
        + "".join(paragraphs[:2])
        + FURNITURE
        + "".join(paragraphs[2:])
        + AUTHOR_BOX
        + "</article></body></html>"
    )
    return ParsedPage(html, "https://www.kestrelpost.example/news/ferry")


def test_the_box_readers_read_each_elements_text_once_per_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Five readers weigh the same elements (a page's links were walked four times, its blocks
    listed anew at every level a box was tried): counted in reads per element, not timed."""
    reads: Counter[int] = Counter()
    text = markup.element_text

    def counting(el: lxml.html.HtmlElement) -> str:
        reads[id(el)] += 1
        return text(el)

    monkeypatch.setattr(markup, "element_text", counting)
    page = _page()
    body = extract_page(page).body.splitlines()
    assert body == STORY  # every reader found its box
    assert reads and max(reads.values()) == 1


def _blocks_by_definition(tree: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """A text block as defined: one of `TEXT_BLOCKS`, a division only when no block is in it."""
    for el in tree.iter(*TEXT_BLOCKS):
        if el.tag != "div" or not any(d.tag in BLOCK_CONTAINERS for d in el.iterdescendants()):
            yield el


@pytest.mark.parametrize(
    "html",
    [
        "<div><div><p>a</p><div>b</div></div><div><span>c<em>d</em></span></div></div>",
        "<div><span><b><i><ul><li>x</li></ul></i></b></span><div>y</div></div>",
        "<section><div>loose <a href='/x'>link</a></div><div><div><h3>t</h3></div></div></section>",
        "<div><table><tr><td><div>cell</div></td></tr></table><dl><dt>k</dt><dd>v</dd></dl></div>",
    ],
)
def test_the_blocks_found_in_one_pass_are_the_blocks_by_definition(html: str) -> None:
    tree = lxml.html.fromstring(f"<html><body>{html}</body></html>")
    page = PageMarkup(tree)
    assert list(page.blocks()) == list(_blocks_by_definition(tree))
    for el in tree.iter():
        assert list(page.blocks(el)) == list(_blocks_by_definition(el))
