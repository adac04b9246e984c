"""The Activities screen (กิจกรรม): family-support activities listed by date, filtered by
text and kind, beside the editor of the chosen one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from mentor_desk.domain import vocab
from mentor_desk.store import Store
from mentor_desk.store.library_queries import (
    ActivityRow,
    HouseholdChoice,
    activity_rows,
    household_choices,
)
from mentor_desk.ui.library.activity_editor import ActivityEditor
from mentor_desk.ui.library.list_models import ActivityTableModel, activity_searchable
from mentor_desk.ui.library.list_page import RecordListPage, VocabularyFilter
from mentor_desk.ui.library.table_model import RowTableModel
from mentor_desk.ui.theme import LIST_KIND_COLUMN_WIDTH


@dataclass(frozen=True)
class ActivitiesData:
    """What the Activities screen reads from the store in one worker job."""

    rows: list[ActivityRow]
    households: list[HouseholdChoice]


class ActivitiesPage(RecordListPage):
    """List | editor of activities; `open_with(activity_id)` opens one (from search)."""

    key = "activities"

    TABLE = "activities"
    editor: ActivityEditor

    def make_model(self) -> RowTableModel:
        return ActivityTableModel(self)

    def make_editor(self) -> ActivityEditor:
        return ActivityEditor(self.db)

    def make_filters(self) -> Sequence[QWidget]:
        self.kind_filter = VocabularyFilter(vocab.ACTIVITY_KIND, lambda: self.tr("All kinds"))
        self.kind_filter.currentIndexChanged.connect(
            lambda: self._refilter(lambda: self.proxy.set_equal("kind", self.kind_filter.value()))
        )
        return (self.kind_filter,)

    def configure_columns(self, header: QHeaderView) -> None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActivityTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Kind labels can be long ("Community learning source"); the title matters more.
        header.setSectionResizeMode(ActivityTableModel.KIND, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ActivityTableModel.KIND, LIST_KIND_COLUMN_WIDTH)
        self.view.sortByColumn(ActivityTableModel.DATE, Qt.SortOrder.DescendingOrder)

    def searchable(self, row: Any) -> str:
        return activity_searchable(row)

    def load(self, store: Store) -> ActivitiesData:
        """Worker thread: the activity list and the households one can take part."""
        return ActivitiesData(activity_rows(store.db), household_choices(store.db))

    def apply(self, data: ActivitiesData) -> None:
        self.model.set_rows(data.rows)
        self.editor.set_household_choices(data.households)

    def new_defaults(self) -> dict[str, Any]:
        return {"date": dt.date.today().isoformat()}

    def empty_text(self) -> str:
        if self.model.rowCount() == 0:
            return self.tr("No activities yet. Press “New activity” to record the first one.")
        return self.tr("Choose an activity in the list, or press “New activity”.")

    def retranslate(self) -> None:
        super().retranslate()
        self.new_button.setText(self.tr("+ New activity"))
        self.new_button.setAccessibleName(self.tr("New activity"))
        self.kind_filter.retranslate()
        self.kind_filter.setAccessibleName(self.tr("Show activities of kind"))
