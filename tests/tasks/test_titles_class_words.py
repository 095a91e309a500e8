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


EN_TEXT = (
    "<p>The quarry closed in 1994, and the village that grew around it has been shrinking "
    "ever since, a family at a time.</p><p>This spring, for the first time in thirty years, "
    "the school enrolled more children than the year before.</p>"
)


def test_a_dek_set_above_the_headline_is_no_text_before_it() -> None:
    # a feature's deck above its headline; the SEO title reworded, the headline shares no word
    body = (
        '<header><a class="logo" href="/">Valley Courier</a></header><div class="hero">'
        '<p class="hero-dek">Thirty years after the quarry closed, a village finds out what '
        "it is for.</p><h1>The Stone Orchard</h1></div>" + EN_TEXT
    )
    title = "Quarry village sees first rise in school enrolment | Valley Courier"
    assert _headline(body, title) == "The Stone Orchard"


def test_dek_is_a_whole_class_word_only() -> None:
    # "index" holds the letters, not the word: that paragraph is text before the <h1>, which
    # then opens no text of its own and is no headline nothing confirms
    body = (
        '<header><a class="logo" href="/">Valley Courier</a></header><div class="hero">'
        '<p class="index-intro">Thirty years after the quarry closed, a village finds out what '
        "it is for, and whether it can keep its school and its shop.</p>"
        "<h1>The Stone Orchard</h1></div>" + EN_TEXT
    )
    title = "Quarry village sees first rise in school enrolment | Valley Courier"
    assert _headline(body, title) != "The Stone Orchard"
