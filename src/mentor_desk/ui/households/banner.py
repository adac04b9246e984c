"""A message at the top of a page ("Saved", "Your unsaved visit was brought back") with one
optional action: quieter than a pop-up, and it does not steal the keyboard.

GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.ui.theme import BADGE_RADIUS, COLOURS, CONFIRMATION_MS, SPACING

BANNER_STYLE = (
    f"QFrame#banner {{ background: {COLOURS['sidebar']}; border: 1px solid {COLOURS['accent']};"
    f" border-radius: {BADGE_RADIUS}px; }}"
)


class Banner(QFrame):
    """A one-line message with an optional button; fades after a while if asked to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(BANNER_STYLE)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.action = QPushButton()
        row = QHBoxLayout(self)
        row.setContentsMargins(SPACING, SPACING // 2, SPACING, SPACING // 2)
        row.addWidget(self.text, 1)
        row.addWidget(self.action)
        self._fade = QTimer(self)
        self._fade.setSingleShot(True)
        self._fade.setInterval(CONFIRMATION_MS)
        self._fade.timeout.connect(self.hide_message)
        self.hide()

    def show_message(self, text: str, action: str = "", *, fade: bool = False) -> None:
        """Show a message (and a button when `action` has words)."""
        self.text.setText(with_break_hints(text))
        self.text.setAccessibleName(text)
        self.setAccessibleName(text)
        self.action.setText(action)
        self.action.setAccessibleName(action)
        self.action.setVisible(bool(action))
        self.show()
        if fade:
            self._fade.start()
        else:
            self._fade.stop()

    def message(self) -> str:
        """The message shown, without display break hints ('' when hidden)."""
        return self.text.accessibleName() if not self.isHidden() else ""

    def hide_message(self) -> None:
        self._fade.stop()
        self.hide()
