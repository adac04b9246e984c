"""The audit log covers restores (from a file or the automatic set, by the app or the command
line) and booklets printed from the command line; entries hold counts, never personal data,
and a restore keeps the history of the database it replaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentor_desk.cli import main
from mentor_desk.demo import generate
from mentor_desk.store import Profile, Store
from mentor_desk.store.audit import record_event
from tests.samples import fill_every_table


def personal_values(store: Store) -> set[str]:
    """Every text value of the live records (names, places, notes) longer than a word."""
    found: set[str] = set()
    for rows in store.dump().values():
        for row in rows:
            for key, value in row.items():
                if isinstance(value, str) and len(value) > 3 and key not in ("id", "household_id"):
                    found.add(value)
    return found


def assert_no_personal_data(store: Store, values: set[str]) -> None:
    text = json.dumps([e.summary for e in store.audit_log()], ensure_ascii=False)
    leaked = sorted(v for v in values if v in text)
    assert leaked == []


def test_a_restore_is_audited_and_the_earlier_history_kept(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Store(home) as store:
        store.set_profile(Profile(name="ครูสมศรี", role="mentor"))
        filled = fill_every_table(store)
        store.backup(tmp_path / "before.mdbackup")
        store.record_audit("export", {"profile": "district", "records": 5})
        store.withdraw_consent(store.records("households")[0].id)
        values = personal_values(store) | {filled["households"]["head_name"]}
    Store.restore(home, tmp_path / "before.mdbackup")
    with Store(home) as store:
        actions = [e.action for e in reversed(store.audit_log())]
        assert actions == ["export", "erasure", "restore"]
        restore = store.audit_log()[0]
        assert restore.summary["from"] == "backup file"
        # the family whose consent was withdrawn after the backup stays erased
        assert restore.summary["households"] == 0 == len(store.dump()["households"])
        assert restore.summary["erased_again"] >= 1
        assert_no_personal_data(store, values)
        assert store.check() == []


def test_restoring_a_backup_from_before_an_erasure_does_not_bring_the_family_back(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    with Store(home) as store:
        kept = store.put("households", {"head_name": "นางบัวผัน ศรีสุข"}).record.id
        gone = store.put("households", {"head_name": "นายทองดี มีสุข"}).record.id
        store.put("members", {"household_id": gone, "name": "ด.ญ. ใบเตย มีสุข"})
        store.put(
            "visits", {"household_id": gone, "date": "2026-11-02", "observations": "ลูกสาวเรียนดี"}
        )
        store.backup(tmp_path / "before.mdbackup")
        store.withdraw_consent(gone)
        store.put("households", {"id": kept, "head_name": "นางบัวผัน ศรีสุข (แก้ไข)"})
    Store.restore(home, tmp_path / "before.mdbackup")
    with Store(home) as store:
        dump = store.dump()
        assert [h["head_name"] for h in dump["households"]] == ["นางบัวผัน ศรีสุข"]  # the backup's
        assert dump["members"] == [] and dump["visits"] == []
        assert store.search("ทองดี") == [] and store.search("ใบเตย") == []
        raw = "".join(
            str(row)
            for table in ("households", "members", "visits")
            for row in store.db.execute(f"SELECT * FROM {table}")
        )
        assert "ทองดี" not in raw and "ใบเตย" not in raw and "เรียนดี" not in raw
        assert store.check() == []


def test_restoring_an_automatic_backup_says_so(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Store(home) as store:
        fill_every_table(store)
        entry = store.automatic_backup("daily")
    Store.restore(home, entry.path)
    with Store(home) as store:
        (event,) = [e for e in store.audit_log() if e.action == "restore"]
        assert event.summary["from"] == "automatic backup"


def test_the_restore_command_is_audited(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    with Store(home) as store:
        fill_every_table(store)
        store.backup(tmp_path / "copy.mdbackup")
    assert main(["--home", str(home), "restore", str(tmp_path / "copy.mdbackup")]) == 0
    with Store(home) as store:
        assert [e.action for e in store.audit_log()] == ["restore"]


def test_restoring_a_backup_without_an_audit_log_upgrades_it_first(tmp_path: Path) -> None:
    """A backup from schema version 1 (before the log existed) still gets the entry."""
    import shutil
    import zipfile

    kept = Path(__file__).parent / "schema_versions" / "v1" / "mentor-desk.sqlite3"
    backup = tmp_path / "v1.mdbackup"
    with zipfile.ZipFile(backup, "w") as archive:
        archive.writestr("mentor-desk-backup.json", json.dumps({"format": 1, "attachments": 0}))
        archive.write(kept, "mentor-desk.sqlite3")
    home = tmp_path / "home"
    with Store(home) as store:
        store.record_audit("export", {"records": 2})
    Store.restore(home, backup)
    with Store(home) as store:
        assert [e.action for e in reversed(store.audit_log())] == ["export", "restore"]
    shutil.rmtree(home)


def test_a_booklet_from_the_command_line_is_audited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    with Store(home) as store:
        generate(store, seed=2, families=4, visits=6, lessons=2)
        values = personal_values(store)
    assert main(["--home", str(home), "booklet", str(tmp_path / "b.pdf")]) == 0
    with Store(home) as store:
        (event,) = store.audit_log()
        assert event.action == "print"
        assert event.summary["document"] == "booklet" and event.summary["to"] == "file"
        assert event.summary["lessons"] == 2 and event.summary["pages"] > 1
        assert_no_personal_data(store, values)


def test_unknown_actions_are_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        record_event(store.db, "peek", {})
