"""Work the print dialogs hand to the database worker thread: rendering pages of a PDF to
images with pypdfium2, and printing those pages on a QPrinter.

Both run on the worker thread (QImage and painting on a QPrinter are allowed off the GUI
thread); progress goes back to the GUI thread through ``ProgressRelay``'s signal.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from mentor_desk.ui.database import Cancelled, Database, Progress
from mentor_desk.ui.printing.sizes import MAX_PREVIEW_PAGES, PRINT_DPI_LIMIT

POINTS_PER_INCH = 72.0


class ProgressRelay(QObject):
    """Carries a worker job's progress to the GUI thread as a queued signal."""

    changed = Signal(int, int, str)

    def progress(self) -> Progress:
        """A Progress whose reports arrive as ``changed`` on the GUI thread."""
        return Progress(report=self.changed.emit)


def record_print(db: Database, *, document: str, to: str, pages: int | None = None) -> None:
    """GUI thread: add a "print" entry to the audit log (which document, where it went, how
    many pages; never its contents) on the worker thread. `to` is file, printer or viewer."""
    summary: dict[str, object] = {"document": document, "to": to}
    if pages is not None:
        summary["pages"] = pages
    db.run(lambda store: store.record_audit("print", summary))


def render_pages(pdf: Path, *, width_px: int, progress: Progress, text: str) -> list[QImage]:
    """Worker thread: every page (up to MAX_PREVIEW_PAGES) as an image ``width_px`` wide."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        count = min(len(document), MAX_PREVIEW_PAGES)
        images: list[QImage] = []
        for index in range(count):
            progress.check()
            progress.report(index, count, text)
            page = document[index]
            try:
                width_pt, _ = page.get_size()
                bitmap = page.render(scale=width_px / width_pt)
                images.append(to_qimage(bitmap.to_pil()))
            finally:
                page.close()
        return images
    finally:
        document.close()


def to_qimage(image: Image.Image) -> QImage:
    """A QImage that owns a copy of the PIL image's pixels."""
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    view = QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return view.copy()  # detach from `data`, which Python may free


def print_pages(pdf: Path, *, printer: QPrinter, progress: Progress, text: str) -> int:
    """Worker thread: print the PDF's pages in the printer's page range; returns how many.

    Each page is rendered at the printer's resolution (at most PRINT_DPI_LIMIT) and drawn
    to fill the printable page, keeping its proportions.
    """
    document = pdfium.PdfDocument(str(pdf))
    painter = QPainter()
    try:
        pages = _pages_to_print(printer, len(document))
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        for number, index in enumerate(pages):
            progress.check()
            progress.report(number, len(pages), text)
            if number:
                printer.newPage()
            page = document[index]
            try:
                image = to_qimage(page.render(scale=dpi / POINTS_PER_INCH).to_pil())
            finally:
                page.close()
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
            painter.drawImage(target, image)
        return len(pages)
    except Cancelled:
        printer.abort()  # nothing more reaches the printer
        raise
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def _pages_to_print(printer: QPrinter, count: int) -> list[int]:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(count))
    return list(range(max(first, 1) - 1, min(last, count)))
