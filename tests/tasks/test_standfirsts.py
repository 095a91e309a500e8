"""A standfirst set beside the headline leaves the body's first line (tasks.standfirsts); a lead
set straight after the headline among the story's paragraphs, or in a container the story goes
on in after an ad slot, stays. Pages written for these tests."""

from __future__ import annotations

from tasks.extract import extract_page
from tasks.page import ParsedPage
from tasks.standfirsts import without_standfirst

DEK = "Die Verlängerung nach Neuhausen soll 2029 fertig sein – doch Anwohner kündigen Widerstand an"
STORY = [
    "Der Stadtrat hat am Dienstagabend beschlossen, die Straßenbahnlinie 7 zu verlängern.",
    "Die 3,4 Kilometer lange Strecke soll rund 86 Millionen Euro kosten, hieß es im Rathaus.",
    "Bund und Land übernehmen etwa drei Viertel der Kosten, die Stadt den Rest.",
]
TITLE = "Stadtrat beschließt Ausbau der Linie 7"


def _body(article: str) -> list[str]:
    html = (
        "<!doctype html><html lang='de'><head><meta charset='utf-8'>"
        f"<title>{TITLE} | Rhein-Kurier</title></head><body><main>{article}</main></body></html>"
    )
    return extract_page(ParsedPage(html, "https://rk.example/lokales/linie-7")).body.splitlines()


def _paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in STORY)


def test_a_standfirst_in_the_header_leaves_the_body() -> None:
    article = (
        f"<article><header><h1>{TITLE}</h1><p class='lead-text'>{DEK}</p>"
        "<div class='meta'>Katrin Vogel · 12.03.2025</div></header>"
        f"<div class='content'>{_paragraphs()}</div></article>"
    )
    assert _body(article) == STORY


def test_a_lead_among_the_paragraphs_after_the_headline_stays() -> None:
    article = f"<article><h1>{TITLE}</h1><p>{DEK}.</p>{_paragraphs()}</article>"
    assert _body(article) == [DEK + ".", *STORY]


def test_a_lead_in_a_container_the_story_goes_on_in_after_an_ad_stays() -> None:
    texts = "".join(f"<div class='text'><p>{p}</p></div><div class='ad'></div>" for p in STORY)
    article = f"<article><h1>{TITLE}</h1>{texts}</article>"
    assert _body(article) == STORY


def test_the_headline_is_found_by_the_extractors_title_when_the_displayed_one_is_no_h1() -> None:
    # a live blog: the title read first is a post's heading, the extractor's is the <h1>
    html = (
        f"<html><body><div class='live'><header><h1>{TITLE}</h1><p class='summary'>{DEK}</p>"
        "<div class='meta'>Redaktion</div></header><div class='feed'><h2>Rat stimmt zu</h2>"
        f"{_paragraphs()}</div></div></body></html>"
    )
    tree = ParsedPage(html, "https://rk.example/live").tree
    lines = [DEK, "Rat stimmt zu", *STORY]
    assert without_standfirst(lines, tree, ["Rat stimmt zu", TITLE]) == lines[1:]
