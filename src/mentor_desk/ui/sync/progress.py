"""Progress of a long send/receive job, shown inside the screen (not in a pop-up): a bar,
what is being done, and a Stop button (checks stop between two files; an import stops within
a few seconds and keeps nothing of the file it was importing).

GUI thread, except `ProgressRelay.progress().report`, which the worker thread calls.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from mentor_desk.ui.database import Progress


class ProgressRelay(QObject):
    """Carries a worker job's progress to the GUI thread as a queued signal."""

    changed = Signal(int, int, str)

    def progress(self) -> Progress:
        """A Progress whose reports arrive as `changed` on the GUI thread."""
        return Progress(report=self.changed.emit)


class ProgressRow(QWidget):
    """A progress bar with a line of text and a Cancel button; hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relay = ProgressRelay(self)
        self.relay.changed.connect(self._show_step)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.text = QLabel()
        self.text.setProperty("role", "muted")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_sync")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self._current: Progress | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Stop"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.bar.setAccessibleName(self.tr("Progress"))

    def start(self, text: str) -> Progress:
        """Show the row for a new job and return the Progress to hand to it."""
        self._current = self.relay.progress()
        self.bar.setRange(0, 0)
        self.text.setText(text)
        self.cancel_button.setEnabled(True)
        self.show()
        return self._current

    def finish(self) -> None:
        self._current = None
        self.hide()

    @property
    def busy(self) -> bool:
        return self._current is not None

    def cancel(self) -> None:
        """Ask the running job to stop (before its next file, or its next batch of records)."""
        if self._current is not None:
            self._current.cancel()
            self.cancel_button.setEnabled(False)
            self.text.setText(self.tr("Stopping…"))

    def _show_step(self, done: int, total: int, text: str) -> None:
        if self._current is None or self._current.cancelled:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if text:
            self.text.setText(text)
