"""The walk for a headline no heading marks (`shown_texts`, read when the chosen title is cut
short with an ellipsis) costs one visit per element: a hostile page of deeply nested blocks over
many short elements once asked every element's ancestors whether they were hidden and read
every candidate's whole text. Counted in calls and characters read, not timed. Pages written
for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import pytest
from lxml import etree

from tasks.titles import headings
from tasks.titles.headings import shown_texts
from tasks.titles.patterns import (
    HEADING_OUTSIDE,
    MAX_TITLE_CHARS,
    MAX_TITLE_ELEMENTS,
    SILENT_TAGS,
)

DEPTH = 150
SPANS = 400


def _hostile_page(own: str = "") -> lxml.html.HtmlElement:
    """`DEPTH` nested <div>s (each opening with `own` text) over `SPANS` short <span>s."""
    nested = f"<div>{own}" * DEPTH + "<span>Harbour</span>" * SPANS + "</div>" * DEPTH
    return lxml.html.document_fromstring(f"<html><body>{nested}<p>Ferry news</p></body></html>")


def _shown_texts_by_definition(root: lxml.html.HtmlElement) -> Iterator[str]:
    """Each element with words of its own, short, shown and in the article, asked one by one."""
    body = next(root.iter("body"), root)
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag.lower() in SILENT_TAGS:
            continue
        if not (el.text or "").strip() or len(el.text_content()) > MAX_TITLE_CHARS:
            continue
        if sum(1 for _ in el.iter()) > MAX_TITLE_ELEMENTS:
            continue
        outside = any(
            a.tag in HEADING_OUTSIDE or headings._is_hidden(a) for a in el.iterancestors()
        )
        if headings._is_hidden(el) or outside:
            continue
        text = headings._shown_text(el)
        if text:
            yield text


def test_each_element_is_asked_once_whether_it_is_hidden(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = _hostile_page()
    elements = sum(1 for _ in root.iter())
    calls = 0
    is_hidden = headings._is_hidden

    def counting(el: etree._Element) -> bool:
        nonlocal calls
        calls += 1
        return is_hidden(el)

    monkeypatch.setattr(headings, "_is_hidden", counting)
    texts = list(shown_texts(root))
    assert texts == ["Harbour"] * SPANS + ["Ferry news"]
    assert calls <= elements  # was every span's 150 ancestors asked again: 60,000 calls


def test_no_elements_text_is_read_whole_to_measure_it(monkeypatch: pytest.MonkeyPatch) -> None:
    root = _hostile_page(own="Quay ")
    chars = 0
    text_content = lxml.html.HtmlMixin.text_content

    def counting(el: lxml.html.HtmlElement) -> str:
        nonlocal chars
        text = text_content(el)
        chars += len(text)
        return text

    monkeypatch.setattr(lxml.html.HtmlMixin, "text_content", counting)
    list(shown_texts(root))
    page_chars = len(text_content(root))
    assert chars <= 2 * page_chars  # was each nested <div>'s whole text: 150 times the page's


@pytest.mark.parametrize(
    "html",
    [
        "<div>Lead <b>words</b></div><aside><p>Box</p></aside><footer>Foot</footer>",
        "<div class=sr-only>Skip <span>me</span></div><div hidden><p>Gone</p></div><p>Shown</p>",
        "<aside>Own text <span>inner</span></aside><script>var x</script><p>A <!-- c --> B</p>",
        "<div aria-hidden=true>▶</div><div aria-hidden=true><p>Kept words</p></div>",
        "<div>" + "x" * 290 + "<span>yyyyyyyyyyyy</span></div><div>short</div>",
        "<nav><ul><li>Home</li><li>World</li></ul></nav><h2>Story <em>here</em></h2>",
    ],
)
def test_the_walk_finds_what_asking_each_element_found(html: str) -> None:
    root = lxml.html.document_fromstring(f"<html><body>{html}</body></html>")
    assert list(shown_texts(root)) == list(_shown_texts_by_definition(root))


def test_a_short_element_over_thousands_of_empty_ones_is_not_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nested <div>s with words of their own over 5,000 empty <span>s: each <div> is short, but
    holds far more elements than a headline's; reading each one's pieces walked every span once
    per <div> (DEPTH × 5,000 visits)."""
    nested = "<div>Quay " * DEPTH + "<span></span>" * 5000 + "</div>" * DEPTH
    root = lxml.html.document_fromstring(f"<html><body>{nested}<p>Ferry news</p></body></html>")
    elements = sum(1 for _ in root.iter())
    visited = 0
    shown_text = headings._shown_text

    def counting(el: etree._Element) -> str:
        nonlocal visited
        visited += sum(1 for _ in el.iter())
        return shown_text(el)

    monkeypatch.setattr(headings, "_shown_text", counting)
    assert list(shown_texts(root)) == ["Ferry news"]
    assert visited <= elements  # was 150 nested <div>s each walking its 5,000 spans
