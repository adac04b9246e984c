"""A read-only table over a list of rows ("lines") with translated column headings: the
shape shared by the district's register and batch-import tables.

Subclasses name their columns in `headings()` and fill cells in `data()`; rows are replaced
whole with `show_lines()`. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ModelIndex = QModelIndex | QPersistentModelIndex


class LineTableModel(QAbstractTableModel):
    """Rows of any frozen value, shown through the subclass's `headings()` and `data()`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[Any] = []

    def headings(self) -> Sequence[str]:
        """The translated column headings, in column order."""
        raise NotImplementedError

    def show_lines(self, lines: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def line_at(self, row: int) -> Any:
        """The row's value, or None outside the table."""
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def retranslate(self) -> None:
        """Headings and cells again, in the current language."""
        last = len(self.headings()) - 1
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, last))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headings()[section]


def line_table_view(model: LineTableModel, *, name: str) -> QTableView:
    """A view of whole rows that cannot be edited: one line a row, columns fitted to their
    contents (callers stretch or size the long ones)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table
