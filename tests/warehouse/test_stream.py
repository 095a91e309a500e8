"""Renormalize reads stored versions a range of article ids at a time: together the chunks are
every distinct version exactly once, as one query over the whole log gives them, whatever the
ids look like (hex digests or not), and a capture re-derived into another article (a changed
canonical rule, then a replay) still counts for the newer article only."""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path
from typing import Any

import pytest

import warehouse.stored
from tests.records import at, version
from warehouse.log import append_events, commit_run
from warehouse.queries import query
from warehouse.stored import article_ranges, stream_versions

WHOLE = """
SELECT article_id, content_hash FROM article_versions
QUALIFY row_number() OVER (PARTITION BY article_id, content_hash ORDER BY version) = 1
"""


def _warehouse(root: Path) -> None:
    events: list[Any] = []
    for n in range(40):
        article = hashlib.sha256(str(n).encode()).hexdigest()[:24] if n % 5 else f"plain-{n}"
        events.append(version(article, f"story {n}", at(1 + n % 10), "r1", capture_id=f"c{n}"))
        events.append(version(article, f"story {n}", at(12 + n % 10), "r1", capture_id=f"d{n}"))
        if n % 3 == 0:
            events.append(version(article, f"story {n} updated", at(25), "r1", capture_id=f"e{n}"))
    commit_run(root, "r1", "test", append_events(root, "r1", "0", events))
    # r2 re-derives capture e0 into another article (its canonical changed)
    moved = version("ffffff-moved", "story 0 updated", at(25), "r2", capture_id="e0")
    commit_run(root, "r2", "test", append_events(root, "r2", "0", [moved]))


def _streamed(root: Path) -> list[tuple[str, str]]:
    return [(v.article_id, v.content_hash) for b in stream_versions(root, 7) for v in b]


def test_chunks_are_every_version_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _warehouse(tmp_path)
    expected = sorted(query(tmp_path, WHOLE).rows)
    assert ("ffffff-moved", version("x", "story 0 updated", at(1), "r").content_hash) in expected
    assert len(expected) == 40 + 14 - 1 + 1  # e0 left article 0 for the moved one
    assert sorted(_streamed(tmp_path)) == expected
    monkeypatch.setattr(warehouse.stored, "STREAM_CHUNK_VERSIONS", 9)  # ten chunks or so
    chunked = _streamed(tmp_path)
    assert sorted(chunked) == expected


def test_ranges_are_consecutive_and_open_at_both_ends() -> None:
    assert article_ranges(0) == [(None, None)]
    ranges = article_ranges(5 * warehouse.stored.STREAM_CHUNK_VERSIONS)
    assert len(ranges) == 5 and ranges[0][0] is None and ranges[-1][1] is None
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
    bounds = [r[1] for r in ranges[:-1]]
    assert bounds == sorted(bounds)
