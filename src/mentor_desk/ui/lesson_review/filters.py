"""The inbox's filters: status, kind, subdistrict, village within it, mentor. Each narrows
the list through the table's filter proxy; the choices follow the lessons loaded (GUI
thread)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from mentor_desk.domain import vocab
from mentor_desk.store.lesson_review import REVIEW_STATUSES, ReviewRow
from mentor_desk.ui.district.area_filter import subdistrict_name
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.library.table_model import RowFilterProxy


class InboxFilters(QObject):
    """Five combo boxes, "all" first in each; `changed` after the proxy was narrowed."""

    changed = Signal()

    def __init__(self, proxy: RowFilterProxy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.rows: list[ReviewRow] = []
        self.status = self._combo("filter_status", "status")
        self.kind = self._combo("filter_kind", "kind")
        self.subdistrict = self._combo("filter_subdistrict", "subdistrict_code")
        self.village = self._combo("filter_village", "area")
        self.mentor = self._combo("filter_mentor", "mentor")
        self.subdistrict.currentIndexChanged.connect(lambda _: self._fill_villages())

    def widgets(self) -> Sequence[QComboBox]:
        return (self.status, self.kind, self.subdistrict, self.village, self.mentor)

    def set_rows(self, rows: Sequence[ReviewRow]) -> None:
        """Offer the subdistricts, villages and mentors of these lessons."""
        self.rows = list(rows)
        self.retranslate()

    def retranslate(self) -> None:
        language = current_language()
        self._fill(
            self.status,
            self.tr("Any status"),
            [(vocab.LESSON_STATUS.label(s, language), s) for s in REVIEW_STATUSES],
        )
        self._fill(
            self.kind,
            self.tr("All kinds"),
            [
                (vocab.LESSON_KIND.label(k, language), k)
                for k in (t.key for t in vocab.LESSON_KIND.terms)
            ],
        )
        codes = {r.subdistrict_code for r in self.rows if r.subdistrict_code}
        self._fill(
            self.subdistrict,
            self.tr("Every subdistrict"),
            sorted((subdistrict_name(c) or c, c) for c in codes),
        )
        self._fill_villages()
        mentors = sorted({r.mentor for r in self.rows if r.mentor})
        self._fill(self.mentor, self.tr("Every mentor"), [(m, m) for m in mentors])
        self.status.setAccessibleName(self.tr("Show lessons with status"))
        self.kind.setAccessibleName(self.tr("Show lessons of kind"))
        self.subdistrict.setAccessibleName(self.tr("Subdistrict"))
        self.village.setAccessibleName(self.tr("Village"))
        self.mentor.setAccessibleName(self.tr("Mentor"))

    def _combo(self, name: str, attribute: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setProperty("filter_attribute", attribute)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _: self._narrow(attribute, combo))
        return combo

    def _narrow(self, attribute: str, combo: QComboBox) -> None:
        self.proxy.set_equal(attribute, combo.currentData())
        self.changed.emit()

    def _fill_villages(self) -> None:
        code = self.subdistrict.currentData()
        villages = sorted(
            {r.area for r in self.rows if r.area and (code is None or r.subdistrict_code == code)}
        )
        self._fill(self.village, self.tr("Every village"), [(v, v) for v in villages])

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        """Refill a combo box, keeping its choice when it is still offered."""
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(kept) if kept is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if index < 0 or combo.currentData() != kept:
            self._narrow(str(combo.property("filter_attribute")), combo)
