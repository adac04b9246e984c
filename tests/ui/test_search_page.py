"""The Search screen: Thai found inside longer text as the mentor types, results grouped by
kind with the match in bold, opening a result navigates to its record, the not-found
message, and Thai / English texts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from mentor_desk.store import Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.i18n import set_language
from mentor_desk.ui.library.search_results import HIT_ROLE, HTML_ROLE
from mentor_desk.ui.pages.search import SearchPage
from tests.ui.helpers import WAIT_MS, run, shown


@pytest.fixture
def page(qtbot, db: Database) -> SearchPage:
    return shown(qtbot, SearchPage(db))


@pytest.fixture
def records(qtbot, db: Database) -> dict[str, str]:
    """A household, its visit, an activity and a lesson, each with searchable Thai."""

    def seed(store: Store) -> dict[str, str]:
        household = store.put("households", {"head_name": "นางบัวผัน ศรีสุข"}).record.id
        visit = store.put(
            "visits",
            {
                "household_id": household,
                "date": "2026-02-10",
                "observations": "ยายดูแลหลานสองคน อยากให้หลานไปเรียนที่ศูนย์พัฒนาเด็กเล็ก",
            },
        ).record.id
        activity = store.put(
            "activities",
            {"title": "วันครอบครัวสัมพันธ์", "kind": "family_day", "date": "2026-04-13"},
        ).record.id
        lesson = store.put(
            "lessons",
            {
                "title": "บทเรียนจากบ้านหนองบัว",
                "kind": "lesson_learned",
                "context": "ชาวบ้านช่วยกันสร้างศูนย์เรียนรู้ชุมชนไว้ที่ลานวัดเมื่อปีที่แล้ว",
            },
        ).record.id
        return {"household": household, "visit": visit, "activity": activity, "lesson": lesson}

    return run(qtbot, db, seed)


def hits_shown(page: SearchPage) -> list[Any]:
    model = page.results.results
    return [
        model.index(row, 0).data(HIT_ROLE)
        for row in range(model.rowCount())
        if model.index(row, 0).data(HIT_ROLE) is not None
    ]


def headings(page: SearchPage) -> list[str]:
    model = page.results.results
    return [
        model.index(row, 0).data()
        for row in range(model.rowCount())
        if model.index(row, 0).data(HIT_ROLE) is None
    ]


def test_finds_thai_inside_a_sentence_and_opens_the_lesson(qtbot, page, records) -> None:
    page.refresh()
    page.box.setText("ศูนย์เรียนรู้")  # typing; the search starts after a pause
    assert page.timer.isActive()
    qtbot.waitUntil(lambda: len(hits_shown(page)) == 1, timeout=WAIT_MS)
    (hit,) = hits_shown(page)
    assert (hit.table, hit.id, hit.title) == ("lessons", records["lesson"], "บทเรียนจากบ้านหนองบัว")
    assert headings(page) == ["บทเรียน (1)"]
    html = page.results.results.index(1, 0).data(HTML_ROLE).replace("\u200b", "")
    assert "<b>ศูนย์เรียนรู้</b>" in html
    assert page.message_text() == ""

    page.results.setFocus()
    page.results.select_first_hit()
    with qtbot.waitSignal(page.navigate, timeout=WAIT_MS) as opened:
        qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert opened.args == ["lessons", records["lesson"]]


def test_results_are_grouped_and_open_their_own_screen(qtbot, page, records) -> None:
    page.box.setText("น")  # one letter: the short-query search
    qtbot.waitUntil(lambda: len(hits_shown(page)) == 4, timeout=WAIT_MS)
    assert headings(page) == ["ครอบครัว (1)", "การเยี่ยมบ้าน (1)", "กิจกรรม (1)", "บทเรียน (1)"]
    targets = {}
    for hit in hits_shown(page):
        with qtbot.waitSignal(page.navigate, timeout=WAIT_MS) as opened:
            page.open_hit(hit)
        targets[hit.table] = tuple(opened.args)
    assert targets == {
        "households": ("households", records["household"]),
        "visits": ("visit", {"visit_id": records["visit"]}),
        "activities": ("activities", records["activity"]),
        "lessons": ("lessons", records["lesson"]),
    }
    visit = next(hit for hit in hits_shown(page) if hit.table == "visits")
    assert visit.title == "นางบัวผัน ศรีสุข · 10 ก.พ. 2569"  # the stored ISO date in พ.ศ.


def test_double_click_opens_a_result(qtbot, page, records) -> None:
    page.box.setText("ศูนย์พัฒนาเด็กเล็ก")
    qtbot.waitUntil(lambda: len(hits_shown(page)) == 1, timeout=WAIT_MS)
    index = page.results.results.index(1, 0)
    qtbot.waitUntil(lambda: page.results.visualRect(index).height() > 0, timeout=WAIT_MS)
    where = page.results.visualRect(index).center()
    with qtbot.waitSignal(page.navigate, timeout=WAIT_MS) as opened:
        # QTest's double click needs the first click of the pair sent on its own.
        qtbot.mouseClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == ["visit", {"visit_id": records["visit"]}]


def test_enter_in_the_box_opens_the_first_result(qtbot, page, records) -> None:
    page.box.setText("วันครอบครัว")
    with qtbot.waitSignal(page.navigate, timeout=WAIT_MS) as opened:
        qtbot.keyClick(page.box, Qt.Key.Key_Return)  # before the typing pause is over
    assert opened.args == ["activities", records["activity"]]


def test_nothing_found_says_so_in_thai(qtbot, page, records) -> None:
    assert "พิมพ์ชื่อคน" in page.message_text()  # the hint before anything is typed
    page.box.setText("ไม่มีคำนี้แน่นอน")
    qtbot.waitUntil(lambda: page.message_text().startswith("ไม่พบ"), timeout=WAIT_MS)
    assert page.message_text() == ("ไม่พบข้อมูลที่ตรงกับ “ไม่มีคำนี้แน่นอน” ลองพิมพ์ให้สั้นลง หรือลองสะกดแบบอื่น")
    assert hits_shown(page) == []
    page.box.clear()
    qtbot.waitUntil(lambda: "พิมพ์ชื่อคน" in page.message_text(), timeout=WAIT_MS)


def test_ctrl_f_puts_the_cursor_in_the_box(qtbot, page) -> None:
    page.box.setText("เดิม")
    page.results.setFocus()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=WAIT_MS)
    page.refresh()  # what the main window does on Ctrl+F
    assert page.box.hasFocus()
    assert page.box.selectedText() == "เดิม"  # typing replaces the previous search


def test_texts_follow_the_language(qtbot, page, records) -> None:
    page.box.setText("ศูนย์เรียนรู้")
    qtbot.waitUntil(lambda: len(hits_shown(page)) == 1, timeout=WAIT_MS)
    assert page.heading.text() == "ค้นหา"
    assert page.box_label.text() == "ค้นหา (&F):"
    set_language("en")
    qtbot.waitUntil(lambda: page.heading.text() == "Search", timeout=WAIT_MS)
    assert page.box_label.text() == "&Find:"
    assert headings(page) == ["Lessons (1)"]
    page.box.setText("ไม่มีคำนี้แน่นอน")
    qtbot.waitUntil(lambda: page.message_text().startswith("Nothing"), timeout=WAIT_MS)
    set_language("th")
    qtbot.waitUntil(lambda: page.message_text().startswith("ไม่พบ"), timeout=WAIT_MS)
