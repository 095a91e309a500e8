"""Every bundled demo page derived end to end (without network) against hand-written truth.

`seeds/demo_site/expected.json` was written by hand with the pages (what each page states:
title, published and updated moments with their offsets, dateline, authors, text that must not
reach the body). Nothing here is regenerated from the pipeline's own output.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from schemas.events import ArticleVersion
from schemas.pages import FetchedPage, Source
from tasks.derive import derive_page

SITE = Path(__file__).resolve().parents[2] / "seeds" / "demo_site"
EXPECTED: dict[str, dict[str, Any]] = json.loads((SITE / "expected.json").read_text())
SOURCE = Source("demo-ledger", "Demo", "http://demo.test/", None, None, "en", "Asia/Kabul")
FETCHED_AT = datetime(2020, 8, 1, tzinfo=UTC)


def derive(key: str) -> ArticleVersion:
    truth = EXPECTED[key]
    url = "http://demo.test" + truth["path"]
    page = FetchedPage(
        url,
        url,
        200,
        "text/html; charset=utf-8",
        (),
        (SITE / truth["file"]).read_bytes(),
        FETCHED_AT,
        "capture",
        "demo-ledger",
    )
    derived = derive_page(page, SOURCE, "run")
    assert derived.version is not None and not derived.failures, derived.failures
    return derived.version


def same_moment(found: datetime | None, precision: str | None, stated: str | None) -> bool:
    if stated is None or found is None:
        return stated is None and found is None
    if "T" not in stated:  # a day: kept as that calendar day at 00:00 UTC, precision 'day'
        return precision == "day" and found == datetime.combine(
            date.fromisoformat(stated), datetime.min.time(), UTC
        )
    return found == datetime.fromisoformat(stated).astimezone(UTC)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_demo_page(key: str) -> None:
    truth = EXPECTED[key]
    version = derive(key)
    assert version.title == truth["title"]
    assert same_moment(version.published_at, version.published_precision, truth["published"])
    assert same_moment(version.updated_at, version.updated_precision, truth["updated"])
    assert version.published_provenance is not None
    dateline = truth["dateline"]
    if dateline is None:
        assert version.dateline_text is None
    else:
        assert (version.dateline_place, version.dateline_country, version.dateline_agency) == (
            dateline["place"],
            dateline["country"],
            dateline["agency"],
        )
    assert sorted(version.authors) == sorted(truth["authors"])
    for text in truth["body_must_not_contain"]:
        assert text not in version.body
    # The body starts with the article text (a standfirst, which is article text too, may come
    # first): the expected opening is within the first lines.
    assert truth["body"][:60] in version.body[: len(truth["body"][:60]) + 300]
