"""A short label and a list whose every item links to another of the site's stories leave the
body; lists the story introduces, lists of sources and of people's pages stay. Pages written for
these tests."""

from __future__ import annotations

from tasks.extract import extract_page
from tasks.markup import PageMarkup
from tasks.page import ParsedPage
from tasks.teaser_lists import teaser_list_lines

STORY = [
    "The Harlow Bay council voted on Tuesday to rebuild the harbour wall before next winter.",
    "Engineers said the wall had moved four centimetres since the storms of last February.",
    "Work is due to start in April and to finish by the end of October, the council said.",
]
ITEMS = [
    "Why Mayor Ilse Moran <a href='/story/moran-budget'>bet her career on the harbour</a>",
    "How Tarvik Ferries <a href='https://www.harlow.example/story/ferry-fares'>lost its biggest "
    "route</a>",
    "Want a weekend away? Read our picks for the <a href='/gallery/best-inns'>best inns on the "
    "coast</a>.",
]
STORY_LIST = [  # introduced by the story, and sources or people's pages: stay
    ("The money will pay for:", ["a <a href='/topic/wall'>new sea wall at the harbour</a>"] * 3),
    ("Sources", ["the <a href='https://gov.example/report'>engineers' report on the wall</a>"] * 3),
    ("The new council", ["<a href='/people/moran'>Ilse Moran</a>, mayor"] * 3),
]


def _page(after: str) -> ParsedPage:
    html = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Harbour wall to be "
        "rebuilt</title></head><body><article><h1>Harbour wall to be rebuilt</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + after
        + "</article></body></html>"
    )
    return ParsedPage(html, "https://harlow.example/news/harbour-wall")


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def test_a_labelled_list_of_the_sites_stories_leaves_the_body() -> None:
    page = _page(f"<hr><div class='heading-h3'>More Great Harlow Stories</div>{_list(ITEMS)}")
    assert extract_page(page).body.splitlines() == STORY
    wrapped = _page(f"<h3>Our best reads</h3><div class='list'>{_list(ITEMS)}</div>")
    assert extract_page(wrapped).body.splitlines() == STORY


def test_lists_the_story_introduces_and_lists_of_sources_or_names_stay() -> None:
    for label, items in STORY_LIST:
        page = _page(f"<p>{label}</p>{_list(items)}")
        assert teaser_list_lines(PageMarkup(page.tree), page.url) == frozenset()
    unlabelled = _page(_list(ITEMS))  # the story's last paragraph before it is no label
    assert teaser_list_lines(PageMarkup(unlabelled.tree), unlabelled.url) == frozenset()
    two = _page(f"<h3>More stories</h3>{_list(ITEMS[:2])}")  # too few to tell
    assert teaser_list_lines(PageMarkup(two.tree), two.url) == frozenset()
    points = [  # the story's points, linking earlier coverage: sentences
        "Police said <a href='/news/arrest'>the driver was arrested</a> on Monday.",
        "The harbour road <a href='/news/road'>will stay closed until Friday</a>.",
        "The council <a href='/news/fund'>set up a fund for the families</a>.",
    ]
    two = _page(f"<h3>What we know</h3>{_list(points)}")
    assert teaser_list_lines(PageMarkup(two.tree), two.url) == frozenset()
