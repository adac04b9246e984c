"""Which photos rows still list: values, values waiting in a conflict, deleted records."""

from __future__ import annotations

from pathlib import Path

from mentor_desk.store import Store
from mentor_desk.store.photo_use import forget_unused_photos, photos_in_use
from tests.samples import photo_bytes
from tests.sync.merge_harness import deliver, export_lines


def test_a_photo_waiting_in_a_conflict_or_on_a_deleted_record_is_in_use(tmp_path: Path) -> None:
    with Store(tmp_path / "a") as a, Store(tmp_path / "b") as b:
        first, mine, theirs, gone, loose = (
            a.add_photo(photo_bytes(colour)).sha256
            for colour in ((10, 10, 10), (60, 60, 60), (110, 110, 110), (160, 160, 160), (9, 9, 9))
        )
        household = a.put("households", {"head_name": "นางบัวผัน", "photos": [{"sha256": first}]})
        family = household.record.id
        deliver(b, export_lines(a))
        a.put("households", {"id": family, "photos": [{"sha256": mine}]})
        b.put("households", {"id": family, "photos": [{"sha256": theirs}]})  # concurrently
        deliver(b, export_lines(a))
        old = a.put("households", {"head_name": "นายเก่า", "photos": [{"sha256": gone}]})
        a.delete("households", old.record.id)  # can be restored: its photo stays
        deliver(b, export_lines(a))

        used = photos_in_use(b.db)
        assert {mine, theirs, gone} <= used  # one shown, one waiting for review, one deleted
        assert first not in used and loose not in used
        last = b.sequence.last
        b.put("households", {"head_name": "นางใหม่", "photos": [{"sha256": first}]})
        assert photos_in_use(b.db, written_after=last) == {first}

        with a.db.atomic():  # on A, no row lists `first` since the edit
            assert forget_unused_photos(a.db, [first, mine, loose]) == sorted([first, loose])
        assert a.check() == []
