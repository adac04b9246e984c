"""The Activities screen: create, edit and delete through the editor; validation next to the
field; filtering and sorting the list; opening a record by id; Thai and English labels."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from mentor_desk.domain.thai_words import strip_break_hints
from mentor_desk.ui.database import Database
from mentor_desk.ui.i18n import set_language
from mentor_desk.ui.library import dialogs
from mentor_desk.ui.library.list_models import ActivityTableModel
from mentor_desk.ui.pages.activities import ActivitiesPage
from tests.ui.helpers import WAIT_MS, run, shown


@pytest.fixture
def page(qtbot, db: Database) -> ActivitiesPage:
    return shown(qtbot, ActivitiesPage(db))


def loaded(qtbot, page: ActivitiesPage, rows: int) -> None:
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == rows, timeout=WAIT_MS)


def test_create_edit_and_delete_an_activity(qtbot, db, page, monkeypatch) -> None:
    household = run(
        qtbot, db, lambda s: s.put("households", {"head_name": "นางบัวผัน ศรีสุข"}).record.id
    )
    page.refresh()
    qtbot.waitUntil(lambda: page.editor.households.model.rowCount() == 1, timeout=WAIT_MS)
    editor = page.editor

    page.new_button.click()
    assert page.right.currentWidget() is editor
    assert editor.is_new and not editor.delete_button.isEnabled()
    editor.title.insert("วันครอบครัวสัมพันธ์ ณ วัดหนองบัว")  # as typed (QTest cannot type Thai)
    editor.kind.set_value("family_day")
    editor.date.set_value(dt.date(2026, 4, 13))
    editor.place.setText("ศาลาประชาคม")
    editor.partners.boxes["religion"].setChecked(True)
    editor.households.set_checked(household, True)
    editor.adults.set_count(20)
    editor.children.set_count(12)
    editor.local_wisdom.set_value("ผู้สูงอายุสอนจักสาน")
    editor.virtues.boxes["volunteerism"].setChecked(True)
    editor.outcome.set_value("พ่อแม่และลูกพูดคุยกันมากขึ้น")
    assert editor.is_dirty()

    editor.activateWindow()
    editor.title.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS) as saved:
        qtbot.keyClick(editor.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    activity_id = saved.args[0].id
    stored = run(qtbot, db, lambda s: s.get("activities", activity_id))
    assert stored.title == "วันครอบครัวสัมพันธ์ ณ วัดหนองบัว"
    assert stored.date == "2026-04-13"
    assert stored.partners == ("religion",)
    assert stored.household_ids == (household,)
    assert (stored.adults, stored.children) == (20, 12)
    assert stored.virtues == ("volunteerism",)
    assert not editor.is_dirty() and editor.delete_button.isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    date_cell = page.proxy.index(0, ActivityTableModel.DATE).data()
    assert date_cell == "13 เม.ย. 2569"
    assert page.proxy.index(0, ActivityTableModel.PARTICIPANTS).data() == "32"

    editor.title.setText("วันครอบครัว ครั้งที่ 2")
    editor.adults.set_count(25)
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
        editor.save_button.click()
    stored = run(qtbot, db, lambda s: s.get("activities", activity_id))
    assert (stored.title, stored.adults, stored.children) == ("วันครอบครัว ครั้งที่ 2", 25, 12)
    qtbot.waitUntil(
        lambda: page.proxy.index(0, ActivityTableModel.TITLE).data() == "วันครอบครัว ครั้งที่ 2",
        timeout=WAIT_MS,
    )

    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm_delete", lambda parent, title: asked.append(title) or True
    )
    with qtbot.waitSignal(editor.deleted, timeout=WAIT_MS):
        editor.delete_button.click()
    assert asked == ["วันครอบครัว ครั้งที่ 2"]
    assert run(qtbot, db, lambda s: s.records("activities")) == []
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    assert page.right.currentWidget() is page.empty_label


def test_declining_delete_keeps_the_activity(qtbot, db, page, monkeypatch) -> None:
    activity = run(
        qtbot,
        db,
        lambda s: s.put("activities", {"title": "อบรม", "kind": "sport", "date": "2026-01-05"}),
    )
    page.open_with(activity.record.id)
    qtbot.waitUntil(lambda: page.editor.record_id == activity.record.id, timeout=WAIT_MS)
    monkeypatch.setattr(dialogs, "confirm_delete", lambda parent, title: False)
    page.editor.delete_button.click()
    assert len(run(qtbot, db, lambda s: s.records("activities"))) == 1


def test_a_missing_title_is_shown_next_to_the_field_in_thai(qtbot, db, page) -> None:
    page.start_new()
    assert page.editor.save() is False
    assert page.editor.form.error_text("title") == "ต้องกรอกช่องนี้"
    assert page.editor.title.hasFocus() or not page.isActiveWindow()
    assert run(qtbot, db, lambda s: s.records("activities")) == []
    page.editor.title.insert("กีฬาสีครอบครัว")
    with qtbot.waitSignal(page.editor.saved, timeout=WAIT_MS):
        assert page.editor.save() is True
    assert page.editor.form.error_text("title") == ""


def test_filter_by_text_and_kind_and_sort_by_columns(qtbot, db, page) -> None:
    for title, kind, date, adults in [
        ("วันครอบครัว", "family_day", "2026-03-01", 40),
        ("อบรมพ่อแม่", "parenting_class", "2026-01-10", 5),
        ("วันครอบครัวปีใหม่", "family_day", "2025-12-31", 120),
    ]:
        run(
            qtbot,
            db,
            lambda s, t=title, k=kind, d=date, a=adults: s.put(
                "activities", {"title": t, "kind": k, "date": d, "adults": a}
            ),
        )
    loaded(qtbot, page, 3)

    def titles() -> list[str]:
        return [
            page.proxy.index(row, ActivityTableModel.TITLE).data()
            for row in range(page.proxy.rowCount())
        ]

    assert titles() == ["วันครอบครัว", "อบรมพ่อแม่", "วันครอบครัวปีใหม่"]  # newest first
    page.view.sortByColumn(ActivityTableModel.PARTICIPANTS, Qt.SortOrder.AscendingOrder)
    assert titles() == ["อบรมพ่อแม่", "วันครอบครัว", "วันครอบครัวปีใหม่"]  # 5 < 40 < 120
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("family_day"))
    assert sorted(titles()) == ["วันครอบครัว", "วันครอบครัวปีใหม่"]
    page.filter_box.setText("ปีใหม่")
    assert titles() == ["วันครอบครัวปีใหม่"]
    assert page.count_label.text() == "แสดง 1 จาก 3 รายการ"
    page.filter_box.clear()
    page.kind_filter.setCurrentIndex(0)
    assert len(titles()) == 3


def test_open_with_an_id_shows_that_activity(qtbot, db, page) -> None:
    first = run(
        qtbot,
        db,
        lambda s: s.put("activities", {"title": "ก", "kind": "sport", "date": "2026-01-01"}),
    )
    second = run(
        qtbot,
        db,
        lambda s: s.put("activities", {"title": "ข", "kind": "sport", "date": "2026-02-01"}),
    )
    loaded(qtbot, page, 2)
    page.open_with(first.record.id)
    qtbot.waitUntil(lambda: page.editor.title.text() == "ก", timeout=WAIT_MS)
    selected = page.view.selectionModel().selectedRows()
    assert [page.proxy.mapToSource(i).row() for i in selected] == [
        page.model.row_of(first.record.id)
    ]
    page.open_with(second.record.id)
    qtbot.waitUntil(lambda: page.editor.title.text() == "ข", timeout=WAIT_MS)


def test_unsaved_changes_are_not_lost_without_asking(qtbot, db, page, monkeypatch) -> None:
    first = run(
        qtbot,
        db,
        lambda s: s.put("activities", {"title": "ก", "kind": "sport", "date": "2026-01-01"}),
    )
    second = run(
        qtbot,
        db,
        lambda s: s.put("activities", {"title": "ข", "kind": "sport", "date": "2026-02-01"}),
    )
    loaded(qtbot, page, 2)
    page.open_with(first.record.id)
    qtbot.waitUntil(lambda: page.editor.record_id == first.record.id, timeout=WAIT_MS)
    page.editor.title.setText("ก แก้ไขแล้ว")

    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent: dialogs.UnsavedChoice.CANCEL)
    page.open_with(second.record.id)
    assert page.editor.record_id == first.record.id
    assert page.editor.title.text() == "ก แก้ไขแล้ว"

    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent: dialogs.UnsavedChoice.SAVE)
    page.open_with(second.record.id)
    qtbot.waitUntil(lambda: page.editor.record_id == second.record.id, timeout=WAIT_MS)
    stored = run(qtbot, db, lambda s: s.get("activities", first.record.id))
    assert stored.title == "ก แก้ไขแล้ว"


def test_labels_follow_the_language(qtbot, page) -> None:
    page.start_new()
    editor = page.editor
    assert page.heading.text() == "กิจกรรม"
    assert page.new_button.text() == "+ เพิ่มกิจกรรม"
    assert editor.form.labels["title"].text() == "ชื่อกิจกรรม"
    assert editor.form.labels["household_ids"].text() == "ครอบครัวที่เข้าร่วม"
    assert editor.save_button.text() == "บันทึก (Ctrl+S)"
    assert page.model.headerData(ActivityTableModel.DATE, Qt.Orientation.Horizontal) == "วันที่"
    assert editor.kind.currentText() == "วันครอบครัว"
    set_language("en")  # widgets hear of it through a posted LanguageChange event
    qtbot.waitUntil(lambda: page.heading.text() == "Activities", timeout=WAIT_MS)
    assert page.new_button.text() == "+ New activity"
    assert editor.form.labels["title"].text() == "Title"
    assert editor.form.labels["household_ids"].text() == "Households taking part"
    assert editor.save_button.text() == "Save (Ctrl+S)"
    assert page.model.headerData(ActivityTableModel.DATE, Qt.Orientation.Horizontal) == "Date"
    assert editor.kind.currentText() == "Family day"
    assert strip_break_hints(page.empty_label.text()).startswith("No activities yet")
    set_language("th")
    qtbot.waitUntil(lambda: page.heading.text() == "กิจกรรม", timeout=WAIT_MS)
    assert editor.form.labels["title"].text() == "ชื่อกิจกรรม"
