"""Reading a bundle from an untrusted file: decrypt, bound, verify, then stream its records.

Order of checks, cheapest and most telling first:
1. the file's size, and whether it wants a device key or a passphrase;
2. age decryption into a private temporary folder (any changed or missing byte fails here);
3. the ZIP's structure within limits (names, sizes, ratios, overlaps) before inflating;
4. the manifest as strict JSON, and its minimum reader version ("update the app");
5. the signer: known, not revoked, and the Ed25519 signature over the exact manifest bytes;
6. every manifest field, the schema version, and the set and sizes of members;
7. (open only) the SHA-256 of every blob against the signed manifest.
Records are then parsed lazily, line by line, with the same strict JSON rules, while their
SHA-256 is taken on the way: records.jsonl is inflated once, not once to check and once to
read. The iteration raises at its end if the digest differs, so a reader acts on records
only once it has read them all (the importer merges them in one transaction).
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from mentor_desk.sync.archive import BundleArchive
from mentor_desk.sync.encryption import (
    Protection,
    decrypt_with_identity,
    decrypt_with_passphrase,
    detect_protection,
)
from mentor_desk.sync.errors import (
    BadSignatureError,
    BundleError,
    BundleUnreadableError,
    ContentMismatchError,
    InvalidManifestError,
    InvalidRecordError,
    LimitExceededError,
    RevokedDeviceError,
    SchemaSkewError,
    UntrustedDeviceError,
    WrongKeyError,
    WrongPassphraseError,
)
from mentor_desk.sync.keys import DeviceKeys, is_device_id
from mentor_desk.sync.limits import DEFAULT_LIMITS, BundleLimits
from mentor_desk.sync.manifest import (
    MANIFEST_NAME,
    RECORDS_NAME,
    SIGNATURE_BYTES,
    SIGNATURE_NAME,
    Manifest,
    blob_member_name,
    check_reader_version,
    manifest_from_dict,
    signed_message,
)
from mentor_desk.sync.read_ahead import ReadAhead
from mentor_desk.sync.records import iter_record_lines
from mentor_desk.sync.strict_json import JsonRejected, loads_strict
from mentor_desk.sync.trust import CarriedKeyTrust, TrustedDevice, TrustLookup


@dataclass(frozen=True)
class BundlePreview:
    """What `peek_bundle` learns: the verified manifest and the trusted device that signed it."""

    manifest: Manifest
    device: TrustedDevice
    protection: Protection


class VerifiedBundle:
    """An opened bundle whose signature and blob digests have been verified.

    Made only by `open_bundle`, which verifies them before returning it. Holds a decrypted
    copy in a private temporary folder until closed; use it as a context manager. Records
    are parsed lazily each time `records()` is iterated, and checked against their signed
    digest as they are read: trust them once the iteration has finished without error.
    """

    def __init__(
        self,
        *,
        archive: BundleArchive,
        workspace: tempfile.TemporaryDirectory[str],
        preview: BundlePreview,
        limits: BundleLimits,
    ) -> None:
        self._archive = archive
        self._workspace = workspace
        self._limits = limits
        self.manifest = preview.manifest
        self.device = preview.device
        self.protection = preview.protection
        prefix_length = len(blob_member_name(""))
        self._blob_digests = frozenset(
            name[prefix_length:] for name in self.manifest.members if name != RECORDS_NAME
        )

    def records(self) -> Iterator[dict[str, Any]]:
        """Iterate the records in file order, each a strict-JSON object.

        Raises ContentMismatchError after the last record if records.jsonl differs from its
        signed digest; InvalidRecordError when it meets a bad line, unless the rest of the
        file shows it was changed after signing (then ContentMismatchError, as if it had been
        checked first); LimitExceededError for an oversized line; and InvalidRecordError at
        the end if the count differs from the signed manifest's.
        """
        expected = self.manifest.record_count
        count = 0
        sha = hashlib.sha256()
        read_whole = False

        def hashed_chunks() -> Iterator[bytes]:
            nonlocal read_whole
            for chunk in self._archive.iter_chunks(RECORDS_NAME):
                sha.update(chunk)
                yield chunk
            read_whole = True

        # Inflating and hashing free the interpreter lock: a thread of their own does them
        # a few chunks ahead of the parsing.
        with ReadAhead(hashed_chunks, batch=1, freely=True) as inflater:
            chunks = inflater.items()
            try:
                for record in iter_record_lines(
                    chunks,
                    max_line_bytes=self._limits.max_record_line_bytes,
                    max_depth=self._limits.max_json_depth,
                ):
                    count += 1
                    yield record
            except InvalidRecordError as error:  # (a line over the size limit reads no further)
                try:
                    for _ in chunks:  # the rest of the file: a bad line, or a forged one?
                        pass
                except BundleError:
                    raise error from None
                if read_whole:
                    self._check_records_digest(sha.hexdigest(), cause=error)
                raise
        self._check_records_digest(sha.hexdigest())
        if count != expected:
            raise InvalidRecordError(f"{count} records, the manifest lists {expected}")

    def _check_records_digest(self, sha256: str, *, cause: BaseException | None = None) -> None:
        if sha256 != self.manifest.members[RECORDS_NAME].sha256:
            raise ContentMismatchError(
                f"{RECORDS_NAME} does not match the signed manifest"
            ) from cause

    @property
    def blob_digests(self) -> frozenset[str]:
        """SHA-256 digests (lowercase hex) of the blobs in this bundle."""
        return self._blob_digests

    def open_blob(self, digest: str) -> IO[bytes]:
        """A read stream over one blob (already verified against its digest); KeyError if absent."""
        if digest not in self._blob_digests:
            raise KeyError(digest)
        return self._archive.open(blob_member_name(digest))

    def read_blob(self, digest: str) -> bytes:
        """One blob's bytes (at most `max_blob_bytes`); KeyError if absent."""
        if digest not in self._blob_digests:
            raise KeyError(digest)
        return self._archive.read_small(blob_member_name(digest))

    def _verify_blob_digests(self) -> None:
        """Hash every blob and compare with the signed manifest (streaming, bounded); the
        records are checked as `records()` reads them."""
        for name, expected in self.manifest.members.items():
            if name != RECORDS_NAME and self._archive.digest(name) != expected:
                raise ContentMismatchError(f"{name} does not match the signed manifest")

    def close(self) -> None:
        """Close the archive and delete the decrypted copy."""
        self._archive.close()
        self._workspace.cleanup()

    def __enter__(self) -> VerifiedBundle:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def peek_bundle(
    path: Path,
    *,
    trust: TrustLookup,
    keys: DeviceKeys | None = None,
    passphrase: str | None = None,
    schema_versions: range | None = None,
    limits: BundleLimits = DEFAULT_LIMITS,
    work_dir: Path | None = None,
) -> BundlePreview:
    """Decrypt a bundle and verify its manifest and signature only, for a preview.

    Member digests are not checked here; `open_bundle` and `records()` check them.
    Arguments as for `open_bundle`.
    """
    bundle = _open_with_verified_manifest(
        path,
        trust=trust,
        keys=keys,
        passphrase=passphrase,
        schema_versions=schema_versions,
        limits=limits,
        work_dir=work_dir,
    )
    with bundle:
        return BundlePreview(
            manifest=bundle.manifest, device=bundle.device, protection=bundle.protection
        )


def open_bundle(
    path: Path,
    *,
    trust: TrustLookup,
    keys: DeviceKeys | None = None,
    passphrase: str | None = None,
    schema_versions: range | None = None,
    limits: BundleLimits = DEFAULT_LIMITS,
    work_dir: Path | None = None,
) -> VerifiedBundle:
    """Open and fully verify a bundle; close the result (or use `with`) when done.

    Decrypt with this device's `keys` or with a `passphrase` (exactly one). `trust` says
    which signers are accepted. `schema_versions`, if given, is the range of database schema
    versions the caller can merge. The decrypted copy goes to a private temporary folder
    inside `work_dir` (default: the system's temporary folder). Every refusal is a
    BundleError subclass with a Thai message.
    """
    bundle = _open_with_verified_manifest(
        path,
        trust=trust,
        keys=keys,
        passphrase=passphrase,
        schema_versions=schema_versions,
        limits=limits,
        work_dir=work_dir,
    )
    try:
        bundle._verify_blob_digests()
    except BaseException:
        bundle.close()
        raise
    return bundle


def _open_with_verified_manifest(
    path: Path,
    *,
    trust: TrustLookup,
    keys: DeviceKeys | None,
    passphrase: str | None,
    schema_versions: range | None,
    limits: BundleLimits,
    work_dir: Path | None,
) -> VerifiedBundle:
    """Steps 1-6 of the module docstring. Member digests are not checked yet: `open_bundle`
    checks the blobs before handing the bundle out and `records()` the records as it reads
    them; `peek_bundle` only reads the manifest."""
    if (keys is None) == (passphrase is None):
        raise ValueError("give either this device's keys or a passphrase")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleUnreadableError(f"cannot open {path.name}: {exc}") from exc
    if size > limits.max_bundle_bytes:
        raise LimitExceededError(f"file of {size} bytes exceeds {limits.max_bundle_bytes}")
    protection = _check_protection(path, wants_passphrase=passphrase is not None)
    workspace = tempfile.TemporaryDirectory(
        prefix="mentor-desk-import-", dir=work_dir, ignore_cleanup_errors=True
    )
    try:
        plain = Path(workspace.name) / "bundle.zip"
        if passphrase is not None:
            decrypt_with_passphrase(
                path, plain, passphrase=passphrase, max_bytes=limits.max_passphrase_bundle_bytes
            )
        elif keys is not None:
            decrypt_with_identity(path, plain, identity=keys.age_identity)
        archive = BundleArchive(plain, limits=limits)
    except BaseException:
        workspace.cleanup()
        raise
    try:
        manifest, device = _verified_manifest(
            archive, trust=trust, schema_versions=schema_versions, limits=limits
        )
    except BaseException:
        archive.close()
        workspace.cleanup()
        raise
    preview = BundlePreview(manifest=manifest, device=device, protection=protection)
    return VerifiedBundle(archive=archive, workspace=workspace, preview=preview, limits=limits)


def _check_protection(path: Path, *, wants_passphrase: bool) -> Protection:
    protection = detect_protection(path)
    if wants_passphrase and protection is Protection.RECIPIENTS:
        raise WrongPassphraseError(
            "file is encrypted to device keys, not a passphrase",
            message_th="ไฟล์นี้ส่งถึงเครื่องที่ระบุไว้ ไม่ได้ล็อกด้วยรหัสผ่าน",
        )
    if not wants_passphrase and protection is Protection.PASSPHRASE:
        raise WrongKeyError(
            "file is locked with a passphrase",
            message_th="ไฟล์นี้ล็อกด้วยรหัสผ่าน กรุณาใส่รหัสผ่านเพื่อเปิด",
        )
    return protection


def _verified_manifest(
    archive: BundleArchive,
    *,
    trust: TrustLookup,
    schema_versions: range | None,
    limits: BundleLimits,
) -> tuple[Manifest, TrustedDevice]:
    manifest_bytes = archive.read_small(MANIFEST_NAME)
    signature = archive.read_small(SIGNATURE_NAME)
    try:
        raw = loads_strict(manifest_bytes, max_depth=limits.max_json_depth)
    except JsonRejected as exc:
        raise InvalidManifestError(f"manifest.json: {exc}") from exc
    raw = check_reader_version(raw)
    origin = raw.get("origin_device")
    if not is_device_id(origin):
        raise InvalidManifestError(f"origin_device {str(origin)[:40]!r} is not a device id")
    if isinstance(trust, CarriedKeyTrust):
        device = trust.lookup_in_manifest(origin, raw)
    else:
        device = trust.lookup(origin)
    if device is None:
        raise UntrustedDeviceError(f"device {origin} is not in the trust store")
    if device.revoked:
        raise RevokedDeviceError(f"device {origin} was revoked on {device.revoked_at}")
    if len(signature) != SIGNATURE_BYTES or not device.public_key.verify(
        signature, signed_message(manifest_bytes)
    ):
        raise BadSignatureError(f"manifest signature does not verify for device {origin}")
    manifest = manifest_from_dict(raw)
    if manifest.record_count > limits.max_records:
        raise LimitExceededError(f"{manifest.record_count} records, limit {limits.max_records}")
    _check_schema(manifest.schema_version, schema_versions)
    listed = set(manifest.members)
    present = set(archive.members) - {MANIFEST_NAME, SIGNATURE_NAME}
    if listed != present:
        raise ContentMismatchError(
            f"members not signed: {sorted(present - listed)[:5]}, "
            f"signed but missing: {sorted(listed - present)[:5]}"
        )
    for name, digest in manifest.members.items():
        if archive.members[name].file_size != digest.size:
            raise ContentMismatchError(f"{name} size differs from the signed manifest")
    return manifest, device


def _check_schema(schema_version: int, supported: range | None) -> None:
    if supported is None or schema_version in supported:
        return
    if schema_version >= supported.stop:
        raise SchemaSkewError(
            f"schema {schema_version}, this app merges {supported.start}-{supported.stop - 1}",
            message_th="ข้อมูลในไฟล์มาจากโปรแกรมรุ่นใหม่กว่า กรุณาอัปเดตโปรแกรม Mentor Desk ก่อนนำเข้า",
        )
    raise SchemaSkewError(
        f"schema {schema_version}, this app merges {supported.start}-{supported.stop - 1}",
        message_th="ข้อมูลในไฟล์มาจากโปรแกรมรุ่นเก่าเกินไป กรุณาให้ผู้ส่งอัปเดตโปรแกรมแล้วส่งไฟล์ใหม่",
    )
