"""A story split into several containers of the same kind is read whole (tasks.twin_containers):
halves split by an ad slot or a newsletter box, chunks each in their own grid, the rest hidden
behind a "continue reading" button; the next story of an endless page, and boxes of another kind,
stay out."""

from __future__ import annotations

from tasks.extract import extract_page
from tasks.page import ParsedPage

FIRST = [
    "La Alcaldía anunció este lunes que la restricción vehicular regirá durante toda la "
    "jornada a partir del 1 de abril.",
    "La medida busca reducir los trancones en las principales avenidas, donde la velocidad "
    "promedio cayó a 19 kilómetros por hora.",
    "Según la Secretaría de Movilidad, los viajes en carro particular crecieron un 12 por "
    "ciento desde el año pasado.",
]
REST = [
    "La secretaria de Movilidad, Claudia Restrepo, explicó que los conductores podrán pagar "
    "un permiso anual para circular.",
    "Gremios de comerciantes criticaron la decisión y pidieron más inversión en transporte "
    "público.",
    "La medida será evaluada a los seis meses de su entrada en vigor, dijo la funcionaria.",
]


def _ps(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _body(article: str, after: str = "") -> list[str]:
    html = f"""<!doctype html><html lang="es"><head><meta charset="utf-8">
<title>Pico y placa regirá todo el día | El Heraldo</title></head><body>
<nav><a href="/">Inicio</a> <a href="/bogota">Bogotá</a></nav>
<main><article class="nota"><h1>Pico y placa regirá todo el día</h1>{article}</article>
{after}</main>
<footer>© 2025 El Heraldo</footer></body></html>"""
    page = ParsedPage(html, "https://www.elheraldo.example/bogota/pico-y-placa")
    return extract_page(page).body.splitlines()


def test_halves_split_by_an_ad_and_a_newsletter_box_are_both_read() -> None:
    article = (
        f'<div class="article-body">{_ps(FIRST)}</div>'
        '<div class="publicidad"><span>Publicidad</span></div>'
        '<aside class="boletin"><h3>Boletín de la mañana</h3><p>Reciba las noticias del día en su '
        'correo.</p><form><input type="email"><button>Suscribirse</button></form></aside>'
        f'<div class="article-body">{_ps(REST)}</div>'
    )
    assert _body(article) == FIRST + REST


def test_chunks_each_in_their_own_grid_are_read_in_order() -> None:
    def chunk(texts: list[str]) -> str:
        return (
            '<div class="grid grid--story"><div class="grid__main article-text">'
            f'{_ps(texts)}</div><div class="grid__rail"><div class="ad ad--rail"></div></div></div>'
        )

    article = (
        f'<div class="chunks">{chunk(FIRST)}<div class="full-ad"><span>Publicidad</span></div>'
        f"{chunk(REST[:2])}{chunk(REST[2:])}</div>"
    )
    assert _body(article) == FIRST + REST


def test_the_rest_hidden_behind_a_continue_reading_button_is_read() -> None:
    article = (
        f'<div class="entry-content">{_ps(FIRST)}</div>'
        '<div class="read-more"><button aria-expanded="false">Seguir leyendo</button></div>'
        '<div class="entry-content entry-content--rest" style="display:none" aria-hidden="true">'
        f"{_ps(REST)}</div>"
    )
    assert _body(article) == FIRST + REST


def test_the_next_story_of_an_endless_page_and_boxes_of_another_kind_stay_out() -> None:
    article = (
        f'<div class="article-body">{_ps(FIRST)}</div>'
        '<section class="comentarios"><div class="comment-text"><p>Otra vez castigan a los que '
        "trabajamos lejos, el transporte público no alcanza para todos.</p></div></section>"
    )
    after = (
        '<article class="nota"><h2>Nueva ciclorruta en la avenida 68</h2>'
        '<div class="article-body"><p>La ciclorruta de la avenida 68 abrirá en junio, anunció el '
        "Instituto de Desarrollo Urbano.</p><p>Tendrá 17 kilómetros y conectará seis localidades "
        "del occidente de la ciudad.</p></div></article>"
    )
    assert _body(article, after) == FIRST
