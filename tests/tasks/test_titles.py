"""Headlines as the page displays them, SEO titles apart, site names off in any script."""

from __future__ import annotations

import lxml.html
import pytest

from tasks.page import ParsedPage
from tasks.titles import (
    Signal,
    SiteNames,
    TitleChoice,
    choose_title,
    confirms,
    normalise_title,
    page_host_labels,
    split_title,
    strip_site_name,
    title_key,
    title_size,
    trim_separators,
    url_slug,
)

URL = "https://news.example/story"


def _choose(html: str, url: str = URL, fallback: str | None = None) -> TitleChoice:
    return choose_title(ParsedPage(html, url), fallback)


def _headline(html: str, url: str = URL) -> str | None:
    return _choose(html, url).title


def _titled(title: str, h1: str, og: str | None = None, site: str | None = None) -> str:
    head = f"<title>{title}</title>"
    if og:
        head += f'<meta property="og:title" content="{og}">'
    if site:
        head += f'<meta property="og:site_name" content="{site}">'
    return f"<html><head>{head}</head><body><h1>{h1}</h1><p>text</p></body></html>"


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}<p>text</p></body></html>"


# ---------------------------------------------------------------------------------------------
# The displayed headline


def test_title_is_the_headline_confirmed_by_the_title_tag() -> None:
    html = _titled("Ceasefire holds in the north | Ledger", "Ceasefire holds in the north")
    assert _choose(html) == TitleChoice("Ceasefire holds in the north", None)


def test_a_logo_h1_is_not_the_headline() -> None:
    html = _titled("Weitere Digitalisierung der Kinos - Time 4 talks", "Time 4 talks")
    assert _headline(html) == "Weitere Digitalisierung der Kinos"


def test_site_name_is_dropped_from_either_end_and_inner_dashes_kept() -> None:
    html = _titled("Ledger | Talks resume – a week later", "Ledger", site="Ledger")
    assert _headline(html) == "Talks resume – a week later"


def test_the_displayed_h1_beats_a_reworded_seo_title_which_is_kept_apart() -> None:
    html = _page(
        "<title>Merkel warns of a second wave as cases rise | Ledger</title>"
        '<meta property="og:title" content="Merkel warns of a second wave as cases rise">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Merkel warns of a second wave as cases rise"}</script>',
        '<article><h1 class="article-title">Chancellor: “The second wave is coming”</h1></article>',
    )
    assert _choose(html) == TitleChoice(
        "Chancellor: “The second wave is coming”",
        "Merkel warns of a second wave as cases rise",
    )


def test_headline_and_json_ld_beat_a_reworded_social_title() -> None:
    html = _page(
        "<title>Dubai: the largest plant - Solar News</title>"
        '<meta property="og:title" content="Dubai: the largest plant - Solar News">'
        '<meta property="og:site_name" content="Solar News">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Largest solar plant rises in Dubai"}</script>',
        "<article><h1>Largest solar plant rises in Dubai</h1></article>",
    )
    assert _choose(html) == TitleChoice(
        "Largest solar plant rises in Dubai", "Dubai: the largest plant"
    )


def test_an_unmarked_heading_nothing_confirms_is_not_the_headline() -> None:
    html = _page(
        "<title>Talks resume in Doha after a week | Ledger</title>",
        "<h1>Support our journalism with a small donation!</h1>",
    )
    assert _headline(html) == "Talks resume in Doha after a week"


def test_a_marked_heading_sharing_no_words_with_the_titles_is_not_the_headline() -> None:
    html = _page(
        "<title>Talks resume in Doha after a week | Ledger</title>",
        '<article><h1 class="box-title">Subscribe to our newsletter today</h1></article>',
    )
    assert _headline(html) == "Talks resume in Doha after a week"


def test_microdata_marks_the_headline_element_when_there_is_no_h1() -> None:
    html = _page(
        "<title>Talks resume | Ledger</title>"
        '<meta property="og:title" content="Talks resume in Doha: what we know">',
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        '<div itemprop="headline">Talks resume in Doha after a week of silence</div></div>',
    )
    assert _headline(html) == "Talks resume in Doha after a week of silence"


def test_the_only_h1_microdata_marks_is_the_headline_though_every_title_was_reworded() -> None:
    ld = '{"@type": "NewsArticle", "headline": "A1 chiusa tra Barberino e Calenzano: code"}'
    html = _page(
        "<title>A1 chiusa tra Barberino e Calenzano: code | Il Giornale</title>"
        f'<script type="application/ld+json">{ld}</script>',
        '<article><h1 itemprop="headline">Incidente sull\'A1, traffico bloccato verso Firenze'
        "</h1></article>",
    )
    assert _headline(html) == "Incidente sull'A1, traffico bloccato verso Firenze"
    html = _page(
        "<title>Border bill fails in Senate - The Daily</title>",
        '<h1 class="headline" itemprop="headline">Republicans block deal, leaving aid in limbo'
        "</h1>",
    )
    assert _headline(html) == "Republicans block deal, leaving aid in limbo"


def test_microdata_on_h1s_of_rival_texts_picks_none_of_them_unconfirmed() -> None:
    html = _page(
        "<title>Border bill fails in Senate - The Daily</title>",
        '<h1 itemprop="headline">Republicans block deal, leaving aid in limbo</h1>'
        '<h1 itemprop="headline">Weather: rain returns on Sunday</h1>',
    )
    assert _headline(html) == "Border bill fails in Senate"


def test_with_no_h1_an_article_block_with_a_headline_class_is_a_heading() -> None:
    # JSON-LD confirms the block against reworded social and tag titles
    ld = '{"@type": "NewsArticle", "headline": "الحكومة تعلن خطة جديدة لدعم الصادرات"}'
    html = _page(
        '<title>خطة لدعم الصادرات - أخبار اليوم</title><meta property="og:title" '
        f'content="خطة لدعم الصادرات"><script type="application/ld+json">{ld}</script>',
        '<article><div class="article-headline">الحكومة تعلن خطة جديدة لدعم الصادرات</div>'
        "</article>",
    )
    assert _headline(html) == "الحكومة تعلن خطة جديدة لدعم الصادرات"
    # under a logo <h1>, a block sharing words with a reworded title, a <br> inside it
    html = _page(
        "<title>Phone X Review | TechSite</title>",
        '<h1 class="brand"><a href="/">TechSite</a></h1><article><header>'
        '<div class="article-title">Phone X review: a great camera,<br>a weak battery</div>'
        "</header></article>",
    )
    assert _headline(html) == "Phone X review: a great camera, a weak battery"


def test_headline_class_blocks_that_are_links_subtitles_or_outside_the_article_are_not() -> None:
    head = (
        "<title>Neue Kita eröffnet | Kreisblatt</title>"
        '<meta property="og:title" content="Neue Kita in der Südstadt eröffnet heute">'
    )
    teaser = '<div class="teaser-title"><a href="/x">Neue Kita in der Südstadt eröffnet</a></div>'
    sub = '<div class="article-subtitle">Neue Kita in der Südstadt eröffnet</div>'
    outside = '<div class="card-title">Neue Kita in der Südstadt eröffnet</div>'
    for body in (f"<article>{teaser}</article>", f"<article>{sub}</article>", outside):
        assert _headline(_page(head, body)) == "Neue Kita in der Südstadt eröffnet heute"
    # the block itself, once it is the article's own text
    own = '<article><div class="article-title">Neue Kita in der Südstadt eröffnet</div></article>'
    assert _headline(_page(head, own)) == "Neue Kita in der Südstadt eröffnet"


_TEXT = (
    "<p>The works start on Monday and will last until the end of August, the city said.</p>"
    "<p>Residents can use the pools in the two neighbouring towns at the same price.</p>"
)


def test_a_headline_class_may_be_named_in_the_publishers_language() -> None:
    head = (
        "<title>Belediye otobüs filosunu yeniledi | Yerel Haber</title>"
        '<meta property="og:title" content="Belediye otobüs filosunu yeniledi">'
    )
    body = (
        '<article><div class="ust-baslik">Ulaşım</div>'
        '<div class="haber-baslik">Belediye 50 yeni otobüs aldı, seferler sıklaşıyor</div>'
        '<div class="alt-baslik">Yeni otobüsler haziranda yola çıkacak</div></article>'
    )
    assert _headline(_page(head, body)) == "Belediye 50 yeni otobüs aldı, seferler sıklaşıyor"
    # Hungarian: "cim" as a whole word of the class, not inside one ("decimal")
    head = "<title>Bezár az uszoda nyáron | Városi Hírek</title>"
    shown = "Bezár a városi uszoda nyári felújítás miatt"
    for cls, want in (("cikk-cim", shown), ("decimal", "Bezár az uszoda nyáron")):
        body = f'<article><div class="{cls}">{shown}</div></article>'
        assert _headline(_page(head, body)) == want


def test_a_headline_block_outside_any_article_counts_when_it_opens_the_text() -> None:
    head = (
        "<title>Pool closed this summer | Town Paper</title>"
        '<meta property="og:title" content="Pool closed this summer">'
    )
    body = (
        '<div class="wrapper"><div class="detail"><div class="story-title">The town pool closes '
        'for repairs all summer</div><div class="detail-text">' + _TEXT + "</div></div>"
        '<div class="side"><div class="widget-title">Most read</div><ul><li>Other</li></ul></div>'
        "</div>"
    )
    assert _headline(_page(head, body)) == "The town pool closes for repairs all summer"
    # a card's title after the story's text, or with a line after it, is no headline
    card = '<div class="card-title">The town pool closes for repairs all summer</div>'
    for body in (_TEXT + card + "<p>Read more.</p>", card + "<p>Read more.</p>"):
        assert _headline(_page(head, body)) == "Pool closed this summer"


def test_only_the_first_blocks_outside_an_article_are_read_for_the_text_they_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each try reads the page: a listing of many card titles must not read it once per card
    from tasks.titles import headings as headings_module
    from tasks.titles.patterns import MAX_LEAD_BLOCK_TRIES

    calls = []
    real = headings_module._leads_page_text

    def counted(el: object) -> bool:
        calls.append(el)
        return real(el)  # type: ignore[arg-type]

    monkeypatch.setattr(headings_module, "_leads_page_text", counted)
    cards = "".join(
        f'<div class="item"><span class="title">Card number {i} of the list</span><h3>x</h3></div>'
        for i in range(200)
    )
    assert _headline(_page("<title>Listing | Site</title>", cards)) == "Listing | Site"
    assert len(calls) <= MAX_LEAD_BLOCK_TRIES


def test_with_no_h1_the_marked_block_opening_the_text_beats_reworded_titles() -> None:
    head = (
        "<title>Kesäksi kiinni: uimahalli | Paikallislehti</title>"
        '<meta property="og:title" content="Kesäksi kiinni: uimahalli">'
    )
    body = (
        '<article><h2 class="article-title">Kaupungin uimahallia korjataan heinäkuusta '
        "elokuuhun</h2>" + _TEXT + "<h2>Mihin uimaan?</h2><p>Naapurikuntiin.</p></article>"
    )
    assert _headline(_page(head, body)) == "Kaupungin uimahallia korjataan heinäkuusta elokuuhun"
    # an <h2> nothing marks as a headline is a subheading of the body: the titles vote
    plain = body.replace(' class="article-title"', "")
    assert _headline(_page(head, plain)) == "Kesäksi kiinni: uimahalli"


_FEATURE_HEAD = (
    "<title>Ferry service ends after 90 years | Valley Weekly</title>"
    '<meta property="og:title" content="Ferry service ends after 90 years">'
)


def test_a_deck_sentence_between_the_headline_and_the_text_is_no_next_heading() -> None:
    deck = "<h2>For forty years one man carried the town across. On Sunday he stopped.</h2>"
    body = f'<div class="story"><h1>The Last Ferryman of Millbrook</h1>{deck}{_TEXT}</div>'
    assert _headline(_page(_FEATURE_HEAD, body)) == "The Last Ferryman of Millbrook"
    # so is a heading only screen readers see (a share box's)
    share = '<div class="share"><h3 class="sr-only">Share this story</h3><a href="#">X</a></div>'
    body = f'<div class="story"><h1>The Last Ferryman of Millbrook</h1>{share}{_TEXT}</div>'
    assert _headline(_page(_FEATURE_HEAD, body)) == "The Last Ferryman of Millbrook"
    # another story's headline after a box's <h1> is a next heading: the box leads nothing
    teaser = "<h2>Council votes to close two village schools</h2>"
    body = f'<div class="box"><h1>Sign up for our morning briefing</h1></div>{teaser}{_TEXT}'
    assert _headline(_page(_FEATURE_HEAD, body)) != "Sign up for our morning briefing"


def test_a_banner_caption_or_kicker_before_the_headline_is_no_text_it_follows() -> None:
    cookie = (
        '<div class="cookie-notice"><p>We use cookies to give you the best experience on our '
        "website. By continuing to browse you agree to our use of cookies.</p></div>"
    )
    body = f'{cookie}<div class="story"><h1>The Last Ferryman of Millbrook</h1>{_TEXT}</div>'
    assert _headline(_page(_FEATURE_HEAD, body)) == "The Last Ferryman of Millbrook"
    caption = (
        "<figure><img src='/a.jpg'><figcaption><p>The ferry at Millbrook landing, photographed "
        "in April, a few weeks before its very last crossing of the river.</p>"
        "</figcaption></figure>"
    )
    body = f'<div class="story">{caption}<h1>The Last Ferryman of Millbrook</h1>{_TEXT}</div>'
    assert _headline(_page(_FEATURE_HEAD, body)) == "The Last Ferryman of Millbrook"
    # inside the article, a kicker's line before the <h1>
    body = f'<article><p class="kicker">Long read</p><h1>The Last Ferryman of Millbrook</h1>{_TEXT}'
    assert _headline(_page(_FEATURE_HEAD, body + "</article>")) == "The Last Ferryman of Millbrook"
    # a standfirst set above the headline
    standfirst = (
        '<p class="standfirst">For forty years one man carried the whole town across the '
        "river, and on Sunday he made his very last crossing.</p>"
    )
    body = f'<div class="story">{standfirst}<h1>The Last Ferryman of Millbrook</h1>{_TEXT}</div>'
    assert _headline(_page(_FEATURE_HEAD, body)) == "The Last Ferryman of Millbrook"
    # the story's own text before it: a box's <h1> at the end of the article
    body = f"<article>{_TEXT}<h1>The Last Ferryman of Millbrook</h1><p>Sign up.</p></article>"
    assert _headline(_page(_FEATURE_HEAD, body)) == "Ferry service ends after 90 years"


def test_text_set_with_line_breaks_is_the_text_a_headline_opens() -> None:
    head = (
        "<title>동해 등대 무인화 완료 - 바다신문</title>"
        '<meta property="og:title" content="동해 등대 무인화 완료">'
    )
    text = (
        "시의회는 화요일 저녁 네 시간에 걸친 토론 끝에 표결을 진행했으며 많은 주민이 방청했다."
        "<br><br>관계자들은 내년 예산이 확정되면 봄에 계획을 다시 검토할 것이라고 밝혔다."
        "<br><br>주민들은 <b>다음 달</b> 공청회에서 의견을 내기로 했다."
    )
    body = (
        '<div class="news-view"><h1>등대지기가 남긴 마지막 일기</h1>'
        f'<div id="articleBody">{text}</div></div>'
    )
    assert _headline(_page(head, body)) == "등대지기가 남긴 마지막 일기"
    # a menu's links are no text: the <h1> after them still opens the page's text
    menu = '<div class="menu">' + "".join(f'<a href="/s{i}">정치 경제 사회</a>' for i in range(9))
    assert _headline(_page(head, menu + "</div>" + body)) == "등대지기가 남긴 마지막 일기"


def test_teaser_cards_above_the_headline_are_no_text_before_it() -> None:
    cards = "".join(
        f'<div class="card"><a href="/s{i}">Story {i}</a><p class="card-summary">A summary of '
        "another story of the day, long enough to read as a sentence or two.</p></div>"
        for i in range(3)
    )
    body = (
        f'<main><section class="top-stories">{cards}</section>'
        f"<h1>The Last Ferryman of Millbrook</h1>{_TEXT}</main>"
    )
    assert _headline(_page(_FEATURE_HEAD, body)) == "The Last Ferryman of Millbrook"


def test_arrows_stars_diamonds_and_wave_dashes_separate_a_title_spaced() -> None:
    for sep in ("❯", "▸", "►", "★", "◆", "～", "⟩"):
        title = f"Ferry terminal opens on Friday {sep} Local {sep} Harbor Times"
        html = _page(
            f'<title>{title}</title><meta property="og:site_name" content="Harbor Times">', ""
        )
        assert _headline(html) == "Ferry terminal opens on Friday"
    html = _page("<title>市役所の新庁舎が完成　◆　みなと新聞</title>", "")
    assert _headline(html) == "市役所の新庁舎が完成"
    # a rating's stars end a headline: no separator left over
    html = _titled("Review: The Salt Road ★★★★ | Culture Desk", "Review: The Salt Road ★★★★")
    assert _headline(html) == "Review: The Salt Road ★★★★"


def test_a_site_name_in_brackets_before_or_after_the_story_goes() -> None:
    site = '<meta property="og:site_name" content="みなと新聞">'
    for title in ("【みなと新聞】市役所の新庁舎が完成", "市役所の新庁舎が完成【みなと新聞】"):
        assert _headline(_page(f"<title>{title}</title>{site}", "")) == "市役所の新庁舎が完成"
    site = '<meta property="og:site_name" content="Harbor Times">'
    html = _page(f"<title>[Harbor Times] Ferry terminal opens on Friday</title>{site}", "")
    assert _headline(html) == "Ferry terminal opens on Friday"
    # a bracketed kicker names no site: it stays
    html = _page(f"<title>【速報】市役所の新庁舎が完成</title>{site}", "")
    assert _headline(html) == "【速報】市役所の新庁舎が完成"


def test_the_headline_may_sit_in_a_breadcrumb_nav_and_open_a_longer_title() -> None:
    html = _page(
        "<title>Pear cake by jane | Recipes</title>"
        '<meta property="og:title" content="Pear cake by jane | Recipes">'
        '<meta property="og:site_name" content="Recipes">',
        '<nav><ol class="breadcrumb"><li><a href="/">Home</a></li><li><h1>Pear cake</h1></li>'
        "</ol></nav>",
    )
    assert _choose(html) == TitleChoice("Pear cake", "Pear cake by jane")


def test_headings_agree_despite_a_typo_or_a_mis_decoded_apostrophe() -> None:
    html = _page(
        "<title>Blog : Mountain quests and NPCÂ´s</title>",
        "<h1>Mountain quests and NPC’s</h1>",
    )
    assert _headline(html) == "Mountain quests and NPC’s"


def test_a_heading_linking_home_is_the_logo_and_names_the_site() -> None:
    html = _page(
        "<title>The gayest video : Crime-Blog | Notes on a genre | Since 2005</title>",
        '<h1><a href="http://crime.example/">Crime-Blog</a></h1>',
    )
    assert _headline(html) == "The gayest video"


def test_a_site_name_that_is_the_whole_title_is_not_the_site_name() -> None:
    html = _page(
        "<title>Winners of the week - Horse market news</title>"
        '<meta property="og:site_name" content="Winners of the week - Horse market news">',
        "<h1>Horse market news</h1>",
    )
    assert _headline(html) == "Winners of the week"


def test_a_social_title_keeps_its_subtitle() -> None:
    html = _page(
        "<title>Report of 22.04.2020 – what are they waiting for? – THE AXIS. AXIS.COM</title>"
        '<meta property="og:title" content="Report of 22.04.2020 – what are they waiting for?">',
        "",
    )
    assert _headline(html, "https://www.axis.com/a") == (
        "Report of 22.04.2020 – what are they waiting for?"
    )


def test_no_signal_falls_back_to_the_extractor_title_without_separators() -> None:
    html = "<html><body><p>Only text here.</p></body></html>"
    assert _choose(html, fallback=" - Talks resume ") == TitleChoice("Talks resume", None)
    assert _choose(html) == TitleChoice(None, None)


def test_the_shared_tree_is_never_modified() -> None:
    html = _page(
        "<title>Story of the day | Ledger</title>",
        '<h1><span class="kicker">Corona</span><span class="sr-only">: </span>'
        "Story of the day</h1>",
    )
    page = ParsedPage(html, URL)
    assert page.tree is not None
    before = lxml.html.tostring(page.tree)
    assert choose_title(page, None).title == "Story of the day"
    assert lxml.html.tostring(page.tree) == before


# ---------------------------------------------------------------------------------------------
# Kickers


def test_a_kicker_set_apart_by_a_separator_only_screen_readers_see_is_dropped() -> None:
    html = _titled(
        "„Es kommt darauf an, wie sie sterben“ | Cicero",
        '<span class="teaser-small__kicker">Corona-Pandemie</span>'
        '<span class="visually-hidden"> - </span>'
        '<span class="h1">„Es kommt darauf an, wie sie sterben“</span>',
    )
    assert _headline(html) == "„Es kommt darauf an, wie sie sterben“"


def test_a_glyph_screen_readers_skip_is_no_part_of_the_headline() -> None:
    """An icon drawn with a character ("▶", "●") in an `aria-hidden` element decorates the
    heading; a badge with words in one stays text."""
    for glyph in ("▶", "●", "🔴"):
        html = _page(
            "<title>Budget 2025: what the vote means for you - The Gazette</title>",
            f'<article><h1><span aria-hidden="true">{glyph}</span> Council approves budget '
            "after long debate</h1></article>",
        )
        assert _headline(html) == "Council approves budget after long debate"
    html = _page(
        "<title>Budget 2025: what the vote means for you - The Gazette</title>",
        '<article><h1><span aria-hidden="true">Budget</span> Council approves it after long '
        "debate</h1></article>",
    )
    assert _headline(html) == "Budget Council approves it after long debate"


def test_a_kicker_in_its_own_block_is_dropped() -> None:
    html = _page(
        "<title>100th birthday: Survivor turns 100</title>"
        '<meta property="og:title" content="100th birthday: Survivor turns 100">',
        '<article><h1><div class="topic-label">100th birthday</div> Survivor turns 100</h1>'
        "</article>",
    )
    assert _headline(html) == "Survivor turns 100"


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        # joined by a visible separator: the reader sees one headline
        ('<span class="kicker">Corona</span>: Schools stay shut', "Corona: Schools stay shut"),
        ('<span class="dachzeile">Corona:</span> Schulen bleiben zu', "Corona: Schulen bleiben zu"),
        (
            '<span class="kicker">Ucrania</span> - «Las tropas se retiran»',
            "Ucrania - «Las tropas se retiran»",
        ),
        # set apart: dropped, and no separator is left in front
        (
            '<span class="kicker">Ucrania</span><span class="sr-only"> - </span>'
            "«Las tropas se retiran»",
            "«Las tropas se retiran»",
        ),
        (
            '<span class="seitenkopf__topline">Corona</span>'
            '<span class="seitenkopf__headline">Schulen bleiben zu</span>',
            "Schulen bleiben zu",
        ),
        # a separator only screen readers see sets a kicker apart, whatever its class
        (
            '<span class="intro">Haushalt</span><span class="u-visually-hidden">: </span>'
            '<span class="main">Koalition einigt sich</span>',
            "Koalition einigt sich",
        ),
        # a subtitle inside the heading is not the headline
        (
            'Schools stay shut <small class="subtitle">until May, the state says</small>',
            "Schools stay shut",
        ),
        # a kicker with nothing after it worth a headline stays
        ('<span class="kicker">Breaking</span> News', "Breaking News"),
    ],
)
def test_kicker_and_subtitle_inside_the_h1(inner: str, expected: str) -> None:
    html = _page("", f"<article><h1>{inner}</h1></article>")
    assert _headline(html) == expected


@pytest.mark.parametrize(
    ("kicker", "rest"),
    [
        ("Le patron d'«Aérospatiale»", "«Nous livrerons à temps»"),
        ("Chef von »Nordbahn«", "„Wir streichen keine Züge“"),
    ],
)
def test_a_kicker_ending_in_a_quoted_name_is_no_separator(kicker: str, rest: str) -> None:
    # the guillemet closes a quote the kicker opened: it joins nothing, and the separator only
    # screen readers see sets the kicker apart
    inner = f'<span class="kicker">{kicker}</span><span class="sr-only"> : </span>{rest}'
    assert _headline(_page("", f"<article><h1>{inner}</h1></article>")) == rest
    # a guillemet standing as a separator still joins the kicker to the headline
    inner = '<span class="kicker">Ucrania »</span> Las tropas se retiran'
    html = _page("", f"<article><h1>{inner}</h1></article>")
    assert _headline(html) == "Ucrania » Las tropas se retiran"


def test_titles_opening_with_the_kicker_confirm_the_heading_not_the_kicker() -> None:
    # the SEO titles open with the page's kicker and go on with a reworded headline
    html = _page(
        "<title>Bahnstreik: Zugausfälle im ganzen Land am Montag | Ledger</title>"
        '<meta property="og:title" content="Bahnstreik: Zugausfälle im ganzen Land am Montag">',
        '<article><h1><span class="kicker">Bahnstreik</span><span class="sr-only">: </span>'
        '<span class="text">Pendler sitzen im Regen fest</span></h1></article>',
    )
    assert _headline(html) == "Pendler sitzen im Regen fest"
    # stated whole after the kicker, the headline part is confirmed as before
    html = html.replace("Zugausfälle im ganzen Land am Montag", "Pendler sitzen im Regen fest")
    assert _headline(html) == "Pendler sitzen im Regen fest"


def test_the_only_h1_opening_the_article_is_the_headline_however_reworded() -> None:
    # a feature's headline shares no word with its SEO title
    head = "<title>How Personal Data Stores Work | Ledger</title>"
    body = (
        '<article><h1 class="story-title">A Room of One\'s Own</h1>'
        "<p>The idea is older than the web: keep your records at home.</p></article>"
    )
    assert _headline(_page(head, body)) == "A Room of One's Own"
    # one after the article's text opens nothing: a newsletter box
    body = (
        "<article><p>The idea is older than the web: keep your records at home.</p>"
        '<h1 class="box-title">Subscribe to our newsletter today</h1></article>'
    )
    assert _headline(_page(head, body)) == "How Personal Data Stores Work"
    # a section's name of two words is no headline
    body = (
        '<article><h1 class="story-title">Local news</h1>'
        "<p>The idea is older than the web: keep your records at home.</p></article>"
    )
    assert _headline(_page(head, body)) == "How Personal Data Stores Work"


_STORY = (
    "<p>The mill ran for ninety years and employed half the town at its height.</p>"
    "<p>When the last shift ended on Friday, workers gathered at the gate to say goodbye.</p>"
)


def test_the_only_h1_opening_its_block_of_text_outside_any_article_is_the_headline() -> None:
    # a theme of plain <div>s: no <article>/<main>, no class; the SEO title reworded
    head = "<title>Factory closure: 300 jobs lost as plant shuts | Valley Voice</title>"
    body = (
        '<div class="row"><div class="col-md-8"><h1>The quiet end of the last mill</h1>'
        f'<p class="meta">By Tom Reed</p>{_STORY}</div>'
        '<div class="col-md-4"><h3>Most read</h3></div></div>'
    )
    assert _headline(_page(head, body)) == "The quiet end of the last mill"
    # the text further down the page (a hero block), a kicker's line before the heading
    body = (
        '<div class="page"><p class="cat">Business</p><div class="hero"><div class="in">'
        "<h1>The quiet end of the last mill</h1></div></div>"
        f'<div class="content"><div class="text">{_STORY}</div></div></div>'
    )
    assert _headline(_page(head, body)) == "The quiet end of the last mill"


def test_the_one_h1_of_two_that_opens_the_text_is_the_headline() -> None:
    # a donation box's <h1> beside the story's leads no text: no rival
    head = "<title>Factory closure: 300 jobs lost as plant shuts | Valley Voice</title>"
    box = '<div class="box"><h1>Support our journalism today</h1><p>Every donation helps.</p></div>'
    body = f'<div class="story"><h1>The quiet end of the last mill</h1>{_STORY}</div>{box}'
    assert _headline(_page(head, body)) == "The quiet end of the last mill"
    # of two <h1>s each over text of its own, the second has the first's story before it
    other = f'<div class="story"><h1>A second story on the same page</h1>{_STORY}</div>'
    body = f'<div class="story"><h1>The quiet end of the last mill</h1>{_STORY}</div>{other}'
    assert _headline(_page(head, body)) == "The quiet end of the last mill"


def test_a_teaser_cards_heading_inside_a_link_leads_no_text() -> None:
    # a home page: the card links to its article, whatever text the card holds
    head = "<title>Holidays in the Alps. The official travel guide</title>"
    card = '<a href="/mill"><div class="card"><h1>The quiet end of the last mill</h1>'
    card += f"{_STORY}</div></a>"
    assert _headline(_page(head, f'<div class="cards">{card}</div>')) == (
        "Holidays in the Alps. The official travel guide"
    )


def test_an_h1_naming_the_section_gives_way_to_the_h2_that_opens_the_story() -> None:
    # a club's news page: every story is headed "Aktuelles", its headline an <h2>
    head = "<title>Aktuelles: Musikverein Harmonie Eschbach</title>"
    body = (
        '<div id="content"><h1>Aktuelles</h1><div class="news-single"><div class="header">'
        f"<h2>The quiet end of the last mill</h2></div>{_STORY}</div></div>"
    )
    assert _headline(_page(head, body)) == "The quiet end of the last mill"
    # a blog's: its <h2> opening the article, however the social title rewords it (the
    # body's subheadings come after text)
    head = '<title>Blog | Valley Voice</title><meta property="og:title" content="Mill shuts">'
    body = f"<h1>Blog</h1><article><h2>Last shift at the mill</h2>{_STORY}<h2>What next</h2>"
    assert _headline(_page(head, f"{body}{_STORY}</article>")) == "Last shift at the mill"
    # a headline of one word is no section's name
    head = "<title>Zugzwang | Valley Voice</title>"
    body = f"<article><h1>Zugzwang</h1><h2>How chess explains the council</h2>{_STORY}</article>"
    assert _headline(_page(head, body)) == "Zugzwang"


def test_a_box_h1_gives_way_to_the_h2_that_opens_the_story() -> None:
    # a theme's post title in an <h2> under a logo; a donation box's <h1> marks nothing and opens
    # no text; the SEO title reworded
    head = "<title>Factory closure: 300 jobs lost as plant shuts | Valley Voice</title>"
    box = '<div class="box"><h1>Support our journalism today</h1><p>Every donation helps.</p></div>'
    body = f'<div class="post"><h2>The quiet end of the last mill</h2>{_STORY}</div>{box}'
    assert _headline(_page(head, body)) == "The quiet end of the last mill"


def test_a_box_heading_outside_any_article_leads_no_text() -> None:
    head = "<title>Factory closure: 300 jobs lost as plant shuts | Valley Voice</title>"
    # a logo's <h1> over a paragraph of tagline, the story under a heading of its own
    tagline = (
        "<p>Independent news for the valley since 1897, covering politics, schools, sport,"
        " business and community life for readers across the whole district.</p>"
    )
    body = f"<header><h1>The Valley Voice Online</h1>{tagline}</header><h2>Mill</h2>{_STORY}"
    assert _headline(_page(head, body)) == "Factory closure: 300 jobs lost as plant shuts"
    # a donation box: a line after its heading
    box = '<div class="box"><h1>Support our journalism today</h1><p>Every donation helps.</p></div>'
    assert _headline(_page(head, f"<div>{_STORY}</div>{box}")) == (
        "Factory closure: 300 jobs lost as plant shuts"
    )
    # a paywall's heading after the story, in the story's block
    paywall = f"<div>{_STORY}<h1>Subscribe now and read on</h1><p>One euro a month.</p></div>"
    assert _headline(_page(head, paywall)) == "Factory closure: 300 jobs lost as plant shuts"


def test_a_block_opening_the_heading_is_a_kicker_whatever_its_class() -> None:
    html = _page(
        '<meta property="og:title" content="100th birthday: Survivor turns 100 in Berlin">',
        '<h1><div class="label-x">100th birthday</div> Survivor turns 100 in Berlin</h1>',
    )
    assert _headline(html) == "Survivor turns 100 in Berlin"


def test_words_in_quotation_marks_are_no_part_set_apart() -> None:
    # the marks hug the emphasised words: one headline, though the title states the quote
    html = _titled(
        "„Nie odpuścimy” – mówią rolnicy | Ledger", "„<em>Nie odpuścimy</em>” – mówią rolnicy"
    )
    assert _headline(html) == "„Nie odpuścimy” – mówią rolnicy"
    html = _titled("'Not leaving' - tenants | Ledger", "'<i>Not leaving</i>' - tenants vow")
    assert _headline(html) == "'Not leaving' - tenants vow"


def test_a_heading_part_another_title_states_is_the_headline() -> None:
    html = _page(
        '<meta property="og:title" content="Schools stay shut until May">',
        '<h1><span class="a1">Corona crisis</span><span class="b2">Schools stay shut until May'
        "</span></h1>",
    )
    assert _headline(html) == "Schools stay shut until May"
    # parts joined by a visible separator are one headline
    joined = _page(
        '<meta property="og:title" content="Schools stay shut until May">',
        '<h1><span class="a1">Corona crisis</span>: <span>Schools stay shut until May</span></h1>',
    )
    assert _headline(joined) == "Corona crisis: Schools stay shut until May"


def test_a_kicker_set_apart_by_layout_is_dropped_when_the_titles_join_it_with_a_separator() -> None:
    # the social title writes "Kicker: Story"; the heading shows both in elements of their own
    html = _page(
        '<meta property="og:title" content="Harbour works: Council approves the new quay wall">',
        '<article><h1><span class="c-x">Harbour works</span> <span class="c-y">Council approves'
        " the new quay wall</span></h1></article>",
    )
    assert _choose(html) == TitleChoice(
        "Council approves the new quay wall", "Harbour works: Council approves the new quay wall"
    )
    # a badge before the headline is set apart the same way
    badge = _page(
        "<title>LIVE: Council debates the quay wall | Ledger</title>"
        '<meta property="og:site_name" content="Ledger">',
        '<article><h1><span class="badge">LIVE</span> Council debates the quay wall</h1></article>',
    )
    assert _headline(badge) == "Council debates the quay wall"
    # written joined, inline, with nothing to part them: one headline
    inline = _page(
        '<meta property="og:title" content="Council approves the new quay wall">',
        "<article><h1>Council <em>approves</em> the new quay wall</h1></article>",
    )
    assert _headline(inline) == "Council approves the new quay wall"


def test_with_no_h1_a_confirmed_h2_inside_the_article_is_the_displayed_headline() -> None:
    html = _page(
        "<title>Quay wall: council says yes - The Harbour Post</title>"
        '<meta property="og:title" content="Quay wall: council says yes">'
        '<meta property="og:site_name" content="The Harbour Post">',
        '<article><header><h2><span class="a">Harbour row</span><span class="b">Council says yes'
        "</span></h2></header></article>",
    )
    assert _choose(html) == TitleChoice("Council says yes", "Quay wall: council says yes")


def test_the_seo_title_is_none_when_it_is_the_headline_and_short_names_after_it() -> None:
    # no site name is stated: what follows the displayed headline in the title tag names the
    # site and its section
    html = _page(
        "<title>Quay wall approved - Harbour Sailing Club e.V. | News</title>",
        "<article><h1>Quay wall approved</h1></article>",
    )
    assert _choose(html) == TitleChoice("Quay wall approved", None)
    # a subtitle of many words is the SEO title's own
    subtitle = _page(
        "<title>Quay wall approved - what the new berths mean for the ferries and the fishing"
        " fleet</title>",
        "<article><h1>Quay wall approved</h1></article>",
    )
    assert _choose(subtitle).seo_title == (
        "Quay wall approved - what the new berths mean for the ferries and the fishing fleet"
    )


def test_a_title_cut_short_with_an_ellipsis_confirms_the_headline_it_opens() -> None:
    headline = "Council approves the new quay wall after two years of planning and a long debate"
    html = _page(
        '<meta property="og:title" content="Council approves the new quay wall after two…">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council'
        ' approves the new quay wall after two years of pl..."}</script>',
        f"<div><h1>{headline}</h1></div><div><h1>Most read today</h1></div>",
    )
    assert _choose(html) == TitleChoice(headline, "Council approves the new quay wall after two…")
    no_heading = _page(
        f"<title>{headline} | Ledger</title>"
        '<meta property="og:title" content="Council approves the new quay wall after…">',
        "",
    )
    assert _headline(no_heading) == headline
    # a few words cut short confirm nothing
    cut = Signal("og:title", "Council approves…", "Council approves…")
    assert not confirms(cut, "Council approves the budget")


def test_a_second_one_word_h1_does_not_stop_the_only_headline_h1() -> None:
    html = _page(
        '<title>Mayor steps down | Ledger</title><meta property="og:site_name" content="Ledger">',
        "<div><h1>After twelve years the mayor of Northby steps down</h1></div>"
        '<div class="box"><h1>Popular</h1></div>',
    )
    assert _headline(html) == "After twelve years the mayor of Northby steps down"


def test_the_only_heading_sharing_words_with_a_reworded_title_is_the_headline() -> None:
    html = _page(
        "<title>Senate passes spending bill: what it means for you | Ledger</title>",
        "<h1>Senate narrowly approves $1.2 trillion spending package</h1>",
    )
    assert _choose(html) == TitleChoice(
        "Senate narrowly approves $1.2 trillion spending package",
        "Senate passes spending bill: what it means for you",
    )


def test_the_only_h1_of_the_article_beats_a_title_cut_short() -> None:
    html = _page(
        "<title>Rain returns | Ledger</title>",
        "<article><h1>Rain returns:<br>what to expect this week</h1></article>",
    )
    assert _headline(html) == "Rain returns: what to expect this week"
    # one shared word does not make a section heading outside the article the headline
    section = _page(
        "<title>Rain returns: what to expect this week | Ledger</title>",
        '<h1 class="page-title">Weather returns</h1>',
    )
    assert _headline(section) == "Rain returns: what to expect this week"


def test_a_teaser_box_headed_by_an_h1_is_no_rival_to_the_headline() -> None:
    html = _page(
        "<title>Ferry strike over: unions and operator agree deal | Ledger</title>",
        '<header class="article-header"><h1>Ferry strike ends after talks</h1></header>'
        '<section class="more"><h1>Related news</h1><h1>Most read today</h1></section>',
    )
    assert _headline(html) == "Ferry strike ends after talks"
    # nor is a section's or a ticker's name
    ticker = _page(
        "<title>Ferry strike over: unions and operator agree deal | Ledger</title>",
        '<div class="ticker"><h1>Breaking News</h1></div><h1 class="section">World News</h1>'
        '<div class="story"><h1>Ferry strike ends after talks</h1></div>',
    )
    assert _headline(ticker) == "Ferry strike ends after talks"


def test_the_same_headline_twice_is_one_rival() -> None:
    html = _page(
        "<title>Ferry strike over: unions and operator agree deal | Ledger</title>",
        '<div class="sticky"><h1>Ferry strike ends after talks</h1></div>'
        '<div class="story"><h1>Ferry strike ends after talks</h1></div>',
    )
    assert _headline(html) == "Ferry strike ends after talks"


def test_secondary_text_in_small_inside_the_heading_is_a_subtitle() -> None:
    html = _page(
        "<title>Ferry strike over: unions and operator agree deal | Ledger</title>",
        "<article><h1>Ferry strike ends after talks <small>Unions and operator agree a new "
        "deal after three weeks</small></h1></article>",
    )
    assert _headline(html) == "Ferry strike ends after talks"


def test_a_badge_inside_the_heading_is_not_the_headline() -> None:
    html = _page(
        "<title>Ferry strike over: unions and operator agree deal | Ledger</title>",
        '<article><h1><span class="live-badge">LIVE</span> Ferry strike ends after talks'
        "</h1></article>",
    )
    assert _headline(html) == "Ferry strike ends after talks"


def test_with_only_a_logo_h1_a_later_h2_the_title_confirms_is_the_headline() -> None:
    html = _page(
        "<title>Simpler publishing on the go | Notes</title>",
        '<h1 class="logo"><a href="/">Notes</a></h1><h2 id="blog-title">Notes blog</h2>'
        '<h2 class="post-title">Simpler publishing on the go</h2>',
    )
    assert _headline(html) == "Simpler publishing on the go"


def test_an_h2_headline_class_under_a_logo_beats_a_reworded_title_when_words_are_shared() -> None:
    head = "<title>Ferry strike over: unions and operator agree deal | Ledger</title>"
    url = "https://ledger.example/2024/03/05/ferry-strike-ends-after-talks"
    html = _page(
        head,
        '<h1 class="logo"><a href="/">Ledger</a></h1>'
        '<div class="post"><h2 class="post-title">Ferry strike ends after talks</h2></div>',
    )
    assert _headline(html, url) == "Ferry strike ends after talks"
    # an <h2> marked only by its place in the article is a subheading of the body
    sub = _page(head, "<article><h2>Why the ferry strike ended after talks</h2></article>")
    assert _headline(sub, url) == "Ferry strike over: unions and operator agree deal"


def test_a_heading_that_opens_with_its_longer_line_keeps_it() -> None:
    html = _page(
        "",
        "<h1><div>Schools stay shut until the end of May</div><div>Officials</div></h1>",
    )
    assert _headline(html) == "Schools stay shut until the end of May Officials"


def test_a_section_title_sharing_one_word_is_not_the_headline() -> None:
    html = _page(
        "<title>Berlin: new rules for e-scooters from July | Ledger</title>",
        '<h1 class="page-title">News from Berlin</h1>',
    )
    assert _headline(html) == "Berlin: new rules for e-scooters from July"


# ---------------------------------------------------------------------------------------------
# Site and section names, separators, scripts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (": Story of the day", "Story of the day"),
        ("- «Story of the day»", "«Story of the day»"),
        ("Story of the day |", "Story of the day"),
        ("»Story of the day«", "»Story of the day«"),
        ("« Story » ", "« Story »"),
        ("—", ""),
    ],
)
def test_trim_separators(text: str, expected: str) -> None:
    assert trim_separators(text) == expected


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("国务院常务会议部署稳就业举措_新浪网", "新浪网", "国务院常务会议部署稳就业举措"),
        (
            "首相が記者会見で新たな対策を発表｜朝日新聞デジタル",
            "朝日新聞デジタル",
            "首相が記者会見で新たな対策を発表",
        ),
        (
            "首相が記者会見で新たな対策を発表：朝日新聞デジタル",
            "朝日新聞デジタル",
            "首相が記者会見で新たな対策を発表",
        ),
        ("정부, 내년 예산안 발표 ㅣ 한국일보", "한국일보", "정부, 내년 예산안 발표"),
        ("정부, 내년 예산안 발표ㅣ한국일보", "한국일보", "정부, 내년 예산안 발표"),
        ("Центробанк сохранил ключевую ставку — РБК", "РБК", "Центробанк сохранил ключевую ставку"),
        (
            "البنك المركزي يثبت أسعار الفائدة | الجزيرة نت",
            "الجزيرة نت",
            "البنك المركزي يثبت أسعار الفائدة",
        ),
        (
            "Le gouvernement annonce un plan :: Le Journal",
            "Le Journal",
            "Le gouvernement annonce un plan",
        ),
        (
            "Le Journal » Politique » Le gouvernement annonce un plan",
            "Le Journal",
            "Le gouvernement annonce un plan",
        ),
        ("O governo anuncia um plano -- Folha", "Folha", "O governo anuncia um plano"),
        ("Il governo annuncia un piano · Corriere", "Corriere", "Il governo annuncia un piano"),
        (
            "Hükümet yeni planı açıkladı | Politika | Haber Gazetesi",
            "Haber Gazetesi",
            "Hükümet yeni planı açıkladı",
        ),
    ],
)
def test_site_names_go_in_any_script_and_with_any_separator(
    title: str, site: str, expected: str
) -> None:
    html = _page(f'<title>{title}</title><meta property="og:site_name" content="{site}">', "")
    assert _headline(html) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Quay wall approved |The Harbour Post", "Quay wall approved"),
        ("Quay wall approved| The Harbour Post", "Quay wall approved"),
        ("Quay wall approved|The Harbour Post", "Quay wall approved"),
        ("The Harbour Post --Quay wall approved", "Quay wall approved"),
        ("Quay wall approved:: The Harbour Post", "Quay wall approved"),
        # a Korean CMS's path, a breadcrumb
        ("항만 예산 통과 < 지역 < 기사본문 - The Harbour Post", "항만 예산 통과"),
        ("The Harbour Post > Local > Quay wall approved", "Quay wall approved"),
        # a date after the site's name, or a part of its own
        ("Quay wall approved - The Harbour Post, 02.07.2020", "Quay wall approved"),
        ("Quay wall approved – The Harbour Post – 05/12/2023", "Quay wall approved"),
        # the site's name and a word more, last
        ("Quay wall approved - The Harbour Post Online", "Quay wall approved"),
    ],
)
def test_site_names_go_with_glued_separators_paths_and_dates(title: str, expected: str) -> None:
    html = _page(
        f'<title>{title}</title><meta property="og:site_name" content="The Harbour Post">', ""
    )
    assert _headline(html) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Hükümet yeni paketi açıkladı - Son Dakika Haberleri", "Hükümet yeni paketi açıkladı"),
        ("Hükümet yeni paketi açıkladı - Ekonomi Haberleri", "Hükümet yeni paketi açıkladı"),
        ("सरकार ने नई योजना की घोषणा की - Hindi News", "सरकार ने नई योजना की घोषणा की"),
        ("Sube el precio de la luz | Noticias de Galicia", "Sube el precio de la luz"),
        ("Rząd przyjął projekt budżetu | Wiadomości", "Rząd przyjął projekt budżetu"),
        ("Quốc hội thông qua luật mới - Tin tức", "Quốc hội thông qua luật mới"),
        ("Центробанк сохранил ставку - Новости экономики", "Центробанк сохранил ставку"),
        # a page number, with or without a separator, before or after the site's name
        (
            "Pemerintah umumkan kebijakan baru Halaman all - Warta.com",
            "Pemerintah umumkan kebijakan baru",
        ),
        (
            "Council approves the new harbour bridge - Page 2",
            "Council approves the new harbour bridge",
        ),
        (
            "Rat beschließt die neue Hafenbrücke (Seite 2 von 3)",
            "Rat beschließt die neue Hafenbrücke",
        ),
        ("The page 3 girl returns to the paper", "The page 3 girl returns to the paper"),
        # news inside the story, or a subtitle too long for a name, stays
        ("Good news for savers as rates rise", "Good news for savers as rates rise"),
        (
            "Rates rise - good news for savers who kept their money in the bank",
            "Rates rise - good news for savers who kept their money in the bank",
        ),
    ],
)
def test_trailing_news_names_and_page_numbers_go(title: str, expected: str) -> None:
    assert _headline(_page(f"<title>{title}</title>", "")) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Sturm deckt Dächer in Kiel ab (Video) - Nordblatt", "Sturm deckt Dächer in Kiel ab"),
        (
            "Ледоход на Неве начался раньше срока [ФОТО] — Невский вестник",
            "Ледоход на Неве начался раньше срока",
        ),
        ("Nowy most w Gdańsku otwarty [zdjęcia] | Gazeta Pomorska", "Nowy most w Gdańsku otwarty"),
        ("افتتاح پل جدید در اصفهان (فیلم) - خبرگزاری نمونه", "افتتاح پل جدید در اصفهان"),
        # a bracketed word of the story's own stays
        (
            "Tenants in Kiel win their rent case (again) - Nordblatt",
            "Tenants in Kiel win their rent case (again)",
        ),
    ],
)
def test_trailing_media_tags_go(title: str, expected: str) -> None:
    assert _headline(_page(f"<title>{title}</title>", "")) == expected


@pytest.mark.parametrize(
    ("url", "head", "expected"),
    [
        # a dash glued to the story before the host's domain
        (
            "https://www.giornale.example.it/politica/piano",
            "<title>Il governo annuncia un nuovo piano per il clima- Giornale.it</title>",
            "Il governo annuncia un nuovo piano per il clima",
        ),
        # the stated name with a word more, then a tagline
        (
            "https://www.tv.example/norge/plan-1.123",
            "<title>Regjeringen legger fram en ny klimaplan for landet – Kringkaster Norge – "
            "Oversikt over nyheter fra ulike deler av landet</title>"
            '<meta property="og:site_name" content="Kringkaster">',
            "Regjeringen legger fram en ny klimaplan for landet",
        ),
        # a date after the site's name, and a date left between the story and a section
        (
            "https://agentstvo.example/20240305/plan.html",
            "<title>Правительство представило новый план по климату - Агентство Новости, "
            "05.03.2024</title>",
            "Правительство представило новый план по климату",
        ),
        (
            "https://www.jornal.example.br/poder/2024/03/plano.shtml",
            "<title>Governo anuncia novo plano para o clima do país - 05/03/2024 - Poder - "
            "Jornal</title>",
            "Governo anuncia novo plano para o clima do país",
        ),
    ],
)
def test_site_names_go_with_taglines_dates_and_glued_dashes(
    url: str, head: str, expected: str
) -> None:
    assert _headline(_page(head, ""), url) == expected
    # a dash glued to a word before something else is the headline's own
    assert _headline(_page("<title>Pre- and post-war Europe</title>", ""), url) == (
        "Pre- and post-war Europe"
    )


def test_a_stated_site_name_in_parentheses_after_the_story_goes() -> None:
    site = SiteNames(frozenset({"ledger"}), ())
    assert strip_site_name("Ferry strike ends after talks (Ledger)", site) == (
        "Ferry strike ends after talks"
    )
    # a parenthesis that is not the site's name is the headline's own
    assert strip_site_name("Ferry strike ends (for now)", site) == "Ferry strike ends (for now)"


def test_unglued_dashes_and_guillemets_stay_in_a_headline() -> None:
    site = SiteNames(frozenset({"ledger"}), ())
    for title in ("Pre- and post-war Europe", "Er sagt »Nein« zur Reform", "Gol —dijo el árbitro"):
        assert strip_site_name(title, site) == title
    assert [p.text for p in split_title("Pre- and post-war | Ledger")] == [
        "Pre- and post-war",
        "Ledger",
    ]


def test_a_site_name_stated_as_a_domain_names_the_site_in_titles() -> None:
    html = _page(
        "<title>Ferry cancelled – HarbourPost – 05.12.2023</title>"
        '<meta property="og:site_name" content="HarbourPost.example">',
        "",
    )
    assert _headline(html, "https://www.other-host.example/ferry") == "Ferry cancelled"
    stated = _page(
        '<title>Ferry cancelled - HarbourPost.com</title><meta property="og:site_name"'
        ' content="HarbourPost">',
        "",
    )
    assert _headline(stated, "https://www.other-host.example/ferry") == "Ferry cancelled"


def test_a_three_letter_host_names_a_short_part_only() -> None:
    assert page_host_labels("https://www.hpn.example/news/x") == ["hpn"]
    html = _page("<title>Ferry cancelled - HPN News</title>", "")
    assert _headline(html, "https://www.hpn.example/news/x") == "Ferry cancelled"
    one_word = _page("<title>Ferry cancelled - HPNtoday</title>", "")
    assert _headline(one_word, "https://www.hpn.example/news/x") == "Ferry cancelled"
    # a kicker opening with the label's letters is no site name
    kicker = _page("<title>Hpnotiq: The blue drink is back</title>", "")
    assert _headline(kicker, "https://www.hpn.example/news/x") == "Hpnotiq: The blue drink is back"
    # a long part with the label in it is the story
    story = _page("<title>HPN poll finds most riders want the ferry back | Ledger</title>", "")
    assert _headline(story, "https://www.hpn.example/news/x") == (
        "HPN poll finds most riders want the ferry back"
    )


def test_a_heading_that_is_only_a_home_link_is_the_logo_even_as_an_h2() -> None:
    html = _page(
        "<title>Word Daily --quixotic</title>",
        '<h2><a href="/daily/" class="home-link">Word Daily</a></h2><h3>quixotic</h3>',
    )
    assert _headline(html, "https://words.example/w/quixotic.html") == "quixotic"


def test_an_unknown_site_name_in_a_cjk_title_tag_goes() -> None:
    html = _page("<title>国务院常务会议部署稳就业举措_某某网</title>", "")
    assert _headline(html) == "国务院常务会议部署稳就业举措"


def test_a_title_tag_with_a_site_name_in_another_script_loses_it_by_the_other_titles() -> None:
    html = _page(
        "<title>Центробанк сохранил ключевую ставку | RBC News Agency</title>"
        '<meta property="og:title" content="Центробанк сохранил ключевую ставку">',
        "",
    )
    assert _choose(html) == TitleChoice("Центробанк сохранил ключевую ставку", None)


def test_site_name_spelled_by_the_host_and_breadcrumb_leaf() -> None:
    html = _page("<title>Time 4 talks » Blog Archiv » More digital cinemas</title>", "")
    assert _headline(html, "http://www.time4talks.com/2013/08/07/x/") == "More digital cinemas"
    archived = "https://web.archive.org/web/20140226054445/http://www.time4talks.com/x/"
    assert page_host_labels(archived) == ["time4talks"]
    assert _headline(html, archived) == "More digital cinemas"


def test_a_headline_opening_with_the_hosts_name_keeps_it() -> None:
    html = _page(
        "<title>Ledger poll: most want talks to go on | Ledger</title>",
        '<article><h1 class="headline">Ledger poll: most want talks to go on</h1></article>',
    )
    assert _headline(html, "https://www.ledger.example/poll") == (
        "Ledger poll: most want talks to go on"
    )


def test_section_names_before_the_site_name_go() -> None:
    site = SiteNames(frozenset(), ("mactechnews",))
    title = "No App Store over mobile data with iOS 13 ? | iPhone | Forum | MacTechNews.de"
    assert strip_site_name(title, site) == "No App Store over mobile data with iOS 13 ?"
    assert strip_site_name("Ledger: Talks resume", SiteNames(frozenset({"ledger"}), ())) == (
        "Talks resume"
    )
    # a colon inside the story is not a separator
    assert strip_site_name("Dubai: the largest plant", SiteNames(frozenset({"x"}), ())) == (
        "Dubai: the largest plant"
    )


def test_cjk_titles_split_only_between_cjk_characters_and_count_words_by_two() -> None:
    assert [p.text for p in split_title("国务院常务会议_新浪网")] == ["国务院常务会议", "新浪网"]
    assert len(split_title("COVID-19 vaccine_trial")) == 1
    # doubled dashes, hyphens or em dashes, between Chinese characters
    assert [p.text for p in split_title("城市更新让老旧小区焕发新活力--社会·法治--人民网")] == [
        "城市更新让老旧小区焕发新活力",
        "社会·法治",
        "人民网",
    ]
    assert [p.text for p in split_title("乡村振兴战略实施见实效——光明网")] == [
        "乡村振兴战略实施见实效",
        "光明网",
    ]
    assert _headline(_page("<title>乡村振兴战略实施见实效——光明网</title>", "")) == (
        "乡村振兴战略实施见实效"
    )
    assert title_size("新浪网") == 2
    assert title_size("Talks resume in Doha") == 4


def test_the_logo_image_linking_home_names_the_site() -> None:
    # no meta states the site's name; the logo's alt text spells it as the titles do, after a
    # fullwidth colon (a separator only next to the site's name)
    title = "県議会、新年度予算案を可決：北陸ニュースネット"
    head = f'<title>{title}</title><meta property="og:title" content="{title}">'
    body = (
        '<div class="head"><a href="/"><img src="/logo.png" alt="北陸ニュースネット"></a></div>'
        '<div class="story-title">県議会、新年度予算案を可決</div>'
    )
    assert _headline(_page(head, body)) == "県議会、新年度予算案を可決"
    # an image linking to another site's home names that site, not this one
    body = body.replace('href="/"', 'href="https://partner.example.jp/"')
    assert _headline(_page(head, body)) == title


# ---------------------------------------------------------------------------------------------
# Scripts: words with combining signs, joiners, furigana, capitals without accents


def test_words_keep_their_combining_signs_and_unspaced_scripts_count_by_length() -> None:
    # Devanagari, Bengali and Tamil vowel signs and viramas are inside words, not between them
    assert title_size("दिल्ली मेट्रो की नई लाइन शुरू") == 6
    assert title_size("ঢাকায় মেট্রোরেলের নতুন স্টেশন চালু") == 5
    assert title_size("சென்னையில் கனமழை") == 2
    # Thai and Burmese write no spaces between words: a word per four characters
    assert title_size("ฝนตกหนักกรุงเทพฯ") == 4
    assert title_size("မိုးသည်းထန်စွာရွာ") == 5
    assert title_size("Talks resume in Doha") == 4


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("ฝนตกหนักกรุงเทพฯ น้ำท่วมขังหลายจุด | ข่าวเช้า", "ฝนตกหนักกรุงเทพฯ น้ำท่วมขังหลายจุด"),
        ("ရန်ကုန်မြို့တွင် မိုးသည်းထန်စွာရွာသွန်း - သတင်းလွှာ", "ရန်ကုန်မြို့တွင် မိုးသည်းထန်စွာရွာသွန်း"),
    ],
)
def test_an_unknown_site_name_goes_after_a_story_in_an_unspaced_script(
    title: str, expected: str
) -> None:
    assert _headline(_page(f"<title>{title}</title>", "")) == expected


def test_joiners_stay_where_they_shape_letters_and_go_elsewhere() -> None:
    persian = "بانک مرکزی نرخ سود سپرده\u200cها را افزایش می\u200cدهد"
    bengali = "র\u200d্যাবের অভিযানে তিনজন গ্রেপ্তার"
    family = "Photo of the week: \U0001f468\u200d\U0001f469\u200d\U0001f467"
    for text in (persian, bengali, family):
        assert normalise_title(text) == text
    assert normalise_title("Auf\u200clage und Ver\u200bkauf") == "Auflage und Verkauf"
    # keys compare a title written with joiners to one written without
    assert title_key(persian) == title_key(persian.replace("\u200c", ""))


def test_a_headline_with_joiners_is_kept_as_displayed() -> None:
    headline = "شهرداری طرح توسعه\u200cی پارک\u200cهای محله\u200cای را تصویب کرد"
    html = _page(
        f"<title>روزنامه شهر - {headline}</title>"
        '<meta property="og:site_name" content="روزنامه شهر">',
        f"<article><h1>{headline.replace(chr(0x200C), '')}</h1></article>",
    )
    # the <h1> is displayed without them here: it is the headline as written
    assert _headline(html) == headline.replace("\u200c", "")
    html = _page("<title>x</title>", f"<article><h1>{headline}</h1></article>")
    assert _headline(html) == headline


@pytest.mark.parametrize(
    "h1",
    [
        "<ruby>大雪<rt>おおゆき</rt></ruby>で<ruby>電車<rt>でんしゃ</rt></ruby>が止まる",
        "<ruby>大雪<rp>（</rp><rt>おおゆき</rt><rp>）</rp></ruby>で<ruby>電車<rp>（</rp>"
        "<rt>でんしゃ</rt><rp>）</rp></ruby>が止まる",
    ],
)
def test_furigana_are_not_part_of_the_headline(h1: str) -> None:
    html = _page('<meta property="og:title" content="大雪で電車が止まる">', f"<h1>{h1}</h1>")
    assert _choose(html) == TitleChoice("大雪で電車が止まる", None)


@pytest.mark.parametrize(
    ("h1", "social"),
    [
        (
            "ΝΕΑ ΜΕΤΡΑ ΓΙΑ ΤΗΝ ΑΚΡΙΒΕΙΑ ΑΠΟ ΤΟΝ ΙΑΝΟΥΑΡΙΟ",
            "Νέα μέτρα για την ακρίβεια από τον Ιανουάριο",
        ),
        ("KIŞ LASTİĞİ ZORUNLULUĞU YARIN BAŞLIYOR", "Kış lastiği zorunluluğu yarın başlıyor"),
        (
            "INCENDIE RUE DES TANNEURS : DEUX FAMILLES RELOGEES",
            "Incendie rue des Tanneurs : deux familles relogées",
        ),
    ],
)
def test_a_headline_in_capitals_without_accents_is_the_social_title(h1: str, social: str) -> None:
    assert title_key(h1) == title_key(social)
    html = _page(
        f'<title>{social} - Ledger</title><meta property="og:title" content="{social}">',
        f'<div class="head"><h1>{h1}</h1></div><div class="box"><h1>ΔΗΜΟΦΙΛΗ</h1></div>',
    )
    assert _headline(html) == h1


# ---------------------------------------------------------------------------------------------
# The URL's slug


def test_url_slug() -> None:
    assert url_slug(["https://x.example/news/why-the-rail-strike-could-last-into-spring/"]) == (
        "why the rail strike could last into spring"
    )
    assert url_slug([None, "https://x.example/region/warum-die-faehre-ausfaellt-4521.html"]) == (
        "warum die faehre ausfaellt"
    )
    arabic = "https://x.example/news/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D9%85%D8%A7%D9%84%D9%8A%D8%A9-%D9%8A%D8%B9%D9%84%D9%86"
    assert url_slug([arabic]) == "وزير المالية يعلن"
    assert url_slug(["https://x.example/article/20250312/k00/00m/040/123000c"]) == ""


@pytest.mark.parametrize(
    ("url", "h1", "title"),
    [
        (
            "https://ledger.example/news/why-the-rail-strike-could-last-into-spring",
            "Why the rail strike could last into spring",
            "Rail unions reject latest pay offer from operators",
        ),
        (
            "https://kurier.example/region/warum-die-faehre-nach-ruegen-wieder-ausfaellt-4521",
            "Warum die Fähre nach Rügen schon wieder ausfällt",
            "Fährverkehr eingestellt: Reederei meldet technische Probleme",
        ),
    ],
)
def test_the_only_h1_the_url_spells_beats_a_reworded_seo_title(
    url: str, h1: str, title: str
) -> None:
    html = _page(f"<title>{title} | Ledger</title>", f"<div><h1>{h1}</h1></div>")
    assert _choose(html, url) == TitleChoice(h1, title)
    # without the slug, the reworded title shares too few of the heading's words
    assert _headline(html) == title


def test_a_section_heading_sharing_one_word_with_the_slug_is_not_the_headline() -> None:
    html = _page(
        "<title>Berlin: new rules for e-scooters from July | Ledger</title>",
        '<h1 class="page-title">Latest news from Berlin</h1>',
    )
    url = "https://ledger.example/berlin/berlin-new-rules-for-e-scooters-from-july"
    assert _headline(html, url) == "Berlin: new rules for e-scooters from July"


# ---------------------------------------------------------------------------------------------
# More separators and unknown site names


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Yoast's and Rank Math's star separators
        (
            "How to overwinter dahlias in pots ⋆ The Potting Shed",
            "How to overwinter dahlias in pots",
        ),
        (
            "Torta di mele della nonna, la ricetta facile * Cucina di Casa",
            "Torta di mele della nonna, la ricetta facile",
        ),
        # the presentation form of a vertical bar, between Chinese characters
        ("港鐵新線下月通車 車費班次一覽︱經濟日報", "港鐵新線下月通車 車費班次一覽"),
        ("颱風逼近 北部今晚風雨增強︱中央社", "颱風逼近 北部今晚風雨增強"),
        # a story with parts of its own before an unknown site's name
        (
            "Συνάντηση Μητσοτάκη - Ερντογάν στη Νέα Υόρκη | Η ΠΡΩΙΝΗ",
            "Συνάντηση Μητσοτάκη - Ερντογάν στη Νέα Υόρκη",
        ),
        (
            "Brexit - May tritt als Premierministerin zurück | Der Tagesbote",
            "Brexit - May tritt als Premierministerin zurück",
        ),
    ],
)
def test_unknown_site_names_go_after_more_separators(title: str, expected: str) -> None:
    assert _headline(_page(f"<title>{title}</title>", "")) == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            "<title></title>",
            '<header><a href="/share"><svg viewBox="0 0 9 9"><title>Share on Facebook</title>'
            '<path d="M0 0"/></svg></a></header>'
            '<div class="c"><h1>Harbour bridge to close for three weekends</h1></div>',
            "Harbour bridge to close for three weekends",
        ),
        (
            "",
            "<header><svg><title>Suche öffnen</title></svg></header>"
            "<div><h2>Brücke wird an drei Wochenenden gesperrt</h2></div>",
            "Brücke wird an drei Wochenenden gesperrt",
        ),
    ],
)
def test_an_icons_title_is_not_the_pages_title(head: str, body: str, expected: str) -> None:
    assert _headline(_page(head, body)) == expected


@pytest.mark.parametrize(
    ("url", "title", "expected"),
    [
        # accents dropped
        (
            "https://www.hurriyet.example/x",
            "Meclis bütçeyi kabul etti - Hürriyet",
            "Meclis bütçeyi kabul etti",
        ),
        (
            "https://www.letelegramme.example/x",
            "Brest : la rue rouvre - Le Télégramme",
            "Brest : la rue rouvre",
        ),
        # letters ASCII lacks, spelled as the language's writers do
        (
            "https://www.goettinger-tageblatt.example/x",
            "Stadtrat beschließt Radweg – Göttinger Tageblatt",
            "Stadtrat beschließt Radweg",
        ),
        (
            "https://borsen.example/x",
            "Nationalbanken hæver renten igen | Børsen",
            "Nationalbanken hæver renten igen",
        ),
        ("https://www.glos.example/x", "Radni przyjęli budżet - Głos", "Radni przyjęli budżet"),
    ],
)
def test_a_site_name_with_letters_ascii_lacks_is_spelled_by_the_host(
    url: str, title: str, expected: str
) -> None:
    assert _headline(_page(f"<title>{title}</title>", ""), url) == expected


@pytest.mark.parametrize(
    ("h1", "social", "seo"),
    [
        # the same words: no SEO title apart
        ("مُرَشَّحُ الرئاسة يعلن برنامجه الاقتصادي", "مرشح الرئاسة يعلن برنامجه الاقتصادي", None),
        ("الـحـكـومـة تقر الموازنة الجديدة", "الحكومة تقر الموازنة الجديدة", None),
        # unpointed Hebrew spells some vowels with letters: close, but another text
        ("הַמֶּמְשָׁלָה אִשְּׁרָה אֶת הַתַּקְצִיב", "הממשלה אישרה את התקציב", "הממשלה אישרה את התקציב"),
    ],
)
def test_vowel_points_and_kashida_do_not_part_a_headline_from_its_social_title(
    h1: str, social: str, seo: str | None
) -> None:
    html = _page(
        f'<title>{social} | Ledger</title><meta property="og:title" content="{social}">',
        f'<div class="top"><h1>{h1}</h1></div><div class="box"><h1>الأكثر قراءة اليوم</h1></div>',
    )
    assert _choose(html) == TitleChoice(h1, seo)


def test_an_abbreviated_headline_class_counts_only_as_a_whole_word() -> None:
    ld = '{"@type": "NewsArticle", "headline": "정부, 전기요금 동결 결정"}'
    html = _page(
        '<title>전기요금 동결 | 한국뉴스</title><meta property="og:title" content="전기요금 동결">'
        f'<script type="application/ld+json">{ld}</script>',
        '<article><div class="article_tit">정부, 전기요금 동결 결정</div></article>',
    )
    assert _headline(html) == "정부, 전기요금 동결 결정"
    ld = '{"@type": "NewsArticle", "headline": "市議会、新庁舎の建設案を可決"}'
    html = _page(
        f'<title>新庁舎案を可決｜地方新聞</title><script type="application/ld+json">{ld}</script>',
        '<article><div class="tit_area"><p class="tit">市議会、新庁舎の建設案を可決</p></div>'
        "</article>",
    )
    assert _headline(html) == "市議会、新庁舎の建設案を可決"
    # inside a word ("petition", "entity") the letters mark nothing: a box sharing words with
    # the title is no headline
    for cls in ("petition-box", "entity"):
        html = _page(
            "<title>Harbour baths petition reaches the council | Ledger</title>",
            f'<article><div class="{cls}">Sign the harbour baths petition today</div></article>',
        )
        assert _headline(html) == "Harbour baths petition reaches the council"


def test_a_label_opening_the_heading_is_a_badge_set_apart() -> None:
    head = "<title>Schools shut as storm hits region | The Courier</title>"
    html = _page(
        head,
        '<article><h1><span class="label label--breaking">Breaking</span> Storm closes schools'
        " across the region</h1></article>",
    )
    assert _headline(html) == "Storm closes schools across the region"
    html = _page(
        "<title>Bahnstreik ab Montag | Abendpost</title>",
        '<article><h1><span class="c-label">Eilmeldung</span>Lokführer streiken ab Montag'
        "</h1></article>",
    )
    assert _headline(html) == "Lokführer streiken ab Montag"


def test_a_kicker_in_brackets_reads_as_part_of_the_headline() -> None:
    html = _page(
        "<title>新庁舎案を可決｜地方新聞</title>",
        '<article><h1><span class="label">【速報】</span>市議会、新庁舎の建設案を可決</h1>'
        "</article>",
    )
    assert _headline(html) == "【速報】市議会、新庁舎の建設案を可決"
    html = _page(
        "<title>Harbour fire: what we know | Ledger</title>",
        '<article><h1><span class="kicker">[Video]</span> Fire breaks out at the harbour</h1>'
        "</article>",
    )
    assert _headline(html) == "[Video] Fire breaks out at the harbour"


def test_a_styled_word_in_capitals_opening_the_heading_is_a_kicker() -> None:
    html = _page(
        "<title>Stormen slog ut strömmen för tusentals | Kvällsposten</title>",
        '<article><h1 class="css-1"><span class="css-2">JUST NU </span>Tusentals utan ström'
        " efter stormen</h1></article>",
    )
    assert _headline(html) == "Tusentals utan ström efter stormen"
    html = _page(
        "<title>Pläne für neue Stromtrasse | Abendpost</title>",
        '<article><h1><b class="k">EXKLUSIV</b> Regierung plant neue Stromtrasse</h1></article>',
    )
    assert _headline(html) == "Regierung plant neue Stromtrasse"


def test_capitals_that_run_on_unstyled_or_the_whole_heading_are_no_kicker() -> None:
    head = "<title>Summit opens as allies gather in Vilnius | Ledger</title>"
    for h1, shown in (
        ('<span class="tag">NATO</span> summit in Vilnius', "NATO summit in Vilnius"),  # runs on
        ("<span>NATO</span> Summit In Vilnius", "NATO Summit In Vilnius"),  # no class or style
        ('<span class="x">NATO</span> SUMMIT IN VILNIUS', "NATO SUMMIT IN VILNIUS"),  # capitals
    ):
        assert _headline(_page(head, f"<article><h1>{h1}</h1></article>")) == shown


def test_under_a_logo_h1_the_h2_opening_the_article_shares_words_with_a_reworded_title() -> None:
    html = _page(
        "<title>Pista ciclabile in centro, lavori ad aprile - Blog Città</title>",
        '<h1 class="site-title">Blog Città</h1><article><h2>Nuova pista ciclabile in centro:'
        " lavori da aprile</h2><p>Il comune ha approvato il progetto.</p></article>",
    )
    assert _headline(html) == "Nuova pista ciclabile in centro: lavori da aprile"
    html = _page(
        "<title>Köprü trafiğe açıldı: ulaşım rahatladı | Haber Sitesi</title>",
        '<h1><a href="/"><img src="/logo.png" alt="Haber Sitesi"></a>Haber Sitesi</h1>'
        "<main><h2>Yeni köprü bugün trafiğe açıldı</h2><p>Belediye açıkladı.</p></main>",
    )
    assert _headline(html) == "Yeni köprü bugün trafiğe açıldı"


def test_under_a_logo_h1_an_h2_after_the_first_paragraph_is_a_subheading() -> None:
    html = _page(
        "<title>Pista ciclabile in centro, lavori ad aprile - Blog Città</title>",
        '<h1 class="site-title">Blog Città</h1><article><p>Il comune ha approvato il progetto.'
        "</p><h2>Perché la pista ciclabile in centro parte ad aprile</h2></article>",
    )
    assert _headline(html) == "Pista ciclabile in centro, lavori ad aprile"


# ---------------------------------------------------------------------------------------------
# Round 5: other bars and dashes, fullwidth parentheses, utility classes, short-word languages


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Ferry timetable extended into winter ┃ Harbour Post",
            "Ferry timetable extended into winter",
        ),
        ("大雨で列車が運休┃港湾新聞", "大雨で列車が運休"),
        (
            "Ferry timetable extended into winter ‒ Harbour Post",
            "Ferry timetable extended into winter",
        ),
        (
            "Ferry timetable extended into winter \u2011 Harbour Post",
            "Ferry timetable extended into winter",
        ),
        (
            "Ferry timetable extended into winter − Harbour Post",
            "Ferry timetable extended into winter",
        ),
        (
            "Ferry timetable extended into winter ∣ Harbour Post",
            "Ferry timetable extended into winter",
        ),
        (
            "Ferry timetable extended into winter ❘Harbour Post",
            "Ferry timetable extended into winter",
        ),
        ("大雨で列車が運休 ≫ 港湾新聞", "大雨で列車が運休"),
        ("大雨で列車が運休 ／ 港湾新聞", "大雨で列車が運休"),
    ],
)
def test_heavy_bars_figure_dashes_and_minus_signs_part_a_title(title: str, expected: str) -> None:
    site = SiteNames(frozenset({"harbour post", "港 湾 新 聞"}), ())
    assert strip_site_name(title, site) == expected


@pytest.mark.parametrize("separator", ["‒", "\u2011", "−", "┃", "∣", "≫", "／"])
def test_a_dash_or_bar_left_in_front_of_a_headline_goes(separator: str) -> None:
    assert (
        trim_separators(f"{separator} «Ferry timetable extended»") == "«Ferry timetable extended»"
    )
    # glued to the word, a dash is the headline's own
    assert trim_separators(f"Ferry −{separator}x") == f"Ferry −{separator}x"


def test_a_site_name_in_fullwidth_parentheses_after_the_story_goes() -> None:
    site = SiteNames(frozenset({"港 湾 新 聞"}), ())
    assert strip_site_name("大雨で列車が運休（港湾新聞）", site) == "大雨で列車が運休"
    # a name in parentheses the page does not state is the headline's own
    assert strip_site_name("大雨で列車が運休（北部）", site) == "大雨で列車が運休（北部）"


def test_a_separator_a_utility_class_hides_sets_the_kicker_apart() -> None:
    head = (
        "<title>Fahrplan: Bahn streicht Nachtzüge nach Wien - Abendpost</title>"
        '<meta property="og:title" content="Fahrplan: Bahn streicht Nachtzüge nach Wien">'
    )
    heading = (
        '<article><h2><span class="block text-red">Fahrplan</span><span class="{}">:</span> '
        "<span>Bahn streicht Nachtzüge nach Wien</span></h2></article>"
    )
    for hidden in ("hidden", "d-none", "invisible"):
        assert _headline(_page(head, heading.format(hidden))) == "Bahn streicht Nachtzüge nach Wien"
    # part of a class name, or undone on larger screens, it hides nothing
    for shown in ("overflow-hidden", "hidden md:inline", "d-none d-lg-inline"):
        html = _page(head, heading.format(shown))
        assert _headline(html) == "Fahrplan: Bahn streicht Nachtzüge nach Wien"


def test_hangul_words_tell_a_reworded_title_by_their_letters() -> None:
    html = _page(
        '<title>시의회 3월 버스요금 인상안 보류 : 지역 : 한빛일보</title><meta property="og:title" '
        'content="시의회 3월 버스요금 인상안 보류">',
        "<div><h1>시의회, 버스요금 인상 보류 결정…시민 반발 고려</h1></div>",
    )
    assert _headline(html) == "시의회, 버스요금 인상 보류 결정…시민 반발 고려"


def test_thai_titles_reworded_share_runs_of_letters() -> None:
    html = _page(
        "<title>ผู้ว่าฯ สั่งปิดโรงเรียนริมแม่น้ำ 3 วัน - ข่าวภาคเหนือ</title>"
        '<meta property="og:title" content="ผู้ว่าฯ สั่งปิดโรงเรียนริมแม่น้ำ 3 วัน">',
        "<div><h1>น้ำท่วมเชียงใหม่ ปิดโรงเรียนริมแม่น้ำ 3 วัน</h1></div>",
    )
    assert _headline(html) == "น้ำท่วมเชียงใหม่ ปิดโรงเรียนริมแม่น้ำ 3 วัน"


def test_the_only_h1_with_a_headline_class_sharing_a_few_short_words_is_the_headline() -> None:
    head = (
        "<title>Cầu mới qua sông Hồng sắp thông xe - Báo Sông Hồng</title>"
        '<meta property="og:title" content="Cầu mới qua sông Hồng sắp thông xe">'
    )
    html = _page(
        head, '<div><h1 class="detail-title">Thông xe cầu Hồng Hà vào cuối tháng tư</h1></div>'
    )
    assert _headline(html) == "Thông xe cầu Hồng Hà vào cuối tháng tư"
    # unmarked by its class, two short words shared make no headline of it
    html = _page(head, '<div class="box"><h1>Cầu thủ nổi bật tuần qua</h1></div>')
    assert _headline(html) == "Cầu mới qua sông Hồng sắp thông xe"


def test_the_only_unmarked_h1_sharing_half_its_words_is_the_headline() -> None:
    head = (
        "<title>Phà qua sông Tiền tạm ngừng vì nước lớn - Báo Miền Tây</title>"
        '<meta property="og:title" content="Phà qua sông Tiền tạm ngừng vì nước lớn">'
    )
    html = _page(head, "<div><h1>Nước lớn, phà sông Tiền ngừng chạy hai ngày</h1></div>")
    assert _headline(html) == "Nước lớn, phà sông Tiền ngừng chạy hai ngày"
    # sharing two short words of six is not enough for an <h1> nothing marks
    html = _page(head, "<div><h1>Lịch phà dịp lễ ở miền Tây</h1></div>")
    assert _headline(html) == "Phà qua sông Tiền tạm ngừng vì nước lớn"


def test_arabic_words_with_the_article_or_a_preposition_written_on_are_shared() -> None:
    head = (
        "<title>اندلاع حريق بسوق مدينة قديم - صحيفة الشمال</title>"
        '<meta property="og:title" content="اندلاع حريق بسوق مدينة قديم">'
    )
    # "بسوق" is "سوق", "المدينة" is "مدينة", "القديم" is "قديم": four words of five shared
    html = _page(head, "<div><h1>حريق في سوق المدينة القديم</h1></div>")
    assert _headline(html) == "حريق في سوق المدينة القديم"
    # a stem under three letters is no word of its own: "بر" of "البر" shares nothing
    html = _page(head, "<div><h1>أسعار البر في الأسواق</h1></div>")
    assert _headline(html) == "اندلاع حريق بسوق مدينة قديم"


def test_hebrew_words_with_a_prefix_letter_are_shared() -> None:
    head = (
        "<title>נפתח גשר חדש מעל הנהר בעיר - חדשות הצפון</title>"
        '<meta property="og:title" content="נפתח גשר חדש מעל הנהר בעיר">'
    )
    html = _page(head, "<div><h1>הגשר החדש על נהר העיר נפתח</h1></div>")
    assert _headline(html) == "הגשר החדש על נהר העיר נפתח"
