"""The questions the library screens ask before something cannot be undone.

Each is a plain function (GUI thread) so tests can replace it with a fake answer instead of
clicking a modal box.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentor_desk.domain.thai_words import with_break_hints


class UnsavedChoice(Enum):
    """What to do with unsaved changes before the editor shows something else."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _box(parent: QWidget, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(QCoreApplication.translate("LibraryDialogs", "Mentor Desk"))
    box.setText(with_break_hints(text))
    box.setAccessibleName(text)
    return box


def confirm_delete(parent: QWidget, title: str) -> bool:
    """Ask whether to delete the record called `title`; True only on an explicit yes."""
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("LibraryDialogs", "Delete “%1”? This cannot be undone.").replace(
            "%1", title
        ),
    )
    delete = box.addButton(
        QCoreApplication.translate("LibraryDialogs", "Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("LibraryDialogs", "Keep it"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is delete


def ask_unsaved(parent: QWidget) -> UnsavedChoice:
    """Ask what to do with unsaved changes; closing the box means "go back" (cancel)."""
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("LibraryDialogs", "You have changes that are not saved yet."),
    )
    save = box.addButton(
        QCoreApplication.translate("LibraryDialogs", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("LibraryDialogs", "Do not save"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("LibraryDialogs", "Go back"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedChoice.SAVE
    if clicked is discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def confirm_submit(parent: QWidget, *, missing_consent: bool) -> bool:
    """Ask before a lesson is sent for review; warns when a good-deed story names people
    who have not consented (a story must not be published without their consent)."""
    if missing_consent:
        box = _box(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate(
                "LibraryDialogs",
                "This good-deed story does not record the consent of the people named in it. "
                "Please ask them first. Send it for review anyway?",
            ),
        )
    else:
        box = _box(
            parent,
            QMessageBox.Icon.Question,
            QCoreApplication.translate(
                "LibraryDialogs",
                "Send this lesson to the district for review? You can still correct it later.",
            ),
        )
    send = box.addButton(
        QCoreApplication.translate("LibraryDialogs", "Send for review"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    back = box.addButton(
        QCoreApplication.translate("LibraryDialogs", "Not yet"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(back if missing_consent else send)
    box.exec()
    return box.clickedButton() is send
