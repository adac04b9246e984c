"""The booklet dialog's left panel: which lessons (kind, status, virtue, place, period) and
how the booklet looks (title, foreword, chapters, paper, digits, cover photo)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain import vocab
from mentor_desk.printing.booklet import DEFAULT_TITLE, BookletOptions
from mentor_desk.printing.page_setup import PageSize
from mentor_desk.printing.selection import ChapterMode, LessonSelection
from mentor_desk.store.print_queries import PlaceChoice
from mentor_desk.ui.printing.sizes import FOREWORD_LINES
from mentor_desk.ui.widgets.choices import VocabularyChecklist
from mentor_desk.ui.widgets.dates import BuddhistDateEdit


class BookletFilters(QWidget):
    """Choices for one booklet; ``changed`` fires whenever any of them changes (GUI thread)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = VocabularyChecklist(vocab.LESSON_KIND, columns=1)
        self.statuses = VocabularyChecklist(vocab.LESSON_STATUS, columns=2)
        self.virtues = VocabularyChecklist(vocab.VIRTUE, columns=2)
        self.place = QComboBox()
        self.place.setObjectName("place")
        self.area = QLineEdit()
        self.area.setObjectName("area")
        self.use_from, self.date_from = QCheckBox(), BuddhistDateEdit()
        self.use_to, self.date_to = QCheckBox(), BuddhistDateEdit()
        today = dt.date.today()
        self.date_from.set_value(today.replace(month=1, day=1))
        self.date_to.set_value(today)
        self.title = QLineEdit(DEFAULT_TITLE)
        self.title.setObjectName("title")
        self.foreword = QPlainTextEdit()
        self.foreword.setObjectName("foreword")
        line = self.foreword.fontMetrics().lineSpacing()
        self.foreword.setFixedHeight(line * FOREWORD_LINES + 2 * line)
        self.chapters = QComboBox()
        self.chapters.setObjectName("chapters")
        self.page_size = QComboBox()
        self.page_size.setObjectName("page_size")
        for size in PageSize:
            self.page_size.addItem(size.value, size)
        self.thai_digits = QCheckBox()
        self.thai_digits.setObjectName("thai_digits")
        self.cover_label = QLabel()
        self.cover_label.setWordWrap(True)
        self.cover_choose, self.cover_clear = QPushButton(), QPushButton()
        self.cover_photo: Path | None = None
        self._places: list[PlaceChoice] = []
        self._build()
        self.retranslate()
        self._connect()

    # --- what was chosen -----------------------------------------------------------------

    def selection(self) -> LessonSelection:
        """The lessons to print."""
        code = self.place.currentData()
        return LessonSelection(
            kinds=frozenset(self.kinds.values()),
            statuses=frozenset(self.statuses.values()),
            virtues=frozenset(self.virtues.values()),
            subdistrict_codes=frozenset({code}) if code else frozenset(),
            area_text=self.area.text().strip(),
            date_from=self.date_from.value() if self.use_from.isChecked() else None,
            date_to=self.date_to.value() if self.use_to.isChecked() else None,
        )

    def options(self) -> BookletOptions:
        """How the booklet looks."""
        foreword = self.foreword.toPlainText().strip()
        return BookletOptions(
            title=self.title.text().strip() or DEFAULT_TITLE,
            foreword=foreword or None,
            chapters=self.chapters.currentData() or ChapterMode.VILLAGE,
            page_size=self.page_size.currentData() or PageSize.A4,
            thai_digits=self.thai_digits.isChecked(),
            cover_photo=self.cover_photo,
        )

    def set_places(self, places: list[PlaceChoice]) -> None:
        """The subdistricts lessons are about (from a worker job)."""
        self._places = list(places)
        self._fill_places()

    # --- layout and language --------------------------------------------------------------

    def _build(self) -> None:
        self.which = QGroupBox()
        which = QFormLayout(self.which)
        self.kind_label, self.status_label, self.virtue_label = QLabel(), QLabel(), QLabel()
        self.place_label, self.area_label = QLabel(), QLabel()
        which.addRow(self.kind_label, self.kinds)
        which.addRow(self.status_label, self.statuses)
        which.addRow(self.virtue_label, self.virtues)
        which.addRow(self.place_label, self.place)
        which.addRow(self.area_label, self.area)
        which.addRow(self.use_from, self.date_from)
        which.addRow(self.use_to, self.date_to)
        self.looks = QGroupBox()
        looks = QFormLayout(self.looks)
        self.title_label, self.foreword_label = QLabel(), QLabel()
        self.chapters_label, self.page_size_label = QLabel(), QLabel()
        self.cover_caption = QLabel()
        looks.addRow(self.title_label, self.title)
        looks.addRow(self.foreword_label, self.foreword)
        looks.addRow(self.chapters_label, self.chapters)
        looks.addRow(self.page_size_label, self.page_size)
        looks.addRow(self.thai_digits)
        cover = QHBoxLayout()
        cover.addWidget(self.cover_choose)
        cover.addWidget(self.cover_clear)
        looks.addRow(self.cover_caption, self.cover_label)
        looks.addRow("", cover)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.which)
        layout.addWidget(self.looks)
        layout.addStretch(1)

    def retranslate(self) -> None:
        """Apply the current language to every label."""
        self.which.setTitle(self.tr("Which lessons"))
        self.kind_label.setText(self.tr("Kind"))
        self.status_label.setText(self.tr("Status"))
        self.virtue_label.setText(self.tr("Virtue"))
        self.place_label.setText(self.tr("Subdistrict"))
        self.area_label.setText(self.tr("Area contains"))
        self.area.setPlaceholderText(self.tr("e.g. a village name"))
        self.use_from.setText(self.tr("From"))
        self.use_to.setText(self.tr("To"))
        self.looks.setTitle(self.tr("How the booklet looks"))
        self.title_label.setText(self.tr("Title"))
        self.foreword_label.setText(self.tr("Foreword"))
        self.foreword.setPlaceholderText(self.tr("Leave empty for the standard foreword"))
        self.chapters_label.setText(self.tr("Chapters"))
        self.page_size_label.setText(self.tr("Paper"))
        self.thai_digits.setText(self.tr("Thai digits for page numbers (๑ ๒ ๓)"))
        self.cover_caption.setText(self.tr("Cover photo"))
        self.cover_choose.setText(self.tr("Choose…"))
        self.cover_clear.setText(self.tr("No photo"))
        self._show_cover()
        current = self.chapters.currentData()
        self.chapters.blockSignals(True)
        self.chapters.clear()
        self.chapters.addItem(self.tr("By village or area"), ChapterMode.VILLAGE)
        self.chapters.addItem(self.tr("By virtue"), ChapterMode.THEME)
        self.chapters.addItem(self.tr("By kind of lesson"), ChapterMode.KIND)
        self.chapters.setCurrentIndex(max(self.chapters.findData(current), 0))
        self.chapters.blockSignals(False)
        self._fill_places()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_places(self) -> None:
        current = self.place.currentData()
        self.place.blockSignals(True)
        self.place.clear()
        self.place.addItem(self.tr("All subdistricts"), "")
        for place in self._places:
            self.place.addItem(f"{place.name} ({place.lessons})", place.code)
        self.place.setCurrentIndex(max(self.place.findData(current), 0))
        self.place.blockSignals(False)

    def _connect(self) -> None:
        for checklist in (self.kinds, self.statuses, self.virtues):
            checklist.changed.connect(self.changed)
        for combo in (self.place, self.chapters, self.page_size):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.area, self.title):
            edit.textChanged.connect(self.changed)
        self.foreword.textChanged.connect(self.changed)
        for box in (self.use_from, self.use_to, self.thai_digits):
            box.toggled.connect(self.changed)
        for date in (self.date_from, self.date_to):
            date.dateChanged.connect(self.changed)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.cover_choose.clicked.connect(self._choose_cover)
        self.cover_clear.clicked.connect(lambda: self._set_cover(None))

    def _choose_cover(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Cover photo"), "", self.tr("Photos (*.jpg *.jpeg *.png)")
        )
        if name:
            self._set_cover(Path(name))

    def _set_cover(self, path: Path | None) -> None:
        self.cover_photo = path
        self._show_cover()
        self.changed.emit()

    def _show_cover(self) -> None:
        self.cover_label.setText(self.cover_photo.name if self.cover_photo else self.tr("None"))
        self.cover_clear.setEnabled(self.cover_photo is not None)
