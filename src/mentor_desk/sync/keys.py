"""Per-install device identity: an Ed25519 signing key and an age X25519 encryption identity.

Each installation generates its keys once and keeps them in its own folder, readable by its
owner only. The public half travels as a small JSON "public key file" that the district
imports ("trusts") after both people read the fingerprint to each other by phone.

Files in the key folder:
- `device_secret.json` (0600): both private keys, the device id, display name and role.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeGuard

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from mentor_desk.sync._files import (
    PRIVATE_FILE_MODE,
    make_private_dir,
    write_file_atomically,
)
from mentor_desk.sync.errors import KeyStoreError
from mentor_desk.sync.strict_json import JsonRejected, canonical_json, loads_strict

PUBLIC_KEY_FORMAT = "mentor-desk-device-public-key"
SECRET_KEY_FORMAT = "mentor-desk-device-secret-key"
KEY_FILE_VERSION = 1
SECRET_FILE_NAME = "device_secret.json"

DEVICE_ID_HEX_CHARS = 16
MAX_DISPLAY_NAME_CHARS = 100
MAX_KEY_FILE_BYTES = 64 * 1024
_KEY_JSON_DEPTH = 4
_FINGERPRINT_CONTEXT = b"mentor-desk device fingerprint v1\x00"
_FINGERPRINT_GROUPS = 6
_FINGERPRINT_GROUP_DIGITS = 4
_ED25519_KEY_BYTES = 32


class DeviceRole(StrEnum):
    """What kind of installation a device is; districts take in mentors' bundles."""

    MENTOR = "mentor"
    DISTRICT = "district"


def device_id_for(ed25519_public: bytes) -> str:
    """The device id: the first 16 hex digits of SHA-256 over the raw Ed25519 public key."""
    return hashlib.sha256(ed25519_public).hexdigest()[:DEVICE_ID_HEX_CHARS]


_DEVICE_ID = re.compile(f"[0-9a-f]{{{DEVICE_ID_HEX_CHARS}}}")


def is_device_id(value: object) -> TypeGuard[str]:
    """Whether `value` has the shape of a device id (16 lowercase hex digits)."""
    return isinstance(value, str) and _DEVICE_ID.fullmatch(value) is not None


@dataclass(frozen=True)
class DevicePublicKey:
    """The public half of a device identity, as exported, trusted and shown to people."""

    device_id: str
    display_name: str
    role: DeviceRole
    ed25519_public: bytes = field(repr=False)
    age_recipient: str

    @property
    def fingerprint(self) -> str:
        """Six groups of four digits over both public keys, for reading aloud by phone.

        About 80 bits: forging another key with the same fingerprint is out of reach, and
        the digits read the same in Thai and English.
        """
        digest = hashlib.sha256(
            _FINGERPRINT_CONTEXT + self.ed25519_public + self.age_recipient.encode("ascii")
        ).digest()
        groups = []
        for index in range(_FINGERPRINT_GROUPS):
            chunk = digest[index * 5 : index * 5 + 5]
            number = int.from_bytes(chunk, "big") % 10**_FINGERPRINT_GROUP_DIGITS
            groups.append(f"{number:0{_FINGERPRINT_GROUP_DIGITS}d}")
        return " ".join(groups)

    def verify(self, signature: bytes, message: bytes) -> bool:
        """Whether `signature` is this device's Ed25519 signature over `message`."""
        try:
            Ed25519PublicKey.from_public_bytes(self.ed25519_public).verify(signature, message)
        except InvalidSignature:
            return False
        return True

    def to_dict(self) -> dict[str, Any]:
        """The public key file's JSON object."""
        return {
            "format": PUBLIC_KEY_FORMAT,
            "version": KEY_FILE_VERSION,
            "device_id": self.device_id,
            "display_name": self.display_name,
            "role": self.role.value,
            "ed25519_public": base64.b64encode(self.ed25519_public).decode("ascii"),
            "age_recipient": self.age_recipient,
        }

    def to_json_bytes(self) -> bytes:
        """The public key file's bytes (canonical JSON plus a newline)."""
        return canonical_json(self.to_dict(), max_depth=_KEY_JSON_DEPTH) + b"\n"

    @classmethod
    def from_dict(cls, data: object) -> DevicePublicKey:
        """Validate a public key JSON object; raises KeyStoreError when anything is off."""
        if not isinstance(data, dict):
            raise KeyStoreError("public key file is not a JSON object")
        if data.get("format") != PUBLIC_KEY_FORMAT or data.get("version") != KEY_FILE_VERSION:
            raise KeyStoreError(
                f"not a version {KEY_FILE_VERSION} {PUBLIC_KEY_FORMAT} file",
                message_th="ไฟล์นี้ไม่ใช่ไฟล์กุญแจสาธารณะของ Mentor Desk",
            )
        ed25519_public = _decode_key_bytes(data.get("ed25519_public"), "ed25519_public")
        device_id = data.get("device_id")
        if device_id != device_id_for(ed25519_public):
            raise KeyStoreError(f"device id {device_id!r} does not match the signing key")
        return cls(
            device_id=device_id,
            display_name=_check_display_name(data.get("display_name")),
            role=_check_role(data.get("role")),
            ed25519_public=ed25519_public,
            age_recipient=_check_age_recipient(data.get("age_recipient")),
        )

    @classmethod
    def from_json_bytes(cls, data: bytes) -> DevicePublicKey:
        """Parse and validate a public key file's bytes."""
        if len(data) > MAX_KEY_FILE_BYTES:
            raise KeyStoreError(f"public key file is larger than {MAX_KEY_FILE_BYTES} bytes")
        try:
            parsed = loads_strict(data.strip(), max_depth=_KEY_JSON_DEPTH)
        except JsonRejected as exc:
            raise KeyStoreError(f"public key file is not valid JSON: {exc}") from exc
        return cls.from_dict(parsed)


@dataclass(frozen=True)
class DeviceKeys:
    """This installation's own identity: both private keys and the public card derived from them."""

    public: DevicePublicKey
    signing_key: Ed25519PrivateKey = field(repr=False)
    age_identity: x25519.Identity = field(repr=False)

    @property
    def device_id(self) -> str:
        """This device's id (see `device_id_for`)."""
        return self.public.device_id

    def sign(self, message: bytes) -> bytes:
        """An Ed25519 signature (64 bytes) over `message` with this device's key."""
        return self.signing_key.sign(message)


def generate_device_keys(folder: Path, *, display_name: str, role: DeviceRole | str) -> DeviceKeys:
    """Create this installation's keys in `folder` (once; refuses to replace existing keys).

    Replacing keys would orphan every trust the district has placed in this device, so an
    existing key file is an error, not something to overwrite.
    """
    secret_path = folder / SECRET_FILE_NAME
    if secret_path.exists():
        raise KeyStoreError(
            f"{secret_path} already exists",
            message_th="เครื่องนี้มีกุญแจอยู่แล้ว จะไม่สร้างกุญแจใหม่ทับของเดิม",
        )
    signing_key = Ed25519PrivateKey.generate()
    age_identity = x25519.Identity.generate()
    ed25519_public = signing_key.public_key().public_bytes_raw()
    public = DevicePublicKey(
        device_id=device_id_for(ed25519_public),
        display_name=_check_display_name(display_name),
        role=_check_role(role),
        ed25519_public=ed25519_public,
        age_recipient=str(age_identity.to_public()),
    )
    secret = {
        "format": SECRET_KEY_FORMAT,
        "version": KEY_FILE_VERSION,
        "device_id": public.device_id,
        "display_name": public.display_name,
        "role": public.role.value,
        "ed25519_private": base64.b64encode(signing_key.private_bytes_raw()).decode("ascii"),
        "age_identity": str(age_identity),
    }
    make_private_dir(folder)
    write_file_atomically(
        secret_path, canonical_json(secret, max_depth=_KEY_JSON_DEPTH) + b"\n", private=True
    )
    return DeviceKeys(public=public, signing_key=signing_key, age_identity=age_identity)


def load_device_keys(folder: Path) -> DeviceKeys:
    """Load the keys `generate_device_keys` stored in `folder`.

    A key file readable by others (copied with loose permissions) is tightened to 0600 first.
    """
    secret_path = folder / SECRET_FILE_NAME
    data = _read_small_file(secret_path)
    if os.name == "posix" and secret_path.stat().st_mode & 0o077:
        os.chmod(secret_path, PRIVATE_FILE_MODE)
    try:
        secret = loads_strict(data.strip(), max_depth=_KEY_JSON_DEPTH)
    except JsonRejected as exc:
        raise KeyStoreError(f"{secret_path} is not valid JSON: {exc}") from exc
    if (
        not isinstance(secret, dict)
        or secret.get("format") != SECRET_KEY_FORMAT
        or secret.get("version") != KEY_FILE_VERSION
    ):
        raise KeyStoreError(f"{secret_path} is not a version {KEY_FILE_VERSION} device key file")
    private_bytes = _decode_key_bytes(secret.get("ed25519_private"), "ed25519_private")
    signing_key = Ed25519PrivateKey.from_private_bytes(private_bytes)
    identity_text = secret.get("age_identity")
    try:
        age_identity = x25519.Identity.from_str(identity_text)
    except (pyrage.IdentityError, TypeError, ValueError) as exc:
        raise KeyStoreError(f"{secret_path}: age identity is malformed") from exc
    ed25519_public = signing_key.public_key().public_bytes_raw()
    if secret.get("device_id") != device_id_for(ed25519_public):
        raise KeyStoreError(f"{secret_path}: device id does not match the signing key")
    public = DevicePublicKey(
        device_id=device_id_for(ed25519_public),
        display_name=_check_display_name(secret.get("display_name")),
        role=_check_role(secret.get("role")),
        ed25519_public=ed25519_public,
        age_recipient=str(age_identity.to_public()),
    )
    return DeviceKeys(public=public, signing_key=signing_key, age_identity=age_identity)


def export_public_key(public: DevicePublicKey, destination: Path) -> None:
    """Write a public key file for another device to trust (atomically)."""
    write_file_atomically(destination, public.to_json_bytes(), private=False)


def read_public_key(path: Path) -> DevicePublicKey:
    """Read and validate a public key file exported by `export_public_key`."""
    return DevicePublicKey.from_json_bytes(_read_small_file(path))


def _read_small_file(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise KeyStoreError(
            f"{path} not found", message_th="ไม่พบไฟล์กุญแจ ตรวจสอบว่าเลือกไฟล์ถูกต้อง"
        ) from exc
    except OSError as exc:
        raise KeyStoreError(f"cannot read {path}: {exc}") from exc
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyStoreError(f"{path} is larger than {MAX_KEY_FILE_BYTES} bytes")
    return data


def _decode_key_bytes(value: object, name: str) -> bytes:
    if not isinstance(value, str):
        raise KeyStoreError(f"{name} is missing")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeyStoreError(f"{name} is not base64") from exc
    if len(raw) != _ED25519_KEY_BYTES:
        raise KeyStoreError(f"{name} is {len(raw)} bytes, expected {_ED25519_KEY_BYTES}")
    return raw


def _check_display_name(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise KeyStoreError("display name is missing", message_th="กรุณาใส่ชื่อเครื่องหรือชื่อผู้ใช้")
    name = value.strip()
    if len(name) > MAX_DISPLAY_NAME_CHARS or any(
        unicodedata.category(ch) in ("Cc", "Cs") for ch in name
    ):
        raise KeyStoreError(f"display name {name[:40]!r} is too long or has control characters")
    return name


def _check_role(value: object) -> DeviceRole:
    try:
        return DeviceRole(str(value))
    except ValueError as exc:
        raise KeyStoreError(f"role {value!r} is not one of mentor, district") from exc


def _check_age_recipient(value: object) -> str:
    if not isinstance(value, str) or not value.startswith("age1"):
        raise KeyStoreError("age recipient is missing or not an X25519 recipient")
    try:
        recipient = x25519.Recipient.from_str(value)
    except (pyrage.RecipientError, ValueError) as exc:
        raise KeyStoreError(f"age recipient {value[:20]!r}... is malformed") from exc
    if str(recipient) != value:
        raise KeyStoreError("age recipient is not in canonical form")
    return value
