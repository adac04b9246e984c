"""Core store figures: demo generation and `put` throughput, against bare sqlite3."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from mentor_desk.demo import generate
from mentor_desk.domain.records import field_specs
from mentor_desk.domain.validation import record_to_json
from mentor_desk.store import Store
from mentor_desk.store.rows import to_row

from common import Row, bare_executemany, timed


def rows(*, quick: bool) -> list[Row]:
    visits = 5_000 if quick else 100_000
    puts = 200 if quick else 2_000
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        return [_demo_row(root, visits), _put_row(root, puts)]


def _demo_row(root: Path, visits: int) -> Row:
    store = Store(root / "demo")
    seconds = timed(lambda: generate(store, seed=1, visits=visits))
    records = {
        t: [to_row(r) for r in store.records(t)] for t in ("households", "members", "visits")
    }
    store.close()

    def baseline() -> None:
        for table, table_rows in records.items():
            bare_executemany(root / "bare-demo.sqlite3", table, table_rows)

    total = sum(len(r) for r in records.values())
    return Row(
        f"demo --visits {visits:,} (generate + store)",
        seconds,
        f"bare executemany of the same {total:,} rows",
        timed(baseline),
    )


def _put_row(root: Path, count: int) -> Row:
    with Store(root / "source") as source:
        generate(source, seed=2, families=max(10, count // 20), visits=count, lessons=1)
        visits = [record_to_json(r) for r in source.records("visits")][:count]
        parents = {
            t: [record_to_json(r) for r in source.records(t)] for t in ("households", "members")
        }
    target = Store(root / "put")
    for table, records in parents.items():
        for record in records:
            target.put(table, record)
    payloads = [json.dumps(v, ensure_ascii=False) for v in visits]

    def put_all() -> None:
        for payload in payloads:
            target.put("visits", json.loads(payload))

    seconds = timed(put_all)
    target.close()
    specs = field_specs("visits")
    bare_rows = [{"id": v["id"], **{k: json.dumps(v[k]) for k in specs}} for v in visits]
    baseline = timed(lambda: bare_executemany(root / "bare-put.sqlite3", "visits", bare_rows))
    return Row(
        f"put {len(visits):,} visits (one transaction each)",
        seconds,
        "bare executemany of the same rows",
        baseline,
        note=f"{len(visits) / seconds:,.0f} puts/s",
    )
