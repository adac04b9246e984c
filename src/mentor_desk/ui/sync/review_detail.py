"""The record under review, beside the inbox list: every value of each conflicting field
with who wrote it, when and from which file, and the ways out (keep a value, write a
merged text, restore a deleted record, or confirm its delete, together with the records
added elsewhere that still use it).

GUI thread. The widget only asks; the review screen does the saving on the worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.dates import format_iso
from mentor_desk.domain.records import field_specs
from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.store.review_queries import Dependant, FieldReview, ReviewItem, ReviewKind
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.sync.parts import (
    hinted,
    muted_label,
    name_buttons,
    section_title,
)
from mentor_desk.ui.sync.values import (
    field_label,
    format_moment,
    format_value,
    is_text_field,
    provenance,
    record_title,
    writer_name,
)
from mentor_desk.ui.theme import (
    REVIEW_VALUE_ELIDE_CHARS,
    REVIEW_VALUE_INDENT,
    SHORT_TEXT_BOX_LINES,
    SPACING,
    TEXT_BOX_LINES,
    TEXT_BOX_MARGIN,
)
from mentor_desk.ui.widgets.scroll import plain_scroll_area


class FieldChoice(QFrame):
    """One field: a choice per value and, for text, a value the person writes."""

    def __init__(self, table: str, review: FieldReview, *, choosable: bool) -> None:
        super().__init__()
        self.review = review
        self.setObjectName(f"field_{review.field}")
        self.group = QButtonGroup(self)
        self.choices: list[QRadioButton] = []
        self.value_labels: list[QLabel] = []  # values shown without a choice (deleted records)
        self.provenance_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, SPACING)
        self.title = section_title()
        self.title.setText(field_label(table, review.field))
        layout.addWidget(self.title)
        for index, written in enumerate(review.values):
            text = format_value(table, review.field, written.value)
            if choosable:
                button = QRadioButton(_one_line(text))
                button.setAccessibleName(text)
                button.setChecked(written.shown)
                self.group.addButton(button, index)
                self.choices.append(button)
                layout.addWidget(button)
                if len(text) > REVIEW_VALUE_ELIDE_CHARS or "\n" in text:
                    layout.addWidget(_indented(QLabel(with_break_hints(text))))
            else:
                value = QLabel(with_break_hints(text))
                value.setAccessibleName(text)
                value.setWordWrap(True)
                self.value_labels.append(value)
                layout.addWidget(value)
            where = muted_label()
            where.setText(provenance(written))
            self.provenance_labels.append(where)
            layout.addWidget(_indented(where) if choosable else where)
        self.own_choice: QRadioButton | None = None
        self.own_text: QPlainTextEdit | None = None
        if choosable and is_text_field(table, review.field):
            self.own_choice = QRadioButton()
            self.own_choice.setObjectName("write_own")
            self.group.addButton(self.own_choice, len(review.values))
            self.own_text = QPlainTextEdit()
            self.own_text.setObjectName("own_value")
            long_text = field_specs(table)[review.field].multiline
            if long_text:  # notes: start from every version, one after the other
                start = "\n\n".join(str(w.value) for w in review.values if w.value)
            else:
                start = str(next((w.value for w in review.values if w.shown), "") or "")
            self.own_text.setPlainText(start)
            rows = TEXT_BOX_LINES if long_text else SHORT_TEXT_BOX_LINES
            lines = self.fontMetrics().lineSpacing() * rows + TEXT_BOX_MARGIN
            self.own_text.setFixedHeight(lines)
            self.own_text.setEnabled(False)
            self.own_choice.toggled.connect(self.own_text.setEnabled)
            layout.addWidget(self.own_choice)
            layout.addWidget(_indented(self.own_text))
        self.retranslate()

    def retranslate(self) -> None:
        if self.own_choice is not None and self.own_text is not None:
            self.own_choice.setText(self.tr("Write the value yourself (for example both joined):"))
            self.own_choice.setAccessibleName(self.own_choice.text())
            self.own_text.setAccessibleName(self.tr("Your value"))

    def choose(self, index: int) -> None:
        """Choose the value at `index` (the values are newest first)."""
        self.choices[index].setChecked(True)

    def write_own(self, text: str) -> None:
        """Choose a value written by the person."""
        assert self.own_choice is not None and self.own_text is not None
        self.own_choice.setChecked(True)
        self.own_text.setPlainText(text)

    def chosen_value(self) -> Any:
        """The JSON value to keep."""
        if self.own_choice is not None and self.own_choice.isChecked():
            assert self.own_text is not None
            return self.own_text.toPlainText().strip()
        index = max(0, self.group.checkedId())
        return self.review.values[index].value


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return (
        line
        if len(line) <= REVIEW_VALUE_ELIDE_CHARS
        else line[:REVIEW_VALUE_ELIDE_CHARS].rstrip() + "…"
    )


def _indented(widget: QWidget) -> QWidget:
    if isinstance(widget, QLabel):
        widget.setWordWrap(True)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(REVIEW_VALUE_INDENT, 0, 0, 0)
    row.addWidget(widget)
    return holder


class ReviewDetail(QWidget):
    """The record under review and what can be done with it."""

    keep_requested = Signal(object, object, object)  # table, id, {field: value}
    restore_requested = Signal(object, object)  # table, id
    confirm_delete_requested = Signal(object, object)  # table, id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: ReviewItem | None = None
        self.fields: list[FieldChoice] = []
        self.dependants: list[QWidget] = []  # the heading and lines of records still using it
        self.title = QLabel()
        self.title.setObjectName("review_title")
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = plain_scroll_area(self.body)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keep_chosen")
        self.keep_button.setProperty("role", "primary")
        self.keep_button.clicked.connect(self._keep)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore")
        self.restore_button.setProperty("role", "primary")
        self.restore_button.clicked.connect(self._restore)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("confirm_delete")
        self.delete_button.clicked.connect(self._confirm_delete)
        self.note = muted_label()
        buttons = QHBoxLayout()
        for button in (self.keep_button, self.restore_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.retranslate()
        self.show_item(None)

    def retranslate(self) -> None:
        self.keep_button.setText(self.tr("Keep the chosen values"))
        self.restore_button.setText(self.tr("Restore the record"))
        self.delete_button.setText(self.tr("Confirm the delete"))
        name_buttons(self.keep_button, self.restore_button, self.delete_button)
        self.note.setText(self.tr("Your decision reaches the other computers with your next file."))
        self.show_item(self.item)

    def show_item(self, item: ReviewItem | None) -> None:
        """Show a record under review (or nothing)."""
        self.item = item
        for widget in [*self.fields, *self.dependants]:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self.fields = []
        self.dependants: list[QWidget] = []
        while self.body_layout.count():
            self.body_layout.takeAt(0)
        conflict = item is not None and item.kind is ReviewKind.CONFLICT
        deleted = item is not None and item.kind is not ReviewKind.CONFLICT
        self.keep_button.setVisible(conflict)
        self.restore_button.setVisible(deleted)
        self.delete_button.setVisible(deleted)
        self.note.setVisible(item is not None)
        if item is None:
            self.title.setText("")
            self.explanation.setText("")
            return
        self.title.setText(record_title(item))
        self.title.setAccessibleName(record_title(item))
        self.explanation.setText(self._explain(item))
        self.explanation.setAccessibleName(self._explain(item).replace("\u200b", ""))
        for review in item.fields:
            choice = FieldChoice(item.table, review, choosable=conflict)
            self.fields.append(choice)
            self.body_layout.addWidget(choice)
        if item.dependants:
            heading = section_title()
            heading.setText(self.tr("Added on another computer and still using it:"))
            self.dependants = [heading]
            self.dependants += [_indented(QLabel(self.dependant_text(d))) for d in item.dependants]
            for widget in self.dependants:
                self.body_layout.addWidget(widget)
        self.body_layout.addStretch(1)

    def dependant_text(self, dependant: Dependant) -> str:
        """One record that uses the record under review, e.g. "Visit of 2 Nov 2569"."""
        if dependant.table == "visits":
            day = format_iso(dependant.title, language=current_language(), style="long")
            return self.tr("Visit of %1").replace("%1", day)
        return self.tr("Member: %1").replace("%1", dependant.title)

    def _explain(self, item: ReviewItem) -> str:
        if item.kind is ReviewKind.DELETED_IN_USE:
            return self._explain_in_use(item)
        if item.kind is ReviewKind.CONFLICT:
            return hinted(
                self.tr(
                    "This record was changed on two computers at about the same time. Choose "
                    "the value to keep for each item below."
                )
            )
        if item.deletion is None:
            return hinted(
                self.tr(
                    "This record was deleted, but it was changed on another computer before "
                    "the delete reached it. Restore the record with the changes, or confirm "
                    "the delete."
                )
            )
        return hinted(
            self.tr(
                "%1 deleted this record on %2, but it was changed on another computer "
                "before the delete reached it. Restore the record with the changes, or "
                "confirm the delete."
            ),
            writer_name(item.deletion),
            format_moment(item.deletion.deleted_ms),
        )

    def _explain_in_use(self, item: ReviewItem) -> str:
        text = self.tr(
            "This record was deleted, but another computer added records that use it (listed "
            "below) before the delete reached it. Restore the record, or delete it together "
            "with those records."
        )
        if item.deletion is None:
            return hinted(text)
        return hinted(
            self.tr(
                "%1 deleted this record on %2, but another computer added records that use it "
                "(listed below) before the delete reached it. Restore the record, or delete "
                "it together with those records."
            ),
            writer_name(item.deletion),
            format_moment(item.deletion.deleted_ms),
        )

    def field(self, name: str) -> FieldChoice:
        """The choice widget of one field (for keyboard users' shortcuts and the tests)."""
        return next(f for f in self.fields if f.review.field == name)

    def _keep(self) -> None:
        if self.item is not None:
            chosen = {f.review.field: f.chosen_value() for f in self.fields}
            self.keep_requested.emit(self.item.table, self.item.id, chosen)

    def _restore(self) -> None:
        if self.item is not None:
            self.restore_requested.emit(self.item.table, self.item.id)

    def _confirm_delete(self) -> None:
        if self.item is not None:
            self.confirm_delete_requested.emit(self.item.table, self.item.id)
