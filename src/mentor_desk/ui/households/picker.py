"""Choosing a household by typing: a few letters of the name, the village, the house number
or the code bring up matching households in care; arrow keys and Enter choose one.

GUI thread; the matches are looked up by the database worker as the user types.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.store.household_queries import HouseholdRow, find_households, household_row
from mentor_desk.ui.database import Database
from mentor_desk.ui.theme import PICKER_SUGGESTIONS, SEARCH_DELAY_MS

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class HouseholdPicker(QWidget):
    """A line edit with suggestions, and a line saying which household is chosen."""

    chosen = Signal(str)  # household id, or "" when the choice is cleared

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.household: HouseholdRow | None = None
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        # The worker has already matched name, village and code; the popup shows all of it.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(PICKER_SUGGESTIONS // 2)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._suggestion_chosen)
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self._enter)
        self.edit.installEventFilter(self)
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._look_up)
        self._query = 0  # answers to older suggestion queries are dropped
        self._lookup = 0  # likewise for looking up a household chosen by id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Type a name, village, house number or code"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow down in an empty box lists the households in care, for those who browse.
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Down and not self.completer.popup().isVisible():
                self._look_up()
                return True
        return super().eventFilter(watched, event)

    # --- the choice ---------------------------------------------------------------------

    @property
    def household_id(self) -> str:
        return self.household.id if self.household else ""

    def label(self, row: HouseholdRow) -> str:
        """'นางบัวผัน ศรีสุข · 45/2 หมู่ 3 บ้านหนองบัว · K7QX4M'."""
        place = [row.house_no] if row.house_no else []
        if row.moo is not None:
            place.append(self.tr("Moo %1").replace("%1", str(row.moo)))
        if row.village_name:
            place.append(row.village_name)
        return " · ".join(part for part in (row.head_name, " ".join(place), row.code) if part)

    def set_household(self, row: HouseholdRow | None, *, notify: bool = True) -> None:
        """Choose a household (or none) from code."""
        self.household = row
        self.edit.setText(self.label(row) if row else "")
        self._show_status()
        if notify:
            self.chosen.emit(self.household_id)

    def set_household_id(self, household_id: str) -> None:
        """Choose a household by id; its name is looked up on the worker."""
        self._lookup += 1
        lookup = self._lookup
        if not household_id:
            self.set_household(None)
            return

        def arrived(row: HouseholdRow | None) -> None:
            if lookup == self._lookup:  # not overtaken by a later choice
                self.set_household(row)

        self.db.run(lambda store: household_row(store.db, household_id), on_done=arrived)

    # --- typing -------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self._lookup += 1  # typing overrides a household still being looked up
        if self.household is not None and text != self.label(self.household):
            self.household = None  # the chosen name was edited away
            self._show_status()
            self.chosen.emit("")
        self._timer.start()

    def _look_up(self) -> None:
        self._timer.stop()
        self._query += 1
        query, text = self._query, self.edit.text()
        self.db.run(
            lambda store: find_households(store.db, text, limit=PICKER_SUGGESTIONS),
            on_done=lambda rows: self._show_suggestions(query, rows),
        )

    def _show_suggestions(self, query: int, rows: list[HouseholdRow]) -> None:
        if query != self._query or self.household is not None:
            return
        self.suggestions.clear()
        for row in rows:
            item = QStandardItem(self.label(row))
            item.setData(row, ROW_ROLE)
            self.suggestions.appendRow(item)
        self._show_status(found=len(rows))
        if rows and self.edit.hasFocus():
            self.completer.complete()

    def _suggestion_chosen(self, index: QModelIndex) -> None:
        self._lookup += 1
        self.set_household(index.data(ROW_ROLE))

    def _enter(self) -> None:
        # Enter with one match left chooses it, without reaching for the arrow keys.
        if self.household is None and self.suggestions.rowCount() == 1:
            self.completer.popup().hide()
            self.set_household(self.suggestions.item(0).data(ROW_ROLE))

    def _show_status(self, found: int | None = None) -> None:
        if self.household is not None:
            text = ""  # the box itself shows the chosen household
        elif found == 0:
            text = self.tr("No household in care matches. Check the spelling or the code.")
        else:
            text = self.tr("No household chosen yet.")
        self.status.setText(with_break_hints(text))
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))
