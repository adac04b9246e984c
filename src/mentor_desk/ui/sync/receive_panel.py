"""The receive card of the send/receive screen: files dropped or chosen are first checked
(a dry run shows who sent each and what it would change), then "Import" applies the ones
ready. A locked file asks for its passphrase; a file from a computer this one does not trust
yet is held until the person compares the sender's fingerprint and trusts it.

GUI thread; checking and importing run on the database worker, one file after another,
with progress and a Stop button (between files when checking, within the file when importing).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.sync.errors import KeyStoreError
from mentor_desk.sync.keys import DevicePublicKey
from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.households.banner import Banner
from mentor_desk.ui.sync import incoming_model as columns
from mentor_desk.ui.sync.device_jobs import read_card
from mentor_desk.ui.sync.dialogs import SyncPrompts
from mentor_desk.ui.sync.file_details import FileDetails
from mentor_desk.ui.sync.import_jobs import (
    BatchOutcome,
    FileState,
    IncomingFile,
    check_files,
    import_files,
)
from mentor_desk.ui.sync.incoming_model import IncomingModel
from mentor_desk.ui.sync.parts import card_frame, muted_label, name_buttons, section_title
from mentor_desk.ui.sync.progress import ProgressRow
from mentor_desk.ui.theme import INCOMING_MIN_ROWS, LIST_ROW_PADDING


class ReceivePanel(QWidget):
    """Checks and imports incoming files."""

    files_added = Signal(list)  # Paths newly listed
    imported = Signal()  # a batch was imported (records, acknowledgements or trust changed)
    review_requested = Signal()

    def __init__(self, db: Database, prompts: SyncPrompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.prompts = prompts
        self.model = IncomingModel(self)
        self.card, layout = card_frame("receive")
        self.title = section_title()
        self.hint = muted_label()
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choose_files")
        self.choose_button.clicked.connect(self.choose_files)
        self.table = QTableView()
        self.table.setObjectName("incoming_files")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # The table takes the height left over; asking for more would push the screen
        # into scrolling on a 768-pixel laptop (its minimum height is set below).
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.dataChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import")
        self.import_button.setProperty("role", "primary")
        self.import_button.clicked.connect(self.import_ready)
        self.details = FileDetails()
        self.trust_button = self.details.trust_button
        self.trust_button.clicked.connect(self.trust_sender_and_import)
        self.passphrase_button = self.details.passphrase_button
        self.passphrase_button.clicked.connect(self.enter_passphrase)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clear_finished")
        self.clear_button.clicked.connect(self.model.clear_finished)
        self.progress = ProgressRow()
        self.outcome = Banner()
        self.outcome.action.clicked.connect(self.review_requested)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.hint, 1)
        for button in (self.clear_button, self.choose_button, self.import_button):
            top.addWidget(button)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.details)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.card)
        self.retranslate()
        self._size_table()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Receive"))
        self.hint.setText(
            with_break_hints(
                self.tr("Drag files from a USB stick onto this screen, or choose them.")
            )
        )
        self.choose_button.setText(self.tr("Choose files…"))
        self.import_button.setText(self.tr("Import"))
        self.clear_button.setText(self.tr("Clear imported"))
        name_buttons(self.choose_button, self.import_button, self.clear_button)
        self.table.setAccessibleName(self.tr("Incoming files"))
        self.model.retranslate()
        self.progress.retranslate()
        self.details.retranslate()
        self._update_buttons()

    def _size_table(self) -> None:
        # Every column as wide as its words; the file name takes the rest, shortened in
        # the middle so its date and time stay visible.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(columns.FILE, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        row_height = self.table.fontMetrics().height() + LIST_ROW_PADDING
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setMinimumHeight(row_height * (INCOMING_MIN_ROWS + 1))

    # --- adding and checking files ----------------------------------------------------

    def choose_files(self) -> None:
        paths = self.prompts.open_files(
            self.tr("Choose files to import"), Path.home(), self.prompts.bundle_filter()
        )
        self.add_files(paths)

    def add_files(self, paths: Sequence[Path]) -> None:
        """List files and check them (a dry run) on the worker, one after another."""
        fresh = self.model.add(IncomingFile(Path(p)) for p in paths)
        if fresh:
            self.outcome.hide_message()
            self.files_added.emit([f.path for f in fresh])
            self.table.selectRow(self.model.lines.index(fresh[0]))
            self._check_waiting()

    def _check_waiting(self) -> None:
        waiting = self.model.in_state(FileState.WAITING)
        if not waiting or self.progress.busy:
            return
        progress = self.progress.start(self.tr("Checking files…"))
        label = self.tr("Checking %1…")
        self._update_buttons()
        self.db.run(
            lambda store: check_files(store, waiting, progress, label),
            on_done=self._checked,
            on_error=self._batch_failed,
        )

    def _checked(self, outcome: BatchOutcome) -> None:
        self.progress.finish()
        self.model.update(outcome.files)
        if outcome.cancelled:
            self.model.drop(FileState.WAITING)  # the files not checked before the stop
        for incoming in outcome.files:
            if incoming.state is FileState.NEEDS_PASSPHRASE:
                self._ask_passphrase(incoming)
        self._update_buttons()
        self._check_waiting()

    def _ask_passphrase(self, incoming: IncomingFile) -> None:
        passphrase = self.prompts.passphrase_for(incoming.path.name)
        if passphrase is not None:
            again = IncomingFile(incoming.path, passphrase=passphrase)
            self.model.update([again])

    def enter_passphrase(self) -> None:
        """Ask again for the selected locked file's passphrase, then check it again."""
        incoming = self.selected()
        if incoming is not None and incoming.protected:
            self._ask_passphrase(incoming)
            self._check_waiting()

    # --- importing --------------------------------------------------------------------

    def import_ready(self) -> None:
        """Import every file that was checked and is ready."""
        self._import(self.model.in_state(FileState.READY))

    def _import(self, files: list[IncomingFile]) -> None:
        if not files or self.progress.busy:
            return
        progress = self.progress.start(self.tr("Importing…"))
        label = self.tr("Importing %1…")
        self._update_buttons()
        self.db.run(
            lambda store: import_files(store, files, progress, label),
            on_done=self._imported,
            on_error=self._batch_failed,
            writes="households",
        )

    def _imported(self, outcome: BatchOutcome) -> None:
        self.progress.finish()
        self.model.update(outcome.files)
        imported = [f for f in outcome.files if f.state is FileState.IMPORTED]
        totals = {"new": 0, "updated": 0, "conflicts": 0, "withdrawn": 0}
        for incoming in imported:
            assert incoming.result is not None
            for key in totals:
                totals[key] += incoming.result.counts.get(key, 0)
        text = (
            self.tr("Imported %n file(s): %1 new, %2 updated.", "", len(imported))
            .replace("%1", f"{totals['new']:,}")
            .replace("%2", f"{totals['updated']:,}")
        )
        if totals["withdrawn"]:
            text += " " + self.tr(
                "%n lesson(s) the district no longer shares were removed.", "", totals["withdrawn"]
            )
        if outcome.cancelled:
            text += " " + self.tr("Stopped before the other files.")
        if totals["conflicts"]:
            text += " " + self.tr("%n record(s) need your review.", "", totals["conflicts"])
            self.outcome.show_message(text, self.tr("Open the review inbox"))
        else:
            self.outcome.show_message(text)
        self._update_buttons()
        self.imported.emit()
        self._check_waiting()  # files added while importing

    # --- a sender this computer does not trust yet ------------------------------------

    def trust_sender_and_import(self) -> None:
        """For the selected held file: get the sender's key card (beside the file or picked
        by the person), compare fingerprints, then trust the sender and import the file."""
        incoming = self.selected()
        if incoming is None or incoming.state is not FileState.UNKNOWN_DEVICE:
            return
        if incoming.card is not None:
            self._confirm_sender(incoming, incoming.card)
            return
        title = self.tr("Choose the sender's key card")
        path = self.prompts.open_file(title, incoming.path.parent, self.prompts.card_filter())
        if path is not None:
            self.db.run(
                lambda store: read_card(path),
                on_done=lambda card: self._confirm_sender(incoming, card),
                on_error=self._failed,
            )

    def _confirm_sender(self, incoming: IncomingFile, card: DevicePublicKey) -> None:
        if card.device_id != incoming.unknown_device:
            error = KeyStoreError(
                f"card of {card.device_id}, file from {incoming.unknown_device}",
                message_th="ไฟล์กุญแจนี้เป็นของเครื่องอื่น ไม่ใช่เครื่องที่ส่งไฟล์นี้มา",
            )
            show_error(self, error)
            return
        intro = self.tr("“%1” was sent by “%2”, a computer this one does not trust yet.")
        intro = intro.replace("%1", incoming.path.name).replace("%2", card.display_name)
        if self.prompts.confirm_card(card, intro):
            decided = dataclasses.replace(incoming, card=card, trust_confirmed=True)
            self.model.update([decided])
            self._import([decided])

    # --- selection, buttons, errors ---------------------------------------------------

    def selected(self) -> IncomingFile | None:
        return self.model.line_at(self.table.currentIndex().row())

    def _selection_changed(self) -> None:
        self.details.show_file(self.selected())
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self.progress.busy
        incoming = self.selected()
        state = incoming.state if incoming else None
        retry = (FileState.NEEDS_PASSPHRASE, FileState.REFUSED)
        self.import_button.setEnabled(idle and bool(self.model.in_state(FileState.READY)))
        self.trust_button.setEnabled(idle and state is FileState.UNKNOWN_DEVICE)
        self.passphrase_button.setEnabled(
            idle and incoming is not None and incoming.protected and state in retry
        )
        finished = self.model.in_state(FileState.IMPORTED, FileState.ALREADY_IMPORTED)
        self.clear_button.setVisible(bool(finished))
        self.clear_button.setEnabled(idle)

    def _batch_failed(self, error: BaseException, trace: str) -> None:
        self.progress.finish()
        self._drop_unchecked()  # a check that failed as a whole is not retried forever
        self._update_buttons()
        show_error(self, error, trace)

    def _failed(self, error: BaseException, trace: str) -> None:
        show_error(self, error, trace)
