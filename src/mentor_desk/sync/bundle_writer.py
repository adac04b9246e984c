"""Writing a bundle: records and blobs into a signed ZIP, encrypted with age, published atomically.

The plaintext ZIP is built in a private temporary folder on the local disk (never on the USB
stick, where a pulled stick would leave personal data in the clear), streamed record by
record. It is then encrypted straight into a hidden `.partial` file beside the destination,
flushed to the device, and renamed over the destination: the destination either does not
change or holds the complete bundle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from mentor_desk.sync._files import partial_file_beside, publish
from mentor_desk.sync.encryption import (
    encrypt_to_recipients,
    encrypt_with_passphrase,
    parse_recipients,
)
from mentor_desk.sync.errors import BundleWriteError, LimitExceededError
from mentor_desk.sync.keys import DeviceKeys
from mentor_desk.sync.limits import DEFAULT_LIMITS, BundleLimits
from mentor_desk.sync.manifest import (
    FIRST_READER_VERSION,
    MANIFEST_NAME,
    RECORDS_NAME,
    SHARED_VALUES_READER_VERSION,
    SIGNATURE_NAME,
    Manifest,
    MemberDigest,
    blob_member_name,
    build_manifest,
    is_sha256_hex,
    manifest_from_dict,
    signed_message,
)
from mentor_desk.sync.records import record_line
from mentor_desk.sync.strict_json import canonical_json

BlobSource = bytes | Path
Blobs = Mapping[str, BlobSource] | Iterable[tuple[str, BlobSource]]

_WRITE_CHUNK_BYTES = 1024 * 1024
# A fixed member time keeps the plaintext ZIP a function of its contents alone.
_MEMBER_TIME = (1980, 1, 1, 0, 0, 0)
_COMPRESS_LEVEL = 6


def write_bundle(
    destination: Path,
    *,
    device: DeviceKeys,
    manifest: Mapping[str, Any],
    records: Iterable[Mapping[str, Any]],
    blobs: Blobs = (),
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
    limits: BundleLimits = DEFAULT_LIMITS,
    work_dir: Path | None = None,
) -> Manifest:
    """Write a signed, encrypted bundle to `destination` and return its manifest.

    `manifest` holds the caller's fields (see `manifest.build_manifest`); `records` is
    consumed once, lazily; `blobs` maps SHA-256 hex to bytes or to a file path. Encrypt to
    age `recipients` ("age1...") or with a `passphrase`, not both. `work_dir` is where the
    plaintext ZIP is built (a private temporary folder is made inside it; default: the
    system's temporary folder). If anything fails, including `records` raising to cancel,
    nothing is left at `destination`.
    """
    if bool(recipients) == (passphrase is not None):
        raise ValueError("give either recipients or a passphrase")
    if passphrase == "":
        raise ValueError("an empty passphrase protects nothing")
    if recipients:
        parse_recipients(recipients)  # fail before the export work, not after it
    try:
        with tempfile.TemporaryDirectory(
            prefix="mentor-desk-export-", dir=work_dir, ignore_cleanup_errors=True
        ) as tmp:
            plain = Path(tmp) / "bundle.zip"
            written = _write_plain_archive(
                plain, device=device, fields=manifest, records=records, blobs=blobs, limits=limits
            )
            with partial_file_beside(destination) as partial:
                if passphrase is not None:
                    encrypt_with_passphrase(
                        plain,
                        partial,
                        passphrase=passphrase,
                        max_bytes=limits.max_passphrase_bundle_bytes,
                    )
                else:
                    encrypt_to_recipients(plain, partial, recipients=recipients)
                size = partial.stat().st_size
                if size > limits.max_bundle_bytes:
                    raise LimitExceededError(
                        f"bundle of {size} bytes exceeds {limits.max_bundle_bytes}",
                        message_th="ข้อมูลมากเกินกว่าจะรวมไว้ในไฟล์เดียว กรุณาส่งออกเป็นหลายไฟล์",
                    )
                publish(partial, destination)
    except OSError as exc:
        raise BundleWriteError(f"writing {destination.name}: {exc}") from exc
    return written


def _write_plain_archive(
    path: Path,
    *,
    device: DeviceKeys,
    fields: Mapping[str, Any],
    records: Iterable[Mapping[str, Any]],
    blobs: Blobs,
    limits: BundleLimits,
) -> Manifest:
    with zipfile.ZipFile(
        path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=_COMPRESS_LEVEL
    ) as archive:
        members: dict[str, MemberDigest] = {}
        members[RECORDS_NAME], record_count, reader = _write_records(
            archive, records, limits=limits
        )
        for digest, source in blobs.items() if isinstance(blobs, Mapping) else blobs:
            name = blob_member_name(digest) if is_sha256_hex(digest) else ""
            if not name:
                raise ValueError(f"blob key {digest!r} is not a lowercase SHA-256 hex digest")
            if name in members:
                continue  # content-addressed: the same digest is the same bytes
            if len(members) + 3 > limits.max_members:  # with this blob, manifest and signature
                raise LimitExceededError(f"more than {limits.max_members - 3} blobs")
            members[name] = _write_blob(archive, name, digest, source, limits=limits)
        if sum(member.size for member in members.values()) > limits.max_total_bytes:
            raise LimitExceededError(f"contents exceed {limits.max_total_bytes} bytes")
        raw = build_manifest(
            fields,
            origin_device=device.device_id,
            members=members,
            record_count=record_count,
            created_at=dt.datetime.now(dt.UTC),
            min_reader_version=reader,
        )
        manifest_bytes = canonical_json(raw, max_depth=limits.max_json_depth)
        if len(manifest_bytes) > limits.max_manifest_bytes:
            raise LimitExceededError(f"manifest of {len(manifest_bytes)} bytes is too large")
        archive.writestr(_member_info(MANIFEST_NAME, compressed=True), manifest_bytes)
        archive.writestr(
            _member_info(SIGNATURE_NAME, compressed=False),
            device.sign(signed_message(manifest_bytes)),
        )
    return manifest_from_dict(raw)


def _member_info(name: str, *, compressed: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_MEMBER_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    return info


def _write_records(
    archive: zipfile.ZipFile, records: Iterable[Mapping[str, Any]], *, limits: BundleLimits
) -> tuple[MemberDigest, int, int]:
    """Write records.jsonl; returns its digest, its record count and the reader version
    its lines need."""
    sha = hashlib.sha256()
    size = count = 0
    reader = FIRST_READER_VERSION
    pending: list[bytes] = []
    pending_bytes = 0
    info = _member_info(RECORDS_NAME, compressed=True)
    with archive.open(info, "w", force_zip64=True) as out:

        def flush() -> None:
            nonlocal pending_bytes
            chunk = b"".join(pending)
            sha.update(chunk)
            out.write(chunk)
            pending.clear()
            pending_bytes = 0

        for record in records:
            line = record_line(
                record, max_depth=limits.max_json_depth, max_line_bytes=limits.max_record_line_bytes
            )
            count += 1
            size += len(line)
            if "values" in record:
                reader = SHARED_VALUES_READER_VERSION
            if count > limits.max_records or size > limits.max_records_bytes:
                raise LimitExceededError(
                    f"records exceed {limits.max_records} or {limits.max_records_bytes} bytes",
                    message_th="ข้อมูลมากเกินกว่าจะรวมไว้ในไฟล์เดียว กรุณาส่งออกเป็นหลายไฟล์",
                )
            pending.append(line)
            pending_bytes += len(line)
            if pending_bytes >= _WRITE_CHUNK_BYTES:
                flush()
        flush()
    written = archive.getinfo(RECORDS_NAME)
    if (
        written.file_size > limits.ratio_check_min_bytes
        and written.file_size > limits.max_compression_ratio * max(written.compress_size, 1)
    ):
        # Real records never compress this well; readers would take it for a zip bomb.
        raise LimitExceededError(
            f"records compress {written.file_size}/{written.compress_size}, beyond the ratio limit"
        )
    return MemberDigest(sha256=sha.hexdigest(), size=size), count, reader


def _write_blob(
    archive: zipfile.ZipFile,
    name: str,
    digest: str,
    source: BlobSource,
    *,
    limits: BundleLimits,
) -> MemberDigest:
    # Attachments are photos, already compressed: storing them saves time and keeps the
    # ratio check meaningful.
    info = _member_info(name, compressed=False)
    sha = hashlib.sha256()
    size = 0
    with archive.open(info, "w") as out:
        if isinstance(source, bytes):
            chunks: Iterable[bytes] = (source,)
        else:
            chunks = _file_chunks(source)
        for chunk in chunks:
            size += len(chunk)
            if size > limits.max_blob_bytes:
                raise LimitExceededError(f"blob {digest} exceeds {limits.max_blob_bytes} bytes")
            sha.update(chunk)
            out.write(chunk)
    if sha.hexdigest() != digest:
        raise BundleWriteError(
            f"blob content does not match its digest {digest}",
            message_th="ไฟล์แนบบางไฟล์เสียหายหรือถูกเปลี่ยน กรุณาตรวจข้อมูลก่อนส่งออกอีกครั้ง",
        )
    return MemberDigest(sha256=digest, size=size)


def _file_chunks(path: Path) -> Iterable[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(_WRITE_CHUNK_BYTES):
            yield chunk
