"""The review inbox: a conflict made on two computers is listed with both values, who wrote
them and when (Buddhist Era); choosing or writing a value resolves it and the resolution
converges on the other computer; a record deleted on one computer and edited on the other
is restored or its delete confirmed; the language switch reaches the labels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mentor_desk.domain.dates import be_year
from mentor_desk.store import Profile, Store
from mentor_desk.store.review_actions import remember_device
from mentor_desk.store.review_queries import ReviewKind
from mentor_desk.ui.database import Database
from mentor_desk.ui.i18n import set_language
from mentor_desk.ui.pages.review_page import ReviewPage
from tests.sync.merge_harness import deliver, export_lines, full_state
from tests.ui.conftest_households import run_job

MINE, THEIRS = "นางบัวผัน ศรีสุข", "นางบัวผัน ใจดี"


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    """The other computer (a plain store on the test thread)."""
    with Store(tmp_path / "other") as store:
        yield store


@pytest.fixture
def page(db: Database, qtbot: Any) -> ReviewPage:
    run_job(qtbot, db, lambda store: store.set_profile(Profile(name="ครูสมศรี", role="mentor")))
    review = ReviewPage(db)
    qtbot.addWidget(review)
    return review


def exchange(qtbot: Any, db: Database, other: Store) -> None:
    """Both computers send each other everything (as bundles would)."""
    lines = run_job(qtbot, db, export_lines)
    deliver(other, lines)
    run_job(qtbot, db, lambda store: deliver(store, export_lines(other)))


def make_conflict(qtbot: Any, db: Database, other: Store) -> str:
    household_id = str(
        run_job(qtbot, db, lambda s: s.put("households", {"head_name": "นางบัวผัน"}).record.id)
    )
    exchange(qtbot, db, other)
    run_job(qtbot, db, lambda s: s.put("households", {"id": household_id, "head_name": MINE}))
    other.put("households", {"id": household_id, "head_name": THEIRS})
    run_job(qtbot, db, lambda s: deliver(s, export_lines(other)))
    return household_id


def make_edit_vs_delete(qtbot: Any, db: Database, other: Store) -> str:
    household_id = str(
        run_job(qtbot, db, lambda s: s.put("households", {"head_name": "นายทองดี"}).record.id)
    )
    exchange(qtbot, db, other)
    run_job(qtbot, db, lambda s: s.delete("households", household_id))
    other.put("households", {"id": household_id, "village_name": "บ้านดอนแดง"})
    run_job(qtbot, db, lambda s: deliver(s, export_lines(other)))
    return household_id


def load(page: ReviewPage, qtbot: Any, count: int) -> None:
    page.refresh()
    qtbot.waitUntil(lambda: page.inbox.count() == count and len(page.items) == count)


def head_names(store: Store) -> list[str]:
    (state,) = full_state(store)["households"]
    return [entry[2] for entry in state["fields"]["head_name"]]


def test_a_conflict_lists_both_values_and_choosing_one_resolves_it_everywhere(
    page: ReviewPage, db: Database, other: Store, qtbot: Any
) -> None:
    run_job(
        qtbot,
        db,
        lambda s: remember_device(
            s.db, database_device=other.device_id, name="อำเภอน้ำพอง", origin_device="k" * 16
        ),
    )
    household_id = make_conflict(qtbot, db, other)
    load(page, qtbot, 1)
    assert "ชื่อหัวหน้าครอบครัว" in page.inbox.item(0).text()
    choice = page.detail.field("head_name")
    values = [button.accessibleName() for button in choice.choices]
    assert sorted(values) == sorted([MINE, THEIRS])
    this_year = str(be_year(dt.date.today().year))
    written = [w.writer for w in choice.review.values]
    assert sorted(written) == sorted(["ครูสมศรี", "อำเภอน้ำพอง"])
    assert all(this_year in label.text() for label in choice.provenance_labels)

    choice.choose(values.index(THEIRS))
    qtbot.mouseClick(page.detail.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.inbox.count() == 0 and page.empty.isVisibleTo(page))
    stored = run_job(qtbot, db, lambda s: s.get("households", household_id))
    assert stored.head_name == THEIRS

    deliver(other, run_job(qtbot, db, export_lines))  # the resolution travels
    assert head_names(other) == [THEIRS]
    assert run_job(qtbot, db, lambda s: head_names(s)) == [THEIRS]


def test_a_merged_text_written_by_the_person_is_kept(
    page: ReviewPage, db: Database, other: Store, qtbot: Any
) -> None:
    household_id = make_conflict(qtbot, db, other)
    load(page, qtbot, 1)
    choice = page.detail.field("head_name")
    assert choice.own_text is not None and not choice.own_text.isEnabled()
    choice.write_own("นางบัวผัน ศรีสุข ใจดี")
    assert choice.own_text.isEnabled()
    page.detail.keep_button.click()
    qtbot.waitUntil(lambda: page.inbox.count() == 0)
    stored = run_job(qtbot, db, lambda s: s.get("households", household_id))
    assert stored.head_name == "นางบัวผัน ศรีสุข ใจดี"


def test_restoring_a_deleted_record_that_was_edited_elsewhere(
    page: ReviewPage, db: Database, other: Store, qtbot: Any
) -> None:
    household_id = make_edit_vs_delete(qtbot, db, other)
    load(page, qtbot, 1)
    assert page.items[0].kind is ReviewKind.EDIT_VS_DELETE
    assert page.detail.restore_button.isVisibleTo(page)
    assert page.detail.keep_button.isHidden()
    assert "ครูสมศรี" in page.detail.explanation.accessibleName()  # who deleted it
    (edit,) = page.detail.field("village_name").value_labels
    assert edit.accessibleName() == "บ้านดอนแดง"
    page.detail.restore_button.click()
    qtbot.waitUntil(lambda: page.inbox.count() == 0)
    restored = run_job(qtbot, db, lambda s: s.get("households", household_id))
    assert (restored.head_name, restored.village_name) == ("นายทองดี", "บ้านดอนแดง")


def test_confirming_the_delete_clears_it_here_and_on_the_other_computer(
    page: ReviewPage, db: Database, other: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_edit_vs_delete(qtbot, db, other)
    load(page, qtbot, 1)
    answers = iter([False, True])
    monkeypatch.setattr(page.prompts, "confirm", lambda title, question: next(answers))
    page.detail.delete_button.click()  # "no": nothing changes
    load(page, qtbot, 1)
    page.detail.delete_button.click()
    qtbot.waitUntil(lambda: page.inbox.count() == 0)
    assert run_job(qtbot, db, lambda s: s.dump()["households"]) == []
    exchange(qtbot, db, other)
    assert other.dump()["households"] == []
    load(page, qtbot, 0)


def make_visit_for_a_deleted_family(qtbot: Any, db: Database, other: Store) -> str:
    """This computer deletes a family while the other logs a visit to it."""
    household_id = str(
        run_job(qtbot, db, lambda s: s.put("households", {"head_name": "นายทองดี"}).record.id)
    )
    exchange(qtbot, db, other)
    run_job(qtbot, db, lambda s: s.delete("households", household_id))
    other.put("visits", {"household_id": household_id, "date": "2026-11-02"})
    run_job(qtbot, db, lambda s: deliver(s, export_lines(other)))
    return household_id


def test_a_family_deleted_here_but_visited_elsewhere_is_kept_or_deleted_with_its_visit(
    page: ReviewPage, db: Database, other: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    household_id = make_visit_for_a_deleted_family(qtbot, db, other)
    load(page, qtbot, 1)
    assert page.items[0].kind is ReviewKind.DELETED_IN_USE
    assert "1" in page.inbox.item(0).text().splitlines()[-1]
    shown = [label.text() for label in page.detail.findChildren(QLabel)]
    assert "เยี่ยมบ้านวันที่ 2 พฤศจิกายน 2569" in shown
    assert page.detail.restore_button.isVisibleTo(page)
    questions: list[str] = []
    monkeypatch.setattr(
        page.prompts, "confirm", lambda title, question: questions.append(question) or True
    )
    page.detail.delete_button.click()
    qtbot.waitUntil(lambda: page.inbox.count() == 0)
    assert "1" in questions[0]
    assert run_job(qtbot, db, lambda s: s.dump()["visits"]) == []
    exchange(qtbot, db, other)
    assert other.dump()["visits"] == [] and other.dump()["households"] == []
    assert run_job(qtbot, db, lambda s: s.check()) == []
    del household_id


def test_the_language_switch_reaches_the_labels(
    page: ReviewPage, db: Database, other: Store, qtbot: Any
) -> None:
    make_conflict(qtbot, db, other)
    load(page, qtbot, 1)
    assert page.heading.text() == "ตรวจสอบข้อมูลขัดแย้ง"
    assert page.detail.keep_button.text() == "ใช้ค่าที่เลือก"
    set_language("en")
    qtbot.waitUntil(lambda: page.heading.text() == "Review conflicts")
    assert page.detail.keep_button.text() == "Keep the chosen values"
    assert page.inbox.item(0).text().startswith("Household · ")
    assert page.detail.field("head_name").title.text() == "Head of household"
    set_language("th")
    qtbot.waitUntil(lambda: page.detail.keep_button.text() == "ใช้ค่าที่เลือก")
    assert page.inbox.item(0).text().startswith("ครอบครัว · ")
