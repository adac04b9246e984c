"""Lost, cut, changed or forged files are refused, each with its own error and a Thai message."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentor_desk.sync.container import (
    READER_VERSION,
    BundleLimits,
    open_bundle,
    peek_bundle,
)
from mentor_desk.sync.encryption import AGE_MAGIC
from mentor_desk.sync.errors import (
    BadSignatureError,
    BundleCorruptError,
    BundleError,
    BundleUnreadableError,
    ContentMismatchError,
    InvalidManifestError,
    LimitExceededError,
    NewerFormatError,
    RevokedDeviceError,
    SchemaSkewError,
    UntrustedDeviceError,
    WrongKeyError,
    WrongPassphraseError,
)
from mentor_desk.sync.manifest import MANIFEST_NAME, RECORDS_NAME, SIGNATURE_NAME
from mentor_desk.sync.trust import TrustStore
from tests.sync.bundle_forge import (
    PASSPHRASE,
    PHOTO_SHA,
    SyncWorld,
    decrypt_members,
    encrypt_to,
    member,
    refused,
    replaced,
    with_manifest,
    zip_bytes,
)

AGE_CHUNK = 64 * 1024
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _open(path: Path, world: SyncWorld, **kwargs: Any) -> None:
    options: dict[str, Any] = {"trust": world.trust, "keys": world.district, **kwargs}
    with open_bundle(path, **options) as bundle:
        for _ in bundle.records():
            pass


def _payload_start(data: bytes) -> int:
    """Offset of the first byte after the age header (the payload nonce)."""
    mac_line = data.index(b"\n--- ") + 1
    return data.index(b"\n", mac_line) + 1


def _forged(world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]]) -> Path:
    return encrypt_to(
        tmp_path / "forged.mdbundle", zip_bytes(members), world.district.public.age_recipient
    )


@pytest.fixture
def members(world: SyncWorld) -> list[tuple[str, bytes]]:
    return decrypt_members(world.bundle, world.district.age_identity)


# --- the encrypted file ---------------------------------------------------------------------


def _age_boundaries(data: bytes) -> list[int]:
    """Cuts where a naive reader would see a complete file: header and 64 KiB chunk edges."""
    start = _payload_start(data)
    chunk_edges = [start + 16 + n * (AGE_CHUNK + 16) for n in (1, 2)]
    return [0, 5, len(AGE_MAGIC), start - 1, start, start + 16, *chunk_edges, len(data) - 1]


@FUZZ
@given(data=st.data())
def test_truncation_anywhere_is_refused_as_corrupt(world: SyncWorld, data: Any) -> None:
    original = world.bundle.read_bytes()
    boundary_or_any = st.sampled_from(_age_boundaries(original)) | st.integers(
        min_value=0, max_value=len(original) - 1
    )
    cut = data.draw(boundary_or_any, label="cut")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cut.mdbundle"
        path.write_bytes(original[:cut])
        with refused(BundleCorruptError):
            _open(path, world)


@FUZZ
@given(data=st.data())
def test_any_flipped_byte_is_refused(world: SyncWorld, data: Any) -> None:
    original = world.bundle.read_bytes()
    position = data.draw(st.integers(min_value=0, max_value=len(original) - 1), label="position")
    flip = data.draw(st.integers(min_value=1, max_value=255), label="xor")
    damaged = bytearray(original)
    damaged[position] ^= flip
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "flipped.mdbundle"
        path.write_bytes(bytes(damaged))
        with pytest.raises(BundleError) as info:
            _open(path, world)
    # A damaged recipient stanza cannot be told apart from a file meant for someone else;
    # anywhere else the damage is reported as such.
    if position >= _payload_start(original) or position < len(AGE_MAGIC):
        assert type(info.value) is BundleCorruptError
    else:
        assert type(info.value) in (BundleCorruptError, WrongKeyError)


def test_a_file_for_another_device_is_refused(world: SyncWorld) -> None:
    with refused(WrongKeyError):
        _open(world.bundle, world, keys=world.stranger)


def test_passphrase_mistakes_are_refused(world: SyncWorld, passphrase_bundle: Path) -> None:
    with refused(WrongPassphraseError):
        _open(passphrase_bundle, world, keys=None, passphrase="ผิด")
    with refused(WrongPassphraseError):  # a key-encrypted file opened with a passphrase
        _open(world.bundle, world, keys=None, passphrase=PASSPHRASE)
    with refused(WrongKeyError):  # a passphrase file opened with a key
        _open(passphrase_bundle, world)


def test_a_passphrase_bundle_over_its_memory_cap_is_refused(
    world: SyncWorld, passphrase_bundle: Path
) -> None:
    limits = BundleLimits(max_passphrase_bundle_bytes=1000)
    with refused(LimitExceededError):
        _open(passphrase_bundle, world, keys=None, passphrase=PASSPHRASE, limits=limits)


def test_missing_file_and_non_bundles_are_refused(world: SyncWorld, tmp_path: Path) -> None:
    with refused(BundleUnreadableError):
        _open(tmp_path / "gone.mdbundle", world)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a bundle")
    with refused(BundleCorruptError):
        _open(tmp_path / "photo.jpg", world)
    not_a_zip = encrypt_to(tmp_path / "x.mdbundle", b"hello", world.district.public.age_recipient)
    with refused(BundleCorruptError):
        _open(not_a_zip, world)


def test_a_file_over_the_size_limit_is_refused_before_decrypting(world: SyncWorld) -> None:
    with refused(LimitExceededError):
        _open(world.bundle, world, limits=BundleLimits(max_bundle_bytes=1000))


# --- who signed it --------------------------------------------------------------------------


def test_a_bundle_from_an_unknown_device_is_refused(world: SyncWorld, tmp_path: Path) -> None:
    with refused(UntrustedDeviceError):
        _open(world.bundle, world, trust=TrustStore(tmp_path))


def test_a_bundle_from_a_revoked_device_is_refused(world: SyncWorld, tmp_path: Path) -> None:
    store = TrustStore(tmp_path)
    store.trust(world.mentor.public)
    store.revoke(world.mentor.device_id)
    with refused(RevokedDeviceError):
        _open(world.bundle, world, trust=store)
    with refused(RevokedDeviceError):
        peek_bundle(world.bundle, trust=store, keys=world.district)


def test_a_manifest_changed_without_re_signing_is_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]]
) -> None:
    manifest = json.loads(member(members, MANIFEST_NAME))
    manifest["privacy_profile"] = "full"
    forged = _forged(world, tmp_path, with_manifest(members, manifest, signer=None))
    with refused(BadSignatureError):
        _open(forged, world)


def test_a_manifest_re_signed_by_another_key_is_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]]
) -> None:
    manifest = json.loads(member(members, MANIFEST_NAME))
    manifest["scope"] = {"village": "ที่อื่น"}
    forged = _forged(world, tmp_path, with_manifest(members, manifest, signer=world.stranger))
    with refused(BadSignatureError):
        _open(forged, world)


@pytest.mark.parametrize("signature", [b"", b"\x00" * 64, b"\x00" * 63])
def test_a_missing_or_malformed_signature_is_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]], signature: bytes
) -> None:
    forged = _forged(world, tmp_path, replaced(members, SIGNATURE_NAME, signature))
    with refused(BadSignatureError):
        _open(forged, world)


def test_a_bundle_without_a_signature_member_is_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]]
) -> None:
    unsigned = [(name, data) for name, data in members if name != SIGNATURE_NAME]
    with refused(BadSignatureError):
        _open(_forged(world, tmp_path, unsigned), world)


# --- what it holds ----------------------------------------------------------------------------


def test_records_changed_after_signing_are_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]]
) -> None:
    records = member(members, RECORDS_NAME)
    same_size = records.replace(b'"mode":"home"', b'"mode":"fake"', 1)
    assert len(same_size) == len(records) and same_size != records
    with refused(ContentMismatchError):
        _open(_forged(world, tmp_path, replaced(members, RECORDS_NAME, same_size)), world)
    longer = records + b'{"table":"visits","id":"injected"}\n'
    with refused(ContentMismatchError):
        _open(_forged(world, tmp_path, replaced(members, RECORDS_NAME, longer)), world)
    # A line broken after signing is reported as the forgery it is, not as a bad line.
    broken = records.replace(b'"mode":"home"', b'"mode":[home"', 1)
    assert len(broken) == len(records)
    with refused(ContentMismatchError):
        _open(_forged(world, tmp_path, replaced(members, RECORDS_NAME, broken)), world)


def test_a_changed_blob_is_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]]
) -> None:
    name = f"blobs/{PHOTO_SHA}"
    damaged = bytearray(member(members, name))
    damaged[1000] ^= 1
    with refused(ContentMismatchError):
        _open(_forged(world, tmp_path, replaced(members, name, bytes(damaged))), world)


def test_unsigned_extra_or_missing_members_are_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]]
) -> None:
    extra = [*members, ("blobs/" + "a" * 64, b"smuggled")]
    with refused(ContentMismatchError):
        _open(_forged(world, tmp_path, extra), world)
    missing = [(name, data) for name, data in members if not name.startswith("blobs/")]
    with refused(ContentMismatchError):
        _open(_forged(world, tmp_path, missing), world)


def test_peek_checks_the_signature_but_not_member_digests(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]]
) -> None:
    records = member(members, RECORDS_NAME)
    flipped = records.replace(b"home", b"hoMe", 1)
    forged = _forged(world, tmp_path, replaced(members, RECORDS_NAME, flipped))
    assert peek_bundle(forged, trust=world.trust, keys=world.district).manifest.record_count == 40
    with refused(ContentMismatchError):
        _open(forged, world)


# --- versions -------------------------------------------------------------------------------


def test_a_bundle_for_a_newer_reader_asks_to_update_the_app(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]]
) -> None:
    manifest = json.loads(member(members, MANIFEST_NAME))
    manifest["format_version"] = manifest["min_reader_version"] = READER_VERSION + 1
    manifest["members"] = "a future layout"
    signed = _forged(world, tmp_path, with_manifest(members, manifest, signer=world.mentor))
    with refused(NewerFormatError) as info:
        _open(signed, world)
    assert "อัปเดต" in info.value.message_th
    # Checked before the signature: a future signing scheme still gets the helpful message.
    unsigned = _forged(world, tmp_path, with_manifest(members, manifest, signer=None))
    with refused(NewerFormatError):
        _open(unsigned, world)


def test_a_newer_format_readable_by_this_reader_is_accepted(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]]
) -> None:
    manifest = json.loads(member(members, MANIFEST_NAME))
    manifest["format_version"] = READER_VERSION + 1
    manifest["a_future_optional_key"] = {"ignored": True}
    signed = _forged(world, tmp_path, with_manifest(members, manifest, signer=world.mentor))
    with open_bundle(signed, trust=world.trust, keys=world.district) as bundle:
        assert list(bundle.records()) == world.records


def test_schema_skew_is_refused_both_ways(world: SyncWorld) -> None:
    with refused(SchemaSkewError) as newer:
        _open(world.bundle, world, schema_versions=range(0, 1))
    with refused(SchemaSkewError) as older:
        _open(world.bundle, world, schema_versions=range(2, 4))
    assert "ใหม่กว่า" in newer.value.message_th
    assert "เก่า" in older.value.message_th
    _open(world.bundle, world, schema_versions=range(1, 2))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"format": "something-else"}, InvalidManifestError),
        ({"min_reader_version": "1"}, InvalidManifestError),
        ({"origin_device": "../../etc"}, InvalidManifestError),
        ({"bundle_id": "not-a-uuid"}, InvalidManifestError),
        ({"kind": "everything"}, InvalidManifestError),
        ({"privacy_profile": "Full Profile!"}, InvalidManifestError),
        ({"created_at": "yesterday"}, InvalidManifestError),
        ({"created_at": "2026-03-01T10:00:00"}, InvalidManifestError),
        ({"created_hlc": -1}, InvalidManifestError),
        ({"counts": {"records": -1, "blobs": 1}}, InvalidManifestError),
        ({"counts": {"records": 40, "blobs": 2}}, InvalidManifestError),
        ({"schema_version": True}, InvalidManifestError),
        ({"scope": []}, InvalidManifestError),
        ({"members": {}}, InvalidManifestError),
        ({"members": {"../x": {"sha256": "0" * 64, "size": 1}}}, InvalidManifestError),
        ({"counts": {"records": 10**9, "blobs": 1}}, LimitExceededError),
    ],
)
def test_signed_but_malformed_manifests_are_refused(
    world: SyncWorld,
    tmp_path: Path,
    members: list[tuple[str, bytes]],
    change: dict[str, Any],
    expected: type[BundleError],
) -> None:
    manifest = {**json.loads(member(members, MANIFEST_NAME)), **change}
    forged = _forged(world, tmp_path, with_manifest(members, manifest, signer=world.mentor))
    with refused(expected):
        _open(forged, world)


@pytest.mark.parametrize(
    "manifest_text",
    [
        b'{"format": "mentor-desk-bundle", "min_reader_version": NaN}',
        b'{"format": "mentor-desk-bundle", "format": "mentor-desk-bundle"}',
        b'{"format": "mentor-desk-bundle", "min_reader_version": 99999999999999999999999}',
        b'{"format": "mentor-desk-bundle", "scope": ' + b"[" * 50 + b"]" * 50 + b"}",
        b"\xff\xfe{}",
        b"[]",
    ],
)
def test_manifests_outside_strict_json_are_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]], manifest_text: bytes
) -> None:
    forged_members = replaced(members, MANIFEST_NAME, manifest_text)
    with refused(InvalidManifestError):
        _open(_forged(world, tmp_path, forged_members), world)
