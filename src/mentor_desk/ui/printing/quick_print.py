"""A small print dialog for one-document prints (a household's summary, a certificate): a
few choices, "Make PDF", then save, open in the system viewer, or print.

Subclasses add their choices to ``form`` and implement ``make_job``, which returns the job
the database worker runs to write the PDF; the GUI thread never builds it.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.errors import MentorDeskError
from mentor_desk.store import Store
from mentor_desk.ui.database import Database, Progress
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.printing.jobs import ProgressRelay, print_pages, record_print
from mentor_desk.ui.printing.pdf_actions import ask_printer, save_pdf, show_pdf

# Writes the PDF at the given path on the worker thread.
PdfJob = Callable[[Store, Path], object]


class QuickPrintDialog(QDialog):
    """Make one PDF on the worker thread, then save, open or print it (GUI thread)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.pdf: Path | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="mentor-desk-print-"))
        self._relay = ProgressRelay(self)
        self._waiting: QProgressDialog | None = None
        self.form = QFormLayout()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.make_button = QPushButton()
        self.make_button.setProperty("role", "primary")
        self.save_button, self.open_button = QPushButton(), QPushButton()
        self.print_button, self.close_button = QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addStretch(1)
        for button in (self.save_button, self.open_button, self.print_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.make_button.clicked.connect(self.make_pdf)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.print_button.clicked.connect(self.print_pdf)
        self.close_button.clicked.connect(self.reject)
        self._set_ready(False)

    # --- for subclasses -------------------------------------------------------------------

    document_kind = "document"  # what the audit log calls it (subclasses name theirs)

    def file_name(self) -> str:
        """The name offered when saving."""
        return "mentor-desk.pdf"

    def make_job(self) -> PdfJob:
        """The worker job that writes the PDF (read the choices here, on the GUI thread)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Apply the current language to the buttons (subclasses add their own texts)."""
        self.make_button.setText(self.tr("Make PDF"))
        self.save_button.setText(self.tr("Save as…"))
        self.open_button.setText(self.tr("Open in PDF viewer"))
        self.print_button.setText(self.tr("Print…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mark_stale(self) -> None:
        """A choice changed: the PDF must be made again before it is used."""
        self.pdf = None
        self._set_ready(False)

    # --- making and using the PDF -------------------------------------------------------

    def make_pdf(self) -> None:
        """Write the PDF on the worker thread."""
        job = self.make_job()
        target = self._folder / self.file_name()
        self.make_button.setEnabled(False)
        self._waiting = QProgressDialog(self.tr("Making the PDF…"), "", 0, 0, self)
        self._waiting.setCancelButton(None)
        self._waiting.setWindowModality(Qt.WindowModality.WindowModal)
        self._waiting.setMinimumDuration(300)

        def run(store: Store) -> Path:
            job(store, target)
            return target

        self.db.run(run, on_done=self._made, on_error=self._failed)

    def _made(self, path: Path) -> None:
        self._stop_waiting()
        self.pdf = path
        self.make_button.setEnabled(True)
        self.status.setProperty("role", "")
        self.status.setText(self.tr("Ready: save it, open it or print it."))
        self._set_ready(True)

    def _failed(self, error: BaseException, trace: str) -> None:
        self._stop_waiting()
        self.make_button.setEnabled(True)
        if isinstance(error, MentorDeskError):
            self.status.setProperty("role", "error")
            self.status.setText(error.message_th)
            self.status.style().polish(self.status)
        else:
            show_error(self, error, trace)

    def save_as(self) -> Path | None:
        """Ask where to save and copy the PDF there whole."""
        if self.pdf is None:
            return None
        return save_pdf(self, self.db, self.pdf, name=self.file_name(), document=self.document_kind)

    def open_in_viewer(self) -> bool:
        """Show a copy of the PDF in the system's viewer."""
        if self.pdf is None:
            return False
        return show_pdf(self.db, self.pdf, name=self.file_name(), document=self.document_kind)

    def print_pdf(self) -> None:
        """Ask for printer settings, then print on the worker thread."""
        if self.pdf is None:
            return
        printer = ask_printer(self, name=self.file_name())
        if printer is None:
            return
        source = self.pdf
        progress: Progress = self._relay.progress()
        text = self.tr("Sending pages to the printer")
        self._printer = printer  # kept alive until the job is done
        self.db.run(
            lambda store: print_pages(source, printer=printer, progress=progress, text=text),
            on_done=self._printed,
            on_error=self._failed,
        )

    def _printed(self, pages: int) -> None:
        self.status.setText(self.tr("%1 pages sent to the printer.").replace("%1", str(pages)))
        record_print(self.db, document=self.document_kind, to="printer", pages=pages)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.save_button, self.open_button, self.print_button):
            button.setEnabled(ready and self.pdf is not None)

    def _stop_waiting(self) -> None:
        if self._waiting is not None:
            self._waiting.close()
            self._waiting = None

    def done(self, result: int) -> None:
        """Close and remove the temporary folder."""
        super().done(result)
        shutil.rmtree(self._folder, ignore_errors=True)
