"""The district→province bundle carries aggregates only: no household's name, id or code,
counts from 1 to 4 suppressed; the province reads it, the ordinary importer refuses it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.sync.container import open_bundle
from mentor_desk.sync.exporter import export_bundle
from mentor_desk.sync.importer import import_bundle
from mentor_desk.sync.keys import export_public_key
from mentor_desk.sync.province import SUPPRESSED, read_province_bundle, suppress
from tests.sync.homes import Home, befriend, make_home


@pytest.fixture
def homes(tmp_path: Path):
    district = make_home(tmp_path, "district", role="district")
    province = make_home(tmp_path, "province", role="district")
    befriend(district, province)
    yield district, province
    district.close()
    province.close()


def fill(district: Home) -> list[dict[str, str]]:
    """Six households in one subdistrict and two in another, each visited once."""
    households = []
    for n in range(8):
        sub = "400701" if n < 6 else "400702"
        record = {
            "head_name": f"นางสมศรี ทดสอบ{n}",
            "house_no": f"{n + 10}/3",
            "phone": f"08100000{n}",
            "subdistrict_code": sub,
            "village_name": "บ้านโนนลับ",
            "status": "active",
        }
        saved = district.store.put("households", record).record
        households.append({"id": saved.id, "code": saved.code, **record})
        visit = {"household_id": saved.id, "date": "2026-05-10", "referral_agency": "รพ.สต."}
        district.store.put("visits", visit)
    return households


def test_province_bundle_holds_no_household_and_suppresses_small_counts(
    homes: tuple[Home, Home], tmp_path: Path
) -> None:
    district, province = homes
    households = fill(district)
    target = tmp_path / "province.bundle"
    result = export_bundle(
        district.store, district.identity, target, recipient=province.card, profile="province"
    )
    assert result.profile == "province" and result.blobs == 0

    with open_bundle(
        target, trust=province.identity.trust, keys=province.identity.keys, work_dir=tmp_path
    ) as bundle:
        raw = json.dumps(list(bundle.records()), ensure_ascii=False)
        manifest = json.dumps(bundle.manifest.scope, ensure_ascii=False)
    for household in households:
        for field in ("id", "code", "head_name", "house_no", "phone", "village_name"):
            assert household[field] not in raw, field
            assert household[field] not in manifest, field
    assert district.store.device_id not in raw

    report = read_province_bundle(target, province.identity, work_dir=tmp_path)
    rows = {(r.indicator, tuple(r.dimensions.items())): r for r in report.rows}
    assert rows[("households_registered", ())].value == 8
    assert rows[("visits", ())].value == 8
    by_month = "visits_by_month_subdistrict"
    assert rows[(by_month, (("month", "2026-05"), ("subdistrict_code", "400701")))].value == 6
    small = rows[(by_month, (("month", "2026-05"), ("subdistrict_code", "400702")))]
    assert (small.value, small.shown) == (None, SUPPRESSED)
    assert all(r.value is None or r.value == 0 or r.value >= 5 for r in report.rows)


def test_the_ordinary_importer_refuses_a_province_bundle(
    homes: tuple[Home, Home], tmp_path: Path
) -> None:
    district, province = homes
    fill(district)
    target = tmp_path / "province.bundle"
    export_bundle(
        district.store, district.identity, target, recipient=province.card, profile="province"
    )
    assert import_bundle(province.store, province.identity, target).status == "refused"
    assert province.store.records("households") == []


def test_export_command_writes_the_province_profile(
    homes: tuple[Home, Home], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    district, province = homes
    fill(district)
    card = tmp_path / "province.pub"
    export_public_key(province.card, card)
    district.close()
    target = tmp_path / "by-command.bundle"
    home = str(district.store.home)
    assert (
        main(["--home", home, "export", str(target), "--to", str(card), "--profile", "province"])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["profile"] == "province"
    report = read_province_bundle(target, province.identity, work_dir=tmp_path)
    assert report.rows


def test_suppression_keeps_zero_and_five() -> None:
    assert [suppress(n) for n in range(7)] == [0, None, None, None, None, 5, 6]
