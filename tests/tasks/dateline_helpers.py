"""What the dateline tests share: a page that only declares its language and its host, so a
test's body text is all the evidence the dateline parser reads."""

from __future__ import annotations

from tasks.page import ParsedPage


def page_in(lang: str, host: str = "news.example") -> ParsedPage:
    """An empty page in `lang` on `host` (the host's country can hint a place's country)."""
    return ParsedPage(f'<html lang="{lang}"><body><p>x</p></body></html>', f"https://{host}/a")
