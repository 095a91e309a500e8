"""Title separators real templates use that other conventions took for a headline's own."""

from __future__ import annotations

from tasks.page import ParsedPage
from tasks.titles import choose_title, split_title

TEXT = "<p>市规划局昨日发布了滨江片区的改造方案。</p><p>方案将在下月公示，征求市民意见。</p>"


def _title_only(title: str, site: str) -> str | None:
    html = (
        f'<html><head><title>{title}</title><meta property="og:site_name" content="{site}">'
        f"</head><body><div id='app'>{TEXT}</div></body></html>"
    )
    return choose_title(ParsedPage(html, "https://www.city.example/a/20240305/77.html"), None).title


def test_a_double_angle_bracket_no_opening_bracket_quotes_separates() -> None:
    assert _title_only("滨江片区改造方案公布 》城建频道", "城建频道") == "滨江片区改造方案公布"
    assert _title_only("滨江片区改造方案公布 》 城建频道", "城建频道") == "滨江片区改造方案公布"


def test_a_double_angle_bracket_closing_a_work_title_quotes() -> None:
    assert [p.text for p in split_title("《长河》 今晚首播")] == ["《长河》 今晚首播"]
    parts = split_title("《长河》 今晚首播 》 影视频道")
    assert [p.text for p in parts] == ["《长河》 今晚首播", "影视频道"]


def test_a_stated_name_with_its_country_domain_glued_on_is_the_site() -> None:
    html = (
        "<html><head><title>Ponte nova liga os dois bairros | Gazeta da Várzea.com.br</title>"
        '<meta property="og:site_name" content="Gazeta da Várzea"></head><body>'
        "<div id='app'><p>A obra levou dois anos e custou 40 milhões de reais.</p>"
        "<p>O trânsito deve melhorar já na próxima semana.</p></div></body></html>"
    )
    page = ParsedPage(html, "https://www.gvarzea.example/cidade/2024/03/05/1234")
    assert choose_title(page, None).title == "Ponte nova liga os dois bairros"


def test_a_title_that_is_a_path_with_no_name_stated_is_its_leaf() -> None:
    html = (
        "<html><head><title>Curierul de Vest » Economie » Fabrica de biciclete se redeschide "
        "la Arad</title></head><body><div id='app'><p>Uzina a fost închisă timp de doi ani, "
        "după falimentul vechiului proprietar.</p><p>Noul investitor angajează 300 de oameni."
        "</p></div></body></html>"
    )
    page = ParsedPage(html, "https://www.cdv.example/stiri/123456")
    assert choose_title(page, None).title == "Fabrica de biciclete se redeschide la Arad"
