"""One nightly run in a process of its own, reporting its peak memory: `python -m
tests.hostile.night SOURCES WAREHOUSE` prints one JSON line {"run_id", "maxrss_kib"}.

The peak is this process's own (`resource.getrusage(RUSAGE_SELF).ru_maxrss`, KiB on Linux):
the night with its Prefect client, trafilatura, the spaCy model and every hostile page it read.
Like the `newsledger` command (`flows.cli.run`), it freezes what it built before it exits, so
the interpreter's last collections do not walk it (seconds per night).
"""

from __future__ import annotations

import gc
import json
import resource
import sys

from flows.ingest import nightly_ingest


def main(sources: str, warehouse: str) -> None:
    result = nightly_ingest(sources=sources, warehouse=warehouse)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"run_id": result["run_id"], "maxrss_kib": peak}), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
    gc.freeze()
