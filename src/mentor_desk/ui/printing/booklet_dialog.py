"""The booklet dialog (พิมพ์หนังสือถอดบทเรียน): choose lessons and looks, make the booklet,
look at its pages, then save it, open it in the system's PDF viewer, or print it.

The PDF is built and its pages rendered on the database worker thread (``Database.run``)
with a cancellable progress dialog; this dialog only shows the results. Changing a choice
after a booklet was made asks for it to be made again before it can be saved or printed.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.errors import MentorDeskError
from mentor_desk.printing.booklet import BookletOptions, BookletResult, build_booklet
from mentor_desk.printing.selection import LessonSelection
from mentor_desk.store import Store
from mentor_desk.store.print_queries import PlaceChoice, PrintData
from mentor_desk.ui.database import Database, Progress
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.printing.booklet_filters import BookletFilters
from mentor_desk.ui.printing.jobs import ProgressRelay, print_pages, record_print, render_pages
from mentor_desk.ui.printing.pdf_actions import ask_printer, save_pdf, show_pdf
from mentor_desk.ui.printing.sizes import (
    DIALOG_SIZE,
    FILTER_PANEL_WIDTH,
    PAGE_EDGE,
    PREVIEW_BACKGROUND,
    PREVIEW_PAGE_WIDTH,
    PREVIEW_SPACING,
)

PREVIEW_FILE = "booklet.pdf"


@dataclass(frozen=True)
class MadeBooklet:
    """A booklet made on the worker thread and its pages as images."""

    result: BookletResult
    pages: list[QImage]


class BookletDialog(QDialog):
    """Make, preview, save, open and print a lesson-learned booklet (GUI thread)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.made: MadeBooklet | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="mentor-desk-booklet-"))
        self._progress_dialog: QProgressDialog | None = None
        self._running: Progress | None = None  # the job in progress, if any
        self._relay = ProgressRelay(self)
        self._relay.changed.connect(self._show_progress)
        self.filters = BookletFilters()
        self.filters.changed.connect(self._mark_stale)
        self.pages = QListWidget()
        self.pages.setObjectName("pages")
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setSpacing(PREVIEW_SPACING)
        self.pages.setStyleSheet(f"QListWidget#pages {{ background: {PREVIEW_BACKGROUND}; }}")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.make_button = QPushButton()
        self.make_button.setProperty("role", "primary")
        self.save_button, self.open_button = QPushButton(), QPushButton()
        self.print_button, self.close_button = QPushButton(), QPushButton()
        self._build()
        self.retranslate()
        self._set_ready(False)
        self.resize(*DIALOG_SIZE)
        self.db.run(lambda store: PrintData(store).lesson_places(), on_done=self._places_loaded)

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        panel = QScrollArea()
        panel.setWidget(self.filters)
        panel.setWidgetResizable(True)
        panel.setFixedWidth(FILTER_PANEL_WIDTH)
        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addWidget(self.status)
        top = QHBoxLayout()
        top.addWidget(panel)
        top.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addStretch(1)
        for button in (self.save_button, self.open_button, self.print_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.make_button.clicked.connect(self.make_booklet)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.print_button.clicked.connect(self.print_booklet)
        self.close_button.clicked.connect(self.reject)
        size = PREVIEW_PAGE_WIDTH
        self.pages.setIconSize(QSize(size, round(size * 1.42)))

    def retranslate(self) -> None:
        """Apply the current language."""
        self.setWindowTitle(self.tr("Print a lesson-learned booklet"))
        self.make_button.setText(self.tr("Make the booklet"))
        self.save_button.setText(self.tr("Save as…"))
        self.open_button.setText(self.tr("Open in PDF viewer"))
        self.print_button.setText(self.tr("Print…"))
        self.close_button.setText(self.tr("Close"))
        if self.made is None:
            self.status.setText(self.tr("Choose the lessons, then press “Make the booklet”."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- making the booklet -------------------------------------------------------------

    def make_booklet(self) -> None:
        """Build the booklet and render its pages on the worker thread (GUI thread)."""
        selection, options = self.filters.selection(), self.filters.options()
        target = self._folder / PREVIEW_FILE
        progress = self._start_progress(self.tr("Making the booklet…"))
        rendering = self.tr("Preparing the preview")

        def job(store: Store) -> MadeBooklet:
            return make_booklet_job(
                store,
                target=target,
                selection=selection,
                options=options,
                progress=progress,
                rendering_text=rendering,
            )

        self.make_button.setEnabled(False)
        self.db.run(job, on_done=self._booklet_made, on_error=self._failed)

    def _booklet_made(self, made: MadeBooklet) -> None:
        self._end_progress()
        self.made = made
        self.pages.clear()
        for number, image in enumerate(made.pages, start=1):
            item = QListWidgetItem(QIcon(_page_pixmap(image)), str(number))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages.addItem(item)
        result = made.result
        text = self.tr("%1 lessons, %2 photos, %3 pages.")
        text = text.replace("%1", str(result.lessons)).replace("%2", str(result.photos))
        text = text.replace("%3", str(result.pages))
        if result.problems:
            missing = self.tr("Left out: %1").replace(
                "%1", "; ".join(problem.one_line() for problem in result.problems)
            )
            text = f"{text} {missing}"
        self.status.setProperty("role", "")
        self.status.setText(text)
        self.make_button.setEnabled(True)
        self._set_ready(True)

    def _failed(self, error: BaseException, trace: str) -> None:
        self._end_progress()
        self.make_button.setEnabled(True)
        if isinstance(error, MentorDeskError):
            # An empty selection or a photo folder problem: say it where the pages would be.
            self.status.setProperty("role", "error")
            self.status.setText(error.message_th)
            self.status.style().polish(self.status)
            return
        show_error(self, error, trace)

    def _mark_stale(self) -> None:
        if self.made is not None:
            self.status.setText(self.tr("The choices changed: make the booklet again."))
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.save_button, self.open_button, self.print_button):
            button.setEnabled(ready and self.made is not None)

    def _places_loaded(self, places: list[PlaceChoice]) -> None:
        self.filters.set_places(places)

    # --- using the booklet --------------------------------------------------------------

    def booklet_path(self) -> Path | None:
        """The made booklet's PDF (in a temporary folder), or None."""
        return self.made.result.path if self.made is not None else None

    def save_as(self) -> Path | None:
        """Ask where to save the booklet and copy it there whole (GUI thread)."""
        source = self.booklet_path()
        if source is None:
            return None
        name = _file_name(self.filters.options().title)
        return save_pdf(self, self.db, source, name=name, document="booklet", pages=self._pages())

    def open_in_viewer(self) -> bool:
        """Show the booklet in the system's PDF viewer (a copy, so closing here is safe)."""
        source = self.booklet_path()
        if source is None:
            return False
        name = _file_name(self.filters.options().title)
        return show_pdf(self.db, source, name=name, document="booklet", pages=self._pages())

    def print_booklet(self) -> None:
        """Ask for printer settings, then print the pages on the worker thread."""
        source = self.booklet_path()
        if source is None:
            return
        printer = ask_printer(self, name=self.filters.options().title, pages=self._pages() or 1)
        if printer is None:
            return
        progress = self._start_progress(self.tr("Printing…"))
        text = self.tr("Sending pages to the printer")
        self.db.run(
            lambda store: print_pages(source, printer=printer, progress=progress, text=text),
            on_done=self._printed,
            on_error=self._failed,
        )
        self._printer = printer  # kept alive until the job is done

    def _printed(self, pages: int) -> None:
        self._end_progress()
        self.status.setText(self.tr("%1 pages sent to the printer.").replace("%1", str(pages)))
        record_print(self.db, document="booklet", to="printer", pages=pages)

    def _pages(self) -> int | None:
        return self.made.result.pages if self.made is not None else None

    # --- progress -----------------------------------------------------------------------

    def _start_progress(self, label: str) -> Progress:
        progress = self._relay.progress()
        self._running = progress
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        # The job's stages each count to their end; only the job's end closes the dialog.
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(progress.cancel)
        dialog.canceled.connect(self._cancelled)
        self._progress_dialog = dialog
        return progress

    def _show_progress(self, done: int, total: int, text: str) -> None:
        dialog = self._progress_dialog
        if dialog is not None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))
            dialog.setLabelText(text)

    def _cancelled(self) -> None:
        self._progress_dialog = None
        self.make_button.setEnabled(True)
        self.status.setText(self.tr("Stopped."))

    def _end_progress(self) -> None:
        self._running = None
        if self._progress_dialog is not None:
            self._progress_dialog.canceled.disconnect()
            self._progress_dialog.close()
            self._progress_dialog = None

    def done(self, result: int) -> None:
        """Close the dialog, stop a job still running, and remove the temporary folder."""
        if self._running is not None:
            self._running.cancel()
        super().done(result)
        shutil.rmtree(self._folder, ignore_errors=True)


def make_booklet_job(
    store: Store,
    *,
    target: Path,
    selection: LessonSelection,
    options: BookletOptions,
    progress: Progress,
    rendering_text: str,
) -> MadeBooklet:
    """Worker thread: build the booklet to ``target`` and render its pages for the preview.

    The booklet reports each photo and lesson (in Thai, with the lesson's title); the same
    Cancel stops both stages.
    """
    result = build_booklet(
        PrintData(store), path=target, selection=selection, options=options, progress=progress
    )
    pages = render_pages(
        target, width_px=PREVIEW_PAGE_WIDTH, progress=progress, text=rendering_text
    )
    return MadeBooklet(result, pages)


def _page_pixmap(image: QImage) -> QPixmap:
    """A page image with a thin edge, as a sheet of paper (GUI thread)."""
    pixmap = QPixmap.fromImage(image)
    painter = QPainter(pixmap)
    painter.setPen(QColor(PAGE_EDGE))
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    painter.end()
    return pixmap


def _file_name(title: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', " ", title).strip()[:80] or "booklet"
    return f"{cleaned}.pdf"
