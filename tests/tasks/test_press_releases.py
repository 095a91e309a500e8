"""A press release's contact block, source line and end mark leave the body; its "About" heading
and paragraph, which open with the page's author, the company, stay. Pages written for these
tests."""

from __future__ import annotations

from tasks.boilerplate import drop_credit_lines
from tasks.extract import drop_author_notes, drop_byline_lines, extract_page
from tasks.page import ParsedPage
from tasks.press_releases import drop_press_contacts, is_about_heading


def _release(lang: str, author: str, paragraphs: list[str]) -> ParsedPage:
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Release</title>"
        f"<meta name='author' content='{author}'></head><body><div class='release'><h1>Release"
        f"</h1><section class='release-body'>{inner}</section></div></body></html>"
    )
    return ParsedPage(html, "https://wire.example/news-releases/1")


STORY_EN = [
    "OAKDALE, Ore., May 6, 2025 -- Brightline Orchards said on Tuesday it will open a cider plant"
    " in Oakdale, hiring 80 people by next summer.",
    "Chief Executive Nora Blake said the plant will press apples from 30 farms in the valley.",
    "About Brightline Orchards",
    "Brightline Orchards grows apples and pears on 2,400 acres in the Willamette Valley and sells"
    " juice across the Northwest.",
]


def test_a_contact_block_after_the_about_paragraph_leaves_and_the_about_paragraph_stays() -> None:
    contact = "<b>Media Contact:</b><br>Ellen Frost<br>Harbor PR Group<br>+1 503-555-0188"
    page = _release("en", "Brightline Orchards", [*STORY_EN, contact, "SOURCE Brightline Orchards"])
    assert extract_page(page).body.splitlines() == STORY_EN


def test_contact_blocks_in_other_languages_leave_label_name_and_phone() -> None:
    lines = [
        "Die Stadtwerke Lübeck bauen bis 2027 einen Wärmespeicher am Hafen.",
        "Pressekontakt:",
        "Stadtwerke Lübeck GmbH",
        "Jonas Petersen",
        "Telefon: 0451 555 3301",
        "Kontakt dla mediów:",
        "Agnieszka Zielińska",
        "tel. +48 601 555 987",
    ]
    assert drop_press_contacts(lines) == lines[:1]


def test_a_contact_on_its_labels_line_leaves_and_a_sentence_about_the_press_stays() -> None:
    lines = [
        "Le maire a rencontré la presse mardi pour présenter le nouveau marché couvert.",
        "Contact presse : Julie Caron – Agence Littoral – 06 11 22 33 44",
        "Media contact: Ellen Frost",
        "###",
    ]
    assert drop_press_contacts(lines) == lines[:1]


def test_a_short_heading_after_a_contact_block_opens_the_next_paragraph_and_stays() -> None:
    lines = [
        "Media contacts",
        "Ellen Frost, Harbor PR Group",
        "About Brightline Orchards",
        "Brightline Orchards grows apples and pears on 2,400 acres in the Willamette Valley.",
    ]
    assert drop_press_contacts(lines) == lines[2:]
    assert is_about_heading("About Brightline Orchards") and is_about_heading("O firmie")


def test_a_releases_source_line_closes_it_and_leaves_in_any_script() -> None:
    story = ["Brightline Orchards will open a cider plant in Oakdale.", "It will hire 80 people."]
    for source in ("SOURCE Brightline Orchards", "출처: 한빛로보틱스", "المصدر: شركة رمال للطاقة"):
        assert drop_credit_lines([*story, source]) == story
    sentence = "Source: the company said it would appeal the ruling."
    assert drop_credit_lines([*story, sentence]) == [*story, sentence]


def test_a_japanese_releases_lead_that_opens_with_the_company_is_no_byline() -> None:
    lead = "株式会社みどり製菓（本社：大阪市北区）は、奈良県に新工場を建設すると発表しました。"
    rest = "新工場は2026年秋に稼働し、年間1万トンの菓子を生産する予定です。"
    assert drop_byline_lines([lead, rest], ["株式会社みどり製菓"]) == [lead, rest]


def test_an_about_heading_that_opens_with_the_company_and_its_paragraph_stay() -> None:
    lines = [
        "Anadolu Tekstil, Denizli'de yeni fabrikasını açtı.",
        "Şirketin genel müdürü fabrikada 600 kişinin çalışacağını söyledi.",
        "Anadolu Tekstil Hakkında",
        "Anadolu Tekstil, 1985 yılında Denizli'de kurulan bir ev tekstili üreticisidir.",
    ]
    assert drop_author_notes(lines, ["Anadolu Tekstil"]) == lines


def test_a_hindi_releases_lead_that_opens_with_the_company_is_no_byline() -> None:
    lead = "गंगा सोलर ने सोमवार को जयपुर में नया सौर संयंत्र शुरू किया।"
    rest = "कंपनी के अनुसार संयंत्र से पचास हज़ार घरों को बिजली मिलेगी।"
    assert drop_byline_lines([lead, rest], ["गंगा सोलर"]) == [lead, rest]


def test_a_wires_links_to_the_releases_media_and_copy_leave_and_a_linked_sentence_stays() -> None:
    links = [
        "View original content to download multimedia: https://wire.example/news/orchards-301.html",
        "Photo - https://media.wire.example/2411/orchard.jpg",
        "View source version on newswire.example: https://newswire.example/home/2025/en/",
        "A photo accompanying this announcement is available at https://wire.example/att/abc",
    ]
    sentence = "For more information, visit https://brightline.example/about and sign up."
    assert drop_press_contacts([*STORY_EN, *links, sentence]) == [*STORY_EN, sentence]


def test_a_safe_harbor_statement_and_a_wires_provider_line_leave() -> None:
    release = [
        "NEWS PROVIDED BY Corvina Labs, Inc. — Jun 02, 2026, 08:00 ET",
        "Corvina Labs today announced that its sensor trial met its main goal.",
        "About Corvina Labs",
        "Corvina Labs makes water sensors in Tallinn, Estonia.",
        "Forward-Looking Statements",
        "This press release contains forward-looking statements within the meaning of the law, "
        "which are subject to risks and uncertainties.",
        "Corvina undertakes no obligation to update any forward-looking statement.",
        "Media Contact:",
        "Kai Saar",
    ]
    assert drop_press_contacts(release) == release[1:4]


def test_a_story_on_a_companys_forecast_stays() -> None:
    lines = [
        "Forward guidance from the central bank surprised traders.",
        "The company said its forward-looking statements had been too optimistic, and cut its "
        "forecast for the year.",
    ]
    assert drop_press_contacts(lines) == lines
