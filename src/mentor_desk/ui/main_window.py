"""The main window: a sidebar of screens, the screens, and the shortcuts that work anywhere."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.screens import SCREENS, Screen
from mentor_desk.ui.theme import MINIMUM_WINDOW_SIZE, SIDEBAR_SLACK, SIDEBAR_WIDTH, WINDOW_SIZE


class MainWindow(QMainWindow):
    """Sidebar + stacked screens; Ctrl+F searches and Ctrl+N starts a visit from anywhere."""

    def __init__(self, db: Database, settings: QSettings, *, role: str | None = None) -> None:
        """Build the window; with a `role`, screens meant only for other roles are left out.
        Only the first screen is built here; the others are built when first opened, so the
        window shows quickly (GUI thread)."""
        super().__init__()
        self.db = db
        self.settings = settings
        self.setObjectName("main_window")
        self.setMinimumSize(*MINIMUM_WINDOW_SIZE)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.stack = QStackedWidget()
        self.screens: tuple[Screen, ...] = tuple(s for s in SCREENS if s.shown_to(role))
        self.pages: dict[str, Page] = {}  # the screens built so far, by key
        for _ in self.screens:
            self.sidebar.addItem("")
        self.sidebar.currentRowChanged.connect(self._row_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=lambda: self.open_page("search"))
        QShortcut(
            QKeySequence.StandardKey.New, self, activated=lambda: self.open_page("visit", "new")
        )
        db.error_handler = lambda error, trace: show_error(self, error, trace)
        db.changed.connect(self._data_changed)
        self.retranslate()
        self._restore_geometry()
        self.sidebar.setCurrentRow(0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mentor Desk — community mentor's notebook"))
        for row, screen in enumerate(self.screens):
            item = self.sidebar.item(row)
            item.setText(screen.translated_title())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, screen.translated_title())
        self.sidebar.setAccessibleName(self.tr("Screens"))
        self._fit_sidebar()

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest screen title in this language and text size."""
        needed = self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth()
        self.sidebar.setFixedWidth(max(SIDEBAR_WIDTH, needed + SIDEBAR_SLACK))

    def open_page(self, key: str, argument: Any = None) -> None:
        """Show a screen, optionally at a record (navigation requests from any screen)."""
        page = self.page(key)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(self.screen_keys().index(key))
        self.sidebar.blockSignals(False)
        self.stack.setCurrentWidget(page)
        page.refresh()
        if argument is not None:
            page.open_with(argument)

    def screen_keys(self) -> list[str]:
        """The keys of the screens in the sidebar, in order."""
        return [screen.key for screen in self.screens]

    def page(self, key: str) -> Page:
        """The screen of `key`, built on first use (GUI thread)."""
        if key not in self.pages:
            screen = next(s for s in self.screens if s.key == key)
            page = screen.page_class()(self.db)
            page.setObjectName(f"page_{key}")
            page.navigate.connect(self.open_page)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.open_page(self.screens[row].key)

    def _data_changed(self, table: str) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_sidebar()  # the text size was changed
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        for page in self.pages.values():
            page.close()  # editors keep their drafts on close
        super().closeEvent(event)

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(*WINDOW_SIZE)
