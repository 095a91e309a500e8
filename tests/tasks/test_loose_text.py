"""Story text set straight into a <div> among the story's <p>s is kept in the body, where the
extractor drops it (tasks.loose_text): a lead and its dateline, a lead in <br> lines; captions,
link lists and summaries in their own container stay out."""

from __future__ import annotations

import pytest

from tasks.datelines import parse_dateline
from tasks.extract import extract_page
from tasks.loose_text import with_loose_paragraphs
from tasks.page import ParsedPage

STORY = [
    "Die Opposition kritisierte den Entwurf als zu teuer und kündigte Widerstand im Bundesrat an.",
    "Der Sozialverband begrüßte dagegen die Pläne, forderte aber eine schnellere Umsetzung.",
    "Eine Sprecherin des Ministeriums sagte, die Details würden im Herbst vorgestellt.",
    "Nach Berechnungen des Ministeriums kostet das Paket bis 2030 rund zwölf Milliarden Euro.",
]


def _page(article: str) -> str:
    return f"""<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Kabinett beschließt Rentenpaket | Beispiel-Zeitung</title></head><body>
<nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
<article><h1>Kabinett beschließt Rentenpaket</h1><div class="content">{article}
{"".join(f"<p>{p}</p>" for p in STORY)}</div></article>
<footer>© 2024 Beispiel-Zeitung</footer></body></html>"""


def _body(article: str) -> list[str]:
    html = _page(article)
    return extract_page(
        ParsedPage(html, "https://www.beispiel-zeitung.example/politik/a-1")
    ).body.splitlines()


@pytest.mark.parametrize(
    ("lead", "lines"),
    [
        (
            '<div class="article-lead">BERLIN (dpa) - Das Bundeskabinett hat am Mittwoch das '
            "neue Rentenpaket beschlossen, das ab Juli gelten soll.</div>",
            [
                "BERLIN (dpa) - Das Bundeskabinett hat am Mittwoch das neue Rentenpaket "
                "beschlossen, das ab Juli gelten soll."
            ],
        ),
        (
            "<div><b>HAMBURG.</b> Das Bundeskabinett hat am Mittwoch das neue Rentenpaket "
            "beschlossen.<br><br>Es soll ab Juli gelten, sagte der Minister in Berlin.</div>",
            [
                "HAMBURG. Das Bundeskabinett hat am Mittwoch das neue Rentenpaket beschlossen.",
                "Es soll ab Juli gelten, sagte der Minister in Berlin.",
            ],
        ),
    ],
)
def test_a_lead_set_in_a_div_before_the_paragraphs_opens_the_body(
    lead: str, lines: list[str]
) -> None:
    assert _body(lead) == [*lines, *STORY]


@pytest.mark.parametrize(
    "furniture",
    [
        # a caption, by its class
        '<div class="image-caption">Der Minister am Mittwoch in Berlin vor der Presse. '
        "Foto: Beispiel-Agentur.</div>",
        # links to other stories
        '<div><a href="/a-2">Rentenstreit: Was die Koalition jetzt plant und warum</a> '
        '<a href="/a-3">Alles zur Rente.</a></div>',
        # a date line, too short to be a paragraph
        "<div>Mittwoch, 5. Juni 2024, 14.02 Uhr.</div>",
    ],
)
def test_furniture_set_in_a_div_stays_out(furniture: str) -> None:
    assert _body(furniture) == STORY


def test_a_div_kept_by_the_extractor_is_not_added_twice() -> None:
    lines = ["Erster Absatz der Geschichte, wie der Extraktor ihn las.", *STORY]
    html = _page(f"<div>{lines[0]} Und mehr Text, damit er lang genug ist.</div>")
    tree = ParsedPage(html, "https://x.example/a").tree
    kept = [f"{lines[0]} Und mehr Text, damit er lang genug ist.", *STORY]
    assert with_loose_paragraphs(kept, tree) == kept


def test_a_summary_in_its_own_container_stays_out() -> None:
    html = _page("").replace(
        '<div class="content">',
        '<div class="teaser-text"><div>Das Kabinett bringt das Rentenpaket auf den Weg. '
        'Was sich für Rentner ändert, lesen Sie hier.</div></div><div class="content">',
    )
    body = extract_page(ParsedPage(html, "https://www.beispiel-zeitung.example/a-1")).body
    assert body.splitlines() == STORY


def test_the_leads_dateline_is_read() -> None:
    html = _page(
        '<div class="article-lead">BERLIN (dpa) - Das Bundeskabinett hat am Mittwoch das neue '
        "Rentenpaket beschlossen, das ab Juli gelten soll.</div>"
    )
    page = ParsedPage(html, "https://www.beispiel-zeitung.example/politik/a-1")
    dateline, body = parse_dateline(extract_page(page).body, page)
    assert dateline is not None
    assert (dateline.place, dateline.country, dateline.agency) == ("Berlin", "DE", "dpa")
    assert body.startswith("Das Bundeskabinett hat am Mittwoch")


def test_a_lead_set_straight_into_a_section_before_sections_of_paragraphs_is_put_back() -> None:
    lead = (
        "BERLIN (dpa) - Das Bundeskabinett hat am Mittwoch das neue Rentenpaket beschlossen, "
        "das ab Juli gelten soll."
    )
    sections = "".join(f'<section class="s"><p>{p}</p></section>' for p in STORY)
    html = _page("").replace(
        '<div class="content">', f'<div class="content"><section class="s">{lead}</section>'
    )
    html = html.replace("".join(f"<p>{p}</p>" for p in STORY), sections)
    body = extract_page(ParsedPage(html, "https://www.beispiel-zeitung.example/a-1")).body
    assert body.splitlines() == [lead, *STORY]
