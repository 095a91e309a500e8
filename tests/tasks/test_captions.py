"""A caption beside a picture that repeats the picture's alternative text leaves the body; a
heading beside it, and the same words elsewhere in the story, stay. Pages written for these
tests."""

from __future__ import annotations

from tasks.captions import alt_captions
from tasks.extract import extract_page
from tasks.markup import PageMarkup
from tasks.page import ParsedPage

STORY = [
    "The Kestrel valley railway reopened on Saturday after a landslide closed it for a year.",
    "Engineers built a concrete wall along two kilometres of the cutting above the village.",
    "The first train carried the mayor, forty schoolchildren and the driver who last ran it.",
    "The line will run six trains a day until the summer timetable begins in June.",
]
CAPTION = "The first train crosses the Kestrel viaduct"


def _page(inner: str) -> ParsedPage:
    html = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Valley line reopens"
        "</title></head><body><main><article><h1>Valley line reopens</h1><div class='text'>"
        f"{inner}</div></article></main></body></html>"
    )
    return ParsedPage(html, "https://kestrel.example/news/valley-line")


def test_a_caption_repeating_the_pictures_alt_leaves_the_body() -> None:
    picture = (
        f"<div class='pic'><div class='img'><img src='/v.jpg' alt='{CAPTION}'><noscript>"
        f"<img src='/v.jpg'></noscript></div><br><span class='small'>{CAPTION}</span></div>"
    )
    page = _page(
        "".join(f"<p>{p}</p>" for p in STORY[:2])
        + picture
        + "".join(f"<p>{p}</p>" for p in STORY[2:])
    )
    assert extract_page(page).body.splitlines() == STORY


def test_a_heading_beside_the_picture_and_words_away_from_it_stay() -> None:
    heading = "Six trains a day until June"
    line = "The mayor on the footplate of the first train"
    inner = (
        f"<p>{STORY[0]}</p><h2>{heading}</h2><img src='/a.jpg' alt='{heading}'>"
        f"<p>{STORY[1]}</p><img src='/b.jpg' alt='{line}'><p>{STORY[2]}</p><p>{line}</p>"
    )
    assert alt_captions(PageMarkup(_page(inner).tree)) == frozenset()
