from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from mentor_desk.domain.errors import StoreError, ValidationError
from mentor_desk.store import Store
from tests.samples import fill_every_table, photo_bytes


def test_photos_are_stored_by_content_upright_and_without_exif(store: Store) -> None:
    attachment = store.add_photo(photo_bytes(exif=True))
    stored = store.photo_path(attachment.sha256).read_bytes()
    with Image.open(io.BytesIO(stored)) as image:
        assert not image.getexif()
        assert image.size == (240, 320)  # rotated upright by the EXIF orientation
    assert store.add_photo(photo_bytes(exif=True)) == attachment  # stored once


def test_huge_photos_are_scaled_down_and_non_photos_refused(store: Store) -> None:
    out = io.BytesIO()
    Image.new("RGB", (6000, 5000), (30, 90, 30)).save(out, format="JPEG")
    attachment = store.add_photo(out.getvalue())
    assert max(attachment.width, attachment.height) == 2560
    with pytest.raises(ValidationError):
        store.add_photo(b"this is not a picture")


def test_check_names_a_corrupted_attachment(store: Store) -> None:
    fill_every_table(store)
    (sha,) = [row[0] for row in store.db.execute("SELECT sha256 FROM attachments")]
    path = store.photo_path(sha)
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF
    path.write_bytes(bytes(data))
    (fault,) = store.check()
    assert fault.kind == "attachment" and fault.where == sha
    assert "corrupted" in fault.detail
    path.unlink()
    assert "missing" in store.check()[0].detail


def test_check_names_a_dangling_reference(store: Store, household_id: str) -> None:
    visit_id = store.put("visits", {"household_id": household_id, "date": "2026-11-01"}).record.id
    store.db.execute("PRAGMA foreign_keys=OFF")
    store.db.execute("DELETE FROM households")
    store.db.execute("PRAGMA foreign_keys=ON")
    faults = store.check()
    assert any(f.kind == "reference" and f.where == f"visits {visit_id}" for f in faults)


def test_check_names_a_dangling_list_reference(store: Store, household_id: str) -> None:
    store.put(
        "activities",
        {
            "title": "วันครอบครัว",
            "kind": "family_day",
            "date": "2026-04-13",
            "household_ids": [household_id],
        },
    )
    store.db.execute("PRAGMA foreign_keys=OFF")
    store.db.execute("DELETE FROM households")
    faults = store.check()
    assert any("household_ids" in f.detail for f in faults)


def test_backup_and_restore_bring_back_everything(store: Store, home: Path, tmp_path: Path) -> None:
    fill_every_table(store)
    before = store.dump()
    target = tmp_path / "backup.mdbackup"
    store.backup(target)
    store.put("households", {"head_name": "ครอบครัวหลังสำรอง"})
    store.close()
    Store.restore(home, target)
    with Store(home) as restored:
        assert restored.dump() == before
        assert restored.check() == []


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    store: Store, home: Path, tmp_path: Path
) -> None:
    fill_every_table(store)
    target = tmp_path / "backup.mdbackup"
    store.backup(target)
    before = store.dump()
    store.close()
    target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    with pytest.raises(StoreError):
        Store.restore(home, target)
    with Store(home) as after:
        assert after.dump() == before


def _mount_tmpfs(path: Path, options: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True
    )
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path):
    mount = tmp_path / "small"
    if not _mount_tmpfs(mount, "size=600k"):
        pytest.skip("needs root to mount a small filesystem")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_gives_a_clear_error_and_no_partial_write(small_disk: Path) -> None:
    with Store(small_disk / "home") as store:
        store.put("households", {"head_name": "นางบัวผัน ศรีสุข"})
        before = store.dump()
        with pytest.raises(StoreError) as caught:
            for _ in range(2000):
                store.put(
                    "lessons", {"kind": "good_deed", "title": "ก" * 400, "context": "ข" * 19_000}
                )
        assert "เต็ม" in caught.value.message_th
        assert store.check() == []
        (count,) = store.db.execute("SELECT count(*) FROM lessons").fetchone()
        assert len(store.dump()["households"]) == len(before["households"])
        assert all(len(r["context"]) == 19_000 for r in store.dump()["lessons"])
        assert len(store.dump()["lessons"]) == count


def test_a_read_only_folder_gives_a_clear_error(small_disk: Path) -> None:
    with Store(small_disk / "home") as store:
        store.put("households", {"head_name": "นางบัวผัน ศรีสุข"})
        before = store.dump()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(StoreError) as caught, Store(small_disk / "home") as store:
        store.put("households", {"head_name": "ไม่ควรถูกบันทึก"})
    assert "อ่านอย่างเดียว" in caught.value.message_th or "เปิด" in caught.value.message_th
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    with Store(small_disk / "home") as store:
        assert store.dump() == before
