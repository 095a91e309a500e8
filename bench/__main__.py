"""`make bench` / `python -m bench`: run every benchmark and print its ratios."""

from bench.backfill import main as backfill_main
from bench.derive import main as derive_main
from bench.entities import main as entities_main
from bench.fetch import main as fetch_main
from bench.quality import main as quality_main
from bench.scale import main as scale_main

if __name__ == "__main__":
    derive_main()
    backfill_main()
    scale_main()
    entities_main()
    fetch_main()
    quality_main([])
