"""The app lock: an optional password asked when Mentor Desk starts and after idle time.

The password itself is never stored. `app-lock.json` in the data folder (owner-only) holds
a random salt, the Argon2id parameters and the derived hash; the parameters are kept with
the hash so that stronger ones can be chosen later without breaking passwords already set.
Argon2id with 64 MiB, 3 passes and 1 lane takes about 0.2 s on a current office PC and
roughly twice that on an old laptop: barely noticed when unlocking, slow to guess at.

The lock protects the screen of a laptop left open, not the files: anyone who can read the
data folder can read the database without it. Deleting `app-lock.json` (with the app
closed) removes a forgotten password; the records are untouched.
"""

from __future__ import annotations

import base64
import datetime as dt
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentor_desk.domain.errors import StoreError, ValidationError
from mentor_desk.store.permissions import make_private_file, make_private_folder

APP_LOCK_FILE = "app-lock.json"
FILE_FORMAT = 1
KDF_NAME = "argon2id"
SALT_BYTES = 16
MIN_PASSWORD_LENGTH = 4
MAX_PASSWORD_LENGTH = 256
FREE_ATTEMPTS = 2  # wrong passwords allowed before the wait starts
FIRST_DELAY_SECONDS = 1.0
MAX_DELAY_SECONDS = 30.0


@dataclass(frozen=True)
class HashParameters:
    """Argon2id cost: memory in KiB, passes over it, parallel lanes, hash length in bytes."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 1
    length: int = 32


DEFAULT_PARAMETERS = HashParameters()


@dataclass(frozen=True)
class PasswordHash:
    """What is kept of a password: enough to check one, nothing to recover it from."""

    salt: bytes
    digest: bytes
    parameters: HashParameters
    set_at: str


class WrongPasswordError(ValidationError):
    """The password typed does not match the one set."""

    def __init__(self) -> None:
        super().__init__("app_lock.password", "รหัสผ่านไม่ถูกต้อง", "wrong password")


def lock_path(home: Path) -> Path:
    return home / APP_LOCK_FILE


def hash_password(
    password: str, *, parameters: HashParameters = DEFAULT_PARAMETERS, salt: bytes | None = None
) -> PasswordHash:
    """Derive the hash of a new password with a fresh random salt (slow on purpose: call it
    off the GUI thread)."""
    check_new_password(password)
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = _derive(password, salt, parameters)
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return PasswordHash(salt, digest, parameters, stamp)


def password_matches(stored: PasswordHash, password: str) -> bool:
    """Whether `password` is the one set: derived with the stored salt and parameters and
    compared in constant time (slow on purpose: call it off the GUI thread)."""
    if len(password) > MAX_PASSWORD_LENGTH:
        return False
    return hmac.compare_digest(_derive(password, stored.salt, stored.parameters), stored.digest)


def check_new_password(password: str) -> None:
    """ValidationError unless the password is long enough (and not absurdly long)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "app_lock.password",
            f"รหัสผ่านต้องยาวอย่างน้อย {MIN_PASSWORD_LENGTH} ตัวอักษร",
            f"password shorter than {MIN_PASSWORD_LENGTH} characters",
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(
            "app_lock.password",
            f"รหัสผ่านยาวเกิน {MAX_PASSWORD_LENGTH} ตัวอักษร",
            f"password longer than {MAX_PASSWORD_LENGTH} characters",
        )


def read_lock(home: Path) -> PasswordHash | None:
    """The password hash set for a data folder, or None when there is no lock.

    A damaged file raises StoreError (the app must not silently open unlocked)."""
    path = lock_path(home)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise _damaged(path, error) from error
    try:
        if raw["format"] > FILE_FORMAT or raw["kdf"] != KDF_NAME:
            raise ValueError(f"format {raw['format']} / {raw['kdf']}")
        parameters = HashParameters(
            memory_kib=int(raw["memory_kib"]),
            iterations=int(raw["iterations"]),
            lanes=int(raw["lanes"]),
            length=int(raw["length"]),
        )
        return PasswordHash(
            salt=base64.b64decode(raw["salt"], validate=True),
            digest=base64.b64decode(raw["hash"], validate=True),
            parameters=parameters,
            set_at=str(raw.get("set_at", "")),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise _damaged(path, error) from error


def is_locked(home: Path) -> bool:
    """Whether a password is set for this data folder."""
    return lock_path(home).exists()


def set_password(home: Path, new_password: str, *, current: str | None = None) -> PasswordHash:
    """Set or change the password. Changing asks for the current one (WrongPasswordError
    if it does not match). Slow on purpose: call it off the GUI thread."""
    stored = read_lock(home)
    if stored is not None and (current is None or not password_matches(stored, current)):
        raise WrongPasswordError()
    new = hash_password(new_password)
    write_lock(home, new)
    return new


def remove_password(home: Path, *, current: str) -> None:
    """Remove the lock after checking the current password (WrongPasswordError if wrong)."""
    stored = read_lock(home)
    if stored is None:
        return
    if not password_matches(stored, current):
        raise WrongPasswordError()
    lock_path(home).unlink(missing_ok=True)


def write_lock(home: Path, stored: PasswordHash) -> None:
    """Write `app-lock.json` owner-only: to a temporary file, synced, then renamed."""
    make_private_folder(home)
    document: dict[str, Any] = {
        "format": FILE_FORMAT,
        "kdf": KDF_NAME,
        "memory_kib": stored.parameters.memory_kib,
        "iterations": stored.parameters.iterations,
        "lanes": stored.parameters.lanes,
        "length": stored.parameters.length,
        "salt": base64.b64encode(stored.salt).decode("ascii"),
        "hash": base64.b64encode(stored.digest).decode("ascii"),
        "set_at": stored.set_at,
    }
    try:
        fd, temporary = tempfile.mkstemp(dir=home, prefix=".app-lock-")  # owner-only
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(document, handle, indent=2)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, lock_path(home))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise StoreError("บันทึกรหัสผ่านไม่ได้ (โฟลเดอร์ข้อมูลเขียนไม่ได้)", str(error)) from error
    make_private_file(lock_path(home))


def delay_after_failures(failures: int) -> float:
    """Seconds to wait before the next try after `failures` wrong passwords in a row:
    none for the first FREE_ATTEMPTS, then 1, 2, 4, … up to MAX_DELAY_SECONDS."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return float(min(FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS - 1), MAX_DELAY_SECONDS))


def _derive(password: str, salt: bytes, parameters: HashParameters) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # not on the start path

    kdf = Argon2id(
        salt=salt,
        length=parameters.length,
        iterations=parameters.iterations,
        lanes=parameters.lanes,
        memory_cost=parameters.memory_kib,
    )
    return kdf.derive(password.encode("utf-8"))


def _damaged(path: Path, error: Exception) -> StoreError:
    return StoreError(
        "ไฟล์รหัสผ่านของโปรแกรมเสียหาย หากลืมหรือต้องการตั้งใหม่ ให้ปิดโปรแกรมแล้วลบไฟล์ "
        f"{APP_LOCK_FILE} ในโฟลเดอร์ข้อมูล (ข้อมูลบันทึกไม่หายไป)",
        f"{path}: {error}",
    )
