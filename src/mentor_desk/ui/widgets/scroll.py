"""Scroll areas that look like the page they sit on."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


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


class ScrollBody(QWidget):
    """The content of a scrolling form: never shorter than its layout asks for.

    A form layout spreads its rows by their size hints, while the scroll area sizes the
    content by its height for the width; at the larger text sizes the second is less, and
    rows of wrapped text would be squeezed over each other.
    """

    def __init__(self) -> None:
        super().__init__()
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self.sizeHint().height())
