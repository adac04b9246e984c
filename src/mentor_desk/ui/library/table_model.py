"""A table model over a list of row dataclasses, and the proxy that filters and sorts it.

Subclasses name their columns (constants), what each cell shows and what it sorts by; the
view sorts through the proxy on `SORT_ROLE`, so dates sort by their ISO text while showing
Buddhist Era years. Views must always map proxy indexes back with `mapToSource`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from mentor_desk.domain.thai_words import with_break_hints

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """How one column shows and sorts a row."""

    display: Callable[[Any], str]
    sort_key: Callable[[Any], Any]
    align_right: bool = False


class RowTableModel(QAbstractTableModel):
    """Rows (frozen dataclasses with an `id`) shown through `columns()`; GUI thread only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # --- for subclasses -----------------------------------------------------------------

    def columns(self) -> Sequence[Column]:
        """The columns, in the order of the column constants."""
        raise NotImplementedError

    def headers(self) -> Sequence[str]:
        """Translated column headings, in the order of `columns()`."""
        raise NotImplementedError

    # --- data ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (after a reload from the database worker)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        """The source row showing a record, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def retranslate(self) -> None:
        """Headings and vocabulary labels follow a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns()) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns()) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Break hints let long Thai titles wrap inside the tooltip.
            return with_break_hints(column.display(row)) or None
        if role == SORT_ROLE:
            return column.sort_key(row)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


def folded(text: str) -> str:
    """Text as compared by list filters: NFC, case-folded (Thai has no case; English does)."""
    return unicodedata.normalize("NFC", text).casefold()


class RowFilterProxy(QSortFilterProxyModel):
    """Filters rows by free text and by exact values of row attributes; sorts on SORT_ROLE."""

    def __init__(self, searchable: Callable[[Any], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._searchable = searchable
        self._text = ""
        self._equal: dict[str, str] = {}
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        """Keep rows whose searchable text contains `text` (GUI thread)."""
        self.beginFilterChange()
        self._text = folded(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_equal(self, attribute: str, value: str | None) -> None:
        """Keep rows whose `attribute` equals `value`; None removes that condition."""
        self.beginFilterChange()
        if value is None:
            self._equal.pop(attribute, None)
        else:
            self._equal[attribute] = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        row = model.row_at(source_row)
        if any(getattr(row, name) != value for name, value in self._equal.items()):
            return False
        return not self._text or self._text in folded(self._searchable(row))
