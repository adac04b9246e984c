"""Buddhist Era (พ.ศ.) date editing: Qt has no Buddhist calendar, so the date edit and its
calendar popup are subclassed to show and accept BE years while holding ordinary dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTimer
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QToolButton, QWidget

from mentor_desk.domain.dates import BE_OFFSET

_YEAR_BUTTON = "qt_calendar_yearbutton"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class BuddhistCalendar(QCalendarWidget):
    """A calendar whose navigation bar shows the Buddhist Era year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._year_button = self.findChild(QToolButton, _YEAR_BUTTON)
        if self._year_button is not None:
            # The year spin box would show CE; months are reached with the arrows instead.
            self._year_button.setEnabled(False)
        self.currentPageChanged.connect(lambda *_: QTimer.singleShot(0, self._show_be_year))
        QTimer.singleShot(0, self._show_be_year)

    def _show_be_year(self) -> None:
        if self._year_button is not None:
            self._year_button.setText(str(self.yearShown() + BE_OFFSET))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._show_be_year()


class BuddhistDateEdit(QDateEdit):
    """A date edit showing d/M/yyyy with a Buddhist Era year (22/11/2569); the arrow keys
    step day, month or year as usual; the popup calendar shows BE years too."""

    DISPLAY_FORMAT = "d/M/yyyy"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(self.DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.setCalendarWidget(BuddhistCalendar(self))
        self.setMinimumDate(QDate(1900, 1, 1))
        self.setMaximumDate(QDate(2200, 12, 31))

    def textFromDateTime(self, value: QDateTime) -> str:
        day = value.date()
        return f"{day.day()}/{day.month()}/{day.year() + BE_OFFSET}"

    def dateTimeFromText(self, text: str) -> QDateTime:
        day = parse_be_text(text)
        return QDateTime(day, self.time()) if day is not None else QDateTime()

    def validate(self, text: str, pos: int) -> object:
        if parse_be_text(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if all(ch.isdigit() or ch == "/" for ch in text) and text.count("/") <= 2:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def value(self) -> dt.date:
        return from_qdate(self.date())

    def set_value(self, day: dt.date) -> None:
        self.setDate(to_qdate(day))


def parse_be_text(text: str) -> QDate | None:
    """`d/M/yyyy` with a BE year (a CE year is accepted too, below 2400) → QDate, or None."""
    parts = text.strip().split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    day, month, year = (int(p) for p in parts)
    if year >= 2400:
        year -= BE_OFFSET
    if year < 1900:
        return None
    value = QDate(year, month, day)
    return value if value.isValid() else None
