"""The district's register of mentors and their devices (ทะเบียนพี่เลี้ยง): for every device
the district enrolled, and every device it received files from, what it has sent and when.

The enrolments themselves live in the sync layer's trust store, which the store does not
read; callers pass them in as `DeviceEnrolment`s. Everything else is counted here: records
held (through `indicators.mentor_registry`), files received (the import log), the last file
and the days since, and where the mentor works (the subdistrict and village most of the
households they registered are in, when those travelled with the files).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlite_utils import Database

from mentor_desk.store.indicators import mentor_registry
from mentor_desk.store.review_actions import known_devices

LATE_AFTER_DAYS = 30  # a mentor who has sent nothing for longer is shown as late


class RegistryStatus(StrEnum):
    """Whether the district accepts a device's files."""

    ACTIVE = "active"  # enrolled: its files are accepted
    REVOKED = "revoked"  # its files are refused from now on; what arrived before stays
    NOT_ENROLLED = "not_enrolled"  # files arrived (e.g. a passphrase handover), never enrolled


@dataclass(frozen=True)
class DeviceEnrolment:
    """A device in the district's trust store, as the register needs it."""

    device_id: str
    name: str
    role: str
    fingerprint: str
    enrolled_at: str  # ISO timestamp
    revoked_at: str | None = None


@dataclass(frozen=True)
class RegistryLine:
    """One mentor's device in the register."""

    device_id: str
    name: str
    role: str
    fingerprint: str
    status: RegistryStatus
    enrolled_at: str | None
    revoked_at: str | None
    subdistrict_code: str
    village_name: str
    records_held: int
    files_received: int
    last_received_at: str | None
    days_since_last_report: int | None
    days_since_enrolled: int | None

    def is_late(self, threshold_days: int = LATE_AFTER_DAYS) -> bool:
        """Whether this active device has sent nothing for more than `threshold_days` (counted
        from its last file, or from its enrolment when it never sent one)."""
        if self.status is not RegistryStatus.ACTIVE:
            return False
        days = self.days_since_last_report
        if days is None:
            days = self.days_since_enrolled
        return days is not None and days > threshold_days


def _day_of(timestamp: str | None) -> dt.date | None:
    if not timestamp:
        return None
    try:
        return dt.datetime.fromisoformat(timestamp).date()
    except ValueError:
        return None


def files_received(db: Database) -> dict[str, int]:
    """How many files were imported from each signing device (duplicates count once)."""
    rows = db.execute("SELECT origin_device, count(*) FROM import_log GROUP BY origin_device")
    return {str(device): int(count) for device, count in rows}


def areas_by_device(db: Database) -> dict[str, tuple[str, str]]:
    """For each signing device: the subdistrict code and village name that most of the live
    households its databases created carry ('' when none travelled with the files)."""
    writers = {writer: known.origin_device for writer, known in known_devices(db).items()}
    subdistricts: dict[str, Counter[str]] = {}
    villages: dict[str, Counter[str]] = {}
    rows = db.execute(
        """
        SELECT origin, coalesce(subdistrict_code, ''), coalesce(village_name, ''), count(*)
        FROM (
            SELECT (SELECT j.key FROM json_each(h._clock, '$.v') j
                    ORDER BY j.value, j.key LIMIT 1) AS origin,
                   h.subdistrict_code, h.village_name
            FROM households h WHERE h._cl % 2 = 1
        )
        WHERE origin IS NOT NULL GROUP BY 1, 2, 3
        """
    )
    for writer, subdistrict, village, count in rows:
        device = writers.get(str(writer))
        if device is None:
            continue
        if subdistrict:
            subdistricts.setdefault(device, Counter())[str(subdistrict)] += int(count)
        if village:
            villages.setdefault(device, Counter())[str(village)] += int(count)
    return {
        device: (
            _most_common(subdistricts.get(device)),
            _most_common(villages.get(device)),
        )
        for device in set(subdistricts) | set(villages)
    }


def _most_common(counts: Counter[str] | None) -> str:
    if not counts:
        return ""
    # ties go to the first name in sort order, so the register reads the same every time
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]


def registry_lines(
    db: Database,
    *,
    today: dt.date,
    enrolled: Iterable[DeviceEnrolment],
    own_device: str = "",
) -> list[RegistryLine]:
    """The register: every enrolled device and every device files came from (except this
    computer's own `own_device`), sorted by name."""
    enrolments = {e.device_id: e for e in enrolled if e.device_id != own_device}
    base = mentor_registry(
        db,
        today=today,
        enrolled=[(e.device_id, e.name, e.role) for e in enrolments.values()],
    )
    received = files_received(db)
    areas = areas_by_device(db)
    lines = []
    for line in base:
        if line.device_id == own_device:
            continue
        enrolment = enrolments.get(line.device_id)
        if enrolment is None:
            status = RegistryStatus.NOT_ENROLLED
        elif enrolment.revoked_at is not None:
            status = RegistryStatus.REVOKED
        else:
            status = RegistryStatus.ACTIVE
        enrolled_day = _day_of(enrolment.enrolled_at) if enrolment else None
        subdistrict, village = areas.get(line.device_id, ("", ""))
        lines.append(
            RegistryLine(
                device_id=line.device_id,
                # the name on the enrolled card wins over the name of an older file
                name=enrolment.name if enrolment else line.name,
                role=enrolment.role if enrolment else line.role,
                fingerprint=enrolment.fingerprint if enrolment else "",
                status=status,
                enrolled_at=enrolment.enrolled_at if enrolment else None,
                revoked_at=enrolment.revoked_at if enrolment else None,
                subdistrict_code=subdistrict,
                village_name=village,
                records_held=line.records_held,
                files_received=received.get(line.device_id, 0),
                last_received_at=line.last_received_at,
                days_since_last_report=line.days_since_last_report,
                days_since_enrolled=(today - enrolled_day).days if enrolled_day else None,
            )
        )
    return sorted(lines, key=lambda line: (line.name, line.device_id))
