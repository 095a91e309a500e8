"""Backfill throughput: the real per-file backfill against what a user would otherwise run.

Anchor: read the same WARC records, run `trafilatura.bare_extraction` (with metadata, our
trafilatura options) on each page and spaCy NER of the same model (tok2vec + ner) over title +
text in `nlp.pipe` batches: an archive-to-entities loop (`bench.derive.Anchor`). Target: one
process >= 1.0x its throughput. Measured: `backfill_archive_file`'s own function on the same
files in one process: reading (fastwarc), our derivation (extraction, dates, dateline, hashing),
entities (spaCy NER + alias table), keeping raw captures, Parquet writes and the commit.
Between the two, our derivation loop: the same reader, versions and entities, in memory; the
backfill's ratio to it is what the backfill's own machinery costs.
Then the whole backfill flow (Prefect) on a pool of 1 and of 2 worker processes (each worker
imports and loads its model, as in production), both against one Prefect API started before
them (as a team's server is), so neither pays a server start-up. Each flow's CPU is accounted
too, which a busy machine does not distort as it does wall time: the parent's (planning,
Prefect bookkeeping, results; what does not parallelise) against its workers' (reaped when the
pool shuts down); the second worker's extra CPU is its start-up (imports, model, gazetteer).
Also the two WARC readers (fastwarc, warcio) over the same files.
Pages: ../shared/corpus when present (real pages), else the bundled demo pages, repeated.
"""

from __future__ import annotations

import io
import json
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType
from warcio.archiveiterator import ArchiveIterator as WarcioIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from schemas.pages import FetchedPage, Source

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
FILES = 4
_SOURCE = Source("bench", "bench", "", None, None, None, "UTC")


def _pages(limit: int) -> list[bytes]:
    if (CORPUS / "cases.jsonl").exists():
        ids = [json.loads(line)["id"] for line in (CORPUS / "cases.jsonl").open()]
        bodies = [(CORPUS / "pages" / f"{i}.html").read_bytes() for i in ids]
    else:
        bodies = [p.read_bytes() for p in sorted((REPO / "seeds" / "demo_site").rglob("*.html"))]
    return [bodies[i % len(bodies)] for i in range(limit)]


def write_warcs(
    folder: Path, pages: list[bytes], urls: list[str] | None = None, files: int = FILES
) -> list[Path]:
    """The pages as `files` gzip WARC files of response records, each with its own URL (given,
    else generated), captured a minute apart from 2024-01-01."""
    paths = [folder / f"bench-{i}.warc.gz" for i in range(files)]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for index, path in enumerate(paths):
        with open(path, "wb") as handle:
            writer = WARCWriter(handle, gzip=True)
            for n in range(index, len(pages), files):
                body = pages[n]
                record = writer.create_warc_record(
                    urls[n] if urls else f"http://bench.test/article-{n}.html",
                    "response",
                    payload=io.BytesIO(body),
                    length=len(body),
                    http_headers=StatusAndHeaders(
                        "200 OK",
                        [
                            ("Content-Type", "text/html; charset=utf-8"),
                            ("Content-Length", str(len(body))),
                        ],
                        protocol="HTTP/1.1",
                    ),
                    warc_headers_dict={
                        "WARC-Date": (start + timedelta(minutes=n)).strftime("%Y-%m-%dT%H:%M:%SZ")
                    },
                )
                writer.write_record(record)
    return paths


def _read_fastwarc(paths: list[Path]) -> int:
    count = 0
    for path in paths:
        for record in ArchiveIterator(
            str(path), record_types=WarcRecordType.response, parse_http=True, fsspec_args=False
        ):
            record.reader.read()
            count += 1
    return count


def _read_warcio(paths: list[Path]) -> int:
    count = 0
    for path in paths:
        with open(path, "rb") as handle:
            for record in WarcioIterator(handle):
                if record.rec_type == "response":
                    record.content_stream().read()
                    count += 1
    return count


def _anchor(paths: list[Path], anchor: Callable[[list[FetchedPage]], None]) -> int:
    """The same records read the same way, through trafilatura and NER in batches."""
    from upath import UPath

    from tasks.archives import read_archive
    from tasks.store import DEFAULT_BATCH, batches

    count = 0
    for path in paths:
        for batch in batches(read_archive(UPath(path), source_id="bench"), DEFAULT_BATCH):
            pages = [p for p in batch if isinstance(p, FetchedPage)]
            anchor(pages)
            count += len(batch)
    return count


def _derivation(paths: list[Path]) -> int:
    """Our derivation alone, in memory: the same reader, versions and entities in batches of
    the backfill's size, but no raw copies, no Parquet, no commit. What the backfill adds on
    top of this is its own machinery."""
    from upath import UPath

    from tasks.archives import read_archive
    from tasks.derive import derive_page
    from tasks.entities import load_alias_table, mentions_for_versions
    from tasks.store import batches

    table = load_alias_table()
    count = 0
    for path in paths:
        for batch in batches(read_archive(UPath(path), source_id="bench"), 200):
            pages = [p for p in batch if isinstance(p, FetchedPage)]
            derived = [derive_page(p, _SOURCE, "bench").version for p in pages]
            versions = [v for v in derived if v is not None]
            mentions_for_versions(versions, table, "bench")
            count += len(batch)
    return count


def _ours(paths: list[Path], root: Path) -> int:
    from upath import UPath

    from tasks.archives import warc_chunks
    from tasks.backfill import backfill_archive_file
    from tasks.store import DateWindow
    from warehouse.log import init_warehouse

    init_warehouse(UPath(root))  # as the flow does before its tasks run
    total = 0
    for chunk in warc_chunks([UPath(p) for p in paths], scope="bench"):
        result = backfill_archive_file.fn(
            chunk,
            root=UPath(root),
            source=_SOURCE,
            window=DateWindow(),
            hosts=None,
            day="2024-01-01",
            started_at=datetime(2024, 1, 2, tzinfo=UTC),
        )
        total += int(result["fetched"])
    return total


def _timed(run: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _accounted(run: Callable[[], object]) -> tuple[float, float, float]:
    """(wall s, parent CPU s, workers' CPU s) of a flow run; its worker processes are reaped
    when the run's pool shuts down, so they count among this process's children by then (the
    shared Prefect server, a child too, is stopped only after every run)."""
    parent, children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    wall, _ = _timed(run)
    return (
        wall,
        _cpu(resource.RUSAGE_SELF) - parent,
        _cpu(resource.RUSAGE_CHILDREN) - children,
    )


def main(pages_per_run: int = 1200) -> None:
    from bench.derive import Anchor
    from flows.backfill import run_backfill
    from flows.runners import RunnerSetting, shared_prefect_api
    from tasks.entities import load_alias_table, load_nlp

    load_nlp()  # model loading is a one-off per process, not per page: keep it out of timing
    load_alias_table()
    anchor = Anchor()

    def flow_run(workers: int) -> object:
        return run_backfill(
            runner=RunnerSetting("processes", workers),
            warc=[str(p) for p in paths],
            warehouse=str(work / f"w{workers}"),
        )

    work = Path(tempfile.mkdtemp(prefix="nl-bench-"))
    try:
        paths = write_warcs(work, _pages(pages_per_run))
        # Warm both sides alike: the anchor, and our own one-off loads (gazetteer, language
        # identifier), which would otherwise be charged to whichever loop runs first.
        _anchor(paths[:1], anchor)
        _derivation(paths[:1])
        n = len(_pages(pages_per_run))
        fast_s, _ = _timed(lambda: _read_fastwarc(paths))
        warcio_s, _ = _timed(lambda: _read_warcio(paths))
        anchor_s, _ = _timed(lambda: _anchor(paths, anchor))
        derivation_s, _ = _timed(lambda: _derivation(paths))
        ours_s, derived = _timed(lambda: _ours(paths, work / "one-process"))
        with shared_prefect_api():  # one API for both flows, as a team server would be
            flows = {workers: _accounted(partial(flow_run, workers)) for workers in (1, 2)}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"backfill: {n} pages in {FILES} WARC files ({derived} derived)")
    print(
        f"  readers: fastwarc {n / fast_s:8.0f} records/s, warcio {n / warcio_s:8.0f} "
        f"records/s (fastwarc/warcio {warcio_s / fast_s:.2f}x)"
    )
    rows = [
        ("anchor: trafilatura + spaCy NER loop", anchor_s, ""),
        (
            "our derivation loop, in memory",
            derivation_s,
            f"ratio {anchor_s / derivation_s:.2f} (+ dates, dateline, title, entities)",
        ),
        (
            "backfill, one process",
            ours_s,
            f"ratio {anchor_s / ours_s:.2f} (target >= 1.0); {derivation_s / ours_s:.2f} of "
            "our derivation loop (+ raw copies, Parquet, commit)",
        ),
        ("backfill flow, 1 worker process", flows[1][0], ""),
        (
            "backfill flow, 2 worker processes",
            flows[2][0],
            f"speed-up {flows[1][0] / flows[2][0]:.2f}x (target >= 1.7x)",
        ),
    ]
    for label, seconds, note in rows:
        print(f"  {label + ':':35s} {n / seconds:6.1f} pages/s  {note}".rstrip())
    for workers, (_, parent, pool) in flows.items():
        print(
            f"  flow on {workers} worker(s), CPU: parent {parent:5.1f} s "
            f"({100 * parent / (parent + pool):4.1f}% of the run's, {1000 * parent / n:4.1f} ms "
            f"a page), workers {pool:6.1f} s ({1000 * pool / n:5.1f} ms a page)"
        )
    print(f"  the second worker's start-up: {flows[2][2] - flows[1][2]:5.1f} s CPU")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1200)
