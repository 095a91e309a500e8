"""Write pages of another repository's test set as a corpus directory that `bench.entities` reads.

Why: the sets labelled beside ../shared/corpus (`bench.fundus_pages`, `bench.readability_pages`)
keep only labels and paths here, never the publishers' pages; each set's module reads its
checkout, and this one writes the layout of the shared corpus: `cases.jsonl` (id, url,
language "en") and `pages/<id>.html`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def write_corpus_dir(out: Path, pages: Iterable[tuple[str, str, bytes]]) -> int:
    """Write each (case id, url, page bytes) into `out`; return how many."""
    (out / "pages").mkdir(parents=True, exist_ok=True)
    written = 0
    with (out / "cases.jsonl").open("w", encoding="utf-8") as fh:
        for case_id, url, html in pages:
            (out / "pages" / f"{case_id}.html").write_bytes(html)
            fh.write(json.dumps({"id": case_id, "url": url, "language": "en"}) + "\n")
            written += 1
    return written
