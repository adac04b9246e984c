"""Files from mentors (รับไฟล์จากพี่เลี้ยง), for the district: choose or drop a folder of
mentors' files, import them all under one progress bar with one Cancel, see what became of
each file, and save or print the summary.

GUI thread; finding the files, importing them and writing the summary run on the database
worker (`ui/district/intake_jobs.py`). A refused file never stops the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

from mentor_desk.printing.intake_summary import IntakeSummary
from mentor_desk.store import Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.district.intake_jobs import (
    find_bundle_files,
    import_batch,
    save_summary_csv,
    waiting_lines,
)
from mentor_desk.ui.district.intake_model import FILE, MESSAGE, IntakeModel
from mentor_desk.ui.district.summary_dialog import IntakeSummaryDialog
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.sync.dialogs import SyncPrompts
from mentor_desk.ui.sync.parts import hinted, muted_label, name_buttons
from mentor_desk.ui.sync.progress import ProgressRow
from mentor_desk.ui.widgets.drops import dropped_files
from mentor_desk.ui.widgets.line_table import line_table_view

CSV_FILTER = "CSV (*.csv)"
FILE_COLUMN_WIDTH = 300  # file names are long: the middle is elided, the whole name is a tooltip


class DistrictIntakePage(Page):
    """The district's batch import of mentors' files (page key "district_intake")."""

    key = "district_intake"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setAcceptDrops(True)
        self.prompts = SyncPrompts(self)
        self.paths: list[Path] = []
        self.source = ""
        self.summary: IntakeSummary | None = None
        self.hint = muted_label()
        self.layout_.addWidget(self.hint)

        self.folder_button = QPushButton()
        self.folder_button.setObjectName("choose_folder")
        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button = QPushButton()
        self.files_button.setObjectName("choose_files")
        self.files_button.clicked.connect(self.choose_files)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_all")
        self.import_button.setProperty("role", "primary")
        self.import_button.clicked.connect(self.import_all)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clear_list")
        self.clear_button.clicked.connect(self.clear)
        choose = QHBoxLayout()
        for button in (self.folder_button, self.files_button, self.import_button):
            choose.addWidget(button)
        choose.addStretch(1)
        choose.addWidget(self.clear_button)
        self.layout_.addLayout(choose)
        self.found = QLabel()
        self.found.setObjectName("intake_found")
        self.found.setWordWrap(True)
        self.layout_.addWidget(self.found)
        self.progress = ProgressRow()
        self.layout_.addWidget(self.progress)

        self.model = IntakeModel(self)
        self.table = line_table_view(self.model, name="intake_table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FILE, FILE_COLUMN_WIDTH)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # names differ at the end
        self.layout_.addWidget(self.table, 1)

        self.result = QLabel()
        self.result.setObjectName("intake_result")
        self.result.setWordWrap(True)
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("save_summary_csv")
        self.csv_button.clicked.connect(self.ask_where_to_save_csv)
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_summary")
        self.print_button.clicked.connect(self.open_print_dialog)
        self.review_button = QPushButton()
        self.review_button.setObjectName("review_conflicts")
        self.review_button.clicked.connect(lambda: self.navigate.emit("review", None))
        done = QHBoxLayout()
        done.addWidget(self.result, 1)
        for button in (self.review_button, self.csv_button, self.print_button):
            done.addWidget(button)
        self.layout_.addLayout(done)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(
            hinted(
                self.tr(
                    "Choose the folder that holds the mentors' files (for example on a USB "
                    "stick), or drop a folder or files on this screen. Every file is checked; "
                    "a damaged or forged file is refused and the others are still imported. "
                    "A file imported before changes nothing."
                )
            )
        )
        self.folder_button.setText(self.tr("Choose a folder…"))
        self.files_button.setText(self.tr("Choose files…"))
        self.import_button.setText(self.tr("Import all files"))
        self.clear_button.setText(self.tr("Clear the list"))
        self.csv_button.setText(self.tr("Save summary (CSV)…"))
        self.print_button.setText(self.tr("Print or save as PDF…"))
        self.review_button.setText(self.tr("Review conflicts"))
        self.table.setAccessibleName(self.tr("Files and what became of them"))
        name_buttons(
            self.folder_button,
            self.files_button,
            self.import_button,
            self.clear_button,
            self.csv_button,
            self.print_button,
            self.review_button,
        )
        self.progress.retranslate()
        self.model.retranslate()
        self._show_found()
        self._show_result()

    # --- choosing the files -----------------------------------------------------------

    def choose_folder(self) -> None:
        """Ask for the folder that holds the mentors' files."""
        folder = self.prompts.choose_folder(self.tr("Folder of mentors' files"), Path.home())
        if folder is not None:
            self.add_paths([folder])

    def choose_files(self) -> None:
        """Ask for one or more files."""
        paths = self.prompts.open_files(
            self.tr("Mentors' files"), Path.home(), self.prompts.bundle_filter()
        )
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: Sequence[Path]) -> None:
        """List the bundle files among `paths` (folders are looked into, on the worker)."""
        if self.progress.busy:
            return
        chosen = list(paths)

        def find(store: Store) -> tuple[list[Path], str]:
            folder = chosen[0] if len(chosen) == 1 and chosen[0].is_dir() else chosen[0].parent
            return find_bundle_files(chosen), str(folder)

        if chosen:
            self.db.run(
                find,
                on_done=lambda found: self.show_files(found[0], source=found[1]),
                on_error=self._failed,
            )

    def show_files(self, paths: Sequence[Path], *, source: str) -> None:
        """A new batch: the files found, waiting (GUI thread)."""
        self.paths = list(paths)
        self.source = source
        self.summary = None
        self.model.show_lines(waiting_lines(self.paths))
        self._show_found()
        self._show_result()
        self._update_buttons()

    def clear(self) -> None:
        self.show_files([], source="")

    # --- importing --------------------------------------------------------------------

    def import_all(self) -> None:
        """Import every listed file on the worker, under one progress bar and Cancel."""
        if not self.paths or self.progress.busy:
            return
        paths, source = list(self.paths), self.source
        progress = self.progress.start(self.tr("Importing the mentors' files…"))
        label = self.tr("Imported %1")
        self._update_buttons()

        def job(store: Store) -> IntakeSummary:
            return import_batch(store, paths, progress=progress, label=label, source=source)

        self.db.run(
            job, on_done=self.show_summary, on_error=self._batch_failed, writes="households"
        )

    def cancel(self) -> None:
        """Stop after the file being imported (the Cancel button does the same)."""
        self.progress.cancel()

    def show_summary(self, summary: IntakeSummary) -> None:
        """What became of each file (GUI thread)."""
        self.progress.finish()
        self.summary = summary
        self.model.show_lines(summary.lines)
        self._show_result()
        self._update_buttons()

    def _batch_failed(self, error: BaseException, trace: str) -> None:
        self.progress.finish()
        self._update_buttons()
        show_error(self, error, trace)

    def _show_found(self) -> None:
        if not self.paths:
            self.found.setText(self.tr("No files chosen yet."))
            return
        self.found.setText(
            self.tr("%1 files in %2")
            .replace("%1", f"{len(self.paths):,}")
            .replace("%2", self.source)
        )

    def _show_result(self) -> None:
        summary = self.summary
        if summary is None:
            self.result.setText("")
            return
        files = summary.by_status()
        records = summary.record_totals()
        text = (
            self.tr(
                "Imported %1, already imported %2, refused %3, held %4, cancelled %5. "
                "Records: %6 new, %7 updated, %8 conflicts."
            )
            .replace("%1", f"{files['imported']:,}")
            .replace("%2", f"{files['duplicate']:,}")
            .replace("%3", f"{files['refused']:,}")
            .replace("%4", f"{files['quarantined']:,}")
            .replace("%5", f"{files['cancelled']:,}")
            .replace("%6", f"{records['new']:,}")
            .replace("%7", f"{records['updated']:,}")
            .replace("%8", f"{records['conflicts']:,}")
        )
        self.result.setText(text)
        self.result.setProperty("role", "error" if files["refused"] else "")
        self.result.style().polish(self.result)

    def _update_buttons(self) -> None:
        idle = not self.progress.busy
        for button in (self.folder_button, self.files_button):
            button.setEnabled(idle)
        self.import_button.setEnabled(idle and bool(self.paths) and self.summary is None)
        self.clear_button.setEnabled(idle and bool(self.paths))
        done = idle and self.summary is not None
        self.csv_button.setEnabled(done)
        self.print_button.setEnabled(done)
        conflicts = self.summary.record_totals()["conflicts"] if self.summary else 0
        self.review_button.setVisible(done and conflicts > 0)

    # --- the summary ------------------------------------------------------------------

    def ask_where_to_save_csv(self) -> None:
        """Ask where to save the summary as CSV, then write it on the worker."""
        if self.summary is None:
            return
        path = self.prompts.save_file(
            self.tr("Save the summary"), Path.home() / "intake-summary.csv", CSV_FILTER
        )
        if path is not None:
            self.save_csv_to(path if path.suffix.lower() == ".csv" else path.with_suffix(".csv"))

    def save_csv_to(self, path: Path) -> None:
        summary = self.summary
        if summary is None:
            return
        self.db.run(
            lambda store: save_summary_csv(summary, path),
            on_done=lambda saved: self.found.setText(
                self.tr("Summary saved to %1").replace("%1", str(saved))
            ),
            on_error=self._failed,
        )

    def print_dialog(self) -> IntakeSummaryDialog | None:
        """The print dialog of the current summary (not shown yet)."""
        if self.summary is None:
            return None
        return IntakeSummaryDialog(self.db, self.summary, self)

    def open_print_dialog(self) -> None:
        dialog = self.print_dialog()
        if dialog is not None:
            dialog.open()

    def _failed(self, error: BaseException, trace: str) -> None:
        show_error(self, error, trace)

    # --- a folder or files dropped on the screen --------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)
