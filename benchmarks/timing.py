"""Interleaved timing shared by the benchmark scripts.

Contenders run in turn (A B A B …) so that a machine that slows down mid-run slows every contender
alike; each is timed at least five times and reported as min / median / max. Every contender returns
what it produced, and the runs must agree, so a faster contender cannot be faster by doing less.
"""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Timing:
    name: str
    seconds: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def row(self, unit: float = 1.0, label: str = "s") -> str:
        low, mid, high = min(self.seconds) / unit, self.median / unit, max(self.seconds) / unit
        return f"{self.name}: min {low:.3f} {label}, median {mid:.3f} {label}, max {high:.3f} {label} ({len(self.seconds)} runs)"


def interleave(contenders: dict[str, Callable[[], Any]], runs: int = 5,
               same: Callable[[Any, Any], bool] | None = None) -> dict[str, Timing]:
    """Time each contender `runs` times, in turn; check that all of them produced the same result."""
    if runs < 5:
        raise ValueError("at least five runs per contender")
    seconds: dict[str, list[float]] = {name: [] for name in contenders}
    results: dict[str, Any] = {}
    for _ in range(runs):
        for name, run in contenders.items():
            begin = time.perf_counter()
            result = run()
            seconds[name].append(time.perf_counter() - begin)
            results.setdefault(name, result)
    first_name, first = next(iter(results.items()))
    agree = same or (lambda a, b: a == b)
    for name, result in results.items():
        if not agree(first, result):
            raise AssertionError(f"{name} and {first_name} produced different results")
    return {name: Timing(name, times) for name, times in seconds.items()}


def ratio(a: Timing, b: Timing) -> float:
    """How many times longer a took than b, by medians."""
    return a.median / b.median


def machine() -> str:
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
