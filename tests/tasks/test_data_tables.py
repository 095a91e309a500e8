"""A story's data tables are its text (a league table, a line-up, results by ward); a page built of
layout tables is read without its tables, as before (tasks.data_tables)."""

from __future__ import annotations

import lxml.html

from tasks.data_tables import reads_tables
from tasks.extract import extract_page
from tasks.page import ParsedPage

LEAD = (
    "<p>Harwick Town went top of the Northern Premier League on Saturday after a 3-1 win at "
    "Ellesmere Rovers, with two goals from Dominic Arkwright.</p>"
    "<p>The manager, Colin Bewley, said the squad had earned a week off before the cup tie "
    "against Brigham Athletic.</p>"
)
STANDINGS = (
    '<table class="standings"><thead><tr><th>Pos</th><th>Club</th><th>P</th><th>Pts</th></tr>'
    "</thead><tbody>"
    "<tr><td>1</td><td>Harwick Town</td><td>14</td><td>31</td></tr>"
    "<tr><td>2</td><td>Brigham Athletic</td><td>14</td><td>29</td></tr>"
    "<tr><td>3</td><td>Ellesmere Rovers</td><td>13</td><td>24</td></tr>"
    "</tbody></table>"
)
SCORERS = (
    "<table><tr><th>Player</th><th>Club</th><th>Goals</th></tr>"
    "<tr><td>Dominic Arkwright</td><td>Harwick Town</td><td>11</td></tr>"
    "<tr><td>Tomasz Wilczek</td><td>Brigham Athletic</td><td>9</td></tr></table>"
)
CLOSE = (
    "<p>Bewley added that the club would name its captain for the second half of the season "
    "after the cup tie next month.</p>"
)


def _page(body: str) -> ParsedPage:
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harwick Town go top | Valley Gazette</title></head><body>{body}</body></html>"""
    return ParsedPage(html, "https://www.valleygazette.example/sport/harwick-top")


def _story(article: str) -> str:
    return (
        '<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>'
        f"<main><article><h1>Harwick Town go top</h1>{article}</article></main>"
        "<footer>© 2025 Valley Gazette</footer>"
    )


def test_a_story_s_league_table_and_scorers_are_read_with_the_story() -> None:
    body = extract_page(_page(_story(LEAD + STANDINGS + SCORERS + CLOSE))).body
    assert "Tomasz Wilczek" in body
    lines = body.splitlines()
    row = next(line for line in lines if "Brigham Athletic" in line and "29" in line)
    assert lines.index(row) < next(i for i, line in enumerate(lines) if "captain" in line)
    assert body.startswith("Harwick Town went top")


def test_a_page_built_of_nested_tables_is_read_without_its_grid() -> None:
    menu = "<table><tr><td><a href='/'>Home</a></td><td><a href='/news'>News</a></td></tr></table>"
    grid = (
        f"<table><tr><td>{menu}</td></tr><tr><td><h1>Harwick Town go top</h1>{LEAD}{CLOSE}</td>"
        "<td><table><tr><td>Weather: 14°C, showers</td></tr></table></td></tr></table>"
    )
    body = extract_page(_page(grid)).body
    assert "Weather" not in body
    assert "Dominic Arkwright" in body


def _tree(body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><body>{body}</body></html>")


def test_data_tables_are_read_and_layout_tables_are_not() -> None:
    assert reads_tables(_tree(LEAD + STANDINGS + SCORERS))
    assert not reads_tables(_tree(LEAD))  # no table at all
    assert not reads_tables(None)
    nested = f"<table><tr><td>{STANDINGS}</td></tr></table>"
    assert not reads_tables(_tree(nested))
    story_cell = f"<table><tr><td>{LEAD}{LEAD}{CLOSE}</td><td>Links</td></tr></table>"
    assert not reads_tables(_tree(story_cell))  # a cell of a story's length
    paragraphs = "<table><tr><td><p>One.</p><p>Two.</p></td></tr><tr><td>3</td></tr></table>"
    assert not reads_tables(_tree(paragraphs))
    headline = "<table><tr><td><h1>Harwick go top</h1></td></tr><tr><td>3</td></tr></table>"
    assert not reads_tables(_tree(headline))
    band = "<table><tr><td><img src='logo.png' alt='Valley Gazette'></td></tr></table>"
    assert not reads_tables(_tree(band + STANDINGS))  # a grid's band of one row
    # one layout table on the page and its data tables are the grid's cells too
    assert not reads_tables(_tree(STANDINGS + story_cell))
