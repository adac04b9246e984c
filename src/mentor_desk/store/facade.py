"""The store facade: one object per data folder, with methods named for what mentors do.

The GUI's database worker and the command line both talk to the data only through this
class; it owns the connection and must be used from one thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from mentor_desk.domain.clock import HybridLogicalClock
from mentor_desk.domain.errors import NotFoundError, ValidationError
from mentor_desk.domain.ids import new_id
from mentor_desk.domain.merge import RecordState
from mentor_desk.domain.records import TABLES, Record, Visit, field_specs
from mentor_desk.domain.validation import check_table, record_to_json
from mentor_desk.store import (
    audit,
    backup,
    backup_set,
    privacy,
    queries,
    retention,
    shared_lessons,
)
from mentor_desk.store.attachments import (
    Attachment,
    AttachmentFolder,
    check_received_photo,
    prepare_photo,
)
from mentor_desk.store.check import Fault, find_faults
from mentor_desk.store.database import DATABASE_NAME, open_database, translate_errors
from mentor_desk.store.lock import DEFAULT_WAIT_SECONDS, DataFolderLock
from mentor_desk.store.permissions import secure_data_folder
from mentor_desk.store.photo_use import remove_photo_files
from mentor_desk.store.repair import STALE_AFTER_SECONDS, RepairReport, repair_leftovers
from mentor_desk.store.search import SearchHit, search
from mentor_desk.store.sync_records import last_sequence, newest_stamp
from mentor_desk.store.writer import RecordWriter, SaveResult, WriteSequence

ROLES = ("mentor", "district")


@dataclass(frozen=True)
class Profile:
    """Who uses this data folder and where they work (set up once, at first run)."""

    name: str
    role: str
    province_code: str = ""
    district_code: str = ""
    subdistrict_code: str = ""
    village: str = ""
    language: str = "th"


class Store:
    """The data of one Mentor Desk home folder."""

    def __init__(self, home: Path, *, lock_wait: float = DEFAULT_WAIT_SECONDS) -> None:
        """Open a data folder; only one Store (in any process) may have it open at a time:
        DataFolderBusyError if another still does after `lock_wait` seconds."""
        self.home = home
        with translate_errors():
            secure_data_folder(home)
            self.lock = DataFolderLock.acquire(home, wait=lock_wait)
        try:
            self.db = open_database(home / DATABASE_NAME)
            self.attachments = AttachmentFolder(home / "attachments")
            self.clock = HybridLogicalClock(last=newest_stamp(self.db))
            self.sequence = WriteSequence(last_sequence(self.db))
            self.device_id = self._device_id()
            self.writer = RecordWriter(
                self.db, device=self.device_id, clock=self.clock, sequence=self.sequence
            )
        except BaseException:
            if hasattr(self, "db"):
                self.db.conn.close()
            self.lock.release()
            raise

    def close(self) -> None:
        self.db.conn.close()
        self.lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- profile -------------------------------------------------------------------------

    @property
    def profile(self) -> Profile | None:
        """The local profile, or None before first-run set-up."""
        raw = self._setting("profile")
        return Profile(**json.loads(raw)) if raw else None

    def set_profile(self, profile: Profile) -> None:
        """Record who uses this folder; the role must be mentor or district."""
        if profile.role not in ROLES:
            raise ValidationError("profile.role", "บทบาทต้องเป็น mentor หรือ district", "bad role")
        if not profile.name.strip():
            raise ValidationError("profile.name", "ต้องกรอกชื่อ", "name is required")
        with translate_errors(), self.db.atomic():
            self._put_setting("profile", json.dumps(asdict(profile), ensure_ascii=False))

    # --- records ------------------------------------------------------------------------

    def put(self, table: str, obj: object) -> SaveResult:
        """Create or update one record from JSON (fields left out keep their value)."""
        with translate_errors(), _refuse_unencodable(table):
            return self.writer.save_json(table, obj)

    def save(self, record: Record) -> SaveResult:
        """Create or update a record built in code (the GUI's editors)."""
        values = {name: getattr(record, name) for name in field_specs(record.TABLE)}
        with translate_errors(), _refuse_unencodable(record.TABLE):
            return self.writer.save_changes(record.TABLE, record.id, values)

    def log_visit(self, visit: Visit) -> SaveResult:
        """Save a visit (new or edited)."""
        return self.save(visit)

    def add_records(self, records: Iterable[Record]) -> int:
        """Insert many new records in one transaction (demo data); returns how many."""
        with translate_errors():
            return self.writer.save_new_records(records)

    def delete(self, table: str, record_id: str) -> None:
        """Delete a record; refused while other live records depend on it."""
        with translate_errors():
            self.writer.delete(table, record_id)

    def get(self, table: str, record_id: str) -> Record:
        """One live record; NotFoundError if there is none."""
        check_table(table)
        record = queries.get_record(self.db, table, record_id)
        if record is None:
            raise NotFoundError("ไม่พบระเบียนนี้", f"{table} {record_id}")
        return record

    def records(self, table: str) -> list[Record]:
        """Every live record of a table, sorted by id."""
        check_table(table)
        return list(queries.live_records(self.db, table))

    def counts(self) -> dict[str, int]:
        return queries.live_counts(self.db)

    def visits_for_household(self, household_id: str) -> list[Visit]:
        return queries.visits_for_household(self.db, household_id)

    def households_due_for_visit(self, today: dt.date | None = None) -> list[queries.DueHousehold]:
        return queries.households_due_for_visit(self.db, today=today or dt.date.today())

    def home_summary(self, today: dt.date | None = None) -> queries.HomeSummary:
        """Due households, this month's counts, recent entries, records not yet sent."""
        return queries.home_summary(self.db, today=today or dt.date.today())

    def search(self, query: str) -> list[SearchHit]:
        return search(self.db, query)

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        """The live data as canonical JSON-able data: tables in fixed order, lists by id."""
        return {
            table: [record_to_json(r) for r in queries.live_records(self.db, table)]
            for table in TABLES
        }

    # --- attachments --------------------------------------------------------------------

    def add_photo(self, data: bytes) -> Attachment:
        """Clean and store a photo; returns it (the same photo twice is stored once)."""
        stored, attachment = prepare_photo(data)
        self._keep_attachment(stored, attachment)
        return attachment

    def add_blob(self, sha256: str, data: bytes) -> None:
        """Store a photo that arrived in a bundle, as it is (it was cleaned where it was
        taken); its hash and image header are checked first."""
        stored, attachment = check_received_photo(sha256, data)
        self._keep_attachment(stored, attachment)

    def _keep_attachment(self, stored: bytes, attachment: Attachment) -> None:
        """Write the file (atomically), then its row; the same photo twice is kept once."""
        self.attachments.write(attachment.sha256, stored)
        with translate_errors(), self.db.atomic():
            self.db.execute(
                "INSERT OR IGNORE INTO attachments VALUES (?, ?, ?, ?, ?, ?)",
                [*asdict(attachment).values(), self.clock.now()],
            )

    def photo_path(self, sha256: str) -> Path:
        return self.attachments.path_of(sha256)

    # --- privacy ------------------------------------------------------------------------

    def withdraw_consent(self, household_id: str) -> dict[str, int]:
        """Erase a household's personal data and its members' and visits' (PDPA): the
        erasure syncs and wins over older copies; recorded in the audit log."""
        with translate_errors():
            erasure = privacy.withdraw_consent(
                self.db,
                household_id,
                clock=self.clock,
                device=self.device_id,
                sequence=self.sequence,
            )
        remove_photo_files(self.attachments, erasure.unused_photos)
        return erasure.counts

    def households_past_retention(
        self, years: int, today: dt.date | None = None
    ) -> list[retention.ClosedHousehold]:
        """Households closed or moved away more than `years` years ago (for confirmation)."""
        return retention.households_past_retention(
            self.db, years=years, today=today or dt.date.today()
        )

    def erase_past_retention(
        self, household_ids: list[str], *, years: int, today: dt.date | None = None
    ) -> dict[str, int]:
        """Erase the confirmed households past the retention period (PDPA) in one
        transaction, like a withdrawal of consent; recorded in the audit log."""
        with translate_errors():
            erasure = retention.erase_past_retention(
                self.db,
                household_ids,
                years=years,
                today=today or dt.date.today(),
                clock=self.clock,
                device=self.device_id,
                sequence=self.sequence,
            )
        remove_photo_files(self.attachments, erasure.unused_photos)
        return erasure.counts

    def record_audit(self, action: str, summary: dict[str, Any]) -> None:
        """Add an entry to the local audit log (export, import, print, erasure, restore,
        app-lock)."""
        with translate_errors(), self.db.atomic():
            audit.record_event(self.db, action, summary)

    def audit_log(self) -> list[audit.AuditEvent]:
        return audit.audit_events(self.db)

    # --- safety -------------------------------------------------------------------------

    def check(self) -> list[Fault]:
        """Integrity, schema, reference and attachment faults; empty when all is well."""
        with translate_errors():
            return find_faults(self.db, self.attachments)

    def repair(self, *, stale_after: float = STALE_AFTER_SECONDS) -> RepairReport:
        """Remove leftovers a crash can leave: orphaned photo files, temporary files, and
        import/export work folders older than `stale_after` seconds."""
        with translate_errors():
            return repair_leftovers(self.db, self.attachments, self.home, stale_after=stale_after)

    def backup(self, target: Path) -> dict[str, int]:
        """Write the whole data folder (database and photos) to one backup file."""
        with translate_errors():
            return backup.write_backup(self.db, self.attachments, target)

    def backups(self) -> list[backup_set.BackupEntry]:
        """The automatic backups under `<home>/backups/`, newest first."""
        return backup_set.list_backups(self.home)

    def automatic_backup(self, kind: str) -> backup_set.BackupEntry:
        """Add a backup to the rolling set (`daily`, `before-import`, `before-restore`)."""
        with translate_errors():
            return backup_set.make_backup(self.db, self.home, kind=kind)

    def daily_backup_if_due(self) -> backup_set.BackupEntry | None:
        """Make the day's backup unless one younger than a day exists (at app start)."""
        if not backup_set.daily_backup_due(self.home):
            return None
        return self.automatic_backup(backup_set.DAILY)

    @staticmethod
    def restore(home: Path, source: Path) -> None:
        """Replace a (closed) data folder's contents with a checked backup, after adding
        the current database to the rolling set of backups (so a restore can be undone)."""
        with translate_errors():
            home.mkdir(parents=True, exist_ok=True)
            lock = DataFolderLock.acquire(home)
        try:
            Store._restore_locked(home, source)
        finally:
            lock.release()

    @staticmethod
    def _restore_locked(home: Path, source: Path) -> None:
        with translate_errors():
            live = home / DATABASE_NAME
            earlier_log: list[audit.RawEntry] = []
            erased: list[RecordState] = []
            shared: tuple[int, list[str]] | None = None
            if live.exists() and live.stat().st_size:
                current = Database(sqlite3.connect(live))
                try:
                    backup_set.make_backup(current, home, kind="before-restore", keep_set=True)
                    earlier_log = audit.raw_entries(current)
                    erased = privacy.erased_states(current)
                    shared = shared_lessons.newest_shared_list(current)
                finally:
                    current.conn.close()
            backup.restore_backup(source, home)
            backup_set.prune(home)
            _after_restore(home, source, earlier_log=earlier_log, erased=erased, shared=shared)

    # --- internals ----------------------------------------------------------------------

    def _device_id(self) -> str:
        device = self._setting("device_id")
        if device is None:
            device = new_id().replace("-", "")[:16]
            with translate_errors(), self.db.atomic():
                self._put_setting("device_id", device)
        return device

    def _setting(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _put_setting(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )


def _after_restore(
    home: Path,
    source: Path,
    *,
    earlier_log: list[audit.RawEntry],
    erased: list[RecordState],
    shared: tuple[int, list[str]] | None,
) -> None:
    """Erase again what the replaced database had erased (a backup from before a consent
    withdrawal must not bring the family's data back), withdraw again the lessons the
    replaced database's newest list of shared lessons left out, and write the restore to
    the audit log, keeping the entries of the database it replaced; one transaction, after
    upgrading a backup from an older version."""
    restored = open_database(home / DATABASE_NAME)
    try:
        automatic = source.resolve().parent == backup_set.backup_folder(home).resolve()
        with restored.atomic():
            erased_again = privacy.erase_again(restored, erased)
            device, role = _device_and_role(restored)
            _, unshared_photos = shared_lessons.withdraw_unshared_lessons(
                restored, device_id=device, role=role, newer=shared
            )
            audit.carry_over(restored, earlier_log)
            audit.record_event(
                restored,
                "restore",
                {
                    "from": "automatic backup" if automatic else "backup file",
                    "erased_again": erased_again.counts["records"],
                    **queries.live_counts(restored),
                },
            )
        remove_photo_files(
            AttachmentFolder(home / "attachments"), erased_again.unused_photos + unshared_photos
        )
    finally:
        restored.conn.close()


@contextlib.contextmanager
def _refuse_unencodable(table: str) -> Iterator[None]:
    """Text holding a lone surrogate (possible from Python or a paste, never from strict JSON)
    cannot be stored as UTF-8; the write is rolled back and refused like any invalid value."""
    try:
        yield
    except UnicodeEncodeError as error:
        raise ValidationError(
            table, "ข้อความมีอักขระที่บันทึกไม่ได้", f"text cannot be encoded: {error.reason}"
        ) from error


def _device_and_role(db: Database) -> tuple[str, str | None]:
    """A database's own device id and role, read from its settings (for a database the
    Store does not hold, such as one just restored)."""
    settings = dict(
        db.execute("SELECT key, value FROM settings WHERE key IN ('device_id', 'profile')")
    )
    profile = json.loads(settings["profile"]) if "profile" in settings else {}
    return settings.get("device_id", ""), profile.get("role")
