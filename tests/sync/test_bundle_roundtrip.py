"""Writing and reading bundles: what goes in comes out, and failed writes leave nothing."""

from __future__ import annotations

import hashlib
import math
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyrage
import pytest

from mentor_desk.sync.container import (
    BundleKind,
    BundleLimits,
    Protection,
    detect_protection,
    open_bundle,
    peek_bundle,
    write_bundle,
)
from mentor_desk.sync.errors import (
    BundleWriteError,
    InvalidRecordError,
    LimitExceededError,
)
from mentor_desk.sync.keys import generate_device_keys
from mentor_desk.sync.manifest import MANIFEST_NAME, RECORDS_NAME, SIGNATURE_NAME
from tests.sync.bundle_forge import (
    BASE_FIELDS,
    PASSPHRASE,
    PHOTO,
    PHOTO_SHA,
    SyncWorld,
    decrypt_members,
    refused,
    sample_records,
)


def test_records_blobs_and_manifest_come_back_as_written(world: SyncWorld) -> None:
    with open_bundle(world.bundle, trust=world.trust, keys=world.district) as bundle:
        assert list(bundle.records()) == world.records
        assert list(bundle.records()) == world.records  # iterable more than once
        assert bundle.blob_digests == {PHOTO_SHA}
        assert bundle.read_blob(PHOTO_SHA) == PHOTO
        with bundle.open_blob(PHOTO_SHA) as stream:
            assert hashlib.sha256(stream.read()).hexdigest() == PHOTO_SHA
        with pytest.raises(KeyError):
            bundle.read_blob("0" * 64)
        manifest = bundle.manifest
        assert bundle.device.public_key == world.mentor.public
        assert bundle.protection is Protection.RECIPIENTS
    assert manifest.origin_device == world.mentor.device_id
    assert manifest.kind is BundleKind.DELTA
    assert manifest.record_count == 40 and manifest.blob_count == 1
    assert manifest.scope == {"village": "บ้านนาเหลือง"}
    assert manifest.acknowledgements == {"district-1": 17}
    assert manifest.created_hlc == 116_183_749_017_600_000
    assert manifest.members[f"blobs/{PHOTO_SHA}"].size == len(PHOTO)


def test_the_zip_holds_exactly_the_documented_members(world: SyncWorld) -> None:
    names = [name for name, _ in decrypt_members(world.bundle, world.district.age_identity)]
    assert sorted(names) == sorted(
        [RECORDS_NAME, f"blobs/{PHOTO_SHA}", MANIFEST_NAME, SIGNATURE_NAME]
    )
    records = dict(decrypt_members(world.bundle, world.district.age_identity))[RECORDS_NAME]
    first_line = records.split(b"\n", 1)[0]
    assert first_line.startswith(b'{"fields":{"date":"2026-03-01"')  # canonical: sorted keys
    assert "ครอบครัวที่ 0".encode() in first_line  # Thai stays UTF-8, not \u escapes


def test_peek_reads_the_manifest_only(world: SyncWorld) -> None:
    preview = peek_bundle(world.bundle, trust=world.trust, keys=world.district)
    assert preview.manifest.record_count == 40
    assert preview.device.device_id == world.mentor.device_id


def test_every_recipient_can_open_it_and_blobs_may_come_from_files(
    world: SyncWorld, tmp_path: Path
) -> None:
    backup = generate_device_keys(tmp_path / "backup", display_name="สำรอง", role="district")
    photo_file = tmp_path / "photo.jpg"
    photo_file.write_bytes(PHOTO)
    target = tmp_path / "two-recipients.mdbundle"
    write_bundle(
        target,
        device=world.mentor,
        manifest=BASE_FIELDS,
        records=iter(sample_records(3)),
        blobs=[(PHOTO_SHA, photo_file), (PHOTO_SHA, PHOTO)],
        recipients=[world.district.public.age_recipient, backup.public.age_recipient],
    )
    for keys in (world.district, backup):
        with open_bundle(target, trust=world.trust, keys=keys) as bundle:
            assert list(bundle.records()) == sample_records(3)
            assert bundle.read_blob(PHOTO_SHA) == PHOTO


def test_passphrase_round_trip(world: SyncWorld, passphrase_bundle: Path) -> None:
    assert detect_protection(passphrase_bundle) is Protection.PASSPHRASE
    assert detect_protection(world.bundle) is Protection.RECIPIENTS
    with open_bundle(passphrase_bundle, trust=world.trust, passphrase=PASSPHRASE) as bundle:
        assert list(bundle.records()) == sample_records(5)
        assert bundle.read_blob(PHOTO_SHA) == PHOTO
        assert bundle.manifest.kind is BundleKind.FULL
        assert bundle.protection is Protection.PASSPHRASE


def test_a_receipt_with_no_records_round_trips(world: SyncWorld, tmp_path: Path) -> None:
    target = tmp_path / "receipt.mdbundle"
    written = write_bundle(
        target,
        device=world.mentor,
        manifest={**BASE_FIELDS, "kind": BundleKind.RECEIPT, "acknowledgements": {"m": 3}},
        records=[],
        recipients=[world.district.public.age_recipient],
    )
    with open_bundle(target, trust=world.trust, keys=world.district) as bundle:
        assert list(bundle.records()) == []
        assert bundle.manifest == written
        assert bundle.manifest.acknowledgements == {"m": 3}
        assert bundle.manifest.min_reader_version == 1  # an older app reads receipts too


def test_the_decrypted_copy_is_removed_on_close_and_on_refusal(
    world: SyncWorld, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    with open_bundle(world.bundle, trust=world.trust, keys=world.district, work_dir=work):
        assert len(list(work.iterdir())) == 1
    assert list(work.iterdir()) == []
    truncated = tmp_path / "cut.mdbundle"
    truncated.write_bytes(world.bundle.read_bytes()[:-100])
    with pytest.raises(Exception):  # noqa: B017 - any refusal; the folder is what matters
        open_bundle(truncated, trust=world.trust, keys=world.district, work_dir=work)
    assert list(work.iterdir()) == []


def _records_then_cancel() -> Iterator[dict[str, Any]]:
    yield from sample_records(10)
    raise KeyboardInterrupt  # stands for the user pressing "cancel"


def test_a_failed_write_leaves_the_old_file_and_no_partials(
    world: SyncWorld, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "export.mdbundle"
    target.parent.mkdir()
    target.write_bytes(b"previous export")
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(KeyboardInterrupt):
        write_bundle(
            target,
            device=world.mentor,
            manifest=BASE_FIELDS,
            records=_records_then_cancel(),
            recipients=[world.district.public.age_recipient],
            work_dir=work,
        )
    assert target.read_bytes() == b"previous export"
    assert list(target.parent.iterdir()) == [target]
    assert list(work.iterdir()) == []


def test_a_write_into_a_missing_folder_is_a_write_error(world: SyncWorld, tmp_path: Path) -> None:
    with refused(BundleWriteError):
        write_bundle(
            tmp_path / "unplugged-stick" / "export.mdbundle",
            device=world.mentor,
            manifest=BASE_FIELDS,
            records=sample_records(1),
            recipients=[world.district.public.age_recipient],
        )


@pytest.mark.parametrize(
    "record",
    [
        {"value": math.nan},
        {"value": 2**64},
        {"value": "\udc00"},
        ["not", "an", "object"],
    ],
)
def test_the_writer_refuses_records_the_reader_would_refuse(
    world: SyncWorld, tmp_path: Path, record: Any
) -> None:
    target = tmp_path / "bad.mdbundle"
    with refused(InvalidRecordError):
        write_bundle(
            target,
            device=world.mentor,
            manifest=BASE_FIELDS,
            records=[{"fine": 1}, record],
            recipients=[world.district.public.age_recipient],
        )
    assert list(tmp_path.iterdir()) == []


def test_the_writer_keeps_within_the_reader_limits(world: SyncWorld, tmp_path: Path) -> None:
    small = BundleLimits(max_record_line_bytes=100, max_blob_bytes=1000)
    common = {
        "device": world.mentor,
        "manifest": BASE_FIELDS,
        "recipients": [world.district.public.age_recipient],
        "limits": small,
    }
    with refused(LimitExceededError):
        write_bundle(tmp_path / "a", records=[{"text": "x" * 200}], **common)  # type: ignore[arg-type]
    with refused(LimitExceededError):
        write_bundle(tmp_path / "b", records=[], blobs={PHOTO_SHA: PHOTO}, **common)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_a_blob_that_does_not_match_its_digest_is_refused(world: SyncWorld, tmp_path: Path) -> None:
    with refused(BundleWriteError):
        write_bundle(
            tmp_path / "out.mdbundle",
            device=world.mentor,
            manifest=BASE_FIELDS,
            records=[],
            blobs={PHOTO_SHA: PHOTO + b"!"},
            recipients=[world.district.public.age_recipient],
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "bad_call",
    [
        {"recipients": [], "passphrase": None},
        {"recipients": ["age1xyz"], "passphrase": "both"},
        {"recipients": ["age1notarecipient"]},
        {"manifest": {**BASE_FIELDS, "origin_device": "0123456789abcdef"}},
        {"manifest": {"kind": "delta"}},
        {"manifest": {**BASE_FIELDS, "kind": "everything"}},
        {"blobs": {"NOT-A-DIGEST": b""}},
    ],
)
def test_programming_mistakes_are_value_errors(
    world: SyncWorld, tmp_path: Path, bad_call: dict[str, Any]
) -> None:
    call: dict[str, Any] = {
        "device": world.mentor,
        "manifest": BASE_FIELDS,
        "records": [],
        "recipients": [world.district.public.age_recipient],
        **bad_call,
    }
    with pytest.raises(ValueError):
        write_bundle(tmp_path / "out.mdbundle", **call)
    assert list(tmp_path.iterdir()) == []


def test_zip64_end_records_are_understood(
    world: SyncWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # zipfile writes ZIP64 end records past 65,535 members or 2 GiB; make it do so now.
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 1)
    target = tmp_path / "zip64.mdbundle"
    write_bundle(
        target,
        device=world.mentor,
        manifest=BASE_FIELDS,
        records=sample_records(3),
        recipients=[world.district.public.age_recipient],
    )
    plain = pyrage.decrypt(target.read_bytes(), [world.district.age_identity])
    assert plain[-42:-38] == b"PK\x06\x07"  # the ZIP64 locator precedes the end record
    with open_bundle(target, trust=world.trust, keys=world.district) as bundle:
        assert list(bundle.records()) == sample_records(3)
