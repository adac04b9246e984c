"""The register of mentors and devices: enrolling a key card after the fingerprint was
confirmed (and not without), revoking with confirmation (new files refused, records kept),
and the table's figures: records held, last file in Buddhist Era, days since, late mentors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentor_desk.domain.dates import be_year
from mentor_desk.store.registry import RegistryStatus
from mentor_desk.sync.exporter import export_bundle
from mentor_desk.sync.importer import import_bundle
from mentor_desk.sync.keys import DevicePublicKey, export_public_key
from mentor_desk.ui.database import Database
from mentor_desk.ui.district import registry_model as column
from mentor_desk.ui.i18n import set_language
from mentor_desk.ui.pages.district_registry import DistrictRegistryPage
from mentor_desk.ui.sync.dialogs import fingerprint_lines
from tests.sync.homes import make_home
from tests.ui.conftest_households import run_job

WAIT_MS = 15_000
DISTRICT, SOMSRI, THONGDEE = "อำเภอน้ำพอง", "ครูสมศรี ใจดี", "ลุงทองดี มีสุข"


class Answers:
    """What the faked dialogs answer, and what they were asked."""

    def __init__(self) -> None:
        self.matches = True
        self.revoke = True
        self.card_file: Path | None = None
        self.asked: list[tuple[str, Any]] = []


@pytest.fixture
def world(app: QApplication, tmp_path: Path, qtbot: Any) -> Iterator[dict[str, Any]]:
    """A district that enrolled Somsri and took one file from her; Thongdee's card waits
    on a USB stick; the district's screen is open."""
    district = make_home(tmp_path, DISTRICT, role="district")
    somsri, thongdee = make_home(tmp_path, SOMSRI), make_home(tmp_path, THONGDEE)
    for mentor in (somsri, thongdee):
        mentor.identity.trust.trust(district.card)
    district.identity.trust.trust(somsri.card)
    for _ in range(3):
        somsri.store.put(
            "households",
            {"head_name": "ครอบครัว", "consent_share": True, "subdistrict_code": "400701"},
        )
    first = tmp_path / "somsri-1.mdbundle"
    export_bundle(somsri.store, somsri.identity, first, recipient=district.card)
    assert import_bundle(district.store, district.identity, first).status == "imported"
    card = tmp_path / "usb" / "thongdee.mdkey"
    card.parent.mkdir()
    export_public_key(thongdee.card, card)
    homes = {"district": district, "somsri": somsri, "thongdee": thongdee}
    district.close()
    db = Database(district.store.home)
    with qtbot.waitSignal(db.opened, timeout=WAIT_MS):
        db.open()
    page = DistrictRegistryPage(db)
    qtbot.addWidget(page)
    answers = Answers()

    def confirm_card(card: DevicePublicKey, intro: str) -> bool:
        answers.asked.append(("card", card))
        return answers.matches

    def confirm(title: str, question: str) -> bool:
        answers.asked.append(("confirm", question))
        return answers.revoke

    page.prompts.confirm_card = confirm_card  # type: ignore[method-assign]
    page.prompts.confirm = confirm  # type: ignore[method-assign]
    page.prompts.open_file = lambda *args: answers.card_file  # type: ignore[method-assign]
    yield {"page": page, "answers": answers, "card": card, "tmp": tmp_path, **homes}
    page.close()
    qtbot.waitUntil(db.idle, timeout=WAIT_MS)
    db.shutdown()
    somsri.close()
    thongdee.close()


def loaded(page: DistrictRegistryPage, qtbot: Any) -> None:
    page.overview = None
    page.refresh()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=WAIT_MS)


def line_of(page: DistrictRegistryPage, name: str):
    return next(line for line in page.model.lines if line.name == name)


def text(page: DistrictRegistryPage, name: str, col: int) -> str:
    row = page.model.row_of(line_of(page, name).device_id)
    return str(page.model.index(row, col).data())


def test_table_shows_what_each_mentor_sent(world: dict[str, Any], qtbot: Any) -> None:
    page = world["page"]
    loaded(page, qtbot)
    assert [line.name for line in page.model.lines] == [SOMSRI]
    assert text(page, SOMSRI, column.RECORDS) == "3"
    today = dt.date.today()
    assert str(be_year(today.year)) in text(page, SOMSRI, column.LAST_FILE)
    assert str(be_year(today.year)) in text(page, SOMSRI, column.ENROLLED)
    assert text(page, SOMSRI, column.DAYS) == "0 วัน"
    assert text(page, SOMSRI, column.STATUS) == "ใช้งานอยู่"
    assert text(page, SOMSRI, column.AREA) == "ต.น้ำพอง"
    # the selected computer's fingerprint, large, in groups to read aloud
    assert page.fingerprint.text() == fingerprint_lines(world["somsri"].card.fingerprint)
    assert page.summary.text() == "1 เครื่อง ใช้งานอยู่ 1 เครื่อง ถือข้อมูล 3 ระเบียน ส่งรายงานช้า 0 คน"


def test_a_mentor_late_with_their_report_is_highlighted(world: dict[str, Any], qtbot: Any) -> None:
    page = world["page"]
    page.today = dt.date.today() + dt.timedelta(days=45)
    loaded(page, qtbot)
    row = page.model.row_of(line_of(page, SOMSRI).device_id)
    assert text(page, SOMSRI, column.DAYS) == "45 วัน"
    brush = page.model.index(row, column.DAYS).data(Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color().name() == "#b3261e"
    assert page.model.late_lines() == [line_of(page, SOMSRI)]


def test_enrolling_a_card_needs_the_fingerprint_confirmed(
    world: dict[str, Any], qtbot: Any
) -> None:
    page, answers = world["page"], world["answers"]
    loaded(page, qtbot)
    answers.card_file = world["card"]
    answers.matches = False
    page.choose_card_to_enrol()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=WAIT_MS)
    asked, card = answers.asked[-1]
    assert asked == "card" and card.fingerprint == world["thongdee"].card.fingerprint
    qtbot.waitUntil(lambda: "ไม่ได้ลงทะเบียน" in page.status.text(), timeout=WAIT_MS)
    loaded(page, qtbot)
    assert [line.name for line in page.model.lines] == [SOMSRI]

    answers.matches = True
    page.choose_card_to_enrol()
    qtbot.waitUntil(lambda: len(page.model.lines) == 2, timeout=WAIT_MS)
    thongdee = line_of(page, THONGDEE)
    assert thongdee.status is RegistryStatus.ACTIVE and thongdee.records_held == 0
    assert text(page, THONGDEE, column.LAST_FILE) == "ยังไม่มีไฟล์"
    assert page.selected_line() == thongdee  # the new computer is selected
    assert page.fingerprint.text() == fingerprint_lines(world["thongdee"].card.fingerprint)


def test_revoking_keeps_records_and_refuses_new_files(world: dict[str, Any], qtbot: Any) -> None:
    page, answers = world["page"], world["answers"]
    loaded(page, qtbot)
    page.select_device(line_of(page, SOMSRI).device_id)
    answers.revoke = False
    page.ask_to_revoke()
    assert answers.asked[-1][0] == "confirm" and SOMSRI in answers.asked[-1][1]
    loaded(page, qtbot)
    assert line_of(page, SOMSRI).status is RegistryStatus.ACTIVE

    answers.revoke = True
    page.ask_to_revoke()
    qtbot.waitUntil(
        lambda: page.model.lines and line_of(page, SOMSRI).status is RegistryStatus.REVOKED,
        timeout=WAIT_MS,
    )
    assert line_of(page, SOMSRI).records_held == 3  # what arrived before stays
    assert text(page, SOMSRI, column.STATUS) == "ยกเลิกแล้ว"
    assert not page.revoke_button.isEnabled()

    somsri = world["somsri"]
    somsri.store.put("households", {"head_name": "ใหม่", "consent_share": True})
    later = world["tmp"] / "somsri-2.mdbundle"
    export_bundle(somsri.store, somsri.identity, later, recipient=world["district"].card)

    def import_later(store):
        from mentor_desk.sync.identity import ensure_identity

        return import_bundle(store, ensure_identity(store), later)

    result = run_job(qtbot, page.db, import_later)
    assert result.status == "refused" and result.message_th


def test_every_label_follows_the_language(world: dict[str, Any], qtbot: Any) -> None:
    page = world["page"]
    loaded(page, qtbot)
    set_language("en")
    qtbot.waitUntil(lambda: page.heading.text() == "Mentor register")
    assert text(page, SOMSRI, column.STATUS) == "Active"
    assert page.model.headerData(column.DAYS, Qt.Orientation.Horizontal) == "Days since"
    assert page.enrol_button.text() == "Enrol a mentor's key card…"
    set_language("th")
    qtbot.waitUntil(lambda: page.heading.text() == "ทะเบียนพี่เลี้ยง")
