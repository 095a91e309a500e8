"""Golden pages for headline layouts and wire datelines in many languages (tests/golden/titles/).

Two checks per page: what the code finds equals the reviewed "found" block (regenerate it on
purpose with `python -m tests.golden.regenerate` and review the diff), and it agrees with the
hand-written "stated" block — the headline as the page displays it, the SEO title kept apart
(or none when it is the headline), and the dateline's place, country and agency.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.golden.regenerate import TITLES, code_versions, derive_headline, title_fixtures

CASES = title_fixtures()


@pytest.mark.parametrize(("name", "html_path", "json_path"), CASES, ids=[c[0] for c in CASES])
def test_golden_headline_page(name: str, html_path: Path, json_path: Path) -> None:
    expected = json.loads(json_path.read_text(encoding="utf-8"))
    assert expected["code_versions"] == code_versions(TITLES), (
        f"{name}: recorded with other stage versions; python -m tests.golden.regenerate"
    )
    found = derive_headline(html_path.read_text(encoding="utf-8"), expected["page"])
    assert found == expected["found"], f"{name}: output changed; regenerate and review"
    stated = expected["stated"]
    assert (found["title"], found["seo_title"]) == (stated["title"], stated["seo_title"]), name
    if stated["dateline"] is None:
        assert found["dateline"] is None, name
    else:
        got = found["dateline"]
        assert got is not None, name
        assert (got["place"], got["country"], got["agency"]) == (
            stated["dateline"]["place"],
            stated["dateline"]["country"],
            stated["dateline"]["agency"],
        ), name


def test_layouts_and_languages_covered() -> None:
    languages = {
        m.group(1)
        for _, html_path, _ in CASES
        if (m := re.search(r'<html lang="([a-z]+)', html_path.read_text(encoding="utf-8")))
    }
    assert len(CASES) >= 15
    assert len(languages) >= 6
