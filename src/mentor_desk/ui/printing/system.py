"""The dialogs and services of the operating system the print dialogs use (GUI thread).

Plain functions, so tests can replace them with fakes instead of clicking modal windows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def ask_save_path(parent: QWidget, *, suggested: str) -> Path | None:
    """Ask where to save a PDF; None if the user cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrintingSystem", "Save the booklet"),
        suggested,
        QCoreApplication.translate("PrintingSystem", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_print_settings(printer: QPrinter, parent: QWidget) -> bool:
    """Show the printer dialog; True when the user chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintingSystem", "Print the booklet"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_in_viewer(url: QUrl) -> bool:
    """Open a file in the program the system uses for it; False if none could."""
    return QDesktopServices.openUrl(url)
