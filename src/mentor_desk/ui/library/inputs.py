"""Input widgets of the library editors: long Thai text that grows as it is typed, counts
that may be unknown, dates that may be left out, and a searchable subdistrict box."""

from __future__ import annotations

import datetime as dt
from functools import cache

import geothai
from PySide6.QtCore import QEvent, QObject, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListView,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from mentor_desk.domain.dates import parse_iso
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.theme import LONG_TEXT_LINE_HEIGHT, LONG_TEXT_MAX_LINES, LONG_TEXT_MIN_LINES
from mentor_desk.ui.widgets.dates import BuddhistDateEdit

UNKNOWN_COUNT = -1  # the spin box value meaning "not counted"
BANGKOK = "10"  # Bangkok's areas are khwaeng / khet, not tambon / amphoe


class LongTextEdit(QTextEdit):
    """Plain multi-line text with generous line spacing, growing from `min_lines` to
    `max_lines` as it fills (then it scrolls), so a long form scrolls as one page."""

    def __init__(
        self, *, min_lines: int = LONG_TEXT_MIN_LINES, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.min_lines = min_lines
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)  # Tab moves on to the next field, as everywhere else
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self.updateGeometry)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, text: str) -> None:
        """Show a stored text (GUI thread); spacing is applied to every paragraph."""
        self.setPlainText(text)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        spacing = QTextBlockFormat()
        spacing.setLineHeight(
            LONG_TEXT_LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        cursor.mergeBlockFormat(spacing)  # new paragraphs inherit it as they are typed
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _line_height(self) -> float:
        return self.fontMetrics().lineSpacing() * LONG_TEXT_LINE_HEIGHT / 100

    def sizeHint(self) -> QSize:
        """As tall as the text, between the minimum and maximum number of lines."""
        margins = 2 * self.document().documentMargin()
        low = self.min_lines * self._line_height() + margins
        high = LONG_TEXT_MAX_LINES * self._line_height() + margins
        frame = 2 * self.frameWidth()
        text = self.document().size().height()
        return QSize(super().sizeHint().width(), round(min(max(text, low), high) + frame))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # a narrower box wraps into more lines


class CountSpinBox(QSpinBox):
    """A head count; "—" (the lowest value) means nobody counted."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(UNKNOWN_COUNT, maximum)
        self.setSpecialValueText("—")
        self.setValue(UNKNOWN_COUNT)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def count(self) -> int | None:
        return None if self.value() == UNKNOWN_COUNT else self.value()

    def set_count(self, count: int | None) -> None:
        self.setValue(UNKNOWN_COUNT if count is None else count)


class OptionalDateEdit(QWidget):
    """A Buddhist Era date that may be left out: ticking the box gives the field a date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = BuddhistDateEdit()
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.check)

    def value(self) -> str | None:
        """The ISO date, or None when the box is not ticked."""
        return self.edit.value().isoformat() if self.check.isChecked() else None

    def set_value(self, iso: str | None) -> None:
        self.check.setChecked(iso is not None)
        self.edit.set_value(parse_iso(iso) if iso else dt.date.today())

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.check.setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def set_hint(self, hint: str) -> None:
        """The tooltip of the tick box (translated by the editor that owns this field)."""
        self.check.setToolTip(hint)
        self.check.setAccessibleDescription(hint)


@cache
def _subdistricts() -> tuple[tuple[str, str, str], ...]:
    """(code, Thai label, English label) of every subdistrict, read once from geothai."""
    out = []
    for province in geothai.provinces():
        for district in geothai.districts(province.code):
            for sub in geothai.subdistricts(district.code):
                if province.code == BANGKOK:
                    thai = f"แขวง{sub.name_th} เขต{district.name_th} {province.name_th}"
                else:
                    thai = f"ต.{sub.name_th} อ.{district.name_th} จ.{province.name_th}"
                english = f"{sub.name_en}, {district.name_en}, {province.name_en}"
                out.append((sub.code, thai, english))
    return tuple(out)


class _SubdistrictNames:
    """Every subdistrict (and a blank first row), labelled and sorted in one language, in a
    QStringListModel: a C++ model, because views and completers walk all its rows on every
    font or style change, and thousands of calls into Python would take seconds."""

    def __init__(self, parent: QObject) -> None:
        self.model = QStringListModel(parent)
        self.codes: list[str] = []
        self.row_of_code: dict[str, int] = {}
        self.row_of_label: dict[str, int] = {}

    def relabel(self, language: str) -> None:
        column = 1 if language == "th" else 2
        rows = sorted(_subdistricts(), key=lambda row: row[column])
        labels = ["", *(row[column] for row in rows)]
        self.codes = ["", *(row[0] for row in rows)]
        self.row_of_code = {code: i for i, code in enumerate(self.codes)}
        self.row_of_label = {label.casefold(): i for i, label in enumerate(labels)}
        self.model.setStringList(labels)


class SubdistrictCombo(QComboBox):
    """Choose a subdistrict by typing any part of its, its district's or province's name."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subdistricts = _SubdistrictNames(self)
        self.setModel(self.subdistricts.model)
        # Thousands of rows: measuring one stands for all.
        list_view = QListView()
        list_view.setUniformItemSizes(True)
        self.setView(list_view)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.subdistricts.model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        popup = QListView()
        popup.setUniformItemSizes(True)
        completer.setPopup(popup)
        self.setCompleter(completer)
        self.currentIndexChanged.connect(self.changed)
        self.editTextChanged.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Labels in the current language, keeping the chosen subdistrict."""
        current = self.value()
        self.blockSignals(True)
        self.subdistricts.relabel(current_language())
        self.set_value(current)
        self.blockSignals(False)

    def value(self) -> str:
        """The chosen code; text that names no subdistrict is returned as typed, so that
        validation reports it next to the field instead of silently dropping it."""
        text = self.currentText().strip()
        if not text:
            return ""
        row = self.subdistricts.row_of_label.get(text.casefold(), -1)
        return self.subdistricts.codes[row] if row > 0 else text

    def set_value(self, code: str) -> None:
        row = self.subdistricts.row_of_code.get(code, -1)
        if row < 0:  # an unknown stored code stays visible as it is
            self.setEditText(code)
        else:
            self.setCurrentIndex(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
