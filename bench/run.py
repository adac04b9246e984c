"""Run every benchmark and print one row per figure: the figure, the baseline measured in the
same run, and their ratio. Usage: python bench/run.py [--quick] [--only NAME]"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import Row, print_rows

SUITES = ["bench_store", "bench_printing", "bench_sync", "bench_ui", "bench_district"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke test")
    parser.add_argument("--only", help="run one suite, e.g. bench_store")
    args = parser.parse_args()
    results: list[Row] = []
    for name in SUITES:
        if args.only and name != args.only:
            continue
        module = importlib.import_module(name)
        results.extend(module.rows(quick=args.quick))
    print_rows(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
