"""A searchable multi-select list: tick records (households, activities, visits) in a check
list narrowed by a filter box. Used for an activity's households and a lesson's links."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.ids import short_code
from mentor_desk.ui.library.table_model import folded
from mentor_desk.ui.theme import LIST_ROW_PADDING, PICKER_VISIBLE_ROWS

ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Choice:
    """A record offered in a picker: its id and the text that names it."""

    id: str
    label: str


class _ChoiceFilter(QSortFilterProxyModel):
    """Keeps items whose label contains the filter text; optionally only ticked items."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.only_chosen = False

    def set_filter(self, *, text: str, only_chosen: bool) -> None:
        self.beginFilterChange()
        self.text = folded(text.strip())
        self.only_chosen = only_chosen
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if (
            self.only_chosen
            and index.data(Qt.ItemDataRole.CheckStateRole) != Qt.CheckState.Checked.value
        ):
            return False
        return not self.text or self.text in folded(str(index.data()))


class _ElidingDelegate(QStyledItemDelegate):
    """Claims no width of its own, so each row is as wide as the list and a long name is
    cut with "…" instead of widening the list."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(1, super().sizeHint(option, index).height())


class _ChoiceList(QListView):
    """A check list exactly `PICKER_VISIBLE_ROWS` rows tall in whatever font is in use."""

    def __init__(self) -> None:
        super().__init__()
        self.setUniformItemSizes(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Long names are cut with "…" (the tooltip has them whole) rather than scrolled.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.eliding = _ElidingDelegate(self)  # kept: Qt does not own a Python delegate
        self.setItemDelegate(self.eliding)

    def sizeHint(self) -> QSize:
        # Computed when asked, because the style sheet's font arrives after construction.
        model = self.model()
        if model is not None and model.rowCount() > 0:
            row = self.sizeHintForRow(0)
        else:
            row = self.fontMetrics().lineSpacing() + LIST_ROW_PADDING
        return QSize(super().sizeHint().width(), PICKER_VISIBLE_ROWS * row + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class RecordPicker(QWidget):
    """Tick any number of records; `values()` gives their ids (GUI thread only)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False  # True while the editor fills the picker: not a user change
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = _ChoiceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = _ChoiceList()
        self.view.setModel(self.proxy)
        self.only_chosen = QCheckBox()
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self.filter.textChanged.connect(self._refilter)
        self.only_chosen.toggled.connect(self._refilter)
        self.model.itemChanged.connect(self._item_changed)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.only_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        layout.addLayout(footer)
        self.setFocusProxy(self.filter)
        self.retranslate()

    # --- values -------------------------------------------------------------------------

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Offer these records, keeping what is ticked (after a reload from the worker)."""
        chosen = self.values()
        self._setting = True
        self.model.clear()
        for choice in choices:
            self.model.appendRow(self._item(choice.id, choice.label))
        self._setting = False
        self.set_values(chosen, notify=False)
        self.view.updateGeometry()  # rows are measured now that there are some

    def values(self) -> tuple[str, ...]:
        """The ids of the ticked records, sorted (as the store keeps them)."""
        return tuple(sorted(item.data(ID_ROLE) for item in self._items() if self._checked(item)))

    def set_values(self, ids: Iterable[str], *, notify: bool = False) -> None:
        """Tick exactly these records. Ids with no choice (deleted or not yet received)
        still get an item, so saving never drops a link silently."""
        wanted = set(ids)
        self._setting = True
        known = set()
        for item in self._items():
            known.add(item.data(ID_ROLE))
            state = (
                Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)
        for missing in sorted(wanted - known):
            item = self._item(
                missing, self.tr("Record not found (%1)").replace("%1", short_code(missing))
            )
            item.setCheckState(Qt.CheckState.Checked)
            self.model.appendRow(item)
        self._setting = False
        self._update_summary()
        if notify:
            self.changed.emit()

    def set_checked(self, record_id: str, checked: bool) -> None:
        """Tick or untick one record as a user would (emits `changed`)."""
        for item in self._items():
            if item.data(ID_ROLE) == record_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # --- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Type to find…"))
        self.only_chosen.setText(self.tr("Show only ticked"))
        self.only_chosen.setAccessibleName(self.tr("Show only ticked"))
        self._update_summary()

    def setAccessibleName(self, name: str) -> None:
        """Name the filter box and the list after the field they belong to."""
        super().setAccessibleName(name)
        self.view.setAccessibleName(name)
        self.filter.setAccessibleName(self.tr("Find in: %1").replace("%1", name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- internals ----------------------------------------------------------------------

    def _item(self, record_id: str, label: str) -> QStandardItem:
        item = QStandardItem(label)
        item.setData(record_id, ID_ROLE)
        item.setToolTip(label)
        item.setEditable(False)
        item.setCheckable(True)
        return item

    def _items(self) -> list[QStandardItem]:
        return [self.model.item(row) for row in range(self.model.rowCount())]

    @staticmethod
    def _checked(item: QStandardItem) -> bool:
        return item.checkState() == Qt.CheckState.Checked

    def _item_changed(self, _item: QStandardItem) -> None:
        if self._setting:
            return
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        count = sum(1 for item in self._items() if self._checked(item))
        self.summary.setText(self.tr("%1 ticked").replace("%1", str(count)))

    def _refilter(self) -> None:
        self.proxy.set_filter(text=self.filter.text(), only_chosen=self.only_chosen.isChecked())
