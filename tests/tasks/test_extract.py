"""Cleaning pages: main text without boilerplate, charsets that lie, binary bodies refused."""

from __future__ import annotations

import pytest

from schemas.errors import ExtractionFailed, UnsupportedContent
from tasks.extract import (
    _without_headline,
    decode_html,
    drop_author_notes,
    drop_byline_lines,
    extract_page,
    split_authors,
)
from tasks.page import ParsedPage

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


def test_a_short_article_keeps_its_paragraphs_and_not_the_page_around_them() -> None:
    """A wire brief (here 120 characters of Japanese) is below trafilatura's default minimum:
    its baseline would join the category, headline, time and text into one line."""
    html = (
        '<html lang="ja"><head><title>港湾の橋、週末に通行止め｜地方新聞</title></head><body>'
        '<main><article><div class="category">地域</div><h1>港湾の橋、週末に通行止め</h1>'
        '<time datetime="2024-03-05">2024年3月5日</time><div class="body">'
        "<p>市は5日、港湾にかかる橋を来月の三つの週末に全面通行止めにすると発表した。老朽化した"
        "継ぎ目の補修工事のため。</p><p>期間中は臨時のバスが運行される。市は迂回路の利用を"
        "呼びかけている。</p><p>工事は夜間も続けられる予定で、近隣の住民には騒音への理解を求めている。</p>"
        "</div></article></main></body></html>"
    )
    body = extract_page(ParsedPage(html, "https://news.example.jp/a/1")).body
    assert body.splitlines() == [
        "市は5日、港湾にかかる橋を来月の三つの週末に全面通行止めにすると発表した。"
        "老朽化した継ぎ目の補修工事のため。",
        "期間中は臨時のバスが運行される。市は迂回路の利用を呼びかけている。",
        "工事は夜間も続けられる予定で、近隣の住民には騒音への理解を求めている。",
    ]


STORM = [
    "More than ten thousand homes were without power on Tuesday morning, the utility said.",
    "Repairs could take several days in the worst-hit areas, where roads are still blocked.",
]


@pytest.mark.parametrize(
    "line",
    [
        "JUST NU Tusentals utan ström efter stormen",  # a kicker set apart by CSS alone
        "LIVE Storm leaves thousands without power",
        "【速報】Storm leaves thousands without power",
    ],
)
def test_the_heading_leaves_the_body_with_the_kicker_the_title_left_out(line: str) -> None:
    """The extractor keeps the heading's line as the page shows it (tests/golden/titles/
    sv-styled-caps-kicker.html); the title is the headline without its kicker."""
    titles = ["Tusentals utan ström efter stormen", "Storm leaves thousands without power"]
    assert _without_headline(["Politics", line, "5 March 2024", *STORM], titles) == [
        "5 March 2024",
        *STORM,
    ]


def test_a_sentence_ending_with_the_headline_words_stays() -> None:
    lines = ["Officials said on Tuesday that the storm leaves thousands without power", *STORM]
    assert _without_headline(lines, ["storm leaves thousands without power"]) == lines
    short = ["Prices rose again. Power cuts", *STORM]  # a short title is no headline line
    assert _without_headline(short, ["Power cuts"]) == short


def test_a_section_name_taken_for_the_title_does_not_keep_the_headline_in_the_body() -> None:
    """A news page whose <h1> only names the section ("Aktuelles") holds the story's heading
    below it: the displayed headline is looked for first, so both lines leave the body
    (tests/golden/titles/de-section-name-h1-story-h2.html)."""
    lines = ["Aktuelles", "Sommerfest am 14. Juni", *STORM]
    assert _without_headline(lines, ["Sommerfest am 14. Juni", "Aktuelles"]) == STORM


def test_zero_width_joiners_stay_in_the_body() -> None:
    """Persian writes "می‌شود" with a non-joiner, emoji families with joiners; without them
    the words glue together and the families fall apart."""
    sentence = "این طرح در جلسه‌ی روز یکشنبه تصویب شد و از ماه آینده اجرا می‌شود. "
    html = (
        '<html lang="fa"><head><title>طرح</title></head><body><article><h1>طرح</h1>'
        f"<p>{sentence * 4}</p><p>{sentence * 3}👨‍👩‍👧</p></article></body></html>"
    )
    page = ParsedPage(html, "https://news.example.ir/a")
    body = extract_page(page).body
    assert "جلسه\u200cی" in body and "می\u200cشود" in body and "👨\u200d👩\u200d👧" in body
    assert "\U0001f700" not in body and page.tree is not None
    assert "\U0001f700" not in page.tree.text_content()  # the shared tree is never changed


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


def test_a_note_on_the_author_closing_the_body_leaves() -> None:
    story = ["The talks went on until midnight.", "Lena Marsh, the mediator, said so."]
    notes = [
        "Jane Doe covers diplomacy for the Ledger. Follow her on X.",
        "— Jane Doe's book on the talks, “Midnight in Doha”, is out now.",
    ]
    for note in notes:
        assert drop_author_notes([*story, note], ["Jane Doe"]) == story


def test_a_note_on_the_author_after_a_title_leaves() -> None:
    story = ["The talks went on until midnight.", "Lena Marsh, the mediator, said so."]
    note = "Dr. Sarah Lin is an emergency physician in Oakland and a member of the Bay Guild."
    assert drop_author_notes([*story, note], ["Sarah Lin"]) == story
    other = "Dr. Lena Marsh is a mediator in Geneva and a member of the Bay Guild."
    assert drop_author_notes([*story, other], ["Sarah Lin"]) == [*story, other]


def test_a_sign_off_or_an_address_naming_the_author_leaves() -> None:
    story = ["The talks went on until midnight.", "Lena Marsh, the mediator, said so."]
    assert drop_author_notes([*story, "（佐藤花子）"], ["佐藤花子"]) == story
    assert drop_author_notes([*story, "(Doe)"], ["Doe"]) == story
    contact = "Contact Amy Dunn at adunn@record.example or 555-0142."
    assert drop_author_notes([*story, contact], ["Amy Dunn"]) == story


def test_a_sign_off_without_the_bylines_role_and_a_korean_note_leave() -> None:
    story = ["市议会周二通过了新的轮渡码头方案。", "工程预计明年九月开工。"]
    assert drop_author_notes([*story, "（陈）"], ["记者 陈"]) == story
    assert drop_author_notes([*story, "（林）"], ["文/林"]) == story
    korean = ["시의회는 화요일 새 부두 계획을 승인했다.", "공사는 내년 9월 시작된다."]
    note = "박지훈 기자는 해양수산 분야를 취재하고 있습니다."
    assert drop_author_notes([*korean, note], ["박지훈 기자"]) == korean
    # the story's own one-character word in parentheses, and another reporter, stay
    assert drop_author_notes([*story, "（完）"], ["记者 陈"]) == [*story, "（完）"]
    other = "박지훈 기자가 쓴 기사는 지난주 상을 받았다."
    assert drop_author_notes([*korean, other], ["김서연 기자"]) == [*korean, other]


def test_an_address_in_the_story_stays() -> None:
    lines = ["The talks went on.", "Anyone who saw the crash should email appeals@police.example."]
    assert drop_author_notes(lines, ["Owen Price"]) == lines


def test_other_names_and_one_word_names_closing_the_story_stay() -> None:
    lines = ["The talks went on until midnight.", "Lena Marsh spoke last.", "Doe left at noon."]
    assert drop_author_notes(lines, ["Jane Doe", "Lena Marshall", "Lena"]) == lines
    assert drop_author_notes(lines, ["Doe"]) == lines


def test_split_authors() -> None:
    assert split_authors("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]
    assert split_authors("By LENA MARSH and TOM BRANDT") == ["Lena Marsh", "Tom Brandt"]
    assert split_authors("Author: Shabnam Rahimi") == ["Shabnam Rahimi"]
    assert split_authors(None) == []


def test_a_transcript_line_opening_with_the_authors_name_stays() -> None:
    # the author asks, a guest answers: "NAME:" labels a speaker, it is no note on the author
    lines = [
        "On this episode, Rosa Lind talks to two nurses who left the ward.",
        "ROSA LIND: Ana Kirby worked nights for nine years before she quit.",
        "Rosa Lind: She came back last spring, to the same ward.",
    ]
    assert drop_author_notes(lines, ["Rosa Lind"]) == lines


def test_the_headline_standing_after_the_lead_leaves_the_body() -> None:
    """A first container holding only the lead: trafilatura goes on with the article, whose
    heading then follows the lead."""
    lead = "Pécsen új, fedett buszpályaudvar épül a vasútállomás mellett, jelentette be szerdán "
    lead += "a város polgármestere."
    rest = [
        "A beruházás 6,2 milliárd forintba kerül, és 2027 végére készül el.",
        "Az új pályaudvaron 24 kocsiállás, váróterem és kerékpártároló is lesz.",
    ]
    html = (
        '<html lang="hu"><head><title>Pécsen új buszpályaudvar épül | Hírlap</title></head><body>'
        "<main><article><header><h1>Pécsen új buszpályaudvar épül</h1></header>"
        f'<div class="article-body"><p>{lead}</p></div>'
        f'<div class="article-rest">{"".join(f"<p>{p}</p>" for p in rest)}</div>'
        "</article></main></body></html>"
    )
    body = extract_page(ParsedPage(html, "https://hirlap.example/pecs/buszpalyaudvar")).body
    assert body.splitlines()[:2] == [lead, rest[0]]


def test_a_biography_that_calls_the_author_by_the_first_name_leaves() -> None:
    story = ["The bakery opened a second shop this week.", "Its owner said so."]
    notes = [
        "Renata is a freelance food writer based in Tacoma. She previously edited a dining guide.",
        "Renata reviews restaurants for the Harbor Post and is the author of two cookbooks.",
    ]
    for note in notes:
        assert drop_author_notes([*story, note], ["Renata Vilks"]) == story


def test_a_closing_line_on_a_namesake_or_without_a_writers_career_stays() -> None:
    story = ["The bakery opened a second shop this week.", "Its owner said so."]
    lines = [
        "Renata is a regular at the counter and was there on the first morning.",
        "Oskar is a freelance photographer who shot the opening.",
    ]
    for line in lines:
        assert drop_author_notes([*story, line], ["Renata Vilks"]) == [*story, line]
