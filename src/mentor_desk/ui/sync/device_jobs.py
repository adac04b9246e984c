"""Work of the send side of the send/receive screen, run on the database worker thread:
this computer's key card, the computers it trusts, and the files it writes (for the
district, a personal backup, a receipt). No widgets here; the screen calls these through
`Database.run`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mentor_desk.store import Store
from mentor_desk.store.queries import unsent_count
from mentor_desk.sync.errors import KeyStoreError
from mentor_desk.sync.exporter import ExportResult, export_bundle, export_receipt
from mentor_desk.sync.identity import ensure_identity
from mentor_desk.sync.keys import DevicePublicKey, DeviceRole, export_public_key, read_public_key
from mentor_desk.sync.trust import TrustedDevice

BUNDLE_SUFFIX = ".mdbundle"
CARD_SUFFIX = ".mdkey"
FILE_PREFIX = "mentordesk"
SHORT_ID_CHARS = 6  # of a device id, to tell apart files of different computers


@dataclass(frozen=True)
class DeviceOverview:
    """What the screen shows of this computer and the computers it exchanges files with."""

    card: DevicePublicKey
    trusted: tuple[TrustedDevice, ...]
    unsent: int  # records not yet acknowledged by the district

    def recipients(self) -> tuple[DevicePublicKey, ...]:
        """Computers this one can send to: a mentor sends to districts; a district to the
        computers it trusts (districts first)."""
        enrolled = [d.public_key for d in self.trusted if not d.revoked]
        if self.card.role is DeviceRole.MENTOR:
            return tuple(c for c in enrolled if c.role is DeviceRole.DISTRICT)
        return tuple(sorted(enrolled, key=lambda c: c.role is not DeviceRole.DISTRICT))


def device_overview(store: Store) -> DeviceOverview:
    """Worker thread: this computer's card (made on first use), its trusted computers, and
    how many records still wait to be sent."""
    identity = ensure_identity(store)
    return DeviceOverview(
        card=identity.keys.public,
        trusted=tuple(identity.trust.devices()),
        unsent=unsent_count(store.db),
    )


def save_card(store: Store, destination: Path) -> Path:
    """Worker thread: write this computer's public key card for another computer to trust."""
    export_public_key(ensure_identity(store).keys.public, destination)
    return destination


def read_card(path: Path) -> DevicePublicKey:
    """Worker thread: read and check a key card file."""
    return read_public_key(path)


def trust_card(store: Store, card: DevicePublicKey) -> TrustedDevice:
    """Worker thread: accept files signed by the card's computer from now on."""
    identity = ensure_identity(store)
    if card.device_id == identity.keys.device_id:
        raise KeyStoreError(
            "this is the device's own key card",
            message_th="นี่คือกุญแจของเครื่องนี้เอง ให้เลือกไฟล์กุญแจของเครื่องอื่น",
        )
    return identity.trust.trust(card)


def export_for(
    store: Store, *, recipient_id: str, destination: Path, everything: bool
) -> ExportResult:
    """Worker thread: a file for a trusted computer with what it has not acknowledged yet
    (or everything), in the privacy profile for the district."""
    identity = ensure_identity(store)
    recipient = _enrolled_card(store, recipient_id)
    return export_bundle(store, identity, destination, recipient=recipient, full=everything)


def export_backup(store: Store, *, destination: Path, passphrase: str) -> ExportResult:
    """Worker thread: a personal backup of everything, locked with a passphrase."""
    return export_bundle(store, ensure_identity(store), destination, passphrase=passphrase)


def export_receipt_for(store: Store, *, recipient_id: str, destination: Path) -> ExportResult:
    """Worker thread: a small file telling a computer what has arrived here from it."""
    identity = ensure_identity(store)
    recipient = _enrolled_card(store, recipient_id)
    return export_receipt(store, identity, destination, recipient=recipient)


def _enrolled_card(store: Store, device_id: str) -> DevicePublicKey:
    trusted = ensure_identity(store).trust.lookup(device_id)
    if trusted is None or trusted.revoked:
        raise KeyStoreError(
            f"device {device_id} is not trusted (or was revoked)",
            message_th="ไม่พบเครื่องผู้รับในรายชื่อเครื่องที่เชื่อถือ กรุณาลงทะเบียนกุญแจของผู้รับก่อน",
        )
    return trusted.public_key


def bundle_file_name(purpose: str, device_id: str, now: dt.datetime | None = None) -> str:
    """A file name that sorts by time and tells computers apart, in plain ASCII so every
    USB stick and cloud folder accepts it: mentordesk-district-3fa2c1-20260514-1405.mdbundle."""
    moment = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{FILE_PREFIX}-{purpose}-{device_id[:SHORT_ID_CHARS]}-{moment}{BUNDLE_SUFFIX}"


def card_file_name(device_id: str) -> str:
    """The suggested name of this computer's key card file."""
    return f"{FILE_PREFIX}-key-{device_id[:SHORT_ID_CHARS]}{CARD_SUFFIX}"
