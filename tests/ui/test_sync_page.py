"""The send/receive screen: a mentor and a district that trust each other exchange files
through the screen (preview first, then import, receipts and deltas); a file from an
unknown computer is held until its fingerprint is confirmed; refused files explain
themselves; backups ask for their passphrase; the sync folder offers new files; Cancel
stops between files; the language switch reaches every label."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from mentor_desk.store import Store
from mentor_desk.sync.errors import BundleCorruptError
from mentor_desk.sync.exporter import export_bundle
from mentor_desk.sync.importer import import_bundle
from mentor_desk.sync.keys import DevicePublicKey, export_public_key, generate_device_keys
from mentor_desk.ui.database import Database
from mentor_desk.ui.i18n import set_language
from mentor_desk.ui.pages.sync_page import SyncPage
from mentor_desk.ui.sync import incoming_model as column
from mentor_desk.ui.sync import receive_panel
from mentor_desk.ui.sync.dialogs import fingerprint_lines
from mentor_desk.ui.sync.import_jobs import FileState, IncomingFile
from mentor_desk.ui.theme import SYNC_FOLDER_SCAN_MS
from tests.sync.homes import befriend, make_home
from tests.ui.conftest_households import run_job

MENTOR, DISTRICT = "ครูสมศรี ใจดี", "อำเภอน้ำพอง"
WAIT_MS = 15_000


class Answers:
    """What the faked dialogs answer, and what they were asked."""

    def __init__(self) -> None:
        self.trust = True
        self.card_file: Path | None = None
        self.passphrase = "ลับมาก-2569"
        self.save_to: Path | None = None
        self.asked: list[tuple[str, Any]] = []


def fake_dialogs(page: SyncPage, monkeypatch: pytest.MonkeyPatch) -> Answers:
    answers = Answers()
    prompts = page.prompts

    def confirm_card(card: DevicePublicKey, intro: str) -> bool:
        answers.asked.append(("card", card))
        return answers.trust

    def passphrase_for(name: str) -> str:
        answers.asked.append(("passphrase", name))
        return answers.passphrase

    def save_file(*args: Any) -> Path | None:
        answers.asked.append(("save", args[1]))
        return answers.save_to

    monkeypatch.setattr(prompts, "confirm_card", confirm_card)
    monkeypatch.setattr(prompts, "passphrase_for", passphrase_for)
    monkeypatch.setattr(prompts, "new_passphrase", lambda: answers.passphrase)
    monkeypatch.setattr(prompts, "save_file", save_file)
    monkeypatch.setattr(prompts, "open_file", lambda *args: answers.card_file)
    return answers


def open_page(home: Path, qtbot: Any) -> SyncPage:
    database = Database(home)
    with qtbot.waitSignal(database.opened, timeout=WAIT_MS):
        database.open()
    page = SyncPage(database)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=WAIT_MS)
    return page


def open_pair(tmp_path: Path, qtbot: Any, *, befriended: bool) -> tuple[SyncPage, SyncPage]:
    """A mentor's and a district's screens; unless `befriended`, only the mentor trusts the
    district (enough to write files it can read)."""
    mentor, district = make_home(tmp_path, MENTOR), make_home(tmp_path, DISTRICT, role="district")
    if befriended:
        befriend(mentor, district)
    else:
        mentor.identity.trust.trust(district.card)
    mentor.store.put("households", {"head_name": "นางบัวผัน", "consent_share": True})
    mentor.store.put("households", {"head_name": "นายทองดี", "consent_share": True})
    homes = [h.store.home for h in (mentor, district)]
    for h in (mentor, district):
        h.close()
    return open_page(homes[0], qtbot), open_page(homes[1], qtbot)


@pytest.fixture
def pair(app: QApplication, tmp_path: Path, qtbot: Any) -> Iterator[tuple[SyncPage, SyncPage]]:
    """A mentor and a district that trust each other."""
    pages = open_pair(tmp_path, qtbot, befriended=True)
    yield pages
    for page in pages:
        page.db.shutdown()


@pytest.fixture
def strangers(app: QApplication, tmp_path: Path, qtbot: Any) -> Iterator[tuple[SyncPage, SyncPage]]:
    """A mentor and a district that has not trusted the mentor's key card yet."""
    pages = open_pair(tmp_path, qtbot, befriended=False)
    yield pages
    for page in pages:
        page.db.shutdown()


def row(page: SyncPage, path: Path) -> IncomingFile:
    return next(f for f in page.receive.model.lines if f.path == path)


def wait_state(qtbot: Any, page: SyncPage, path: Path, state: FileState) -> IncomingFile:
    qtbot.waitUntil(lambda: row(page, path).state is state, timeout=WAIT_MS)
    return row(page, path)


def household_count(qtbot: Any, page: SyncPage) -> int:
    return int(run_job(qtbot, page.db, lambda store: store.counts()["households"]))


def write_for_district(
    qtbot: Any, mentor: SyncPage, path: Path, *, everything: bool = False
) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    mentor.send.everything.setChecked(everything)
    mentor.send.export_to(path)
    qtbot.waitUntil(lambda: str(path) in mentor.send.status.text(), timeout=WAIT_MS)
    return mentor.send.status.text()


def test_the_district_previews_a_mentors_file_then_imports_it(
    pair: tuple[SyncPage, SyncPage], qtbot: Any, tmp_path: Path
) -> None:
    mentor, district = pair
    assert mentor.overview is not None
    card = mentor.overview.card
    assert mentor.device.fingerprint.text() == fingerprint_lines(card.fingerprint)
    assert MENTOR in mentor.device.who.text()
    assert DISTRICT in mentor.send.recipient.currentText()
    assert MENTOR in district.device.trusted_list.item(0).text()
    assert "2" in mentor.send.unsent.text()

    bundle = tmp_path / "usb" / "for-district.mdbundle"
    assert "2" in write_for_district(qtbot, mentor, bundle)
    district.receive.add_files([bundle])
    ready = wait_state(qtbot, district, bundle, FileState.READY)
    model = district.receive.model
    assert model.cell_text(ready, column.SENDER) == MENTOR
    assert model.cell_text(ready, column.NEW) == "2"
    assert model.cell_text(ready, column.CONFLICTS) == "0"
    assert model.cell_text(ready, column.KIND) == "ส่วนที่เปลี่ยน"
    assert household_count(qtbot, district) == 0  # the preview changed nothing

    qtbot.mouseClick(district.receive.import_button, Qt.MouseButton.LeftButton)
    wait_state(qtbot, district, bundle, FileState.IMPORTED)
    assert household_count(qtbot, district) == 2
    assert "2" in district.receive.outcome.message()
    assert district.receive.outcome.action.isHidden()  # no conflicts, nothing to review

    # The district's receipt tells the mentor what arrived; the next file has only news.
    receipt = tmp_path / "usb" / "receipt.mdbundle"
    district.send.send_receipt_to(receipt)
    qtbot.waitUntil(lambda: str(receipt) in district.send.status.text(), timeout=WAIT_MS)
    mentor.receive.add_files([receipt])
    wait_state(qtbot, mentor, receipt, FileState.READY)
    mentor.receive.import_ready()
    wait_state(qtbot, mentor, receipt, FileState.IMPORTED)
    qtbot.waitUntil(lambda: "0" in mentor.send.unsent.text(), timeout=WAIT_MS)
    assert "0" in write_for_district(qtbot, mentor, tmp_path / "usb" / "delta.mdbundle")
    assert "2" in write_for_district(
        qtbot, mentor, tmp_path / "usb" / "all.mdbundle", everything=True
    )


def test_a_file_from_an_unknown_computer_is_held_until_its_fingerprint_is_confirmed(
    strangers: tuple[SyncPage, SyncPage],
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mentor, district = strangers
    answers = fake_dialogs(district, monkeypatch)
    usb = tmp_path / "usb"
    usb.mkdir()
    mentor.device.save_card_to(usb / "mentor.mdkey")  # the card travels beside the file
    bundle = usb / "for-district.mdbundle"
    write_for_district(qtbot, mentor, bundle)
    qtbot.waitUntil((usb / "mentor.mdkey").exists, timeout=WAIT_MS)

    district.receive.add_files([bundle])
    held = wait_state(qtbot, district, bundle, FileState.UNKNOWN_DEVICE)
    assert held.card is not None and held.card.display_name == MENTOR
    district.receive.table.selectRow(0)
    details = district.receive.details
    assert MENTOR in details.message.accessibleName()
    assert fingerprint_lines(held.card.fingerprint) in details.details.toPlainText()
    assert district.receive.trust_button.isEnabled()

    answers.trust = False  # the numbers read over the phone differ
    district.receive.trust_sender_and_import()
    assert row(district, bundle).state is FileState.UNKNOWN_DEVICE
    assert household_count(qtbot, district) == 0

    answers.trust = True
    district.receive.trust_sender_and_import()
    wait_state(qtbot, district, bundle, FileState.IMPORTED)
    assert [kind for kind, _ in answers.asked] == ["card", "card"]
    assert household_count(qtbot, district) == 2
    qtbot.waitUntil(
        lambda: (
            district.overview is not None
            and [d.public_key.display_name for d in district.overview.trusted] == [MENTOR]
        ),
        timeout=WAIT_MS,
    )


def test_without_a_card_beside_the_file_the_person_picks_the_senders_card(
    strangers: tuple[SyncPage, SyncPage],
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mentor, district = strangers
    answers = fake_dialogs(district, monkeypatch)
    errors: list[BaseException] = []
    monkeypatch.setattr(receive_panel, "show_error", lambda parent, error: errors.append(error))
    bundle = tmp_path / "usb" / "for-district.mdbundle"
    write_for_district(qtbot, mentor, bundle)
    district.receive.add_files([bundle])
    held = wait_state(qtbot, district, bundle, FileState.UNKNOWN_DEVICE)
    assert held.card is None

    other = generate_device_keys(tmp_path / "other", display_name="เครื่องอื่น", role="mentor")
    answers.card_file = tmp_path / "cards" / "other.mdkey"
    answers.card_file.parent.mkdir()
    export_public_key(other.public, answers.card_file)
    district.receive.table.selectRow(0)
    district.receive.trust_sender_and_import()
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)  # a card of another computer
    assert "เครื่องอื่น" in errors[0].message_th  # type: ignore[attr-defined]

    mentor.device.save_card_to(tmp_path / "cards" / "mentor.mdkey")
    qtbot.waitUntil((tmp_path / "cards" / "mentor.mdkey").exists, timeout=WAIT_MS)
    answers.card_file = tmp_path / "cards" / "mentor.mdkey"
    district.receive.trust_sender_and_import()
    wait_state(qtbot, district, bundle, FileState.IMPORTED)
    assert household_count(qtbot, district) == 2


def test_a_damaged_file_is_refused_with_its_thai_message_and_copyable_details(
    pair: tuple[SyncPage, SyncPage], qtbot: Any, tmp_path: Path
) -> None:
    _, district = pair
    damaged = tmp_path / "damaged.mdbundle"
    damaged.write_bytes(b"not a bundle at all")
    district.receive.add_files([damaged])
    wait_state(qtbot, district, damaged, FileState.REFUSED)
    district.receive.table.selectRow(0)
    details = district.receive.details
    assert details.isVisibleTo(district)
    assert details.message.accessibleName() == BundleCorruptError.message_th
    assert "not an age-encrypted file" in details.details.toPlainText()
    details.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert BundleCorruptError.message_th in copied and "damaged.mdbundle" in copied
    assert not district.receive.import_button.isEnabled()


def test_a_backup_asks_for_its_passphrase_and_only_locked_files_ask_when_imported(
    pair: tuple[SyncPage, SyncPage], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentor, district = pair
    mentor_answers = fake_dialogs(mentor, monkeypatch)
    backup = tmp_path / "backup.mdbundle"
    mentor_answers.save_to = backup
    mentor.send.back_up()
    qtbot.waitUntil(lambda: str(backup) in mentor.send.status.text(), timeout=WAIT_MS)
    plain = tmp_path / "for-district.mdbundle"
    write_for_district(qtbot, mentor, plain)

    answers = fake_dialogs(district, monkeypatch)
    district.receive.add_files([backup, plain])
    wait_state(qtbot, district, backup, FileState.READY)
    wait_state(qtbot, district, plain, FileState.READY)
    assert answers.asked == [("passphrase", "backup.mdbundle")]
    district.receive.import_ready()
    wait_state(qtbot, district, backup, FileState.IMPORTED)
    imported = wait_state(qtbot, district, plain, FileState.IMPORTED)
    assert imported.result is not None and imported.result.counts["unchanged"] == 2
    assert household_count(qtbot, district) == 2


def test_cancel_stops_between_files(
    pair: tuple[SyncPage, SyncPage], qtbot: Any, tmp_path: Path
) -> None:
    mentor, district = pair
    files = [tmp_path / f"file-{n}.mdbundle" for n in range(3)]
    for path in files:
        write_for_district(qtbot, mentor, path)
    release = threading.Event()
    district.db.run(lambda store: release.wait(WAIT_MS / 1000))  # the worker is busy
    district.receive.add_files(files)
    assert district.receive.progress.busy
    district.receive.progress.cancel()
    release.set()
    qtbot.waitUntil(lambda: not district.receive.progress.busy, timeout=WAIT_MS)
    assert district.receive.model.lines == []  # stopped before the first file


def test_the_sync_folder_offers_files_from_others_once_and_never_ones_own(
    pair: tuple[SyncPage, SyncPage], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentor, district = pair
    shared = tmp_path / "cloud"
    shared.mkdir()
    answers = fake_dialogs(mentor, monkeypatch)
    for page in (mentor, district):
        page.folder.set_folder(shared)
    mentor.send.export_for_recipient()  # straight into the sync folder, no question
    qtbot.waitUntil(lambda: str(shared) in mentor.send.status.text(), timeout=WAIT_MS)
    assert answers.asked == []
    (written,) = shared.glob("*.mdbundle")

    mentor.folder.scan()
    district.folder.scan()
    qtbot.waitUntil(lambda: district.folder.banner.isVisibleTo(district), timeout=WAIT_MS)
    assert district.folder.banner.message() == "พบไฟล์ใหม่ 1 ไฟล์ในโฟลเดอร์รับส่ง"
    assert not mentor.folder.banner.isVisibleTo(mentor)  # its own file is not offered back
    district.folder.banner.action.click()
    wait_state(qtbot, district, written, FileState.READY)
    district.folder.scan()
    qtbot.waitUntil(lambda: not district.folder._scanning, timeout=WAIT_MS)
    assert not district.folder.banner.isVisibleTo(district)  # offered once

    district.show()
    assert district.folder.timer.isActive()
    assert district.folder.timer.interval() == SYNC_FOLDER_SCAN_MS
    district.hide()
    assert not district.folder.timer.isActive()


def test_files_dropped_on_the_screen_are_checked(
    pair: tuple[SyncPage, SyncPage], qtbot: Any, tmp_path: Path
) -> None:
    mentor, district = pair
    bundle = tmp_path / "dropped.mdbundle"
    write_for_district(qtbot, mentor, bundle)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(bundle))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    district.dropEvent(drop)
    wait_state(qtbot, district, bundle, FileState.READY)


def test_the_language_switch_reaches_the_labels(
    pair: tuple[SyncPage, SyncPage], qtbot: Any
) -> None:
    mentor, _ = pair
    assert mentor.heading.text() == "รับ-ส่งข้อมูล"
    assert mentor.receive.import_button.text() == "นำเข้า"
    set_language("en")
    qtbot.waitUntil(lambda: mentor.heading.text() == "Send / receive")
    assert mentor.receive.import_button.text() == "Import"
    assert mentor.folder.title.text() == "Sync folder"
    header = mentor.receive.model.headerData(column.NEW, Qt.Orientation.Horizontal)
    assert header == "New"
    set_language("th")
    qtbot.waitUntil(lambda: mentor.device.own_title.text() == "เครื่องนี้")
    assert mentor.send.export_button.accessibleName() == "สร้างไฟล์สำหรับส่ง"


def test_a_key_card_dropped_on_the_screen_is_trusted_after_its_fingerprint_is_confirmed(
    strangers: tuple[SyncPage, SyncPage],
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mentor, district = strangers
    answers = fake_dialogs(district, monkeypatch)
    card_file = tmp_path / "mentor.mdkey"
    mentor.device.save_card_to(card_file)
    qtbot.waitUntil(card_file.exists, timeout=WAIT_MS)
    answers.trust = False
    district.add_dropped([card_file])
    qtbot.waitUntil(lambda: len(answers.asked) == 1, timeout=WAIT_MS)
    ((_, shown),) = answers.asked
    assert mentor.overview is not None and shown == mentor.overview.card
    assert district.overview is not None and district.overview.trusted == ()

    answers.trust = True
    district.add_dropped([card_file])
    qtbot.waitUntil(
        lambda: district.overview is not None and len(district.overview.trusted) == 1,
        timeout=WAIT_MS,
    )
    assert MENTOR in district.device.status.text()
    assert MENTOR in district.device.trusted_list.item(0).text()


def test_a_file_stamped_in_the_future_is_held_and_says_why(
    pair: tuple[SyncPage, SyncPage], qtbot: Any, tmp_path: Path
) -> None:
    mentor, district = pair
    two_days_ms = 2 * 24 * 60 * 60 * 1000

    def clock_ahead(store: Store) -> None:
        now = store.clock.wall
        store.clock.wall = lambda: now() + two_days_ms
        store.put("households", {"head_name": "นางอนาคต", "consent_share": True})

    run_job(qtbot, mentor.db, clock_ahead)
    bundle = tmp_path / "ahead.mdbundle"
    write_for_district(qtbot, mentor, bundle)
    district.receive.add_files([bundle])
    held = wait_state(qtbot, district, bundle, FileState.QUARANTINED)
    assert held.result is not None
    district.receive.table.selectRow(0)
    assert district.receive.details.message.accessibleName() == held.result.message_th
    assert "24" in held.result.message_th
    assert not district.receive.import_button.isEnabled()
    assert household_count(qtbot, district) == 0


def test_the_district_sends_the_province_figures_only_and_says_so(
    app: QApplication, tmp_path: Path, qtbot: Any
) -> None:
    from mentor_desk.sync.province import read_province_bundle

    mentor, district = make_home(tmp_path, MENTOR), make_home(tmp_path, DISTRICT, role="district")
    province = make_home(tmp_path, "จังหวัดขอนแก่น", role="district")
    befriend(mentor, district, province)
    homes = [h.store.home for h in (mentor, district)]
    province_card, province_identity = province.card, province.identity
    for h in (mentor, district, province):
        h.close()
    page = open_page(homes[1], qtbot)
    try:
        send = page.send
        send.recipient.setCurrentIndex(send.recipient.findData(province_card.device_id))
        assert "Figures only" in send.what_is_sent() or "ตัวเลข" in send.contents.text()
        assert send.everything.isHidden()
        send.recipient.setCurrentIndex(send.recipient.findData(mentor.card.device_id))
        assert not send.everything.isHidden() and send.contents.text()
        send.recipient.setCurrentIndex(send.recipient.findData(province_card.device_id))
        path = tmp_path / "stick" / "to-province.mdbundle"
        path.parent.mkdir()
        send.export_to(path)
        qtbot.waitUntil(lambda: str(path) in send.status.text(), timeout=WAIT_MS)
        figures = read_province_bundle(path, province_identity, work_dir=tmp_path)
        assert figures.rows  # aggregates, read by the province
        assert "Figures for the province" in send.status.text() or "จังหวัด" in send.status.text()
    finally:
        page.db.shutdown()


def test_a_lesson_the_district_stops_sharing_is_removed_and_the_mentor_is_told(
    app: QApplication, tmp_path: Path, qtbot: Any
) -> None:
    author, mentor = make_home(tmp_path, "ครูมาลี"), make_home(tmp_path, MENTOR)
    district = make_home(tmp_path, DISTRICT, role="district")
    befriend(author, mentor, district)
    story = author.store.put(
        "lessons",
        {
            "kind": "lesson_learned",
            "title": "ธนาคารขยะชุมชน",
            "status": "submitted",
            "people_consented": True,
        },
    ).record.id

    def carry(sender: Any, receiver: Any, name: str) -> Path:
        path = tmp_path / "usb" / name
        path.parent.mkdir(exist_ok=True)
        export_bundle(sender.store, sender.identity, path, recipient=receiver.card)
        return path

    import_bundle(district.store, district.identity, carry(author, district, "a.mdbundle"))
    district.store.put("lessons", {"id": story, "status": "selected"})
    import_bundle(mentor.store, mentor.identity, carry(district, mentor, "shared.mdbundle"))
    assert [lesson.id for lesson in mentor.store.records("lessons")] == [story]
    district.store.put("lessons", {"id": story, "status": "reviewed"})
    withdrawn = carry(district, mentor, "withdrawn.mdbundle")
    home = mentor.store.home
    for h in (author, mentor, district):
        h.close()

    page = open_page(home, qtbot)
    page.receive.add_files([withdrawn])
    wait_state(qtbot, page, withdrawn, FileState.READY)
    page.receive.import_ready()
    wait_state(qtbot, page, withdrawn, FileState.IMPORTED)
    assert "นำบทเรียน 1 เรื่องที่อำเภอไม่ได้แบ่งปันแล้วออกจากเครื่องนี้" in (page.receive.outcome.message())
    assert run_job(qtbot, page.db, lambda store: store.counts()["lessons"]) == 0
    page.db.shutdown()
