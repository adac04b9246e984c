"""Owner-only files: the data folder and what the app writes in it are readable by the user who
runs Mentor Desk and nobody else, where the operating system allows it.

On POSIX systems (Linux, macOS) folders get mode 0o700 and files 0o600 (group and other
bits removed), so another account on a shared laptop cannot read the records, photos,
backups, keys or settings. On Windows a
user's profile folder is already private to that user, and `os.chmod` can only set the
read-only flag, so these helpers do nothing there.

Failures to change a mode are ignored: a folder on a FAT-formatted USB stick has no owner
bits at all, and refusing to work there would help nobody.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
OTHERS_BITS = 0o077  # group and others: read, write, execute
ENFORCED = os.name == "posix"


def make_private_folder(path: Path) -> Path:
    """Create a folder (and its parents) if needed and make it owner-only; returns it.

    Only the folder itself is narrowed, not the parents it had to create: use this for the
    data folder and folders inside it, never for a place a user picked (a USB stick)."""
    path.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    return _narrow(path)


def make_private_file(path: Path) -> Path:
    """Make an existing file owner-only (nothing happens if it does not exist); returns it."""
    return _narrow(path)


def create_private_file(path: Path) -> Path:
    """Create an empty owner-only file if none exists (so SQLite, which copies the mode of
    the database to its -wal and -shm files, never creates them readable by others)."""
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
        os.close(fd)
    return _narrow(path)


def secure_data_folder(home: Path) -> None:
    """Narrow the data folder and everything directly in it to the owner (at every open, so
    folders written by older versions are tightened too). Entries deeper down are protected
    by their owner-only parent and are created private by the code that writes them."""
    make_private_folder(home)
    if not ENFORCED:
        return
    for entry in home.iterdir():
        if not entry.is_symlink():
            _narrow(entry)


def is_private(path: Path) -> bool:
    """Whether group and others have no access to `path` (always True where not enforced)."""
    return not ENFORCED or stat.S_IMODE(path.stat().st_mode) & OTHERS_BITS == 0


def _narrow(path: Path) -> Path:
    """Take away every group and other permission, keeping the owner's as they are (a folder
    the owner made read-only stays read-only)."""
    if not ENFORCED:
        return path
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & OTHERS_BITS:
            os.chmod(path, mode & ~OTHERS_BITS)
    return path
