"""Form layout shared by the household editor, the member dialog and the visit form: labels
from the field specifications (Thai or English), a buddy and an Alt shortcut for each, and a
line under each field where its validation message appears, in the user's language.

Everything here runs on the GUI thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.records import field_specs
from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.theme import BADGE_PADDING, BADGE_RADIUS, COLOURS

_MNEMONIC_SUFFIX = re.compile(r"\s*\(&.\)$")
# The application style sheet sets every widget's font size, so emphasis is a local sheet.
SECTION_TITLE_STYLE = f"font-weight: bold; color: {COLOURS['accent']};"


def with_mnemonic(text: str, letter: str) -> str:
    """A label with an Alt shortcut: '&Date' where the letter occurs in (English) text, else
    'วันที่เยี่ยม (&D)', the way Thai Windows programs have always shown shortcuts."""
    text = text.replace("&", "&&")
    index = text.lower().find(letter.lower())
    if index >= 0 and current_language() == "en":
        return text[:index] + "&" + text[index:]
    return f"{text} (&{letter.upper()})"


def without_mnemonic(text: str) -> str:
    """The words of a label without its shortcut mark, for accessible names."""
    return _MNEMONIC_SUFFIX.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def section_title() -> QLabel:
    """A bold, accent-coloured title over a group of fields or facts."""
    title = QLabel()
    title.setStyleSheet(SECTION_TITLE_STYLE)
    return title


def field_label(table: str, name: str) -> str:
    """A field's label in the current language, from its specification."""
    return field_specs(table)[name].label(current_language())


def error_reason(error: ValidationError) -> str:
    """What is wrong, without the field name, in the current language."""
    return error.reason_th if current_language() == "th" else error.reason_en


def badge_style(colour: str) -> str:
    """A local style sheet for a coloured badge (risk level, status)."""
    vertical, horizontal = BADGE_PADDING
    return (
        f"background: {colour}; color: {COLOURS['accent_text']}; font-weight: bold;"
        f"border-radius: {BADGE_RADIUS}px; padding: {vertical}px {horizontal}px;"
    )


def risk_colour(level: str | None) -> str:
    """The theme colour of a risk level (low when unknown)."""
    return COLOURS.get(f"risk_{level}", COLOURS["risk_low"])


def reporter(parent: QWidget) -> Callable[[BaseException, str], None]:
    """An `on_error` for database jobs: the error, in Thai with details, over `parent`."""

    def report(error: BaseException, trace: str) -> None:
        show_error(parent, error, trace)

    return report


def confirm(parent: QWidget, *, title: str, question: str, action: str, cancel: str) -> bool:
    """Ask before something that cannot be undone; Cancel is the default (GUI thread).

    Screens call this through the module (`forms.confirm`) so tests can answer for the user.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(with_break_hints(question))
    box.setAccessibleName(title)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


@dataclass
class _Row:
    label: QLabel
    widget: QWidget
    focus: QWidget
    error: QLabel
    text: Callable[[], str]
    mnemonic: str | None
    inline: bool  # a check box carrying its own words; the label column stays empty
    name_focus: bool  # whether the focused part is named after the label


class FieldForm:
    """Rows of a QFormLayout for one table's fields, keyed by field name.

    `retranslate()` re-applies the labels (from the field specifications unless a row gives
    its own wording); `show_error(error)` puts a ValidationError under the field it names
    (`visits.date` → the row "date") and moves the focus there.
    """

    def __init__(self, table: str, layout: QFormLayout) -> None:
        self.table = table
        self.layout = layout
        self._rows: dict[str, _Row] = {}
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def add(
        self,
        name: str,
        widget: QWidget,
        *,
        mnemonic: str | None = None,
        focus: QWidget | None = None,
        text: Callable[[], str] | None = None,
        inline: bool = False,
        name_focus: bool | None = None,
    ) -> QLabel:
        """Add a labelled row; `focus` is the part the label's shortcut focuses (default
        the widget), `text` words the label differently from the field specification, and
        `inline` puts the words on the (check box) widget itself.

        The label's words become the accessible name of the widget, and of the focused part
        too when `name_focus` says so (by default when it is the widget itself): a group's
        first check box or a photo strip's button keeps its own name.
        """
        label = QLabel()
        label.setBuddy(focus or widget)
        error = QLabel()
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(widget)
        column.addWidget(error)
        self.layout.addRow(label, container)
        wording = text or (lambda: field_label(self.table, name))
        focused = focus or widget
        named = focused is widget if name_focus is None else name_focus
        self._rows[name] = _Row(label, widget, focused, error, wording, mnemonic, inline, named)
        return label

    def label(self, name: str) -> QLabel:
        return self._rows[name].label

    def retranslate(self) -> None:
        """Apply the labels in the current language (after a language switch)."""
        for row in self._rows.values():
            words = row.text()
            shown = with_mnemonic(words, row.mnemonic) if row.mnemonic else words
            if row.inline and isinstance(row.widget, QAbstractButton):
                row.widget.setText(shown)
            else:
                row.label.setText(shown)
            if words:
                row.widget.setAccessibleName(without_mnemonic(words))
                if row.name_focus:
                    row.focus.setAccessibleName(without_mnemonic(words))

    def show_error(self, error: ValidationError) -> bool:
        """Show a validation message under its field; False if no row shows that field."""
        table, _, name = error.field.partition(".")
        if table != self.table or name not in self._rows:
            return False
        self.show_message(name, error_reason(error))
        return True

    def show_message(self, name: str, message: str) -> None:
        """Show a message under a field and put the cursor there."""
        row = self._rows[name]
        row.error.setText(with_break_hints(message))
        row.error.show()
        row.error.setAccessibleName(message)
        row.focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def message(self, name: str) -> str:
        """The message shown under a field ('' when none), without display break hints."""
        return self._rows[name].error.accessibleName()

    def clear_errors(self) -> None:
        for row in self._rows.values():
            row.error.clear()
            row.error.setAccessibleName("")
            row.error.hide()
