"""Photo thumbnails are decoded off the GUI thread and appear on their items, small and the
right way up; a photo removed before its thumbnail is ready is simply left out."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image

from mentor_desk.domain.records import Photo
from mentor_desk.ui.database import Database
from mentor_desk.ui.theme import THUMBNAIL_SIZE
from mentor_desk.ui.widgets.photos import PhotoStrip
from tests.ui.conftest_households import run_job


def jpeg(width: int, height: int, colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG")
    return out.getvalue()


def test_thumbnails_arrive_small_and_keep_their_shape(db: Database, qtbot: Any) -> None:
    wide = run_job(qtbot, db, lambda s: s.add_photo(jpeg(1600, 900, "green")).sha256)
    tall = run_job(qtbot, db, lambda s: s.add_photo(jpeg(600, 1200, "orange")).sha256)
    strip = PhotoStrip(db)
    qtbot.addWidget(strip)
    strip.set_photos((Photo(wide, "แปลงผักของครอบครัว"), Photo(tall, "")))
    items = [strip.list.item(row) for row in range(2)]
    qtbot.waitUntil(lambda: all(not item.icon().isNull() for item in items))
    sizes = [item.icon().availableSizes()[0] for item in items]
    assert max(sizes[0].width(), sizes[0].height()) == THUMBNAIL_SIZE
    assert sizes[0].width() > sizes[0].height() and sizes[1].width() < sizes[1].height()
    assert strip.photos() == (Photo(wide, "แปลงผักของครอบครัว"), Photo(tall, ""))


def test_a_photo_removed_before_its_thumbnail_is_ready_stays_removed(
    db: Database, qtbot: Any
) -> None:
    sha = run_job(qtbot, db, lambda s: s.add_photo(jpeg(1600, 900, "green")).sha256)
    strip = PhotoStrip(db)
    qtbot.addWidget(strip)
    strip.set_photos((Photo(sha, ""),))
    strip.set_photos(())
    qtbot.wait(200)
    assert strip.list.count() == 0 and strip.photos() == ()
