"""District figures: importing a hundred mentors' bundles one after another, and refreshing
the district indicators (dashboard and `report`) on the merged data."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mentor_desk.store import Profile, Store
from mentor_desk.store.areas import Area
from mentor_desk.store.indicators import Period, district_indicators
from mentor_desk.store.schema import SCHEMA_VERSION
from mentor_desk.sync.container import BundleKind, write_bundle
from mentor_desk.sync.identity import Identity, ensure_identity
from mentor_desk.sync.importer import import_bundles

from common import Row, bare_executemany, timed

HOUSEHOLDS_SHARE = 10  # one household per this many records; the rest are visits
SUBDISTRICTS = [f"4007{n:02d}" for n in range(1, 11)]
AGENCIES = ["รพ.สต.", "พมจ.ขอนแก่น", "โรงเรียน", ""]


def rows(*, quick: bool) -> list[Row]:
    bundles, per_bundle = (8, 500) if quick else (100, 2_000)
    with tempfile.TemporaryDirectory() as scratch:
        return _rows(Path(scratch), bundles, per_bundle)


def _home(path: Path, role: str) -> tuple[Store, Identity]:
    store = Store(path)
    store.set_profile(Profile(name=path.name, role=role))
    return store, ensure_identity(store)


def _mentor_records(device: str, index: int, count: int) -> Iterator[dict[str, Any]]:
    """`count` records of one mentor in the bundle's record form: households, then visits."""
    start = int(time.time() * 1000) - 30 * 86_400_000
    households = [str(uuid.uuid4()) for _ in range(max(1, count // HOUSEHOLDS_SHARE))]
    today = dt.date.today()
    for n, household in enumerate(households):
        stamp = (start + n) << 16
        fields = {
            "subdistrict_code": SUBDISTRICTS[(index + n) % len(SUBDISTRICTS)],
            "status": "active",
            "consent_share": True,
        }
        yield _record("households", household, device, stamp, fields)
    for n in range(count - len(households)):
        stamp = (start + len(households) + n) << 16
        day = today - dt.timedelta(days=(n * 7 + index) % 365)
        fields = {
            "household_id": households[n % len(households)],
            "date": day.isoformat(),
            "mode": "home",
            "topics": ["parenting"],
            "referral_agency": AGENCIES[n % len(AGENCIES)],
            "next_visit_date": (day + dt.timedelta(days=30)).isoformat(),
        }
        yield _record("visits", str(uuid.uuid4()), device, stamp, fields)


def _record(table: str, record_id: str, device: str, stamp: int, fields: dict[str, Any]) -> dict:
    return {
        "table": table,
        "id": record_id,
        "cl": 1,
        "seen": {device: stamp},
        "stamp": [stamp, device],
        "values": fields,
    }


def _rows(root: Path, bundles: int, per_bundle: int) -> list[Row]:
    district, district_id = _home(root / "district", "district")
    files: list[Path] = []
    flat: dict[str, list[dict[str, Any]]] = {"households": [], "visits": []}
    for index in range(bundles):
        mentor, mentor_id = _home(root / f"mentor{index:03d}", "mentor")
        district_id.trust.trust(mentor_id.keys.public)
        records = list(_mentor_records(mentor.device_id, index, per_bundle))
        for record in records:
            row = {"id": record["id"]}
            row.update({k: _plain(v) for k, v in record["values"].items()})
            flat[record["table"]].append(row)
        files.append(root / f"mentor{index:03d}.bundle")
        write_bundle(
            files[-1],
            device=mentor_id.keys,
            manifest={
                "schema_version": SCHEMA_VERSION,
                "kind": BundleKind.FULL,
                "privacy_profile": "district",
                "scope": {"since_seq": 0, "through_seq": per_bundle},
                "created_hlc": mentor.clock.now(),
            },
            records=records,
            recipients=[district_id.keys.public.age_recipient],
            work_dir=root,
        )
        mentor.close()
    district.close()
    empty = root / "district-empty"
    shutil.copytree(root / "district", empty)
    merged = root / "district-run"

    def import_all() -> None:
        shutil.rmtree(merged, ignore_errors=True)
        shutil.copytree(empty, merged)
        store = Store(merged)
        identity = ensure_identity(store)
        results = import_bundles(store, identity, files)  # one backup for the batch
        assert [r.status for r in results] == ["imported"] * len(files)
        store.close()

    def bare_insert() -> None:
        target = root / "bare.db"
        target.unlink(missing_ok=True)
        for table, table_rows in flat.items():
            bare_executemany(target, table, table_rows)

    total = bundles * per_bundle
    import_seconds = timed(import_all)
    store = Store(merged)
    today = dt.date.today()
    figures = district_indicators(store.db, today=today)
    assert figures.visits == len(flat["visits"])
    refresh = timed(lambda: district_indicators(store.db, today=today), repeat=3)
    dashboard = timed(
        lambda: district_indicators(store.db, today=today, with_registry=False), repeat=3
    )
    # The dashboard's usual view: the last 12 months (the date index used to make this the
    # slowest refresh), and the same narrowed to one subdistrict.
    year = Period((today - dt.timedelta(days=365)).isoformat(), today.isoformat())
    dashboard_year = timed(
        lambda: district_indicators(store.db, today=today, period=year, with_registry=False),
        repeat=3,
    )
    dashboard_area = timed(
        lambda: district_indicators(
            store.db, today=today, period=year, with_registry=False, area=Area(SUBDISTRICTS[0])
        ),
        repeat=3,
    )
    store.close()

    def one_group_by() -> None:
        conn = sqlite3.connect(merged / "mentor-desk.sqlite3")
        conn.execute(
            "SELECT substr(date, 1, 7), count(*) FROM visits WHERE _cl % 2 = 1 GROUP BY 1"
        ).fetchall()
        conn.close()

    group_by = timed(one_group_by, repeat=3)
    return [
        Row(
            f"district: import {bundles} bundles × {per_bundle:,} records",
            import_seconds,
            f"bare executemany of the same {total:,} rows",
            timed(bare_insert),
            note=f"{import_seconds / bundles * 1000:.0f} ms a bundle",
        ),
        Row(
            f"district: report --json figures ({len(flat['visits']):,} visits)",
            refresh,
            "one GROUP BY month over the visits",
            group_by,
            note="with records per mentor",
        ),
        Row(
            f"district: dashboard refresh ({len(flat['visits']):,} visits)",
            dashboard,
            "one GROUP BY month over the visits",
            group_by,
            note="target under 1 s",
        ),
        Row(
            "district: dashboard, last 12 months",
            dashboard_year,
            "one GROUP BY month over the visits",
            group_by,
            note="target under 1 s",
        ),
        Row(
            "district: dashboard, 12 months, one subdistrict",
            dashboard_area,
            "one GROUP BY month over the visits",
            group_by,
        ),
    ]


def _plain(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, list | dict) else value
