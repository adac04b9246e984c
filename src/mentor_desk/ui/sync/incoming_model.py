"""The table of incoming files on the send/receive screen: one row per file, with the
sender, the kind of file, what importing it would change (or changed) and where it stands.

GUI thread. The rows are `IncomingFile` values; the worker returns new values that replace
rows by file path.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mentor_desk.ui.sync.import_jobs import FileState, IncomingFile
from mentor_desk.ui.theme import COLOURS
from mentor_desk.ui.widgets.line_table import LineTableModel, ModelIndex

FILE, SENDER, KIND, NEW, UPDATED, UNCHANGED, CONFLICTS, STATUS = range(8)
COUNT_COLUMNS = {NEW: "new", UPDATED: "updated", UNCHANGED: "unchanged", CONFLICTS: "conflicts"}
STATE_COLOURS = {
    FileState.REFUSED: COLOURS["error"],
    FileState.QUARANTINED: COLOURS["error"],
    FileState.UNKNOWN_DEVICE: COLOURS["due"],
    FileState.NEEDS_PASSPHRASE: COLOURS["due"],
    FileState.IMPORTED: COLOURS["accent"],
}


class IncomingModel(LineTableModel):
    """Incoming files (`lines`) in the order they were offered; unlike the other line
    tables, rows are added and updated in place as the worker checks and imports them."""

    lines: list[IncomingFile]

    def add(self, files: Iterable[IncomingFile]) -> list[IncomingFile]:
        """Append files not listed yet (by path); returns those added."""
        known = {f.key for f in self.lines}
        fresh: list[IncomingFile] = []
        for incoming in files:
            if incoming.key not in known:
                known.add(incoming.key)
                fresh.append(incoming)
        if fresh:
            start = len(self.lines)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self.lines.extend(fresh)
            self.endInsertRows()
        return fresh

    def update(self, files: Iterable[IncomingFile]) -> None:
        """Replace rows by file path with what the worker found out."""
        rows = {f.key: row for row, f in enumerate(self.lines)}
        for incoming in files:
            row = rows.get(incoming.key)
            if row is not None:
                self.lines[row] = incoming
                self.dataChanged.emit(self.index(row, 0), self.index(row, STATUS))

    def drop(self, *states: FileState) -> None:
        """Drop the rows in any of these states."""
        self.show_lines([f for f in self.lines if f.state not in states])

    def clear_finished(self) -> None:
        """Drop rows that need nothing more (imported, already imported)."""
        self.drop(FileState.IMPORTED, FileState.ALREADY_IMPORTED)

    def in_state(self, *states: FileState) -> list[IncomingFile]:
        return [f for f in self.lines if f.state in states]

    def headings(self) -> Sequence[str]:
        return [
            self.tr("File"),
            self.tr("From"),
            self.tr("Kind"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Conflicts"),
            self.tr("Status"),
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        incoming = self.lines[index.row()]
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
