"""The household editor: every field of a household, in four calm sections that scroll as
one page, with the validation message next to the field it is about.

GUI thread; the household is saved by the database worker.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain import vocab
from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.records import Household, field_specs
from mentor_desk.store import Profile
from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.households import forms
from mentor_desk.ui.households.area import AreaChooser
from mentor_desk.ui.households.forms import FieldForm
from mentor_desk.ui.households.inputs import OptionalDate, OptionalNumber, TextBox
from mentor_desk.ui.theme import EDITOR_MAX_WIDTH, SPACING
from mentor_desk.ui.widgets.choices import VocabularyChecklist, VocabularyCombo
from mentor_desk.ui.widgets.photos import PhotoStrip

COORDINATE_PATTERN = r"-?\d{0,3}(\.\d{0,8})?"


def _line(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(field_specs("households")[name].max_length)
    return edit


class HouseholdEditor(QWidget):
    """Add or edit a household; `saved` gives the id once the worker has stored it."""

    saved = Signal(str)
    cancelled = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.household: Household | None = None
        self._loaded: dict[str, Any] = {}
        self.heading = forms.section_title()
        self._build_fields()
        self.save_button = QPushButton()
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Save),
            self,
            self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self._scroll_area(), 1)
        layout.addLayout(buttons)
        self.retranslate()

    def _build_fields(self) -> None:
        self.head_name = _line("head_name")
        self.house_no = _line("house_no")
        moo = field_specs("households")["moo"]
        self.moo = OptionalNumber(int(moo.minimum or 1), int(moo.maximum or 1))
        self.village_name = _line("village_name")
        self.area = AreaChooser(self)
        self.phone = _line("phone")
        self.latitude = QLineEdit()
        self.longitude = QLineEdit()
        for edit in (self.latitude, self.longitude):
            edit.setValidator(QRegularExpressionValidator(COORDINATE_PATTERN))
        self.tags = VocabularyChecklist(vocab.VULNERABILITY, columns=2)
        self.risk_level = VocabularyCombo(vocab.RISK_LEVEL)
        self.status = VocabularyCombo(vocab.HOUSEHOLD_STATUS)
        self.mentor = _line("mentor")
        self.consent_share = QCheckBox()
        self.consent_photos = QCheckBox()
        self.consent_date = OptionalDate()
        self.consent_version = _line("consent_version")
        self.notes = TextBox()
        self.photos = PhotoStrip(self.db)

    def _scroll_area(self) -> QScrollArea:
        self.section_titles = [forms.section_title() for _ in range(4)]
        layouts = [QFormLayout() for _ in range(4)]
        self.forms = [FieldForm("households", layout) for layout in layouts]
        family, care, consent, notes = self.forms
        family.add("head_name", self.head_name, mnemonic="h")
        family.add("house_no", self.house_no, mnemonic="u")
        family.add("moo", self.moo, mnemonic="m")
        family.add("village_name", self.village_name, mnemonic="v")
        family.add("province_code", self.area.province, mnemonic="p", text=self._province)
        family.add("district_code", self.area.district, mnemonic="d", text=self._district)
        family.add("subdistrict_code", self.area.subdistrict, mnemonic="b", text=self._tambon)
        family.add("phone", self.phone, mnemonic="o")
        family.add("latitude", self.latitude)
        family.add("longitude", self.longitude)
        care.add("tags", self.tags, focus=self.tags.boxes[vocab.VULNERABILITY.keys()[0]])
        care.add("risk_level", self.risk_level, mnemonic="r")
        care.add("status", self.status, mnemonic="s")
        care.add("mentor", self.mentor, mnemonic="e")
        consent.add("consent_share", self.consent_share, inline=True)
        consent.add("consent_photos", self.consent_photos, inline=True)
        # The check box says "Consent given on", so the label column stays empty.
        consent.add(
            "consent_date", self.consent_date, focus=self.consent_date.check, text=lambda: ""
        )
        consent.add("consent_version", self.consent_version)
        notes.add("notes", self.notes, mnemonic="n")
        notes.add("photos", self.photos, focus=self.photos.add_button)
        content = QWidget()
        content.setMaximumWidth(EDITOR_MAX_WIDTH)
        grid = QGridLayout(content)
        grid.setSpacing(SPACING)
        # Address on the left, care and consent on the right, notes and photos below.
        places = ((0, 0, 3, 1), (0, 1, 1, 1), (1, 1, 1, 1), (3, 0, 1, 2))
        for title, layout, (row, column, rows, columns) in zip(
            self.section_titles, layouts, places, strict=True
        ):
            section = QFrame()
            section.setProperty("role", "card")
            inner = QVBoxLayout(section)
            inner.addWidget(title)
            inner.addLayout(layout)
            inner.addStretch(1)
            grid.addWidget(section, row, column, rows, columns)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def _province(self) -> str:
        return self.tr("Province")

    def _district(self) -> str:
        return self.tr("District")

    def _tambon(self) -> str:
        return self.tr("Subdistrict")

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("Edit household") if self.household else self.tr("Add household")
        )
        self.heading.setAccessibleName(self.heading.text())
        titles = (
            self.tr("Family and address"),
            self.tr("Care"),
            self.tr("Consent"),
            self.tr("Notes and photos"),
        )
        for label, title in zip(self.section_titles, titles, strict=True):
            label.setText(title)
        for form in self.forms:
            form.retranslate()
        self.area.retranslate()
        self.moo.setSpecialValueText(self.tr("Not set"))
        self.consent_date.set_texts(self.tr("Consent given on"), self.tr("Consent date"))
        self.latitude.setPlaceholderText(self.tr("e.g. 16.4419 (optional)"))
        self.longitude.setPlaceholderText(self.tr("e.g. 102.8360 (optional)"))
        self.tags.setAccessibleName(self.tr("Vulnerabilities"))
        self.save_button.setText(self.tr("&Save household"))
        self.save_button.setAccessibleName(self.tr("Save household"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading and saving -------------------------------------------------------------

    def start_new(self, profile: Profile | None) -> None:
        """An empty household in the mentor's own area, cared for by the mentor."""
        self.household = None
        blank = Household(id="")
        if profile is not None:
            moo = int(profile.village) if profile.village.isdigit() else None
            blank = Household(
                id="",
                moo=moo,
                province_code=profile.province_code,
                district_code=profile.district_code,
                subdistrict_code=profile.subdistrict_code,
                mentor=profile.name,
            )
        self._show(blank)

    def edit(self, household: Household) -> None:
        self.household = household
        self._show(household)

    def _show(self, household: Household) -> None:
        for form in self.forms:
            form.clear_errors()
        self.head_name.setText(household.head_name)
        self.house_no.setText(household.house_no)
        self.moo.set_number(household.moo)
        self.village_name.setText(household.village_name)
        self.area.set_codes(
            household.province_code, household.district_code, household.subdistrict_code
        )
        self.phone.setText(household.phone)
        self.latitude.setText("" if household.latitude is None else str(household.latitude))
        self.longitude.setText("" if household.longitude is None else str(household.longitude))
        self.tags.set_values(household.tags)
        self.risk_level.set_value(household.risk_level)
        self.status.set_value(household.status)
        self.mentor.setText(household.mentor)
        self.consent_share.setChecked(household.consent_share)
        self.consent_photos.setChecked(household.consent_photos)
        self.consent_date.set_value(household.consent_date, default=dt.date.today())
        self.consent_version.setText(household.consent_version)
        self.notes.set_value(household.notes)
        self.photos.set_photos(household.photos)
        self._loaded = self.values()
        self.retranslate()
        self.head_name.setFocus()

    def values(self) -> dict[str, Any]:
        """The household as JSON for `Store.put` (with its id when editing)."""
        province, district, subdistrict = self.area.codes()
        values: dict[str, Any] = {
            "head_name": self.head_name.text().strip(),
            "house_no": self.house_no.text().strip(),
            "moo": self.moo.number(),
            "village_name": self.village_name.text().strip(),
            "province_code": province,
            "district_code": district,
            "subdistrict_code": subdistrict,
            "phone": self.phone.text().strip(),
            "latitude": _coordinate(self.latitude.text()),
            "longitude": _coordinate(self.longitude.text()),
            "tags": list(self.tags.values()),
            "risk_level": self.risk_level.value(),
            "status": self.status.value(),
            "mentor": self.mentor.text().strip(),
            "consent_share": self.consent_share.isChecked(),
            "consent_photos": self.consent_photos.isChecked(),
            "consent_date": self.consent_date.value(),
            "consent_version": self.consent_version.text().strip(),
            "notes": self.notes.value(),
            "photos": [{"sha256": p.sha256, "caption": p.caption} for p in self.photos.photos()],
        }
        if self.household is not None:
            values["id"] = self.household.id
        return values

    def has_changes(self) -> bool:
        return self.values() != self._loaded

    def show_error(self, error: ValidationError) -> bool:
        """Put a validation message next to its field; False if no field shows it."""
        return any(form.show_error(error) for form in self.forms)

    def save(self) -> None:
        """Check what the user can fix at once, then save on the worker."""
        for form in self.forms:
            form.clear_errors()
        if not self.head_name.text().strip():
            self.forms[0].show_message("head_name", self.tr("Please write the head's name."))
            return
        values = self.values()
        self.save_button.setEnabled(False)
        self.db.run(
            lambda store: store.put("households", values).record.id,
            on_done=self._saved,
            on_error=self._failed,
            writes="households",
        )

    def _saved(self, household_id: str) -> None:
        self.save_button.setEnabled(True)
        self._loaded = self.values()
        self.saved.emit(household_id)

    def _failed(self, error: BaseException, trace: str) -> None:
        self.save_button.setEnabled(True)
        if not (isinstance(error, ValidationError) and self.show_error(error)):
            show_error(self, error, trace)

    def cancel(self) -> None:
        """Leave the editor; ask first if something was typed."""
        if self.has_changes() and not forms.confirm(
            self,
            title=self.tr("Discard changes"),
            question=self.tr("Leave without saving? What you typed here will be lost."),
            action=self.tr("Discard"),
            cancel=self.tr("Keep editing"),
        ):
            return
        self._loaded = self.values()
        self.cancelled.emit()


def _coordinate(text: str) -> float | None:
    text = text.strip()
    try:
        return float(text) if text not in ("", "-", ".", "-.") else None
    except ValueError:
        return None
