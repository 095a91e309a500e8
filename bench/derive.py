"""Derivation cost per English page: our whole derivation against what a user would otherwise run.

Anchor (configured like ours, same run, same pages): `trafilatura.bare_extraction` with
metadata (which runs htmldate) and our trafilatura options and settings
(`tasks.extract.anchor_input`), then spaCy NER of the same model —
its tok2vec and ner components only — over title + text in `nlp.pipe` batches of our size.
Ours: everything a flow does to a page before writing it — decode, one parse, extraction,
title, dates, dateline, canonical URL, hashing (`derive_page`), then NER and entity resolution
(`mentions_for_versions`). Target: ours <= 1.0x the anchor.

Both are timed on N and on 2N pages and the difference is divided by N: the marginal cost of a
page, so fixed start-up (imports, model loads, caches) cancels. Rounds alternate anchor and ours
and the best of each is kept (a shared machine only ever adds time). Then where our time goes:
each stage alone over the 2N pages, in ms per page. Pages: English pages of ../shared/corpus
when present, else the bundled demo site.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import trafilatura

from schemas.events import ArticleVersion
from schemas.pages import FetchedPage, Source
from tasks.dates import find_dates
from tasks.derive import derive_page
from tasks.entities import (
    entities_for_texts,
    load_alias_table,
    load_nlp,
    mentions_for_versions,
    model_name,
    version_text,
)
from tasks.extract import anchor_input, decode_html, extract_page
from tasks.page import ParsedPage
from tasks.store import DEFAULT_BATCH, batches

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SOURCE = Source("bench", "bench", "http://bench.test/", None, None, "en", "UTC")
FETCHED_AT = datetime(2030, 1, 1, tzinfo=UTC)


def _page(i: int, url: str, body: bytes) -> FetchedPage:
    headers = (("Content-Type", "text/html"),)
    return FetchedPage(url, url, 200, "text/html", headers, body, FETCHED_AT, f"c-{i}", "bench")


def load_pages(limit: int = 200) -> tuple[str, list[FetchedPage]]:
    """English pages (the anchor's NER is English): corpus pages when present, else demo."""
    if (CORPUS / "cases.jsonl").exists():
        cases = [json.loads(line) for line in (CORPUS / "cases.jsonl").open()]
        english = [c for c in cases if c.get("language") == "en"][:limit]
        pages = [
            _page(
                i,
                c.get("url") or f"http://bench.test/{c['id']}",
                (CORPUS / "pages" / f"{c['id']}.html").read_bytes(),
            )
            for i, c in enumerate(english)
        ]
        return f"{len(pages)} English corpus pages", pages
    files = sorted((REPO / "seeds" / "demo_site").rglob("*.html"))
    pages = [_page(i, f"http://bench.test/{f.name}", f.read_bytes()) for i, f in enumerate(files)]
    return f"{len(pages)} demo pages", pages


class Anchor:
    """trafilatura with metadata, then NER (tok2vec + ner of the same model) on its output."""

    def __init__(self) -> None:
        import spacy

        full = spacy.load(model_name())
        keep = {"tok2vec", "ner"}
        self.nlp = spacy.load(model_name(), exclude=[p for p in full.pipe_names if p not in keep])

    def __call__(self, pages: Sequence[FetchedPage]) -> None:
        texts = []
        for page in pages:
            source, kwargs = anchor_input(page.body.decode("utf-8", "replace"))
            document = trafilatura.bare_extraction(
                source, url=page.url, with_metadata=True, **kwargs
            )
            if document is not None:
                title, text = getattr(document, "title", ""), getattr(document, "text", "")
                texts.append(f"{title or ''}\n\n{text or ''}")
        for _ in self.nlp.pipe(texts, batch_size=DEFAULT_BATCH):
            pass


def ours(pages: Sequence[FetchedPage]) -> None:
    """What every flow does to a page before writing it (no disk, no network)."""
    table = load_alias_table()
    for batch in batches(pages, DEFAULT_BATCH):
        versions: list[ArticleVersion] = []
        for page in batch:
            derived = derive_page(page, SOURCE, "bench")
            if derived.version is not None:
                versions.append(derived.version)
        mentions_for_versions(versions, table, "bench")


def _seconds(run: Callable[[Sequence[FetchedPage]], None], pages: Sequence[FetchedPage]) -> float:
    start = time.perf_counter()
    run(pages)
    return time.perf_counter() - start


def marginal_ms(
    run: Callable[[Sequence[FetchedPage]], None], pages: Sequence[FetchedPage], best: dict
) -> None:
    """Time N and 2N pages; keep the best (smallest) of each across rounds."""
    half = len(pages) // 2
    for size, subset in ((half, pages[:half]), (2 * half, pages[: 2 * half])):
        elapsed = _seconds(run, subset)
        best[size] = min(best.get(size, elapsed), elapsed)


def stages(pages: Sequence[FetchedPage]) -> dict[str, float]:
    """Seconds each of our stages takes over the pages, timed apart."""
    parsed = [ParsedPage(decode_html(p.body, p.content_type), p.final_url) for p in pages]
    start = time.perf_counter()
    for page in parsed:
        _ = page.tree, page.jsonld
    parse = time.perf_counter() - start
    start = time.perf_counter()
    extracted = []
    for page in parsed:
        try:
            extracted.append((page, extract_page(page)))
        except Exception:  # a page without text still cost its extraction
            continue
    extraction = time.perf_counter() - start
    start = time.perf_counter()
    for page, found in extracted:
        find_dates(page, text=found.body, fetched_at=FETCHED_AT)
    dates = time.perf_counter() - start
    texts = [version_text(found.title, found.body) for _, found in extracted]
    languages = [found.language or SOURCE.language for _, found in extracted]
    nlp, table = load_nlp(), load_alias_table()
    start = time.perf_counter()
    entities_for_texts(texts, table, nlp, languages)
    entities = time.perf_counter() - start
    return {
        "parse once (tree, JSON-LD)": parse,
        "extraction (trafilatura text, title, authors)": extraction,
        "dates": dates,
        "entities (spaCy NER, resolution)": entities,
    }


def main(rounds: int = 3) -> None:
    label, pages = load_pages()
    anchor = Anchor()
    load_nlp(), load_alias_table()  # model loads are once per process: not per page
    anchor(pages[:4])  # warm imports and caches on both sides
    ours(pages[:4])
    best_anchor: dict[int, float] = {}
    best_ours: dict[int, float] = {}
    for _ in range(rounds):
        marginal_ms(anchor, pages, best_anchor)
        marginal_ms(ours, pages, best_ours)
    (n, two_n) = sorted(best_anchor)
    per_page = {
        name: 1000 * (best[two_n] - best[n]) / (two_n - n)
        for name, best in (("anchor", best_anchor), ("ours", best_ours))
    }
    print(f"derive: {label}, marginal cost of a page (2N - N pages, N = {n}, best of {rounds})")
    print(f"  anchor (trafilatura with metadata + spaCy tok2vec/ner): {per_page['anchor']:6.1f} ms")
    print(f"  newsledger (derive_page + entities):                  {per_page['ours']:6.1f} ms")
    print(f"  ours / anchor: {per_page['ours'] / per_page['anchor']:.2f} (target <= 1.00)")
    print("  our stages, each alone over all pages (ms per page):")
    for stage, seconds in stages(pages[:two_n]).items():
        print(f"    {stage:48s} {1000 * seconds / two_n:6.1f} ms")


if __name__ == "__main__":
    main()
