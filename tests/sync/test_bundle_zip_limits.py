"""Hostile archives and records: unsafe names, zip bombs, oversized or non-strict lines."""

from __future__ import annotations

import random
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest

from mentor_desk.sync.container import BundleLimits, open_bundle
from mentor_desk.sync.errors import (
    BundleCorruptError,
    BundleError,
    InvalidRecordError,
    LimitExceededError,
    UnsafeMemberError,
)
from mentor_desk.sync.manifest import MANIFEST_NAME, RECORDS_NAME
from tests.sync.bundle_forge import (
    PHOTO_SHA,
    CountingInflater,
    SyncWorld,
    decrypt_members,
    encrypt_to,
    header_offset_of,
    patch_declared_size,
    patch_header_offset,
    refused,
    signed_members,
    zip_bytes,
)

MiB = 1024 * 1024
GOOD_LINE = b'{"id":"first","table":"visits"}\n'
# Two MiB of hex that deflate cannot shrink much, so only the line limit can refuse it.
NOISE = random.Random(0).randbytes(MiB).hex().encode()


@pytest.fixture
def members(world: SyncWorld) -> list[tuple[str, bytes]]:
    return decrypt_members(world.bundle, world.district.age_identity)


@pytest.fixture
def inflated(monkeypatch: pytest.MonkeyPatch) -> type[CountingInflater]:
    """Count every byte zlib inflates from here on (zipfile inflates through zlib)."""
    real = zlib.decompressobj
    monkeypatch.setattr(zlib, "decompressobj", lambda *args: CountingInflater(real(*args)))
    CountingInflater.total_out = 0
    return CountingInflater


def _encrypt(world: SyncWorld, tmp_path: Path, archive: bytes) -> Path:
    recipient = world.district.public.age_recipient
    return encrypt_to(tmp_path / "hostile.mdbundle", archive, recipient)


def _read_all(path: Path, world: SyncWorld, **options: Any) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    with open_bundle(path, trust=world.trust, keys=world.district, **options) as bundle:
        seen.extend(bundle.records())
    return seen


# --- member names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../x",
        "/etc/x",
        "blobs/../../x",
        "blobs/../records.jsonl",
        "C:/Windows/x",
        "C:\\Windows\\x",
        "blobs\\" + "a" * 64,
        "blobs/" + "A" * 64,
        "blobs/" + "a" * 63,
        "blobs/" + "a" * 64 + "/",
        "./records.jsonl",
        "records.jsonl/",
        "notes.txt",
        "blobs/",
    ],
)
def test_unsafe_or_unexpected_member_names_are_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]], name: str
) -> None:
    hostile = _encrypt(world, tmp_path, zip_bytes([*members, (name, b"payload")]))
    with refused(UnsafeMemberError):
        _read_all(hostile, world)


def test_a_name_hiding_a_nul_byte_is_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]]
) -> None:
    # zipfile cuts names at NUL, so "manifest.json\0.exe" would pass for "manifest.json".
    archive = zip_bytes([*members, ("manifest.jsonX.exe", b"{}")])
    archive = archive.replace(b"manifest.jsonX.exe", b"manifest.json\x00.exe")
    with refused(UnsafeMemberError):
        _read_all(_encrypt(world, tmp_path, archive), world)


@pytest.mark.parametrize("name", [RECORDS_NAME, MANIFEST_NAME, f"blobs/{PHOTO_SHA}"])
def test_duplicate_member_names_are_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]], name: str
) -> None:
    hostile = _encrypt(world, tmp_path, zip_bytes([(name, b"shadow"), *members]))
    with refused(UnsafeMemberError):
        _read_all(hostile, world)


def test_unsupported_compression_is_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]]
) -> None:
    hostile = _encrypt(world, tmp_path, zip_bytes(members, compression=zipfile.ZIP_BZIP2))
    with refused(UnsafeMemberError):
        _read_all(hostile, world)


def test_overlapping_members_are_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]]
) -> None:
    archive = zip_bytes(members)
    archive = patch_header_offset(
        archive, f"blobs/{PHOTO_SHA}", header_offset_of(archive, RECORDS_NAME)
    )
    with refused(UnsafeMemberError):
        _read_all(_encrypt(world, tmp_path, archive), world)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda z: z + b"trailing",
        lambda z: b"prefix" + z,
        lambda z: z[:-2] + b"\x05\x00hello",  # an archive comment
        lambda z: z[: len(z) // 2],
    ],
)
def test_archives_with_extra_or_missing_bytes_are_refused(
    world: SyncWorld, tmp_path: Path, members: list[tuple[str, bytes]], mangle: Any
) -> None:
    with refused(BundleCorruptError):
        _read_all(_encrypt(world, tmp_path, mangle(zip_bytes(members))), world)


# --- sizes and zip bombs ----------------------------------------------------------------------


def test_a_highly_compressible_member_is_refused_before_inflating(
    world: SyncWorld, tmp_path: Path, inflated: type[CountingInflater]
) -> None:
    zeros = b"\0" * (64 * MiB)
    archive = zip_bytes(signed_members(world.mentor, records=zeros, record_count=1))
    assert len(archive) < MiB  # what travels is small; what it claims to hold is not
    with refused(LimitExceededError):
        _read_all(_encrypt(world, tmp_path, archive), world)
    assert inflated.total_out == 0


def test_a_member_lying_about_its_size_never_inflates_past_the_claim(
    world: SyncWorld, tmp_path: Path, inflated: type[CountingInflater]
) -> None:
    claimed = 1000
    honest = signed_members(world.mentor, records=b"x" * (claimed - 1) + b"\n", record_count=1)
    bomb = [(n, b"\0" * (64 * MiB) if n == RECORDS_NAME else d) for n, d in honest]
    archive = patch_declared_size(zip_bytes(bomb), RECORDS_NAME, claimed)
    with refused(BundleCorruptError):
        _read_all(_encrypt(world, tmp_path, archive), world)
    assert inflated.total_out <= 2 * MiB  # one bounded read, then the CRC check fails


@pytest.mark.parametrize(
    "limits",
    [
        BundleLimits(max_records_bytes=4096),
        BundleLimits(max_blob_bytes=1024),
        BundleLimits(max_manifest_bytes=100),
        BundleLimits(max_total_bytes=100_000),
        BundleLimits(max_members=3),
        BundleLimits(max_central_directory_bytes=100),
        BundleLimits(max_records=10),
    ],
    ids=lambda limits: next(
        f"{name}={value}"
        for name, value in vars(limits).items()
        if value != getattr(BundleLimits(), name)
    ),
)
def test_size_and_count_limits_are_enforced(world: SyncWorld, limits: BundleLimits) -> None:
    with refused(LimitExceededError):
        _read_all(world.bundle, world, limits=limits)


# --- records.jsonl ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad_line", "expected"),
    [
        (b'{"x":NaN}\n', InvalidRecordError),
        (b'{"x":-Infinity}\n', InvalidRecordError),
        (b'{"x":1' + b"0" * 30 + b"}\n", InvalidRecordError),
        (b'{"x":' + b"[" * 100 + b"]" * 100 + b"}\n", InvalidRecordError),
        (b'{"x":' + b"[" * 200_000 + b"]" * 200_000 + b"}\n", InvalidRecordError),
        (b'{"id":"a","id":"b"}\n', InvalidRecordError),
        (b"[1,2]\n", InvalidRecordError),
        (b"\n", InvalidRecordError),
        (b'{"x":"\xff"}\n', InvalidRecordError),
        (b'{"x":"\\ud800"}\n', InvalidRecordError),
        (b'{"x":1} {"y":2}\n', InvalidRecordError),
        (b'{"x":1}', InvalidRecordError),  # no newline at the end
        (b'{"x":"' + NOISE + b'"}\n', LimitExceededError),
        (b'{"x":"' + NOISE + NOISE, LimitExceededError),  # no newline at all
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else repr(value[:24]),
)
def test_bad_record_lines_are_refused_lazily(
    world: SyncWorld, tmp_path: Path, bad_line: bytes, expected: type[BundleError]
) -> None:
    records = GOOD_LINE + bad_line + GOOD_LINE
    archive = zip_bytes(signed_members(world.mentor, records=records, record_count=3))
    bundle = _encrypt(world, tmp_path, archive)
    seen: list[dict[str, Any]] = []
    with (
        refused(expected),
        open_bundle(bundle, trust=world.trust, keys=world.district) as opened,
    ):
        seen.extend(opened.records())
    assert seen == [{"id": "first", "table": "visits"}]


def test_an_endless_line_is_refused_without_buffering_it(
    world: SyncWorld, tmp_path: Path, inflated: type[CountingInflater]
) -> None:
    records = GOOD_LINE + NOISE * 3 + b"\n"
    archive = zip_bytes(signed_members(world.mentor, records=records, record_count=2))
    with open_bundle(
        _encrypt(world, tmp_path, archive), trust=world.trust, keys=world.district
    ) as bundle:
        inflated.total_out = 0  # count what reading the records inflates, not the digest check
        with refused(LimitExceededError):
            list(bundle.records())
    assert inflated.total_out <= 3 * MiB


def test_a_line_over_a_lowered_limit_is_refused(world: SyncWorld) -> None:
    with refused(LimitExceededError):
        _read_all(world.bundle, world, limits=BundleLimits(max_record_line_bytes=100))


@pytest.mark.parametrize("claimed", [1, 3])
def test_a_record_count_that_differs_from_the_manifest_is_refused(
    world: SyncWorld, tmp_path: Path, claimed: int
) -> None:
    records = GOOD_LINE * 2
    archive = zip_bytes(signed_members(world.mentor, records=records, record_count=claimed))
    with refused(InvalidRecordError):
        _read_all(_encrypt(world, tmp_path, archive), world)
