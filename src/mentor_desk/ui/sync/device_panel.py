"""This computer's key card and the computers it trusts, on the send/receive screen.

The fingerprint is large so it can be read aloud over the phone. Trusting a card shows the
card's fingerprint and asks whether it matches what the other person reads out. Two cards
the screen lays out side by side. GUI thread; the work runs on the database worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from mentor_desk.sync.keys import DevicePublicKey, DeviceRole
from mentor_desk.sync.trust import TrustedDevice
from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.sync.device_jobs import (
    DeviceOverview,
    card_file_name,
    read_card,
    save_card,
    trust_card,
)
from mentor_desk.ui.sync.dialogs import SyncPrompts, fingerprint_label, fingerprint_lines
from mentor_desk.ui.sync.parts import card_frame, muted_label, name_buttons, section_title
from mentor_desk.ui.theme import LIST_ROW_PADDING, TRUSTED_LIST_ROWS


class DevicePanel(QObject):
    """'This computer' and 'Trusted computers': two cards (`own_card`, `trusted_card`) the
    screen places, and what their buttons do."""

    trust_changed = Signal()

    def __init__(self, db: Database, prompts: SyncPrompts) -> None:
        super().__init__(prompts)
        self.db = db
        self.prompts = prompts
        self.overview: DeviceOverview | None = None
        self.own_card, own = card_frame("this_computer")
        self.own_title = section_title()
        self.who = QLabel("—")
        self.who.setWordWrap(True)
        self.fingerprint = fingerprint_label()
        self.fingerprint_hint = muted_label()
        self.save_card_button = QPushButton()
        self.save_card_button.setObjectName("save_card")
        self.save_card_button.clicked.connect(self.choose_where_to_save_card)
        for widget in (self.own_title, self.who, self.fingerprint, self.fingerprint_hint):
            own.addWidget(widget)
        own.addStretch(1)
        own.addWidget(self.save_card_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.trusted_card, trusted = card_frame("trusted_computers")
        self.trusted_title = section_title()
        self.trusted_list = QListWidget()
        self.trusted_list.setObjectName("trusted_list")
        self.trusted_list.setWordWrap(True)
        self.trusted_list.setSpacing(LIST_ROW_PADDING // 2)
        self.trust_card_button = QPushButton()
        self.trust_card_button.setObjectName("trust_card")
        self.trust_card_button.clicked.connect(self.choose_card_to_trust)
        self.status = muted_label()
        trusted.addWidget(self.trusted_title)
        trusted.addWidget(self.trusted_list)
        trusted.addWidget(self.status)
        trusted.addStretch(1)
        trusted.addWidget(self.trust_card_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.own_title.setText(self.tr("This computer"))
        self.fingerprint_hint.setText(
            self.tr("Read these numbers to the other person when they trust your key card.")
        )
        self.save_card_button.setText(self.tr("Save my key card…"))
        self.trusted_title.setText(self.tr("Computers this one trusts"))
        self.trust_card_button.setText(self.tr("Trust a key card…"))
        self.trusted_list.setAccessibleName(self.tr("Computers this one trusts"))
        name_buttons(self.save_card_button, self.trust_card_button)
        if self.overview is not None:
            self.show_overview(self.overview)

    def role_name(self, role: DeviceRole) -> str:
        return self.tr("district office") if role is DeviceRole.DISTRICT else self.tr("mentor")

    def show_overview(self, overview: DeviceOverview) -> None:
        """Fill both cards (GUI thread)."""
        self.overview = overview
        card = overview.card
        self.who.setText(f"{card.display_name} · {self.role_name(card.role)}")
        self.fingerprint.setText(fingerprint_lines(card.fingerprint))
        self.fingerprint.setAccessibleName(
            self.tr("Fingerprint of this computer: %1").replace("%1", card.fingerprint)
        )
        self.trusted_list.clear()
        for device in overview.trusted:
            self.trusted_list.addItem(self._trusted_item(device))
        if not overview.trusted:
            empty = QListWidgetItem(self.tr("None yet. Trust the other computer's key card."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.trusted_list.addItem(empty)
        row_height = self.trusted_list.sizeHintForRow(0) + LIST_ROW_PADDING
        self.trusted_list.setFixedHeight(row_height * TRUSTED_LIST_ROWS)

    def _trusted_item(self, device: TrustedDevice) -> QListWidgetItem:
        card = device.public_key
        text = f"{card.display_name} · {self.role_name(card.role)}\n{card.fingerprint}"
        if device.revoked:
            text += " · " + self.tr("no longer trusted")
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, card.device_id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
        return item

    # --- saving this computer's card --------------------------------------------------

    def choose_where_to_save_card(self) -> None:
        """Ask where to save this computer's key card (e.g. a USB stick), then save it."""
        if self.overview is None:
            return
        suggested = Path.home() / card_file_name(self.overview.card.device_id)
        path = self.prompts.save_file(
            self.tr("Save my key card"), suggested, self.prompts.card_filter()
        )
        if path is not None:
            self.save_card_to(path)

    def save_card_to(self, path: Path) -> None:
        self.db.run(
            lambda store: save_card(store, path),
            on_done=lambda saved: self.status.setText(
                self.tr("Key card saved to %1. Give it to the other person.").replace(
                    "%1", str(saved)
                )
            ),
            on_error=self._failed,
        )

    # --- trusting another computer's card ---------------------------------------------

    def choose_card_to_trust(self) -> None:
        """Ask for another computer's key card file, then check and trust it."""
        path = self.prompts.open_file(
            self.tr("Trust a key card"), Path.home(), self.prompts.card_filter()
        )
        if path is not None:
            self.trust_card_from(path)

    def trust_card_from(self, path: Path) -> None:
        """Read a card on the worker, show its fingerprint, trust it if the person agrees."""
        self.db.run(lambda store: read_card(path), on_done=self._confirm, on_error=self._failed)

    def _confirm(self, card: DevicePublicKey) -> None:
        intro = self.tr("Key card of “%1”.").replace("%1", card.display_name)
        if self.prompts.confirm_card(card, intro):
            self.db.run(
                lambda store: trust_card(store, card),
                on_done=self._trusted,
                on_error=self._failed,
            )

    def _trusted(self, device: TrustedDevice) -> None:
        self.status.setText(
            self.tr("This computer now trusts “%1”.").replace("%1", device.public_key.display_name)
        )
        self.trust_changed.emit()

    def _failed(self, error: BaseException, trace: str) -> None:
        show_error(self.prompts.owner, error, trace)
