"""Another story's headline set among the paragraphs as one link and nothing else leaves the
body; a paragraph with a link inside it, and a link that is a sentence, stay. Pages written for
these tests."""

from __future__ import annotations

from tasks.extract import extract_page
from tasks.linked_teasers import drop_linked_headlines, linked_headlines
from tasks.page import ParsedPage

STORY = [
    "The Harlow Bay council voted on Tuesday to rebuild the harbour wall before next winter.",
    "Engineers said the wall had moved four centimetres since the storms of last February.",
    "The mayor, Ilse Moran, said the <a href='/harbour-plan'>harbour plan</a> would cost less "
    "than the repairs the town paid for after the last flood.",
    "<a href='/docs/report.pdf'>The full engineers' report is published on the council site.</a>",
    "Work is due to start in April and to finish by the end of October, the council said.",
]
TEASER = "<a href='/news/tarvik-ferry'>Tarvik ferry returns after two-month repair</a>"
PAGE = (
    "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Harbour wall to be "
    "rebuilt</title></head><body><article><h1>Harbour wall to be rebuilt</h1>"
    + "".join(f"<p>{p}</p>" for p in STORY[:2])
    + f"<p>{TEASER}</p>"
    + "".join(f"<p>{p}</p>" for p in STORY[2:])
    + "</article></body></html>"
)


def test_a_linked_headline_among_the_paragraphs_leaves_the_body() -> None:
    body = extract_page(ParsedPage(PAGE, "https://harlow.example/news/harbour-wall")).body
    assert "Tarvik ferry returns after two-month repair" not in body
    assert "harbour plan would cost less" in body
    assert "The full engineers' report is published on the council site." in body
    assert len(body.splitlines()) == len(STORY)


def test_only_whole_headline_like_links_count() -> None:
    page = ParsedPage(PAGE, "https://harlow.example/news/harbour-wall")
    assert linked_headlines(page.tree) == {"Tarvik ferry returns after two-month repair"}
    lines = ["Tarvik ferry returns after two-month repair", "Tarvik ferry returns after repair."]
    assert drop_linked_headlines(lines, linked_headlines(page.tree)) == lines[1:]
