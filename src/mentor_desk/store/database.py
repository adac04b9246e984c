"""Opening the local database: version checks, the copy taken before a migration, pragmas,
and turning SQLite's I/O failures into messages people can act on."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from mentor_desk.domain.errors import SchemaTooNewError, StoreError
from mentor_desk.store.permissions import (
    create_private_file,
    make_private_file,
    make_private_folder,
)
from mentor_desk.store.schema import MIGRATION_SET, known_migration_names, migrations

DATABASE_NAME = "mentor-desk.sqlite3"
MIGRATION_BACKUP_DIR = "migration-backups"


def applied_migrations(path: Path) -> list[str]:
    """Names of the migrations a database file has had, read without writing anything."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
        ).fetchone()
        if not exists:
            return []
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        ).fetchall()
        return [name for (name,) in rows]
    finally:
        conn.close()


def check_not_newer(path: Path) -> list[str]:
    """Refuse a database written by a newer Mentor Desk before anything touches it."""
    if not path.exists():
        return []
    with translate_errors():
        applied = applied_migrations(path)
    unknown = [name for name in applied if name not in known_migration_names()]
    if unknown:
        raise SchemaTooNewError(
            "ฐานข้อมูลนี้สร้างโดยสมุดพี่เลี้ยงรุ่นที่ใหม่กว่า โปรดปรับปรุงโปรแกรมก่อนเปิด (ไม่ได้แก้ไขไฟล์ใด ๆ)",
            f"{path} has schema changes this version does not know: {', '.join(unknown)}",
        )
    return applied


def open_database(path: Path) -> Database:
    """Open (or create) the database at `path` and bring its schema up to date.

    Before migrating an existing database, a copy is written beside it, so a failed or
    unwanted upgrade can always be undone by hand.
    """
    applied = check_not_newer(path)
    with translate_errors():
        make_private_folder(path.parent)
        create_private_file(path)  # SQLite gives its -wal and -shm files the same mode
        for suffix in ("-wal", "-shm"):
            make_private_file(Path(f"{path}{suffix}"))
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=5000")
        db = Database(conn)
        pending = migrations.pending(db)
        if pending and applied:
            copy_database(db, migration_backup_path(path, len(applied)))
        migrations.apply(db)
    return db


def migration_backup_path(path: Path, version: int) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.parent / MIGRATION_BACKUP_DIR / f"{path.stem}-v{version}-{stamp}.sqlite3"


def copy_database(db: Database, target: Path) -> None:
    """A consistent copy of a live database (SQLite's online backup API, WAL included)."""
    make_private_folder(target.parent)
    partial = target.with_suffix(target.suffix + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    dest = sqlite3.connect(partial)
    try:
        db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    partial.replace(target)


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn SQLite and OS storage failures into StoreError with a Thai message."""
    try:
        yield
    except sqlite3.OperationalError as error:
        raise _storage_error(str(error)) from error
    except sqlite3.DatabaseError as error:
        raise StoreError(
            "ไฟล์ฐานข้อมูลเสียหาย โปรดกู้คืนจากไฟล์สำรอง", f"database error: {error}"
        ) from error
    except OSError as error:
        raise _storage_error(f"{error.strerror or error}: {error.filename or ''}") from error


def _storage_error(detail: str) -> StoreError:
    lowered = detail.lower()
    if "full" in lowered or "no space" in lowered:
        return StoreError("พื้นที่เก็บข้อมูลเต็ม ไม่ได้บันทึกสิ่งใด โปรดลบไฟล์ที่ไม่ใช้แล้วลองใหม่", detail)
    if "readonly" in lowered or "read-only" in lowered or "permission" in lowered:
        return StoreError("โฟลเดอร์ข้อมูลเขียนไม่ได้ (อ่านอย่างเดียว) ไม่ได้บันทึกสิ่งใด", detail)
    if "unable to open" in lowered:
        return StoreError("เปิดฐานข้อมูลไม่ได้ โปรดตรวจสอบโฟลเดอร์ข้อมูล", detail)
    if "locked" in lowered or "busy" in lowered:
        return StoreError("ฐานข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่น โปรดลองใหม่", detail)
    return StoreError("บันทึกข้อมูลไม่สำเร็จ ไม่มีการเปลี่ยนแปลงใด ๆ", detail)
