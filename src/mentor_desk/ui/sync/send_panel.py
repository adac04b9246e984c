"""The send card of the send/receive screen: a file for the district (what it has not
acknowledged yet, or everything), a receipt, and a personal backup locked with a passphrase.

Files for another computer go straight into the sync folder when one is set; otherwise the
person chooses where. A backup always asks where: it must not land in a shared folder.
GUI thread; the files are written on the database worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from mentor_desk.sync.exporter import ExportResult
from mentor_desk.sync.keys import DevicePublicKey, DeviceRole
from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.sync.device_jobs import (
    DeviceOverview,
    bundle_file_name,
    export_backup,
    export_for,
    export_receipt_for,
)
from mentor_desk.ui.sync.dialogs import SyncPrompts
from mentor_desk.ui.sync.parts import card_frame, muted_label, name_buttons, section_title


class SendPanel(QWidget):
    """Writes files for other computers and personal backups."""

    exported = Signal(object)  # the Path written

    def __init__(self, db: Database, prompts: SyncPrompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.prompts = prompts
        self.overview: DeviceOverview | None = None
        self.sync_folder: Path | None = None
        self.card, layout = card_frame("send")
        self.title = section_title()
        self.unsent = muted_label()
        self.recipient = QComboBox()
        self.recipient.setObjectName("recipient")
        self.recipient.currentIndexChanged.connect(self._enable)
        self.recipient_label = QLabel()
        self.recipient_label.setBuddy(self.recipient)
        self.contents = muted_label()  # what the chosen computer will receive
        self.contents.setObjectName("what_is_sent")
        self.everything = QCheckBox()
        self.everything.setObjectName("everything")
        self.export_button = QPushButton()
        self.export_button.setObjectName("export")
        self.export_button.setProperty("role", "primary")
        self.export_button.clicked.connect(self.export_for_recipient)
        self.receipt_button = QPushButton()
        self.receipt_button.setObjectName("receipt")
        self.receipt_button.clicked.connect(self.send_receipt)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backup")
        self.backup_button.clicked.connect(self.back_up)
        self.status = muted_label()
        form = QFormLayout()
        form.addRow(self.recipient_label, self.recipient)
        form.addRow("", self.contents)
        form.addRow("", self.everything)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.receipt_button)
        buttons.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.unsent)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.backup_button)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.card)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Send"))
        self.recipient_label.setText(self.tr("Send to"))
        self.recipient.setAccessibleName(self.tr("Send to"))
        self.everything.setText(self.tr("Everything, not only what is new"))
        self.everything.setAccessibleName(self.everything.text())
        self.export_button.setText(self.tr("Make the file"))
        self.receipt_button.setText(self.tr("Send a receipt"))
        self.backup_button.setText(self.tr("Personal backup with a passphrase…"))
        self.export_button.setToolTip(
            self.tr("Writes the records the other computer has not received yet.")
        )
        self.receipt_button.setToolTip(
            self.tr("A small file telling the other computer what has arrived here.")
        )
        name_buttons(self.export_button, self.receipt_button, self.backup_button)
        if self.overview is not None:
            self.show_overview(self.overview)

    def show_overview(self, overview: DeviceOverview) -> None:
        """Offer the trusted computers this one sends to (GUI thread)."""
        self.overview = overview
        chosen = self.recipient.currentData()
        self.recipient.clear()
        for card in overview.recipients():
            role = self.tr("district office") if card.role is DeviceRole.DISTRICT else ""
            self.recipient.addItem(
                f"{card.display_name} ({role})" if role else card.display_name, card.device_id
            )
        if self.recipient.count() == 0:
            self.recipient.addItem(self.tr("Trust the district's key card first"), None)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(chosen)))
        self.unsent.setText(
            self.tr("%n record(s) not yet sent to the district.", "", overview.unsent)
        )
        self.unsent.setVisible(overview.card.role is DeviceRole.MENTOR)
        self._enable()

    def set_sync_folder(self, folder: Path | None) -> None:
        self.sync_folder = folder

    def what_is_sent(self) -> str:
        """What a file for the chosen computer holds, in the words of its privacy profile."""
        chosen = self._chosen_card()
        if self.overview is None or chosen is None:
            return ""
        if self.overview.card.role is DeviceRole.MENTOR:
            return self.tr(
                "Families who agreed to share, without names, phone or house numbers, ID "
                "numbers, locations or private notes."
            )
        if chosen.role is DeviceRole.MENTOR:
            return self.tr(
                "This mentor's own records with your decisions on their lessons, and the "
                "lessons you selected from other villages."
            )
        return self.tr(
            "Figures only, for the province: no names and no records; counts under 5 are hidden."
        )

    def _enable(self) -> None:
        ready = self.recipient.currentData() is not None
        self.contents.setText(self.what_is_sent())
        self.contents.setVisible(bool(self.contents.text()))
        self.everything.setVisible(not self._figures_only())
        self.export_button.setEnabled(ready)
        self.receipt_button.setEnabled(ready)
        self.backup_button.setEnabled(self.overview is not None)

    def _figures_only(self) -> bool:
        """A district writing to another district office (the province) sends figures."""
        if self.overview is None or self.overview.card.role is not DeviceRole.DISTRICT:
            return False
        chosen = self._chosen_card()
        return chosen is not None and chosen.role is DeviceRole.DISTRICT

    def _chosen_card(self) -> DevicePublicKey | None:
        """The key card of the computer chosen in "Send to"."""
        if self.overview is None:
            return None
        wanted = self.recipient.currentData()
        return next((c for c in self.overview.recipients() if c.device_id == wanted), None)

    # --- files for another computer ---------------------------------------------------

    def destination(self, purpose: str, title: str) -> Path | None:
        """The sync folder, or a place the person chooses, for a new file."""
        assert self.overview is not None
        name = bundle_file_name(purpose, self.overview.card.device_id)
        if self.sync_folder is not None and self.sync_folder.is_dir():
            return self.sync_folder / name
        return self.prompts.save_file(title, Path.home() / name, self.prompts.bundle_filter())

    def export_for_recipient(self) -> None:
        """Write a file for the chosen computer (delta unless 'everything' is ticked)."""
        recipient_id = self.recipient.currentData()
        if recipient_id is None or self.overview is None:
            return
        path = self.destination("send", self.tr("Save the file for sending"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        recipient_id = self.recipient.currentData()
        everything = self.everything.isChecked()
        self._busy(self.tr("Writing the file…"))
        self.db.run(
            lambda store: export_for(
                store, recipient_id=recipient_id, destination=path, everything=everything
            ),
            on_done=self._written,
            on_error=self._failed,
        )

    def send_receipt(self) -> None:
        """Write a receipt for the chosen computer."""
        if self.recipient.currentData() is None or self.overview is None:
            return
        path = self.destination("receipt", self.tr("Save the receipt"))
        if path is not None:
            self.send_receipt_to(path)

    def send_receipt_to(self, path: Path) -> None:
        recipient_id = self.recipient.currentData()
        self._busy(self.tr("Writing the receipt…"))
        self.db.run(
            lambda store: export_receipt_for(store, recipient_id=recipient_id, destination=path),
            on_done=self._written,
            on_error=self._failed,
        )

    # --- personal backup --------------------------------------------------------------

    def back_up(self) -> None:
        """Ask for a passphrase (twice) and a place, then write the backup."""
        if self.overview is None:
            return
        passphrase = self.prompts.new_passphrase()
        if passphrase is None:
            return
        name = bundle_file_name("backup", self.overview.card.device_id)
        path = self.prompts.save_file(
            self.tr("Save the backup"), Path.home() / name, self.prompts.bundle_filter()
        )
        if path is not None:
            self.back_up_to(path, passphrase)

    def back_up_to(self, path: Path, passphrase: str) -> None:
        self._busy(self.tr("Writing the backup…"))
        self.db.run(
            lambda store: export_backup(store, destination=path, passphrase=passphrase),
            on_done=self._written,
            on_error=self._failed,
        )

    # --- results ----------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        for button in (self.export_button, self.receipt_button, self.backup_button):
            button.setEnabled(False)

    def _written(self, result: ExportResult) -> None:
        if result.kind == "receipt":
            text = self.tr("Receipt written to %1.")
        elif result.profile == "province":
            text = self.tr("Figures for the province written to %1.")
        else:
            text = self.tr("%n record(s) written to %1.", "", result.records)
        self.status.setText(text.replace("%1", str(result.path)))
        self._enable()
        self.exported.emit(result.path)

    def _failed(self, error: BaseException, trace: str) -> None:
        self.status.setText("")
        self._enable()
        show_error(self, error, trace)
