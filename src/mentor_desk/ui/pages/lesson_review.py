"""Lesson review (ตรวจบทเรียน), the district's inbox of lessons the mentors sent: counts per
status at the top; the list (waiting lessons first) with filters by status, kind,
subdistrict, village and mentor; the chosen lesson read in full; notes and the decision.

A decision is an ordinary edit of the lesson's status and reviewer notes, saved on the
database worker, so the next file to the mentor (the return bundle) carries it home.
GUI thread, except the jobs handed to `Database.run`.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.records import Lesson
from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.store import Store
from mentor_desk.store.lesson_review import REVIEW_STATUSES, ReviewRow, review_rows, status_counts
from mentor_desk.ui.database import Database
from mentor_desk.ui.district.area_filter import subdistrict_name
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.lesson_review.decision import DecisionPanel
from mentor_desk.ui.lesson_review.filters import InboxFilters
from mentor_desk.ui.lesson_review.inbox_model import ReviewTableModel, review_searchable
from mentor_desk.ui.lesson_review.reader import LessonReader
from mentor_desk.ui.library.list_page import RecordTable
from mentor_desk.ui.library.table_model import ID_ROLE, RowFilterProxy
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.pages.home import StatCard
from mentor_desk.ui.theme import LIST_KIND_COLUMN_WIDTH, SPACING

INBOX_PANE_WIDTH = 540  # the inbox list at first show; the splitter can move it
READER_PANE_WIDTH = 580
FILTERS_PER_ROW = 3  # the filter boxes in two rows, so the list keeps its width


@dataclass(frozen=True)
class InboxData:
    """What one refresh reads on the worker."""

    rows: list[ReviewRow]
    counts: dict[str, int]


def load_inbox(store: Store) -> InboxData:
    """Worker thread: the lessons sent for review and the number of lessons per status."""
    return InboxData(review_rows(store.db), status_counts(store.db))


class LessonReviewPage(Page):
    """The district's lesson review inbox (district role only)."""

    key = "lesson_review"
    roles = ("district",)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.lesson: Lesson | None = None
        self.loaded = False
        self._counted: dict[str, int] = {}
        self.counts = {status: StatCard(f"count_{status}") for status in REVIEW_STATUSES}
        counts = QHBoxLayout()
        for card in self.counts.values():
            counts.addWidget(card)
        counts.addStretch(1)
        self.layout_.addLayout(counts)

        self.model = ReviewTableModel(self)
        self.proxy = RowFilterProxy(review_searchable, self)
        self.proxy.setSourceModel(self.model)
        self.view = RecordTable()
        self.view.setObjectName("lesson_inbox")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            ReviewTableModel.STATUS, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(ReviewTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Long names end in "…"; the title matters more.
        header.resizeSection(ReviewTableModel.MENTOR, LIST_KIND_COLUMN_WIDTH)
        self.view.sortByColumn(ReviewTableModel.STATUS, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.find_box = QLineEdit()
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(self._find)
        self.filters = InboxFilters(self.proxy, self)
        self.filters.changed.connect(self._show_shown)
        self.shown = QLabel()
        self.shown.setProperty("role", "muted")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, SPACING, 0)
        left_layout.addWidget(self.find_box)
        boxes = [*self.filters.widgets()]
        for start in range(0, len(boxes), FILTERS_PER_ROW):
            row = QHBoxLayout()
            row.setSpacing(SPACING)
            for box in boxes[start : start + FILTERS_PER_ROW]:
                row.addWidget(box, 1)
            left_layout.addLayout(row)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.shown)

        self.reader = LessonReader(db.home / "attachments")
        self.decision = DecisionPanel()
        self.decision.decided.connect(self.decide)
        lesson_side = QWidget()
        lesson_layout = QVBoxLayout(lesson_side)
        lesson_layout.setContentsMargins(SPACING, 0, 0, 0)
        lesson_layout.addWidget(self.reader, 1)
        lesson_layout.addWidget(self.decision)
        self.empty = QLabel()
        self.empty.setObjectName("lesson_review_empty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(lesson_side)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setSizes([INBOX_PANE_WIDTH, READER_PANE_WIDTH])
        splitter.setStretchFactor(1, 1)
        self.layout_.addWidget(splitter, 1)
        for first, second in pairwise([self.find_box, *boxes, self.view, self.decision.notes]):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.find_box.setPlaceholderText(self.tr("Find a title, mentor or village…"))
        self.find_box.setAccessibleName(self.tr("Find in the review list"))
        self.view.setAccessibleName(self.tr("Lessons sent for review"))
        self.model.retranslate()
        self.filters.retranslate()
        self._show_counts(self._counted)
        self._show_shown()
        self._show_empty()
        if self.lesson is not None:
            self._show_lesson(self.lesson)

    # --- loading (the jobs run on the worker) -------------------------------------------

    def refresh(self) -> None:
        """Reload the inbox and counts on the worker (GUI thread)."""
        self.db.run(load_inbox, on_done=self._loaded)

    def _loaded(self, data: InboxData) -> None:
        self.loaded = True
        current = self.lesson.id if self.lesson is not None else None
        self.model.set_rows(data.rows)
        self.filters.set_rows(data.rows)
        self._show_counts(data.counts)
        self._show_shown()
        self._show_empty()
        if current is not None:
            self._select(current)

    def open_lesson(self, lesson_id: str) -> None:
        """Read one lesson in full on the worker and show it (GUI thread)."""
        self.db.run(
            lambda store: store.get("lessons", lesson_id),
            on_done=self._show_lesson,
            on_error=self._failed,
        )

    def open_with(self, argument: Any) -> None:
        if isinstance(argument, str):
            self.open_lesson(argument)

    def _find(self, text: str) -> None:
        self.proxy.set_text(text)
        self._show_shown()

    # --- deciding -----------------------------------------------------------------------

    def decide(self, status: str, notes: str) -> None:
        """Save the decision on the lesson shown (an ordinary edit, on the worker)."""
        if self.lesson is None:
            return
        change = {"id": self.lesson.id, "status": status, "reviewer_notes": notes}
        self.decision.setEnabled(False)
        self.db.run(
            lambda store: store.put("lessons", change).record,
            on_done=self._decided,
            on_error=self._failed,
            writes="lessons",
        )

    def _decided(self, lesson: Lesson) -> None:
        self.decision.setEnabled(True)
        self._show_lesson(lesson)
        self.refresh()

    def _failed(self, error: BaseException, trace: str) -> None:
        self.decision.setEnabled(True)
        show_error(self, error, trace)

    # --- showing ------------------------------------------------------------------------

    def _show_lesson(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self.reader.show_lesson(lesson, subdistrict=subdistrict_name(lesson.subdistrict_code))
        self.decision.show_decision(lesson.status, lesson.reviewer_notes)
        self.right.setCurrentIndex(1)
        self._select(lesson.id)

    def _row_changed(self, current: QModelIndex | QPersistentModelIndex, _previous: Any) -> None:
        if not current.isValid():
            return
        lesson_id = self.proxy.index(current.row(), 0).data(ID_ROLE)
        if self.lesson is None or lesson_id != self.lesson.id:
            self.open_lesson(lesson_id)

    def _select(self, lesson_id: str) -> None:
        row = self.model.row_of(lesson_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.view.selectionModel().blockSignals(True)
            self.view.selectRow(index.row())
            self.view.selectionModel().blockSignals(False)
            self.view.scrollTo(index)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counted = counts
        captions = {
            "submitted": self.tr("waiting for review"),
            "reviewed": self.tr("reviewed"),
            "selected": self.tr("selected for the booklet"),
        }
        for status, card in self.counts.items():
            card.show_value(counts.get(status, 0), captions[status])

    def _show_shown(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            self.tr("%1 lessons").replace("%1", f"{total:,}")
            if shown == total
            else self.tr("Showing %1 of %2").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        )
        self.shown.setText(text)

    def _show_empty(self) -> None:
        if self.loaded and self.model.rowCount() == 0:
            text = self.tr(
                "No lessons have been sent for review yet. They arrive with the mentors' files "
                "once a mentor presses “Send for review…”."
            )
        else:
            text = self.tr("Choose a lesson in the list to read it and decide.")
        self.empty.setText(with_break_hints(text))
