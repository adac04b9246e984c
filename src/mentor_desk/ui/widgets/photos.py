"""A strip of photos with captions: add by file picker or drag-and-drop, remove, reorder.

Photos are cleaned and stored by the database worker (`Store.add_photo`); the strip only
keeps (sha256, caption) pairs and shows thumbnails from the attachment folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.records import Photo
from mentor_desk.store.attachments import AttachmentFolder
from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.theme import THUMBNAIL_SIZE
from mentor_desk.ui.widgets.background import BackgroundCall

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
SHA_ROLE = Qt.ItemDataRole.UserRole
CAPTION_ROLE = Qt.ItemDataRole.UserRole + 1


class PhotoStrip(QWidget):
    """Thumbnails with an editable caption for the selected one."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.folder = AttachmentFolder(db.home / "attachments")
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListWidget.Movement.Snap)
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.list.setFixedHeight(THUMBNAIL_SIZE + 48)
        self.list.currentItemChanged.connect(self._show_caption)
        self.list.model().rowsMoved.connect(self.changed)
        self.caption = QLineEdit()
        self.caption.textEdited.connect(self._caption_edited)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add photos…"))
        self.remove_button.setText(self.tr("Remove"))
        self.caption.setPlaceholderText(self.tr("Caption of the selected photo"))
        self.caption.setAccessibleName(self.tr("Photo caption"))
        self.list.setAccessibleName(self.tr("Photos (drop image files here)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def photos(self) -> tuple[Photo, ...]:
        return tuple(
            Photo(item.data(SHA_ROLE), item.data(CAPTION_ROLE))
            for item in (self.list.item(i) for i in range(self.list.count()))
        )

    def set_photos(self, photos: tuple[Photo, ...]) -> None:
        self.list.clear()
        for photo in photos:
            self._append(photo.sha256, photo.caption)
        self.caption.clear()

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            str(Path.home()),
            self.tr("Images (*.jpg *.jpeg *.png *.webp)"),
        )
        self.add_files([Path(f) for f in files])

    def add_files(self, paths: list[Path]) -> None:
        """Store photos through the worker; thumbnails appear when each is stored."""
        for path in paths:
            if path.suffix.lower() not in IMAGE_SUFFIXES:
                continue
            self.db.run(
                lambda store, p=path: store.add_photo(p.read_bytes()),
                on_done=lambda attachment: self._append(attachment.sha256, ""),
                on_error=lambda error, trace: show_error(self, error, trace),
            )

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files([Path(url.toLocalFile()) for url in event.mimeData().urls()])
        event.acceptProposedAction()

    def _append(self, sha256: str, caption: str) -> None:
        if any(self.list.item(i).data(SHA_ROLE) == sha256 for i in range(self.list.count())):
            return
        item = QListWidgetItem(caption[:20])
        item.setData(SHA_ROLE, sha256)
        item.setData(CAPTION_ROLE, caption)
        item.setToolTip(caption)
        self.list.addItem(item)
        self._load_thumbnail(sha256)
        self.changed.emit()

    def _load_thumbnail(self, sha256: str) -> None:
        """Decode the photo small on a pool thread (a camera's JPEG takes a noticeable time
        at full size); the icon appears when it is ready."""
        path = str(self.folder.path_of(sha256))

        def read() -> QImage:
            reader = QImageReader(path)
            reader.setAutoTransform(True)  # phones store portraits turned, with an EXIF note
            size = reader.size()
            if size.isValid():
                reader.setScaledSize(
                    size.scaled(THUMBNAIL_SIZE, THUMBNAIL_SIZE, Qt.AspectRatioMode.KeepAspectRatio)
                )
            return reader.read()

        call = BackgroundCall(self)
        call.done.connect(lambda image: self._show_thumbnail(sha256, image))
        call.done.connect(call.deleteLater)
        call.failed.connect(call.deleteLater)
        call.start(read)

    def _show_thumbnail(self, sha256: str, image: QImage) -> None:
        """GUI thread: put the decoded thumbnail on the photo's item, if it is still listed."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(SHA_ROLE) == sha256 and not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))

    def _show_caption(self, item: QListWidgetItem | None) -> None:
        self.caption.setText(item.data(CAPTION_ROLE) if item else "")
        self.caption.setEnabled(item is not None)

    def _caption_edited(self, text: str) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setData(CAPTION_ROLE, text)
            item.setToolTip(text)
            item.setText(text[:20])
            self.changed.emit()
