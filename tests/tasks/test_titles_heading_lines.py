"""Headlines whose heading holds more than the headline: a meta line, a subtitle set apart."""

from __future__ import annotations

from tasks.page import ParsedPage
from tasks.titles import choose_title


def _headline(head: str, body: str, url: str = "https://news.example/a/1.html") -> str | None:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return choose_title(ParsedPage(html, url), None).title


TEXT = "<p>Der Gemeinderat hat am Abend lange beraten.</p><p>Die Entscheidung fällt im Juni.</p>"


def test_a_date_line_after_a_br_in_the_h1_is_its_meta_line() -> None:
    # a CMS template that prints the date and source under the headline, inside the <h1>
    body = (
        '<div class="logo"><img alt="山城晚报"></div>'
        '<div id="Article"><h1>老城区将新建三座停车场<br />'
        "<span>2024-11-03 09:15:00&nbsp;&nbsp;来源：山城晚报&nbsp;&nbsp;点击：</span></h1>"
        "<div class='content'><p>市交通局昨日公布了老城区停车设施建设计划。</p>"
        "<p>三座停车场预计明年年底前建成。</p></div></div>"
    )
    head = "<title>老城区将新建三座停车场 - 本地 - 山城晚报</title>"
    assert _headline(head, body) == "老城区将新建三座停车场"


def test_a_time_element_inside_the_h1_is_no_part_of_the_headline() -> None:
    body = (
        '<main><h1 class="entry-title">Schwimmbad öffnet nach Umbau '
        '<time datetime="2024-06-01">01.06.2024</time></h1>' + TEXT + "</main>"
    )
    # the <title> only names the site: nothing else tells the headline from its date
    assert _headline("<title>Kreisbote</title>", body) == "Schwimmbad öffnet nach Umbau"


def test_a_subtitle_inside_the_h1_is_never_the_part_a_title_confirms() -> None:
    # the SEO title joins headline and subtitle; the headline is the heading's first line,
    # not its <small> subtitle (which is longer, and the title states it as one end)
    body = (
        '<article><h1 class="entry-title">Sommerfest 2024<br /><small>Programm, Anfahrt und '
        "Parken</small></h1>" + TEXT + "</article>"
    )
    head = "<title>Sommerfest 2024 – Programm, Anfahrt und Parken - Heimatverein Lindenau</title>"
    assert _headline(head, body) == "Sommerfest 2024"


def test_a_number_line_that_is_no_date_stays_in_the_headline() -> None:
    body = (
        '<article><h1 class="entry-title">Haushalt beschlossen<br /><span>Stadt investiert '
        "12,5 Millionen in Schulen</span></h1>" + TEXT + "</article>"
    )
    headline = "Haushalt beschlossen Stadt investiert 12,5 Millionen in Schulen"
    assert _headline(f"<title>{headline} | Kurier</title>", body) == headline


def test_headline_lines_in_adjacent_elements_are_words_apart() -> None:
    # a design that sets each line of the headline in a span the stylesheet makes a block
    body = (
        '<main><article><h1 class="headline"><span class="line">Das letzte</span>'
        '<span class="line">Fährhaus am Fluss</span></h1>' + TEXT + "</article></main>"
    )
    assert _headline("<title>Kreisbote</title>", body) == "Das letzte Fährhaus am Fluss"


def test_chinese_text_in_adjacent_elements_runs_on() -> None:
    body = (
        '<main><article><h1 class="headline"><span class="hl">独家</span><span>老城区将新建三座'
        "停车场</span></h1><p>市交通局昨日公布了老城区停车设施建设计划。</p>"
        "<p>三座停车场预计明年年底前建成，共提供一千二百个车位。</p></article></main>"
    )
    assert _headline("<title>山城晚报</title>", body) == "独家老城区将新建三座停车场"


def test_letters_split_into_spans_one_each_stay_one_word() -> None:
    # an animation script wraps each letter of the headline in a span of its own
    letters = "".join(f'<span class="char">{c}</span>' for c in "Fährhaus")
    body = (
        f'<main><article><h1 class="headline"><span class="word">Das</span> '
        f'<span class="word">letzte</span> <span class="word">{letters}</span></h1>'
        + TEXT
        + "</article></main>"
    )
    assert _headline("<title>Kreisbote</title>", body) == "Das letzte Fährhaus"


def test_a_time_element_inside_the_headline_s_words_stays() -> None:
    body = (
        '<main><h1 class="entry-title">Liveticker: <time datetime="2024-06-01">1. Juni</time> '
        "– Hochwasser im Landkreis</h1>" + TEXT + "</main>"
    )
    assert _headline("<title>Kreisbote</title>", body) == (
        "Liveticker: 1. Juni – Hochwasser im Landkreis"
    )


TITLE_BAR = (
    '<div class="title_container"><h1 class="main-title entry-title"><a href="/blog/">Blog - '
    "Aktuelle Meldungen</a></h1></div>"
)
CLUB = '<title>TC Blau-Weiß</title><meta property="og:site_name" content="TC Blau-Weiß">'
POST = (
    '<main><article><h1 class="post-title entry-title" itemprop="headline">Herren 40 steigen '
    "in die Verbandsliga auf</h1>" + TEXT + "</article></main>"
)


def test_with_a_title_naming_only_the_site_the_slug_tells_the_title_bar_from_the_post() -> None:
    # a theme's title bar <h1> above the post's own; the <title> only names the club
    html = f"<html><head>{CLUB}</head><body>{TITLE_BAR}{POST}</body></html>"
    page = ParsedPage(html, "https://tc-blauweiss.example/herren-40-verbandsliga-aufstieg/")
    assert choose_title(page, None).title == "Herren 40 steigen in die Verbandsliga auf"


def test_with_no_title_and_no_slug_the_heading_opening_the_text_comes_first() -> None:
    html = f"<html><head>{CLUB}</head><body>{TITLE_BAR}{POST}</body></html>"
    page = ParsedPage(html, "https://tc-blauweiss.example/?p=77")
    assert choose_title(page, None).title == "Herren 40 steigen in die Verbandsliga auf"


def test_a_title_bar_h1_yields_to_the_post_s_h2_when_no_other_title_names_it() -> None:
    # the theme's title bar shows a fixed text in the <h1>; the post's title is an <h2>
    body = (
        '<div class="page-title-bar"><h1 class="entry-title">Neues aus dem Verein</h1></div>'
        '<main><article class="post"><h2 class="entry-title post-title">Jugendabteilung gewinnt '
        "den Kreispokal</h2>" + TEXT + "</article></main>"
    )
    html = f"<html><head>{CLUB}</head><body>{body}</body></html>"
    page = ParsedPage(html, "https://tc-blauweiss.example/?p=91")
    assert choose_title(page, None).title == "Jugendabteilung gewinnt den Kreispokal"
