"""Cleaning pages: main text without boilerplate, charsets that lie, binary bodies refused."""

from __future__ import annotations

import pytest

from schemas.errors import ExtractionFailed, UnsupportedContent
from tasks.extract import decode_html, drop_byline_lines, extract_page, split_authors
from tasks.page import ParsedPage
from tasks.titles import SiteNames, choose_title, page_host_labels, strip_site_name

PARAGRAPHS = [
    "The Pentagon said on Thursday that talks in Doha would continue next week, officials said.",
    "Negotiators from both sides met for six hours and agreed on a schedule for prisoner releases.",
    "Diplomats described the atmosphere as businesslike but said major disagreements remained.",
]

PAGE = f"""<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Talks go on | Example News</title>
<link rel="canonical" href="https://news.example/talks-go-on">
<meta name="author" content="Jane Doe; John Roe"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<article><h1>Talks go on</h1>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</article>
<aside class="related"><h3>Related articles</h3>
<ul><li><a href="/x">Another story entirely</a></li></ul></aside>
<footer>Copyright 2020 Example News. All rights reserved.</footer></body></html>"""


def test_main_text_title_authors_language_canonical() -> None:
    extracted = extract_page(ParsedPage(PAGE, "https://news.example/talks-go-on?utm_source=x"))
    assert extracted.title == "Talks go on"
    assert extracted.body.splitlines() == PARAGRAPHS
    assert extracted.authors == ["Jane Doe", "John Roe"]
    assert extracted.language == "en"
    assert extracted.declared_canonical == "https://news.example/talks-go-on"


def test_page_without_text_is_an_extraction_failure() -> None:
    with pytest.raises(ExtractionFailed):
        extract_page(ParsedPage("<html><body><nav>Home</nav></body></html>", "http://x.test/"))


def test_decoding_survives_a_wrong_header_charset() -> None:
    body = "<html><head><meta charset='utf-8'></head><body>Kabul – “Sediqqi”</body></html>"
    assert "“Sediqqi”" in decode_html(body.encode("utf-8"), "text/html; charset=bogus-8")
    latin = "<html><body>Zürich</body></html>".encode("latin-1")
    assert "Zürich" in decode_html(latin, "text/html; charset=iso-8859-1")
    utf8 = "<html><body><p>Zürich, Genève, Köln: Grüße aus Europa</p></body></html>"
    # a stale label over UTF-8 bytes: the bytes win
    assert "Grüße" in decode_html(utf8.encode("utf-8"), "text/html; charset=iso-8859-1")
    russian = "<html><body><p>" + "Министерство обороны США опубликовало доклад. " * 20
    cp1251 = (russian + "</p></body></html>").encode("cp1251")
    # a wrong label over Cyrillic cp1251: detection disagrees with the label and wins
    assert "Министерство обороны" in decode_html(cp1251, "text/html; charset=iso-8859-1")
    assert "Министерство обороны" in decode_html(cp1251, "text/html")
    bom = b"\xef\xbb\xbf" + utf8.encode("utf-8")
    assert decode_html(bom, "text/html; charset=windows-1252").startswith("<html>")


def test_binary_bodies_are_refused() -> None:
    with pytest.raises(UnsupportedContent):
        decode_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "text/html")


def test_byline_lines_leave_the_body() -> None:
    lines = ["By Jane Doe | Updated: July 2, 2020", "Jane Doe said the talks went on."]
    assert drop_byline_lines(lines, ["Jane Doe"]) == ["Jane Doe said the talks went on."]


def test_split_authors() -> None:
    assert split_authors("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]
    assert split_authors("By LENA MARSH and TOM BRANDT") == ["Lena Marsh", "Tom Brandt"]
    assert split_authors("Author: Shabnam Rahimi") == ["Shabnam Rahimi"]
    assert split_authors(None) == []


def _titled(title: str, h1: str, og: str | None = None, site: str | None = None) -> str:
    head = f"<title>{title}</title>"
    if og:
        head += f'<meta property="og:title" content="{og}">'
    if site:
        head += f'<meta property="og:site_name" content="{site}">'
    return f"<html><head>{head}</head><body><h1>{h1}</h1><p>text</p></body></html>"


def test_title_is_the_headline_confirmed_by_the_title_tag() -> None:
    html = _titled("Ceasefire holds in the north | Ledger", "Ceasefire holds in the north")
    assert choose_title(html, "Ceasefire holds in the north | Ledger") == (
        "Ceasefire holds in the north"
    )


def test_a_logo_h1_is_not_the_headline() -> None:
    html = _titled("Weitere Digitalisierung der Kinos - Time 4 talks", "Time 4 talks")
    assert choose_title(html, None) == "Weitere Digitalisierung der Kinos"


def test_site_name_is_dropped_from_either_end_and_inner_dashes_kept() -> None:
    html = _titled("Ledger | Talks resume – a week later", "Ledger", site="Ledger")
    assert choose_title(html, None) == "Talks resume – a week later"


def test_kicker_inside_the_h1_is_dropped() -> None:
    html = _titled(
        "„Es kommt darauf an, wie sie sterben“ | Cicero",
        "Corona-Pandemie - „Es kommt darauf an, wie sie sterben“",
    )
    assert choose_title(html, None) == "„Es kommt darauf an, wie sie sterben“"


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}<p>text</p></body></html>"


def test_headline_and_json_ld_beat_a_reworded_social_title() -> None:
    html = _page(
        "<title>Dubai: the largest plant - Solar News</title>"
        '<meta property="og:title" content="Dubai: the largest plant - Solar News">'
        '<meta property="og:site_name" content="Solar News">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Largest solar plant rises in Dubai"}</script>',
        "<article><h1>Largest solar plant rises in Dubai</h1></article>",
    )
    assert choose_title(html, None) == "Largest solar plant rises in Dubai"


def test_site_name_spelled_by_the_host_and_breadcrumb_leaf() -> None:
    html = _page("<title>Time 4 talks » Blog Archiv » More digital cinemas</title>", "")
    assert choose_title(html, None, "http://www.time4talks.com/2013/08/07/x/") == (
        "More digital cinemas"
    )
    archived = "https://web.archive.org/web/20140226054445/http://www.time4talks.com/x/"
    assert page_host_labels(archived) == ["time4talks"]
    assert choose_title(html, None, archived) == "More digital cinemas"


def test_a_heading_linking_home_is_the_logo_and_names_the_site() -> None:
    html = _page(
        "<title>The gayest video : Crime-Blog | Notes on a genre | Since 2005</title>",
        '<h1><a href="http://crime.example/">Crime-Blog</a></h1>',
    )
    assert choose_title(html, None) == "The gayest video"


def test_kicker_element_inside_the_h1_is_dropped() -> None:
    html = _page(
        "<title>100th birthday: Survivor turns 100</title>"
        '<meta property="og:title" content="100th birthday: Survivor turns 100">',
        '<article><h1><div class="topic-label">100th birthday</div> Survivor turns 100</h1>'
        "</article>",
    )
    assert choose_title(html, None) == "Survivor turns 100"


def test_a_social_title_keeps_its_subtitle() -> None:
    html = _page(
        "<title>Report of 22.04.2020 – what are they waiting for? – THE AXIS. AXIS.COM</title>"
        '<meta property="og:title" content="Report of 22.04.2020 – what are they waiting for?">',
        "",
    )
    assert choose_title(html, None, "https://www.axis.com/a") == (
        "Report of 22.04.2020 – what are they waiting for?"
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


def test_headings_agree_despite_a_typo_or_a_mis_decoded_apostrophe() -> None:
    html = _page(
        "<title>Blog : Mountain quests and NPCÂ´s</title>",
        "<h1>Mountain quests and NPC’s</h1>",
    )
    assert choose_title(html, None) == "Mountain quests and NPC’s"


def test_the_headline_may_sit_in_a_breadcrumb_nav_and_open_a_longer_title() -> None:
    html = _page(
        "<title>Pear cake by jane | Recipes</title>"
        '<meta property="og:title" content="Pear cake by jane | Recipes">'
        '<meta property="og:site_name" content="Recipes">',
        '<nav><ol class="breadcrumb"><li><a href="/">Home</a></li><li><h1>Pear cake</h1></li>'
        "</ol></nav>",
    )
    assert choose_title(html, None) == "Pear cake"


def test_a_site_name_that_is_the_whole_title_is_not_the_site_name() -> None:
    html = _page(
        "<title>Winners of the week - Horse market news</title>"
        '<meta property="og:site_name" content="Winners of the week - Horse market news">',
        "<h1>Horse market news</h1>",
    )
    assert choose_title(html, None) == "Winners of the week"
