"""The screens of the main window, named without importing them.

The sidebar needs every screen's title and the roles it is meant for at start-up, but a
screen's module (and what it pulls in: charts, printing, sync) is imported only when the
screen is first opened. That keeps the first window quick on an old laptop.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from mentor_desk.ui.pages.base import Page

CONTEXT = "Screens"  # the translation context of every screen title


@dataclass(frozen=True)
class Screen:
    """One screen: its key, where its class lives, its title and who sees it."""

    key: str
    module: str
    class_name: str
    title: str  # English, marked for translation in the CONTEXT context
    roles: tuple[str, ...] | None = None  # None: every role

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def shown_to(self, role: str | None) -> bool:
        return role is None or self.roles is None or role in self.roles

    def page_class(self) -> type[Page]:
        """Import the screen's module (GUI thread, on first opening)."""
        page_class: type[Page] = getattr(importlib.import_module(self.module), self.class_name)
        return page_class


def _screen(
    key: str, module: str, class_name: str, title: str, roles: tuple[str, ...] | None = None
) -> Screen:
    return Screen(key, f"mentor_desk.ui.pages.{module}", class_name, title, roles)


SCREENS: tuple[Screen, ...] = (
    _screen("home", "home", "HomePage", QT_TRANSLATE_NOOP("Screens", "Home")),
    _screen(
        "households", "households", "HouseholdsPage", QT_TRANSLATE_NOOP("Screens", "Households")
    ),
    _screen("visit", "visit", "VisitPage", QT_TRANSLATE_NOOP("Screens", "Log a visit")),
    _screen(
        "activities", "activities", "ActivitiesPage", QT_TRANSLATE_NOOP("Screens", "Activities")
    ),
    _screen("lessons", "lessons", "LessonsPage", QT_TRANSLATE_NOOP("Screens", "Lessons")),
    _screen("search", "search", "SearchPage", QT_TRANSLATE_NOOP("Screens", "Search")),
    _screen("prints", "prints", "PrintsPage", QT_TRANSLATE_NOOP("Screens", "Print")),
    _screen("sync", "sync_page", "SyncPage", QT_TRANSLATE_NOOP("Screens", "Send / receive")),
    _screen(
        "review", "review_page", "ReviewPage", QT_TRANSLATE_NOOP("Screens", "Review conflicts")
    ),
    _screen(
        "district_dashboard",
        "district_dashboard",
        "DistrictDashboardPage",
        QT_TRANSLATE_NOOP("Screens", "District overview"),
        roles=("district",),
    ),
    _screen(
        "district_intake",
        "district_intake",
        "DistrictIntakePage",
        QT_TRANSLATE_NOOP("Screens", "Files from mentors"),
        roles=("district",),
    ),
    _screen(
        "district_registry",
        "district_registry",
        "DistrictRegistryPage",
        QT_TRANSLATE_NOOP("Screens", "Mentor register"),
        roles=("district",),
    ),
    _screen(
        "lesson_review",
        "lesson_review",
        "LessonReviewPage",
        QT_TRANSLATE_NOOP("Screens", "Lesson review"),
        roles=("district",),
    ),
    _screen("settings", "settings", "SettingsPage", QT_TRANSLATE_NOOP("Screens", "Settings")),
)

SCREEN_OF_KEY: dict[str, Screen] = {screen.key: screen for screen in SCREENS}


def screen_title(key: str) -> str:
    """A screen's translated title, for the sidebar and the page heading."""
    return SCREEN_OF_KEY[key].translated_title()
