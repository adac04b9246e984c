"""The questions the send/receive screen asks, in one object the tests replace.

`SyncPrompts` opens the file pickers, asks for passphrases and shows a key card's
fingerprint for the person to compare with what the other person reads out over the phone.
GUI thread only; every method returns None or False when the person cancels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.sync.keys import DevicePublicKey, DeviceRole
from mentor_desk.ui.sync.device_jobs import BUNDLE_SUFFIX, CARD_SUFFIX
from mentor_desk.ui.sync.parts import name_buttons
from mentor_desk.ui.theme import (
    DIALOG_MIN_WIDTH,
    FINGERPRINT_GAP,
    FINGERPRINT_GROUPS_PER_LINE,
    PASSPHRASE_MIN_LENGTH,
)


def fingerprint_lines(fingerprint: str) -> str:
    """A fingerprint on two lines of three groups, the way people read it aloud."""
    groups = fingerprint.split()
    step = FINGERPRINT_GROUPS_PER_LINE
    return "\n".join(
        FINGERPRINT_GAP.join(groups[i : i + step]) for i in range(0, len(groups), step)
    )


def fingerprint_label(fingerprint: str = "") -> QLabel:
    """A large label for a fingerprint (the heading size follows the chosen text size)."""
    label = QLabel(fingerprint_lines(fingerprint))
    label.setObjectName("fingerprint")
    label.setProperty("role", "heading")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FingerprintDialog(QDialog):
    """Shows a key card and asks whether its numbers match what the other person reads."""

    def __init__(self, card: DevicePublicKey, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self.setWindowTitle(self.tr("Check the key card"))
        role = self.tr("district") if card.role is DeviceRole.DISTRICT else self.tr("mentor")
        heading = QLabel(with_break_hints(intro))
        heading.setWordWrap(True)
        who = QLabel(f"{card.display_name} ({role})")
        who.setProperty("role", "heading")
        digits = fingerprint_label(card.fingerprint)
        digits.setAccessibleName(self.tr("Fingerprint %1").replace("%1", card.fingerprint))
        ask = QLabel(
            with_break_hints(
                self.tr(
                    "Phone the other person and ask them to read the numbers on their "
                    "send/receive screen. Trust this computer only if every number matches."
                )
            )
        )
        ask.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.trust_button = buttons.addButton(
            self.tr("The numbers match: trust it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(
            self.tr("They differ: cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        name_buttons(self.trust_button, cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, who, digits, ask, buttons):
            layout.addWidget(widget)


class NewPassphraseDialog(QDialog):
    """Asks for a new passphrase twice; OK only when both match and are long enough."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self.setWindowTitle(self.tr("Passphrase for the backup"))
        explain = QLabel(
            with_break_hints(
                self.tr(
                    "The backup is locked with this passphrase. Write it down and keep it "
                    "safe: without it nobody can open the backup, not even you."
                )
            )
        )
        explain.setWordWrap(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field, name in (
            (self.first, self.tr("Passphrase")),
            (self.second, self.tr("Passphrase again")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
            field.textChanged.connect(self._check)
        self.problem = QLabel()
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Lock the backup"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        name_buttons(self.ok_button, cancel)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Type it again"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def passphrase(self) -> str:
        return self.first.text()

    def _check(self) -> None:
        first, second = self.first.text(), self.second.text()
        if len(first) < PASSPHRASE_MIN_LENGTH:
            problem = self.tr("At least %1 characters.").replace("%1", str(PASSPHRASE_MIN_LENGTH))
        elif first != second:
            problem = self.tr("The two passphrases are not the same.")
        else:
            problem = ""
        self.problem.setText(problem if first else "")
        self.ok_button.setEnabled(not problem)


class SyncPrompts(QObject):
    """Every question the send/receive and review screens ask the person (GUI thread)."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner

    def bundle_filter(self) -> str:
        return self.tr("Mentor Desk files (*%1)").replace("%1", BUNDLE_SUFFIX)

    def card_filter(self) -> str:
        return self.tr("Key cards (*%1 *.json)").replace("%1", CARD_SUFFIX)

    def save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Where to write a file (a save dialog starting at `suggested`)."""
        path, _ = QFileDialog.getSaveFileName(self.owner, title, str(suggested), file_filter)
        return Path(path) if path else None

    def open_file(self, title: str, start: Path, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.owner, title, str(start), file_filter)
        return Path(path) if path else None

    def open_files(self, title: str, start: Path, file_filter: str) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(self.owner, title, str(start), file_filter)
        return [Path(p) for p in paths]

    def choose_folder(self, title: str, start: Path) -> Path | None:
        path = QFileDialog.getExistingDirectory(self.owner, title, str(start))
        return Path(path) if path else None

    def new_passphrase(self) -> str | None:
        """A new passphrase, typed twice."""
        dialog = NewPassphraseDialog(self.owner)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.passphrase()
        return None

    def passphrase_for(self, file_name: str) -> str | None:
        """The passphrase of a locked file."""
        dialog = QInputDialog(self.owner)
        dialog.setWindowTitle(self.tr("Passphrase"))
        dialog.setLabelText(
            self.tr("“%1” is locked with a passphrase. Type the passphrase:").replace(
                "%1", file_name
            )
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(self.tr("Open the file"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.textValue():
            return dialog.textValue()
        return None

    def confirm_card(self, card: DevicePublicKey, intro: str) -> bool:
        """Whether the person trusts a key card after comparing its fingerprint."""
        dialog = FingerprintDialog(card, intro, self.owner)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, title: str, question: str) -> bool:
        """Whether the person answers yes to a question."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self.owner)
        yes = box.addButton(self.tr("Yes"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("No"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes
