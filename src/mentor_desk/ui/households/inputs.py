"""Small input widgets of the household and visit forms: a long-text box that Tab leaves,
a date that may be left out, a number that may be unknown, and a year typed in พ.ศ.

All run on the GUI thread.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from mentor_desk.domain.dates import BE_OFFSET, parse_iso
from mentor_desk.ui.theme import TEXT_BOX_LINES, TEXT_BOX_MARGIN
from mentor_desk.ui.widgets.dates import BuddhistDateEdit


class TextBox(QPlainTextEdit):
    """Multi-line plain text, a few lines tall; Tab moves on to the next field (keyboard-first
    entry), as it does everywhere else in the form."""

    def __init__(self, *, lines: int = TEXT_BOX_LINES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        # Measured from the font in use, so larger text sizes get taller boxes.
        height = self.fontMetrics().lineSpacing() * self.lines + TEXT_BOX_MARGIN
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, text: str) -> None:
        self.setPlainText(text)


class OptionalDate(QWidget):
    """A check box that says whether a date is known, and the date (in พ.ศ.) beside it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.date = BuddhistDateEdit()
        self.date.setEnabled(False)
        self.check.toggled.connect(self.date.setEnabled)
        self.check.toggled.connect(self.changed)
        self.date.dateChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.date)
        row.addStretch(1)
        self.setFocusProxy(self.check)

    def set_texts(self, check_text: str, date_name: str) -> None:
        """The check box's words and the date's accessible name (owner's retranslate)."""
        self.check.setText(check_text)
        self.check.setAccessibleName(check_text)
        self.date.setAccessibleName(date_name)

    def value(self) -> str | None:
        """The date as stored (ISO), or None when the box is not ticked."""
        return self.date.value().isoformat() if self.check.isChecked() else None

    def set_value(self, iso: str | None, *, default: dt.date) -> None:
        """Show a stored date, or `default` (unticked) when there is none."""
        self.check.setChecked(iso is not None)
        self.date.set_value(parse_iso(iso) if iso else default)


class OptionalNumber(QSpinBox):
    """A whole number that may be unknown: the lowest value reads 'not set' and means None."""

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(minimum - 1, maximum)
        self.setValue(minimum - 1)

    def number(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_number(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)


class BuddhistYear(OptionalNumber):
    """A year shown and typed in พ.ศ. (2508), held as the Common Era year the data keeps."""

    def __init__(self, minimum_ce: int, maximum_ce: int, parent: QWidget | None = None) -> None:
        super().__init__(minimum_ce + BE_OFFSET, maximum_ce + BE_OFFSET, parent)

    def year_ce(self) -> int | None:
        year = self.number()
        return None if year is None else year - BE_OFFSET

    def set_year_ce(self, year: int | None) -> None:
        self.set_number(None if year is None else year + BE_OFFSET)
