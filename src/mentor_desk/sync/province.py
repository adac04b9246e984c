"""The district→province bundle: aggregates only, small counts suppressed.

It uses the ordinary bundle container (signed, encrypted to the province's key) but its
records.jsonl holds aggregate rows, never a record: no household, member, visit, activity or
lesson, no id, no name, no device of a mentor. A count from 1 to 4 is suppressed (value
null, shown "<5"), so a figure can never point at one family. The province reads the rows
back with `read_province_bundle`; the ordinary importer refuses such a file, changing nothing.

An aggregate row: {"indicator": name, "dimensions": {name: value}, "value": n | null,
"shown": "12" | "<5"}.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentor_desk.store import Store
from mentor_desk.store.indicators import Indicators, Period, district_indicators
from mentor_desk.store.schema import SCHEMA_VERSION
from mentor_desk.sync.container import BundleKind, open_bundle, write_bundle
from mentor_desk.sync.errors import SyncError
from mentor_desk.sync.identity import Identity
from mentor_desk.sync.keys import DevicePublicKey

PROVINCE_PROFILE = "province"
SUPPRESS_BELOW = 5
SUPPRESSED = "<5"
_AGGREGATE_KEYS = frozenset({"indicator", "dimensions", "value", "shown"})


class NotAnAggregateBundleError(SyncError):
    code = "not-aggregates"
    message_th = "ไฟล์นี้ไม่ใช่ไฟล์สรุปตัวเลขสำหรับจังหวัด"


@dataclass(frozen=True)
class AggregateRow:
    """One published figure; `value` is None when suppressed."""

    indicator: str
    dimensions: dict[str, str]
    value: int | None

    @property
    def shown(self) -> str:
        return SUPPRESSED if self.value is None else str(self.value)

    def as_dict(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "dimensions": self.dimensions,
            "value": self.value,
            "shown": self.shown,
        }


def suppress(count: int) -> int | None:
    """A count fit to publish: 1 to 4 become None (zero reveals nobody)."""
    return None if 0 < count < SUPPRESS_BELOW else count


def aggregate_rows(indicators: Indicators) -> Iterator[AggregateRow]:
    """The figures of the district report the province receives, suppressed; nothing about
    single mentors' devices."""

    def row(indicator: str, count: int, **dimensions: str) -> AggregateRow:
        return AggregateRow(indicator, dict(sorted(dimensions.items())), suppress(count))

    yield row("households_registered", indicators.households_registered)
    yield row("households_reached", indicators.households_reached)
    yield row("households_overdue", indicators.households_overdue)
    yield row("visits", indicators.visits)
    for line in indicators.visits_by_month_subdistrict:
        yield row(
            "visits_by_month_subdistrict",
            int(line["visits"]),
            month=str(line["month"]),
            subdistrict_code=str(line["subdistrict_code"]),
        )
    yield row("activities", indicators.activities)
    for kind, count in indicators.activities_by_kind.items():
        yield row("activities_by_kind", count, kind=kind)
    for virtue, count in indicators.activities_by_virtue.items():
        yield row("activities_by_virtue", count, virtue=virtue)
    for group, count in indicators.participants.items():
        yield row("participants", count, group=group)
    for agency, count in indicators.referrals_by_agency.items():
        yield row("referrals_by_agency", count, agency=agency)
    for status, count in indicators.lessons_by_status.items():
        yield row("lessons_by_status", count, status=status)
    reporting = sum(1 for line in indicators.mentors if line.last_received_at)
    yield row("mentors_reporting", reporting)


@dataclass(frozen=True)
class ProvinceExport:
    path: Path
    bundle_id: str
    rows: int


def export_province_bundle(
    store: Store,
    identity: Identity,
    destination: Path,
    *,
    recipient: DevicePublicKey,
    period: Period | None = None,
    today: dt.date | None = None,
) -> ProvinceExport:
    """Write the aggregates-only bundle for the province, encrypted to `recipient`."""
    period = period or Period()
    indicators = district_indicators(store.db, today=today or dt.date.today(), period=period)
    rows = [r.as_dict() for r in aggregate_rows(indicators)]
    profile = store.profile
    manifest = write_bundle(
        destination,
        device=identity.keys,
        manifest={
            "schema_version": SCHEMA_VERSION,
            "kind": BundleKind.FULL,
            "privacy_profile": PROVINCE_PROFILE,
            "scope": {
                "aggregates": True,
                "period": {"start": period.start, "end": period.end},
                "today": indicators.today,
                "district_code": profile.district_code if profile else "",
                "province_code": profile.province_code if profile else "",
            },
            "created_hlc": store.clock.now(),
        },
        records=rows,
        recipients=[recipient.age_recipient],
        work_dir=store.home,
    )
    return ProvinceExport(destination, manifest.bundle_id, len(rows))


@dataclass(frozen=True)
class ProvinceReport:
    """A district's aggregates as the province reads them."""

    bundle_id: str
    origin_device: str
    origin_name: str
    scope: dict[str, Any]
    rows: list[AggregateRow]


def read_province_bundle(path: Path, identity: Identity, *, work_dir: Path) -> ProvinceReport:
    """Verify a district's aggregates bundle (signature of a trusted device, digests) and
    return its rows. Raises a SyncError with a Thai message for anything else."""
    with open_bundle(path, trust=identity.trust, keys=identity.keys, work_dir=work_dir) as bundle:
        manifest = bundle.manifest
        if manifest.privacy_profile != PROVINCE_PROFILE:
            raise NotAnAggregateBundleError(f"privacy profile is {manifest.privacy_profile!r}")
        rows = [_row(obj) for obj in bundle.records()]
        return ProvinceReport(
            manifest.bundle_id,
            manifest.origin_device,
            bundle.device.public_key.display_name,
            dict(manifest.scope),
            rows,
        )


def _row(obj: dict[str, Any]) -> AggregateRow:
    if set(obj) != _AGGREGATE_KEYS:
        raise NotAnAggregateBundleError(f"unexpected row keys {sorted(obj)}")
    value, dimensions = obj["value"], obj["dimensions"]
    if not isinstance(obj["indicator"], str) or not isinstance(dimensions, dict):
        raise NotAnAggregateBundleError("malformed aggregate row")
    if value is not None and (not isinstance(value, int) or 0 < value < SUPPRESS_BELOW):
        raise NotAnAggregateBundleError(f"count {value!r} is not publishable")
    return AggregateRow(obj["indicator"], {str(k): str(v) for k, v in dimensions.items()}, value)


__all__ = [
    "PROVINCE_PROFILE",
    "AggregateRow",
    "ProvinceExport",
    "ProvinceReport",
    "aggregate_rows",
    "export_province_bundle",
    "read_province_bundle",
    "suppress",
]
