"""Files dropped on a screen from the file manager (GUI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDropEvent


def dropped_files(event: QDropEvent) -> list[Path]:
    """The local files a drag carries (drag-enter or drop); links to elsewhere are left out."""
    return [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
