"""Settings: language, text size, data folder, backup now and restore from a backup, the app
lock and how long personal data of closed households is kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk import __version__
from mentor_desk.store import Profile
from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.i18n import current_language, set_language
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.preferences import app_settings
from mentor_desk.ui.theme import CONTROL_WIDTH, DEFAULT_TEXT_SIZE, TEXT_SIZES, stylesheet
from mentor_desk.ui.widgets.app_lock_settings import AppLockSettings
from mentor_desk.ui.widgets.backups import BackupList
from mentor_desk.ui.widgets.retention_settings import RetentionSettings
from mentor_desk.ui.widgets.scroll import ScrollBody, plain_scroll_area

BACKUP_SUFFIX = ".mdbackup"


class SettingsPage(Page):
    """Preferences of this computer and the safety of its data."""

    key = "settings"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.settings = app_settings(db.home)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.text_size = QComboBox()
        self.text_size.setObjectName("text_size")
        for key in TEXT_SIZES:
            self.text_size.addItem("", key)
        self.text_size.currentIndexChanged.connect(self._text_size_chosen)
        self.folder = QLabel(str(db.home))
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(db.home)))
        )
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.choose_backup_file)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.choose_restore_file)
        self.backups = BackupList(db)
        self.backups.restore_requested.connect(self.restore_from)
        self.app_lock = AppLockSettings(db, self.settings)
        self.retention = RetentionSettings(db, self.settings)
        self.lock_label, self.retention_label = QLabel(), QLabel()
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        self.backups_label = QLabel()
        self.profile = QLabel()
        self.profile.setWordWrap(True)
        self.version = QLabel(__version__)
        for combo in (self.language, self.text_size):
            combo.setMaximumWidth(CONTROL_WIDTH)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.restore_button)
        backup_row.addStretch(1)
        self.form.addRow(self.labels[0], self.language)
        self.form.addRow(self.labels[1], self.text_size)
        self.form.addRow(self.labels[2], folder_row)
        self.form.addRow(self.labels[3], backup_row)
        self.form.addRow(self.backups_label, self.backups)
        self.form.addRow(self.lock_label, self.app_lock)
        self.form.addRow(self.retention_label, self.retention)
        self.form.addRow(self.labels[4], self.profile)
        self.form.addRow(self.labels[5], self.version)
        self.labels[0].setBuddy(self.language)
        self.labels[1].setBuddy(self.text_size)
        # The page scrolls: at the larger text sizes older mentors choose, it is taller than
        # a 768-pixel screen.
        body = ScrollBody()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(self.form)
        body_layout.addWidget(self.status)
        body_layout.addStretch(1)
        scroll = plain_scroll_area(body)
        scroll.setObjectName("settings_scroll")
        self.layout_.addWidget(scroll, 1)
        self._load_choices()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self._load_choices()
        texts = [
            self.tr("Language"),
            self.tr("Text size"),
            self.tr("Data folder"),
            self.tr("Backup"),
            self.tr("This computer"),
            self.tr("Version"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        names = {
            "normal": self.tr("Normal"),
            "large": self.tr("Large"),
            "largest": self.tr("Largest"),
        }
        for index in range(self.text_size.count()):
            self.text_size.setItemText(index, names[self.text_size.itemData(index)])
        self.language.setAccessibleName(self.tr("Language"))
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.open_folder.setText(self.tr("Open folder"))
        self.backup_button.setText(self.tr("Back up now…"))
        self.backups_label.setText(self.tr("Automatic backups"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self.lock_label.setText(self.tr("App lock"))
        self.retention_label.setText(self.tr("Keep personal data"))

    def refresh(self) -> None:
        """Show who uses this computer and the automatic backups (read on the database
        thread; only when the page is shown, so start-up does not wait for them)."""
        self.db.run(lambda store: store.profile, on_done=self._show_profile)
        self.backups.refresh()
        self.app_lock.show_state()
        self.retention.refresh()

    def _show_profile(self, profile: Profile | None) -> None:
        if profile is None:
            self.profile.setText("—")
            return
        role = (
            self.tr("Community mentor") if profile.role == "mentor" else self.tr("District officer")
        )
        self.profile.setText(
            " · ".join(part for part in (profile.name, role, area_name(profile)) if part)
        )

    def _load_choices(self) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.blockSignals(False)
        size = str(self.settings.value("text_size", DEFAULT_TEXT_SIZE))
        self.text_size.blockSignals(True)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(size)))
        self.text_size.blockSignals(False)

    def _language_chosen(self) -> None:
        language = self.language.currentData()
        self.settings.setValue("language", language)
        set_language(language)

    def _text_size_chosen(self) -> None:
        key = self.text_size.currentData()
        self.settings.setValue("text_size", key)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(stylesheet(TEXT_SIZES[key]))

    def choose_backup_file(self) -> None:
        """Ask where to write a backup, then write it on the database thread."""
        suggested = Path.home() / f"mentor-desk-{dt.date.today().isoformat()}{BACKUP_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), str(suggested), self.tr("Mentor Desk backup (*.mdbackup)")
        )
        if path:
            self.back_up_to(Path(path))

    def back_up_to(self, path: Path) -> None:
        self.status.setText(self.tr("Backing up…"))
        self.db.run(
            lambda store: store.backup(path),
            on_done=lambda result: self.status.setText(
                self.tr("Backup written to %1 (%2 MB).")
                .replace("%1", str(path))
                .replace("%2", f"{result['bytes'] / 1e6:.1f}")
            ),
            on_error=self._failed,
        )

    def choose_restore_file(self) -> None:
        """Ask for a backup file, confirm, then restore it on the database thread."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from"),
            str(Path.home()),
            self.tr("Mentor Desk backup (*.mdbackup)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Everything on this computer will be replaced by the backup. The current data "
                "is kept beside it as a copy. Continue?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> None:
        self.status.setText(self.tr("Restoring…"))
        self.db.restore_backup(
            path,
            on_done=lambda _: self._restored(path),
            on_error=self._failed,
        )

    def _restored(self, path: Path) -> None:
        self.status.setText(self.tr("Restored from %1.").replace("%1", str(path)))
        self.backups.refresh()

    def _failed(self, error: BaseException, trace: str) -> None:
        self.status.setText("")
        show_error(self, error, trace)


def area_name(profile: Profile) -> str:
    """The profile's area in words: ต.… อ.… จ.… (names from geothai)."""
    import geothai

    parts = []
    for prefix, code, lookup in (
        ("ต.", profile.subdistrict_code, geothai.subdistrict),
        ("อ.", profile.district_code, geothai.district),
        ("จ.", profile.province_code, geothai.province),
    ):
        area = lookup(code) if code else None
        if area is not None:
            parts.append(prefix + area.name_th)
    village = f"หมู่ {profile.village}" if profile.village.isdigit() else profile.village
    return " ".join(part for part in (village, *parts) if part)
