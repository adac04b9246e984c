"""The trust store: which other devices' bundles this installation accepts.

A JSON file in the key folder maps device ids to their public keys with an enrolled or
revoked status. Revocation is permanent for that key: a lost or stolen laptop stays refused,
and a reinstalled one enrols again with fresh keys. Every change reads the file afresh and
replaces it atomically, so the GUI and the command line can both use it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from mentor_desk.sync._files import make_private_dir, write_file_atomically
from mentor_desk.sync.errors import KeyStoreError
from mentor_desk.sync.keys import DevicePublicKey, is_device_id, read_public_key
from mentor_desk.sync.strict_json import JsonRejected, canonical_json, loads_strict

TRUST_FILE_NAME = "trusted_devices.json"
TRUST_STORE_FORMAT = "mentor-desk-trust-store"
TRUST_STORE_VERSION = 1
MAX_TRUST_FILE_BYTES = 16 * 1024 * 1024
_TRUST_JSON_DEPTH = 6


class TrustStatus(StrEnum):
    """Whether a trusted device's bundles are currently accepted."""

    ENROLLED = "enrolled"
    REVOKED = "revoked"


@dataclass(frozen=True)
class TrustedDevice:
    """A device this installation has trusted, and whether that trust still stands."""

    public_key: DevicePublicKey
    status: TrustStatus
    enrolled_at: str
    revoked_at: str | None = None

    @property
    def device_id(self) -> str:
        """The device's id."""
        return self.public_key.device_id

    @property
    def revoked(self) -> bool:
        """Whether bundles from this device are refused."""
        return self.status is TrustStatus.REVOKED

    def to_dict(self) -> dict[str, Any]:
        """This entry as stored in the trust file."""
        return {
            "public_key": self.public_key.to_dict(),
            "status": self.status.value,
            "enrolled_at": self.enrolled_at,
            "revoked_at": self.revoked_at,
        }

    @classmethod
    def from_dict(cls, data: object) -> TrustedDevice:
        """Validate one stored entry."""
        if not isinstance(data, dict):
            raise KeyStoreError("trust store entry is not an object")
        try:
            status = TrustStatus(str(data.get("status")))
        except ValueError as exc:
            raise KeyStoreError(f"trust store status {data.get('status')!r} is unknown") from exc
        enrolled_at, revoked_at = data.get("enrolled_at"), data.get("revoked_at")
        if not isinstance(enrolled_at, str) or not isinstance(revoked_at, str | None):
            raise KeyStoreError("trust store dates are malformed")
        return cls(
            public_key=DevicePublicKey.from_dict(data.get("public_key")),
            status=status,
            enrolled_at=enrolled_at,
            revoked_at=revoked_at,
        )


class TrustLookup(Protocol):
    """What the bundle reader needs from a trust store (a district registry can provide it too)."""

    def lookup(self, device_id: str) -> TrustedDevice | None:
        """The trusted device with this id, enrolled or revoked, or None if never trusted."""
        ...


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class TrustStore:
    """Trusted device public keys kept in `folder/trusted_devices.json`."""

    def __init__(self, folder: Path, *, clock: Callable[[], dt.datetime] = _utc_now) -> None:
        self.folder = folder
        self.path = folder / TRUST_FILE_NAME
        self._clock = clock

    def trust(self, public_key: DevicePublicKey | Path) -> TrustedDevice:
        """Enrol a device from its public key (or public key file); returns the stored entry.

        Trusting the same key again is harmless and refreshes its display name and role. A
        different key under the same device id, or a revoked device, is refused.
        """
        if isinstance(public_key, Path):
            public_key = read_public_key(public_key)
        devices = self._load()
        existing = devices.get(public_key.device_id)
        if existing is not None:
            if (
                existing.public_key.ed25519_public != public_key.ed25519_public
                or existing.public_key.age_recipient != public_key.age_recipient
            ):
                raise KeyStoreError(
                    f"device {public_key.device_id} is already trusted with different keys",
                    message_th="มีเครื่องรหัสเดียวกันนี้ลงทะเบียนไว้แล้วด้วยกุญแจอื่น จึงไม่รับกุญแจนี้",
                )
            if existing.revoked:
                raise KeyStoreError(
                    f"device {public_key.device_id} was revoked on {existing.revoked_at}",
                    message_th="เครื่องนี้ถูกยกเลิกสิทธิ์แล้ว ต้องสร้างกุญแจใหม่ก่อนลงทะเบียนอีกครั้ง",
                )
            entry = TrustedDevice(
                public_key=public_key,
                status=existing.status,
                enrolled_at=existing.enrolled_at,
            )
        else:
            entry = TrustedDevice(
                public_key=public_key, status=TrustStatus.ENROLLED, enrolled_at=self._now()
            )
        devices[entry.device_id] = entry
        self._save(devices)
        return entry

    def revoke(self, device_id: str) -> TrustedDevice:
        """Stop accepting bundles signed by `device_id` (idempotent)."""
        devices = self._load()
        existing = devices.get(device_id)
        if existing is None:
            raise KeyStoreError(
                f"device {device_id} is not in the trust store",
                message_th="ไม่พบเครื่องนี้ในรายชื่อเครื่องที่เชื่อถือ",
            )
        if existing.revoked:
            return existing
        entry = TrustedDevice(
            public_key=existing.public_key,
            status=TrustStatus.REVOKED,
            enrolled_at=existing.enrolled_at,
            revoked_at=self._now(),
        )
        devices[device_id] = entry
        self._save(devices)
        return entry

    def lookup(self, device_id: str) -> TrustedDevice | None:
        """The trusted device with this id (enrolled or revoked), or None."""
        return self._load().get(device_id)

    def devices(self) -> list[TrustedDevice]:
        """Every device ever trusted, sorted by display name then id."""
        return sorted(self._load().values(), key=lambda d: (d.public_key.display_name, d.device_id))

    def _now(self) -> str:
        return self._clock().astimezone(dt.UTC).isoformat(timespec="seconds")

    def _load(self) -> dict[str, TrustedDevice]:
        try:
            with self.path.open("rb") as handle:
                data = handle.read(MAX_TRUST_FILE_BYTES + 1)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise KeyStoreError(f"cannot read {self.path}: {exc}") from exc
        if len(data) > MAX_TRUST_FILE_BYTES:
            raise KeyStoreError(f"{self.path} is larger than {MAX_TRUST_FILE_BYTES} bytes")
        try:
            parsed = loads_strict(data.strip(), max_depth=_TRUST_JSON_DEPTH)
        except JsonRejected as exc:
            raise KeyStoreError(f"{self.path} is not valid JSON: {exc}") from exc
        if (
            not isinstance(parsed, dict)
            or parsed.get("format") != TRUST_STORE_FORMAT
            or parsed.get("version") != TRUST_STORE_VERSION
            or not isinstance(parsed.get("devices"), dict)
        ):
            raise KeyStoreError(f"{self.path} is not a version {TRUST_STORE_VERSION} trust store")
        devices: dict[str, TrustedDevice] = {}
        for device_id, raw_entry in parsed["devices"].items():
            entry = TrustedDevice.from_dict(raw_entry)
            if not is_device_id(device_id) or entry.device_id != device_id:
                raise KeyStoreError(f"{self.path}: entry {device_id!r} has a mismatched id")
            devices[device_id] = entry
        return devices

    def _save(self, devices: dict[str, TrustedDevice]) -> None:
        document = {
            "format": TRUST_STORE_FORMAT,
            "version": TRUST_STORE_VERSION,
            "devices": {device_id: entry.to_dict() for device_id, entry in devices.items()},
        }
        make_private_dir(self.folder)
        write_file_atomically(
            self.path,
            canonical_json(document, max_depth=_TRUST_JSON_DEPTH) + b"\n",
            private=True,
        )


class CarriedKeyTrust:
    """Trust for passphrase bundles (a personal backup or a handover): the exporting device's
    public key travels in the manifest's scope (`device_card`), and the passphrase, not a
    prior enrolment, is what vouches for the file. The signature must still verify."""

    def lookup_in_manifest(
        self, device_id: str, raw_manifest: dict[str, Any]
    ) -> TrustedDevice | None:
        scope = raw_manifest.get("scope")
        card = scope.get("device_card") if isinstance(scope, dict) else None
        if card is None:
            return None
        public_key = DevicePublicKey.from_dict(card)
        if public_key.device_id != device_id:
            return None
        return TrustedDevice(public_key, TrustStatus.ENROLLED, enrolled_at="")

    def lookup(self, device_id: str) -> TrustedDevice | None:
        return None
