"""Laying out a record's fields: labels from the field specifications (Thai or English),
a buddy for every label, and an error line under each field for validation messages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.records import field_specs
from mentor_desk.domain.thai_words import strip_break_hints, with_break_hints
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.theme import COLOURS, SPACING

# The application style sheet sets every widget's font size, so emphasis is a local sheet.
SECTION_HEADING_STYLE = f"font-weight: bold; color: {COLOURS['accent']};"


@dataclass
class _Row:
    """One form row: its error line and the field names it shows."""

    error: QLabel
    names: list[str] = field(default_factory=list)


class FieldForm:
    """A QFormLayout of one table's fields. Labels come from `field_specs(table)` and are
    re-applied by `retranslate()`; `show_error` puts a message under the field it names."""

    def __init__(self, table: str, layout: QFormLayout) -> None:
        self.table = table
        self.layout = layout
        self.specs = field_specs(table)
        self.labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QAbstractButton] = {}  # fields whose check box is the label
        self.inputs: dict[str, QWidget] = {}
        self.numbered: dict[str, int] = {}  # section number of a template section
        # Labels the screen words differently from the field specification (translated).
        self.overrides: dict[str, Callable[[], str]] = {}
        self._rows: dict[str, _Row] = {}
        # Labels keep their natural width; with a large text size a row that no longer fits
        # puts its field under the label instead of squeezing either.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    # --- building (GUI thread) ----------------------------------------------------------

    def add(self, name: str, widget: QWidget, *, focus: QWidget | None = None) -> None:
        """A labelled row for one field; `focus` is the part a label's mnemonic focuses."""
        self.add_row([(name, widget, focus)])

    def add_row(self, fields: list[tuple[str, QWidget, QWidget | None]]) -> None:
        """One row holding several short fields side by side (adults and children); the
        first field's label labels the row, the others get inline labels."""
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.setSpacing(SPACING)
        column.addLayout(line)
        row = _Row(self._error_label())
        first_label = None
        for index, (name, widget, focus) in enumerate(fields):
            label = self._label(name, focus or widget)
            if index == 0:
                first_label = label
            else:
                line.addWidget(label)
            line.addWidget(widget, 0 if len(fields) > 1 else 1)
            self._register(name, widget, row)
        if len(fields) > 1:
            line.addStretch(1)
        column.addWidget(row.error)
        self.layout.addRow(first_label, container)

    def add_section(self, name: str, widget: QWidget, *, number: int) -> None:
        """A numbered section of a template: a heading across the form, the field below it."""
        heading = self._label(name, widget)
        heading.setStyleSheet(SECTION_HEADING_STYLE)
        heading.setWordWrap(True)
        self.numbered[name] = number
        row = _Row(self._error_label())
        self.layout.addRow(heading)
        self.layout.addRow(widget)
        self.layout.addRow(row.error)
        self._register(name, widget, row)

    def add_check(self, name: str, box: QAbstractButton) -> None:
        """A yes/no field whose check box text is its label."""
        row = _Row(self._error_label())
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(box)
        column.addWidget(row.error)
        self.buttons[name] = box
        self.layout.addRow(container)
        self._register(name, box, row)

    def _label(self, name: str, buddy: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(buddy)
        self.labels[name] = label
        return label

    def _error_label(self) -> QLabel:
        error = QLabel()
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        return error

    def _register(self, name: str, widget: QWidget, row: _Row) -> None:
        if name not in self.specs:
            raise KeyError(f"{self.table} has no field {name}")
        self.inputs[name] = widget
        row.names.append(name)
        self._rows[name] = row

    # --- texts and errors (GUI thread) --------------------------------------------------

    def label_text(self, name: str) -> str:
        """A field's label in the current language, numbered for template sections."""
        override = self.overrides.get(name)
        text = override() if override else self.specs[name].label(current_language())
        number = self.numbered.get(name)
        return f"{number}. {text}" if number is not None else text

    def retranslate(self) -> None:
        """Apply every label in the current language; labels name their fields for screen
        readers."""
        for name, label in self.labels.items():
            text = self.label_text(name)
            # Only section headings wrap; a field label is one short line.
            label.setText(with_break_hints(text) if label.wordWrap() else text)
            self.inputs[name].setAccessibleName(text)
        for name, box in self.buttons.items():
            text = self.label_text(name)
            box.setText(text)
            box.setAccessibleName(text)

    def field_of(self, error: ValidationError) -> str | None:
        """The field of this form an error names ("lessons.title" → "title"), if any."""
        table, _, name = error.field.partition(".")
        name = name.split(".")[0]  # photos.caption → photos
        return name if table == self.table and name in self._rows else None

    def show_error(self, error: ValidationError) -> QWidget | None:
        """Show a validation message under its field; returns the field's widget, or None if
        the error names no field of this form."""
        name = self.field_of(error)
        if name is None:
            return None
        reason = error.reason_th if current_language() == "th" else error.reason_en
        row = self._rows[name]
        row.error.setText(with_break_hints(reason))
        row.error.setAccessibleName(reason)
        row.error.show()
        return self.inputs[name]

    def clear_errors(self) -> None:
        for row in self._rows.values():
            row.error.clear()
            row.error.hide()

    def error_text(self, name: str) -> str:
        """The message shown under a field, or "" (for tests and accessibility checks)."""
        row = self._rows[name]
        return "" if row.error.isHidden() else strip_break_hints(row.error.text())
