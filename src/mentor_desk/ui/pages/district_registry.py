"""Register of mentors and devices (ทะเบียนพี่เลี้ยง), for the district: enrol a mentor's
computer from its key card after comparing the fingerprint by phone, revoke a lost or
replaced computer, and see per mentor what they sent and who is late with their report.

GUI thread; reading the register, trusting and revoking run on the database worker.
Enrolling reuses the send/receive screen's key card reading, trust and fingerprint dialog.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

from mentor_desk.store import Store
from mentor_desk.store.registry import RegistryLine, RegistryStatus
from mentor_desk.sync.keys import DevicePublicKey
from mentor_desk.sync.trust import TrustedDevice
from mentor_desk.ui.database import Database
from mentor_desk.ui.district.registry_jobs import RegistryOverview, registry_overview, revoke_device
from mentor_desk.ui.district.registry_model import AREA, RegistryModel, shown_day
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.sync.device_jobs import CARD_SUFFIX, read_card, trust_card
from mentor_desk.ui.sync.dialogs import SyncPrompts, fingerprint_label, fingerprint_lines
from mentor_desk.ui.sync.parts import card_frame, hinted, muted_label, name_buttons, section_title
from mentor_desk.ui.theme import SPACING
from mentor_desk.ui.widgets.drops import dropped_files
from mentor_desk.ui.widgets.line_table import line_table_view

CARD_FILE_SUFFIXES = (CARD_SUFFIX, ".json")
DETAIL_WIDTH = 300  # the selected device's card beside the table, wide enough for its fingerprint


class DistrictRegistryPage(Page):
    """The register of mentors and their computers (page key "district_registry")."""

    key = "district_registry"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setAcceptDrops(True)
        self.today = dt.date.today()
        self.prompts = SyncPrompts(self)
        self.overview: RegistryOverview | None = None
        self.hint = muted_label()
        self.layout_.addWidget(self.hint)

        self.model = RegistryModel(self)
        self.table = line_table_view(self.model, name="registry_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AREA, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.summary = QLabel()
        self.summary.setObjectName("registry_summary")
        self.summary.setWordWrap(True)
        self.enrol_button = QPushButton()
        self.enrol_button.setObjectName("enrol_card")
        self.enrol_button.setProperty("role", "primary")
        self.enrol_button.clicked.connect(self.choose_card_to_enrol)
        self.status = muted_label()
        self.status.setObjectName("registry_status")

        self.detail, detail = card_frame("registry_detail")
        self.detail.setFixedWidth(DETAIL_WIDTH)
        self.detail_title = section_title()
        self.detail_name = QLabel()
        self.detail_name.setProperty("role", "heading")
        self.detail_name.setWordWrap(True)
        self.detail_facts = QLabel()
        self.detail_facts.setWordWrap(True)
        self.fingerprint_caption = muted_label()
        self.fingerprint = fingerprint_label()
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("revoke_device")
        self.revoke_button.clicked.connect(self.ask_to_revoke)
        for widget in (
            self.detail_title,
            self.detail_name,
            self.detail_facts,
            self.fingerprint_caption,
            self.fingerprint,
        ):
            detail.addWidget(widget)
        detail.addStretch(1)
        detail.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignLeft)

        body = QHBoxLayout()
        body.setSpacing(SPACING)
        body.addWidget(self.table, 1)
        body.addWidget(self.detail)
        self.layout_.addLayout(body, 1)
        self.layout_.addWidget(self.summary)
        actions = QHBoxLayout()
        actions.addWidget(self.enrol_button)
        actions.addWidget(self.status, 1)
        self.layout_.addLayout(actions)
        self.retranslate()
        self._show_selected()

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(
            hinted(
                self.tr(
                    "Enrol each mentor's computer from the key card they give you, after you "
                    "both read the numbers aloud over the phone. Files from a revoked computer "
                    "are refused; what it sent before stays. A mentor with no file for more "
                    "than %1 days is shown in red."
                ),
                str(self.model.late_after_days),
            )
        )
        self.enrol_button.setText(self.tr("Enrol a mentor's key card…"))
        self.revoke_button.setText(self.tr("Revoke this computer…"))
        self.detail_title.setText(self.tr("Selected computer"))
        self.fingerprint_caption.setText(self.tr("Key fingerprint (read it aloud to check):"))
        self.table.setAccessibleName(self.tr("Mentor register"))
        name_buttons(self.enrol_button, self.revoke_button)
        self.model.retranslate()
        self._show_summary()
        self._show_selected()

    # --- the register -----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the register on the worker."""
        today = self.today
        self.db.run(lambda store: registry_overview(store, today=today), on_done=self.show_overview)

    def show_overview(self, overview: RegistryOverview) -> None:
        """Fill the table, keeping the selected device selected (GUI thread)."""
        selected = self.selected_line()
        self.overview = overview
        self.model.show_lines(overview.lines)
        row = self.model.row_of(selected.device_id) if selected else -1
        if row < 0 and overview.lines:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._show_summary()
        self._show_selected()

    def selected_line(self) -> RegistryLine | None:
        return self.model.line_at(self.table.currentIndex().row())

    def select_device(self, device_id: str) -> None:
        row = self.model.row_of(device_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show_summary(self) -> None:
        lines = self.model.lines
        if self.overview is None:
            self.summary.setText("")
            return
        if not lines:
            self.summary.setText(
                self.tr("No computer enrolled yet. Start with a mentor's key card.")
            )
            return
        active = sum(1 for line in lines if line.status is RegistryStatus.ACTIVE)
        late = len(self.model.late_lines())
        held = sum(line.records_held for line in lines)
        self.summary.setText(
            self.tr("%1 computers, %2 active; %3 records held; %4 late with their report")
            .replace("%1", f"{len(lines):,}")
            .replace("%2", f"{active:,}")
            .replace("%3", f"{held:,}")
            .replace("%4", f"{late:,}")
        )

    def _show_selected(self) -> None:
        line = self.selected_line()
        self.detail.setEnabled(line is not None)
        if line is None:
            self.detail_name.setText("—")
            self.detail_facts.setText(self.tr("Choose a computer in the table."))
            self.fingerprint.setText("")
            self.revoke_button.setEnabled(False)
            return
        self.detail_name.setText(line.name)
        facts = [self.model.status_text(line.status)]
        if line.revoked_at:
            facts.append(self.tr("revoked on %1").replace("%1", shown_day(line.revoked_at)))
        facts.append(self.tr("%1 files received").replace("%1", f"{line.files_received:,}"))
        facts.append(self.tr("device %1").replace("%1", line.device_id))
        self.detail_facts.setText("\n".join(facts))
        self.fingerprint.setText(fingerprint_lines(line.fingerprint) if line.fingerprint else "—")
        self.fingerprint.setAccessibleName(
            self.tr("Fingerprint %1").replace("%1", line.fingerprint or "—")
        )
        self.revoke_button.setEnabled(line.status is RegistryStatus.ACTIVE)

    # --- enrolling a mentor's computer ------------------------------------------------

    def choose_card_to_enrol(self) -> None:
        """Ask for a mentor's key card file, then check and enrol it."""
        path = self.prompts.open_file(
            self.tr("Enrol a mentor's key card"), Path.home(), self.prompts.card_filter()
        )
        if path is not None:
            self.enrol_card_from(path)

    def enrol_card_from(self, path: Path) -> None:
        """Read a card on the worker, show its fingerprint, enrol it if the person confirms
        the numbers match what the mentor reads out."""
        self.db.run(lambda store: read_card(path), on_done=self._confirm, on_error=self._failed)

    def _confirm(self, card: DevicePublicKey) -> None:
        intro = self.tr("Key card of “%1”. Enrol this computer for the district?").replace(
            "%1", card.display_name
        )
        if self.prompts.confirm_card(card, intro):
            self.db.run(
                lambda store: trust_card(store, card), on_done=self._enrolled, on_error=self._failed
            )
        else:
            self.status.setText(self.tr("Not enrolled: the numbers were not confirmed."))

    def _enrolled(self, device: TrustedDevice) -> None:
        self.status.setText(
            self.tr("“%1” is enrolled. Their files will be accepted.").replace(
                "%1", device.public_key.display_name
            )
        )
        device_id = device.device_id
        today = self.today

        def reload(overview: RegistryOverview) -> None:
            self.show_overview(overview)
            self.select_device(device_id)

        self.db.run(lambda store: registry_overview(store, today=today), on_done=reload)

    # --- revoking ---------------------------------------------------------------------

    def ask_to_revoke(self) -> None:
        """Ask for confirmation, then revoke the selected computer."""
        line = self.selected_line()
        if line is None or line.status is not RegistryStatus.ACTIVE:
            return
        question = self.tr(
            "Revoke “%1”? Files from this computer will be refused from now on. What it sent "
            "before stays. To take files from this mentor again, enrol a new key card."
        ).replace("%1", line.name)
        if not self.prompts.confirm(self.tr("Revoke a computer"), question):
            return
        device_id = line.device_id

        def revoke(store: Store) -> TrustedDevice:
            return revoke_device(store, device_id)

        self.db.run(revoke, on_done=self._revoked, on_error=self._failed)

    def _revoked(self, device: TrustedDevice) -> None:
        self.status.setText(
            self.tr("“%1” is revoked. Its files will be refused.").replace(
                "%1", device.public_key.display_name
            )
        )
        self.refresh()

    def _failed(self, error: BaseException, trace: str) -> None:
        show_error(self, error, trace)

    # --- key cards dropped on the screen ----------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        cards = [p for p in dropped_files(event) if p.suffix.lower() in CARD_FILE_SUFFIXES]
        if cards:
            event.acceptProposedAction()
            self.enrol_card_from(cards[0])
