"""A database file from every schema version is kept under `schema_versions/` and upgraded
here by the current code: the data must come through whole, `check` must pass, and a copy of
the file as it was must be kept before the upgrade. When SCHEMA_VERSION grows, the test of
coverage fails until a file of the new version is added (`make_version.py`)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from mentor_desk.store import Store
from mentor_desk.store.database import DATABASE_NAME, MIGRATION_BACKUP_DIR, applied_migrations
from mentor_desk.store.schema import SCHEMA_VERSION, known_migration_names
from tests.sync.merge_harness import canonical_dump, deliver, export_lines, full_state

KEPT = Path(__file__).parent / "schema_versions"


def kept_versions() -> list[int]:
    return sorted(
        int(match.group(1))
        for folder in KEPT.iterdir()
        if (match := re.fullmatch(r"v(\d+)", folder.name)) and folder.is_dir()
    )


def same_data(expected: dict[str, list[dict[str, Any]]], actual: dict[str, Any]) -> None:
    """Every record of the old dump, field for field; fields a later version added may hold
    their defaults beside them."""
    assert sorted(actual) == sorted(expected)
    for table, rows in expected.items():
        assert [row["id"] for row in actual[table]] == [row["id"] for row in rows], table
        for old, new in zip(rows, actual[table], strict=True):
            assert {key: new[key] for key in old} == old, (table, old["id"])


def test_a_file_is_kept_for_every_schema_version() -> None:
    versions = kept_versions()
    assert versions == list(range(1, SCHEMA_VERSION + 1)), (
        f"schema version {SCHEMA_VERSION} has no kept database: run "
        "tests/store/schema_versions/make_version.py and commit the new folder"
    )
    for version in versions:
        database = KEPT / f"v{version}" / DATABASE_NAME
        assert applied_migrations(database) == known_migration_names()[:version]
        assert database.stat().st_size < 1_000_000


@pytest.mark.parametrize("version", kept_versions())
def test_a_kept_database_is_upgraded_whole(tmp_path: Path, version: int) -> None:
    home = tmp_path / "home"
    shutil.copytree(KEPT / f"v{version}", home)
    expected = json.loads((home / "dump.json").read_text(encoding="utf-8"))
    (home / "dump.json").unlink()
    with Store(home) as store:
        assert applied_migrations(home / DATABASE_NAME) == known_migration_names()
        assert store.check() == []
        same_data(expected, store.dump())
        assert sum(store.counts().values()) > 40
    copies = sorted((home / MIGRATION_BACKUP_DIR).glob("*.sqlite3"))
    if version == SCHEMA_VERSION:
        assert copies == []  # nothing to upgrade, nothing copied
        return
    (copy,) = copies
    assert f"-v{version}-" in copy.name
    assert applied_migrations(copy) == known_migration_names()[:version]
    original = sqlite3.connect(KEPT / f"v{version}" / DATABASE_NAME)
    kept_copy = sqlite3.connect(copy)
    for table in expected:
        query = f"SELECT * FROM {table} ORDER BY id"
        assert kept_copy.execute(query).fetchall() == original.execute(query).fetchall()
    original.close()
    kept_copy.close()


@pytest.mark.parametrize("version", kept_versions())
def test_a_kept_database_upgraded_then_reopened_changes_nothing(
    tmp_path: Path, version: int
) -> None:
    home = tmp_path / "home"
    shutil.copytree(KEPT / f"v{version}", home)
    with Store(home) as store:
        first = store.dump()
        store.put("households", {"head_name": "นายหลังปรับรุ่น ใช้ได้"})
    with Store(home) as store:
        second = store.dump()
        assert len(second["households"]) == len(first["households"]) + 1
        assert store.check() == []
    assert len(list((home / MIGRATION_BACKUP_DIR).glob("*"))) == int(version < SCHEMA_VERSION)


def test_clocks_kept_in_the_first_form_sync_as_they_always_did(tmp_path: Path) -> None:
    """A kept database stores every clock field by field (no shared stamp): its records
    travel to a new database whole, and an edit there, stored in the new form, merges back."""
    home = tmp_path / "home"
    shutil.copytree(KEPT / f"v{kept_versions()[-1]}", home)
    with Store(home) as old, Store(tmp_path / "fresh") as fresh:
        (raw,) = old.db.execute("SELECT _clock FROM households LIMIT 1").fetchone()
        assert '"s":' not in raw
        deliver(fresh, export_lines(old))
        assert full_state(fresh) == full_state(old)
        assert canonical_dump(fresh) == canonical_dump(old)
        household = fresh.records("households")[0].id
        fresh.put("households", {"id": household, "notes": "ย้ายไปอยู่บ้านลูกสาว"})
        deliver(old, export_lines(fresh))
        assert old.get("households", household).notes == "ย้ายไปอยู่บ้านลูกสาว"
        assert full_state(fresh) == full_state(old)
        assert old.check() == []
