"""Write mozilla/readability's English test pages as a corpus directory that `bench.entities`
reads.

Why: the pages labelled in bench/data/entity_labels_readability.json are real articles of
news sites and blogs that no rule was written on before they were labelled, a third set beside
../shared/corpus and fundus' pages. The pages stay in mozilla/readability (Apache-2.0); only
the labels, each page's path and the URL the page names as its own (its canonical link or
og:url) are kept here. From a checkout of the commit the labels' `about` names:

    python -m bench.readability_pages READABILITY_CHECKOUT OUT_DIR
    python -m bench.entities --no-timing --corpus OUT_DIR \
        --labels bench/data/entity_labels_readability.json

OUT_DIR gets the layout of the shared corpus (`bench.corpus_dir`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from bench.corpus_dir import main_for, write_corpus_dir

LABELS = Path(__file__).resolve().parent / "data" / "entity_labels_readability.json"


def write_corpus(checkout: Path, out: Path, labels: Path = LABELS) -> int:
    """Write the labelled pages of the readability `checkout` into `out`; return how many."""
    cases = json.loads(labels.read_text(encoding="utf-8"))["cases"]
    return write_corpus_dir(
        out, ((case["id"], case["url"], (checkout / case["path"]).read_bytes()) for case in cases)
    )


def main(argv: Sequence[str] | None = None) -> None:
    main_for("python -m bench.readability_pages", "mozilla/readability", write_corpus, argv)


if __name__ == "__main__":
    main()
