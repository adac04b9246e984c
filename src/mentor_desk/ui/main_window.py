"""The main window: a sidebar of screens, the screens, and the shortcuts that work anywhere."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.pages.activities import ActivitiesPage
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.pages.district_dashboard import DistrictDashboardPage
from mentor_desk.ui.pages.home import HomePage
from mentor_desk.ui.pages.households import HouseholdsPage
from mentor_desk.ui.pages.lessons import LessonsPage
from mentor_desk.ui.pages.prints import PrintsPage
from mentor_desk.ui.pages.review_page import ReviewPage
from mentor_desk.ui.pages.search import SearchPage
from mentor_desk.ui.pages.settings import SettingsPage
from mentor_desk.ui.pages.sync_page import SyncPage
from mentor_desk.ui.pages.visit import VisitPage
from mentor_desk.ui.theme import MINIMUM_WINDOW_SIZE, SIDEBAR_WIDTH, WINDOW_SIZE

PAGES: tuple[tuple[str, type[Page]], ...] = (
    ("home", HomePage),
    ("households", HouseholdsPage),
    ("visit", VisitPage),
    ("activities", ActivitiesPage),
    ("lessons", LessonsPage),
    ("search", SearchPage),
    ("prints", PrintsPage),
    ("sync", SyncPage),
    ("review", ReviewPage),
    ("district_dashboard", DistrictDashboardPage),
    ("settings", SettingsPage),
)


class MainWindow(QMainWindow):
    """Sidebar + stacked screens; Ctrl+F searches and Ctrl+N starts a visit from anywhere."""

    def __init__(self, db: Database, settings: QSettings, *, role: str | None = None) -> None:
        """Build the window; with a `role`, screens meant only for other roles (a page's
        optional `roles` class attribute) are not built at all, which keeps start-up quick."""
        super().__init__()
        self.db = db
        self.settings = settings
        self.setObjectName("main_window")
        self.setMinimumSize(*MINIMUM_WINDOW_SIZE)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for key, page_class in PAGES:
            roles = getattr(page_class, "roles", None)
            if role is not None and roles is not None and role not in roles:
                continue
            page = page_class(db)
            page.setObjectName(f"page_{key}")
            page.navigate.connect(self.open_page)
            self.pages[key] = page
            self.stack.addWidget(page)
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
        for row, page in enumerate(self.pages.values()):
            item = self.sidebar.item(row)
            item.setText(page.title())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, page.title())
        self.sidebar.setAccessibleName(self.tr("Screens"))

    def open_page(self, key: str, argument: Any = None) -> None:
        """Show a screen, optionally at a record (navigation requests from any screen)."""
        page = self.pages[key]
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(list(self.pages).index(key))
        self.sidebar.blockSignals(False)
        self.stack.setCurrentWidget(page)
        page.refresh()
        if argument is not None:
            page.open_with(argument)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.open_page(list(self.pages)[row])

    def _data_changed(self, table: str) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
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
