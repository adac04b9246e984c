"""Bounds on what a bundle may contain, shared by the writer and the reader.

The reader refuses anything beyond these before it inflates, parses or stores it; the writer
refuses to produce what the reader would refuse. Sizes are chosen for the largest realistic
bundle (a full handover of about a million records and their photos) with headroom, while a
hostile file still cannot make an old laptop run out of memory or disk.
"""

from __future__ import annotations

from dataclasses import dataclass

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB


@dataclass(frozen=True, kw_only=True)
class BundleLimits:
    """Every limit a bundle must stay within; tests pass smaller ones."""

    # The encrypted file on disk; the decrypted ZIP is never larger than this.
    max_bundle_bytes: int = 4 * GiB
    # pyrage 1.4 has no streaming passphrase API, so passphrase bundles are held in memory
    # twice (ciphertext and plaintext) while they are encrypted or decrypted.
    max_passphrase_bundle_bytes: int = 256 * MiB
    # ZIP members in all: manifest, signature, records and blobs.
    max_members: int = 100_003
    # The central directory holds ~120 bytes per member in practice; this caps what zipfile
    # reads into memory before any member check has run.
    max_central_directory_bytes: int = 64 * MiB
    max_manifest_bytes: int = 16 * MiB
    max_records_bytes: int = 2 * GiB
    max_record_line_bytes: int = 1 * MiB
    max_records: int = 5_000_000
    max_blob_bytes: int = 64 * MiB
    # Sum of uncompressed sizes of all members.
    max_total_bytes: int = 6 * GiB
    # Uncompressed / compressed size; real records deflate about 5-15x, zeros about 1000x.
    max_compression_ratio: int = 200
    # Members smaller than this are not ratio-checked: inflating them costs nothing.
    ratio_check_min_bytes: int = 1 * MiB
    max_json_depth: int = 16


DEFAULT_LIMITS = BundleLimits()
