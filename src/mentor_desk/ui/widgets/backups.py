"""The list of automatic backups in Settings: date, kind and size of each, and restoring one
after showing what it would bring back (records per table in the backup and now)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.records import TABLES
from mentor_desk.store import Store
from mentor_desk.store.backup_set import BackupEntry, backup_counts
from mentor_desk.ui.database import Database

VISIBLE_ROWS = 6
ROW_HEIGHT_GUESS = 28

Comparison = tuple[dict[str, int], dict[str, int]]


def compare_with_now(store: Store, path: Path) -> Comparison:
    """Records per table in a backup and in the live database (database thread)."""
    return backup_counts(path), store.counts()


class BackupList(QWidget):
    """Automatic backups, newest first; `restore_requested` after the user confirmed."""

    restore_requested = Signal(Path)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.entries: list[BackupEntry] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("automatic_backups")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(VISIBLE_ROWS * ROW_HEIGHT_GUESS)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore_automatic_backup")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Automatic backups"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.restore_button.setText(self.tr("Restore this backup…"))
        self.note.setText(
            self.tr(
                "A backup is made every day and before every import or restore; the last 7 "
                "daily and 10 other backups are kept in the data folder. For a copy away from "
                "this computer, use Back up now, or export a full bundle with a passphrase to "
                "a USB stick."
            )
        )
        self._fill()

    def refresh(self) -> None:
        """Read the list again (on the database thread)."""
        self.db.run(lambda store: store.backups(), on_done=self._show)

    def _show(self, entries: list[BackupEntry]) -> None:
        self.entries = list(entries)
        self._fill()

    def _fill(self) -> None:
        kinds = {
            "daily": self.tr("Daily"),
            "before-import": self.tr("Before an import"),
            "before-restore": self.tr("Before a restore"),
        }
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            local = entry.made_at.astimezone()
            made = f"{local.day}/{local.month}/{local.year + 543} {local:%H:%M}"
            cells = (made, kinds.get(entry.kind, entry.kind), f"{entry.size / 1e6:.1f} MB")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._selection_changed()

    def selected(self) -> BackupEntry | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.entries[min(rows)] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def restore_selected(self) -> None:
        """Count what the chosen backup holds, show it against now, restore if confirmed."""
        entry = self.selected()
        if entry is None:
            return
        path = entry.path
        self.db.run(
            lambda store: compare_with_now(store, path),
            on_done=lambda comparison: self._confirm_then_restore(entry, comparison),
        )

    def _confirm_then_restore(self, entry: BackupEntry, comparison: Comparison) -> None:
        if self.confirm_restore(entry, comparison):
            self.restore_requested.emit(entry.path)

    def confirm_restore(self, entry: BackupEntry, comparison: Comparison) -> bool:
        """Ask the user (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"), self.comparison_text(comparison)
        )
        return answer == QMessageBox.StandardButton.Yes

    def comparison_text(self, comparison: Comparison) -> str:
        in_backup, now = comparison
        names = {
            "households": self.tr("Families"),
            "members": self.tr("Members"),
            "visits": self.tr("Visits"),
            "activities": self.tr("Activities"),
            "lessons": self.tr("Lessons"),
        }
        lines = [
            self.tr("%1: %2 in the backup, %3 now")
            .replace("%1", names[table])
            .replace("%2", str(in_backup.get(table, 0)))
            .replace("%3", str(now.get(table, 0)))
            for table in TABLES
        ]
        return "\n".join(
            [
                self.tr("The data on this computer will be replaced by this backup:"),
                *lines,
                self.tr("The current data is first saved as another backup. Continue?"),
            ]
        )
