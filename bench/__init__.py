"""Benchmarks: each prints a ratio against an anchor measured in the same run, on the same data.

Prefect's temporary servers started by a benchmark send no telemetry (a machine without
network would log an error for each attempt).
"""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
