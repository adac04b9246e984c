"""Crash-safe file writing: private permissions, fsync, and atomic replacement.

A USB stick pulled mid-write, or a laptop whose battery dies, must leave either the old file
or the complete new one, never half of either. Everything is written to a temporary file in
the destination folder (same file system, so os.replace is atomic), flushed to the device,
and only then moved over the final name.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
_IS_POSIX = os.name == "posix"


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) and restrict it to its owner where the OS supports modes.

    On Windows, permission bits are not ACLs; the per-user profile folders are already private.
    """
    folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if _IS_POSIX:
        os.chmod(folder, PRIVATE_DIR_MODE)


def fsync_file(path: Path) -> None:
    """Flush a file's contents to the storage device."""
    # Opened for writing: Windows refuses to flush a read-only handle.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(folder: Path) -> None:
    """Flush a directory entry (a rename) to the device; a no-op on Windows."""
    if not _IS_POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        # Some file systems (e.g. FAT on some kernels) refuse fsync on directories; the
        # rename itself is still atomic, only its durability is not guaranteed.
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def partial_file_beside(destination: Path) -> Iterator[Path]:
    """Yield a fresh temporary path next to `destination`; remove it if the block fails.

    The name starts with a dot and ends in `.partial`, so a half-written file is visibly not
    a bundle and no import dialog offers it.
    """
    partial = destination.with_name(f".{destination.name}.{secrets.token_hex(6)}.partial")
    try:
        yield partial
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def publish(partial: Path, destination: Path) -> None:
    """fsync `partial`, atomically move it to `destination`, and fsync the folder."""
    fsync_file(partial)
    os.replace(partial, destination)
    fsync_directory(destination.parent)


def write_file_atomically(destination: Path, data: bytes, *, private: bool) -> None:
    """Write `data` to `destination` all-or-nothing; `private` makes the file owner-only (0600)."""
    mode = PRIVATE_FILE_MODE if private else 0o644
    with partial_file_beside(destination) as partial:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(partial, flags, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, destination)
    fsync_directory(destination.parent)
