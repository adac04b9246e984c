"""The district's register of mentors and devices: enrolled devices with and without files,
records held, files received, last file and days since, area, revoked and late devices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mentor_desk.store.registry import (
    DeviceEnrolment,
    RegistryLine,
    RegistryStatus,
    registry_lines,
)
from mentor_desk.sync.exporter import export_bundle
from mentor_desk.sync.importer import import_bundle
from tests.sync.homes import Home, make_home

TODAY = dt.date.today()


def enrolments(district: Home) -> list[DeviceEnrolment]:
    return [
        DeviceEnrolment(
            device_id=d.device_id,
            name=d.public_key.display_name,
            role=d.public_key.role.value,
            fingerprint=d.public_key.fingerprint,
            enrolled_at=d.enrolled_at,
            revoked_at=d.revoked_at,
        )
        for d in district.identity.trust.devices()
    ]


def lines(district: Home, today: dt.date = TODAY) -> dict[str, RegistryLine]:
    found = registry_lines(
        district.store.db,
        today=today,
        enrolled=enrolments(district),
        own_device=district.identity.keys.device_id,
    )
    return {line.name: line for line in found}


def send(mentor: Home, district: Home, path: Path) -> str:
    export_bundle(mentor.store, mentor.identity, path, recipient=district.card)
    result = import_bundle(district.store, district.identity, path)
    return result.status


@pytest.fixture
def world(tmp_path: Path):
    district = make_home(tmp_path, "อำเภอน้ำพอง", role="district")
    somsri, thongdee, silent = (
        make_home(tmp_path, name) for name in ("ครูสมศรี", "ลุงทองดี", "ป้าเงียบ")
    )
    for mentor in (somsri, thongdee, silent):
        mentor.identity.trust.trust(district.card)
        district.identity.trust.trust(mentor.card)
    yield district, somsri, thongdee, silent
    for home in (district, somsri, thongdee, silent):
        home.close()


def family(mentor: Home, subdistrict: str, village: str = "") -> str:
    fields = {"head_name": "ครอบครัว", "consent_share": True, "subdistrict_code": subdistrict}
    if village:
        fields["village_name"] = village
    return mentor.store.put("households", fields).record.id


def test_register_counts_what_each_mentor_sent(world, tmp_path: Path) -> None:
    district, somsri, thongdee, _ = world
    for _ in range(2):
        family(somsri, "400701")
    first = family(somsri, "400702")
    somsri.store.put("visits", {"household_id": first, "date": "2026-05-01"})
    family(somsri, "400703", village="บ้านไม่ยินยอม")  # not shared below
    somsri.store.put("households", {"head_name": "ไม่ยินยอม", "subdistrict_code": "400709"})
    family(thongdee, "400705")

    assert send(somsri, district, tmp_path / "somsri-1.bundle") == "imported"
    assert send(thongdee, district, tmp_path / "thongdee-1.bundle") == "imported"
    again = import_bundle(district.store, district.identity, tmp_path / "somsri-1.bundle")
    assert again.status == "duplicate"
    somsri.store.put("visits", {"household_id": first, "date": "2026-06-01"})
    assert send(somsri, district, tmp_path / "somsri-2.bundle") == "imported"

    register = lines(district)
    assert set(register) == {"ครูสมศรี", "ลุงทองดี", "ป้าเงียบ"}
    s, t, q = register["ครูสมศรี"], register["ลุงทองดี"], register["ป้าเงียบ"]
    # four shared households and two visits; the household without consent stayed home
    assert (s.records_held, s.files_received) == (6, 2)
    assert (t.records_held, t.files_received) == (1, 1)
    assert (q.records_held, q.files_received, q.last_received_at) == (0, 0, None)
    assert s.subdistrict_code == "400701" and t.subdistrict_code == "400705"
    assert s.village_name == "บ้านไม่ยินยอม"  # the only household with a village name
    assert all(line.status is RegistryStatus.ACTIVE for line in register.values())
    assert s.days_since_last_report == 0 and q.days_since_last_report is None
    assert s.fingerprint == somsri.card.fingerprint
    assert s.enrolled_at and q.days_since_enrolled == 0


def test_revoked_device_keeps_its_records_and_its_new_files_are_refused(
    world, tmp_path: Path
) -> None:
    district, somsri, _, _ = world
    family(somsri, "400701")
    assert send(somsri, district, tmp_path / "before.bundle") == "imported"
    district.identity.trust.revoke(somsri.identity.keys.device_id)
    family(somsri, "400701")
    assert send(somsri, district, tmp_path / "after.bundle") == "refused"

    line = lines(district)["ครูสมศรี"]
    assert line.status is RegistryStatus.REVOKED and line.revoked_at
    assert (line.records_held, line.files_received) == (1, 1)
    assert not line.is_late(0)  # a revoked device is never chased


def test_late_mentors_are_counted_from_their_last_file_or_their_enrolment(
    world, tmp_path: Path
) -> None:
    district, somsri, _, _ = world
    family(somsri, "400701")
    send(somsri, district, tmp_path / "one.bundle")
    later = TODAY + dt.timedelta(days=31)
    register = lines(district, today=later)
    assert register["ครูสมศรี"].days_since_last_report == 31
    assert register["ครูสมศรี"].is_late(30) and not register["ครูสมศรี"].is_late(31)
    assert register["ป้าเงียบ"].days_since_last_report is None
    assert register["ป้าเงียบ"].is_late(30)  # enrolled 31 days ago and never sent a file
    assert not lines(district)["ป้าเงียบ"].is_late(30)


def test_this_computer_is_not_in_its_own_register(world) -> None:
    district, *_ = world
    mine = district.identity.keys.device_id
    found = registry_lines(
        district.store.db,
        today=TODAY,
        enrolled=[
            DeviceEnrolment(mine, "อำเภอ", "district", "0000", enrolled_at="2026-01-01T00:00:00")
        ],
        own_device=mine,
    )
    assert found == []
