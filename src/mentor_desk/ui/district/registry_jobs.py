"""Work of the register of mentors and devices, run on the database worker thread: the
register's lines, and revoking a device. Enrolling reuses the send/receive screen's
`read_card` and `trust_card` (`ui/sync/device_jobs.py`). No widgets here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentor_desk.store import Store
from mentor_desk.store.registry import DeviceEnrolment, RegistryLine, registry_lines
from mentor_desk.sync.identity import ensure_identity
from mentor_desk.sync.trust import TrustedDevice


@dataclass(frozen=True)
class RegistryOverview:
    """The register as the screen shows it."""

    lines: tuple[RegistryLine, ...]
    today: dt.date


def enrolment_of(device: TrustedDevice) -> DeviceEnrolment:
    """A trust store entry as the register's store query takes it."""
    card = device.public_key
    return DeviceEnrolment(
        device_id=card.device_id,
        name=card.display_name,
        role=card.role.value,
        fingerprint=card.fingerprint,
        enrolled_at=device.enrolled_at,
        revoked_at=device.revoked_at,
    )


def registry_overview(store: Store, *, today: dt.date) -> RegistryOverview:
    """Worker thread: every enrolled device and every device files came from, with what
    each sent (this computer itself left out)."""
    identity = ensure_identity(store)
    lines = registry_lines(
        store.db,
        today=today,
        enrolled=[enrolment_of(device) for device in identity.trust.devices()],
        own_device=identity.keys.device_id,
    )
    return RegistryOverview(tuple(lines), today)


def revoke_device(store: Store, device_id: str) -> TrustedDevice:
    """Worker thread: refuse the device's files from now on (what it sent before stays)."""
    return ensure_identity(store).trust.revoke(device_id)
