"""Paywall, subscription and appeal boxes leave the body because their button leads to one of the
site's own service pages, whatever their words (tasks.offer_boxes); a fact box, a story's links
and teasers stay as they were. Pages written for these tests."""

from __future__ import annotations

import pytest

from tasks.extract import extract_page
from tasks.markup import PageMarkup
from tasks.offer_boxes import offer_box_lines
from tasks.page import ParsedPage

STORY = [
    "Kommunfullmäktige beslutade på måndagskvällen att sälja det gamla hamnmagasinet.",
    "Köparen, fastighetsbolaget Kajen AB, betalar 41 miljoner kronor för huset.",
    "Bolaget vill bygga om magasinet till bostäder, kontor och en saluhall vid kajen.",
]
URL = "https://www.vastkusten.example/nyheter/2025/03/04/hamnmagasinet-saljs"


def _page(inner: str) -> ParsedPage:
    html = (
        "<!doctype html><html lang='sv'><head><meta charset='utf-8'><title>Hamnmagasinet säljs"
        "</title></head><body><main><article><h1>Hamnmagasinet säljs</h1><div class='body'>"
        f"{inner}</div></article></main></body></html>"
    )
    return ParsedPage(html, URL)


def _story() -> str:
    return "".join(f"<p>{p}</p>" for p in STORY)


@pytest.mark.parametrize(
    "box",
    [
        # a paywall after the teaser: its button a link between the box's blocks
        "<div class='pw'><p>Det här är en låst artikel</p><p>Bli prenumerant för att läsa "
        "vidare. Första månaden kostar 1 krona.</p><a href='/prenumerera'>Prenumerera</a>"
        "<p>Redan prenumerant? <a href='/logga-in'>Logga in</a></p></div>",
        # an appeal whose button is its own paragraph, to an address with a query
        "<aside><p>Vi är en oberoende lokaltidning som finansieras av våra läsare.</p>"
        "<p><a href='https://www.vastkusten.example/stod-oss?ref=artikel'>Stöd oss</a></p></aside>",
        # a members' portal reached by a fragment on the home page
        "<aside class='cta'><p>Den här artikeln är gratis tack vare våra medlemmar.</p>"
        "<a href='/#/portal/signup'>Bli medlem</a></aside>",
    ],
)
def test_an_offer_box_leaves_the_body_by_where_its_button_leads(box: str) -> None:
    assert extract_page(_page(_story() + box)).body.splitlines() == STORY


@pytest.mark.parametrize(
    "inner",
    [
        # a fact box ends with a link to its section: a list makes it the story's
        "<div class='fakta'><h3>Fakta: hamnmagasinet</h3><ul><li>Byggt 1898</li>"
        "<li>Yta: 4 200 kvadratmeter</li></ul><p><a href='/hamnen'>Hamnen</a></p></div>",
        # a story's link inside its sentence
        "<div class='p'><p>Mer om planerna finns på <a href='/planer'>planer</a> hos kommunen "
        "och i handlingarna till mötet.</p></div>",
    ],
)
def test_a_box_of_the_story_or_a_link_in_a_sentence_stays(inner: str) -> None:
    page = _page(_story() + inner)
    assert page.tree is not None
    assert offer_box_lines(PageMarkup(page.tree), URL) == frozenset()


def test_a_teaser_to_another_story_or_another_sites_page_is_no_offer() -> None:
    inner = (
        "<div class='x'><p>Läs också:</p><a href='/nyheter/2025/03/01/kajen-ny-detaljplan'>"
        "Ny plan</a></div><div class='y'><p>Källa:</p><a href='https://www.scb.example/statistik'>"
        "SCB</a></div>"
    )
    tree = _page(_story() + inner).tree
    assert tree is not None
    assert offer_box_lines(PageMarkup(tree), URL) == frozenset()
