"""Write fundus' English parser test pages as a corpus directory that `bench.entities` reads.

Why: the pages labelled in bench/data/entity_labels_fundus.json are real articles of 30-odd
publishers that no rule was written on before they were labelled, a second set beside
../shared/corpus. The pages are the publishers' and stay in flairNLP/fundus (MIT); only the
labels and each page's path are kept here. From a checkout of the commit the labels' `about`
names:

    python -m bench.fundus_pages FUNDUS_CHECKOUT OUT_DIR
    python -m bench.entities --no-timing --corpus OUT_DIR \
        --labels bench/data/entity_labels_fundus.json

OUT_DIR gets the layout of the shared corpus (`bench.corpus_dir`).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from pathlib import Path

from bench.corpus_dir import main_for, write_corpus_dir

LABELS = Path(__file__).resolve().parent / "data" / "entity_labels_fundus.json"


def write_corpus(fundus: Path, out: Path, labels: Path = LABELS) -> int:
    """Write the labelled pages of the `fundus` checkout into `out`; return how many."""
    cases = json.loads(labels.read_text(encoding="utf-8"))["cases"]
    return write_corpus_dir(out, (_page(fundus / case["path"], case["id"]) for case in cases))


def _page(page: Path, case_id: str) -> tuple[str, str, bytes]:
    """The case's id, its URL from the folder's meta.info and its unzipped page."""
    meta = json.loads((page.parent / "meta.info").read_text(encoding="utf-8"))
    return case_id, meta[page.name]["url"], gzip.decompress(page.read_bytes())


def main(argv: Sequence[str] | None = None) -> None:
    main_for("python -m bench.fundus_pages", "flairNLP/fundus", write_corpus, argv)


if __name__ == "__main__":
    main()
