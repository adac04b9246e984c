"""The Lessons screen: write, edit, send for review and delete a lesson through the template
editor; the consent warning; reviewer notes read-only; filters; Thai and English labels."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from mentor_desk.domain.thai_words import strip_break_hints
from mentor_desk.store import Profile, Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.i18n import set_language
from mentor_desk.ui.library import dialogs
from mentor_desk.ui.library.list_models import LessonTableModel
from mentor_desk.ui.pages.lessons import LessonsPage
from tests.ui.helpers import WAIT_MS, run, shown

CONTEXT = "หมู่บ้านมีครอบครัวข้ามรุ่นมาก ชาวบ้านจึงช่วยกันตั้งศูนย์เรียนรู้ชุมชนที่วัด"


@pytest.fixture
def page(qtbot, db: Database) -> LessonsPage:
    return shown(qtbot, LessonsPage(db))


def put_lesson(qtbot, db: Database, **fields: Any) -> str:
    values = {"title": "บทเรียนวันครอบครัว", "kind": "lesson_learned", **fields}
    return run(qtbot, db, lambda s: s.put("lessons", values).record.id)


def test_write_edit_submit_and_delete_a_lesson(qtbot, db, page, monkeypatch) -> None:
    def seed(store: Store) -> tuple[str, str]:
        store.set_profile(Profile(name="สมศรี ใจงาม", role="mentor", subdistrict_code="400701"))
        household = store.put("households", {"head_name": "นางบัวผัน ศรีสุข"}).record.id
        visit = store.put("visits", {"household_id": household, "date": "2026-02-10"}).record.id
        activity = store.put(
            "activities", {"title": "วันครอบครัว", "kind": "family_day", "date": "2026-03-01"}
        ).record.id
        return activity, visit

    activity, visit = run(qtbot, db, seed)
    page.refresh()
    qtbot.waitUntil(lambda: page.editor.visits.model.rowCount() == 1, timeout=WAIT_MS)
    editor = page.editor

    page.kind_filter.setCurrentIndex(page.kind_filter.findData("learning_source"))
    page.new_button.click()
    assert editor.kind.value() == "learning_source"  # the kind the list shows
    assert editor.author.text() == "สมศรี ใจงาม"  # the mentor of this laptop
    assert editor.subdistrict.value() == "400701"
    assert editor.submit_button.isVisible()
    editor.title.insert("ศูนย์เรียนรู้ชุมชนบ้านหนองบัว")
    editor.period_start.set_value("2025-10-01")
    editor.period_end.set_value("2026-03-31")
    editor.sections["context"].set_value(CONTEXT)
    editor.sections["results"].set_value("เด็กกล้าพูดคุยกับผู้ใหญ่มากขึ้น")
    editor.virtues.boxes["sufficiency"].setChecked(True)
    editor.activities.set_checked(activity, True)
    editor.visits.set_checked(visit, True)
    editor.consent.setChecked(True)
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS) as saved:
        assert editor.save()
    lesson_id = saved.args[0].id
    stored = run(qtbot, db, lambda s: s.get("lessons", lesson_id))
    assert (stored.title, stored.kind, stored.status) == (
        "ศูนย์เรียนรู้ชุมชนบ้านหนองบัว",
        "learning_source",
        "draft",
    )
    assert (stored.period_start, stored.period_end) == ("2025-10-01", "2026-03-31")
    assert stored.context == CONTEXT
    assert (stored.activity_ids, stored.visit_ids) == ((activity,), (visit,))
    assert stored.virtues == ("sufficiency",) and stored.people_consented

    editor.sections["recommendations"].set_value("ควรทำต่อเนื่องทุกปี")
    editor.period_start.check.setChecked(False)
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
        editor.save_button.click()
    stored = run(qtbot, db, lambda s: s.get("lessons", lesson_id))
    assert stored.recommendations == "ควรทำต่อเนื่องทุกปี"
    assert stored.period_start is None and stored.context == CONTEXT

    asked: list[bool] = []
    monkeypatch.setattr(
        dialogs,
        "confirm_submit",
        lambda parent, *, missing_consent: asked.append(missing_consent) or True,
    )
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
        editor.submit_button.click()
    assert asked == [False]
    assert run(qtbot, db, lambda s: s.get("lessons", lesson_id)).status == "submitted"
    assert editor.status == "submitted" and not editor.submit_button.isVisible()
    assert "รออำเภอตรวจ" in strip_break_hints(editor.status_label.text())
    qtbot.waitUntil(
        lambda: page.proxy.index(0, LessonTableModel.STATUS).data() == "ส่งแล้ว", timeout=WAIT_MS
    )

    monkeypatch.setattr(dialogs, "confirm_delete", lambda parent, title: True)
    with qtbot.waitSignal(editor.deleted, timeout=WAIT_MS):
        editor.delete_button.click()
    assert run(qtbot, db, lambda s: s.records("lessons")) == []


def test_sending_a_good_deed_story_without_consent_warns(qtbot, db, page, monkeypatch) -> None:
    lesson = put_lesson(qtbot, db, kind="good_deed", title="ยายคำปุน ผู้ให้")
    page.open_with(lesson)
    qtbot.waitUntil(lambda: page.editor.record_id == lesson, timeout=WAIT_MS)
    assert page.editor.consent_hint.isVisible()  # the warning is on the form already
    asked: list[bool] = []
    monkeypatch.setattr(
        dialogs,
        "confirm_submit",
        lambda parent, *, missing_consent: asked.append(missing_consent) or False,
    )
    page.editor.submit()
    assert asked == [True]
    assert run(qtbot, db, lambda s: s.get("lessons", lesson)).status == "draft"
    page.editor.consent.setChecked(True)
    assert not page.editor.consent_hint.isVisible()


def test_reviewer_notes_are_shown_read_only_and_kept(qtbot, db, page) -> None:
    lesson = put_lesson(qtbot, db)
    run(
        qtbot,
        db,
        lambda s: s.put("lessons", {"id": lesson, "status": "reviewed", "reviewer_notes": "ดีมาก"}),
    )
    page.open_with(lesson)
    qtbot.waitUntil(lambda: page.editor.record_id == lesson, timeout=WAIT_MS)
    editor = page.editor
    assert editor.reviewer_notes.isVisible()
    assert strip_break_hints(editor.reviewer_notes.text()) == "ดีมาก"
    assert not editor.submit_button.isVisible()
    assert strip_break_hints(editor.status_label.text()) == "ตรวจแล้ว"
    editor.title.setText("บทเรียนวันครอบครัว (ปรับปรุง)")
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
        editor.save()
    stored = run(qtbot, db, lambda s: s.get("lessons", lesson))
    assert (stored.status, stored.reviewer_notes) == ("reviewed", "ดีมาก")


def test_period_end_before_start_is_shown_next_to_the_period(qtbot, db, page) -> None:
    page.start_new()
    page.editor.title.insert("ทดสอบ")
    page.editor.period_start.set_value("2026-03-01")
    page.editor.period_end.set_value("2026-01-01")
    assert page.editor.save() is False
    assert page.editor.form.error_text("period_end") == "วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น"


def test_filter_by_kind_and_status(qtbot, db, page) -> None:
    put_lesson(qtbot, db, title="ก", kind="good_deed")
    submitted = put_lesson(qtbot, db, title="ข", kind="lesson_learned")
    run(qtbot, db, lambda s: s.put("lessons", {"id": submitted, "status": "submitted"}))
    put_lesson(qtbot, db, title="ค", kind="learning_source")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)

    def titles() -> list[str]:
        return sorted(
            page.proxy.index(row, LessonTableModel.TITLE).data()
            for row in range(page.proxy.rowCount())
        )

    page.kind_filter.setCurrentIndex(page.kind_filter.findData("good_deed"))
    assert titles() == ["ก"]
    page.kind_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("submitted"))
    assert titles() == ["ข"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
    assert titles() == ["ก", "ค"]
    page.status_filter.setCurrentIndex(0)
    page.view.sortByColumn(LessonTableModel.STATUS, Qt.SortOrder.DescendingOrder)
    statuses = [
        page.proxy.index(row, LessonTableModel.STATUS).data()
        for row in range(page.proxy.rowCount())
    ]
    assert statuses == ["ส่งแล้ว", "ฉบับร่าง", "ฉบับร่าง"]  # along the review flow


def test_template_labels_follow_the_language(qtbot, page) -> None:
    page.start_new()
    editor = page.editor
    assert page.heading.text() == "บทเรียน"
    assert strip_break_hints(editor.form.labels["context"].text()) == "1. ความเป็นมาและบริบท"
    assert strip_break_hints(editor.form.labels["recommendations"].text()) == "6. ข้อเสนอแนะ"
    assert editor.form.labels["subdistrict_code"].text() == "ตำบล"
    assert editor.sections["context"].placeholderText().startswith("เรื่องนี้เริ่มต้นอย่างไร")
    assert editor.submit_button.text() == "ส่งให้อำเภอตรวจ…"
    set_language("en")
    qtbot.waitUntil(lambda: page.heading.text() == "Lessons", timeout=WAIT_MS)
    assert strip_break_hints(editor.form.labels["context"].text()) == "1. Background and context"
    assert editor.form.labels["subdistrict_code"].text() == "Subdistrict"
    assert editor.sections["context"].placeholderText().startswith("How did it start?")
    assert editor.submit_button.text() == "Send for review…"
    assert editor.subdistrict.value() == ""
    set_language("th")
    qtbot.waitUntil(lambda: page.heading.text() == "บทเรียน", timeout=WAIT_MS)
