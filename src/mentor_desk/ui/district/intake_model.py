"""The table of the district's batch import: one row per file found, then what became of it
(imported, already imported, refused, held, cancelled) with the records it changed.

GUI thread. The rows are `IntakeLine` values from the printing package's summary.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from mentor_desk.printing.intake_summary import IntakeLine
from mentor_desk.ui.theme import COLOURS
from mentor_desk.ui.widgets.line_table import LineTableModel, ModelIndex

FILE, MENTOR, STATUS, NEW, UPDATED, UNCHANGED, CONFLICTS, MESSAGE = range(8)
COUNT_COLUMNS = {NEW: "new", UPDATED: "updated", UNCHANGED: "unchanged", CONFLICTS: "conflicts"}
STATUS_COLOURS = {
    "imported": COLOURS["accent"],
    "refused": COLOURS["error"],
    "quarantined": COLOURS["due"],
    "cancelled": COLOURS["muted"],
    "waiting": COLOURS["muted"],
}


class IntakeModel(LineTableModel):
    """The batch's files in the order they are imported."""

    lines: list[IntakeLine]

    def line_at(self, row: int) -> IntakeLine | None:
        line: IntakeLine | None = super().line_at(row)
        return line

    def headings(self) -> list[str]:
        return [
            self.tr("File"),
            self.tr("Mentor"),
            self.tr("Result"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Conflicts"),
            self.tr("Message"),
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == FILE:
            return line.file
        if role == Qt.ItemDataRole.ToolTipRole and column == MESSAGE and line.detail:
            return f"{line.message}\n\n{line.detail}"
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            colour = STATUS_COLOURS.get(line.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in COUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def cell_text(self, line: IntakeLine, column: int) -> str:
        """The text of one cell (also what screen readers hear)."""
        if column == FILE:
            return line.file
        if column == MENTOR:
            return line.mentor or "—"
        if column == STATUS:
            return self.status_text(line.status)
        if column in COUNT_COLUMNS:
            if line.status in ("waiting", "cancelled", "refused", "quarantined"):
                return ""
            return f"{line.count(COUNT_COLUMNS[column]):,}"
        return line.message

    def status_text(self, status: str) -> str:
        return {
            "waiting": self.tr("Waiting"),
            "imported": self.tr("Imported"),
            "duplicate": self.tr("Already imported"),
            "refused": self.tr("Refused"),
            "quarantined": self.tr("Held for checking"),
            "cancelled": self.tr("Cancelled"),
        }.get(status, status)
