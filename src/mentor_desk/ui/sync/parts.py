"""Small building blocks shared by the send/receive and review screens (GUI thread)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.ui.theme import COLOURS

SECTION_TITLE_STYLE = f"font-weight: bold; color: {COLOURS['accent']};"


def card_frame(name: str) -> tuple[QFrame, QVBoxLayout]:
    """A white card (a framed section of a screen) with a vertical layout."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setProperty("role", "card")
    return frame, QVBoxLayout(frame)


def plain_scroll_area(content: QWidget) -> QScrollArea:
    """A frameless scroll area that shows the window's own background behind `content`
    (Qt would paint it grey): a safety net for the largest text size."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    content.setAutoFillBackground(False)  # setWidget() turned it on
    scroll.viewport().setAutoFillBackground(False)
    return scroll


def section_title() -> QLabel:
    """The bold, coloured title of a card; its text is set in `retranslate()`."""
    label = QLabel()
    label.setStyleSheet(SECTION_TITLE_STYLE)
    label.setWordWrap(True)
    return label


def muted_label() -> QLabel:
    """A grey, wrapping line of explanation or status."""
    label = QLabel()
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def name_buttons(*buttons: QPushButton) -> None:
    """Give buttons their visible text as accessible name (after a language switch too)."""
    for button in buttons:
        button.setAccessibleName(button.text().replace("…", ""))


def hinted(template: str, *values: str) -> str:
    """A translated sentence with word-break hints for Thai, its %1, %2… filled with
    `values` as they are: names, dates and file names are never split inside."""
    pieces = re.split(r"(%\d)", template)
    out = []
    for piece in pieces:
        if re.fullmatch(r"%\d", piece) and int(piece[1:]) <= len(values):
            out.append(values[int(piece[1:]) - 1])
        else:
            out.append(with_break_hints(piece))
    return "".join(out)
