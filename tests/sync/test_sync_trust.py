"""The trust store: enrol public keys, revoke them for good, look them up."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from mentor_desk.sync.errors import KeyStoreError
from mentor_desk.sync.keys import (
    DevicePublicKey,
    DeviceRole,
    export_public_key,
    generate_device_keys,
)
from mentor_desk.sync.trust import TRUST_FILE_NAME, TrustStatus, TrustStore

FIXED = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


def _public(folder: Path, name: str = "ครูสมศรี") -> DevicePublicKey:
    return generate_device_keys(folder, display_name=name, role="mentor").public


def test_trust_from_a_public_key_file_then_look_up(tmp_path: Path) -> None:
    mentor = _public(tmp_path / "mentor")
    export_public_key(mentor, tmp_path / "mentor.pub.json")
    store = TrustStore(tmp_path / "district", clock=lambda: FIXED)

    entry = store.trust(tmp_path / "mentor.pub.json")

    assert entry.status is TrustStatus.ENROLLED
    assert entry.enrolled_at == "2026-03-01T09:30:00+00:00"
    assert store.lookup(mentor.device_id) == entry
    assert TrustStore(tmp_path / "district").lookup(mentor.device_id) == entry  # persisted
    assert store.lookup("0123456789abcdef") is None


def test_trusting_again_is_harmless_and_refreshes_the_name(tmp_path: Path) -> None:
    mentor = _public(tmp_path / "mentor")
    store = TrustStore(tmp_path / "district")
    first = store.trust(mentor)
    renamed = DevicePublicKey(
        device_id=mentor.device_id,
        display_name="ครูสมศรี (โรงเรียนบ้านนา)",
        role=DeviceRole.MENTOR,
        ed25519_public=mentor.ed25519_public,
        age_recipient=mentor.age_recipient,
    )
    again = store.trust(renamed)
    assert again.enrolled_at == first.enrolled_at
    assert store.lookup(mentor.device_id) == again
    assert [d.public_key.display_name for d in store.devices()] == ["ครูสมศรี (โรงเรียนบ้านนา)"]


def test_a_different_key_under_a_trusted_device_id_is_refused(tmp_path: Path) -> None:
    mentor = _public(tmp_path / "mentor")
    other = _public(tmp_path / "other")
    store = TrustStore(tmp_path / "district")
    store.trust(mentor)
    impostor = DevicePublicKey(
        device_id=mentor.device_id,
        display_name=mentor.display_name,
        role=mentor.role,
        ed25519_public=mentor.ed25519_public,
        age_recipient=other.age_recipient,
    )
    with pytest.raises(KeyStoreError, match="different keys"):
        store.trust(impostor)
    assert store.lookup(mentor.device_id).public_key == mentor  # type: ignore[union-attr]


def test_revocation_is_recorded_permanent_and_idempotent(tmp_path: Path) -> None:
    mentor = _public(tmp_path / "mentor")
    store = TrustStore(tmp_path / "district", clock=lambda: FIXED)
    store.trust(mentor)

    revoked = store.revoke(mentor.device_id)

    assert revoked.revoked and revoked.revoked_at == "2026-03-01T09:30:00+00:00"
    assert store.lookup(mentor.device_id) == revoked
    assert store.revoke(mentor.device_id) == revoked
    with pytest.raises(KeyStoreError, match="revoked"):
        store.trust(mentor)
    with pytest.raises(KeyStoreError, match="not in the trust store"):
        store.revoke("0123456789abcdef")


def test_devices_lists_everyone_sorted_by_name(tmp_path: Path) -> None:
    store = TrustStore(tmp_path / "district")
    for name in ("ข", "ก", "ค"):
        store.trust(_public(tmp_path / name, name))
    assert [d.public_key.display_name for d in store.devices()] == ["ก", "ข", "ค"]


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        '{"format": "mentor-desk-trust-store", "version": 99, "devices": {}}',
        '{"format": "mentor-desk-trust-store", "version": 1, "devices": []}',
        '{"format": "mentor-desk-trust-store", "version": 1, "devices": {"x": {}}}',
    ],
)
def test_a_damaged_trust_file_is_a_key_store_error(tmp_path: Path, content: str) -> None:
    (tmp_path / TRUST_FILE_NAME).write_text(content)
    with pytest.raises(KeyStoreError):
        TrustStore(tmp_path).lookup("0123456789abcdef")


def test_an_entry_filed_under_another_device_id_is_refused(tmp_path: Path) -> None:
    store = TrustStore(tmp_path / "district")
    mentor = _public(tmp_path / "mentor")
    store.trust(mentor)
    document = json.loads(store.path.read_text(encoding="utf-8"))
    document["devices"]["0123456789abcdef"] = document["devices"].pop(mentor.device_id)
    store.path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(KeyStoreError, match="mismatched"):
        store.lookup("0123456789abcdef")
