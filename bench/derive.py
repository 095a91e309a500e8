"""Derivation throughput: our whole per-page derivation vs the bare extractor it builds on.

Measured: `build_version` (decode, trafilatura, metadata clean-up, dates, dateline, hashing)
over the same pages as the anchor, a bare `trafilatura.bare_extraction` loop with metadata.
The ratio (ours / anchor, in pages per second) says what our stages cost on top of extraction.
Then where a page's time goes: each stage alone over the same pages (extraction with our title
and page facts, dates, and the entity step that follows `build_version` in every flow: spaCy
NER on English texts and resolution), in ms per page and as a multiple of the anchor's time.
Pages: ../shared/corpus when present (real pages), else the bundled demo site.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import trafilatura

from schemas.errors import NewsledgerError
from schemas.pages import FetchedPage, Source
from tasks.dates import find_dates
from tasks.entities import entities_for_texts, load_alias_table, load_nlp, version_text
from tasks.extract import Extracted, decode_html, extract_page
from tasks.page import ParsedPage
from tasks.versions import build_version

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SOURCE = Source("bench", "bench", "http://bench.test/", None, None, "en", "UTC")
FETCHED_AT = datetime(2030, 1, 1, tzinfo=UTC)


def load_pages(limit: int = 200) -> tuple[str, list[FetchedPage]]:
    if (CORPUS / "cases.jsonl").exists():
        cases = [json.loads(line) for line in (CORPUS / "cases.jsonl").open()][:limit]
        pairs = [
            (
                c.get("url") or f"http://bench.test/{c['id']}",
                (CORPUS / "pages" / f"{c['id']}.html").read_bytes(),
            )
            for c in cases
        ]
        label = f"{len(pairs)} corpus pages"
    else:
        files = sorted((REPO / "seeds" / "demo_site").rglob("*.html"))
        pairs = [(f"http://bench.test/{f.name}", f.read_bytes()) for f in files]
        label = f"{len(pairs)} demo pages"
    pages = [
        FetchedPage(
            url,
            url,
            200,
            "text/html",
            (("Content-Type", "text/html"),),
            body,
            FETCHED_AT,
            f"capture-{i}",
            "bench",
        )
        for i, (url, body) in enumerate(pairs)
    ]
    return label, pages


def _ours(pages: Sequence[FetchedPage]) -> None:
    for page in pages:
        try:
            build_version(page, SOURCE, "bench")
        except NewsledgerError:  # a failure record in the pipeline: the work was still done
            continue


def _anchor(pages: Sequence[FetchedPage]) -> None:
    for page in pages:
        trafilatura.bare_extraction(
            page.body.decode("utf-8", "replace"),
            url=page.url,
            with_metadata=True,
            include_comments=False,
        )


def _stages(pages: Sequence[FetchedPage]) -> dict[str, float]:
    """Seconds each stage takes over the pages, timed apart (same calls as the pipeline's)."""
    html = [decode_html(p.body, p.content_type) for p in pages]
    start = time.perf_counter()
    extracted: list[tuple[FetchedPage, str, Extracted]] = []
    for page, text in zip(pages, html, strict=True):
        try:
            extracted.append((page, text, extract_page(text, page.final_url)))
        except NewsledgerError:
            continue
    extraction = time.perf_counter() - start
    start = time.perf_counter()
    for page, text, found in extracted:
        find_dates(ParsedPage(text, page.final_url), text=found.body, fetched_at=page.observed_at)
    dates = time.perf_counter() - start
    texts = [version_text(found.title, found.body) for _, _, found in extracted]
    languages = [found.language or SOURCE.language for _, _, found in extracted]
    nlp, table = load_nlp(), load_alias_table()  # loading is once per process: not timed
    start = time.perf_counter()
    entities_for_texts(texts, table, nlp, languages)
    entities = time.perf_counter() - start
    return {
        "extraction (trafilatura, title, page facts)": extraction,
        "dates": dates,
        "entities (spaCy NER, resolution)": entities,
    }


def _best_of(
    run: Callable[[Sequence[FetchedPage]], None], pages: Sequence[FetchedPage], repeats: int
) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run(pages)
        times.append(time.perf_counter() - start)
    return min(times)


def main(repeats: int = 3) -> None:
    label, pages = load_pages()
    _ours(pages[:5])  # warm imports and caches on both sides before timing
    _anchor(pages[:5])
    rounds = [(_best_of(_anchor, pages, 1), _best_of(_ours, pages, 1)) for _ in range(repeats)]
    anchor = min(a for a, _ in rounds)
    ours = min(o for _, o in rounds)
    ratio = statistics.median(a / o for a, o in rounds)
    print(f"derive: {label}")
    print(f"  anchor trafilatura.bare_extraction: {len(pages) / anchor:8.1f} pages/s")
    print(f"  newsledger build_version:           {len(pages) / ours:8.1f} pages/s")
    print(f"  throughput ratio ours/anchor: {ratio:.2f} (median of {repeats} interleaved rounds)")
    per_anchor_page = anchor / len(pages)
    print("  stages, each alone (ms per page, and as a multiple of the anchor's time per page):")
    for stage, seconds in _stages(pages).items():
        per_page = seconds / len(pages)
        print(f"    {stage:45s} {1000 * per_page:6.1f} ms  {per_page / per_anchor_page:5.2f}x")


if __name__ == "__main__":
    main()
