"""The bundle manifest: what a bundle claims to be, and the digest of every member it holds.

manifest.json is canonical JSON (see `strict_json.canonical_json`); manifest.sig is the
exporting device's 64-byte Ed25519 signature over `signed_message(manifest_bytes)`, i.e. a
fixed context string followed by the exact manifest bytes, so a signature made for a bundle
can never be replayed as a signature over anything else.

Keys of manifest.json (format version 2; version 1 has the same keys):
    format              "mentor-desk-bundle"
    format_version      int, the format this bundle was written in
    min_reader_version  int, the oldest reader version able to read it; newer is refused
    schema_version      int, the database schema the records follow
    bundle_id           UUID string, unique per bundle
    origin_device       device id of the signer
    kind                "full" | "delta" | "receipt"
    scope               JSON object, what part of the data is included (caller-defined)
    privacy_profile     lowercase slug, e.g. "mentor-to-district"
    created_at          ISO 8601 time with UTC offset
    created_hlc         int or null, the exporter's hybrid logical clock stamp at export
    counts              {"records": int, "blobs": int}
    acknowledgements    JSON object, opaque to the container (what the sender has seen)
    members             {"records.jsonl" | "blobs/<sha256>": {"sha256": hex, "size": int}}
Readers ignore keys they do not know; a change old readers must not ignore raises
min_reader_version instead.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeGuard

from mentor_desk.sync.errors import InvalidManifestError, NewerFormatError
from mentor_desk.sync.keys import is_device_id

BUNDLE_FORMAT = "mentor-desk-bundle"
# Version 2: a records.jsonl line may give the fields sharing one stamp as `stamp` and
# `values` (`record_codec`). Version 1 readers would refuse those keys, so a file holding
# such a line asks for a version 2 reader (an older app then says to update); a file
# without one (a receipt, say) still asks for version 1. Version 1 files still read.
FORMAT_VERSION = 2
# The newest min_reader_version this code understands.
READER_VERSION = 2
FIRST_READER_VERSION = 1
SHARED_VALUES_READER_VERSION = 2

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
RECORDS_NAME = "records.jsonl"
BLOB_PREFIX = "blobs/"
SIGNATURE_BYTES = 64
_SIGNATURE_CONTEXT = b"mentor-desk bundle manifest v1\x00"

_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_PROFILE_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")

CALLER_FIELDS = frozenset(
    {
        "schema_version",
        "kind",
        "scope",
        "privacy_profile",
        "created_hlc",
        "acknowledgements",
        "bundle_id",
    }
)
REQUIRED_CALLER_FIELDS = frozenset({"schema_version", "kind", "privacy_profile"})


class BundleKind(StrEnum):
    """What a bundle carries: all in scope, changes since an acknowledgement, or a receipt."""

    FULL = "full"
    DELTA = "delta"
    RECEIPT = "receipt"


@dataclass(frozen=True)
class MemberDigest:
    """The SHA-256 (lowercase hex) and uncompressed size of one ZIP member."""

    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    """A validated manifest. `raw` is the parsed JSON object, unknown keys included."""

    format_version: int
    min_reader_version: int
    schema_version: int
    bundle_id: str
    origin_device: str
    kind: BundleKind
    scope: Mapping[str, Any]
    privacy_profile: str
    created_at: dt.datetime
    created_hlc: int | None
    record_count: int
    blob_count: int
    acknowledgements: Mapping[str, Any]
    members: Mapping[str, MemberDigest]
    raw: Mapping[str, Any] = field(repr=False, compare=False)


def is_sha256_hex(value: object) -> bool:
    """Whether `value` is a SHA-256 digest in lowercase hex."""
    return isinstance(value, str) and _SHA256_HEX.fullmatch(value) is not None


def blob_member_name(sha256_hex: str) -> str:
    """The ZIP member name of a blob."""
    return BLOB_PREFIX + sha256_hex


def is_content_member_name(name: str) -> bool:
    """Whether `name` is records.jsonl or blobs/<64 lowercase hex>: what the manifest lists."""
    if name == RECORDS_NAME:
        return True
    return name.startswith(BLOB_PREFIX) and is_sha256_hex(name[len(BLOB_PREFIX) :])


def signed_message(manifest_bytes: bytes) -> bytes:
    """The bytes an exporting device signs: a context string, then the exact manifest bytes."""
    return _SIGNATURE_CONTEXT + manifest_bytes


def build_manifest(
    fields: Mapping[str, Any],
    *,
    origin_device: str,
    members: Mapping[str, MemberDigest],
    record_count: int,
    created_at: dt.datetime,
    min_reader_version: int = FIRST_READER_VERSION,
) -> dict[str, Any]:
    """Complete the caller's manifest fields with what the writer knows, and validate the result.

    `fields` may hold schema_version, kind, privacy_profile (required) and scope,
    created_hlc, acknowledgements, bundle_id (optional). Raises ValueError on a
    programming mistake, e.g. an unknown field or a wrong type.
    """
    unknown = set(fields) - CALLER_FIELDS
    missing = REQUIRED_CALLER_FIELDS - set(fields)
    if unknown or missing:
        raise ValueError(f"manifest fields: unknown {sorted(unknown)}, missing {sorted(missing)}")
    kind = fields["kind"]
    raw: dict[str, Any] = {
        "format": BUNDLE_FORMAT,
        "format_version": FORMAT_VERSION,
        "min_reader_version": min_reader_version,
        "schema_version": fields["schema_version"],
        "bundle_id": fields.get("bundle_id") or str(uuid.uuid4()),
        "origin_device": origin_device,
        "kind": kind.value if isinstance(kind, BundleKind) else kind,
        "scope": dict(fields.get("scope") or {}),
        "privacy_profile": fields["privacy_profile"],
        "created_at": created_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "created_hlc": fields.get("created_hlc"),
        "counts": {
            "records": record_count,
            "blobs": sum(1 for name in members if name.startswith(BLOB_PREFIX)),
        },
        "acknowledgements": dict(fields.get("acknowledgements") or {}),
        "members": {
            name: {"sha256": digest.sha256, "size": digest.size}
            for name, digest in sorted(members.items())
        },
    }
    try:
        manifest_from_dict(raw)
    except InvalidManifestError as exc:
        raise ValueError(f"manifest would be refused by readers: {exc.detail}") from exc
    return raw


def check_reader_version(raw: object) -> dict[str, Any]:
    """Refuse a manifest that is not ours, or that needs a newer reader than this app.

    Runs before signature checking, so a bundle from a future app whose signing scheme we
    do not know still gets the message that helps: "update the app". Returns `raw`.
    """
    if not isinstance(raw, dict) or raw.get("format") != BUNDLE_FORMAT:
        raise InvalidManifestError(f"manifest format is not {BUNDLE_FORMAT!r}")
    needed = raw.get("min_reader_version")
    if not _is_int(needed) or needed < 1:
        raise InvalidManifestError(f"min_reader_version {needed!r} is not a positive integer")
    if needed > READER_VERSION:
        raise NewerFormatError(
            f"bundle needs reader version {needed}; this app reads up to {READER_VERSION}"
        )
    return raw


def manifest_from_dict(raw: object) -> Manifest:
    """Validate every field this reader relies on; raises InvalidManifestError."""
    raw = check_reader_version(raw)
    format_version = _positive_int(raw, "format_version")
    min_reader_version = _positive_int(raw, "min_reader_version")
    if min_reader_version > format_version:
        raise InvalidManifestError("min_reader_version is newer than format_version")
    bundle_id = raw.get("bundle_id")
    if not isinstance(bundle_id, str) or not _is_canonical_uuid(bundle_id):
        raise InvalidManifestError(f"bundle_id {bundle_id!r} is not a UUID")
    origin_device = raw.get("origin_device")
    if not is_device_id(origin_device):
        raise InvalidManifestError(f"origin_device {origin_device!r} is not a device id")
    try:
        kind = BundleKind(str(raw.get("kind")))
    except ValueError as exc:
        raise InvalidManifestError(f"kind {raw.get('kind')!r} is unknown") from exc
    profile = raw.get("privacy_profile")
    if not isinstance(profile, str) or not _PROFILE_SLUG.fullmatch(profile):
        raise InvalidManifestError(f"privacy_profile {profile!r} is not a slug")
    hlc = raw.get("created_hlc")
    if hlc is not None and (not _is_int(hlc) or hlc < 0):
        raise InvalidManifestError("created_hlc is not a clock stamp (an integer >= 0)")
    members = _members(raw.get("members"))
    record_count, blob_count = _counts(raw.get("counts"))
    if blob_count != len(members) - 1:
        raise InvalidManifestError(f"counts.blobs {blob_count} but {len(members) - 1} listed")
    return Manifest(
        format_version=format_version,
        min_reader_version=min_reader_version,
        schema_version=_positive_int(raw, "schema_version"),
        bundle_id=bundle_id,
        origin_device=origin_device,
        kind=kind,
        scope=_object(raw, "scope"),
        privacy_profile=profile,
        created_at=_utc_time(raw.get("created_at")),
        created_hlc=hlc,
        record_count=record_count,
        blob_count=blob_count,
        acknowledgements=_object(raw, "acknowledgements"),
        members=members,
        raw=raw,
    )


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _positive_int(raw: dict[str, Any], key: str) -> int:
    value = raw.get(key)
    if not _is_int(value) or value < 1:
        raise InvalidManifestError(f"{key} {value!r} is not a positive integer")
    return int(value)


def _object(raw: dict[str, Any], key: str) -> dict[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise InvalidManifestError(f"{key} is not a JSON object")
    return value


def _is_canonical_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _utc_time(value: object) -> dt.datetime:
    if not isinstance(value, str):
        raise InvalidManifestError("created_at is missing")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidManifestError(f"created_at {value!r} is not ISO 8601") from exc
    if parsed.tzinfo is None:
        raise InvalidManifestError("created_at has no UTC offset")
    return parsed


def _counts(value: object) -> tuple[int, int]:
    if not isinstance(value, dict):
        raise InvalidManifestError("counts is not a JSON object")
    records, blobs = value.get("records"), value.get("blobs")
    if not (_is_int(records) and _is_int(blobs)) or records < 0 or blobs < 0:
        raise InvalidManifestError("counts.records and counts.blobs must be integers >= 0")
    return int(records), int(blobs)


def _members(value: object) -> dict[str, MemberDigest]:
    if not isinstance(value, dict):
        raise InvalidManifestError("members is not a JSON object")
    if RECORDS_NAME not in value:
        raise InvalidManifestError(f"members does not list {RECORDS_NAME}")
    members: dict[str, MemberDigest] = {}
    for name, entry in value.items():
        if not is_content_member_name(name):
            raise InvalidManifestError(f"members lists {name[:80]!r}, not a content member")
        if not isinstance(entry, dict) or set(entry) != {"sha256", "size"}:
            raise InvalidManifestError(f"members[{name!r}] must hold exactly sha256 and size")
        sha256, size = entry["sha256"], entry["size"]
        if not is_sha256_hex(sha256) or not _is_int(size) or size < 0:
            raise InvalidManifestError(f"members[{name!r}] has a malformed sha256 or size")
        if name.startswith(BLOB_PREFIX) and name[len(BLOB_PREFIX) :] != sha256:
            raise InvalidManifestError(f"blob {name!r} is listed under another digest")
        members[name] = MemberDigest(sha256=sha256, size=size)
    return members
