"""The household list as a Qt table model: a list of `HouseholdRow` dataclasses, column
constants, a sort role, and lazy loading for very long lists.

Searching and sorting happen in SQL on the database worker (`household_order` gives the
order of every matching household once); rows then arrive a page at a time through
canFetchMore/fetchMore as the view scrolls, so 100,000 households load as fast as 500.
The model lives on the GUI thread and never touches SQLite itself.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from mentor_desk.domain import vocab
from mentor_desk.domain.dates import format_iso
from mentor_desk.store import Store
from mentor_desk.store.household_queries import (
    HouseholdFilter,
    HouseholdRow,
    HouseholdSort,
    household_order,
    households_by_rowid,
)
from mentor_desk.ui.database import Database
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.theme import COLOURS, IDLE_LIST_BATCH

Index = QModelIndex | QPersistentModelIndex


class HouseholdTableModel(QAbstractTableModel):
    """Households matching the search, in the chosen order, loaded page by page."""

    CODE, HEAD_NAME, VILLAGE, RISK, STATUS, LAST_VISIT = range(6)
    COLUMN_COUNT = 6
    SORTS: ClassVar[dict[int, HouseholdSort]] = {
        HEAD_NAME: HouseholdSort.HEAD_NAME,
        VILLAGE: HouseholdSort.VILLAGE,
        RISK: HouseholdSort.RISK,
        STATUS: HouseholdSort.STATUS,
        LAST_VISIT: HouseholdSort.LAST_VISIT,
    }
    HOUSEHOLD_ROLE = Qt.ItemDataRole.UserRole + 1  # the HouseholdRow of a line
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value a column sorts by

    loaded = Signal()  # a new search or order has its first page (GUI thread)
    fetched = Signal()  # another page arrived

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.page_size = IDLE_LIST_BATCH
        self.wanted = HouseholdFilter()
        self.sort_column = self.HEAD_NAME
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._rows: list[HouseholdRow] = []
        self._order: list[int] = []  # row numbers of every match, in list order
        self._next = 0  # position in _order of the first household not yet fetched
        self._fetching = False
        self._generation = 0  # answers to an older search are dropped
        self.loading = False

    # --- what is shown ------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many households match the search (loaded or not)."""
        return len(self._order)

    def set_filter(self, wanted: HouseholdFilter) -> None:
        """Search again (GUI thread); the first page arrives asynchronously."""
        self.wanted = wanted
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column (the view calls this when a heading is clicked); the code
        column has no meaningful order and is ignored."""
        if column not in self.SORTS:
            return
        self.sort_column, self.sort_order = column, order
        self.reload()

    def reload(self) -> None:
        """Ask the worker for the order of every match and the first page."""
        self._generation += 1
        generation = self._generation
        wanted, page_size = self.wanted, self.page_size
        sort = self.SORTS[self.sort_column]
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        self.loading = True

        def job(store: Store) -> tuple[list[int], list[HouseholdRow]]:
            # Runs on the database worker thread.
            order = household_order(store.db, wanted, sort=sort, descending=descending)
            return order, households_by_rowid(store.db, order[:page_size])

        self.db.run(job, on_done=lambda result: self._reset(generation, *result))

    def _reset(self, generation: int, order: list[int], first: list[HouseholdRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._order = order
        self._rows = first
        self._next = min(self.page_size, len(order))
        self._fetching = False
        self.endResetModel()
        self.loading = False
        self.loaded.emit()

    # --- lazy loading -------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and self._next < len(self._order)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Fetch the next page on the worker; rows are appended when it arrives."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        wanted = self._order[self._next : self._next + self.page_size]
        self._next += len(wanted)
        self.db.run(
            lambda store: households_by_rowid(store.db, wanted),
            on_done=lambda rows: self._append(generation, rows),
        )

    def _append(self, generation: int, rows: list[HouseholdRow]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.fetched.emit()

    # --- the model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def household(self, row: int) -> HouseholdRow:
        return self._rows[row]

    def row_of(self, household_id: str) -> int:
        """The line of a loaded household, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.id == household_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        household = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(household, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.HEAD_NAME and household.tags:
            language = current_language()
            return ", ".join(vocab.VULNERABILITY.label(tag, language) for tag in household.tags)
        if role == Qt.ItemDataRole.ForegroundRole:
            if household.status != "active":
                return QColor(COLOURS["muted"])
            if column == self.RISK:
                return QColor(COLOURS.get(f"risk_{household.risk_level}", COLOURS["muted"]))
        if role == self.HOUSEHOLD_ROLE:
            return household
        if role == self.SORT_ROLE:
            return self._sort_value(household, column)
        return None

    def _text(self, household: HouseholdRow, column: int) -> str:
        language = current_language()
        if column == self.CODE:
            return household.code
        if column == self.HEAD_NAME:
            return household.head_name
        if column == self.VILLAGE:
            return self.village_text(household)
        if column == self.RISK:
            return vocab.RISK_LEVEL.label(household.risk_level, language)
        if column == self.STATUS:
            return vocab.HOUSEHOLD_STATUS.label(household.status, language)
        if household.last_visit:
            return format_iso(household.last_visit, language=language)
        return self.tr("Not yet visited")

    def village_text(self, household: HouseholdRow) -> str:
        """'45/2 หมู่ 3 บ้านหนองบัว' in the current language."""
        parts = [household.house_no] if household.house_no else []
        if household.moo is not None:
            parts.append(self.tr("Moo %1").replace("%1", str(household.moo)))
        if household.village_name:
            parts.append(household.village_name)
        return " ".join(parts)

    def _sort_value(self, household: HouseholdRow, column: int) -> Any:
        return {
            self.CODE: household.code,
            self.HEAD_NAME: household.head_name,
            self.VILLAGE: (household.moo or 0, household.village_name, household.house_no),
            self.RISK: _position(vocab.RISK_LEVEL, household.risk_level),
            self.STATUS: _position(vocab.HOUSEHOLD_STATUS, household.status),
            self.LAST_VISIT: household.last_visit or "",
        }[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Head of household"),
            self.tr("Address"),
            self.tr("Risk"),
            self.tr("Status"),
            self.tr("Last visit"),
        ]

    def retranslate(self) -> None:
        """Headings, labels and dates in the new language (after a language switch)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)


def _position(vocabulary: vocab.Vocabulary, key: str) -> int:
    """Where a key stands in its vocabulary (unknown keys last)."""
    keys = vocabulary.keys()
    return keys.index(key) if key in keys else len(keys)
