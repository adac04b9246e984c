"""The bundle container: the one place export and import code imports from.

A bundle file is age encryption (to X25519 recipients, or with a passphrase) around a ZIP:

    manifest.json     canonical JSON, see `mentor_desk.sync.manifest` for its keys
    manifest.sig      64-byte Ed25519 signature by the exporting device over the manifest
    records.jsonl     one canonical JSON object per line, deflated
    blobs/<sha256>    attachments, stored, named by the SHA-256 of their content

The manifest lists the SHA-256 and size of records.jsonl and of every blob, so the one
signature covers everything. What goes into the records, and merging them into the
database, is the business of the export and import layers above this one.
"""

from __future__ import annotations

from mentor_desk.sync.bundle_reader import BundlePreview, VerifiedBundle, open_bundle, peek_bundle
from mentor_desk.sync.bundle_writer import write_bundle
from mentor_desk.sync.encryption import Protection, detect_protection
from mentor_desk.sync.limits import DEFAULT_LIMITS, BundleLimits
from mentor_desk.sync.manifest import (
    FORMAT_VERSION,
    READER_VERSION,
    BundleKind,
    Manifest,
    MemberDigest,
)

__all__ = [
    "DEFAULT_LIMITS",
    "FORMAT_VERSION",
    "READER_VERSION",
    "BundleKind",
    "BundleLimits",
    "BundlePreview",
    "Manifest",
    "MemberDigest",
    "Protection",
    "VerifiedBundle",
    "detect_protection",
    "open_bundle",
    "peek_bundle",
    "write_bundle",
]
