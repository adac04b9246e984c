"""Sync figures: importing a signed, encrypted bundle against plain JSON-lines loaders, and
the peak memory of importing a very large bundle."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
import zlib
from pathlib import Path

from mentor_desk.demo import generate
from mentor_desk.domain.records import TABLES
from mentor_desk.domain.validation import record_to_json
from mentor_desk.store import Profile, Store
from mentor_desk.sync.container import write_bundle
from mentor_desk.sync.exporter import export_bundle
from mentor_desk.sync.identity import ensure_identity
from mentor_desk.sync.importer import import_bundle

from common import Row, timed

HUGE_RECORDS = 1_000_000


def rows(*, quick: bool) -> list[Row]:
    visits = 5_000 if quick else 100_000
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        result = _import_rows(root, visits, quick=quick)
        result.append(_memory_row(root, 20_000 if quick else HUGE_RECORDS))
        return result


def _home(path: Path, role: str) -> tuple[Store, object]:
    store = Store(path)
    store.set_profile(Profile(name=path.name, role=role))
    return store, ensure_identity(store)


def _import_rows(root: Path, visits: int, *, quick: bool) -> list[Row]:
    mentor, mentor_id = _home(root / "mentor", "mentor")
    district, district_id = _home(root / "district", "district")
    district_id.trust.trust(mentor_id.keys.public)  # type: ignore[attr-defined]
    generate(mentor, seed=1, visits=visits)
    bundle = root / "mentor.bundle"
    export_seconds = timed(
        lambda: export_bundle(
            mentor,
            mentor_id,  # type: ignore[arg-type]
            bundle,
            recipient=district_id.keys.public,  # type: ignore[attr-defined]
            profile="full",
        )
    )
    bare_export_seconds = timed(lambda: _bare_export(mentor.db.conn, root / "bare-export.gz"))
    lines = {t: [record_to_json(r) for r in mentor.records(t)] for t in TABLES}
    total = sum(len(v) for v in lines.values())
    mentor.close()
    district.close()
    empty = root / "district-empty"
    shutil.copytree(root / "district", empty)
    for table, records in lines.items():
        (root / f"{table}.jsonl").write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8"
        )
    del lines  # only needed to write the files each loader reads

    def sqlite_utils_insert() -> None:
        for table in TABLES:
            subprocess.run(
                [
                    str(Path(sys.executable).parent / "sqlite-utils"),
                    "insert",
                    str(root / "sqlite-utils.db"),
                    table,
                    str(root / f"{table}.jsonl"),
                    "--nl",
                    "--pk",
                    "id",
                ],
                check=True,
                capture_output=True,
            )

    def settle() -> None:
        (root / "sqlite-utils.db").unlink(missing_ok=True)
        os.sync()

    # Every loader runs in a fresh process of its own (sqlite-utils as its command), so none
    # works in a heap this script filled while making the data; each run starts after
    # os.sync(), so none pays for writing back what was written before it; the best of
    # `repeat` runs counts.
    repeat = 1 if quick else 3
    seconds = _in_child("import", root, bundle, repeat)
    figure = f"import bundle: {visits:,} visits ({total:,} records)"
    return [
        Row(
            f"export bundle: {visits:,} visits, signed and encrypted",
            export_seconds,
            "bare SELECT, json.dumps and deflate of the same tables",
            bare_export_seconds,
            note=f"context; the bundle is {bundle.stat().st_size / 1e6:,.1f} MB",
        ),
        Row(
            figure,
            seconds,
            "sqlite-utils insert --nl --pk id (same records)",
            timed(sqlite_utils_insert, repeat=repeat, before=settle),
            note="target ≤ 0.5x",
        ),
        Row(
            figure,
            seconds,
            "bare json + executemany upsert (same records)",
            _in_child("bare", root, bundle, repeat),
            note="target ≤ 2.5x",
        ),
        Row(
            figure,
            seconds,
            "the same upsert into Mentor Desk's own tables",
            _in_child("bare-into-ours", root, bundle, repeat),
            note="context: with its indexes and search index",
        ),
    ]


def _bare_export(conn: sqlite3.Connection, target: Path) -> None:
    """Every row of every record table as a JSON line, deflated into one file: the floor
    of writing the same records out, with nothing checked, signed or encrypted."""
    pack = zlib.compressobj(6)
    with target.open("wb") as out:
        for table in TABLES:
            cursor = conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            for values in cursor:
                line = json.dumps(dict(zip(names, values, strict=True)), ensure_ascii=False)
                out.write(pack.compress(line.encode() + b"\n"))
        out.write(pack.flush())


def _in_child(loader: str, root: Path, bundle: Path, repeat: int) -> float:
    """Seconds one loader takes, timed inside a fresh Python process (`_child_main`)."""
    out = subprocess.run(
        [sys.executable, __file__, loader, str(root), str(bundle), str(repeat)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(out.split()[-1])


def _child_main(loader: str, root: Path, bundle: Path, repeat: int) -> None:
    """Run one loader on the files `_import_rows` made, in this (fresh) process, and print
    its best wall time: our import into a copy of the empty district database, or the bare
    upsert into plain tables or into that copy (whose triggers keep the indexes and the
    FTS5 trigram search index: nothing else)."""
    empty = root / "district-empty"
    target = root / f"{loader}-run"

    def fresh_target() -> None:
        shutil.rmtree(target, ignore_errors=True)
        if loader == "bare":
            target.mkdir()
        else:
            shutil.copytree(empty, target)
        os.sync()

    def load() -> None:
        if loader == "import":
            store = Store(target)
            outcome = import_bundle(store, ensure_identity(store), bundle)
            store.close()
            assert outcome.status == "imported", outcome.as_dict()
            return
        create = loader == "bare"
        database = target / ("bare.db" if create else "mentor-desk.sqlite3")
        conn = sqlite3.connect(database, isolation_level=None)
        if create:
            conn.execute("PRAGMA journal_mode=WAL")
        _upsert_lines(conn, root, create_tables=create)
        conn.close()

    print(timed(load, repeat=repeat, before=fresh_target))


def _upsert_lines(conn: sqlite3.Connection, root: Path, *, create_tables: bool) -> None:
    """Every table's JSON lines read with `json` and upserted with one executemany each, in
    one transaction: into plain tables made here, or into the tables `conn` already has
    (then only their columns: the derived short code is not stored)."""
    conn.execute("BEGIN")
    for table in TABLES:
        lines = (root / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines]
        if not records:
            continue
        if create_tables:
            columns = list(records[0])
            conn.execute(f"CREATE TABLE {table} ({', '.join(columns)}, PRIMARY KEY (id))")
        else:
            stored = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            columns = [c for c in records[0] if c in stored]
        marks = ", ".join("?" * len(columns))
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            (
                tuple(json.dumps(r[c]) if isinstance(r[c], list | dict) else r[c] for c in columns)
                for r in records
            ),
        )
    conn.execute("COMMIT")


def _memory_row(root: Path, count: int) -> Row:
    """Peak memory of a separate process importing a bundle of `count` visit records."""
    mentor, mentor_id = _home(root / "huge-mentor", "mentor")
    district, district_id = _home(root / "huge-district", "district")
    district_id.trust.trust(mentor_id.keys.public)  # type: ignore[attr-defined]
    household = mentor.put("households", {"head_name": "ครอบครัวทดสอบ"}).record.id
    device = mentor.device_id

    def records():
        yield from (json.loads(line) for line in _household_lines(mentor))
        for n in range(count):
            stamp = (1_700_000_000_000 + n) << 16
            yield {
                "table": "visits",
                "id": str(uuid.UUID(int=n + 1, version=4)),
                "cl": 1,
                "seen": {device: stamp},
                "stamp": [stamp, device],
                "values": {
                    "household_id": household,
                    "date": "2026-11-01",
                    "observations": "เยี่ยมบ้าน พูดคุยเรื่องการเลี้ยงดูบุตร",
                    "topics": ["parenting", "health"],
                },
            }

    bundle = root / "huge.bundle"
    write_bundle(
        bundle,
        device=mentor_id.keys,  # type: ignore[attr-defined]
        manifest={
            "schema_version": 1,
            "kind": "full",
            "privacy_profile": "full",
            "scope": {"through_seq": 1},
        },
        records=records(),
        recipients=[district_id.keys.public.age_recipient],  # type: ignore[attr-defined]
        work_dir=root,
    )
    mentor.close()
    district.close()
    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child started by a big
    # parent would report the parent's peak.
    peak = (
        "def peak():\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmHWM:'):\n"
        "            return int(line.split()[1])\n"
    )
    script = peak + (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from mentor_desk.store import Store\n"
        "from mentor_desk.sync.identity import ensure_identity\n"
        "from mentor_desk.sync.importer import import_bundle\n"
        "store = Store(Path(sys.argv[1]))\n"
        "start = time.perf_counter()\n"
        "result = import_bundle(store, ensure_identity(store), Path(sys.argv[2]))\n"
        "assert result.status == 'imported', result.as_dict()\n"
        "print(time.perf_counter() - start, peak())\n"
    )
    baseline = peak + "print(0, peak())"
    out = subprocess.run(
        [sys.executable, "-c", script, str(root / "huge-district"), str(bundle)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    idle = subprocess.run(
        [sys.executable, "-c", "import mentor_desk.sync.importer\n" + baseline],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    peak_mb, idle_mb = int(out[1]) / 1024, int(idle[1]) / 1024
    return Row(
        f"import bundle of {count:,} records: peak RSS",
        peak_mb,
        "the same modules loaded, idle",
        idle_mb,
        note=f"target < 400 MB; import took {float(out[0]):,.1f} s",
        unit="MB",
    )


def _household_lines(store: Store) -> list[str]:
    from mentor_desk.store.sync_records import states_changed_since
    from mentor_desk.sync.record_codec import dumps_state

    return [dumps_state(s) for s in states_changed_since(store.db, "households", 0)]


if __name__ == "__main__":
    _child_main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
