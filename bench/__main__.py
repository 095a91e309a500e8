"""`make bench` / `python -m bench`: run every benchmark and print its ratios.

Each can also run alone (`python -m bench.<name>`); the large ones take arguments to run
smaller (`bench.scale_large 200000`, `bench.views --versions 100000`).
"""

from bench.backfill import main as backfill_main
from bench.derive import main as derive_main
from bench.entities import main as entities_main
from bench.fetch import main as fetch_main
from bench.nightly import main as nightly_main
from bench.quality import main as quality_main
from bench.scale import main as scale_main
from bench.scale_large import main as scale_large_main

if __name__ == "__main__":
    derive_main()
    backfill_main()
    nightly_main()
    scale_main()
    scale_large_main()
    entities_main([])
    fetch_main()
    quality_main([])
