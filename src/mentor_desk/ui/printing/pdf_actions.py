"""What every print dialog does with a finished PDF: save a copy, show it in the system's
viewer, or ask for printer settings; each use goes to the audit log. GUI thread."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from mentor_desk.domain.errors import MentorDeskError
from mentor_desk.printing.output import copy_atomically
from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.printing import system
from mentor_desk.ui.printing.jobs import record_print


def save_pdf(
    parent: QWidget,
    db: Database,
    source: Path,
    *,
    name: str,
    document: str,
    pages: int | None = None,
) -> Path | None:
    """Ask where to save and copy the PDF there whole; None if the person cancelled or the
    copy failed (the failure is shown)."""
    target = system.ask_save_path(parent, suggested=name)
    if target is None:
        return None
    try:
        saved = copy_atomically(source, target)
    except MentorDeskError as error:
        show_error(parent, error)
        return None
    record_print(db, document=document, to="file", pages=pages)
    return saved


def show_pdf(
    db: Database, source: Path, *, name: str, document: str, pages: int | None = None
) -> bool:
    """Open a copy of the PDF in the system's viewer (a copy, so closing the dialog that made
    it is safe)."""
    shown = Path(tempfile.mkdtemp(prefix="mentor-desk-view-")) / name
    shutil.copyfile(source, shown)
    record_print(db, document=document, to="viewer", pages=pages)
    return system.open_in_viewer(QUrl.fromLocalFile(str(shown)))


def ask_printer(parent: QWidget, *, name: str, pages: int | None = None) -> QPrinter | None:
    """A high-resolution printer set up by the person, or None if they cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name)
    if pages:
        printer.setFromTo(1, pages)
    return printer if system.ask_print_settings(printer, parent) else None
