"""Send / receive (รับ-ส่งข้อมูล): this computer's key card and the computers it trusts,
files for the district, personal backups and receipts, the sync folder, and importing the
files that arrive (dropped on the screen, chosen, or found in the sync folder).

GUI thread; every piece of sync work runs on the database worker (see `ui/sync/`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtGui import QDragEnterEvent, QDropEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from mentor_desk.ui.database import Database
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.sync.device_jobs import CARD_SUFFIX, DeviceOverview, device_overview
from mentor_desk.ui.sync.device_panel import DevicePanel
from mentor_desk.ui.sync.dialogs import SyncPrompts
from mentor_desk.ui.sync.folder_panel import FolderPanel
from mentor_desk.ui.sync.receive_panel import ReceivePanel
from mentor_desk.ui.sync.send_panel import SendPanel
from mentor_desk.ui.theme import SPACING, SYNC_CARD_STRETCH
from mentor_desk.ui.widgets.drops import dropped_files
from mentor_desk.ui.widgets.scroll import plain_scroll_area

CARD_FILE_SUFFIXES = (CARD_SUFFIX, ".json")


class SyncPage(Page):
    """The send/receive screen (page key "sync")."""

    key = "sync"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setAcceptDrops(True)
        self.prompts = SyncPrompts(self)
        self.device = DevicePanel(db, self.prompts)
        self.send = SendPanel(db, self.prompts)
        self.folder = FolderPanel(db, self.prompts)
        self.receive = ReceivePanel(db, self.prompts)
        self.overview: DeviceOverview | None = None

        self.device.trust_changed.connect(self.refresh)
        self.receive.imported.connect(self.refresh)
        self.receive.review_requested.connect(lambda: self.navigate.emit("review", None))
        self.receive.files_added.connect(self.folder.mark_seen)
        self.send.exported.connect(lambda path: self.folder.mark_seen([path]))
        self.folder.files_offered.connect(self.receive.add_files)
        self.folder.folder_changed.connect(self.send.set_sync_folder)
        self.send.set_sync_folder(self.folder.folder())

        cards = QHBoxLayout()
        cards.setSpacing(SPACING)
        own, trusted, send = SYNC_CARD_STRETCH
        cards.addWidget(self.device.own_card, own)
        cards.addWidget(self.device.trusted_card, trusted)
        cards.addWidget(self.send, send)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING)
        column.addLayout(cards)
        column.addWidget(self.folder)
        column.addWidget(self.receive, 1)
        scroll = plain_scroll_area(content)
        scroll.setObjectName("sync_scroll")
        self.layout_.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        for panel in (self.device, self.send, self.folder, self.receive):
            panel.retranslate()

    def refresh(self) -> None:
        """Reload this computer's card, the trusted computers and the unsent count."""
        self.db.run(device_overview, on_done=self.show_overview)

    def show_overview(self, overview: DeviceOverview) -> None:
        self.overview = overview
        self.device.show_overview(overview)
        self.send.show_overview(overview)

    def open_with(self, argument: Any) -> None:
        """Navigated to with files (paths) to import, e.g. from a command-line argument."""
        if isinstance(argument, list | tuple):
            self.add_dropped([Path(p) for p in argument])

    # --- files dropped on the screen --------------------------------------------------

    def add_dropped(self, paths: Sequence[Path]) -> None:
        """Key cards go to "trust a key card"; everything else is checked for import."""
        cards = [p for p in paths if p.suffix.lower() in CARD_FILE_SUFFIXES]
        bundles = [p for p in paths if p not in cards]
        if bundles:
            self.receive.add_files(bundles)
        if cards:
            self.device.trust_card_from(cards[0])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if paths:
            event.acceptProposedAction()
            self.add_dropped(paths)

    # --- the sync folder is watched only while the screen is visible ------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.folder.start_watching()

    def hideEvent(self, event: QHideEvent) -> None:
        self.folder.stop_watching()
        super().hideEvent(event)
