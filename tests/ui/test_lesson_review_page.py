"""The district's lesson review inbox: counts per status, waiting lessons first, filters,
the lesson read in full, and decisions saved as ordinary edits through the worker."""

from __future__ import annotations

from typing import Any

import pytest

from mentor_desk.store import Profile, Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.library.table_model import ID_ROLE
from mentor_desk.ui.pages.lesson_review import LessonReviewPage
from tests.samples import photo_bytes
from tests.ui.conftest_households import run_job


def fill(store: Store) -> dict[str, str]:
    store.set_profile(Profile(name="อำเภอน้ำพอง", role="district"))
    photo = store.add_photo(photo_bytes())
    ids = {}
    for key, title, status, author, area, code in (
        ("bank", "ธนาคารขยะชุมชน", "submitted", "ครูสมศรี", "บ้านหนองบัว", "400701"),
        ("sport", "ลานกีฬาครอบครัว", "reviewed", "ครูสมศรี", "บ้านหนองบัว", "400701"),
        ("elders", "ผู้สูงอายุสอนจักสาน", "selected", "นายบุญมี", "บ้านโคก", "400702"),
        ("draft", "ยังเขียนไม่เสร็จ", "draft", "นายบุญมี", "บ้านโคก", "400702"),
    ):
        ids[key] = store.put(
            "lessons",
            {
                "kind": "lesson_learned",
                "title": title,
                "status": status,
                "author": author,
                "area": area,
                "subdistrict_code": code,
                "context": "ชุมชนมีขยะมากและครอบครัวมีรายได้น้อย",
                "results": "ครอบครัวมีรายได้เพิ่มขึ้น",
                "photos": [{"sha256": photo.sha256, "caption": "วันเปิดธนาคารขยะ"}],
                "people_consented": True,
            },
        ).record.id
    return ids


@pytest.fixture
def loaded(db: Database, qtbot: Any) -> tuple[LessonReviewPage, dict[str, str]]:
    ids = run_job(qtbot, db, fill)
    page = LessonReviewPage(db)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    return page, ids


def listed(page: LessonReviewPage) -> list[str]:
    return [page.proxy.index(row, 0).data(ID_ROLE) for row in range(page.proxy.rowCount())]


def test_inbox_lists_sent_lessons_waiting_first_with_counts(loaded) -> None:
    page, ids = loaded
    assert listed(page) == [ids["bank"], ids["sport"], ids["elders"]]  # no draft
    assert [page.counts[s].number.text() for s in ("submitted", "reviewed", "selected")] == [
        "1",
        "1",
        "1",
    ]
    page.filters.mentor.setCurrentIndex(page.filters.mentor.findData("นายบุญมี"))
    assert listed(page) == [ids["elders"]]
    page.filters.mentor.setCurrentIndex(0)
    page.filters.subdistrict.setCurrentIndex(page.filters.subdistrict.findData("400701"))
    assert page.filters.village.findData("บ้านโคก") == -1  # villages of the subdistrict only
    page.filters.status.setCurrentIndex(page.filters.status.findData("reviewed"))
    assert listed(page) == [ids["sport"]]
    assert page.shown.text() in ("แสดง 1 จาก 3", "Showing 1 of 3")


def test_a_decision_is_saved_and_counted(loaded, db: Database, qtbot: Any) -> None:
    page, ids = loaded
    page.open_lesson(ids["bank"])
    qtbot.waitUntil(lambda: page.lesson is not None, timeout=10_000)
    text = page.reader.toPlainText()
    assert "ธนาคารขยะชุมชน" in text.replace("\u200b", "")
    assert "1. ความเป็นมาและบริบท" in text.replace("\u200b", "")
    assert "วันเปิดธนาคารขยะ" in text.replace("\u200b", "")
    assert not page.decision.submitted_button.isEnabled()  # it is submitted already
    page.decision.notes.setPlainText("เรื่องดีมาก ขอภาพเพิ่มอีกหนึ่งภาพ")
    page.decision.selected_button.click()
    qtbot.waitUntil(lambda: page.counts["selected"].number.text() == "2", timeout=10_000)
    stored = run_job(qtbot, db, lambda store: store.get("lessons", ids["bank"]))
    assert (stored.status, stored.reviewer_notes) == ("selected", "เรื่องดีมาก ขอภาพเพิ่มอีกหนึ่งภาพ")
    assert page.counts["submitted"].number.text() == "0"
    page.decision.submitted_button.click()  # changed their mind: back to the inbox
    qtbot.waitUntil(lambda: page.counts["submitted"].number.text() == "1", timeout=10_000)
