"""The sync folder: a folder (a USB stick, or one a cloud client keeps in step) where files
for other computers are written by default and where new files from them are looked for.

While the send/receive screen is shown, the folder is looked at when the screen opens and
every `SYNC_FOLDER_SCAN_MS`; files not offered before (remembered by name and size in the
data folder's preferences, so a file that grows as it copies is offered again) appear in a
banner: "2 new files in the sync folder — Import". GUI thread; the folder is listed on the
database worker, so a slow USB stick never freezes the screen.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentor_desk.ui.database import Database
from mentor_desk.ui.households.banner import Banner
from mentor_desk.ui.preferences import app_settings
from mentor_desk.ui.sync.device_jobs import BUNDLE_SUFFIX
from mentor_desk.ui.sync.dialogs import SyncPrompts
from mentor_desk.ui.sync.parts import card_frame, muted_label, name_buttons, section_title
from mentor_desk.ui.theme import SYNC_FOLDER_SCAN_MS

FOLDER_KEY = "sync/folder"
SEEN_KEY = "sync/seen_files"


@dataclass(frozen=True)
class FolderScan:
    """What a look at the sync folder found."""

    available: bool  # the folder exists (the USB stick is plugged in)
    present: frozenset[str]  # "name|size" of every bundle file there
    new: tuple[tuple[Path, str], ...]  # files not offered before (and their keys), oldest first


def file_key(path: Path, size: int) -> str:
    """How a file is remembered: its name and size."""
    return f"{path.name}|{size}"


def scan_sync_folder(folder: Path, seen: frozenset[str]) -> FolderScan:
    """Worker thread: the bundle files in `folder` and which of them are new."""
    try:
        entries = [(p, p.stat()) for p in folder.glob(f"*{BUNDLE_SUFFIX}") if p.is_file()]
    except OSError:
        return FolderScan(False, frozenset(), ())
    if not folder.is_dir():
        return FolderScan(False, frozenset(), ())
    entries.sort(key=lambda entry: (entry[1].st_mtime, entry[0].name))
    present = frozenset(file_key(p, s.st_size) for p, s in entries)
    keyed = ((p, file_key(p, s.st_size)) for p, s in entries)
    new = tuple((p, key) for p, key in keyed if key not in seen)
    return FolderScan(True, present, new)


class FolderPanel(QWidget):
    """Chooses the sync folder, watches it while visible and offers new files."""

    folder_changed = Signal(object)  # Path | None
    files_offered = Signal(list)  # Paths the person asked to import

    def __init__(self, db: Database, prompts: SyncPrompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.prompts = prompts
        self.settings = app_settings(db.home)
        self.new_files: tuple[Path, ...] = ()
        self.card, layout = card_frame("sync_folder")
        self.title = section_title()
        self.path_label = QLabel()
        self.path_label.setObjectName("sync_folder_path")
        self.path_label.setWordWrap(True)
        self.state = muted_label()
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choose_sync_folder")
        self.choose_button.clicked.connect(self.choose_folder)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stop_sync_folder")
        self.stop_button.clicked.connect(lambda: self.set_folder(None))
        self.banner = Banner()
        self.banner.action.clicked.connect(self.offer_new_files)
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addWidget(self.path_label, 1)
        row.addWidget(self.state)
        row.addWidget(self.choose_button)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.card)
        outer.addWidget(self.banner)
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_FOLDER_SCAN_MS)
        self.timer.timeout.connect(self.scan)
        self._scanning = False
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sync folder"))
        self.choose_button.setText(self.tr("Choose a folder…"))
        self.stop_button.setText(self.tr("Stop using it"))
        name_buttons(self.choose_button, self.stop_button)
        self._show_folder()
        if self.new_files:
            self._offer(self.new_files)

    # --- the folder -------------------------------------------------------------------

    def folder(self) -> Path | None:
        """The sync folder chosen for this data folder, if any."""
        value = self.settings.value(FOLDER_KEY, "")
        return Path(str(value)) if value else None

    def choose_folder(self) -> None:
        start = self.folder() or Path.home()
        chosen = self.prompts.choose_folder(self.tr("Choose the sync folder"), start)
        if chosen is not None:
            self.set_folder(chosen)

    def set_folder(self, folder: Path | None) -> None:
        """Use a folder (or none) from now on, and look into it at once."""
        self.settings.setValue(FOLDER_KEY, str(folder) if folder else "")
        self.settings.remove(SEEN_KEY)
        self.settings.sync()
        self._offer(())
        self._show_folder()
        self.folder_changed.emit(folder)
        self.scan()

    def _show_folder(self) -> None:
        folder = self.folder()
        self.path_label.setText(
            str(folder)
            if folder
            else self.tr("None: files are saved where you choose, and found when you add them.")
        )
        self.path_label.setAccessibleName(self.path_label.text())
        self.stop_button.setVisible(folder is not None)

    # --- watching ---------------------------------------------------------------------

    def start_watching(self) -> None:
        """Look now and every little while (the screen became visible)."""
        self.scan()
        self.timer.start()

    def stop_watching(self) -> None:
        self.timer.stop()

    def scan(self) -> None:
        """Look for new files in the sync folder on the worker thread."""
        folder = self.folder()
        if folder is None or self._scanning:
            return
        self._scanning = True
        seen = self._seen()
        self.db.run(
            lambda store: scan_sync_folder(folder, seen),
            on_done=self._scanned,
            on_error=lambda error, trace: self._scan_failed(),
        )

    def _scanned(self, scan: FolderScan) -> None:
        self._scanning = False
        if not scan.available:
            self.state.setText(self.tr("Not found: is the USB stick plugged in?"))
            self._offer(())
            return
        self.state.setText("")
        # Forget files no longer there, so the remembered list stays as small as the folder.
        seen = self._seen()
        self._remember(seen & scan.present)
        self._offer(tuple(path for path, key in scan.new if key not in seen))

    def _scan_failed(self) -> None:
        # Said on the screen, not in a pop-up: the folder is looked at every half minute.
        self._scanning = False
        self.state.setText(self.tr("Not found: is the USB stick plugged in?"))

    def _offer(self, files: tuple[Path, ...]) -> None:
        self.new_files = files
        if not files:
            self.banner.hide_message()
            return
        text = self.tr("%n new file(s) in the sync folder", "", len(files))
        self.banner.show_message(text, self.tr("Import"))
        self.banner.action.setAccessibleName(self.tr("Import the new files"))

    def offer_new_files(self) -> None:
        """The person pressed "Import" on the banner: hand the new files to the import list."""
        files = list(self.new_files)
        self._offer(())
        if files:
            self.files_offered.emit(files)

    # --- remembering files ------------------------------------------------------------

    def mark_seen(self, paths: Iterable[Path]) -> None:
        """Never offer these files again (listed for import, or written here by us)."""
        folder = self.folder()
        listed = list(paths)
        if folder is None or not listed:
            return
        keys = set(self._seen())
        for path in listed:
            try:
                if path.parent.resolve() == folder.resolve() and path.is_file():
                    keys.add(file_key(path, path.stat().st_size))
            except OSError:
                continue
        self._remember(frozenset(keys))
        self._offer(tuple(p for p in self.new_files if p not in listed))

    def _seen(self) -> frozenset[str]:
        raw = self.settings.value(SEEN_KEY, "[]")
        try:
            keys = json.loads(str(raw))
        except ValueError:
            return frozenset()
        return frozenset(str(k) for k in keys) if isinstance(keys, list) else frozenset()

    def _remember(self, keys: frozenset[str]) -> None:
        self.settings.setValue(SEEN_KEY, json.dumps(sorted(keys), ensure_ascii=False))
