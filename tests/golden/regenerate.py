"""Golden fixtures: derive each page of every section and (re)write what was found, on purpose.

`python -m tests.golden.regenerate [section ...]` rewrites the "found" block of every
<section>/<name>.json from the current code, so that a change shows up in review as a diff,
and records in "code_versions" the `CODE_VERSION` of every stage the block depends on. It
refuses (writes nothing, exits 1) when a field's output changed while none of the stages that
produce it was bumped: outputs and their stage's constant change together. The golden tests
fail while a fixture records another version than the code's constant.

The "page" block (where the page lives, its source's time zone, when it was fetched) and the
"stated" block (what the page itself states, written by hand from the HTML) are never touched.

Each section is one folder of fixtures and one small entry in `SECTIONS`: how to derive the
"found" block of a page, and which stages produce each of its fields.

Sections: "dates" (dates, datelines and the body's start on pages of every date style) and
"titles" (headline, SEO title and dateline of pages in many layouts and languages).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from schemas.claims import DateClaim
from schemas.errors import ExtractionFailed
from tasks.datelines import parse_dateline
from tasks.dates import find_dates, strip_leading_metadata
from tasks.derivation import page_stage_versions
from tasks.extract import extract_page
from tasks.page import ParsedPage
from tasks.titles import choose_title

GOLDEN = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Section:
    """A folder of golden pages (<name>.html + <name>.json) and how its "found" is made."""

    folder: Path
    derive: Callable[[str, dict[str, Any]], dict[str, Any]]  # (html, "page" block) -> found
    producers: Mapping[str, tuple[str, ...]]  # found field -> stages whose output it is

    def stages(self) -> list[str]:
        return sorted({stage for stages in self.producers.values() for stage in stages})

    def fixtures(self) -> list[tuple[str, Path, Path]]:
        return [(p.stem, p, p.with_suffix(".json")) for p in sorted(self.folder.glob("*.html"))]


def code_versions(section: Section) -> dict[str, str]:
    """The current `CODE_VERSION` of each stage the section's fixtures depend on."""
    current = page_stage_versions()
    return {stage: current[stage] for stage in section.stages()}


# ---------------------------------------------------------------------------------------------
# Section "dates": dates, datelines and the body's start on pages of every date style


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


def derive_dates(html: str, page: dict[str, Any]) -> dict[str, Any]:
    """What the pipeline's stages find on one page (the composition `derive_page` uses)."""
    parsed = ParsedPage(html, page["url"])
    try:
        extracted = extract_page(parsed)
        text: str | None = extracted.body
        dateline, body = parse_dateline(strip_leading_metadata(extracted.body), parsed)
        title = extracted.title
    except ExtractionFailed:
        text, dateline, body, title = None, None, "", None
    findings = find_dates(
        parsed,
        text=text,
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


DATES = Section(
    folder=GOLDEN / "dates",
    derive=derive_dates,
    producers={
        "title": ("extract", "titles"),
        "published": ("dates",),
        "updated": ("dates",),
        "dateline": ("datelines",),
        "body_start": ("extract", "dates", "datelines"),  # strip_leading_metadata is dates'
    },
)

# ---------------------------------------------------------------------------------------------
# Section "titles": headline, SEO title and dateline of pages in many layouts and languages


def derive_headline(html: str, page: dict[str, Any]) -> dict[str, Any]:
    """The headline, SEO title and dateline the pipeline's stages find on one page."""
    parsed = ParsedPage(html, page["url"])
    extracted = extract_page(parsed)
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


TITLES = Section(
    folder=GOLDEN / "titles",
    derive=derive_headline,
    producers={
        "title": ("extract", "titles"),
        "seo_title": ("titles",),
        "dateline": ("datelines",),
        "body_start": ("extract", "dates", "datelines"),
    },
)


def title_fixtures() -> list[tuple[str, Path, Path]]:
    return TITLES.fixtures()


# ---------------------------------------------------------------------------------------------
# The sections (each stage's fixtures: add yours here)

SECTIONS: dict[str, Section] = {"dates": DATES, "titles": TITLES}


# ---------------------------------------------------------------------------------------------
# Regenerating


@dataclass(frozen=True)
class Rewrite:
    path: Path
    expected: dict[str, Any]  # the whole fixture as it will be written


def plan(section: Section) -> tuple[list[Rewrite], list[str]]:
    """The fixtures to rewrite, and the refusals: fields whose output changed while every
    stage producing them still has the version the fixture recorded."""
    versions = code_versions(section)
    rewrites: list[Rewrite] = []
    refusals: list[str] = []
    for _, html_path, json_path in section.fixtures():
        expected = json.loads(json_path.read_text(encoding="utf-8"))
        found = section.derive(html_path.read_text(encoding="utf-8"), expected["page"])
        before = expected.get("found")
        recorded = expected.get("code_versions", {})
        for field, stages in section.producers.items():
            if before is None or found.get(field) == before.get(field):
                continue
            if stages and all(recorded.get(stage) == versions[stage] for stage in stages):
                bump = " or ".join(f"tasks.{stage}.CODE_VERSION" for stage in stages)
                refusals.append(f"{json_path.name}: {field!r} changed; bump {bump}")
        if found != before or recorded != versions:
            kept = {k: v for k, v in expected.items() if k not in ("code_versions", "found")}
            rewrites.append(Rewrite(json_path, {**kept, "code_versions": versions, "found": found}))
    return rewrites, refusals


def write(rewrite: Rewrite) -> None:
    text = json.dumps(rewrite.expected, ensure_ascii=False, indent=2) + "\n"
    rewrite.path.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    names = argv or sorted(SECTIONS)
    unknown = [n for n in names if n not in SECTIONS]
    if unknown:
        print(f"no such section: {', '.join(unknown)} (have: {', '.join(sorted(SECTIONS))})")
        return 2
    planned = {name: plan(SECTIONS[name]) for name in names}
    refusals = [r for _, refused in planned.values() for r in refused]
    if refusals:
        print("refused, nothing written: outputs changed without their stage's version bump")
        for refusal in refusals:
            print(f"  {refusal}")
        return 1
    for name, (rewrites, _) in planned.items():
        for rewrite in rewrites:
            write(rewrite)
            print(f"wrote {rewrite.path.parent.name}/{rewrite.path.name} ({name})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
