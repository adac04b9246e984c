"""Importing a bundle: verify, check clocks, merge in one transaction, remember, log.

Every outcome is an ImportResult; a refused or quarantined file changes nothing. Importing
the same file twice changes nothing the second time.
"""

from __future__ import annotations

import contextlib
import gc
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentor_desk.domain.clock import millis_of, wall_millis
from mentor_desk.domain.errors import MentorDeskError
from mentor_desk.domain.ids import is_valid_id
from mentor_desk.domain.merge import RecordState
from mentor_desk.store import Store
from mentor_desk.store.audit import record_event
from mentor_desk.store.lesson_origin import remember_taken_over
from mentor_desk.store.merge_apply import MergeCounts, check_references, merge_states
from mentor_desk.store.peers import log_import, note_received, was_imported
from mentor_desk.store.photo_use import photos_in_use, remove_photo_files
from mentor_desk.store.review_actions import remember_device
from mentor_desk.store.schema import SCHEMA_VERSION
from mentor_desk.store.shared_lessons import withdraw_unshared_lessons
from mentor_desk.sync.container import VerifiedBundle, open_bundle
from mentor_desk.sync.errors import InvalidManifestError
from mentor_desk.sync.identity import Identity
from mentor_desk.sync.keys import DeviceRole, is_device_id
from mentor_desk.sync.profiles import RETURN_PROFILE, SHARED_LESSONS_KEY
from mentor_desk.sync.read_ahead import ReadAhead
from mentor_desk.sync.record_codec import state_from_json
from mentor_desk.sync.trust import CarriedKeyTrust

SKEW_LIMIT_MS = 24 * 60 * 60 * 1000
QUARANTINE_FOLDER = "quarantine"


class ClockSkew(Exception):
    """A stamp more than a day ahead of this computer's clock."""


class _DryRun(Exception):
    """Raised to roll back a dry run after everything was checked and counted."""


class _Cancelled(Exception):
    """Raised between batches of records when the person cancelled: the file's transaction
    rolls back and the file counts as not started."""


@dataclass
class ImportResult:
    """The outcome of importing one file, as the JSON summary prints it."""

    file: str
    status: str  # imported | duplicate | dry-run | refused | quarantined
    bundle_id: str = ""
    origin_device: str = ""
    origin_name: str = ""
    kind: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    message_th: str = ""
    detail: str = ""
    conflicted: list[tuple[str, str]] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return self.status in ("refused", "quarantined")

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.file, "status": self.status}
        if self.bundle_id:
            out.update(
                bundle_id=self.bundle_id,
                origin_device=self.origin_device,
                origin_name=self.origin_name,
                kind=self.kind,
            )
        if self.counts:
            out["counts"] = self.counts
        if self.message_th:
            out["message_th"] = self.message_th
            out["detail"] = self.detail
        return out


def import_bundles(
    store: Store,
    identity: Identity,
    paths: Sequence[Path],
    *,
    passphrase: str | None = None,
    dry_run: bool = False,
    progress: Callable[[int, float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> list[ImportResult]:
    """Import several bundle files in order, behind ONE automatic backup of the database
    (taken just before the first file that gets as far as changing anything; none for a
    dry run). A refused file never stops the others.

    `progress(index, part)` says where the batch is: `paths[index]` is `part` (0 to 1)
    merged. It is called after each batch of a file's records, and with `(index + 1, 0.0)`
    once a file is done (`index + 1 == len(paths)` at the end). `is_cancelled()` is asked
    before each file and after each batch of records: once it says so, the file being
    imported is rolled back, and it and the files not started yet are left out of the
    results."""
    backed_up = False

    def backup_once() -> None:
        nonlocal backed_up
        if not backed_up:
            store.automatic_backup("before-import")  # the rolling set keeps the last few
            backed_up = True

    results: list[ImportResult] = []
    for index, path in enumerate(paths):
        if is_cancelled is not None and is_cancelled():
            break

        def after_batch(merged: int, count: int, *, index: int = index) -> None:
            if progress is not None:
                progress(index, merged / max(count, 1))
            if is_cancelled is not None and is_cancelled():
                raise _Cancelled()

        try:
            result = _import_one(
                store,
                identity,
                Path(path),
                passphrase=passphrase,
                dry_run=dry_run,
                now_ms=None,
                before_apply=None if dry_run else backup_once,
                after_batch=after_batch,
            )
        except _Cancelled:
            break
        results.append(result)
        if progress is not None:
            progress(index + 1, 0.0)
    return results


def import_bundle(
    store: Store,
    identity: Identity,
    path: Path,
    *,
    passphrase: str | None = None,
    dry_run: bool = False,
    now_ms: int | None = None,
    backup: bool = True,
) -> ImportResult:
    """Import one bundle file into the store (or, with `dry_run`, only count what would
    change). Never raises for a bad file: the result says why it was refused. With
    `backup`, an automatic backup is taken first (not for a dry run or a refused file);
    `import_bundles` takes one for a whole batch instead."""

    def backup_now() -> None:
        store.automatic_backup("before-import")  # the rolling set keeps the last few

    return _import_one(
        store,
        identity,
        path,
        passphrase=passphrase,
        dry_run=dry_run,
        now_ms=now_ms,
        before_apply=backup_now if backup and not dry_run else None,
    )


def _import_one(
    store: Store,
    identity: Identity,
    path: Path,
    *,
    passphrase: str | None,
    dry_run: bool,
    now_ms: int | None,
    before_apply: Callable[[], None] | None,
    after_batch: Callable[[int, int], None] | None = None,
) -> ImportResult:
    result = ImportResult(file=str(path), status="refused")
    try:
        bundle = open_bundle(
            path,
            trust=CarriedKeyTrust() if passphrase is not None else identity.trust,
            keys=None if passphrase is not None else identity.keys,
            passphrase=passphrase,
            schema_versions=range(1, SCHEMA_VERSION + 1),
            work_dir=store.home,
        )
    except MentorDeskError as error:
        return _refused(result, error)
    with bundle:
        manifest = bundle.manifest
        result.bundle_id = manifest.bundle_id
        result.origin_device = manifest.origin_device
        result.origin_name = bundle.device.public_key.display_name
        result.kind = manifest.kind.value
        limit = (now_ms if now_ms is not None else wall_millis()) + SKEW_LIMIT_MS
        if manifest.created_hlc and millis_of(manifest.created_hlc) > limit:
            return _quarantine(store, path, result)
        if was_imported(store.db, manifest.bundle_id) and not dry_run:
            result.status = "duplicate"
            result.counts = MergeCounts().as_dict()
            return result
        try:
            if before_apply is not None:
                before_apply()
            counts = _apply(
                store,
                identity,
                bundle,
                path=path,
                limit=limit,
                dry_run=dry_run,
                handover=passphrase is not None,
                after_batch=after_batch,
            )
        except _DryRun as done:
            counts = done.args[0]
            result.status = "dry-run"
        except ClockSkew:
            return _quarantine(store, path, result)
        except MentorDeskError as error:
            return _refused(result, error)
        else:
            result.status = "imported"
            remove_photo_files(store.attachments, counts.unused_photos)
        result.counts = counts.as_dict()
        result.conflicted = counts.conflicted
        return result


def _apply(
    store: Store,
    identity: Identity,
    bundle: VerifiedBundle,
    *,
    path: Path,
    limit: int,
    dry_run: bool,
    handover: bool,
    after_batch: Callable[[int, int], None] | None,
) -> MergeCounts:
    manifest = bundle.manifest

    def merged_so_far(merged: int) -> None:
        if after_batch is not None:
            after_batch(merged, manifest.record_count)

    with _cyclic_collector_paused(), store.db.atomic():
        written_after = store.sequence.last
        with ReadAhead(lambda: _checked_states(bundle, limit_ms=limit)) as reader:
            counts = merge_states(
                store.db,
                reader.items(),
                sequence=store.sequence,
                clock=store.clock,
                overlap=reader.overlap,
                after_batch=merged_so_far,
            )
        check_references(store.db, written_after=written_after)
        _withdraw_unshared_lessons(store, bundle, counts)
        if dry_run:
            raise _DryRun(counts)
        missing = [d for d in sorted(bundle.blob_digests) if not store.photo_path(d).is_file()]
        if missing:
            # Only photos a record lists: an old file arriving after an erasure carries
            # photos of the erased records, which must not come back. The rows this file
            # wrote list nearly all of them; the whole database is read only when not.
            in_use = photos_in_use(store.db, written_after=written_after)
            if not in_use.issuperset(missing):
                in_use = photos_in_use(store.db)
            for digest in missing:
                if digest in in_use:
                    store.add_blob(digest, bundle.read_blob(digest))
        acks = manifest.acknowledgements
        acked = acks.get(identity.keys.device_id, 0)
        note_received(
            store.db,
            device_id=manifest.origin_device,
            name=bundle.device.public_key.display_name,
            role=bundle.device.public_key.role.value,
            received_through=int(manifest.scope.get("through_seq", 0) or 0),
            acked_through=acked if isinstance(acked, int) else 0,
            bundle_id=manifest.bundle_id,
        )
        database_device = manifest.scope.get("database_device")
        if is_device_id(database_device):
            # Field stamps name the sender's database; remember whose it is, so reviews and
            # per-mentor figures can show a name (command line and GUI alike).
            remember_device(
                store.db,
                database_device=database_device,
                name=bundle.device.public_key.display_name,
                origin_device=manifest.origin_device,
            )
            if handover and database_device != store.device_id:
                # A passphrase bundle moves a mentor's own records to a new laptop or a new
                # mentor: what that database wrote is this one's own from now on.
                remember_taken_over(store.db, database_device)
        log_import(
            store.db,
            bundle_id=manifest.bundle_id,
            origin_device=manifest.origin_device,
            file_name=path.name,
            kind=manifest.kind.value,
            summary=counts.as_dict(),
        )
        record_event(
            store.db,
            "import",
            {"file": path.name, "bundle_id": manifest.bundle_id, **counts.as_dict()},
        )
    return counts


def _withdraw_unshared_lessons(store: Store, bundle: VerifiedBundle, counts: MergeCounts) -> None:
    """After a district's return bundle: remember the lessons it shares now and remove the
    copies of those it no longer shares (`store.shared_lessons`), counted in `counts`."""
    manifest = bundle.manifest
    listed = manifest.scope.get(SHARED_LESSONS_KEY)
    if (
        manifest.privacy_profile != RETURN_PROFILE
        or bundle.device.public_key.role is not DeviceRole.DISTRICT
        or listed is None
    ):
        return
    if (
        not isinstance(listed, list)
        or not all(isinstance(i, str) and is_valid_id(i) for i in listed)
        or not manifest.created_hlc
    ):
        raise InvalidManifestError(f"scope.{SHARED_LESSONS_KEY} is not a list of record ids")
    profile = store.profile
    counts.withdrawn, unused_photos = withdraw_unshared_lessons(
        store.db,
        device_id=store.device_id,
        role=profile.role if profile else None,
        newer=(manifest.created_hlc, listed),
    )
    counts.unused_photos += unused_photos


@contextlib.contextmanager
def _cyclic_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while records are merged. Reading a bundle makes
    millions of short-lived containers, none of them in cycles (reference counting frees
    them), and each collection would walk every object the process holds, to find none."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _checked_states(bundle: VerifiedBundle, *, limit_ms: int) -> Iterator[RecordState]:
    for line, obj in enumerate(bundle.records(), start=1):
        state = state_from_json(obj, line=line)
        if millis_of(state.newest_stamp()) > limit_ms:
            raise ClockSkew(f"record {line} is stamped in the future")
        yield state


def _refused(result: ImportResult, error: MentorDeskError) -> ImportResult:
    result.status = "refused"
    result.message_th = error.message_th
    result.detail = error.detail
    return result


def _quarantine(store: Store, path: Path, result: ImportResult) -> ImportResult:
    folder = store.home / QUARANTINE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(path, folder / f"{result.bundle_id or path.stem}{path.suffix}")
    result.status = "quarantined"
    result.message_th = (
        "ไฟล์นี้ลงเวลาล่วงหน้าเกิน 24 ชั่วโมง (นาฬิกาของเครื่องที่ส่งอาจผิด) จึงพักไว้ให้ตรวจสอบก่อน ยังไม่ได้นำเข้า"
    )
    result.detail = f"held in {folder}"
    return result
