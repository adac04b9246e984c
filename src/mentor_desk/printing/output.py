"""Write a print so that a reader never sees a half-written file.

The PDF is built in a temporary file beside the target (same folder, so same disk) and
renamed over the target only once it is complete and flushed; if anything fails, or the user
cancels, the temporary file is removed and an existing target is left as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from mentor_desk.printing.errors import PrintOutputError

T = TypeVar("T")
TEMP_PREFIX = ".mentor-desk-"
TEMP_SUFFIX = ".part"
PRINT_MODE = 0o644


def write_atomically(target: Path, write: Callable[[Path], T]) -> T:
    """Call ``write(temporary_path)``, then rename the finished file to ``target``.

    Returns what ``write`` returns. Raises PrintOutputError (in Thai) when the folder cannot
    be written; any other error from ``write`` propagates after the temporary file is removed.
    """
    folder = target.parent
    if not folder.is_dir():
        raise PrintOutputError(
            "ไม่พบโฟลเดอร์ที่จะบันทึกไฟล์ โปรดเลือกโฟลเดอร์อื่น", f"no such folder: {folder}"
        )
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
        os.close(handle)
    except OSError as error:
        raise PrintOutputError(
            "บันทึกไฟล์ในโฟลเดอร์นี้ไม่ได้ (โฟลเดอร์อาจเขียนไม่ได้หรือพื้นที่เต็ม)", str(error)
        ) from error
    temporary = Path(name)
    try:
        result = write(temporary)
        _flush_to_disk(temporary)
        # mkstemp makes the file private to its owner; a print is an ordinary document.
        temporary.chmod(target.stat().st_mode & 0o777 if target.exists() else PRINT_MODE)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise PrintOutputError(
            "บันทึกไฟล์ไม่สำเร็จ (พื้นที่อาจเต็ม หรือไฟล์เดิมเปิดค้างอยู่ในโปรแกรมอื่น)", str(error)
        ) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return result


def copy_atomically(source: Path, target: Path) -> Path:
    """Copy a finished print to ``target`` the same safe way (for "Save as…"); returns it."""
    write_atomically(target, lambda temporary: shutil.copyfile(source, temporary))
    return target


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
