"""The rolling set of automatic backups under `<home>/backups/`.

Two kinds of backup are kept: one a day (made when the app starts and the newest daily one is
more than a day old) and one before every event that rewrites much data at once (an import,
a restore). Old ones are pruned: the newest `KEEP_DAILY` daily and `KEEP_EVENT` event backups
stay. Each backup is a file in the format of `store.backup` (SQLite's online backup API, so a
consistent copy even while the app writes), holding the database only: photos are stored by
content and never overwritten, so the photos a backup refers to are still in the data folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from mentor_desk.domain.errors import StoreError
from mentor_desk.domain.records import TABLES
from mentor_desk.store.attachments import AttachmentFolder
from mentor_desk.store.backup import write_backup
from mentor_desk.store.database import DATABASE_NAME
from mentor_desk.store.permissions import make_private_folder

BACKUP_FOLDER = "backups"
DAILY = "daily"
EVENT_KINDS = ("before-import", "before-restore")
KEEP_DAILY = 7
KEEP_EVENT = 10
DAILY_INTERVAL = dt.timedelta(days=1)
SUFFIX = ".zip"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupEntry:
    """One automatic backup file."""

    path: Path
    kind: str
    made_at: dt.datetime
    size: int


class _PhotosStayInPlace(AttachmentFolder):
    """An attachment folder that lists no photos, so the backup holds the database only."""

    def stored_hashes(self) -> set[str]:
        return set()


def backup_folder(home: Path) -> Path:
    return home / BACKUP_FOLDER


def make_backup(
    db: Database,
    home: Path,
    *,
    kind: str,
    now: dt.datetime | None = None,
    keep_set: bool = False,
) -> BackupEntry:
    """Write one automatic backup of the database and prune the set (unless `keep_set`:
    a restore from one of the set must not delete its own source)."""
    if kind != DAILY and kind not in EVENT_KINDS:
        raise ValueError(f"unknown backup kind {kind}")
    when = now or dt.datetime.now(dt.UTC)
    folder = make_private_folder(backup_folder(home))
    target = folder / f"{kind}-{when.strftime(STAMP_FORMAT)}{SUFFIX}"
    write_backup(db, _PhotosStayInPlace(home / "attachments"), target)
    if not keep_set:
        prune(home)
    entry = _entry(target)
    assert entry is not None
    return entry


def list_backups(home: Path) -> list[BackupEntry]:
    """Every automatic backup, newest first."""
    folder = backup_folder(home)
    if not folder.exists():
        return []
    entries = [_entry(path) for path in folder.glob(f"*{SUFFIX}")]
    return sorted((e for e in entries if e), key=lambda e: e.made_at, reverse=True)


def daily_backup_due(home: Path, now: dt.datetime | None = None) -> bool:
    """True when no daily backup is younger than a day."""
    when = now or dt.datetime.now(dt.UTC)
    dailies = [e for e in list_backups(home) if e.kind == DAILY]
    return not dailies or when - dailies[0].made_at >= DAILY_INTERVAL


def prune(home: Path) -> list[Path]:
    """Delete all but the newest KEEP_DAILY daily and KEEP_EVENT event backups."""
    entries = list_backups(home)
    daily = [e for e in entries if e.kind == DAILY][KEEP_DAILY:]
    event = [e for e in entries if e.kind != DAILY][KEEP_EVENT:]
    removed = []
    for entry in daily + event:
        with contextlib.suppress(OSError):
            entry.path.unlink()
            removed.append(entry.path)
    return removed


def backup_counts(path: Path) -> dict[str, int]:
    """Live records per table in a backup file (read from a scratch copy)."""
    try:
        with zipfile.ZipFile(path) as archive, tempfile.TemporaryDirectory() as scratch:
            archive.extract(DATABASE_NAME, scratch)
            return database_counts(Path(scratch) / DATABASE_NAME)
    except (OSError, KeyError, zipfile.BadZipFile, sqlite3.DatabaseError) as error:
        raise StoreError("อ่านไฟล์สำรองไม่ได้ หรือไฟล์เสียหาย", f"{path}: {error}") from error


def database_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table} WHERE _cl % 2 = 1").fetchone()[0]
            for table in TABLES
        }
    finally:
        conn.close()


def _entry(path: Path) -> BackupEntry | None:
    kind, _, stamp = path.stem.rpartition("-")
    if kind != DAILY and kind not in EVENT_KINDS:
        return None
    try:
        made_at = dt.datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=dt.UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupEntry(path, kind, made_at, size)
