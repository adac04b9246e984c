"""Printed documents leave a trace in the audit log: saved, shown in a PDF viewer or sent to
a printer, with the kind of document and never its contents."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from mentor_desk.demo import generate
from mentor_desk.store import Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.printing import HouseholdSummaryDialog, system
from tests.ui.helpers import run


@pytest.fixture
def demo_db(app: QApplication, home: Path, qtbot) -> Iterator[Database]:
    with Store(home) as store:
        generate(store, seed=4, families=3, visits=6, lessons=1)
    database = Database(home)
    with qtbot.waitSignal(database.opened, timeout=10_000):
        database.open()
    yield database
    database.shutdown()


def test_a_household_summary_saved_shown_and_printed_is_audited(
    demo_db: Database, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    household = run(qtbot, demo_db, lambda store: store.records("households")[0])
    dialog = HouseholdSummaryDialog(demo_db, household.id)
    qtbot.addWidget(dialog)
    dialog.make_pdf()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=30_000)

    monkeypatch.setattr(system, "ask_save_path", lambda parent, suggested: tmp_path / "s.pdf")
    assert dialog.save_as() == tmp_path / "s.pdf"
    monkeypatch.setattr(system, "open_in_viewer", lambda url: True)
    assert dialog.open_in_viewer()

    def print_to_file(printer: QPrinter, parent: object) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(system, "ask_print_settings", print_to_file)
    dialog.print_pdf()

    def prints() -> list[dict[str, object]]:
        events = run(qtbot, demo_db, lambda store: store.audit_log())
        return [e.summary for e in reversed(events) if e.action == "print"]

    qtbot.waitUntil(lambda: len(prints()) == 3, timeout=30_000)
    summaries = prints()
    assert [s["to"] for s in summaries] == ["file", "viewer", "printer"]
    assert {s["document"] for s in summaries} == {"household summary"}
    assert isinstance(summaries[2]["pages"], int) and summaries[2]["pages"] >= 1
    text = json.dumps(summaries, ensure_ascii=False)
    assert household.head_name not in text and household.village_name not in text
