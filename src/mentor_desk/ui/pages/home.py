"""Home (หน้าหลัก): who is due a visit, this month's work, recent entries, what is unsent."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.dates import format_iso
from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.ui.database import Database
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.theme import COLOURS, SPACING

if TYPE_CHECKING:  # the store is imported on the database thread, not at start-up
    from mentor_desk.store.queries import DueHousehold, HomeSummary

RECORD_ROLE = Qt.ItemDataRole.UserRole
PAGE_OF_TABLE = {"households": "households", "activities": "activities", "lessons": "lessons"}


class StatCard(QFrame):
    """A number with a caption, e.g. '12 visits this month'."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("role", "card")
        self.number = QLabel("–")
        self.number.setProperty("role", "heading")
        self.caption = QLabel()
        self.caption.setProperty("role", "muted")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def show_value(self, value: int, caption: str) -> None:
        self.number.setText(f"{value:,}")
        self.caption.setText(caption)
        self.setAccessibleName(f"{caption}: {value}")


class HomePage(Page):
    """The first screen a mentor sees each day."""

    key = "home"

    DUE_COLUMNS = 4

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.summary: HomeSummary | None = None
        self.cards = {
            key: StatCard(f"card_{key}") for key in ("due", "visits", "activities", "unsent")
        }
        cards = QGridLayout()
        for column, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, column)
        self.due_label = QLabel()
        self.due_label.setProperty("role", "heading")
        self.due_table = QTableWidget(0, self.DUE_COLUMNS)
        self.due_table.setObjectName("due_table")
        self.due_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.due_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.due_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.due_table.verticalHeader().hide()
        self.due_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.due_table.itemDoubleClicked.connect(self._open_household)
        self.visit_button = QPushButton()
        self.visit_button.setProperty("role", "primary")
        self.visit_button.clicked.connect(self._log_visit)
        self.recent_label = QLabel()
        self.recent_label.setProperty("role", "heading")
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recent_list")
        self.recent_list.setWordWrap(True)
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_list.itemActivated.connect(self._open_recent)
        left = QVBoxLayout()
        left.addWidget(self.due_label)
        left.addWidget(self.due_table, 1)
        left.addWidget(self.visit_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.addWidget(self.recent_label)
        right.addWidget(self.recent_list, 1)
        columns = QHBoxLayout()
        columns.setSpacing(SPACING * 2)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.layout_.addLayout(cards)
        self.layout_.addLayout(columns, 1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.due_label.setText(self.tr("Households due a visit"))
        self.recent_label.setText(self.tr("Recent entries"))
        self.visit_button.setText(self.tr("Log a visit for the selected household"))
        self.due_table.setHorizontalHeaderLabels(
            [self.tr("Household"), self.tr("Village"), self.tr("Last visit"), self.tr("Due")]
        )
        self.due_table.setAccessibleName(self.tr("Households due a visit"))
        self.recent_list.setAccessibleName(self.tr("Recent entries"))
        if self.summary is not None:
            self.show_summary(self.summary)

    def refresh(self) -> None:
        """Reload the summary on the database thread."""
        today = dt.date.today()
        self.db.run(lambda store: store.home_summary(today), on_done=self.show_summary)

    def show_summary(self, summary: HomeSummary) -> None:
        """Fill the screen from a summary (GUI thread)."""
        self.summary = summary
        overdue = sum(1 for d in summary.due if d.overdue)
        self.cards["due"].show_value(
            len(summary.due), self.tr("due a visit, %n overdue", "", overdue)
        )
        self.cards["visits"].show_value(summary.visits_this_month, self.tr("visits this month"))
        self.cards["activities"].show_value(
            summary.activities_this_month, self.tr("activities this month")
        )
        self.cards["unsent"].show_value(
            summary.unsent, self.tr("records not yet sent to the district")
        )
        self._fill_due(summary.due)
        self.recent_list.clear()
        for entry in summary.recent:
            when = format_iso(entry.date, language=current_language())
            kind = self._kind_name(entry.table)
            text = f"{kind} · {entry.title}" + (f" · {when}" if when else "")
            item = QListWidgetItem(with_break_hints(text))
            item.setData(RECORD_ROLE, (entry.table, entry.id))
            self.recent_list.addItem(item)

    def _fill_due(self, due: list[DueHousehold]) -> None:
        language = current_language()
        self.due_table.setRowCount(len(due))
        for row, item in enumerate(due):
            household = item.household
            if item.overdue:
                status = self.tr("%n day(s) overdue", "", item.days_overdue)
            elif item.last_visit is None:
                status = self.tr("never visited")
            else:
                status = self.tr("today")
            village = household.village_name + (f" ม.{household.moo}" if household.moo else "")
            cells = [
                household.head_name,
                village,
                format_iso(item.last_visit, language=language) or "—",
                status,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(RECORD_ROLE, household.id)
                if column == self.DUE_COLUMNS - 1:
                    colour = COLOURS["overdue"] if item.overdue else COLOURS["due"]
                    cell.setForeground(QBrush(QColor(colour)))
                self.due_table.setItem(row, column, cell)
        self.due_table.resizeColumnsToContents()
        self.due_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if due:
            self.due_table.selectRow(0)
        self.visit_button.setEnabled(bool(due))

    def _kind_name(self, table: str) -> str:
        return {
            "visits": self.tr("Visit"),
            "activities": self.tr("Activity"),
            "lessons": self.tr("Lesson"),
            "households": self.tr("Household"),
        }[table]

    def _selected_household(self) -> str | None:
        item = self.due_table.item(self.due_table.currentRow(), 0)
        return item.data(RECORD_ROLE) if item else None

    def _open_household(self, item: QTableWidgetItem) -> None:
        self.navigate.emit("households", item.data(RECORD_ROLE))

    def _log_visit(self) -> None:
        household_id = self._selected_household()
        if household_id:
            self.navigate.emit("visit", {"household_id": household_id})

    def _open_recent(self, item: QListWidgetItem) -> None:
        table, record_id = item.data(RECORD_ROLE)
        argument: Any = {"visit_id": record_id} if table == "visits" else record_id
        self.navigate.emit("visit" if table == "visits" else PAGE_OF_TABLE[table], argument)
