"""A USB stick pulled out or filling up during an export: a clear Thai message, no partial
file anywhere, and the data folder unchanged (nothing counted as sent)."""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pytest

from mentor_desk.sync import bundle_writer
from mentor_desk.sync.errors import BundleWriteError
from mentor_desk.sync.exporter import export_bundle
from tests.samples import fill_every_table
from tests.sync.homes import befriend, make_home


@pytest.fixture
def homes(tmp_path: Path):
    mentor = make_home(tmp_path, "mentor")
    district = make_home(tmp_path, "district", role="district")
    befriend(mentor, district)
    fill_every_table(mentor.store)
    yield mentor, district
    mentor.close()
    district.close()


def state_of(home) -> str:
    rows = home.store.db.execute("SELECT * FROM peers").fetchall() if _has_peers(home) else []
    return json.dumps([home.store.dump(), [list(r) for r in rows]], sort_keys=True, default=str)


def _has_peers(home) -> bool:
    return bool(
        home.store.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='peers'"
        ).fetchone()
    )


def leftovers(*folders: Path) -> list[Path]:
    return [
        p
        for folder in folders
        if folder.exists()
        for p in folder.rglob("*")
        if p.name.endswith(".partial") or p.name.startswith("mentor-desk-export-")
    ]


@pytest.mark.parametrize("fault", ["stick-removed", "stick-full", "folder-gone-before"])
def test_a_failing_stick_gives_a_clear_message_and_no_partial_file(
    homes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    mentor, district = homes
    stick = tmp_path / "stick"
    stick.mkdir()
    destination = stick / "to-district.mdbundle"
    before = state_of(mentor)
    real = bundle_writer.encrypt_to_recipients

    def failing(plain: Path, partial: Path, **options: object) -> None:
        real(plain, partial, **options)  # type: ignore[arg-type]
        if fault == "stick-removed":
            shutil.rmtree(stick)  # the stick is gone with the half-published file
        else:
            raise OSError(errno.ENOSPC, "No space left on device", str(partial))

    if fault == "folder-gone-before":
        shutil.rmtree(stick)
    else:
        monkeypatch.setattr(bundle_writer, "encrypt_to_recipients", failing)
    with pytest.raises(BundleWriteError) as caught:
        export_bundle(mentor.store, mentor.identity, destination, recipient=district.card)
    assert "แฟลชไดรฟ์" in caught.value.message_th
    assert not destination.exists()
    assert leftovers(stick, mentor.store.home) == []
    assert state_of(mentor) == before
    # once the stick is back, the same export works and holds everything
    monkeypatch.undo()
    stick.mkdir(exist_ok=True)
    result = export_bundle(mentor.store, mentor.identity, destination, recipient=district.card)
    assert destination.exists() and result is not None
