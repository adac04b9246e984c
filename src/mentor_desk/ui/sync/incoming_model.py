"""The table of incoming files on the send/receive screen: one row per file, with the
sender, the kind of file, what importing it would change (or changed) and where it stands.

GUI thread. The rows are `IncomingFile` values; the worker returns new values that replace
rows by file path.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mentor_desk.ui.sync.import_jobs import FileState, IncomingFile
from mentor_desk.ui.theme import COLOURS

ModelIndex = QModelIndex | QPersistentModelIndex

FILE, SENDER, KIND, NEW, UPDATED, UNCHANGED, CONFLICTS, STATUS = range(8)
COUNT_COLUMNS = {NEW: "new", UPDATED: "updated", UNCHANGED: "unchanged", CONFLICTS: "conflicts"}
STATE_COLOURS = {
    FileState.REFUSED: COLOURS["error"],
    FileState.QUARANTINED: COLOURS["error"],
    FileState.UNKNOWN_DEVICE: COLOURS["due"],
    FileState.NEEDS_PASSPHRASE: COLOURS["due"],
    FileState.IMPORTED: COLOURS["accent"],
}


class IncomingModel(QAbstractTableModel):
    """Incoming files in the order they were offered."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.files: list[IncomingFile] = []

    # --- contents (GUI thread) --------------------------------------------------------

    def add(self, files: Iterable[IncomingFile]) -> list[IncomingFile]:
        """Append files not listed yet (by path); returns those added."""
        known = {f.key for f in self.files}
        fresh: list[IncomingFile] = []
        for incoming in files:
            if incoming.key not in known:
                known.add(incoming.key)
                fresh.append(incoming)
        if fresh:
            start = len(self.files)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self.files.extend(fresh)
            self.endInsertRows()
        return fresh

    def update(self, files: Iterable[IncomingFile]) -> None:
        """Replace rows by file path with what the worker found out."""
        rows = {f.key: row for row, f in enumerate(self.files)}
        for incoming in files:
            row = rows.get(incoming.key)
            if row is not None:
                self.files[row] = incoming
                self.dataChanged.emit(self.index(row, 0), self.index(row, STATUS))

    def clear_finished(self) -> None:
        """Drop rows that need nothing more (imported, already imported)."""
        done = (FileState.IMPORTED, FileState.ALREADY_IMPORTED)
        self.beginResetModel()
        self.files = [f for f in self.files if f.state not in done]
        self.endResetModel()

    def in_state(self, *states: FileState) -> list[IncomingFile]:
        return [f for f in self.files if f.state in states]

    def file_at(self, row: int) -> IncomingFile | None:
        return self.files[row] if 0 <= row < len(self.files) else None

    def retranslate(self) -> None:
        """Re-apply texts after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, STATUS)
        if self.files:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.files) - 1, STATUS))

    # --- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.files)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else STATUS + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("File"),
            self.tr("From"),
            self.tr("Kind"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Conflicts"),
            self.tr("Status"),
        ][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        incoming = self.files[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(incoming, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == FILE:
            return str(incoming.path)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            colour = STATE_COLOURS.get(incoming.state)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in COUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def cell_text(self, incoming: IncomingFile, column: int) -> str:
        """The text of one cell (also what screen readers hear)."""
        result = incoming.result
        if column == FILE:
            return incoming.path.name
        if column == SENDER:
            return result.origin_name if result and result.origin_name else "—"
        if column == KIND:
            return self.kind_text(result.kind if result else "")
        if column in COUNT_COLUMNS:
            if result is None or not result.counts:
                return ""
            return f"{result.counts.get(COUNT_COLUMNS[column], 0):,}"
        return self.state_text(incoming.state)

    def kind_text(self, kind: str) -> str:
        return {
            "full": self.tr("Everything"),
            "delta": self.tr("Changes"),
            "receipt": self.tr("Receipt"),
        }.get(kind, "")

    def state_text(self, state: FileState) -> str:
        return {
            FileState.WAITING: self.tr("Checking…"),
            FileState.NEEDS_PASSPHRASE: self.tr("Needs its passphrase"),
            FileState.READY: self.tr("Ready to import"),
            FileState.UNKNOWN_DEVICE: self.tr("Sender not trusted"),
            FileState.ALREADY_IMPORTED: self.tr("Already imported"),
            FileState.REFUSED: self.tr("Not imported: see below"),
            FileState.QUARANTINED: self.tr("Held: see below"),
            FileState.IMPORTED: self.tr("Imported"),
        }[state]
