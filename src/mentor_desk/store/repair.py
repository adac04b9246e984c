"""The tidy-up behind `mentor-desk check --repair`: leftovers a crash can leave behind.

A crash never half-writes a record or a photo (every write goes through a transaction or a
temporary file renamed into place), but it can leave debris: a photo file written just before
its row was committed, an `.incoming-*` temporary photo, a `.partial` database copy, or an
import/export work folder. None of it is data anyone can lose; it only fills the disk, which
on an old laptop matters. Files younger than `stale_after` are left alone in case another
program is still writing them.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from mentor_desk.store.attachments import AttachmentFolder

STALE_AFTER_SECONDS = 3600.0
WORK_FOLDER_PREFIXES = ("mentor-desk-import-", "mentor-desk-export-")
TEMP_FILE_PREFIXES = (".incoming-", ".backup-")
TEMP_FILE_SUFFIXES = (".partial",)


@dataclass
class RepairReport:
    """What a repair removed, as paths relative to the data folder."""

    orphaned_photos: list[str] = field(default_factory=list)
    temporary_files: list[str] = field(default_factory=list)
    work_folders: list[str] = field(default_factory=list)
    bytes_freed: int = 0

    @property
    def removed(self) -> int:
        return len(self.orphaned_photos) + len(self.temporary_files) + len(self.work_folders)

    def lines(self) -> list[str]:
        """One line per thing removed, then a Thai summary."""
        out = [f"removed orphaned photo {p}" for p in self.orphaned_photos]
        out += [f"removed temporary file {p}" for p in self.temporary_files]
        out += [f"removed leftover work folder {p}" for p in self.work_folders]
        out.append(
            f"ซ่อมแซมแล้ว: ลบไฟล์ที่ไม่ใช้ {self.removed} รายการ ({self.bytes_freed:,} ไบต์)"
            if self.removed
            else "ไม่พบไฟล์ค้างที่ต้องลบ"
        )
        return out


def repair_leftovers(
    db: Database,
    attachments: AttachmentFolder,
    home: Path,
    *,
    stale_after: float = STALE_AFTER_SECONDS,
    now: float | None = None,
) -> RepairReport:
    """Remove orphaned photo files, temporary files and stale work folders under `home`."""
    report = RepairReport()
    cutoff = (time.time() if now is None else now) - stale_after
    known = {row[0] for row in db.execute("SELECT sha256 FROM attachments")}
    for sha in sorted(attachments.stored_hashes() - known):
        path = attachments.path_of(sha)
        if _older_than(path, cutoff):
            report.bytes_freed += _remove_file(path)
            report.orphaned_photos.append(_relative(path, home))
    for path in sorted(_temporary_files(home, attachments.root)):
        if _older_than(path, cutoff):
            report.bytes_freed += _remove_file(path)
            report.temporary_files.append(_relative(path, home))
    for path in sorted(home.glob("*")):
        is_work_folder = path.is_dir() and path.name.startswith(WORK_FOLDER_PREFIXES)
        if is_work_folder and _older_than(path, cutoff):
            report.bytes_freed += _folder_size(path)
            shutil.rmtree(path, ignore_errors=True)
            report.work_folders.append(_relative(path, home))
    return report


def _temporary_files(home: Path, attachment_root: Path) -> list[Path]:
    candidates = list(home.glob("*"))
    if attachment_root.exists():
        candidates += attachment_root.glob("*/*")
    backups = home / "backups"
    if backups.exists():
        candidates += backups.glob("*")
    return [
        p
        for p in candidates
        if p.is_file()
        and (p.name.startswith(TEMP_FILE_PREFIXES) or p.name.endswith(TEMP_FILE_SUFFIXES))
    ]


def _older_than(path: Path, cutoff: float) -> bool:
    try:
        return path.stat().st_mtime <= cutoff
    except OSError:
        return False


def _remove_file(path: Path) -> int:
    try:
        size = path.stat().st_size
        path.unlink()
    except OSError:
        return 0
    return size


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _relative(path: Path, home: Path) -> str:
    try:
        return path.relative_to(home).as_posix()
    except ValueError:
        return str(path)
