"""The Households screen: the editor, the detail with members and timeline, closing a
household, the searchable list, and the language switch."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mentor_desk.domain.errors import NotFoundError
from mentor_desk.domain.ids import short_code
from mentor_desk.domain.records import Member
from mentor_desk.ui.database import Database
from mentor_desk.ui.households import forms
from mentor_desk.ui.i18n import set_language
from mentor_desk.ui.pages.households import HouseholdsPage
from mentor_desk.ui.pages.visit import VisitPage
from tests.ui.conftest_households import add_family, put, run_job, type_text


@pytest.fixture
def page(db: Database, qtbot: Any) -> HouseholdsPage:
    households = HouseholdsPage(db)
    qtbot.addWidget(households)
    households.refresh()
    return households


def due_ids(qtbot: Any, db: Database) -> set[str]:
    due = run_job(qtbot, db, lambda store: store.households_due_for_visit(dt.date.today()))
    return {d.household.id for d in due}


def test_a_household_made_in_the_editor_gets_a_visit_in_its_timeline_and_leaves_the_due_list(
    page: HouseholdsPage, db: Database, qtbot: Any
) -> None:
    page.add_household()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor)
    editor = page.editor
    editor.head_name.setText("นางสมใจ รักบ้าน")
    editor.moo.setValue(4)
    editor.village_name.setText("บ้านหนองบัว")
    editor.tags.boxes["poverty"].setChecked(True)
    editor.risk_level.set_value("high")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    detail = page.detail_view
    qtbot.waitUntil(lambda: detail.detail is not None and detail.name.text() == "นางสมใจ รักบ้าน")
    household_id = detail.household_id
    stored = run_job(qtbot, db, lambda store: store.get("households", household_id))
    assert (stored.moo, stored.village_name, stored.tags) == (4, "บ้านหนองบัว", ("poverty",))
    assert stored.risk_level == "high"
    assert household_id in due_ids(qtbot, db)  # never visited: due now

    with qtbot.waitSignal(page.navigate) as asked:
        qtbot.mouseClick(detail.visit_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["visit", {"household_id": household_id}]

    visit = VisitPage(db)
    qtbot.addWidget(visit)
    visit.open_with(asked.args[1])
    qtbot.waitUntil(lambda: visit.form.household.household_id == household_id)
    visit.form.observations.setPlainText("ครอบครัวมีรายได้จากการทอผ้า")
    visit.form.topics.boxes["livelihood"].setChecked(True)
    visit.save()
    qtbot.waitUntil(lambda: visit.visit_id is not None)
    assert "นางสมใจ รักบ้าน" in visit.banner.message()
    assert household_id not in due_ids(qtbot, db)

    page.show_household(household_id)
    qtbot.waitUntil(lambda: detail.timeline.count() == 1)
    entry = detail.timeline.item(0)
    assert entry.data(Qt.ItemDataRole.UserRole).record_id == visit.visit_id
    today_be = str(dt.date.today().year + 543)
    assert today_be in entry.text() and "ครอบครัวมีรายได้" in entry.text().replace("\u200b", "")
    with qtbot.waitSignal(detail.navigate) as opened:
        detail.open_button.click()
    assert opened.args == ["visit", {"visit_id": visit.visit_id}]


def test_the_editor_says_what_is_wrong_next_to_the_field(page: HouseholdsPage, qtbot: Any) -> None:
    page.add_household()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor)
    page.editor.save()
    family = page.editor.forms[0]
    assert family.message("head_name") == "กรุณากรอกชื่อหัวหน้าครอบครัว"
    page.editor.head_name.setText("นายทดสอบ ระบบ")
    page.editor.latitude.setText("123.5")  # beyond 90: the store refuses it
    page.editor.save()
    qtbot.waitUntil(lambda: bool(family.message("latitude")))
    assert family.message("latitude") == "ต้องอยู่ระหว่าง -90 ถึง 90"
    assert family.message("head_name") == ""


def test_members_are_added_edited_and_deleted(
    page: HouseholdsPage, db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    household_id = put(qtbot, db, "households", {"head_name": "นางคำปุน แสนสุข"})
    page.open_with(household_id)
    panel = page.detail_view.members
    qtbot.waitUntil(lambda: panel.add_button.isEnabled())

    panel.add_member()
    dialog = panel.dialog
    assert dialog is not None
    dialog.name.setText("ด.ญ. ฝน แสนสุข")
    dialog.birth_year.setValue(2558)  # พ.ศ. on screen
    dialog.relation.set_value("grandchild")
    dialog.national_id.setText("1234567890123")  # wrong check digit
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.form.message("national_id")))
    assert dialog.form.message("national_id") == "เลขประจำตัวประชาชนไม่ถูกต้อง"
    dialog.national_id.clear()
    dialog.save()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    member: Member = panel.table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    assert (member.birth_year, member.relation) == (2015, "grandchild")  # stored in CE
    assert panel.table.item(0, 2).text() == "2558"

    panel.table.selectRow(0)
    panel.edit_member()
    dialog = panel.dialog
    assert dialog.name.text() == "ด.ญ. ฝน แสนสุข"
    dialog.name.setText("ด.ญ. ฝนทิพย์ แสนสุข")
    dialog.save()
    qtbot.waitUntil(lambda: panel.table.item(0, 0).text() == "ด.ญ. ฝนทิพย์ แสนสุข")

    monkeypatch.setattr(forms, "confirm", lambda *args, **kwargs: False)
    panel.table.selectRow(0)
    panel.delete_member()
    assert panel.table.rowCount() == 1  # the user said no

    monkeypatch.setattr(forms, "confirm", lambda *args, **kwargs: True)
    panel.delete_member()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0)
    with pytest.raises(NotFoundError):
        run_job(qtbot, db, lambda store: store.get("members", member.id))


def test_closing_a_household_asks_first_and_takes_it_off_the_due_list(
    page: HouseholdsPage, db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    household_id = put(qtbot, db, "households", {"head_name": "นายทองดี มีสุข"})
    page.open_with(household_id)
    detail = page.detail_view
    qtbot.waitUntil(lambda: detail.detail is not None)
    questions: list[str] = []

    def answer(parent: object, *, title: str, question: str, action: str, cancel: str) -> bool:
        questions.append(question)
        return len(questions) > 1  # no the first time, yes the second

    monkeypatch.setattr(forms, "confirm", answer)
    detail.close_button.click()
    assert "นายทองดี มีสุข" in questions[0]
    assert run_job(qtbot, db, lambda s: s.get("households", household_id)).status == "active"
    detail.close_button.click()
    qtbot.waitUntil(lambda: detail.detail.household.status == "closed")
    assert household_id not in due_ids(qtbot, db)
    assert detail.close_button.text() == "รับกลับมาดูแล (&O)"


def test_the_list_filters_by_thai_text_and_opens_a_household(
    page: HouseholdsPage, db: Database, qtbot: Any
) -> None:
    add_family(qtbot, db, "นางบัวผัน ศรีสุข", village_name="บ้านโนนสะอาด")
    wanted = add_family(qtbot, db, "นายสมชาย ใจดี", village_name="บ้านหนองบัว")
    add_family(qtbot, db, "นางมะลิ ทองคำ", village_name="บ้านโคกกลาง")
    view = page.list_view
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)

    type_text(view.search, "หนองบัว")
    qtbot.waitUntil(lambda: view.model.total == 1)
    assert view.model.household(0).id == wanted
    assert view.count.text() == "พบ 1 ครอบครัว"

    view.search.setText("บัว")  # in a name and in a village
    qtbot.waitUntil(lambda: view.model.total == 2)
    names = {view.model.household(row).head_name for row in range(2)}
    assert names == {"นางบัวผัน ศรีสุข", "นายสมชาย ใจดี"}

    view.search.setText("ไม่มีใครชื่อนี้")
    qtbot.waitUntil(lambda: view.model.total == 0 and not view.model.loading)
    assert view.empty.isVisibleTo(view) and not view.table.isVisibleTo(view)

    view.search.setText(short_code(wanted).lower())  # codes are read aloud, typed any case
    qtbot.waitUntil(lambda: view.model.total == 1)
    assert view.model.household(0).id == wanted
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.total == 3)
    row = next(r for r in range(3) if view.model.household(r).id == wanted)
    view.table.activated.emit(view.model.index(row, 1))
    qtbot.waitUntil(lambda: page.detail_view.detail is not None)
    assert page.detail_view.detail.household.id == wanted


def test_the_language_switch_changes_the_labels(page: HouseholdsPage, qtbot: Any) -> None:
    view = page.list_view
    header = view.model.headerData(view.model.HEAD_NAME, Qt.Orientation.Horizontal)
    assert (page.heading.text(), view.add_button.text(), header) == (
        "ครอบครัว",
        "เพิ่มครอบครัว (&A)",
        "หัวหน้าครอบครัว",
    )
    head_label = page.editor.forms[0].label("head_name")
    assert head_label.text() == "ชื่อหัวหน้าครอบครัว (&H)"

    set_language("en")
    qtbot.waitUntil(lambda: page.heading.text() == "Households")
    assert view.add_button.text() == "&Add household"
    assert view.model.headerData(view.model.HEAD_NAME, Qt.Orientation.Horizontal) == (
        "Head of household"
    )
    assert head_label.text() == "&Head of household"
    assert view.status.itemText(1) == "In care"

    set_language("th")
    qtbot.waitUntil(lambda: page.heading.text() == "ครอบครัว")
    assert view.status.itemText(1) == "กำลังดูแล"
