"""The app lock's password file: Argon2id hash with its salt and parameters, never the
password; change and removal ask for the current one; a damaged file is refused."""

from __future__ import annotations

import base64
import json
import os
import stat
import time
from pathlib import Path

import pytest

from mentor_desk.domain.errors import StoreError, ValidationError
from mentor_desk.store import app_lock
from mentor_desk.store.app_lock import (
    DEFAULT_PARAMETERS,
    HashParameters,
    WrongPasswordError,
    delay_after_failures,
    hash_password,
    is_locked,
    password_matches,
    read_lock,
    remove_password,
    set_password,
    write_lock,
)

QUICK = HashParameters(memory_kib=1024, iterations=1, lanes=1, length=32)


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests hash with small parameters unless they ask for the real ones."""
    monkeypatch.setattr(app_lock, "DEFAULT_PARAMETERS", QUICK)
    monkeypatch.setattr(
        app_lock.hash_password, "__kwdefaults__", {"parameters": QUICK, "salt": None}
    )


def test_the_file_holds_salt_parameters_and_hash_never_the_password(tmp_path: Path) -> None:
    assert read_lock(tmp_path) is None and not is_locked(tmp_path)
    set_password(tmp_path, "บ้านหนองบัว3")
    text = (tmp_path / "app-lock.json").read_text(encoding="utf-8")
    secret = "บ้านหนองบัว3"
    for form in (secret, json.dumps(secret)[1:-1], base64.b64encode(secret.encode()).decode()):
        assert form not in text
    document = json.loads(text)
    assert document["kdf"] == "argon2id"
    assert (document["memory_kib"], document["iterations"], document["lanes"]) == (1024, 1, 1)
    stored = read_lock(tmp_path)
    assert stored is not None and len(stored.salt) == 16 and len(stored.digest) == 32
    assert password_matches(stored, "บ้านหนองบัว3")
    assert not password_matches(stored, "บ้านหนองบัว")
    assert not password_matches(stored, "")
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "app-lock.json").stat().st_mode) == 0o600


def test_the_same_password_twice_gets_different_salts_and_hashes() -> None:
    one, two = hash_password("1234"), hash_password("1234")
    assert one.salt != two.salt and one.digest != two.digest


def test_a_hash_is_checked_with_the_parameters_stored_beside_it(tmp_path: Path) -> None:
    """Parameters can change later: an old file keeps working with its own."""
    older = HashParameters(memory_kib=2048, iterations=2, lanes=1, length=24)
    write_lock(tmp_path, hash_password("เก่าแต่ใช้ได้", parameters=older))
    stored = read_lock(tmp_path)
    assert stored is not None and stored.parameters == older and len(stored.digest) == 24
    assert password_matches(stored, "เก่าแต่ใช้ได้")


def test_changing_asks_for_the_current_password(tmp_path: Path) -> None:
    set_password(tmp_path, "first-one")
    with pytest.raises(WrongPasswordError) as caught:
        set_password(tmp_path, "second-one", current="wrong")
    assert caught.value.reason_th == "รหัสผ่านไม่ถูกต้อง"
    with pytest.raises(WrongPasswordError):
        set_password(tmp_path, "second-one")
    set_password(tmp_path, "second-one", current="first-one")
    stored = read_lock(tmp_path)
    assert stored is not None and password_matches(stored, "second-one")
    assert not password_matches(stored, "first-one")


def test_removing_asks_for_the_current_password(tmp_path: Path) -> None:
    set_password(tmp_path, "ลบได้ไหม")
    with pytest.raises(WrongPasswordError):
        remove_password(tmp_path, current="ผิด")
    assert is_locked(tmp_path)
    remove_password(tmp_path, current="ลบได้ไหม")
    assert not is_locked(tmp_path) and read_lock(tmp_path) is None
    assert [p.name for p in tmp_path.iterdir()] == []  # no temporary file left either


def test_too_short_a_password_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        set_password(tmp_path, "123")
    assert "อย่างน้อย 4" in caught.value.reason_th
    assert not is_locked(tmp_path)


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{",
        "[]",
        '{"format": 1}',
        '{"format": 9, "kdf": "argon2id"}',
        '{"format": 1, "kdf": "md5"}',
    ],
)
def test_a_damaged_file_is_refused_not_treated_as_no_lock(tmp_path: Path, content: str) -> None:
    (tmp_path / "app-lock.json").write_text(content, encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        read_lock(tmp_path)
    assert "app-lock.json" in caught.value.message_th


def test_repeated_failures_wait_longer_and_longer() -> None:
    delays = [delay_after_failures(n) for n in range(1, 12)]
    assert delays[:2] == [0.0, 0.0]
    assert delays[2:6] == [1.0, 2.0, 4.0, 8.0]
    assert delays == sorted(delays) and max(delays) == 30.0


def test_the_real_parameters_take_a_noticeable_but_short_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.undo()
    assert HashParameters(memory_kib=65536, iterations=3, lanes=1, length=32) == DEFAULT_PARAMETERS
    stored = hash_password("นาฬิกาจับเวลา", parameters=DEFAULT_PARAMETERS)
    started = time.perf_counter()
    assert password_matches(stored, "นาฬิกาจับเวลา")
    elapsed = time.perf_counter() - started
    assert 0.02 < elapsed < 3.0, elapsed  # about 0.2 s here; an old laptop about twice that
