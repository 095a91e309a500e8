"""A paywalled page that shows a teaser and gives the whole story in its JSON-LD articleBody is
read whole (tasks.story_rest); a JSON-LD body of another story, or one no longer than the page's
text, changes nothing."""

from __future__ import annotations

import json

from tasks.extract import extract_page
from tasks.page import ParsedPage

STORY = [
    "Au cinquième jour de la grève des agents de collecte, près de 3 000 tonnes de déchets "
    "s'accumulent dans les rues de Lyon, selon la Métropole.",
    "Les grévistes réclament une hausse de 150 euros net par mois et la reconnaissance de la "
    "pénibilité de leur travail.",
    "Le vice-président chargé de la propreté, Pierre Athanaze, a proposé mercredi une prime "
    "exceptionnelle, jugée insuffisante par l'intersyndicale.",
    "Dans le 7e arrondissement, des habitants ont commencé à déposer leurs sacs devant la "
    "mairie en signe de protestation.",
    "Une nouvelle réunion de négociation est prévue vendredi matin à l'hôtel de Métropole.",
]
PAYWALL = (
    '<div class="paywall"><p>Cet article est réservé aux abonnés.</p>'
    '<a href="/abonnement">S\'abonner</a></div>'
)


def _body(article_body: str, shown: list[str] = STORY[:2]) -> list[str]:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": article_body}
    html = f"""<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Grève des éboueurs à Lyon | L'Écho</title>
<script type="application/ld+json">{json.dumps(data)}</script></head><body>
<article><h1>Grève des éboueurs à Lyon</h1><div class="article__content">
{"".join(f"<p>{p}</p>" for p in shown)}</div>{PAYWALL}</article>
<footer>© 2025 L'Écho</footer></body></html>"""
    page = ParsedPage(html, "https://www.echo.example/lyon/greve-eboueurs")
    return extract_page(page).body.splitlines()


def test_the_rest_of_a_paywalled_story_is_read_from_its_json_ld() -> None:
    assert _body("\n\n".join(STORY)) == STORY


def test_a_json_ld_body_written_in_markup_gives_its_paragraphs() -> None:
    assert _body("".join(f"<p>{p}</p>" for p in STORY).replace("'", "&#39;")) == STORY


def test_a_json_ld_body_of_another_story_changes_nothing() -> None:
    other = [
        "La ligne de tramway T4 sera mise en service le 15 septembre, a annoncé la Métropole.",
        "Longue de 6,8 kilomètres, elle reliera la gare à la Belle de Mai en quatorze stations.",
    ] * 4
    assert _body("\n\n".join(other)) == STORY[:2]


def test_a_json_ld_body_no_longer_than_the_page_s_text_changes_nothing() -> None:
    caption = "Photo : des sacs de déchets rue de la République. © L'Écho"
    assert _body("\n\n".join([*STORY, caption]), shown=STORY) == STORY
