"""The district's batch import: a folder holding several mentors' files, one of them twice and
one tampered with, is imported under one progress bar; the tampered file is refused and
listed, the others imported; Cancel stops between files; the summary is saved as CSV and
PDF; dropping a folder on the screen lists its files."""

from __future__ import annotations

import csv
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from mentor_desk.printing.extraction import extract_text
from mentor_desk.sync.exporter import export_bundle
from mentor_desk.sync.keys import export_public_key
from mentor_desk.sync.manifest import RECORDS_NAME
from mentor_desk.ui.database import STEPS_PER_FILE, Database
from mentor_desk.ui.district import intake_jobs
from mentor_desk.ui.district import intake_model as column
from mentor_desk.ui.i18n import set_language
from mentor_desk.ui.pages.district_intake import DistrictIntakePage
from tests.sync.bundle_forge import decrypt_members, encrypt_to, member, replaced, zip_bytes
from tests.sync.homes import Home, make_home
from tests.ui.conftest_households import run_job

WAIT_MS = 20_000
MENTORS = ("ครูสมศรี ใจดี", "ลุงทองดี มีสุข", "ป้าบัวผัน ศรีสุข")
FAMILIES = (3, 2, 4)


def tamper(good: Path, target: Path, district: Home) -> Path:
    """A copy of a good file whose records were changed after it was signed."""
    members = decrypt_members(good, district.identity.keys.age_identity)
    records = member(members, RECORDS_NAME) + b'{"table":"households","id":"injected"}\n'
    data = zip_bytes(replaced(members, RECORDS_NAME, records))
    return encrypt_to(target, data, district.card.age_recipient)


@pytest.fixture
def world(app: QApplication, tmp_path: Path, qtbot: Any) -> Iterator[dict[str, Any]]:
    """Three enrolled mentors' files in one folder, with a copy of the first under another
    name, a tampered copy of the second, a key card and a note; the district's screen."""
    district = make_home(tmp_path, "อำเภอน้ำพอง", role="district")
    folder = tmp_path / "usb"
    folder.mkdir()
    for n, (name, families) in enumerate(zip(MENTORS, FAMILIES, strict=True)):
        mentor = make_home(tmp_path, name)
        mentor.identity.trust.trust(district.card)
        district.identity.trust.trust(mentor.card)
        for _ in range(families):
            mentor.store.put("households", {"head_name": "ครอบครัว", "consent_share": True})
        bundle = folder / f"{n + 1}-mentor.mdbundle"
        export_bundle(mentor.store, mentor.identity, bundle, recipient=district.card)
        if n == 1:  # another file of this mentor, changed on the way: only the copy arrives
            other = tmp_path / "other.mdbundle"
            export_bundle(mentor.store, mentor.identity, other, recipient=district.card, full=True)
            tamper(other, folder / "2-tampered.mdbundle", district)
        if n == 0:
            export_public_key(mentor.card, folder / "mentor.mdkey")
        mentor.close()
    shutil.copy(folder / "1-mentor.mdbundle", folder / "1-mentor-copy.mdbundle")
    (folder / "readme.txt").write_text("ไฟล์จากพี่เลี้ยง", encoding="utf-8")
    district.close()
    db = Database(district.store.home)
    with qtbot.waitSignal(db.opened, timeout=WAIT_MS):
        db.open()
    page = DistrictIntakePage(db)
    qtbot.addWidget(page)
    page.resize(1156, 740)
    page.show()
    asked: list[Any] = []
    page.prompts.choose_folder = lambda *args: folder  # type: ignore[method-assign]
    yield {"page": page, "folder": folder, "tmp": tmp_path, "asked": asked}
    page.close()
    qtbot.waitUntil(db.idle, timeout=WAIT_MS)
    db.shutdown()


def listed(page: DistrictIntakePage, qtbot: Any) -> list[str]:
    page.choose_folder()
    qtbot.waitUntil(lambda: bool(page.paths), timeout=WAIT_MS)
    return [path.name for path in page.paths]


def finished(page: DistrictIntakePage, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: page.summary is not None, timeout=WAIT_MS)
    assert not page.progress.busy


def results(page: DistrictIntakePage) -> dict[str, tuple[str, str, str, str]]:
    model = page.model
    return {
        line.file: (
            model.cell_text(line, column.MENTOR),
            model.cell_text(line, column.STATUS),
            model.cell_text(line, column.NEW),
            model.cell_text(line, column.MESSAGE),
        )
        for line in model.lines
    }


def test_a_folder_with_a_duplicate_and_a_tampered_file(world: dict[str, Any], qtbot: Any) -> None:
    page = world["page"]
    names = listed(page, qtbot)
    assert names == [
        "1-mentor-copy.mdbundle",
        "1-mentor.mdbundle",
        "2-mentor.mdbundle",
        "2-tampered.mdbundle",
        "3-mentor.mdbundle",
    ]  # the key card and the note are not offered for import
    assert page.found.text() == f"พบ 5 ไฟล์ ใน {world['folder']}"
    assert [page.model.cell_text(line, column.STATUS) for line in page.model.lines] == [
        "รอนำเข้า"
    ] * 5
    page.import_button.click()
    assert page.progress.busy and page.progress.isVisible()
    finished(page, qtbot)
    got = results(page)
    assert got["1-mentor-copy.mdbundle"][:3] == (MENTORS[0], "นำเข้าแล้ว", "3")
    assert got["1-mentor.mdbundle"][:2] == (MENTORS[0], "เคยนำเข้าแล้ว")
    assert got["2-mentor.mdbundle"][:3] == (MENTORS[1], "นำเข้าแล้ว", "2")
    assert got["3-mentor.mdbundle"][:3] == (MENTORS[2], "นำเข้าแล้ว", "4")
    refused = got["2-tampered.mdbundle"]
    assert refused[1] == "ไม่รับไฟล์" and refused[3]  # a Thai reason
    assert page.summary is not None
    assert page.summary.by_status()["imported"] == 3
    assert page.summary.record_totals()["new"] == 9
    assert "ไม่รับ 1" in page.result.text() and "ใหม่ 9" in page.result.text()
    households = run_job(qtbot, page.db, lambda store: store.counts()["households"])
    assert households == 9
    backups = run_job(
        qtbot,
        page.db,
        lambda store: [b for b in store.backups() if b.kind == "before-import"],
    )
    assert len(backups) == 1  # one automatic backup for the whole batch
    assert page.csv_button.isEnabled() and page.print_button.isEnabled()
    assert not page.import_button.isEnabled()  # the same batch is not imported twice


def test_stop_between_files_leaves_the_rest_out(
    world: dict[str, Any], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = world["page"]
    listed(page, qtbot)
    gate = threading.Event()
    real = intake_jobs.import_bundles

    def held_after_first_file(*args: Any, progress: Any, **kwargs: Any) -> Any:
        def reported(index: int, part: float) -> None:
            progress(index, part)
            if (index, part) == (1, 0.0):  # the first file done
                gate.wait(WAIT_MS / 1000)  # until the person pressed Cancel

        return real(*args, progress=reported, **kwargs)

    monkeypatch.setattr(intake_jobs, "import_bundles", held_after_first_file)
    page.import_all()
    qtbot.waitUntil(lambda: page.progress.bar.value() == STEPS_PER_FILE, timeout=WAIT_MS)
    page.progress.cancel_button.click()
    gate.set()
    finished(page, qtbot)
    statuses = [line.status for line in page.model.lines]
    assert statuses == ["imported"] + ["cancelled"] * 4
    assert page.summary is not None and page.summary.cancelled
    assert results(page)["3-mentor.mdbundle"][1] == "ยกเลิก ยังไม่ได้นำเข้า"
    assert run_job(qtbot, page.db, lambda store: store.counts()["households"]) == 3


def test_summary_saved_as_csv_and_pdf(world: dict[str, Any], qtbot: Any) -> None:
    page = world["page"]
    listed(page, qtbot)
    page.import_all()
    finished(page, qtbot)
    target = world["tmp"] / "summary"
    page.prompts.save_file = lambda *args: target  # type: ignore[method-assign]
    page.ask_where_to_save_csv()
    saved = target.with_suffix(".csv")
    qtbot.waitUntil(saved.exists, timeout=WAIT_MS)
    raw = saved.read_bytes()
    assert raw.startswith("\ufeff".encode())  # Excel shows Thai only with the mark
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [row["file"] for row in rows] == [path.name for path in page.paths]
    tampered = next(row for row in rows if row["file"] == "2-tampered.mdbundle")
    assert tampered["status"] == "refused" and tampered["ผลการนำเข้า"] == "ไม่รับไฟล์"
    assert tampered["message_th"] and tampered["detail"]
    assert sum(int(row["new"]) for row in rows) == 9

    dialog = page.print_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.make_pdf()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=WAIT_MS)
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    text = "".join(extract_text(dialog.pdf).split())  # cells wrap: compare without breaks
    assert "สรุปการรับไฟล์จากพี่เลี้ยง" in text
    assert "2-tampered.mdbundle" in text and "ไม่รับไฟล์" in text
    assert MENTORS[2].split()[0] in text


def test_dropping_a_folder_lists_its_files(world: dict[str, Any], qtbot: Any) -> None:
    page = world["page"]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(world["folder"]))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    qtbot.waitUntil(lambda: len(page.paths) == 5, timeout=WAIT_MS)
    assert page.source == str(world["folder"])


def test_every_label_follows_the_language(world: dict[str, Any], qtbot: Any) -> None:
    page = world["page"]
    listed(page, qtbot)
    set_language("en")
    qtbot.waitUntil(lambda: page.heading.text() == "Files from mentors")
    assert page.import_button.text() == "Import all files"
    assert page.model.cell_text(page.model.lines[0], column.STATUS) == "Waiting"
    set_language("th")
    qtbot.waitUntil(lambda: page.heading.text() == "รับไฟล์จากพี่เลี้ยง")
