"""The Households screen (ครอบครัว): the list, one household's detail, and the editor, one
at a time in the same place, so the sidebar keeps pointing at "Households" throughout.

GUI thread; every read and write goes through the database worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QStackedWidget, QWidget

from mentor_desk.domain.records import Household
from mentor_desk.store import Profile
from mentor_desk.ui.database import Database
from mentor_desk.ui.households import forms
from mentor_desk.ui.households.detail_view import HouseholdDetailView
from mentor_desk.ui.households.editor import HouseholdEditor
from mentor_desk.ui.households.list_view import HouseholdListView
from mentor_desk.ui.pages.base import Page


class HouseholdsPage(Page):
    """List → detail → editor. `open_with(household_id)` shows that household."""

    key = "households"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.list_view = HouseholdListView(db)
        self.detail_view = HouseholdDetailView(db)
        self._editor: HouseholdEditor | None = None
        self.stack = QStackedWidget()
        for view in (self.list_view, self.detail_view):
            self.stack.addWidget(view)
        self.layout_.addWidget(self.stack, 1)
        self._came_from_detail = False  # where Cancel in the editor goes back to

        self.list_view.household_opened.connect(self.show_household)
        self.list_view.add_requested.connect(self.add_household)
        self.detail_view.back.connect(self.show_list)
        self.detail_view.edit_requested.connect(self.edit_household)
        self.detail_view.navigate.connect(self.navigate)
        self.retranslate()

    @property
    def editor(self) -> HouseholdEditor:
        """The household editor, built the first time it is needed: most visits to this
        screen only read, and the editor is the heaviest part of it."""
        if self._editor is None:
            self._editor = HouseholdEditor(self.db)
            self._editor.saved.connect(self._saved)
            self._editor.cancelled.connect(self._editor_closed)
            self.stack.addWidget(self._editor)
        return self._editor

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setAccessibleName(self.title())

    # --- navigation (GUI thread) --------------------------------------------------------

    def refresh(self) -> None:
        """Reload what is on screen; the editor keeps what is being typed."""
        current = self.stack.currentWidget()
        if current is self.list_view:
            self.list_view.reload()
        elif current is self.detail_view:
            self.detail_view.reload()

    def open_with(self, argument: Any) -> None:
        """A household id (text, or {"household_id": id}) shows that household."""
        if isinstance(argument, dict):
            argument = argument.get("household_id")
        if isinstance(argument, str) and argument:
            self.show_household(argument)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.reload()
        self.list_view.setFocus()

    def show_household(self, household_id: str) -> None:
        self.stack.setCurrentWidget(self.detail_view)
        self.detail_view.show_household(household_id)
        self.detail_view.visit_button.setFocus()

    def add_household(self) -> None:
        """Open the editor on a new household in the mentor's own area."""
        self._came_from_detail = False

        def start(profile: Profile | None) -> None:
            self.editor.start_new(profile)
            self.stack.setCurrentWidget(self.editor)

        self.db.run(
            lambda store: store.profile,
            on_done=start,
            on_error=forms.reporter(self),
        )

    def edit_household(self, household: Household) -> None:
        self._came_from_detail = True
        self.editor.edit(household)
        self.stack.setCurrentWidget(self.editor)

    def _saved(self, household_id: str) -> None:
        self.show_household(household_id)

    def _editor_closed(self) -> None:
        if self._came_from_detail and self.detail_view.household_id:
            self.show_household(self.detail_view.household_id)
        else:
            self.show_list()
