"""Where in the district: subdistrict and village names from `geothai` and the households'
address codes, and the two combo boxes (subdistrict, then a village within it) that narrow
the district's screens to an area. GUI thread; the choices come from the database worker."""

from __future__ import annotations

from collections.abc import Sequence

import geothai
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from mentor_desk.store.areas import AreaChoice
from mentor_desk.ui.i18n import current_language


def subdistrict_name(code: str, language: str | None = None) -> str:
    """A subdistrict's name in the language shown ("" when the code is unknown)."""
    place = geothai.subdistrict(code) if code else None
    if place is None:
        return ""
    return str(place.name_th if (language or current_language()) == "th" else place.name_en)


class AreaFilter(QObject):
    """Subdistrict → village combo boxes; "whole district" and "every village" first."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices: list[AreaChoice] = []
        self.subdistrict = QComboBox()
        self.subdistrict.setObjectName("area_subdistrict")
        self.subdistrict.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.village = QComboBox()
        self.village.setObjectName("area_village")
        self.village.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.subdistrict.currentIndexChanged.connect(self._subdistrict_chosen)
        self.village.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.retranslate()

    def set_choices(self, choices: Sequence[AreaChoice]) -> None:
        """The subdistricts and villages households are registered in (keeps the choice)."""
        if list(choices) == self.choices:
            return
        self.choices = list(choices)
        self.retranslate()

    def value(self) -> tuple[str | None, str | None]:
        """(subdistrict code, village name); None where the whole is chosen."""
        return self.subdistrict.currentData(), self.village.currentData()

    def retranslate(self) -> None:
        """Fill both boxes in the current language, keeping what was chosen."""
        chosen, village = self.value()
        self.subdistrict.blockSignals(True)
        self.subdistrict.clear()
        self.subdistrict.addItem(self.tr("Whole district"), None)
        codes = sorted({c.subdistrict_code for c in self.choices})
        named = sorted((subdistrict_name(code) or code, code) for code in codes)
        for name, code in named:
            self.subdistrict.addItem(name, code)
        self.subdistrict.setCurrentIndex(max(0, self.subdistrict.findData(chosen)))
        self.subdistrict.blockSignals(False)
        self._fill_villages(village)
        self.subdistrict.setAccessibleName(self.tr("Subdistrict"))
        self.village.setAccessibleName(self.tr("Village"))

    def _subdistrict_chosen(self) -> None:
        self._fill_villages(None)
        self.changed.emit()

    def _fill_villages(self, keep: str | None) -> None:
        code = self.subdistrict.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(self.tr("Every village"), None)
        if code is not None:
            for choice in self.choices:
                if choice.subdistrict_code == code and choice.village:
                    self.village.addItem(self._village_label(choice), choice.village)
        self.village.setCurrentIndex(max(0, self.village.findData(keep)))
        self.village.setEnabled(code is not None)
        self.village.blockSignals(False)

    def _village_label(self, choice: AreaChoice) -> str:
        if choice.moo is None:
            return choice.village
        return self.tr("Moo %1 %2").replace("%1", str(choice.moo)).replace("%2", choice.village)
