"""Tools for building bundles the real writer never would: tampered, unsigned, malformed.

Tests take a good bundle apart (`decrypt_members`), change what they want, put the ZIP back
together with any member names and compression (`zip_bytes`), optionally re-sign the
manifest, and encrypt it again to the district's key (`encrypt_to`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import re
import struct
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import pytest
from pyrage import x25519

from mentor_desk.sync.errors import BundleError
from mentor_desk.sync.keys import DeviceKeys
from mentor_desk.sync.manifest import (
    MANIFEST_NAME,
    RECORDS_NAME,
    SIGNATURE_NAME,
    MemberDigest,
    blob_member_name,
    build_manifest,
    signed_message,
)
from mentor_desk.sync.strict_json import canonical_json
from mentor_desk.sync.trust import TrustStore

Members = list[tuple[str, bytes]]
PHOTO = bytes(range(256)) * 600  # 150 KiB, several age chunks
PHOTO_SHA = hashlib.sha256(PHOTO).hexdigest()


def sample_records(count: int) -> list[dict[str, Any]]:
    """Records shaped like visits, with Thai text, nesting, nulls and numbers."""
    return [
        {
            "table": "visits",
            "id": f"00000000-0000-4000-8000-{index:012d}",
            "fields": {
                "date": "2026-03-01",
                "mode": "home",
                "observations": f"ครอบครัวที่ {index} สบายดี เด็กไปโรงเรียนทุกวัน",
                "topics": ["parenting", "education"],
                "risk_after": None,
                "members_met": index % 5,
                "score_hint": 0.5,
            },
        }
        for index in range(count)
    ]


@dataclass(frozen=True)
class SyncWorld:
    """A mentor, a district that trusts the mentor, and one good bundle between them."""

    mentor: DeviceKeys
    district: DeviceKeys
    stranger: DeviceKeys
    trust: TrustStore
    bundle: Path
    records: list[dict[str, Any]]


THAI = re.compile(r"[\u0e00-\u0e7f]")
PASSPHRASE = "ไม้ดอกสีม่วง 2569"
BASE_FIELDS: dict[str, Any] = {
    "schema_version": 1,
    "kind": "delta",
    "privacy_profile": "mentor-to-district",
}


@contextlib.contextmanager
def refused(error_class: type[BundleError]) -> Iterator[pytest.ExceptionInfo[BundleError]]:
    """Expect exactly `error_class` (not a sibling or subclass) with Thai and English text."""
    with pytest.raises(BundleError) as info:
        yield info
    error = info.value
    assert type(error) is error_class, f"expected {error_class.__name__}, got {error!r}"
    assert THAI.search(error.message_th), error.message_th
    assert error.detail and not THAI.search(error.detail), error.detail


def decrypt_members(path: Path, identity: x25519.Identity) -> Members:
    """The members of a bundle, in archive order."""
    plain = pyrage.decrypt(path.read_bytes(), [identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return [(info.orig_filename, archive.read(info)) for info in archive.infolist()]


def zip_bytes(members: Members, *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A ZIP holding exactly `members`, duplicates and hostile names included."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
            for name, data in members:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = compression
                archive.writestr(info, data)
    return buffer.getvalue()


def encrypt_to(path: Path, data: bytes, recipient: str) -> Path:
    """Encrypt `data` to one age recipient and write it to `path`."""
    path.write_bytes(pyrage.encrypt(data, [x25519.Recipient.from_str(recipient)]))
    return path


def member(members: Members, name: str) -> bytes:
    """The content of the first member called `name`."""
    return next(data for member_name, data in members if member_name == name)


def replaced(members: Members, name: str, data: bytes) -> Members:
    """`members` with every member called `name` holding `data` instead."""
    return [(n, data if n == name else d) for n, d in members]


def with_manifest(
    members: Members, manifest: dict[str, Any], *, signer: DeviceKeys | None
) -> Members:
    """Replace manifest.json (canonical JSON); re-sign with `signer` or keep the old signature."""
    manifest_bytes = canonical_json(manifest, max_depth=64)
    updated = replaced(members, MANIFEST_NAME, manifest_bytes)
    if signer is not None:
        updated = replaced(updated, SIGNATURE_NAME, signer.sign(signed_message(manifest_bytes)))
    return updated


def signed_members(
    signer: DeviceKeys,
    *,
    records: bytes,
    record_count: int,
    blobs: dict[str, bytes] | None = None,
    manifest_bytes: bytes | None = None,
) -> Members:
    """Members of a correctly signed bundle whose records.jsonl holds exactly `records`."""
    blobs = blobs or {}
    digests = {RECORDS_NAME: MemberDigest(hashlib.sha256(records).hexdigest(), len(records))}
    for digest, data in blobs.items():
        digests[blob_member_name(digest)] = MemberDigest(digest, len(data))
    if manifest_bytes is None:
        manifest = build_manifest(
            BASE_FIELDS,
            origin_device=signer.device_id,
            members=digests,
            record_count=record_count,
            created_at=dt.datetime.now(dt.UTC),
        )
        manifest_bytes = canonical_json(manifest, max_depth=64)
    members: Members = [(RECORDS_NAME, records)]
    members += [(blob_member_name(digest), data) for digest, data in blobs.items()]
    members += [
        (MANIFEST_NAME, manifest_bytes),
        (SIGNATURE_NAME, signer.sign(signed_message(manifest_bytes))),
    ]
    return members


_CENTRAL_ENTRY = struct.Struct("<4s4B4HL2L5H2L")
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")


def _central_entries(data: bytes) -> Iterator[tuple[int, int, str]]:
    """(entry position, local header offset, name) for each central directory entry."""
    cd_size, cd_offset = struct.unpack_from("<2L", data, len(data) - 10)
    position = cd_offset
    while position < cd_offset + cd_size:
        fields = _CENTRAL_ENTRY.unpack_from(data, position)
        name_length, extra_length, comment_length = fields[12], fields[13], fields[14]
        name_start = position + _CENTRAL_ENTRY.size
        yield position, fields[18], data[name_start : name_start + name_length].decode()
        position = name_start + name_length + extra_length + comment_length


def patch_declared_size(data: bytes, name: str, file_size: int) -> bytes:
    """Make the ZIP claim `file_size` uncompressed bytes for `name`, in both headers."""
    patched = bytearray(data)
    for position, header_offset, entry_name in _central_entries(data):
        if entry_name == name:
            struct.pack_into("<L", patched, position + 24, file_size)
            struct.pack_into("<L", patched, header_offset + 22, file_size)
    return bytes(patched)


def patch_header_offset(data: bytes, name: str, header_offset: int) -> bytes:
    """Point the central directory entry of `name` at another member's local header."""
    patched = bytearray(data)
    for position, _, entry_name in _central_entries(data):
        if entry_name == name:
            struct.pack_into("<L", patched, position + 42, header_offset)
    return bytes(patched)


def header_offset_of(data: bytes, name: str) -> int:
    """Where the local header of `name` starts."""
    return next(offset for _, offset, entry_name in _central_entries(data) if entry_name == name)


class CountingInflater:
    """Wraps zlib's decompressor to count every byte inflated (to prove bomb bounds)."""

    total_out = 0

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self._inner.decompress(data, max_length)
        CountingInflater.total_out += len(out)
        return out

    def flush(self, *args: int) -> bytes:
        out = self._inner.flush(*args)
        CountingInflater.total_out += len(out)
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)
