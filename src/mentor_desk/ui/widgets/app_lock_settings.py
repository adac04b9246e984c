"""The app lock in Settings: set, change or remove the password (asking the current one to
change or remove it) and choose the idle minutes before the lock shows.

Hashing runs on Qt's thread pool (`BackgroundCall`); each change is then written to the
audit log on the database worker (what changed, never the password).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.errors import MentorDeskError, ValidationError
from mentor_desk.store import app_lock
from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.lock_screen import IDLE_MINUTES_SETTING, idle_minutes
from mentor_desk.ui.theme import CONTROL_WIDTH, DIALOG_MIN_WIDTH, IDLE_LOCK_CHOICES
from mentor_desk.ui.widgets.background import BackgroundCall

SET, CHANGE, REMOVE = "set", "changed", "removed"


class PasswordDialog(QDialog):
    """Asks for the passwords one change needs and makes it on the thread pool."""

    def __init__(self, db: Database, change: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.change = change
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self.current = self._field("current_password")
        self.new = self._field("new_password")
        self.repeat = self._field("repeat_password")
        self.message = QLabel()
        self.message.setObjectName("password_message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setProperty("role", "muted")
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(3)]
        if change != SET:
            form.addRow(self.labels[0], self.current)
        if change != REMOVE:
            form.addRow(self.labels[1], self.new)
            form.addRow(self.labels[2], self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._work = BackgroundCall(self)
        self._work.done.connect(self._done)
        self._work.failed.connect(self._failed)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            SET: self.tr("Set a password"),
            CHANGE: self.tr("Change the password"),
            REMOVE: self.tr("Remove the password"),
        }
        self.setWindowTitle(titles[self.change])
        self.explanation.setText(
            self.tr(
                "Mentor Desk will ask for this password when it starts and after it has not "
                "been used for a while. Choose one you will remember: at least %1 characters."
            ).replace("%1", str(app_lock.MIN_PASSWORD_LENGTH))
            if self.change != REMOVE
            else self.tr("Type the current password; Mentor Desk will then open without one.")
        )
        self.labels[0].setText(self.tr("Current password"))
        self.labels[1].setText(self.tr("New password"))
        self.labels[2].setText(self.tr("New password again"))
        for label, field in zip(self.labels, (self.current, self.new, self.repeat), strict=True):
            field.setAccessibleName(label.text())

    def submit(self) -> None:
        """Check the fields, then hash and write on the thread pool (GUI thread)."""
        if self._work.busy:
            return
        home = self.db.home
        current, new = self.current.text(), self.new.text()
        if self.change != REMOVE:
            if new != self.repeat.text():
                self.message.setText(self.tr("The two new passwords are not the same."))
                return
            try:
                app_lock.check_new_password(new)
            except ValidationError as error:
                self.message.setText(error.reason_th)
                return
        self.message.setText(self.tr("Please wait…"))
        self.buttons.setEnabled(False)
        if self.change == REMOVE:
            self._work.start(lambda: app_lock.remove_password(home, current=current))
        else:
            self._work.start(
                lambda: app_lock.set_password(home, new, current=current if current else None)
            )

    def _done(self, _: object) -> None:
        change = self.change
        self.db.run(lambda store: store.record_audit("app-lock", {"change": change}))
        self.accept()

    def _failed(self, error: BaseException, trace: str) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, app_lock.WrongPasswordError):
            self.message.setText(self.tr("The current password is wrong."))
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(error, MentorDeskError):
            self.message.setText(error.message_th)
        else:
            self.message.clear()
            show_error(self, error, trace)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field


class AppLockSettings(QWidget):
    """Whether a password is set, the buttons to change that, and the idle minutes."""

    changed = Signal()

    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.state = QLabel()
        self.state.setObjectName("app_lock_state")
        self.state.setWordWrap(True)
        self.set_button = QPushButton()
        self.set_button.setObjectName("set_password")
        self.set_button.clicked.connect(lambda: self.open_dialog(SET))
        self.change_button = QPushButton()
        self.change_button.setObjectName("change_password")
        self.change_button.clicked.connect(lambda: self.open_dialog(CHANGE))
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_password")
        self.remove_button.clicked.connect(lambda: self.open_dialog(REMOVE))
        self.idle = QComboBox()
        self.idle.setObjectName("idle_minutes")
        self.idle.setMaximumWidth(CONTROL_WIDTH)
        for minutes in IDLE_LOCK_CHOICES:
            self.idle.addItem("", minutes)
        self.idle.setCurrentIndex(max(0, self.idle.findData(idle_minutes(settings))))
        self.idle.currentIndexChanged.connect(self._idle_chosen)
        self.idle_label = QLabel()
        buttons = QHBoxLayout()
        for button in (self.set_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_label)
        idle_row.addWidget(self.idle)
        idle_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addLayout(idle_row)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_button.setText(self.tr("Set a password…"))
        self.change_button.setText(self.tr("Change password…"))
        self.remove_button.setText(self.tr("Remove password…"))
        self.idle_label.setText(self.tr("Lock after"))
        self.idle.setAccessibleName(self.tr("Lock after"))
        for index in range(self.idle.count()):
            minutes = self.idle.itemData(index)
            self.idle.setItemText(
                index, self.tr("%1 minutes without use").replace("%1", str(minutes))
            )
        self.show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_state(self) -> None:
        """Say whether a password is set and offer the matching buttons (GUI thread)."""
        locked = app_lock.is_locked(self.db.home)
        self.state.setText(
            self.tr(
                "A password is asked when Mentor Desk starts and after it has not been used "
                "for a while. It protects the screen, not the files."
            )
            if locked
            else self.tr("No password: anyone using this computer can open Mentor Desk.")
        )
        self.set_button.setVisible(not locked)
        self.change_button.setVisible(locked)
        self.remove_button.setVisible(locked)
        self.idle.setEnabled(locked)

    def open_dialog(self, change: str) -> PasswordDialog:
        """Open the dialog for one change; the state is shown again when it closes."""
        dialog = PasswordDialog(self.db, change, self)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self, result: int) -> None:
        self.show_state()
        if result == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def _idle_chosen(self) -> None:
        self.settings.setValue(IDLE_MINUTES_SETTING, self.idle.currentData())
