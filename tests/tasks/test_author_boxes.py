"""A box about the author at the end of the story leaves the body, its biography with it, because
it links to the author and holds a sentence naming them; the byline beside the headline, and the
story's own sentences naming a person, stay. Pages written for these tests."""

from __future__ import annotations

from tasks.author_boxes import author_box_lines
from tasks.extract import extract_page
from tasks.markup import PageMarkup
from tasks.page import ParsedPage

STORY = [
    "The Orrin Valley school board voted on Monday to close two of its four rural schools.",
    "About 140 pupils will move to the district's new campus in Brenford from September.",
    "Parents at the meeting asked for a later start time to cover the longer bus rides.",
    "Board chair Lotte Varga said the savings would pay for six more teachers.",
]
BOX = (
    "<div class='wrap-7'><div class='w7-img'><img src='/a/ng.jpg' alt=''></div><div "
    "class='w7-name'><a href='/staff/nora-gale'>Nora Gale</a></div><div class='w7-txt'><p>Nora "
    "writes about schools and county politics for the Courier.</p></div></div>"
)


def _page(inner: str) -> str:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><meta name='author' "
        "content='Nora Gale'><title>Board closes two schools</title></head><body><main><article>"
        "<header><h1>Board closes two schools</h1><p class='by'>By <a href='/staff/nora-gale'>"
        "Nora Gale</a></p></header><div class='text'>"
        f"{inner}</div></article></main></body></html>"
    )


def test_an_author_box_with_a_first_name_biography_leaves_the_body() -> None:
    page = ParsedPage(
        _page("".join(f"<p>{p}</p>" for p in STORY) + BOX),
        "https://courier.example/news/schools",
    )
    assert extract_page(page).body.splitlines() == STORY


def test_a_byline_and_the_storys_sentences_naming_a_person_stay() -> None:
    # a small block linking a person named in the story is no author box
    quote = (
        "<div class='aside'><p><a href='/people/lotte-varga'>Lotte Varga</a></p><p>Varga has "
        "chaired the board since 2019.</p></div>"
    )
    page = ParsedPage(
        _page("".join(f"<p>{p}</p>" for p in STORY) + quote),
        "https://courier.example/news/schools",
    )
    assert author_box_lines(PageMarkup(page.tree), ["Nora Gale"]) == frozenset()
