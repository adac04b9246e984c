"""The visit screen: drafts that survive closing, Ctrl+S, editing and deleting a visit,
messages next to the field, the household picker, and the language switch."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentor_desk.domain.errors import NotFoundError
from mentor_desk.ui.database import Database
from mentor_desk.ui.households import forms
from mentor_desk.ui.households.drafts import VisitDrafts
from mentor_desk.ui.i18n import set_language
from mentor_desk.ui.pages.visit import VisitPage
from mentor_desk.ui.theme import NEXT_VISIT_DEFAULT_DAYS
from tests.ui.conftest_households import add_family, put, run_job, type_text


def open_page(db: Database, qtbot: Any, argument: object) -> VisitPage:
    page = VisitPage(db)
    qtbot.addWidget(page)
    page.refresh()
    page.open_with(argument)
    return page


def show_active(page: VisitPage, qtbot: Any) -> None:
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)


def ready(page: VisitPage, household_id: str) -> bool:
    form = page.form
    return form.household.household_id == household_id and not form.members_pending


def test_a_draft_survives_closing_and_reopening_the_page(db: Database, qtbot: Any) -> None:
    household_id = add_family(qtbot, db, "นางบัวผัน ศรีสุข", moo=3)
    page = open_page(db, qtbot, {"household_id": household_id})
    qtbot.waitUntil(lambda: ready(page, household_id))
    assert page.form.date.value() == dt.date.today()
    assert page.form.next_visit.date.value() == dt.date.today() + dt.timedelta(
        days=NEXT_VISIT_DEFAULT_DAYS
    )
    type_text(page.form.observations, "คุณยายสุขภาพดีขึ้น")
    page.form.topics.boxes["health"].setChecked(True)
    next(iter(page.form.members_met.boxes.values())).setChecked(True)
    page.close()  # as the main window does when it closes

    again = open_page(db, qtbot, "new")
    qtbot.waitUntil(lambda: ready(again, household_id))
    assert again.form.observations.toPlainText() == "คุณยายสุขภาพดีขึ้น"
    assert again.form.topics.values() == ("health",)
    assert [box.isChecked() for box in again.form.members_met.boxes.values()] == [True]
    assert "กลับมาให้แล้ว" in again.banner.message()

    again.save()
    qtbot.waitUntil(lambda: again.visit_id is not None)
    assert VisitDrafts(db.home).newest_new_visit() is None
    visit = run_job(qtbot, db, lambda store: store.get("visits", again.visit_id))
    assert visit.observations == "คุณยายสุขภาพดีขึ้น" and len(visit.members_met) == 1
    third = open_page(db, qtbot, "new")
    assert third.form.observations.toPlainText() == "" and third.banner.message() == ""


def test_ctrl_s_saves_and_a_saved_visit_can_be_changed_and_deleted(
    db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    household_id = add_family(qtbot, db, "นายทองดี มีสุข")
    visit_id = put(
        qtbot,
        db,
        "visits",
        {"household_id": household_id, "date": "2026-10-01", "observations": "ลูกชายหางานทำได้แล้ว"},
    )
    page = open_page(db, qtbot, {"visit_id": visit_id})
    qtbot.waitUntil(lambda: page.form.observations.toPlainText() == "ลูกชายหางานทำได้แล้ว")
    assert page.visit_id == visit_id and page.delete_button.isVisibleTo(page)
    assert page.heading.text() == "แก้ไขการเยี่ยมบ้านที่บันทึกไว้"
    assert page.form.date.text() == "1/10/2569"

    show_active(page, qtbot)  # shortcuts work in the active window only
    page.form.actions_agreed.setFocus()
    type_text(page.form.actions_agreed, "พาไปสมัครงาน")
    qtbot.keyClick(page.form.actions_agreed, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.dirty)
    stored = run_job(qtbot, db, lambda store: store.get("visits", visit_id))
    assert stored.actions_agreed == "พาไปสมัครงาน"
    assert stored.observations == "ลูกชายหางานทำได้แล้ว"

    monkeypatch.setattr(forms, "confirm", lambda *args, **kwargs: True)
    page.delete_visit()
    qtbot.waitUntil(lambda: page.visit_id is None)
    assert page.banner.message() == "ลบการเยี่ยมแล้ว"
    qtbot.waitUntil(lambda: ready(page, household_id))  # ready for the next visit
    with pytest.raises(NotFoundError):
        run_job(qtbot, db, lambda store: store.get("visits", visit_id))


def test_problems_are_shown_next_to_the_field(db: Database, qtbot: Any) -> None:
    page = open_page(db, qtbot, "new")
    page.save()
    assert page.form.form.message("household_id") == "กรุณาเลือกครอบครัวที่ไปเยี่ยม"

    household_id = add_family(qtbot, db, "นางมะลิ ทองคำ")
    page.open_with({"household_id": household_id})
    qtbot.waitUntil(lambda: ready(page, household_id))
    page.form.next_visit.check.setChecked(True)
    page.form.next_visit.date.set_value(dt.date.today() - dt.timedelta(days=3))
    page.save()
    qtbot.waitUntil(lambda: bool(page.form.form.message("next_visit_date")))
    assert page.form.form.message("next_visit_date") == "วันนัดครั้งถัดไปต้องไม่ก่อนวันที่เยี่ยม"
    assert page.visit_id is None


def test_the_household_is_chosen_by_typing(db: Database, qtbot: Any) -> None:
    add_family(qtbot, db, "นางบัวผัน ศรีสุข", village_name="บ้านโนนสะอาด")
    wanted = add_family(qtbot, db, "นายสมชาย ใจดี", village_name="บ้านหนองบัว")
    page = open_page(db, qtbot, "new")
    show_active(page, qtbot)
    picker = page.form.household
    picker.edit.setFocus()
    type_text(picker.edit, "สมชาย")
    qtbot.waitUntil(lambda: picker.suggestions.rowCount() == 1)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ready(page, wanted))
    assert [box.text() for box in page.form.members_met.boxes.values()] == ["นายสมชาย ใจดี"]
    assert picker.edit.text().startswith("นายสมชาย ใจดี · บ้านหนองบัว")


def test_the_language_switch_changes_the_labels(db: Database, qtbot: Any) -> None:
    page = open_page(db, qtbot, "new")
    date_label = page.form.form.label("date")
    assert (page.heading.text(), date_label.text()) == ("บันทึกการเยี่ยมบ้าน", "วันที่เยี่ยม (&D)")
    assert page.form.mode.currentText() == "เยี่ยมที่บ้าน"
    set_language("en")
    qtbot.waitUntil(lambda: page.heading.text() == "Log a visit")
    assert date_label.text() == "Visit &date"
    assert page.save_button.text() == "&Save visit (Ctrl+S)"
    assert page.form.mode.currentText() == "Home visit"
    assert page.form.date.accessibleName() == "Visit date"
