"""Under the incoming-files table: why the selected file was not imported (the Thai message
and details the person can select and copy for a helper), or who sent a file from a
computer this one does not trust yet. GUI thread.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.ui.sync.dialogs import fingerprint_lines
from mentor_desk.ui.sync.import_jobs import FileState, IncomingFile
from mentor_desk.ui.sync.parts import hinted, name_buttons
from mentor_desk.ui.theme import DETAILS_BOX_LINES, TEXT_BOX_MARGIN

EXPLAINED_STATES = (
    FileState.REFUSED,
    FileState.QUARANTINED,
    FileState.UNKNOWN_DEVICE,
    FileState.NEEDS_PASSPHRASE,
)


class FileDetails(QFrame):
    """The message and copyable details of one incoming file, with what can be done about
    it ("Trust the sender…", "Type the passphrase…"); hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("file_details")
        self.message = QLabel()
        self.message.setObjectName("file_message")
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setObjectName("file_detail_text")
        self.details.setReadOnly(True)
        lines = self.fontMetrics().lineSpacing() * DETAILS_BOX_LINES
        self.details.setFixedHeight(lines + TEXT_BOX_MARGIN)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copy_details")
        self.copy_button.clicked.connect(self.copy)
        self.trust_button = QPushButton()
        self.trust_button.setObjectName("trust_sender")
        self.trust_button.setProperty("role", "primary")
        self.passphrase_button = QPushButton()
        self.passphrase_button.setObjectName("enter_passphrase")
        self.passphrase_button.setProperty("role", "primary")
        side = QVBoxLayout()
        side.addWidget(self.trust_button)
        side.addWidget(self.passphrase_button)
        side.addWidget(self.copy_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.details, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.shown: IncomingFile | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy the details"))
        self.trust_button.setText(self.tr("Trust the sender…"))
        self.passphrase_button.setText(self.tr("Type the passphrase…"))
        name_buttons(self.copy_button, self.trust_button, self.passphrase_button)
        self.details.setAccessibleName(self.tr("Details for a helper"))
        self.show_file(self.shown)

    def show_file(self, incoming: IncomingFile | None) -> None:
        """Explain a file that was not imported; hide for any other file (GUI thread)."""
        self.shown = incoming
        if incoming is None or incoming.state not in EXPLAINED_STATES:
            self.hide()
            return
        self.trust_button.setVisible(incoming.state is FileState.UNKNOWN_DEVICE)
        self.passphrase_button.setVisible(
            incoming.protected and incoming.state is not FileState.UNKNOWN_DEVICE
        )
        message, detail = self.explanation(incoming)
        calm = incoming.state in (FileState.UNKNOWN_DEVICE, FileState.NEEDS_PASSPHRASE)
        self.message.setProperty("role", "" if calm else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(message if "\u200b" in message else with_break_hints(message))
        self.message.setAccessibleName(message.replace("\u200b", ""))
        self.details.setPlainText(detail)
        self.show()

    def explanation(self, incoming: IncomingFile) -> tuple[str, str]:
        """(message for the person, details for a helper)."""
        result = incoming.result
        if incoming.state is FileState.NEEDS_PASSPHRASE:
            message = self.tr(
                "This file is locked with a passphrase. Press “Type the passphrase…” to open it."
            )
            return message, incoming.path.name
        if incoming.state is not FileState.UNKNOWN_DEVICE:
            message = result.message_th if result else ""
            return message, "\n".join(
                part for part in (incoming.path.name, result.detail if result else "") if part
            )
        card = incoming.card
        if card is None:
            message = self.tr(
                "This file comes from a computer this one does not trust yet. Press "
                "“Trust the sender…” and choose the sender's key card file."
            )
            return message, self.tr("Sending computer: %1").replace("%1", incoming.unknown_device)
        template = self.tr(
            "This file comes from “%1”, a computer this one does not trust yet. Its key card "
            "was found beside the file. Press “Trust the sender…” to compare its fingerprint."
        )
        message = hinted(template, card.display_name)
        detail = "\n".join(
            (
                self.tr("Fingerprint:"),
                fingerprint_lines(card.fingerprint),
                self.tr("Sending computer: %1").replace("%1", card.device_id),
            )
        )
        return message, detail

    def copy(self) -> None:
        """Put the message and the details on the clipboard."""
        text = "\n\n".join((self.message.accessibleName(), self.details.toPlainText()))
        QGuiApplication.clipboard().setText(text)
