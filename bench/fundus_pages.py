"""Write fundus' English parser test pages as a corpus directory that `bench.entities` reads.

Why: the pages labelled in bench/data/entity_labels_fundus.json are real articles of 30-odd
publishers that no rule was written on before they were labelled, a second set beside
../shared/corpus. The pages are the publishers' and stay in flairNLP/fundus (MIT); only the
labels and each page's path are kept here. From a checkout of the commit the labels' `about`
names:

    python -m bench.fundus_pages FUNDUS_CHECKOUT OUT_DIR
    python -m bench.entities --no-timing --corpus OUT_DIR \
        --labels bench/data/entity_labels_fundus.json

OUT_DIR gets `cases.jsonl` (id, url, language "en") and `pages/<id>.html`, the layout of the
shared corpus.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Sequence
from pathlib import Path

LABELS = Path(__file__).resolve().parent / "data" / "entity_labels_fundus.json"


def write_corpus(fundus: Path, out: Path, labels: Path = LABELS) -> int:
    """Write the labelled pages of the `fundus` checkout into `out`; return how many."""
    cases = json.loads(labels.read_text(encoding="utf-8"))["cases"]
    (out / "pages").mkdir(parents=True, exist_ok=True)
    with (out / "cases.jsonl").open("w", encoding="utf-8") as fh:
        for case in cases:
            page = fundus / case["path"]
            meta = json.loads((page.parent / "meta.info").read_text(encoding="utf-8"))
            html = gzip.decompress(page.read_bytes())
            (out / "pages" / f"{case['id']}.html").write_bytes(html)
            url = meta[page.name]["url"]
            fh.write(json.dumps({"id": case["id"], "url": url, "language": "en"}) + "\n")
    return len(cases)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.fundus_pages")
    parser.add_argument("fundus", type=Path, help="a checkout of flairNLP/fundus")
    parser.add_argument("out", type=Path, help="the corpus directory to write")
    args = parser.parse_args(argv)
    print(f"{write_corpus(args.fundus, args.out)} pages written to {args.out}")


if __name__ == "__main__":
    main()
