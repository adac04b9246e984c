"""Province, district and subdistrict pickers from `geothai` (as in the first-run dialog),
each list narrowing the next, with names in Thai or English; and the one-line address the
household screen shows.

GUI thread; geothai is an in-memory table, not the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import geothai
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from mentor_desk.domain.records import Household
from mentor_desk.ui.i18n import current_language

NOT_CHOSEN = ""


def _name(place: object) -> str:
    return str(getattr(place, "name_th" if current_language() == "th" else "name_en"))


def area_names(household: Household) -> tuple[str, str, str]:
    """Subdistrict, district and province names of a household ('' where not set)."""
    places = (
        geothai.subdistrict(household.subdistrict_code) if household.subdistrict_code else None,
        geothai.district(household.district_code) if household.district_code else None,
        geothai.province(household.province_code) if household.province_code else None,
    )
    subdistrict, district, province = (_name(p) if p is not None else "" for p in places)
    return subdistrict, district, province


class AreaChooser(QObject):
    """Three combo boxes (province → district → subdistrict); the form lays them out."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.province = QComboBox()
        self.district = QComboBox()
        self.subdistrict = QComboBox()
        for box in (self.province, self.district, self.subdistrict):
            # Not editable: typing the first letters of a name then jumps to it.
            box.setEditable(False)
            box.currentIndexChanged.connect(self.changed)
        self.province.currentIndexChanged.connect(self._fill_districts)
        self.district.currentIndexChanged.connect(self._fill_subdistricts)
        self.retranslate()

    def codes(self) -> tuple[str, str, str]:
        """(province, district, subdistrict) codes; empty where nothing is chosen."""
        return (
            self.province.currentData() or NOT_CHOSEN,
            self.district.currentData() or NOT_CHOSEN,
            self.subdistrict.currentData() or NOT_CHOSEN,
        )

    def set_codes(self, province: str, district: str, subdistrict: str) -> None:
        """Choose an area by its codes (the lists below are refilled on the way)."""
        self.province.setCurrentIndex(max(0, self.province.findData(province or NOT_CHOSEN)))
        self.district.setCurrentIndex(max(0, self.district.findData(district or NOT_CHOSEN)))
        self.subdistrict.setCurrentIndex(
            max(0, self.subdistrict.findData(subdistrict or NOT_CHOSEN))
        )

    def retranslate(self) -> None:
        """Names in the current language, keeping what is chosen."""
        chosen = self.codes()
        self.province.blockSignals(True)
        self.province.clear()
        self.province.addItem("—", NOT_CHOSEN)
        for province in sorted(geothai.provinces(), key=_name):
            self.province.addItem(_name(province), province.code)
        self.province.blockSignals(False)
        self._fill_districts()
        self.set_codes(*chosen)

    def _fill_districts(self) -> None:
        self._fill(self.district, geothai.districts(self.province.currentData() or ""))
        self._fill_subdistricts()

    def _fill_subdistricts(self) -> None:
        self._fill(self.subdistrict, geothai.subdistricts(self.district.currentData() or ""))

    def _fill(self, box: QComboBox, places: Sequence[Any]) -> None:
        box.blockSignals(True)
        box.clear()
        box.addItem("—", NOT_CHOSEN)
        for place in sorted(places, key=_name):
            box.addItem(_name(place), place.code)
        box.blockSignals(False)
        box.setEnabled(len(places) > 0)
