"""Golden date/dateline fixtures: derive each page under dates/ and (re)write what was found.

`python -m tests.golden.regenerate` rewrites the "found" block of every dates/<name>.json from
the current code, on purpose, so the change shows up in review as a diff. The "page" block
(where the page lives, its source's time zone, when it was fetched) and the "stated" block
(what the page itself states, written by hand from the HTML) are never touched: the test checks
"found" against both.

Titles: the same for every titles/<name>.json (headline, SEO title and dateline of pages in
many layouts and languages; `derive_headline`).
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from schemas.claims import DateClaim
from schemas.errors import ExtractionFailed
from tasks.datelines import parse_dateline
from tasks.dates import find_dates, strip_leading_metadata
from tasks.extract import extract_page
from tasks.page import ParsedPage
from tasks.titles import choose_title

DATES = Path(__file__).resolve().parent / "dates"
TITLES = Path(__file__).resolve().parent / "titles"


def _claim(claim: DateClaim | None) -> dict[str, Any] | None:
    if claim is None:
        return None
    return {
        "value": claim.value.isoformat(),
        "precision": claim.precision,
        "utc_offset_minutes": claim.utc_offset_minutes,
        "provenance": claim.provenance,
        "text": claim.text,
    }


def derive(html: str, page: dict[str, Any]) -> dict[str, Any]:
    """What the pipeline's stages find on one page (the composition `build_version` uses)."""
    try:
        extracted = extract_page(html, page["url"])
        text: str | None = extracted.body
        dateline, body = parse_dateline(strip_leading_metadata(extracted.body))
        title = extracted.title
    except ExtractionFailed:
        text, dateline, body, title = None, None, "", None
    findings = find_dates(
        html,
        text=text,
        url=page["url"],
        fetched_at=datetime.fromisoformat(page["fetched_at"]),
        source_timezone=page.get("source_timezone"),
    )
    return {
        "title": title,
        "published": _claim(findings.published),
        "updated": _claim(findings.updated),
        "dateline": None
        if dateline is None
        else {
            "text": dateline.text,
            "place": dateline.place,
            "country": dateline.country,
            "agency": dateline.agency,
            "date_text": dateline.date_text,
        },
        "body_start": body[:80],
    }


def fixtures() -> list[tuple[str, Path, Path]]:
    return [(p.stem, p, p.with_suffix(".json")) for p in sorted(DATES.glob("*.html"))]


def derive_headline(html: str, page: dict[str, Any]) -> dict[str, Any]:
    """The headline, SEO title and dateline the pipeline's stages find on one page (extraction's
    title, `choose_title`'s SEO title, the dateline of the extracted body given the page)."""
    parsed = ParsedPage(html, page["url"])
    extracted = extract_page(html, page["url"])
    dateline, body = parse_dateline(strip_leading_metadata(extracted.body), parsed)
    return {
        "title": extracted.title,
        "seo_title": choose_title(parsed, None).seo_title,
        "dateline": None
        if dateline is None
        else {
            "text": dateline.text,
            "place": dateline.place,
            "place_id": dateline.place_id,
            "country": dateline.country,
            "country_inferred": dateline.country_inferred,
            "agency": dateline.agency,
            "date_text": dateline.date_text,
        },
        "body_start": body[:80],
    }


def title_fixtures() -> list[tuple[str, Path, Path]]:
    return [(p.stem, p, p.with_suffix(".json")) for p in sorted(TITLES.glob("*.html"))]


def main() -> int:
    for name, html_path, json_path in fixtures():
        expected = json.loads(json_path.read_text(encoding="utf-8"))
        expected["found"] = derive(html_path.read_text(encoding="utf-8"), expected["page"])
        json_path.write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        print(f"wrote {json_path.relative_to(DATES.parent)} ({name})")
    for name, html_path, json_path in title_fixtures():
        expected = json.loads(json_path.read_text(encoding="utf-8"))
        expected["found"] = derive_headline(html_path.read_text(encoding="utf-8"), expected["page"])
        json_path.write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        print(f"wrote {json_path.relative_to(TITLES.parent)} ({name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
