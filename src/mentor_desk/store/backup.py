"""Whole-folder backups: the database (SQLite online backup) and every attachment in one
ZIP file, checked before anything is restored from it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from sqlite_utils import Database

from mentor_desk.domain.errors import StoreError
from mentor_desk.store.attachments import AttachmentFolder
from mentor_desk.store.database import DATABASE_NAME, check_not_newer, copy_database
from mentor_desk.store.permissions import make_private_file, make_private_folder

BACKUP_FORMAT = 1
MANIFEST = "mentor-desk-backup.json"
MAX_MEMBERS = 1_000_000


def write_backup(db: Database, attachments: AttachmentFolder, target: Path) -> dict[str, int]:
    """Write a backup file: written aside, synced, then renamed into place."""
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        snapshot = Path(scratch) / DATABASE_NAME
        copy_database(db, snapshot)
        hashes = sorted(attachments.stored_hashes())
        # mkstemp creates the file owner-only, wherever it goes (even a USB stick)
        fd, partial = tempfile.mkstemp(dir=target.parent, prefix=".backup-")
        try:
            with os.fdopen(fd, "wb") as handle:
                with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                    manifest = {"format": BACKUP_FORMAT, "attachments": len(hashes)}
                    archive.writestr(MANIFEST, json.dumps(manifest))
                    archive.write(snapshot, DATABASE_NAME)
                    for sha in hashes:
                        archive.write(attachments.path_of(sha), f"attachments/{sha[:2]}/{sha}")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
    return {"attachments": len(hashes), "bytes": target.stat().st_size}


def restore_backup(source: Path, home: Path) -> None:
    """Replace the data folder's database and attachments with a backup's, after checking it.

    The current database is kept as `<name>.before-restore` beside it; nothing is replaced
    unless the backup reads completely and its database passes an integrity check.
    """
    try:
        archive = zipfile.ZipFile(source)
    except (OSError, zipfile.BadZipFile) as error:
        raise StoreError("เปิดไฟล์สำรองไม่ได้ หรือไม่ใช่ไฟล์สำรองของสมุดพี่เลี้ยง", str(error)) from error
    with archive, tempfile.TemporaryDirectory(dir=home) as scratch:
        staging = Path(scratch)
        names = archive.namelist()
        if MANIFEST not in names or DATABASE_NAME not in names or len(names) > MAX_MEMBERS:
            raise StoreError("ไฟล์นี้ไม่ใช่ไฟล์สำรองของสมุดพี่เลี้ยง", f"{source} lacks {MANIFEST}")
        manifest = json.loads(archive.read(MANIFEST))
        if manifest.get("format", 0) > BACKUP_FORMAT:
            raise StoreError("ไฟล์สำรองมาจากโปรแกรมรุ่นใหม่กว่า โปรดปรับปรุงโปรแกรม", str(manifest))
        for name in names:
            if not _safe_member(name):
                raise StoreError("ไฟล์สำรองมีชื่อไฟล์ที่ไม่ปลอดภัย", name)
        try:
            archive.extractall(staging)
        except (OSError, zipfile.BadZipFile, EOFError) as error:
            raise StoreError("ไฟล์สำรองเสียหาย อ่านไม่ครบ", str(error)) from error
        restored_db = staging / DATABASE_NAME
        _verify_database(restored_db)
        folder = AttachmentFolder(staging / "attachments")
        for sha in folder.stored_hashes():
            if folder.verify(sha):
                raise StoreError("ไฟล์ภาพในไฟล์สำรองเสียหาย", sha)
        live_db = home / DATABASE_NAME
        if live_db.exists():
            kept = home / f"{DATABASE_NAME}.before-restore"
            shutil.copy2(live_db, kept)
            make_private_file(kept)
        for suffix in ("-wal", "-shm"):
            Path(f"{live_db}{suffix}").unlink(missing_ok=True)
        make_private_file(restored_db)  # extracted with the default mode
        os.replace(restored_db, live_db)
        live_attachments = make_private_folder(home / "attachments")
        for sha in folder.stored_hashes():
            target = live_attachments / sha[:2] / sha
            make_private_folder(target.parent)
            make_private_file(folder.path_of(sha))
            os.replace(folder.path_of(sha), target)


def _safe_member(name: str) -> bool:
    if name in (MANIFEST, DATABASE_NAME):
        return True
    parts = name.split("/")
    return (
        len(parts) == 3
        and parts[0] == "attachments"
        and len(parts[2]) == 64
        and parts[1] == parts[2][:2]
        and all(c in "0123456789abcdef" for c in parts[2])
    )


def _verify_database(path: Path) -> None:
    check_not_newer(path)
    conn = sqlite3.connect(path)
    try:
        (result,) = conn.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as error:
        raise StoreError("ฐานข้อมูลในไฟล์สำรองเสียหาย", str(error)) from error
    finally:
        conn.close()
    if result != "ok":
        raise StoreError("ฐานข้อมูลในไฟล์สำรองเสียหาย", result)
