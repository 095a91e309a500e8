"""Headline blocks named in the publisher's language."""

from __future__ import annotations

from tasks.page import ParsedPage
from tasks.titles import choose_title

SV_TEXT = (
    "<p>Kommunen meddelade på tisdagen att simhallen stänger den första juni.</p>"
    "<p>Arbetet med nya bassänger och omklädningsrum beräknas ta tre månader.</p>"
)


def _headline(body: str, title: str) -> str | None:
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return choose_title(
        ParsedPage(html, "https://www.ortsbladet.example/nyheter/12345"), None
    ).title


def test_a_swedish_rubrik_block_opening_the_text_is_the_headline() -> None:
    body = (
        '<header><a class="logo" href="/">Ortsbladet</a></header><div class="sida">'
        '<div class="artikel-rubrik">Simhallen stänger hela sommaren för ombyggnad</div>'
        f'<div class="datum">2024-05-02</div><div class="brodtext">{SV_TEXT}</div></div>'
    )
    # the SEO title reworded: only the block's class tells the headline
    assert _headline(body, "Simhall stängd i sommar | Ortsbladet") == (
        "Simhallen stänger hela sommaren för ombyggnad"
    )


def test_a_czech_rubrika_is_no_headline_block() -> None:
    body = (
        '<div class="clanek"><div class="rubrika">Zprávy z kraje dnes</div>'
        '<h1 class="titulek">Krajský úřad otevře novou pobočku v Táboře</h1>'
        "<p>Pobočka bude sloužit obyvatelům celého okresu od září.</p>"
        "<p>Úřad na ni vyčlenil deset milionů korun.</p></div>"
    )
    title = "Krajský úřad otevře novou pobočku v Táboře | Jihočeský list"
    assert _headline(body, title) == "Krajský úřad otevře novou pobočku v Táboře"
