"""The Lessons screen (บทเรียน): lessons learned, good-deed stories and community learning
sources, filtered by kind and review status, beside the lesson template editor."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from mentor_desk.domain import vocab
from mentor_desk.store import Profile, Store
from mentor_desk.store.lesson_origin import lessons_from_other_communities
from mentor_desk.store.library_queries import (
    ActivityChoice,
    LessonRow,
    VisitChoice,
    activity_choices,
    lesson_rows,
    visit_choices,
)
from mentor_desk.ui.library.lesson_editor import LessonEditor
from mentor_desk.ui.library.list_models import LessonTableModel, lesson_searchable
from mentor_desk.ui.library.list_page import RecordListPage, VocabularyFilter
from mentor_desk.ui.library.table_model import RowTableModel
from mentor_desk.ui.theme import LIST_KIND_COLUMN_WIDTH


@dataclass(frozen=True)
class LessonsData:
    """What the Lessons screen reads from the store in one worker job."""

    rows: list[LessonRow]
    activities: list[ActivityChoice]
    visits: list[VisitChoice]
    profile: Profile | None
    from_elsewhere: set[str]  # lessons of other communities: read-only here


class LessonsPage(RecordListPage):
    """List | editor of lessons; `open_with(lesson_id)` opens one (from search)."""

    key = "lessons"

    TABLE = "lessons"
    editor: LessonEditor
    model: LessonTableModel
    _profile: Profile | None = None  # the local mentor, known after the first refresh

    def make_model(self) -> RowTableModel:
        return LessonTableModel(self)

    def make_editor(self) -> LessonEditor:
        return LessonEditor(self.db)

    def make_filters(self) -> Sequence[QWidget]:
        self.kind_filter = VocabularyFilter(vocab.LESSON_KIND, lambda: self.tr("All kinds"))
        self.status_filter = VocabularyFilter(vocab.LESSON_STATUS, lambda: self.tr("Any status"))
        self.kind_filter.currentIndexChanged.connect(
            lambda: self._refilter(lambda: self.proxy.set_equal("kind", self.kind_filter.value()))
        )
        self.status_filter.currentIndexChanged.connect(
            lambda: self._refilter(
                lambda: self.proxy.set_equal("status", self.status_filter.value())
            )
        )
        return (self.kind_filter, self.status_filter)

    def configure_columns(self, header: QHeaderView) -> None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LessonTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Kind labels can be long ("Community learning source"); the title matters more.
        header.setSectionResizeMode(LessonTableModel.KIND, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(LessonTableModel.KIND, LIST_KIND_COLUMN_WIDTH)
        self.view.sortByColumn(LessonTableModel.PERIOD, Qt.SortOrder.DescendingOrder)

    def searchable(self, row: Any) -> str:
        return lesson_searchable(row)

    def load(self, store: Store) -> LessonsData:
        """Worker thread: the lesson list, what a lesson can link to, who writes, and which
        lessons came from other communities."""
        profile = store.profile
        return LessonsData(
            lesson_rows(store.db),
            activity_choices(store.db),
            visit_choices(store.db),
            profile,
            lessons_from_other_communities(
                store.db, device_id=store.device_id, role=profile.role if profile else None
            ),
        )

    def apply(self, data: LessonsData) -> None:
        self.model.set_from_elsewhere(data.from_elsewhere)
        self.editor.set_read_only_lessons(data.from_elsewhere)
        self.model.set_rows(data.rows)
        self.editor.set_link_choices(data.activities, data.visits)
        self._profile = data.profile

    def new_defaults(self) -> dict[str, Any]:
        """A new lesson is written by the mentor of this laptop, in their subdistrict, and of
        the kind the list is showing."""
        defaults: dict[str, Any] = {}
        if self.kind_filter.value() is not None:
            defaults["kind"] = self.kind_filter.value()
        if self._profile is not None:
            defaults["author"] = self._profile.name
            defaults["subdistrict_code"] = self._profile.subdistrict_code
            defaults["area"] = self._profile.village
        return defaults

    def empty_text(self) -> str:
        if self.model.rowCount() == 0:
            return self.tr(
                "No lessons yet. Press “New lesson” to write a lesson learned, a good-deed story "
                "or a community learning source."
            )
        return self.tr("Choose a lesson in the list, or press “New lesson”.")

    def retranslate(self) -> None:
        super().retranslate()
        self.new_button.setText(self.tr("+ New lesson"))
        self.new_button.setAccessibleName(self.tr("New lesson"))
        self.kind_filter.retranslate()
        self.kind_filter.setAccessibleName(self.tr("Show lessons of kind"))
        self.status_filter.retranslate()
        self.status_filter.setAccessibleName(self.tr("Show lessons with status"))
