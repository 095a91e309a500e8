"""Write pages of another repository's test set as a corpus directory that `bench.entities` reads.

Why: the sets labelled beside ../shared/corpus (`bench.fundus_pages`, `bench.readability_pages`)
keep only labels and paths here, never the publishers' pages; each set's module reads its
checkout, and this one writes the layout of the shared corpus: `cases.jsonl` (id, url,
language "en") and `pages/<id>.html`, and gives each set's module its command line.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable, Sequence
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


def main_for(
    prog: str, what: str, write: Callable[[Path, Path], int], argv: Sequence[str] | None
) -> None:
    """The command line of a set's module: a checkout of `what` and the directory to write."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("checkout", type=Path, help=f"a checkout of {what}")
    parser.add_argument("out", type=Path, help="the corpus directory to write")
    args = parser.parse_args(argv)
    print(f"{write(args.checkout, args.out)} pages written to {args.out}")
