"""Widgets for controlled vocabularies: a checklist for many keys, a combo box for one.
Labels come from the vocabulary in the current language and follow language switches."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QWidget

from mentor_desk.domain.vocab import Vocabulary
from mentor_desk.ui.i18n import current_language


class VocabularyChecklist(QWidget):
    """Check boxes for the terms of a vocabulary, in columns; keyboard reachable with Tab."""

    changed = Signal()

    def __init__(
        self, vocabulary: Vocabulary, *, columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, term in enumerate(vocabulary.terms):
            box = QCheckBox()
            box.setObjectName(f"{vocabulary.name}_{term.key}")
            box.toggled.connect(self.changed)
            grid.addWidget(box, index // columns, index % columns)
            self.boxes[term.key] = box
        self.retranslate()

    def retranslate(self) -> None:
        for term in self.vocabulary.terms:
            label = self.vocabulary.label(term.key, current_language())
            self.boxes[term.key].setText(label)
            self.boxes[term.key].setAccessibleName(label)

    def values(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.boxes.items() if box.isChecked())

    def set_values(self, keys: Iterable[str]) -> None:
        chosen = set(keys)
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class VocabularyCombo(QComboBox):
    """A combo box of one vocabulary's terms; `optional` adds an empty first entry."""

    def __init__(
        self, vocabulary: Vocabulary, *, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.optional = optional
        self.retranslate()

    def retranslate(self) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self.optional:
            self.addItem("—", None)
        for term in self.vocabulary.terms:
            self.addItem(self.vocabulary.label(term.key, current_language()), term.key)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, key: str | None) -> None:
        index = self.findData(key)
        self.setCurrentIndex(max(index, 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
