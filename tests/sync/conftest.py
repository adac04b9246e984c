"""Shared devices and bundles for the sync tests.

Keys and bundles are made once per session: hypothesis tests cannot use function-scoped
fixtures, passphrase bundles cost a deliberately slow scrypt each, and every test treats
them as read-only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mentor_desk.sync.container import write_bundle
from mentor_desk.sync.keys import DeviceRole, generate_device_keys
from mentor_desk.sync.trust import TrustStore
from tests.sync.bundle_forge import (
    BASE_FIELDS,
    PASSPHRASE,
    PHOTO,
    PHOTO_SHA,
    SyncWorld,
    sample_records,
)


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> SyncWorld:
    base = tmp_path_factory.mktemp("world")
    mentor = generate_device_keys(base / "mentor", display_name="ครูสมศรี", role=DeviceRole.MENTOR)
    district = generate_device_keys(
        base / "district", display_name="อำเภอเมืองน่าน", role=DeviceRole.DISTRICT
    )
    stranger = generate_device_keys(base / "stranger", display_name="ไม่รู้จัก", role="mentor")
    trust = TrustStore(base / "district")
    trust.trust(mentor.public)
    records = sample_records(40)
    bundle = base / "good.mdbundle"
    write_bundle(
        bundle,
        device=mentor,
        manifest={
            "schema_version": 1,
            "kind": "delta",
            "privacy_profile": "mentor-to-district",
            "scope": {"village": "บ้านนาเหลือง"},
            "created_hlc": 116_183_749_017_600_000,
            "acknowledgements": {"district-1": 17},
        },
        records=records,
        blobs={PHOTO_SHA: PHOTO},
        recipients=[district.public.age_recipient],
    )
    return SyncWorld(
        mentor=mentor,
        district=district,
        stranger=stranger,
        trust=trust,
        bundle=bundle,
        records=records,
    )


@pytest.fixture(scope="session")
def passphrase_bundle(world: SyncWorld, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A personal backup of five records and a photo, locked with `PASSPHRASE`."""
    target = tmp_path_factory.mktemp("backup") / "backup.mdbundle"
    write_bundle(
        target,
        device=world.mentor,
        manifest={**BASE_FIELDS, "kind": "full", "privacy_profile": "full"},
        records=sample_records(5),
        blobs={PHOTO_SHA: PHOTO},
        passphrase=PASSPHRASE,
    )
    return target
