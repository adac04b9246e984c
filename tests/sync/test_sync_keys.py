"""Device identity: generated once, stored privately, loaded later, exported and fingerprinted."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest

from mentor_desk.sync.errors import KeyStoreError
from mentor_desk.sync.keys import (
    SECRET_FILE_NAME,
    DevicePublicKey,
    DeviceRole,
    device_id_for,
    export_public_key,
    generate_device_keys,
    load_device_keys,
    read_public_key,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX-only")


def test_keys_load_back_with_the_same_identity(tmp_path: Path) -> None:
    made = generate_device_keys(tmp_path / "keys", display_name=" ครูสมศรี ", role="mentor")
    loaded = load_device_keys(tmp_path / "keys")
    assert loaded.public == made.public
    assert loaded.public.display_name == "ครูสมศรี"
    assert loaded.public.role is DeviceRole.MENTOR
    assert loaded.device_id == device_id_for(made.public.ed25519_public)
    assert re.fullmatch(r"[0-9a-f]{16}", loaded.device_id)
    signature = loaded.sign(b"hello")
    assert made.public.verify(signature, b"hello")
    assert not made.public.verify(signature, b"hellO")
    assert str(loaded.age_identity) == str(made.age_identity)


def test_secrets_never_appear_in_repr(tmp_path: Path) -> None:
    keys = generate_device_keys(tmp_path, display_name="ทดสอบ", role="district")
    assert "AGE-SECRET-KEY" not in repr(keys)
    assert str(keys.age_identity) not in repr(keys)


@posix_only
def test_key_folder_and_file_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "keys"
    generate_device_keys(folder, display_name="ทดสอบ", role="mentor")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / SECRET_FILE_NAME).stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [SECRET_FILE_NAME]  # no partial files left


@posix_only
def test_loading_tightens_a_key_file_left_readable_by_others(tmp_path: Path) -> None:
    generate_device_keys(tmp_path, display_name="ทดสอบ", role="mentor")
    os.chmod(tmp_path / SECRET_FILE_NAME, 0o644)
    load_device_keys(tmp_path)
    assert stat.S_IMODE((tmp_path / SECRET_FILE_NAME).stat().st_mode) == 0o600


def test_generating_twice_refuses_to_replace_the_identity(tmp_path: Path) -> None:
    first = generate_device_keys(tmp_path, display_name="ทดสอบ", role="mentor")
    with pytest.raises(KeyStoreError):
        generate_device_keys(tmp_path, display_name="อีกเครื่อง", role="mentor")
    assert load_device_keys(tmp_path).public == first.public


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("", "mentor"),
        ("   ", "mentor"),
        ("a\x00b", "mentor"),
        ("x" * 101, "mentor"),
        ("ok", "boss"),
    ],
)
def test_invalid_display_name_or_role_is_refused(tmp_path: Path, name: str, role: str) -> None:
    with pytest.raises(KeyStoreError):
        generate_device_keys(tmp_path, display_name=name, role=role)
    assert not (tmp_path / SECRET_FILE_NAME).exists()


def test_missing_or_damaged_key_file_is_a_key_store_error(tmp_path: Path) -> None:
    with pytest.raises(KeyStoreError, match="not found"):
        load_device_keys(tmp_path)
    (tmp_path / SECRET_FILE_NAME).write_text('{"format": "mentor-desk-device-secret-key"')
    with pytest.raises(KeyStoreError):
        load_device_keys(tmp_path)


def test_key_file_whose_device_id_was_edited_is_refused(tmp_path: Path) -> None:
    generate_device_keys(tmp_path, display_name="ทดสอบ", role="mentor")
    path = tmp_path / SECRET_FILE_NAME
    secret = json.loads(path.read_text())
    secret["device_id"] = "0" * 16
    path.write_text(json.dumps(secret))
    with pytest.raises(KeyStoreError, match="device id"):
        load_device_keys(tmp_path)


def test_public_key_file_round_trip(tmp_path: Path) -> None:
    keys = generate_device_keys(tmp_path / "keys", display_name="อำเภอเมือง", role="district")
    export_public_key(keys.public, tmp_path / "district.pub.json")
    exported = json.loads((tmp_path / "district.pub.json").read_text(encoding="utf-8"))
    assert set(exported) == {
        "format",
        "version",
        "device_id",
        "display_name",
        "role",
        "ed25519_public",
        "age_recipient",
    }
    assert exported["age_recipient"].startswith("age1")
    assert read_public_key(tmp_path / "district.pub.json") == keys.public


@pytest.mark.parametrize(
    "change",
    [
        {"format": "something-else"},
        {"version": 2},
        {"device_id": "0123456789abcdef"},
        {"ed25519_public": "not base64!"},
        {"ed25519_public": "AAAA"},
        {"age_recipient": "age1notarecipient"},
        {"age_recipient": "ssh-ed25519 AAAA"},
        {"role": "province"},
        {"display_name": None},
    ],
)
def test_malformed_public_key_files_are_refused(tmp_path: Path, change: dict[str, object]) -> None:
    keys = generate_device_keys(tmp_path / "keys", display_name="ทดสอบ", role="mentor")
    document = {**keys.public.to_dict(), **change}
    path = tmp_path / "bad.pub.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(KeyStoreError):
        read_public_key(path)


def test_public_key_file_with_duplicate_keys_is_refused() -> None:
    with pytest.raises(KeyStoreError, match="duplicate"):
        DevicePublicKey.from_json_bytes(b'{"format": "a", "format": "b"}')


def test_fingerprint_is_six_groups_of_four_digits_and_tracks_both_keys(tmp_path: Path) -> None:
    one = generate_device_keys(tmp_path / "one", display_name="หนึ่ง", role="mentor").public
    two = generate_device_keys(tmp_path / "two", display_name="สอง", role="mentor").public
    assert re.fullmatch(r"\d{4}( \d{4}){5}", one.fingerprint)
    assert one.fingerprint == load_device_keys(tmp_path / "one").public.fingerprint
    assert one.fingerprint != two.fingerprint
    # Swapping in another device's encryption key must change what people read aloud.
    mixed = DevicePublicKey(
        device_id=one.device_id,
        display_name=one.display_name,
        role=one.role,
        ed25519_public=one.ed25519_public,
        age_recipient=two.age_recipient,
    )
    assert mixed.fingerprint != one.fingerprint
