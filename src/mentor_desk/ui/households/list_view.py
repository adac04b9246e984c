"""The household list: type to search by name, village, house number or code; filter by
status; click a heading to sort; Enter or double-click opens a household.

GUI thread only; the model asks the database worker for its rows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain import vocab
from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.store.household_queries import HouseholdFilter
from mentor_desk.ui.database import Database
from mentor_desk.ui.households.list_model import HouseholdTableModel
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.theme import HOUSEHOLD_COLUMN_EMS, SEARCH_DELAY_MS, SPACING

ALL_STATUSES = ""


class HouseholdListView(QWidget):
    """Search box, status filter, the table of households, and "Add household"."""

    household_opened = Signal(str)  # household id
    add_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HouseholdTableModel(db, self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._go_to_first_match)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.status = QComboBox()
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status)
        self.add_button = QPushButton()
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add_requested)
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "muted")
        self.empty.hide()
        self.table = self._build_table()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.model.loaded.connect(self._show_count)
        self.model.fetched.connect(self._show_count)

        bar = QHBoxLayout()
        bar.setSpacing(SPACING)
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_label)
        bar.addWidget(self.status, 1)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(bar)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.setFocusProxy(self.search)
        self.retranslate()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        table.verticalHeader().hide()
        # Fixed row heights let a long list scroll without measuring every row.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        model = self.model
        for column in (model.HEAD_NAME, model.VILLAGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.sortIndicatorChanged.connect(self._sort_changed)
        # Enter, or a double click (the platform's "activate"), opens the household.
        table.activated.connect(self._open)
        return table

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Find:"))
        self.search.setPlaceholderText(self.tr("Name, village, house number or code"))
        self.search.setAccessibleName(self.tr("Find a household"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.status.setAccessibleName(self.tr("Show households with status"))
        chosen = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All"), ALL_STATUSES)
        for term in vocab.HOUSEHOLD_STATUS.terms:
            self.status.addItem(
                vocab.HOUSEHOLD_STATUS.label(term.key, current_language()), term.key
            )
        self.status.setCurrentIndex(max(0, self.status.findData(chosen)))
        self.status.blockSignals(False)
        self.add_button.setText(self.tr("&Add household"))
        self.add_button.setAccessibleName(self.tr("Add household"))
        self.table.setAccessibleName(self.tr("Households"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._size_columns()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_columns()  # a new text size
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._size_columns()
        super().showEvent(event)

    def _size_columns(self) -> None:
        """Column widths from the text size in use, never narrower than their headings."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        em = metrics.horizontalAdvance("M")
        model = self.model
        columns = (model.CODE, model.RISK, model.STATUS, model.LAST_VISIT)
        for column, ems in zip(columns, HOUSEHOLD_COLUMN_EMS, strict=True):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            heading = metrics.horizontalAdvance(title) + 2 * em  # and the sort arrow
            header.resizeSection(column, max(round(ems * em), heading))

    def reload(self) -> None:
        """Load the list again with the current search (after data changed elsewhere)."""
        self.model.reload()

    def apply_filter(self) -> None:
        """Search with what is typed and the chosen status."""
        self._search_timer.stop()
        status = self.status.currentData() or None
        self.model.set_filter(HouseholdFilter(text=self.search.text(), status=status))

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in self.model.SORTS:
            # Codes are random letters: put the indicator back on the real order.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)
            return
        self.model.sort(column, order)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.household_opened.emit(self.model.household(index.row()).id)

    def _go_to_first_match(self) -> None:
        self.apply_filter()
        self.table.setFocus()
        self.model.loaded.connect(self._select_first, Qt.ConnectionType.SingleShotConnection)

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)

    def _show_count(self) -> None:
        total = self.model.total
        filtered = bool(self.search.text().strip() or self.status.currentData())
        if total == 1:
            text = self.tr("1 household found") if filtered else self.tr("1 household")
        else:
            text = self.tr("%1 households found") if filtered else self.tr("%1 households")
        self.count.setText(text.replace("%1", f"{total:,}"))
        nothing = total == 0 and not self.model.loading
        if nothing:
            message = (
                self.tr("No household matches. Try fewer letters, or another status.")
                if filtered
                else self.tr("No households yet. Press “Add household” to register the first.")
            )
            self.empty.setText(with_break_hints(message))
        self.empty.setVisible(nothing)
        self.table.setVisible(not nothing)
