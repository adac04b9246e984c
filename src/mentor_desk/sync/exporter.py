"""Exporting: the records a recipient lacks, filtered by a privacy profile, into a bundle.

A delta export sends every record changed after the last sequence number the recipient
acknowledged; `full` sends everything. Re-sending is harmless: importing is idempotent.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentor_desk.domain.merge import RecordState
from mentor_desk.domain.records import TABLES
from mentor_desk.store import Store
from mentor_desk.store.peers import acknowledgements, get_peer
from mentor_desk.store.review_actions import known_devices
from mentor_desk.store.schema import SCHEMA_VERSION
from mentor_desk.store.sync_records import last_sequence, states_changed_since
from mentor_desk.sync.container import BundleKind, write_bundle
from mentor_desk.sync.identity import Identity
from mentor_desk.sync.keys import DevicePublicKey, DeviceRole
from mentor_desk.sync.profiles import (
    RETURN_PROFILE,
    SHARED_LESSONS_KEY,
    DistrictFilter,
    ReturnFilter,
    UnknownProfileError,
    check_profile,
)
from mentor_desk.sync.record_codec import state_to_json


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    bundle_id: str
    kind: str
    profile: str
    records: int
    blobs: int
    through_seq: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "bundle_id": self.bundle_id,
            "kind": self.kind,
            "profile": self.profile,
            "records": self.records,
            "blobs": self.blobs,
        }


def export_bundle(
    store: Store,
    identity: Identity,
    destination: Path,
    *,
    recipient: DevicePublicKey | None = None,
    passphrase: str | None = None,
    full: bool = False,
    profile: str | None = None,
) -> ExportResult:
    """Write a bundle for `recipient` (delta unless `full`) or a passphrase bundle (always
    full). The profile defaults to `full` for a passphrase, `return` when a district writes
    to a mentor's card, and `district` otherwise."""
    profile = check_profile(profile or default_profile(store, recipient, passphrase=passphrase))
    if profile == "province":
        return _export_province(store, identity, destination, recipient=recipient)
    if profile == RETURN_PROFILE and recipient is None:
        raise UnknownProfileError(
            "the return profile needs the mentor's card (--to)",
            message_th="ไฟล์ส่งกลับให้พี่เลี้ยงต้องระบุผู้รับ (--to)",
        )
    if passphrase is not None:
        full = True
    since = 0
    if not full and recipient is not None:
        peer = get_peer(store.db, recipient.device_id)
        since = peer.acked_seq if peer else 0
    through = last_sequence(store.db)
    # The writer consumes every record before it reads the blobs, so the photos the records
    # refer to are gathered while they stream past: no list of a million records in memory.
    blobs: dict[str, Path] = {}

    def records() -> Iterator[dict[str, Any]]:
        for state in _states(store, since=since, profile=profile, recipient=recipient):
            _gather_photos(store, state, blobs)
            yield state_to_json(state)

    scope: dict[str, Any] = {
        "since_seq": since,
        "through_seq": through,
        "database_device": store.device_id,
    }
    if profile == RETURN_PROFILE and recipient is not None:
        lessons = states_changed_since(store.db, "lessons", 0)
        scope[SHARED_LESSONS_KEY] = _return_filter(store, recipient).shared_lessons(lessons)
    if passphrase is not None:
        scope["device_card"] = identity.keys.public.to_dict()
    manifest = write_bundle(
        destination,
        device=identity.keys,
        manifest={
            "schema_version": SCHEMA_VERSION,
            "kind": BundleKind.FULL if full else BundleKind.DELTA,
            "privacy_profile": profile,
            "scope": scope,
            "created_hlc": store.clock.now(),
            "acknowledgements": acknowledgements(store.db),
        },
        records=records(),
        blobs=blobs,
        recipients=[recipient.age_recipient] if recipient is not None else (),
        passphrase=passphrase,
        work_dir=store.home,
    )
    store.record_audit(
        "export",
        {
            "file": destination.name,
            "bundle_id": manifest.bundle_id,
            "profile": profile,
            "records": manifest.record_count,
            "photos": manifest.blob_count,
        },
    )
    return ExportResult(
        destination,
        manifest.bundle_id,
        manifest.kind.value,
        profile,
        manifest.record_count,
        manifest.blob_count,
        through,
    )


def export_receipt(
    store: Store, identity: Identity, destination: Path, *, recipient: DevicePublicKey
) -> ExportResult:
    """A small file that only acknowledges what this database has received."""
    manifest = write_bundle(
        destination,
        device=identity.keys,
        manifest={
            "schema_version": SCHEMA_VERSION,
            "kind": BundleKind.RECEIPT,
            "privacy_profile": "full",
            "scope": {"database_device": store.device_id},
            "created_hlc": store.clock.now(),
            "acknowledgements": acknowledgements(store.db),
        },
        records=(),
        recipients=[recipient.age_recipient],
        work_dir=store.home,
    )
    return ExportResult(destination, manifest.bundle_id, "receipt", "full", 0, 0, 0)


def _export_province(
    store: Store, identity: Identity, destination: Path, *, recipient: DevicePublicKey | None
) -> ExportResult:
    """Aggregates only, for the province: a separate path that never reads a record out."""
    from mentor_desk.sync.province import PROVINCE_PROFILE, export_province_bundle

    if recipient is None:
        raise UnknownProfileError(
            "the province profile needs a recipient (--to)",
            message_th="ไฟล์สรุปสำหรับจังหวัดต้องระบุผู้รับ (--to)",
        )
    written = export_province_bundle(store, identity, destination, recipient=recipient)
    store.record_audit(
        "export",
        {
            "file": destination.name,
            "bundle_id": written.bundle_id,
            "profile": PROVINCE_PROFILE,
            "rows": written.rows,
        },
    )
    return ExportResult(
        destination, written.bundle_id, "full", PROVINCE_PROFILE, written.rows, 0, 0
    )


def default_profile(
    store: Store, recipient: DevicePublicKey | None, *, passphrase: str | None
) -> str:
    """The privacy profile an export uses when none is asked for."""
    if passphrase is not None:
        return "full"
    profile = store.profile
    district_here = profile is not None and profile.role == "district"
    if district_here and recipient is not None and recipient.role == DeviceRole.MENTOR:
        return RETURN_PROFILE
    if district_here and recipient is not None:
        # Another district-role installation above this one is the province: figures only,
        # unless a records profile is asked for by name.
        return "province"
    return "district"


def _states(
    store: Store, *, since: int, profile: str, recipient: DevicePublicKey | None
) -> Iterator[RecordState]:
    everything = (s for table in TABLES for s in states_changed_since(store.db, table, since))
    if profile == "full":
        return everything
    if profile == RETURN_PROFILE and recipient is not None:
        return _return_filter(store, recipient).apply(everything)
    district = _district_filter(store)
    # An erasure holds no personal data and must reach every copy, consent or not.
    return (out for s in everything for out in ([s] if s.erased else district.apply([s])))


def _district_filter(store: Store) -> DistrictFilter:
    sharing, photos = _consents(store)
    return DistrictFilter(sharing=sharing, photo_consent=photos)


def _return_filter(store: Store, recipient: DevicePublicKey) -> ReturnFilter:
    """The return profile for one mentor: their databases are those whose files came
    signed by the mentor's key."""
    databases = {
        database
        for database, known in known_devices(store.db).items()
        if known.origin_device == recipient.device_id
    }
    return ReturnFilter(recipient_databases=databases, own=_district_filter(store))


def _consents(store: Store) -> tuple[set[str], set[str]]:
    rows = store.db.execute("SELECT id, consent_share, consent_photos FROM households").fetchall()
    sharing = {row[0] for row in rows if row[1]}
    photos = {row[0] for row in rows if row[1] and row[2]}
    return sharing, photos


def _gather_photos(store: Store, state: RecordState, blobs: dict[str, Path]) -> None:
    for _, _, value in state.fields.get("photos", ()):
        for photo in value or []:
            path = store.photo_path(photo["sha256"])
            if path.is_file():
                blobs[photo["sha256"]] = path
