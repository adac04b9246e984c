"""Bundles between real homes: export, import, privacy, receipts, and refusals that change
nothing."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from mentor_desk.sync import manifest as manifest_module
from mentor_desk.sync.container import open_bundle, write_bundle
from mentor_desk.sync.exporter import export_bundle, export_receipt
from mentor_desk.sync.importer import import_bundle
from tests.samples import fill_every_table
from tests.sync.homes import Home, befriend, make_home
from tests.sync.merge_harness import canonical_dump, full_state


@pytest.fixture
def homes(tmp_path: Path):
    mentor = make_home(tmp_path, "mentor")
    district = make_home(tmp_path, "district", role="district")
    befriend(mentor, district)
    yield mentor, district
    mentor.close()
    district.close()


def test_three_homes_exchange_files_in_any_order_and_converge(tmp_path: Path) -> None:
    a, b, c = (make_home(tmp_path, name) for name in ("a", "b", "c"))
    befriend(a, b, c)
    fill_every_table(a.store)
    household = a.store.records("households")[0].id
    files = [tmp_path / "a1.bundle"]
    export_bundle(a.store, a.identity, files[0], recipient=b.card, profile="full")
    assert import_bundle(b.store, b.identity, files[0]).status == "imported"
    b.store.put("households", {"id": household, "risk_level": "high"})
    c_file = tmp_path / "c.bundle"
    c.store.put("lessons", {"kind": "good_deed", "title": "เก็บกระเป๋าได้แล้วคืน"})
    export_bundle(c.store, c.identity, c_file, recipient=a.card, profile="full")
    for target in (a, b, c):
        for source in (a, b, c):
            if source is target:
                continue
            name = tmp_path / f"{source.store.home.name}-to-{target.store.home.name}.bundle"
            export_bundle(
                source.store,
                source.identity,
                name,
                recipient=target.card,
                full=True,
                profile="full",
            )
            files.append(name)
    rng = random.Random(4)
    for target in (a, b, c):
        mine = [f for f in files if f.name.endswith(f"to-{target.store.home.name}.bundle")]
        mine = mine + mine[:1]  # a duplicate
        rng.shuffle(mine)
        for file in mine:
            assert not import_bundle(target.store, target.identity, file).refused
    assert import_bundle(a.store, a.identity, c_file).status in ("imported", "duplicate")
    assert canonical_dump(a.store) == canonical_dump(b.store) == canonical_dump(c.store)
    assert a.store.get("households", household).risk_level == "high"
    for home in (a, b, c):
        assert home.store.check() == []
        home.close()


def test_district_profile_leaves_private_values_on_the_laptop(homes, tmp_path: Path) -> None:
    mentor, district = homes
    written = fill_every_table(mentor.store)
    withheld = mentor.store.put("households", {"head_name": "ครอบครัวไม่ยินยอม นามสมมุติ"})
    mentor.store.put(
        "visits",
        {
            "household_id": withheld.record.id,
            "date": "2026-11-03",
            "observations": "บันทึกของครอบครัวที่ไม่ยินยอม",
        },
    )
    bundle = tmp_path / "to-district.bundle"
    export_bundle(mentor.store, mentor.identity, bundle, recipient=district.card)
    with open_bundle(bundle, trust=district.identity.trust, keys=district.identity.keys) as opened:
        text = "\n".join(json.dumps(r, ensure_ascii=False) for r in opened.records())
    private_values = [
        written["households"]["head_name"],
        written["households"]["phone"],
        written["households"]["house_no"],
        written["households"]["notes"],
        written["members"]["name"],
        written["members"]["national_id"],
        written["visits"]["private_notes"],
        "ครอบครัวไม่ยินยอม",
        "บันทึกของครอบครัวที่ไม่ยินยอม",
        str(written["households"]["latitude"]),
    ]
    for value in private_values:
        assert value not in text, value
    assert written["visits"]["observations"] in text  # shared work does travel
    result = import_bundle(district.store, district.identity, bundle)
    assert result.status == "imported", result.as_dict()
    dumped = district.store.dump()
    assert len(dumped["households"]) == 1 and dumped["households"][0]["head_name"] == ""
    assert district.store.check() == []


def test_receipts_clear_the_not_yet_sent_count(homes, tmp_path: Path) -> None:
    mentor, district = homes
    fill_every_table(mentor.store)
    assert mentor.store.home_summary().unsent == 5
    bundle = tmp_path / "m.bundle"
    export_bundle(mentor.store, mentor.identity, bundle, recipient=district.card)
    import_bundle(district.store, district.identity, bundle)
    receipt = tmp_path / "receipt.bundle"
    export_receipt(district.store, district.identity, receipt, recipient=mentor.card)
    assert import_bundle(mentor.store, mentor.identity, receipt).status == "imported"
    assert mentor.store.home_summary().unsent == 0
    mentor.store.put("lessons", {"kind": "good_deed", "title": "เรื่องใหม่", "people_consented": True})
    assert mentor.store.home_summary().unsent == 1
    # The next delta carries only the new lesson.
    delta = tmp_path / "delta.bundle"
    result = export_bundle(mentor.store, mentor.identity, delta, recipient=district.card)
    assert result.records == 1


def test_importing_twice_and_dry_runs_change_nothing(homes, tmp_path: Path) -> None:
    mentor, district = homes
    fill_every_table(mentor.store)
    bundle = tmp_path / "m.bundle"
    export_bundle(mentor.store, mentor.identity, bundle, recipient=district.card)
    preview = import_bundle(district.store, district.identity, bundle, dry_run=True)
    assert preview.status == "dry-run" and preview.counts["new"] == 5
    assert canonical_dump(district.store) == json.dumps(
        {t: [] for t in ("activities", "households", "lessons", "members", "visits")}
    )
    assert import_bundle(district.store, district.identity, bundle).status == "imported"
    state = full_state(district.store)
    assert import_bundle(district.store, district.identity, bundle).status == "duplicate"
    assert full_state(district.store) == state


def _signed_bundle(home: Home, to: Home, path: Path, records: list[dict], **manifest) -> Path:
    fields = {
        "schema_version": 1,
        "kind": "delta",
        "privacy_profile": "district",
        "scope": {"through_seq": 1},
    }
    fields.update(manifest)
    write_bundle(
        path,
        device=home.identity.keys,
        manifest=fields,
        records=records,
        recipients=[to.card.age_recipient],
    )
    return path


def _state_line(**changes) -> dict:
    line = {
        "table": "households",
        "id": "3f1c0b5e-8a61-4c1b-9b1e-2d5b7c0e4a11",
        "cl": 1,
        "seen": {"0123456789abcdef": 100},
        "fields": {"head_name": [[100, "0123456789abcdef", "นางบัวผัน"]]},
    }
    line.update(changes)
    return line


BAD_LINES = {
    "unknown table": _state_line(table="sqlite_master"),
    "unknown column": _state_line(fields={"nickname": [[100, "0123456789abcdef", "x"]]}),
    "SQL-looking identifier": _state_line(
        fields={"head_name = '' ; DROP TABLE households; --": [[1, "0123456789abcdef", "x"]]}
    ),
    "oversized text": _state_line(fields={"head_name": [[100, "0123456789abcdef", "ก" * 201]]}),
    "wrong type": _state_line(fields={"moo": [[100, "0123456789abcdef", "three"]]}),
    "zero causal length": _state_line(cl=0),
    "negative stamp": _state_line(seen={"0123456789abcdef": -5}),
    "unknown key": _state_line(extra=1),
    "bad id": _state_line(id="../../etc/passwd"),
    "dangling reference": {
        "table": "visits",
        "id": "4f1c0b5e-8a61-4c1b-9b1e-2d5b7c0e4a11",
        "cl": 1,
        "seen": {"0123456789abcdef": 100},
        "fields": {
            "household_id": [[100, "0123456789abcdef", "5f1c0b5e-8a61-4c1b-9b1e-2d5b7c0e4a11"]],
            "date": [[100, "0123456789abcdef", "2026-11-01"]],
        },
    },
}


@pytest.mark.parametrize("problem", sorted(BAD_LINES))
def test_a_bad_record_refuses_the_whole_file_and_changes_nothing(
    homes, tmp_path: Path, problem: str
) -> None:
    mentor, district = homes
    fill_every_table(district.store)
    before = (canonical_dump(district.store), full_state(district.store))
    good = _state_line(id="6f1c0b5e-8a61-4c1b-9b1e-2d5b7c0e4a11")
    bundle = _signed_bundle(mentor, district, tmp_path / "bad.bundle", [good, BAD_LINES[problem]])
    result = import_bundle(district.store, district.identity, bundle)
    assert result.status == "refused", result.as_dict()
    assert result.message_th
    assert (canonical_dump(district.store), full_state(district.store)) == before
    assert district.store.db.execute("SELECT count(*) FROM import_log").fetchone()[0] == 0
    assert district.store.check() == []


def test_future_stamped_bundles_are_quarantined(homes, tmp_path: Path) -> None:
    mentor, district = homes
    future = (mentor.store.clock.now() >> 16) + 3 * 24 * 3600 * 1000
    line = _state_line(
        seen={"0123456789abcdef": future << 16},
        fields={"head_name": [[future << 16, "0123456789abcdef", "อนาคต"]]},
    )
    record_skew = _signed_bundle(mentor, district, tmp_path / "r.bundle", [line])
    manifest_skew = _signed_bundle(
        mentor, district, tmp_path / "m.bundle", [], created_hlc=future << 16
    )
    for bundle in (record_skew, manifest_skew):
        result = import_bundle(district.store, district.identity, bundle)
        assert result.status == "quarantined"
        assert "24" in result.message_th
    assert district.store.dump()["households"] == []
    assert len(list((district.store.home / "quarantine").iterdir())) == 2


def test_untrusted_devices_and_wrong_passphrases_are_refused(homes, tmp_path: Path) -> None:
    mentor, district = homes
    stranger = make_home(tmp_path, "stranger")
    stranger.identity.trust.trust(district.card)
    fill_every_table(stranger.store)
    bundle = tmp_path / "s.bundle"
    export_bundle(stranger.store, stranger.identity, bundle, recipient=district.card)
    result = import_bundle(district.store, district.identity, bundle)
    assert result.status == "refused"
    assert "device" in result.detail and result.message_th
    backup = tmp_path / "backup.bundle"
    export_bundle(mentor.store, mentor.identity, backup, passphrase="ยาย-หลาน-2569")
    wrong = import_bundle(district.store, district.identity, backup, passphrase="ผิด")
    assert wrong.status == "refused"
    assert district.store.dump()["households"] == []
    stranger.close()


def test_a_passphrase_backup_hands_over_to_a_new_laptop(homes, tmp_path: Path) -> None:
    mentor, _ = homes
    fill_every_table(mentor.store)
    backup = tmp_path / "handover.bundle"
    export_bundle(mentor.store, mentor.identity, backup, passphrase="ยาย-หลาน-2569")
    newcomer = make_home(tmp_path, "new-laptop")
    result = import_bundle(newcomer.store, newcomer.identity, backup, passphrase="ยาย-หลาน-2569")
    assert result.status == "imported", result.as_dict()
    assert canonical_dump(newcomer.store) == canonical_dump(mentor.store)
    assert newcomer.store.check() == []  # photos travelled too
    newcomer.close()


def test_records_received_from_the_district_are_not_counted_as_unsent(
    homes, tmp_path: Path
) -> None:
    mentor, district = homes
    fill_every_table(mentor.store)
    bundle = tmp_path / "m.bundle"
    export_bundle(mentor.store, mentor.identity, bundle, recipient=district.card)
    import_bundle(district.store, district.identity, bundle)
    lesson = district.store.records("lessons")[0].id
    district.store.put("lessons", {"id": lesson, "status": "selected", "reviewer_notes": "ดีมาก"})
    back = tmp_path / "d.bundle"
    export_bundle(district.store, district.identity, back, recipient=mentor.card, profile="full")
    assert import_bundle(mentor.store, mentor.identity, back).status == "imported"
    assert mentor.store.get("lessons", lesson).status == "selected"
    # The district's bundle acknowledged the mentor's records, and its own review decision is
    # not the mentor's unsent work.
    assert mentor.store.home_summary().unsent == 0


def test_a_file_of_the_first_format_still_imports(
    homes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lines of the first form: a file an older app wrote, or this one when no record
    shares a stamp (it then asks for a version 1 reader only)."""
    mentor, district = homes
    monkeypatch.setattr(manifest_module, "FORMAT_VERSION", 1)
    bundle = _signed_bundle(mentor, district, tmp_path / "v1.bundle", [_state_line()])
    with open_bundle(bundle, trust=district.identity.trust, keys=district.identity.keys) as opened:
        assert (opened.manifest.format_version, opened.manifest.min_reader_version) == (1, 1)
    assert import_bundle(district.store, district.identity, bundle).status == "imported"
    assert [h.head_name for h in district.store.records("households")] == ["นางบัวผัน"]


def test_exported_lines_give_each_record_its_shared_stamp_once(homes, tmp_path: Path) -> None:
    mentor, district = homes
    fill_every_table(mentor.store)
    bundle = tmp_path / "shared.bundle"
    export_bundle(mentor.store, mentor.identity, bundle, recipient=district.card, profile="full")
    with open_bundle(bundle, trust=district.identity.trust, keys=district.identity.keys) as opened:
        assert opened.manifest.format_version == opened.manifest.min_reader_version == 2
        lines = list(opened.records())
    assert lines and all("stamp" in line and "values" in line for line in lines)
    assert import_bundle(district.store, district.identity, bundle).status == "imported"
    assert canonical_dump(district.store) == canonical_dump(mentor.store)
