"""The one place errors are shown: a Thai message, and details the user can copy."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mentor_desk.domain.errors import MentorDeskError


def error_text(error: BaseException) -> tuple[str, str]:
    """(message for people, details for the record) of any error."""
    if isinstance(error, MentorDeskError):
        return error.message_th, error.detail
    return (
        QApplication.translate("Errors", "Something went wrong. Nothing was saved."),
        f"{type(error).__name__}: {error}",
    )


def show_error(parent: QWidget | None, error: BaseException, trace: str = "") -> QMessageBox:
    """Show an error (GUI thread); the details box can be selected and copied."""
    message, detail = error_text(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("Errors", "Mentor Desk"))
    box.setText(message)
    box.setDetailedText("\n\n".join(part for part in (detail, trace) if part))
    box.setAccessibleName(QApplication.translate("Errors", "Error message"))
    box.open()
    return box
