"""A screen with a filtered, sortable list of records beside the editor of the chosen one.

The Activities and Lessons screens are both this: the list (left) is reloaded from the
database worker on `refresh()`, the editor (right) keeps unsaved typing across reloads, and
moving to another record with unsaved changes asks first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.records import Record
from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.domain.vocab import Vocabulary
from mentor_desk.store import Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.library import dialogs
from mentor_desk.ui.library.editor import RecordEditor
from mentor_desk.ui.library.table_model import ID_ROLE, RowFilterProxy, RowTableModel
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.theme import EDITOR_PANE_WIDTH, LIST_PANE_WIDTH, LIST_ROW_PADDING, SPACING


class RecordTable(QTableView):
    """A table whose rows are tall enough for Thai marks in whatever text size is chosen."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # The style sheet's font arrives after construction and changes with the
            # text size setting; rows follow it.
            self.verticalHeader().setDefaultSectionSize(
                self.fontMetrics().lineSpacing() + LIST_ROW_PADDING
            )


class VocabularyFilter(QComboBox):
    """ "All" or one term of a vocabulary, to narrow a list; follows language switches."""

    def __init__(self, vocabulary: Vocabulary, all_label: Callable[[], str]) -> None:
        super().__init__()
        self.vocabulary = vocabulary
        self.all_label = all_label
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.all_label(), None)
        for term in self.vocabulary.terms:
            self.addItem(self.vocabulary.label(term.key, current_language()), term.key)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def value(self) -> str | None:
        """The chosen key, or None for "all"."""
        return self.currentData()


class RecordListPage(Page):
    """List | editor. Subclasses make the model and editor, load their data on the worker
    (`load`) and apply it on the GUI thread (`apply`)."""

    TABLE: ClassVar[str] = ""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._ignore_selection = False  # True while the program, not the user, moves it
        self.model = self.make_model()
        self.proxy = RowFilterProxy(self.searchable, self)
        self.proxy.setSourceModel(self.model)
        self.view = RecordTable()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setHighlightSections(False)
        self.new_button = QPushButton()
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(self.start_new)
        self.filter_box = QLineEdit()
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(
            lambda text: self._refilter(lambda: self.proxy.set_text(text))
        )
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        self.editor = self.make_editor()
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(self._deleted)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty_label)
        self.right.addWidget(self.editor)

        filters = QHBoxLayout()
        filters.setSpacing(SPACING)
        filters.addWidget(self.filter_box, 1)
        self.filters = list(self.make_filters())
        for widget in self.filters:
            filters.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, SPACING, 0)
        left_layout.addLayout(top)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setSizes([LIST_PANE_WIDTH, EDITOR_PANE_WIDTH])
        self.splitter.setStretchFactor(1, 1)
        self.layout_.addWidget(self.splitter, 1)

        self.configure_columns(self.view.horizontalHeader())
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        tab_chain = [self.new_button, self.filter_box, *self.filters, self.view]
        for first, second in pairwise(tab_chain):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    # --- for subclasses -----------------------------------------------------------------

    def make_model(self) -> RowTableModel:
        raise NotImplementedError

    def make_editor(self) -> RecordEditor:
        raise NotImplementedError

    def searchable(self, row: Any) -> str:
        """The text of a row that the filter box looks in."""
        raise NotImplementedError

    def make_filters(self) -> Sequence[QWidget]:
        """Create the filter widgets shown after the text box (called once)."""
        return ()

    def configure_columns(self, header: QHeaderView) -> None:
        """Column widths and the initial sort."""

    def load(self, store: Store) -> Any:
        """Read what the page shows. Runs on the database worker: touch no widget here."""
        raise NotImplementedError

    def apply(self, data: Any) -> None:
        """Show what `load` returned (GUI thread)."""
        raise NotImplementedError

    def new_defaults(self) -> dict[str, Any]:
        """Values a new record starts with (GUI thread)."""
        return {}

    def empty_text(self) -> str:
        """What the editor side says when no record is open."""
        raise NotImplementedError

    # --- Page ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.filter_box.setPlaceholderText(self.tr("Find in this list…"))
        self.filter_box.setAccessibleName(self.tr("Find in this list"))
        self.view.setAccessibleName(self.title())
        self.empty_label.setText(with_break_hints(self.empty_text()))
        self.model.retranslate()
        self._show_count()

    def refresh(self) -> None:
        """Reload the list and the editor's choices on the worker (GUI thread)."""
        self.db.run(self.load, on_done=self._loaded)

    def open_with(self, argument: Any) -> None:
        """Open the record with this id in the editor (navigation from search)."""
        if isinstance(argument, str):
            self.open_record(argument)

    # --- opening records (GUI thread) ---------------------------------------------------

    def open_record(self, record_id: str) -> None:
        """Show a record in the editor, asking first if unsaved changes would be lost."""
        if record_id == self.editor.record_id:
            self.right.setCurrentWidget(self.editor)
            self._select_current()
            return
        self._leave_editor(then=lambda: self._load_record(record_id))

    def start_new(self) -> None:
        """Start a new record in the editor (the New button)."""
        self._leave_editor(then=self._show_new)

    def _leave_editor(self, *, then: Callable[[], None]) -> None:
        if not self.editor.is_dirty():
            then()
            return
        choice = dialogs.ask_unsaved(self)
        if choice is dialogs.UnsavedChoice.SAVE:
            if not self.editor.save(then=then):
                self._select_current()  # a field needs correcting first: stay here
        elif choice is dialogs.UnsavedChoice.DISCARD:
            then()
        else:
            self._select_current()

    def _load_record(self, record_id: str) -> None:
        table = self.TABLE
        self.db.run(
            lambda store: store.get(table, record_id),
            on_done=self._show_record,
            on_error=lambda error, trace: show_error(self, error, trace),
        )

    def _show_record(self, record: Record) -> None:
        self.editor.show_record(record)
        self.right.setCurrentWidget(self.editor)
        self._select_current()

    def _show_new(self) -> None:
        self.editor.start_new(self.new_defaults())
        self.right.setCurrentWidget(self.editor)
        self._select_current()
        self.editor.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    # --- list ---------------------------------------------------------------------------

    def _loaded(self, data: Any) -> None:
        self._ignore_selection = True
        try:
            self.apply(data)
        finally:
            self._ignore_selection = False
        self._select_current()
        self._show_count()
        self.empty_label.setText(with_break_hints(self.empty_text()))

    def _row_changed(self, current: QModelIndex | QPersistentModelIndex, _previous: object) -> None:
        if self._ignore_selection or not current.isValid():
            return
        source = self.proxy.mapToSource(self.proxy.index(current.row(), 0))
        record_id = self.model.index(source.row(), 0).data(ID_ROLE)
        if record_id != self.editor.record_id:
            # After the selection change completes: the question box must not interrupt it.
            QTimer.singleShot(0, lambda: self.open_record(record_id))

    def _select_current(self) -> None:
        """Select the edited record's row, without treating it as the user's choice."""
        row = self.model.row_of(self.editor.record_id) if self.editor.record_id else -1
        self._ignore_selection = True
        try:
            if row < 0:
                self.view.clearSelection()
                self.view.setCurrentIndex(QModelIndex())
            else:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.view.selectRow(index.row())
                    self.view.scrollTo(index)
                else:
                    self.view.clearSelection()
        finally:
            self._ignore_selection = False

    def _refilter(self, change: Callable[[], None]) -> None:
        self._ignore_selection = True
        try:
            change()
        finally:
            self._ignore_selection = False
        self._select_current()
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%1 in all").replace("%1", f"{total:,}")
        else:
            text = (
                self.tr("Showing %1 of %2").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
            )
        self.count_label.setText(text)

    def _saved(self, _record: Record) -> None:
        self.refresh()

    def _deleted(self, _record_id: str) -> None:
        self.right.setCurrentWidget(self.empty_label)
        self.refresh()

    # --- events -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.keep_changes()  # the app is closing: keep valid unsaved typing
        super().closeEvent(event)
