"""A box asking the reader to follow the site on a messaging channel, Google News or in its app
leaves the body whatever its words, because it links to a platform's page for following a
publisher; a story citing a channel's post, or another body's channel, stays. Pages written for
these tests."""

from __future__ import annotations

from tasks.channel_boxes import channel_box_lines, is_follow_link
from tasks.extract import extract_page
from tasks.markup import PageMarkup
from tasks.page import ParsedPage

STORY = [
    "A prefeitura de Vila Serena anunciou nesta terça-feira a reforma do mercado municipal.",
    "As obras começam em agosto e devem durar catorze meses, segundo a secretaria de obras.",
    "Os 120 comerciantes do mercado serão levados para um galpão provisório no bairro vizinho.",
    "A reforma custará 18 milhões de reais, pagos com um empréstimo do banco estadual.",
]
BOXES = [
    # WhatsApp channel, a call on its own line (a link, no paragraph around it)
    "<div class='cta'><p>Receba as notícias do Correio Serena no seu celular.</p>"
    "<a href='https://whatsapp.com/channel/0029VbSerena'>Entrar no canal</a></div>",
    # Google News, one block that is a link holding its label
    "<div class='gn'><a href='https://news.google.com/publications/CAAqBwgKMSerena'>"
    "<img src='/gn.png' alt=''><span>Siga o Correio Serena no Google Notícias</span></a></div>",
    # the site's own Telegram channel, and its app in a store
    "<aside><p>Participe do grupo: <a href='https://t.me/correioserena'>t.me/correioserena</a>"
    "</p><p><a href='https://apps.apple.com/br/app/correio-serena/id1'>Baixe o aplicativo</a>"
    "</p></aside>",
]


def _page(blocks: str) -> ParsedPage:
    html = (
        "<!doctype html><html lang='pt'><head><meta charset='utf-8'><title>Mercado será "
        "reformado</title></head><body><main><article><h1>Mercado será reformado</h1>"
        f"<div class='materia'>{blocks}</div></article></main></body></html>"
    )
    return ParsedPage(html, "https://www.correioserena.example/cidade/mercado")


def test_follow_us_boxes_leave_the_body_whatever_their_words() -> None:
    paragraphs = [f"<p>{p}</p>" for p in STORY]
    page = _page(
        paragraphs[0] + BOXES[0] + paragraphs[1] + BOXES[1] + paragraphs[2] + BOXES[2]
        + paragraphs[3]
    )  # fmt: skip
    assert extract_page(page).body.splitlines() == STORY


def test_a_channels_post_and_another_bodys_channel_are_sources_and_stay() -> None:
    site = "correioserena.example"
    assert not is_follow_link("https://t.me/correioserena/5120", site)  # a post
    assert not is_follow_link("https://t.me/defesacivil_rj", site)  # another body's channel
    assert not is_follow_link("https://www.whatsapp.com/legal/terms", site)
    assert is_follow_link("https://t.me/+AbCdEf123", site)  # an invitation
    cited = [
        # each in a wrapper of its own, as per-paragraph themes render paragraphs
        "<div class='p'><p>A Defesa Civil publicou o alerta no <a href='https://t.me/"
        "defesacivil_rj'>seu canal</a> às 6h.</p></div>",
        "<div class='p'><p>O vídeo foi <a href='https://t.me/correioserena/5120'>publicado"
        "</a> pela redação na segunda.</p></div>",
    ]
    page = _page("".join(f"<p>{p}</p>" for p in STORY[:2]) + "".join(cited) + f"<p>{STORY[2]}</p>")
    assert channel_box_lines(PageMarkup(page.tree), page.url) == frozenset()
