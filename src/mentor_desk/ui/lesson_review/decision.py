"""The reviewer's part beside a lesson: notes for the mentor and the three decisions (mark
reviewed, select for the booklet, back to submitted). GUI thread; the page saves the
decision on the database worker as an ordinary edit, so it travels back to the mentor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain import vocab
from mentor_desk.domain.records import field_specs
from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.ui.i18n import current_language

NOTES_LINES = 3  # the notes box shows this many lines before it scrolls
NOTES_MARGIN = 14  # frame and padding of the notes box, added to its lines


class DecisionPanel(QWidget):
    """Reviewer notes and decision buttons for the lesson shown; `decided(status, notes)`."""

    decided = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = ""
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("reviewer_notes")
        self.notes.setTabChangesFocus(True)
        self.state = QLabel()
        self.state.setProperty("role", "muted")
        self.state.setWordWrap(True)
        self.reviewed_button = QPushButton()
        self.reviewed_button.setObjectName("mark_reviewed")
        self.selected_button = QPushButton()
        self.selected_button.setObjectName("select_for_booklet")
        self.selected_button.setProperty("role", "primary")
        self.submitted_button = QPushButton()
        self.submitted_button.setObjectName("back_to_submitted")
        for button, status in (
            (self.reviewed_button, "reviewed"),
            (self.selected_button, "selected"),
            (self.submitted_button, "submitted"),
        ):
            button.clicked.connect(lambda _=False, s=status: self._decide(s))
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.submitted_button)
        buttons.addWidget(self.reviewed_button)
        buttons.addWidget(self.selected_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        self._fit_notes()
        self.retranslate()
        self.show_decision(None, "")

    def show_decision(self, status: str | None, notes: str) -> None:
        """Show a lesson's status and notes (None: no lesson chosen, nothing to decide)."""
        self.status = status or ""
        self.notes.setPlainText(notes)
        self.notes.setEnabled(status is not None)
        self.reviewed_button.setEnabled(status is not None and status != "reviewed")
        self.selected_button.setEnabled(status is not None and status != "selected")
        self.submitted_button.setEnabled(status is not None and status != "submitted")
        self._show_state()

    def notes_text(self) -> str:
        return self.notes.toPlainText().strip()

    def retranslate(self) -> None:
        language = current_language()
        self.notes_label.setText(field_specs("lessons")["reviewer_notes"].label(language))
        self.notes.setPlaceholderText(
            self.tr("What the mentor should know: what is good, what to add or correct")
        )
        self.notes.setAccessibleName(self.tr("Reviewer notes"))
        self.reviewed_button.setText(self.tr("Mark reviewed"))
        self.selected_button.setText(self.tr("Select for the booklet"))
        self.submitted_button.setText(self.tr("Back to submitted"))
        self._show_state()

    def _decide(self, status: str) -> None:
        self.decided.emit(status, self.notes_text())

    def _show_state(self) -> None:
        if not self.status:
            self.state.setText("")
            return
        label = vocab.LESSON_STATUS.label(self.status, current_language())
        self.state.setText(with_break_hints(self.tr("Now: %1").replace("%1", label)))

    def _fit_notes(self) -> None:
        lines = self.notes.fontMetrics().lineSpacing() * NOTES_LINES
        self.notes.setFixedHeight(lines + NOTES_MARGIN)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_notes()
        super().changeEvent(event)
