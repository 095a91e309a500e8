"""`make demo`: serve the bundled site, ingest, advance the site, ingest again, show results.

Uses only the public pieces a user would: the demo site, the nightly flow and the warehouse
queries. The warehouse it fills (./data by default) is marked as a demo warehouse, and only a
marked (or empty) directory is ever cleared.
"""

from __future__ import annotations

import csv
import os
import shutil
import sys
import tempfile
from pathlib import Path

from upath import UPath

from flows.cli_output import render
from flows.cli_reports import print_health
from flows.demo_site import DemoServer
from flows.ingest import nightly_ingest
from tasks.sources import DEFAULT_SOURCES
from warehouse.layout import resolve_root
from warehouse.queries import query, timeline

DEMO_MARKER = ".newsledger-demo"


def _fresh_warehouse(root: UPath) -> None:
    if root.exists() and any(root.iterdir()) and not (root / DEMO_MARKER).exists():
        raise SystemExit(f"{root} holds a warehouse that is not a demo's; pass --warehouse DIR")
    shutil.rmtree(root.path, ignore_errors=True)
    root.mkdir(parents=True)
    (root / DEMO_MARKER).write_text("made by `newsledger demo`; safe to delete\n")


def _sources_for(base_url: str, workdir: Path) -> Path:
    """seeds/sources.csv with the demo source pointed at the running site."""
    with open(DEFAULT_SOURCES, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        for column in ("homepage", "feed_url", "sitemap_url"):
            if row.get(column, "").startswith("http://127.0.0.1:8765"):
                row[column] = row[column].replace("http://127.0.0.1:8765", base_url)
    path = workdir / "sources.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _start_site(port: int) -> DemoServer:
    """The demo site on `port`, or on a free port when that one is taken."""
    try:
        return DemoServer(port)
    except OSError as exc:
        print(f"port {port} is busy ({exc.strerror}); serving the demo site on a free port")
        return DemoServer(0)


def _banner(text: str) -> None:
    print(f"\n=== {text}", flush=True)


def run_demo(warehouse: str | None, port: int) -> int:
    os.environ.setdefault("NEWSLEDGER_ALLOW_PRIVATE_HOSTS", "1")  # the site is on loopback
    root = resolve_root(warehouse)
    _fresh_warehouse(root)
    with _start_site(port) as server, tempfile.TemporaryDirectory() as workdir:
        sources = str(_sources_for(server.base_url, Path(workdir)))
        edited = next(
            a
            for a in server.site.manifest["articles"]
            if a.get("state1") and a.get("state2") and a["state1"] != a["state2"]
        )
        _banner(f"demo site on {server.base_url} (state 1); ingest into {root}")
        print_health(nightly_ingest(sources=sources, warehouse=str(root)), sys.stdout)
        _banner("ingest again, site unchanged: no new versions expected")
        print_health(nightly_ingest(sources=sources, warehouse=str(root)), sys.stdout)
        server.site.set_state(2)
        _banner("site advanced to state 2 (one edited, one new, one deleted); ingest")
        print_health(nightly_ingest(sources=sources, warehouse=str(root)), sys.stdout)
        edited_url = server.base_url + edited["path"]

    _banner('the seed article (newsledger sql "SELECT ... FROM articles WHERE ...")')
    render(
        query(
            root,
            "SELECT published_at, published_precision AS precision, published_provenance "
            "AS provenance, updated_at, updated_provenance, left(body, 60) AS body_starts "
            "FROM articles WHERE url LIKE '%pentagon-al-qaeda-taliban-ties%'",
        ),
        "table",
    )
    _banner('its entities (newsledger sql "SELECT ... FROM entity_mentions")')
    render(
        query(
            root,
            "SELECT entity_id, entity_name, entity_type, mentions, roles "
            "FROM entity_mentions WHERE url LIKE '%pentagon-al-qaeda-taliban-ties%' "
            "ORDER BY mention_count DESC",
        ),
        "table",
    )
    _banner("entity timeline: al-Qaeda by day  (newsledger timeline al-Qaeda --by day)")
    render(timeline(root, "al-Qaeda", "day"), "table")
    _banner(f"history of the edited article  (newsledger history {edited_url})")
    render(
        query(
            root,
            "SELECT version, observed_at, updated_at, changed, body_chars_delta "
            "FROM article_history(?)",
            [edited_url],
        ),
        "table",
    )
    _banner('articles now (newsledger sql "SELECT ... FROM articles")')
    render(
        query(
            root,
            "SELECT left(title, 45) AS title, published_at, published_provenance, "
            "updated_at, updated_provenance, dateline_place, dateline_agency "
            "FROM articles ORDER BY published_at",
        ),
        "table",
    )
    _banner("tombstones")
    render(query(root, "SELECT url, status, observed_at FROM tombstones"), "table")
    print(
        f"\nwarehouse: {root}  — try: newsledger sql --warehouse {root} "
        "\"SELECT * FROM entity_timeline('Pentagon', 'week')\""
    )
    return 0


if __name__ == "__main__":
    sys.exit(run_demo(None, 8765))
