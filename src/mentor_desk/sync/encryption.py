"""age encryption of whole bundle files, with pyrage's failures turned into BundleErrors.

Key-based bundles stream file to file (pyrage.encrypt_file / decrypt_file, which read and
write in 64 KiB chunks and release the GIL). pyrage 1.4 has no streaming passphrase API, so
passphrase bundles pass through memory and are capped by `max_passphrase_bundle_bytes`.

pyrage reports failures as DecryptError with age's English message (it never selects another
locale), or as OSError for errors met while streaming the payload. age authenticates every
64 KiB chunk and the end of the stream, so truncation and any changed byte are detected;
because plaintext is written before the failure is seen, callers decrypt into a private
temporary folder and use the result only when decryption succeeded.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from mentor_desk.sync.errors import (
    BundleCorruptError,
    BundleError,
    BundleUnreadableError,
    BundleWriteError,
    LimitExceededError,
    WrongKeyError,
    WrongPassphraseError,
)

AGE_MAGIC = b"age-encryption.org/v1\n"
_HEADER_PROBE_BYTES = 8 * 1024
_NO_MATCHING_KEYS = "No matching keys found"
_PASSPHRASE_FAILED = "Decryption failed"


class Protection(StrEnum):
    """How a bundle is locked: to device keys (recipients) or with a passphrase."""

    RECIPIENTS = "recipients"
    PASSPHRASE = "passphrase"


def detect_protection(path: Path) -> Protection:
    """Tell from the age header whether a file needs a passphrase or a device key.

    Lets the UI ask for a passphrase only when one is needed. Raises BundleCorruptError for a
    file that is not age-encrypted and BundleUnreadableError when it cannot be read.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEADER_PROBE_BYTES)
    except OSError as exc:
        raise BundleUnreadableError(f"cannot read {path.name}: {exc}") from exc
    if not head.startswith(AGE_MAGIC):
        raise BundleCorruptError("not an age-encrypted file")
    header = head.split(b"\n--- ", 1)[0]
    if b"\n-> scrypt " in header:
        return Protection.PASSPHRASE
    return Protection.RECIPIENTS


def parse_recipients(recipients: Sequence[str]) -> list[x25519.Recipient]:
    """age X25519 recipients from their "age1..." strings; ValueError if any is malformed."""
    if not recipients:
        raise ValueError("at least one recipient is needed")
    parsed = []
    for text in recipients:
        try:
            parsed.append(x25519.Recipient.from_str(text))
        except pyrage.RecipientError as exc:
            raise ValueError(f"malformed age recipient {text[:24]!r}") from exc
    return parsed


def encrypt_to_recipients(plain: Path, encrypted: Path, *, recipients: Sequence[str]) -> None:
    """Encrypt the file `plain` into `encrypted` for every recipient, streaming."""
    parsed = parse_recipients(recipients)
    try:
        pyrage.encrypt_file(str(plain), str(encrypted), parsed)
    except (pyrage.EncryptError, OSError) as exc:
        raise BundleWriteError(f"encryption failed: {exc}") from exc


def encrypt_with_passphrase(
    plain: Path, encrypted: Path, *, passphrase: str, max_bytes: int
) -> None:
    """Encrypt the file `plain` into `encrypted` with an age passphrase (in memory)."""
    if not passphrase:
        raise ValueError("an empty passphrase protects nothing")
    size = plain.stat().st_size
    if size > max_bytes:
        raise LimitExceededError(
            f"{size} bytes is more than {max_bytes} for a passphrase bundle",
            message_th="ข้อมูลมากเกินกว่าจะล็อกด้วยรหัสผ่าน กรุณาส่งออกด้วยกุญแจของเครื่องแทน",
        )
    try:
        ciphertext = age_passphrase.encrypt(plain.read_bytes(), passphrase)
        with encrypted.open("wb") as handle:
            handle.write(ciphertext)
    except (pyrage.EncryptError, OSError) as exc:
        raise BundleWriteError(f"encryption failed: {exc}") from exc


def decrypt_with_identity(encrypted: Path, plain: Path, *, identity: x25519.Identity) -> None:
    """Decrypt `encrypted` into `plain` with this device's age identity, streaming."""
    try:
        pyrage.decrypt_file(str(encrypted), str(plain), [identity])
    except pyrage.DecryptError as exc:
        raise _decrypt_refusal(exc, passphrase=False) from exc
    except OSError as exc:
        raise _stream_refusal(exc) from exc


def decrypt_with_passphrase(
    encrypted: Path, plain: Path, *, passphrase: str, max_bytes: int
) -> None:
    """Decrypt `encrypted` into `plain` with a passphrase (in memory, at most `max_bytes`)."""
    try:
        size = encrypted.stat().st_size
        if size > max_bytes:
            raise LimitExceededError(f"passphrase bundle of {size} bytes exceeds {max_bytes}")
        ciphertext = encrypted.read_bytes()
    except OSError as exc:
        raise BundleUnreadableError(f"cannot read {encrypted.name}: {exc}") from exc
    try:
        plaintext = age_passphrase.decrypt(ciphertext, passphrase)
    except pyrage.DecryptError as exc:
        raise _decrypt_refusal(exc, passphrase=True) from exc
    del ciphertext
    fd = os.open(plain, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(plaintext)


def _decrypt_refusal(exc: Exception, *, passphrase: bool) -> BundleError:
    message = str(exc)
    if passphrase and message in (_PASSPHRASE_FAILED, _NO_MATCHING_KEYS):
        return WrongPassphraseError(f"age: {message}")
    if message == _NO_MATCHING_KEYS:
        return WrongKeyError(f"age: {message}")
    return BundleCorruptError(f"age: {message}")


def _stream_refusal(exc: OSError) -> BundleError:
    # Rust I/O errors from the operating system read "... (os error N)"; anything else comes
    # from age's authenticated stream (a changed or missing chunk).
    if "(os error" in str(exc) or exc.errno is not None:
        return BundleUnreadableError(f"I/O error while decrypting: {exc}")
    return BundleCorruptError(f"age payload: {exc}")
