"""`bench.fundus_pages` and `bench.readability_pages` write the labelled pages of those
repositories as a corpus directory that `bench.entities.corpus_cases` reads (each checkout's
layout built here by hand)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from bench import fundus_pages, readability_pages

PAGE = (
    b"<html><head><title>Mayor opens bridge</title></head><body><article><h1>Mayor opens "
    b"bridge</h1><p>Mayor Ines Kroll opened the new bridge in Tallinn on Monday.</p>"
    b"</article></body></html>"
)


def test_pages_and_urls_are_written_from_the_checkout(tmp_path: Path) -> None:
    folder = tmp_path / "fundus" / "tests" / "resources" / "parser" / "test_data" / "ee"
    folder.mkdir(parents=True)
    (folder / "Herald_2024_01_02.html.gz").write_bytes(gzip.compress(PAGE))
    (folder / "meta.info").write_text(
        json.dumps({"Herald_2024_01_02.html.gz": {"url": "https://herald.test/bridge"}})
    )
    labels = tmp_path / "labels.json"
    path = "tests/resources/parser/test_data/ee/Herald_2024_01_02.html.gz"
    labels.write_text(json.dumps({"cases": [{"id": "f-1", "path": path, "entities": []}]}))

    assert fundus_pages.write_corpus(tmp_path / "fundus", tmp_path / "out", labels) == 1
    assert (tmp_path / "out" / "pages" / "f-1.html").read_bytes() == PAGE
    written = (tmp_path / "out" / "cases.jsonl").read_text().splitlines()
    rows = [json.loads(line) for line in written]
    assert rows == [{"id": "f-1", "url": "https://herald.test/bridge", "language": "en"}]


def test_readability_pages_keep_their_bytes_and_the_labels_url(tmp_path: Path) -> None:
    folder = tmp_path / "readability" / "test" / "test-pages" / "herald-1"
    folder.mkdir(parents=True)
    (folder / "source.html").write_bytes(PAGE)
    labels = tmp_path / "labels.json"
    case = {"id": "rdb-herald-1", "path": "test/test-pages/herald-1/source.html"}
    labels.write_text(
        json.dumps({"cases": [case | {"url": "https://herald.test/b", "entities": []}]})
    )

    assert readability_pages.write_corpus(tmp_path / "readability", tmp_path / "out", labels) == 1
    assert (tmp_path / "out" / "pages" / "rdb-herald-1.html").read_bytes() == PAGE
    rows = [
        json.loads(line) for line in (tmp_path / "out" / "cases.jsonl").read_text().splitlines()
    ]
    assert rows == [{"id": "rdb-herald-1", "url": "https://herald.test/b", "language": "en"}]
