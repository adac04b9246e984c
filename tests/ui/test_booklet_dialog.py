"""The print dialogs: make a booklet on the worker thread, preview its pages, save, open and
print it; an empty selection is said in Thai where the pages would be. The household summary
and certificate dialogs make their PDF on the worker thread too."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from mentor_desk.demo import generate
from mentor_desk.store import Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.printing import (
    BookletDialog,
    CertificateDialog,
    HouseholdSummaryDialog,
    system,
)

LESSONS = 4


@pytest.fixture
def demo_db(app: QApplication, home: Path, qtbot) -> Iterator[Database]:
    with Store(home) as store:
        generate(store, seed=3, visits=30, lessons=LESSONS)
    database = Database(home)
    with qtbot.waitSignal(database.opened, timeout=10_000):
        database.open()
    yield database
    database.shutdown()


@pytest.fixture
def dialog(demo_db: Database, qtbot) -> Iterator[BookletDialog]:
    shown = BookletDialog(demo_db)
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.filters.place.count() > 1, timeout=10_000)
    yield shown
    shown.close()


def make(dialog: BookletDialog, qtbot) -> None:
    dialog.make_booklet()
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=60_000)


def test_the_dialog_offers_the_subdistricts_lessons_are_about(dialog: BookletDialog) -> None:
    assert not dialog.save_button.isEnabled()
    assert not dialog.print_button.isEnabled()
    codes = [dialog.filters.place.itemData(i) for i in range(dialog.filters.place.count())]
    assert codes[0] == "" and all(code.isdigit() for code in codes[1:])


def test_making_the_booklet_previews_every_page(dialog: BookletDialog, qtbot) -> None:
    make(dialog, qtbot)
    assert dialog.made is not None
    result = dialog.made.result
    assert result.lessons == LESSONS
    assert dialog.pages.count() == result.pages
    assert not dialog.pages.item(0).icon().isNull()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    dialog.filters.thai_digits.setChecked(True)
    assert not dialog.save_button.isEnabled(), "a changed choice needs a new booklet"


def test_a_made_booklet_is_saved_opened_and_printed_whole(
    dialog: BookletDialog, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make(dialog, qtbot)
    made = dialog.booklet_path()
    assert made is not None and dialog.made is not None

    saved = tmp_path / "saved.pdf"
    monkeypatch.setattr(system, "ask_save_path", lambda parent, suggested: saved)
    assert dialog.save_as() == saved
    assert saved.read_bytes() == made.read_bytes()

    opened: list[QUrl] = []
    monkeypatch.setattr(system, "open_in_viewer", lambda url: opened.append(url) or True)
    assert dialog.open_in_viewer()
    (url,) = opened
    shown = Path(url.toLocalFile())
    assert shown.suffix == ".pdf" and shown.read_bytes() == made.read_bytes()
    assert shown.parent != made.parent, "the viewer gets a copy that outlives the dialog"

    printed = tmp_path / "printed.pdf"

    def print_to_file(printer: QPrinter, parent: object) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(system, "ask_print_settings", print_to_file)
    dialog.print_booklet()
    qtbot.waitUntil(lambda: dialog._progress_dialog is None and printed.exists(), timeout=60_000)
    qtbot.waitUntil(lambda: str(dialog.made.result.pages) in dialog.status.text(), timeout=60_000)  # type: ignore[union-attr]
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True)
    pages = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    assert int(pages.split()[1]) == dialog.made.result.pages


def test_an_empty_selection_is_said_in_thai(dialog: BookletDialog, qtbot) -> None:
    dialog.filters.area.setText("ไม่มีหมู่บ้านนี้แน่นอน")
    dialog.make_booklet()
    qtbot.waitUntil(lambda: "ไม่มีบทเรียน" in dialog.status.text(), timeout=30_000)
    assert dialog.made is None
    assert dialog.make_button.isEnabled()
    assert not dialog.save_button.isEnabled()


def test_the_system_helpers_add_a_pdf_suffix(monkeypatch: pytest.MonkeyPatch, app) -> None:
    monkeypatch.setattr(system.QFileDialog, "getSaveFileName", lambda *args: ("/tmp/หนังสือ", ""))
    assert system.ask_save_path(None, suggested="x.pdf") == Path("/tmp/หนังสือ.pdf")  # type: ignore[arg-type]
    monkeypatch.setattr(system.QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert system.ask_save_path(None, suggested="x.pdf") is None  # type: ignore[arg-type]


def test_household_summary_dialog_makes_and_saves_the_summary(
    demo_db: Database, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(demo_db.home) as store:
        household_id = store.records("households")[0].id
    dialog = HouseholdSummaryDialog(demo_db, household_id)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.make_pdf()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=30_000)
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(system, "ask_save_path", lambda parent, suggested: target)
    assert dialog.save_as() == target
    assert target.read_bytes().startswith(b"%PDF-")
    dialog.private_notes.setChecked(True)
    assert dialog.pdf is None and not dialog.save_button.isEnabled()


def test_certificate_dialog_offers_only_consented_good_deed_stories(
    demo_db: Database, qtbot
) -> None:
    story = {
        "kind": "good_deed",
        "title": "ลุงสมพงษ์ซ่อมทางลาดให้เพื่อนบ้าน",
        "author": "นางกาญจนา จันทะคุณ",
        "virtues": ["volunteerism"],
        "people_consented": True,
    }
    not_consented = {**story, "title": "ยังไม่ได้ขอความยินยอม", "people_consented": False}
    added: list[str] = []
    for record in (story, not_consented):
        demo_db.run(lambda store, r=record: store.put("lessons", r).record.id, on_done=added.append)
    qtbot.waitUntil(lambda: len(added) == 2, timeout=10_000)
    dialog = CertificateDialog(demo_db, lesson_id=added[0])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    titles = [dialog.story.itemText(i) for i in range(dialog.story.count())]
    assert story["title"] in titles and not_consented["title"] not in titles
    assert dialog.story.currentData() == added[0]
    assert dialog.recipient.text() == story["author"]
    dialog.recipient.setText("นายสมพงษ์ ใจดี")
    dialog.make_pdf()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=30_000)
    assert dialog.pdf.read_bytes().startswith(b"%PDF-")  # type: ignore[union-attr]
