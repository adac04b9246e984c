"""The benchmark suites stay importable and registered (their timings are not asserted)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_every_suite_is_registered_and_importable() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        run = importlib.import_module("run")
        suites = {p.stem for p in BENCH.glob("bench_*.py")}
        assert suites == set(run.SUITES)
        for name in run.SUITES:
            assert callable(importlib.import_module(name).rows)
    finally:
        sys.path.remove(str(BENCH))
