"""Shared pieces of the benchmarks: timing, rows, and a bare SQLite baseline."""

from __future__ import annotations

import gc
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Row:
    """One benchmark figure, its baseline measured in the same run, and their ratio."""

    figure: str
    seconds: float  # the figure's value, in `unit`
    baseline: str
    baseline_seconds: float
    note: str = ""
    unit: str = "s"

    @property
    def ratio(self) -> float:
        return self.seconds / self.baseline_seconds if self.baseline_seconds else float("inf")


def timed(
    action: Callable[[], Any], *, repeat: int = 1, before: Callable[[], Any] | None = None
) -> float:
    """Best wall time of `repeat` runs of `action`, with the garbage collector settled and
    `before()` (untimed) run first each time."""
    best = float("inf")
    for _ in range(repeat):
        if before is not None:
            before()
        gc.collect()
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def bare_executemany(path: Path, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """The floor any insert path is measured against: one executemany into a plain table
    with the same columns, in WAL mode, one transaction."""
    if not rows:
        return
    columns = list(rows[0])
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(columns)}, PRIMARY KEY (id))")
    marks = ", ".join("?" * len(columns))
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO {table} VALUES ({marks})", (tuple(r.values()) for r in rows))
    conn.execute("COMMIT")
    conn.close()


def print_rows(rows: Iterable[Row]) -> None:
    header = f"{'figure':<52} {'value':>11}  {'baseline':<46} {'value':>11} {'ratio':>7}"
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row.figure:<52} {row.seconds:>9.3f} {row.unit:<1}  {row.baseline:<46} "
            f"{row.baseline_seconds:>9.3f} {row.unit:<1} {row.ratio:>6.2f}x"
            + (f"  {row.note}" if row.note else "")
        )
