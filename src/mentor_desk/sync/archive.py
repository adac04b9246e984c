"""A hostile-input-safe view of a decrypted bundle ZIP.

Before zipfile parses anything, the end-of-central-directory record is checked so that the
directory zipfile will load into memory is small. Then every member is checked before any of
it is inflated: its name is exactly one of the names a bundle may hold, no name repeats, the
compression method is plain, declared sizes and the compression ratio are within limits, and
no two members' data overlap (the overlapping-entries zip bomb). Reading inflates at most the
declared size of a member, in bounded chunks.
"""

from __future__ import annotations

import contextlib
import hashlib
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO

from mentor_desk.sync.errors import (
    BadSignatureError,
    BundleCorruptError,
    BundleUnreadableError,
    LimitExceededError,
    UnsafeMemberError,
)
from mentor_desk.sync.limits import BundleLimits
from mentor_desk.sync.manifest import (
    MANIFEST_NAME,
    RECORDS_NAME,
    SIGNATURE_BYTES,
    SIGNATURE_NAME,
    MemberDigest,
    is_content_member_name,
)

CHUNK_BYTES = 1024 * 1024

_EOCD = struct.Struct("<4s4H2LH")
_EOCD_SIGNATURE = b"PK\x05\x06"
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")
_ZIP64_EOCD_SIGNATURE = b"PK\x06\x06"
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_LOCAL_HEADER_SIGNATURE = b"PK\x03\x04"
_ENCRYPTED_FLAG = 0x1
_ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# Errors the zipfile module and the inflater raise on malformed input.
_ZIP_FAULTS = (zipfile.BadZipFile, zlib.error, EOFError, struct.error, ValueError)


@contextlib.contextmanager
def _zip_faults(what: str) -> Iterator[None]:
    try:
        yield
    except _ZIP_FAULTS as exc:
        raise BundleCorruptError(f"{what}: {exc}") from exc
    except NotImplementedError as exc:  # e.g. an unsupported compression method
        raise UnsafeMemberError(f"{what}: {exc}") from exc
    except OSError as exc:
        raise BundleUnreadableError(f"{what}: {exc}") from exc


class BundleArchive:
    """A decrypted bundle ZIP whose structure has passed every bound; reads members safely."""

    def __init__(self, path: Path, *, limits: BundleLimits) -> None:
        self._limits = limits
        with _zip_faults("zip structure"), path.open("rb") as handle:
            data_end = _check_end_of_directory(handle, limits=limits)
            self._zip = zipfile.ZipFile(path)
            try:
                self.members = self._checked_members()
                _check_no_overlap(handle, self._zip.infolist(), data_end=data_end)
            except BaseException:
                self._zip.close()
                raise

    def close(self) -> None:
        """Release the ZIP file."""
        self._zip.close()

    def __enter__(self) -> BundleArchive:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def read_small(self, name: str) -> bytes:
        """The whole content of a member already bounded small (manifest, signature)."""
        return b"".join(self.iter_chunks(name))

    def iter_chunks(self, name: str) -> Iterator[bytes]:
        """Yield a member's uncompressed bytes in chunks, never inflating past its declared size."""
        info = self.members[name]
        produced = 0
        with _zip_faults(name), self._zip.open(info) as stream:
            while chunk := stream.read(CHUNK_BYTES):
                produced += len(chunk)
                if produced > info.file_size:
                    raise LimitExceededError(f"{name} inflates past its declared size")
                yield chunk
        if produced != info.file_size:
            raise BundleCorruptError(f"{name}: {produced} bytes, declared {info.file_size}")

    def digest(self, name: str) -> MemberDigest:
        """SHA-256 and size of a member's uncompressed content, read in bounded chunks."""
        sha = hashlib.sha256()
        size = 0
        for chunk in self.iter_chunks(name):
            sha.update(chunk)
            size += len(chunk)
        return MemberDigest(sha256=sha.hexdigest(), size=size)

    def open(self, name: str) -> IO[bytes]:
        """A read stream over one member (bounded by its checked declared size)."""
        with _zip_faults(name):
            return self._zip.open(self.members[name])

    def _checked_members(self) -> dict[str, zipfile.ZipInfo]:
        limits = self._limits
        infos = self._zip.infolist()
        if len(infos) > limits.max_members:
            raise LimitExceededError(f"{len(infos)} members, limit {limits.max_members}")
        members: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            # The name as stored: zipfile's `filename` is cut at NUL and has os.sep turned
            # into "/", which could make "manifest.json\0.exe" or "blobs\\x" look acceptable.
            name = info.orig_filename
            if not _is_bundle_member_name(name):
                raise UnsafeMemberError(f"member name {name[:100]!r} is not allowed")
            if name in members:
                raise UnsafeMemberError(f"member {name!r} appears more than once")
            if info.flag_bits & _ENCRYPTED_FLAG or info.compress_type not in _ALLOWED_METHODS:
                raise UnsafeMemberError(f"member {name!r} uses an unsupported method or cipher")
            if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
                raise BundleCorruptError(f"stored member {name!r} has mismatched sizes")
            _check_member_size(info, limits=limits)
            total += info.file_size
            if total > limits.max_total_bytes:
                raise LimitExceededError(f"members exceed {limits.max_total_bytes} bytes in all")
            members[name] = info
        for required in (MANIFEST_NAME, RECORDS_NAME):
            if required not in members:
                raise BundleCorruptError(f"{required} is missing: not a Mentor Desk bundle")
        if SIGNATURE_NAME not in members:
            raise BadSignatureError(f"{SIGNATURE_NAME} is missing: the bundle is not signed")
        return members


def _check_no_overlap(handle: BinaryIO, infos: list[zipfile.ZipInfo], *, data_end: int) -> None:
    """Refuse members whose compressed data overlap each other or the central directory."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for index, info in enumerate(ordered):
        next_start = ordered[index + 1].header_offset if index + 1 < len(ordered) else data_end
        handle.seek(info.header_offset)
        header = handle.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size:
            raise BundleCorruptError(f"local header of {info.orig_filename!r} is cut off")
        fields = _LOCAL_HEADER.unpack(header)
        if fields[0] != _LOCAL_HEADER_SIGNATURE:
            raise BundleCorruptError(f"bad local header for {info.orig_filename!r}")
        name_length, extra_length = fields[10], fields[11]
        data_start = info.header_offset + _LOCAL_HEADER.size + name_length + extra_length
        member_end = data_start + info.compress_size
        if member_end > next_start:
            raise UnsafeMemberError(f"member {info.orig_filename!r} overlaps the next one")


def _is_bundle_member_name(name: str) -> bool:
    return name in (MANIFEST_NAME, SIGNATURE_NAME) or is_content_member_name(name)


def _check_member_size(info: zipfile.ZipInfo, *, limits: BundleLimits) -> None:
    name = info.orig_filename
    if name == MANIFEST_NAME:
        limit = limits.max_manifest_bytes
    elif name == SIGNATURE_NAME:
        limit = SIGNATURE_BYTES
    elif name == RECORDS_NAME:
        limit = limits.max_records_bytes
    else:
        limit = limits.max_blob_bytes
    if info.file_size > limit:
        raise LimitExceededError(f"{name} declares {info.file_size} bytes, limit {limit}")
    if (
        info.file_size > limits.ratio_check_min_bytes
        and info.file_size > limits.max_compression_ratio * max(info.compress_size, 1)
    ):
        raise LimitExceededError(
            f"{name} would inflate {info.compress_size} bytes to {info.file_size}, "
            f"more than {limits.max_compression_ratio}x"
        )


def _check_end_of_directory(handle: BinaryIO, *, limits: BundleLimits) -> int:
    """Check the end records and bound the central directory; returns where the directory
    starts, which is where member data must end.

    A bundle has no archive comment, so the end record is exactly the last 22 bytes, which
    is also the first place zipfile looks; like zipfile, a ZIP64 locator just before it
    takes precedence. Both therefore agree on which directory is read.
    """
    size = handle.seek(0, 2)
    if size < _EOCD.size:
        raise BundleCorruptError("too short to be a ZIP archive")
    eocd_position = size - _EOCD.size
    handle.seek(eocd_position)
    fields = _EOCD.unpack(handle.read(_EOCD.size))
    signature, disk, cd_disk, disk_entries, entries, cd_size, cd_offset, comment_length = fields
    if signature != _EOCD_SIGNATURE or comment_length != 0:
        raise BundleCorruptError("no end-of-central-directory record at the end of the ZIP")
    directory_end = eocd_position
    zip64 = _read_zip64_end(handle, eocd_position)
    if zip64 is not None:
        directory_end, disk, cd_disk, disk_entries, entries, cd_size, cd_offset = zip64
    if disk != 0 or cd_disk != 0 or disk_entries != entries:
        raise BundleCorruptError("multi-disk ZIP archives are not bundles")
    if entries > limits.max_members:
        raise LimitExceededError(f"{entries} members, limit {limits.max_members}")
    if cd_size > limits.max_central_directory_bytes:
        raise LimitExceededError(f"central directory of {cd_size} bytes is too large")
    if cd_offset + cd_size != directory_end:
        raise BundleCorruptError("central directory is not where the end record says")
    return int(cd_offset)


def _read_zip64_end(handle: BinaryIO, eocd_position: int) -> tuple[int, ...] | None:
    """The ZIP64 end record's (position, disk, cd disk, entries here, entries, cd size, cd
    offset), or None when the archive has no ZIP64 locator."""
    locator_position = eocd_position - _ZIP64_LOCATOR.size
    if locator_position < 0:
        return None
    handle.seek(locator_position)
    signature, disk, record_offset, disks = _ZIP64_LOCATOR.unpack(handle.read(_ZIP64_LOCATOR.size))
    if signature != _ZIP64_LOCATOR_SIGNATURE:
        return None
    record_position = locator_position - _ZIP64_EOCD.size
    if disk != 0 or disks != 1 or record_offset != record_position:
        raise BundleCorruptError("ZIP64 end record is not where its locator says")
    handle.seek(record_position)
    fields = _ZIP64_EOCD.unpack(handle.read(_ZIP64_EOCD.size))
    signature, record_size, _, _, this_disk, cd_disk, disk_entries, entries, cd_size, cd_offset = (
        fields
    )
    # The record's size field excludes its own signature and size (12 bytes); anything
    # longer would be an extensible data sector, which bundles never have.
    if signature != _ZIP64_EOCD_SIGNATURE or record_size != _ZIP64_EOCD.size - 12:
        raise BundleCorruptError("bad ZIP64 end-of-directory record")
    return record_position, this_disk, cd_disk, disk_entries, entries, cd_size, cd_offset
