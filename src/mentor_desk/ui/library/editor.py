"""What the activity and lesson editors share: a scrolling form, Save (Ctrl+S) and Delete,
unsaved-change tracking, and validation messages shown next to the field they concern.

The editor checks values with the domain rules on the GUI thread (pure Python, instant), then
hands the write to the database worker; the worker's answer comes back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.ids import new_id
from mentor_desk.domain.records import RECORD_TYPES, Record
from mentor_desk.domain.validation import build_record, parse_changes
from mentor_desk.store.writer import SaveResult
from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.library import dialogs
from mentor_desk.ui.library.form import FieldForm
from mentor_desk.ui.theme import EDITOR_MAX_WIDTH, SPACING
from mentor_desk.ui.widgets.photos import PhotoStrip


def photos_json(strip: PhotoStrip) -> list[dict[str, str]]:
    """The photos of a strip as the JSON a record's `photos` field takes."""
    return [{"sha256": photo.sha256, "caption": photo.caption} for photo in strip.photos()]


class RecordEditor(QWidget):
    """Edits one record of `TABLE`. Subclasses add their fields in `build_fields()`, fill
    them in `fill()` and read them back in `values()` (JSON values by field name)."""

    TABLE: ClassVar[str] = ""
    saved = Signal(object)  # the Record as stored
    deleted = Signal(str)  # the id of the deleted record
    dirty_changed = Signal(bool)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.record_id: str | None = None
        self.is_new = True
        self._snapshot: dict[str, Any] = {}
        self._dirty = False
        self._filling = False  # True while a record is put into the fields
        self.caption = QLabel()
        self.caption.setProperty("role", "muted")
        self.body = QWidget()
        self.body.setMaximumWidth(EDITOR_MAX_WIDTH)
        self.form_layout = QFormLayout()
        self.form_layout.setVerticalSpacing(SPACING)
        self.form = FieldForm(self.TABLE, self.form_layout)
        body_layout = QVBoxLayout(self.body)
        body_layout.addLayout(self.form_layout)
        body_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.body)
        # Not a tab stop of its own: it follows the focused field (ensureWidgetVisible).
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Fields first, buttons after: Tab then goes through the form and on to Save.
        self.build_fields()
        self.state = QLabel()
        self.state.setProperty("role", "muted")
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton()
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(lambda: self.save())
        footer = QHBoxLayout()
        footer.addWidget(self.delete_button)
        footer.addStretch(1)
        footer.addWidget(self.state)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(footer)
        # Active only while this editor is visible: hidden widgets' shortcuts never fire.
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.save_shortcut.activated.connect(lambda: self.save())
        self.retranslate()

    # --- for subclasses -----------------------------------------------------------------

    def build_fields(self) -> None:
        """Create the field widgets and add them to `self.form` in reading order."""
        raise NotImplementedError

    def fill(self, record: Record) -> None:
        """Put a record's values into the fields (signals are ignored meanwhile)."""
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        """The fields' values as JSON values by field name, as `Store.put` takes them."""
        raise NotImplementedError

    def record_title(self) -> str:
        """What to call the record in questions ("Delete “…”?")."""
        raise NotImplementedError

    def caption_text(self) -> str:
        """The line above the form: "New activity" or the record's kind and code."""
        raise NotImplementedError

    def first_field(self) -> QWidget:
        """The field the cursor goes to when a record is opened."""
        raise NotImplementedError

    def after_save(self, record: Record) -> None:
        """Called on the GUI thread with the stored record after each successful save."""

    def retranslate(self) -> None:
        """Every visible text in the current language (subclasses extend)."""
        self.form.retranslate()
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete this record"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.caption.setText(self.caption_text() if self.record_id else "")
        self._show_state()

    def field_changed(self) -> None:
        """Connect every field's change signal here: tracks unsaved changes."""
        if self._filling or self.record_id is None:
            return
        self._set_dirty(self.values() != self._snapshot)

    # --- showing records (GUI thread) ---------------------------------------------------

    def start_new(self, defaults: Mapping[str, Any]) -> None:
        """Show an empty record with `defaults`; it gets its id now, so saving it twice
        updates the same record instead of making two."""
        record_type = RECORD_TYPES[self.TABLE]
        self._show(record_type(id=new_id(), **defaults), is_new=True)

    def show_record(self, record: Record) -> None:
        """Show a stored record for editing."""
        self._show(record, is_new=False)

    def clear(self) -> None:
        """Forget the record shown (after it was deleted)."""
        self.record_id = None
        self._snapshot = {}
        self._set_dirty(False)

    def is_dirty(self) -> bool:
        return self._dirty

    def keep_changes(self) -> None:
        """Save unsaved changes if they are valid as they are (the app is closing)."""
        if self._dirty:
            self.save()

    def _show(self, record: Record, *, is_new: bool) -> None:
        self._filling = True
        try:
            self.fill(record)
        finally:
            self._filling = False
        self.record_id = record.id
        self.is_new = is_new
        self._snapshot = self.values()
        self.form.clear_errors()
        self.delete_button.setEnabled(not is_new)
        self.caption.setText(self.caption_text())
        self._set_dirty(False, force=True)
        self.scroll.verticalScrollBar().setValue(0)

    # --- saving and deleting (GUI thread; the work runs on the database worker) ---------

    def save(
        self,
        *,
        then: Callable[[], None] | None = None,
        overrides: Mapping[str, Any] | None = None,
    ) -> bool:
        """Check the fields and save on the worker; False when a field needs correcting
        (its message is shown next to it). `then` runs after a successful save."""
        if self.record_id is None:
            return False
        values = self.values()
        payload = {"id": self.record_id, **values, **(overrides or {})}
        self.form.clear_errors()
        try:
            # The domain's own checks, instantly and without the database.
            build_record(self.TABLE, self.record_id, parse_changes(self.TABLE, payload))
        except ValidationError as error:
            self._show_invalid(error)
            return False
        table = self.TABLE
        self.save_button.setEnabled(False)
        self.db.run(
            lambda store: store.put(table, payload),
            on_done=lambda result: self._saved(result, values, then),
            on_error=self._save_failed,
            writes=table,
        )
        return True

    def delete(self) -> None:
        """Ask, then delete the record shown on the worker; `deleted` follows."""
        if self.record_id is None or self.is_new:
            return
        if not dialogs.confirm_delete(self, self.record_title() or self.caption_text()):
            return
        table, record_id = self.TABLE, self.record_id
        self.db.run(
            lambda store: store.delete(table, record_id),
            on_done=lambda _: self._deleted(record_id),
            on_error=lambda error, trace: show_error(self, error, trace),
            writes=table,
        )

    def _saved(
        self, result: SaveResult, values: dict[str, Any], then: Callable[[], None] | None
    ) -> None:
        self.save_button.setEnabled(True)
        if result.record.id != self.record_id:
            return  # another record was opened meanwhile; the list shows the save
        self.is_new = False
        self.delete_button.setEnabled(True)
        self.after_save(result.record)
        # What was sent is now stored; typing that happened meanwhile stays unsaved.
        self._snapshot = values
        self._set_dirty(self.values() != values, force=True)
        if not self._dirty:
            self.state.setText(self.tr("Saved"))
        self.caption.setText(self.caption_text())
        self.saved.emit(result.record)
        if then is not None:
            then()

    def _save_failed(self, error: BaseException, trace: str) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError) and self.form.field_of(error) is not None:
            self._show_invalid(error)
        else:
            show_error(self, error, trace)

    def _show_invalid(self, error: ValidationError) -> None:
        widget = self.form.show_error(error)
        if widget is None:
            show_error(self, error)
            return
        self.state.setText(self.tr("Please correct the field marked in red."))
        self.scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _deleted(self, record_id: str) -> None:
        if self.record_id == record_id:
            self.clear()
        self.deleted.emit(record_id)

    # --- state --------------------------------------------------------------------------

    def _set_dirty(self, dirty: bool, *, force: bool = False) -> None:
        if dirty == self._dirty and not force:
            return
        self._dirty = dirty
        self._show_state()
        self.dirty_changed.emit(dirty)

    def _show_state(self) -> None:
        if self._dirty:
            self.state.setText(self.tr("Not saved yet"))
        elif self.is_new:
            self.state.setText(self.tr("New, not saved yet"))
        else:
            self.state.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
