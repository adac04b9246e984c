"""This data folder's sync identity: its device keys and its trust store, under `keys/`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mentor_desk.store import Store
from mentor_desk.sync.keys import (
    SECRET_FILE_NAME,
    DeviceKeys,
    DevicePublicKey,
    generate_device_keys,
    load_device_keys,
    read_public_key,
)
from mentor_desk.sync.trust import TrustStore

KEYS_FOLDER = "keys"
TRUST_FOLDER = "trust"


@dataclass(frozen=True)
class Identity:
    """The keys of this installation and the devices it trusts."""

    keys: DeviceKeys
    trust: TrustStore


def ensure_identity(store: Store) -> Identity:
    """Load this folder's keys, creating them on first use from the local profile."""
    folder = store.home / KEYS_FOLDER
    if (folder / SECRET_FILE_NAME).exists():
        keys = load_device_keys(folder)
    else:
        profile = store.profile
        name = profile.name if profile else "Mentor Desk"
        role = profile.role if profile else "mentor"
        keys = generate_device_keys(folder, display_name=name, role=role)
    return Identity(keys=keys, trust=TrustStore(store.home / TRUST_FOLDER))


def recipient_key(path: Path) -> DevicePublicKey:
    """The public key card a bundle is encrypted to (`export --to FILE`)."""
    return read_public_key(path)
