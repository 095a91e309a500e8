"""`bench.fundus_pages` writes labelled fundus pages as a corpus directory that
`bench.entities.corpus_cases` reads (a checkout's layout built here by hand)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from bench.fundus_pages import write_corpus

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

    assert write_corpus(tmp_path / "fundus", tmp_path / "out", labels) == 1
    assert (tmp_path / "out" / "pages" / "f-1.html").read_bytes() == PAGE
    written = (tmp_path / "out" / "cases.jsonl").read_text().splitlines()
    rows = [json.loads(line) for line in written]
    assert rows == [{"id": "f-1", "url": "https://herald.test/bridge", "language": "en"}]
