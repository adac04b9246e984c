"""What every screen of the main window shares: the database handle, navigation requests,
and re-applying texts when the language changes."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mentor_desk.ui.database import Database
from mentor_desk.ui.screens import screen_title
from mentor_desk.ui.theme import MARGIN, SPACING


class Page(QWidget):
    """A screen. Subclasses build widgets in __init__, set every visible text in
    `retranslate()` (called again on each language switch) and reload data in `refresh()`."""

    key: ClassVar[str]  # the screen's key in ui.screens.SCREENS, which holds its title
    navigate = Signal(str, object)  # page key, argument (e.g. a record id)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self.layout_.setSpacing(SPACING)
        self.layout_.addWidget(self.heading)

    def title(self) -> str:
        """The page's name in the sidebar and heading (translated)."""
        return screen_title(self.key)

    def retranslate(self) -> None:
        self.heading.setText(self.title())

    def refresh(self) -> None:
        """Reload what the page shows from the database (asynchronously)."""

    def open_with(self, argument: Any) -> None:
        """Show a particular record or state when navigated to with an argument."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
