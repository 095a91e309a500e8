"""Another story's headline set among the paragraphs as one link and nothing else leaves the
body; a paragraph with a link inside it, and a link that is a sentence, stay. Pages written for
these tests."""

from __future__ import annotations

import lxml.html
import pytest

from tasks import linked_teasers, markup
from tasks.extract import extract_page
from tasks.linked_teasers import drop_linked_headlines, linked_headlines
from tasks.markup import PageMarkup
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
    teasers = linked_headlines(PageMarkup(page.tree), page.url)
    assert teasers == {"Tarvik ferry returns after two-month repair"}
    lines = ["Tarvik ferry returns after two-month repair", "Tarvik ferry returns after repair."]
    assert drop_linked_headlines(lines, teasers) == lines[1:]


def _page(blocks: str) -> ParsedPage:
    html = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Bridge to reopen"
        "</title></head><body><main><article><h1>Bridge to reopen</h1><div class='body'>"
        f"{blocks}</div></article></main></body></html>"
    )
    return ParsedPage(html, "https://kestrel.example/news/bridge")


BRIDGE = [
    "The Kestrel river bridge will reopen to cars on Monday after fourteen months of repairs.",
    "Engineers replaced all four steel bearings and resurfaced the deck, the county said.",
    "Buses will return to the bridge a week later, once the new timetable starts.",
    "The repairs cost 18 million pounds, two million more than the county had planned.",
    "A footbridge built as a stopgap will be taken down by the end of the summer.",
]


def test_a_teaser_cards_summary_leaves_the_body_with_its_headline() -> None:
    card = (
        "<div class='card'><p><a href='/news/ferry-fares'>Ferry fares to rise in July</a></p>"
        "<p>Commuters will pay eight per cent more from the summer.</p></div>"
        "<div class='card'><a href='/news/depot'><h3>Bus depot to move out of town</h3></a>"
        "<p>The move frees the riverside site for housing.</p></div>"
    )
    page = _page(
        "".join(f"<p>{p}</p>" for p in BRIDGE[:2])
        + card
        + "".join(f"<p>{p}</p>" for p in BRIDGE[2:])
    )
    body = extract_page(page).body
    assert "Commuters will pay" not in body
    assert "frees the riverside site" not in body
    assert body.splitlines() == BRIDGE


def test_a_box_with_a_label_and_linked_headlines_leaves_the_body() -> None:
    box = (
        "<section class='inline'><p><strong>Mer från regionen</strong></p><p>"
        "<a href='/n/1'>Hamnen får tre nya kranar</a></p>"
        "<p>Kranarna kommer i maj och kostar 90 miljoner.</p></section>"
    )
    page = _page(
        "".join(f"<p>{p}</p>" for p in BRIDGE[:3])
        + box
        + "".join(f"<p>{p}</p>" for p in BRIDGE[3:])
    )
    assert extract_page(page).body.splitlines() == BRIDGE


def test_a_short_label_before_one_headline_link_leaves_the_body_whatever_its_words() -> None:
    teasers = (
        "<p>À LIRE AUSSI. <a href='/n/2'>Les clubs de natation cherchent des bassins</a></p>"
        "<div><span>İLGİLİ HABER</span> <a href='/n/3'>Sahil yolunda yeni düzenleme</a></div>"
    )
    page = _page(
        "".join(f"<p>{p}</p>" for p in BRIDGE[:2])
        + teasers
        + "".join(f"<p>{p}</p>" for p in BRIDGE[2:])
    )
    assert extract_page(page).body.splitlines() == BRIDGE


def test_a_labelled_link_whose_label_the_extractor_dropped_leaves() -> None:
    teaser = (
        "<p><span class='related-label'>RELATED:</span> <a href='https://www.kestrel.example/"
        "n/4'>Gov. Tom Ellis unveils bridge toll plan</a></p>"
    )
    page = _page(
        "".join(f"<p>{p}</p>" for p in BRIDGE[:2])
        + teaser
        + "".join(f"<p>{p}</p>" for p in BRIDGE[2:])
    )
    assert extract_page(page).body.splitlines() == BRIDGE


def test_story_paragraphs_with_links_and_short_story_chunks_stay() -> None:
    story = [
        "Applications are open on the <a href='/rebate'>state energy office website</a> "
        "until June 30.",
        "Read the <a href='/rules.pdf'>full eligibility rules</a> before applying.",
        "Details: <a href='/rules.pdf'>Read the full eligibility rules first.</a>",
    ]
    # a story split into chunks: a linked headline opening a chunk does not take the
    # long paragraph after it, nor a paragraph before it
    chunk = (
        f"<div class='chunk'><p>{BRIDGE[0]}</p><p><a href='/n/4'>County budget passes "
        f"on third attempt</a></p></div><div class='chunk'><p>{BRIDGE[1]}</p></div>"
    )
    page = _page(chunk + "".join(f"<p>{p}</p>" for p in story + BRIDGE[2:]))
    body = extract_page(page).body.splitlines()
    assert BRIDGE[0] in body
    assert BRIDGE[1] in body
    assert "Applications are open on the state energy office website until June 30." in body
    assert "Read the full eligibility rules before applying." in body
    assert "Details: Read the full eligibility rules first." in body


def test_links_to_other_sites_and_to_files_are_sources_and_stay() -> None:
    cited = [
        "Fuente: <a href='/docs/plan-movilidad.pdf'>Plan de movilidad urbana 2025-2030</a>",
        "Data: <a href='https://stats.example.org/bridges'>National bridge condition survey</a>",
    ]
    tools = (
        "<div class='tool'><h3><a href='https://bridgewatch.example.org'>Bridge Watch "
        "Online Map</a></h3><p>Lists every bridge closure in the county.</p></div>"
    )
    page = _page("".join(f"<p>{p}</p>" for p in BRIDGE[:2] + cited) + tools)
    found = linked_headlines(PageMarkup(page.tree), page.url)
    assert not found & {
        "Fuente: Plan de movilidad urbana 2025-2030",
        "Data: National bridge condition survey",
        "Lists every bridge closure in the county.",
    }


def test_a_bracketed_label_before_a_japanese_headline_leaves() -> None:
    teaser = "<p>【こちらも】<a href='/news/ekimae'>駅前再開発ビル、来月全面開業</a></p>"
    page = _page("".join(f"<p>{p}</p>" for p in BRIDGE[:2]) + teaser)
    assert "【こちらも】駅前再開発ビル、来月全面開業" in linked_headlines(
        PageMarkup(page.tree), page.url
    )


def test_a_box_whose_links_are_a_list_under_a_label_leaves_whole() -> None:
    box = (
        "<div class='news_box'><p>이 기사와 함께 보면 좋은 뉴스</p><ul>"
        "<li><a href='/n/1'>시립도서관 야간 개관 연장</a></li>"
        "<li><a href='/n/2'>문화예술회관 리모델링 착수</a></li></ul></div>"
    )
    page = _page("".join(f"<p>{p}</p>" for p in BRIDGE[:3]) + box + f"<p>{BRIDGE[3]}</p>")
    assert "이 기사와 함께 보면 좋은 뉴스" in linked_headlines(PageMarkup(page.tree), page.url)


def test_a_list_of_linked_headlines_and_cards_that_are_articles_leave() -> None:
    listed = (
        "<ul><li><a href='/news/ferry'><u>Ferry returns after two-month repair</u></a></li>"
        "<li><a href='/news/quay'><u>Photos: the old quay before the storm</u></a></li></ul>"
    )
    cards = (
        "<div class='promos'><article class='promo'><a href='/news/rail'><img src='/r.jpg'>"
        "<h3>Rail line to close for a month of works</h3></a></article>"
        "<article class='promo'><a href='/news/port'><h3>Port traffic doubles in a decade"
        "</h3></a></article></div>"
    )
    before, after = ("".join(f"<p>{p}</p>" for p in part) for part in (BRIDGE[:3], BRIDGE[3:]))
    page = _page(before + listed + after + cards)
    teasers = linked_headlines(PageMarkup(page.tree), page.url)
    # the extractor writes a list item with a mark before it
    lines = [BRIDGE[0], "- Ferry returns after two-month repair", BRIDGE[1]]
    assert drop_linked_headlines(lines, teasers) == [BRIDGE[0], BRIDGE[1]]
    assert {
        "Rail line to close for a month of works",
        "Port traffic doubles in a decade",
    } <= teasers


def test_the_text_measured_grows_with_the_page_not_with_its_teasers_times_the_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every teaser's box is weighed against the element that holds it, and a page's teasers
    share that element: its text is measured once per page, not once per teaser (a page of a
    few thousand cards took seconds, quadratically). Counted in characters read, not timed."""
    measured = 0
    text = markup.element_text

    def counting(el: lxml.html.HtmlElement) -> str:
        nonlocal measured
        found = text(el)
        measured += len(found)
        return found

    monkeypatch.setattr(markup, "element_text", counting)

    def read_for(cards: int) -> int:
        nonlocal measured
        measured = 0
        boxes = "".join(
            f"<div><p><a href='/news/{i}'>Harlow Bay story number {i} today</a></p></div>"
            for i in range(cards)
        )
        page = f"<html><body><article>{''.join(f'<p>{p}</p>' for p in STORY)}{boxes}</article>"
        tree = lxml.html.fromstring(page + "</body></html>")
        linked_headlines(PageMarkup(tree), "https://h.example/a")
        return measured

    small, large = read_for(200), read_for(800)
    assert large < 5 * small  # four times the cards: about four times the reading, not sixteen


def test_a_card_that_links_only_its_picture_leaves_with_its_label_headline_and_summary() -> None:
    cards = (
        "<div class='tile'><a href='/news/ferry-fares'><img src='/i/1.jpg' alt=''></a>"
        "<div class='tile-body'><span>Transport</span><h4>Ferry fares to rise in July</h4>"
        "<p>Commuters will pay eight per cent more from the summer, the operator said on Friday."
        "</p></div></div><div class='tile'><a href='https://www.kestrel.example/news/depot'><picture>"
        "<img src='/i/2.jpg'></picture></a><p>Bus depot to move out of town</p><p>The move frees "
        "the riverside site for about four hundred new homes.</p></div>"
    )
    page = _page(
        "".join(f"<p>{p}</p>" for p in BRIDGE[:2])
        + cards
        + "".join(f"<p>{p}</p>" for p in BRIDGE[2:])
    )
    assert extract_page(page).body.splitlines() == BRIDGE


def test_a_storys_picture_and_its_caption_sentence_stay() -> None:
    caption = "Engineers lift one of the old bearings out of the deck in March."
    figures = (
        # a caption that is a sentence; a picture linking to the picture itself
        f"<figure><a href='/gallery/bridge'><img src='/i/3.jpg'></a><p>{caption}</p></figure>"
        "<div><a href='/i/4.jpg'><img src='/i/4.jpg'></a><p>The new deck seen from the west "
        "bank</p></div>"
    )
    page = _page(
        "".join(f"<p>{p}</p>" for p in BRIDGE[:2])
        + figures
        + "".join(f"<p>{p}</p>" for p in BRIDGE[2:])
    )
    body = extract_page(page).body.splitlines()
    assert caption not in linked_headlines(PageMarkup(page.tree), page.url)
    assert "The new deck seen from the west bank" not in linked_headlines(
        PageMarkup(page.tree), page.url
    )
    assert all(p in body for p in BRIDGE)


def test_a_headline_link_standing_between_the_paragraphs_leaves_and_a_sources_link_stays() -> None:
    # an interstitial link: no paragraph around it, the link alone between two blocks
    interstitial = (
        "<a class='more' href='/news/ferry-pier'>Ferry pier to close for winter repairs</a>"
    )
    # a link with the story's text after it, in a container of its own, is the story's
    told = (
        "<div><a href='/news/tolls'>County tolls report of last year</a> found the same gap "
        "in the bridge budget.</div>"
    )
    page = _page(
        "".join(f"<p>{p}</p>" for p in BRIDGE[:2])
        + interstitial
        + "".join(f"<p>{p}</p>" for p in BRIDGE[2:4])
        + told
        + f"<p>{BRIDGE[4]}</p>"
    )
    found = linked_headlines(PageMarkup(page.tree), page.url)
    assert "Ferry pier to close for winter repairs" in found
    assert not any("County tolls" in text for text in found)
    body = extract_page(page).body.splitlines()
    assert "Ferry pier to close for winter repairs" not in body
    assert all(p in body for p in BRIDGE)


def test_cards_that_script_makes_links_leave_and_a_storys_block_with_an_address_stays() -> None:
    cards = (
        # the whole card clickable through script, no <a>: an address in data-href …
        "<div class='promo' data-href='/news/ferry-fares' onclick='go(this)'><span>Transport"
        "</span><h3>Ferry fares to rise in July</h3><p>Commuters will pay eight per cent more."
        "</p></div>"
        # … or quoted in the onclick, under a label, titles only
        "<div class='list'><p>Most popular</p><div onclick=\"location.href='/news/depot'\"><p>"
        "Bus depot to move out of town</p></div><div onclick=\"location.href='/news/tolls'\">"
        "<p>Tolls on the ring road frozen again</p></div></div>"
    )
    # a story's quotation kept with its source's address: a sentence, no headline
    quote = (
        "<div class='embed' data-url='/news/bridge-hearing'><p>“We will not let the bridge "
        "close for a third winter,” the council leader told the hearing.</p></div>"
    )
    page = _page(
        "".join(f"<p>{p}</p>" for p in BRIDGE[:2])
        + cards
        + "".join(f"<p>{p}</p>" for p in BRIDGE[2:4])
        + quote
        + f"<p>{BRIDGE[4]}</p>"
    )
    found = linked_headlines(PageMarkup(page.tree), page.url)
    assert {"Ferry fares to rise in July", "Tolls on the ring road frozen again"} <= found
    assert not any("third winter" in text for text in found)
    body = extract_page(page).body.splitlines()
    assert not any("Ferry fares" in line or "Bus depot" in line for line in body)
    assert all(p in body for p in BRIDGE)


def test_a_boxs_text_between_its_blocks_leaves_as_one_line() -> None:
    # two store links side by side under the pitch: the extractor writes them as one line
    box = lxml.html.fragment_fromstring(
        "<div><p>Get our alerts on your phone.</p><a href='/ios'>App Store</a> "
        "<a href='/android'>Google Play</a></div>"
    )
    assert "App Store Google Play" in linked_teasers.box_texts(box, PageMarkup(box))


def test_a_labelled_link_followed_by_its_storys_summary_leaves() -> None:
    teasers = (
        "<p><strong>Related:</strong> <a href='/n/5'>County weighs a second river crossing</a>"
        " — Planners said on Friday that traffic on the Kestrel bridge has doubled since 2010.</p>"
        "<p><b>Lesen Sie auch:</b> <a href='/n/6'>Fähre nach Kestrel fährt wieder</a>: Die "
        "Reederei setzt ab Montag zwei Schiffe ein.</p>"
    )
    page = _page(
        "".join(f"<p>{p}</p>" for p in BRIDGE[:2])
        + teasers
        + "".join(f"<p>{p}</p>" for p in BRIDGE[2:])
    )
    assert extract_page(page).body.splitlines() == BRIDGE


def test_a_labelled_link_that_the_storys_sentence_goes_on_from_stays() -> None:
    story = [
        "<b>Update:</b> <a href='/n/7'>Police name the driver in the bridge crash</a> after "
        "speaking to his family, the county said on Sunday.",
        "<b>Earlier:</b> <a href='https://www.roads-agency.example/n/8'>Agency closes the bridge "
        "to lorries</a> — the agency's notice gives no date for reopening.",
    ]
    page = _page("".join(f"<p>{p}</p>" for p in BRIDGE[:2] + story + BRIDGE[2:]))
    texts = [lxml.html.fragment_fromstring(p, create_parent="p").text_content() for p in story]
    assert extract_page(page).body.splitlines() == BRIDGE[:2] + texts + BRIDGE[2:]


def test_a_numbered_pick_linked_to_its_page_with_its_words_stays() -> None:
    picks = [
        "<b>1.</b> <a href='/n/9'>The Riverside Inn at Kestrel</a> — Rooms face the bridge, and "
        "breakfast is served until noon.",
        "<b>2.</b> <a href='/n/10'>Harbour Street fish market</a>: Open every morning but Monday.",
    ]
    page = _page("".join(f"<p>{p}</p>" for p in BRIDGE[:2] + picks + BRIDGE[2:]))
    texts = [lxml.html.fragment_fromstring(p, create_parent="p").text_content() for p in picks]
    assert extract_page(page).body.splitlines() == BRIDGE[:2] + texts + BRIDGE[2:]


STREAM_SUMMARIES = [
    "The former harbour master, who ran the port for thirty years and oversaw the building of "
    "the new ferry terminal, died at home on Tuesday, his family said. He had been ill since the "
    "spring. Colleagues remembered him as a patient man who knew every captain by name and "
    "every tide by heart, and who",
    "Fishermen in the bay landed the largest catch of herring in a decade this week, the "
    "co-operative said on Wednesday, and prices at the Kestrel market fell by a third as buyers "
    "from three counties arrived early. The co-operative expects the run to last until the end "
    "of the month, weather",
    "A storm that crossed the coast overnight brought down power lines in four villages and "
    "closed the coast road for six hours. Crews from the county worked through the night, and "
    "by morning all but two hundred homes had their power back, the utility said in a short "
    "statement on its site",
]


def _stream_card(n: int, summary: str) -> str:
    return (
        f"<li class='item'>\n<a href='/news/{n}'><img src='/i/{n}.jpg'></a>\n<div><h3>"
        f"<a href='/news/{n}'>Kestrel story number {n} in the stream</a></h3>\n<p>{summary}</p>"
        "\n</div>\n<span class='source'>Kestrel Post</span>\n</li>"
    )


def test_a_stream_of_teaser_cards_leaves_even_with_long_summaries() -> None:
    stream = "".join(_stream_card(n, s) for n, s in enumerate(STREAM_SUMMARIES))
    page = _page(
        "".join(f"<p>{p}</p>" for p in BRIDGE)
        + f"<h2>Recommended for you</h2><ul class='stream'>{stream}</ul>"
    )
    body = extract_page(page).body
    assert all(summary[:40] not in body for summary in STREAM_SUMMARIES)
    assert BRIDGE[-1] in body


def test_two_cards_and_a_list_whose_items_hold_the_storys_paragraphs_stay() -> None:
    two = "".join(_stream_card(n, s) for n, s in enumerate(STREAM_SUMMARIES[:2]))
    # a list of the story's picks: each item links its name and says two paragraphs of it
    picks = "".join(
        f"<li><h3><a href='/places/{n}'>The harbour cafe number {n}</a></h3><p>{s}</p>"
        f"<p>{BRIDGE[n]}</p></li>"
        for n, s in enumerate(STREAM_SUMMARIES)
    )
    for blocks in (f"<ul>{two}</ul>", f"<ul>{picks}</ul>"):
        body = extract_page(_page("".join(f"<p>{p}</p>" for p in BRIDGE) + blocks)).body
        assert STREAM_SUMMARIES[0][:40] in body


def test_a_teaser_set_inside_a_paragraph_leaves_the_paragraph_whole() -> None:
    inside = (
        f"<p>{STREAM_SUMMARIES[0]} <aside class='related'><h4>Related</h4><h5><a "
        "href='/news/x'>Is the harbour board hiding its accounts?</a></h5></aside></p>"
    )
    body = extract_page(_page("".join(f"<p>{p}</p>" for p in BRIDGE) + inside * 3)).body
    assert STREAM_SUMMARIES[0][:40] in body
