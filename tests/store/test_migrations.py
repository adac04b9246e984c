from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from mentor_desk.domain.errors import SchemaTooNewError
from mentor_desk.domain.records import TABLES, field_specs
from mentor_desk.store import Store
from mentor_desk.store.database import DATABASE_NAME, MIGRATION_BACKUP_DIR
from mentor_desk.store.schema import SCHEMA_VERSION, migrations


def test_an_empty_folder_gets_the_whole_schema(home: Path) -> None:
    with Store(home) as store:
        applied = store.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        assert applied == SCHEMA_VERSION
        for table in TABLES:
            columns = {c.name for c in store.db[table].columns}
            assert (
                set(field_specs(table)) | {"id", "_cl", "_clock", "_hlc", "_seq", "_local_seq"}
                == columns
            )
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.check() == []


def test_reopening_applies_nothing_and_copies_nothing(home: Path) -> None:
    Store(home).close()
    Store(home).close()
    assert not (home / MIGRATION_BACKUP_DIR).exists()


def test_a_database_from_a_newer_version_is_refused_and_untouched(home: Path) -> None:
    Store(home).close()
    path = home / DATABASE_NAME
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('mentor_desk', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    listing = sorted(p.name for p in home.iterdir())
    with pytest.raises(SchemaTooNewError) as caught:
        Store(home)
    assert "ใหม่กว่า" in caught.value.message_th
    assert "m999_from_the_future" in caught.value.detail
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in home.iterdir()) == listing


def test_the_database_is_copied_aside_before_a_migration(home: Path, monkeypatch) -> None:
    with Store(home) as store:
        store.put("households", {"head_name": "นายทองดี มีสุข"})

    def m999_add_nickname(db) -> None:
        db.execute("ALTER TABLE members ADD COLUMN nickname TEXT")

    monkeypatch.setattr(
        migrations,
        "_migrations",
        [*migrations._migrations, migrations._Migration("m999_add_nickname", m999_add_nickname)],
    )
    monkeypatch.setattr("mentor_desk.store.schema.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    Store(home).close()
    (copy,) = (home / MIGRATION_BACKUP_DIR).iterdir()
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT head_name FROM households").fetchall() == [("นายทองดี มีสุข",)]
    assert "nickname" not in {row[1] for row in conn.execute("PRAGMA table_info(members)")}
    conn.close()
