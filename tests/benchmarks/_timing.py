"""Small timing helpers for the benchmarks (plain ``time.perf_counter_ns``; no pytest-benchmark)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def percentile(samples: Sequence[float], q: float) -> float:
    """The nearest-rank ``q``-th percentile (0 < q <= 100) of ``samples``."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def median(samples: Sequence[float]) -> float:
    """The median of ``samples``."""
    return statistics.median(samples)


def ms(ns: float) -> float:
    """Nanoseconds as milliseconds."""
    return ns / 1e6


def report_line(name: str, *parts: str) -> str:
    """One greppable line per benchmark: ``BENCH <name> | part | part ...``; printed and returned."""
    line = " | ".join([f"BENCH {name}", *parts])
    print(f"\n{line}", flush=True)
    return line
