"""Owner-only files: the data folder and everything the app writes in it are closed to other
accounts (POSIX modes; Windows keeps a user's profile private by itself)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentor_desk.store import Profile, Store
from mentor_desk.store.database import MIGRATION_BACKUP_DIR
from mentor_desk.store.permissions import is_private, make_private_folder, secure_data_folder
from mentor_desk.store.schema import SCHEMA_VERSION, migrations
from tests.samples import fill_every_table

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common default umask, which would leave new files readable by everyone."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def everything_under(home: Path) -> list[Path]:
    return [home, *home.rglob("*")]


def test_a_new_data_folder_and_all_it_holds_are_owner_only(home: Path) -> None:
    with Store(home) as store:
        fill_every_table(store)
        store.daily_backup_if_due()
        store.record_audit("export", {"records": 1})
        entries = everything_under(home)
        assert {p.name for p in entries} >= {
            "mentor-desk.sqlite3",
            "mentor-desk.sqlite3-wal",
            "mentor-desk.sqlite3-shm",
            "mentor-desk.lock",
            "attachments",
            "backups",
        }
        assert [p for p in entries if not is_private(p)] == []
    assert mode(home) == 0o700
    assert mode(home / "mentor-desk.sqlite3") == 0o600


def test_a_folder_from_an_older_version_is_tightened_when_opened(home: Path) -> None:
    Store(home).close()
    loose = home / "settings.ini"
    loose.write_text("[General]\nlanguage=th\n")
    os.chmod(loose, 0o644)
    os.chmod(home / "mentor-desk.sqlite3", 0o664)
    os.chmod(home, 0o755)
    Store(home).close()
    assert mode(home) == 0o700
    assert mode(loose) == 0o600
    assert mode(home / "mentor-desk.sqlite3") == 0o600


def test_what_the_owner_set_is_kept_only_others_lose_access(tmp_path: Path) -> None:
    folder = make_private_folder(tmp_path / "data")
    script = folder / "tool.sh"
    script.write_text("#!/bin/sh\n")
    os.chmod(script, 0o755)
    read_only = folder / "old.txt"
    read_only.write_text("x")
    os.chmod(read_only, 0o444)
    secure_data_folder(folder)
    assert mode(script) == 0o700
    assert mode(read_only) == 0o400  # still read-only for its owner: nothing was granted


def test_a_migration_copy_is_owner_only(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(home) as store:
        store.put("households", {"head_name": "นายทองดี มีสุข"})

    def m999_add_nickname(db: object) -> None:
        db.execute("ALTER TABLE members ADD COLUMN nickname TEXT")  # type: ignore[attr-defined]

    monkeypatch.setattr(
        migrations,
        "_migrations",
        [*migrations._migrations, migrations._Migration("m999_add_nickname", m999_add_nickname)],
    )
    monkeypatch.setattr("mentor_desk.store.schema.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    Store(home).close()
    (copy,) = (home / MIGRATION_BACKUP_DIR).iterdir()
    assert mode(copy) == 0o600 and mode(copy.parent) == 0o700


def test_a_written_backup_and_a_restored_folder_are_owner_only(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir(mode=0o755)
    with Store(tmp_path / "one") as store:
        store.set_profile(Profile(name="ครูสมศรี", role="mentor"))
        fill_every_table(store)
        store.backup(stick / "copy.mdbackup")
    assert mode(stick / "copy.mdbackup") == 0o600
    assert mode(stick) == 0o755  # a folder the user chose is left as it was
    other = tmp_path / "two"
    Store(other).close()
    Store.restore(other, stick / "copy.mdbackup")
    assert [p for p in everything_under(other) if not is_private(p)] == []
    with Store(other) as store:
        assert store.check() == []
