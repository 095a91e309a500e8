"""`make bench` / `python -m bench`: run every benchmark and print its ratios."""

from bench.derive import main as derive_main

if __name__ == "__main__":
    derive_main()
