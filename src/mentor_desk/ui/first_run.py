"""First run: language, name, role and area, chosen once; creates the local profile."""

from __future__ import annotations

import geothai
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.store import Profile
from mentor_desk.ui.i18n import current_language, set_language
from mentor_desk.ui.theme import DIALOG_MIN_WIDTH, MARGIN

MAX_VILLAGE_NUMBER = 99


class FirstRunDialog(QDialog):
    """Asks who uses this computer and where they work; `profile()` gives the answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.language = QComboBox()
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current_language() == "th" else 1)
        self.language.currentIndexChanged.connect(lambda: set_language(self.language.currentData()))
        self.name = QLineEdit()
        self.name.textChanged.connect(self._validate)
        self.role = QComboBox()
        self.province = QComboBox()
        self.district = QComboBox()
        self.subdistrict = QComboBox()
        self.village = QSpinBox()
        self.village.setRange(0, MAX_VILLAGE_NUMBER)
        for province in sorted(geothai.provinces(), key=lambda p: p.name_th):
            self.province.addItem(province.name_th, province.code)
        self.province.currentIndexChanged.connect(self._fill_districts)
        self.district.currentIndexChanged.connect(self._fill_subdistricts)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(7)]
        fields = [
            self.language,
            self.name,
            self.role,
            self.province,
            self.district,
            self.subdistrict,
            self.village,
        ]
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.province.setCurrentIndex(max(0, self.province.findData("40")))
        self._fill_districts()
        self.retranslate()
        self._validate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Mentor Desk"))
        self.heading.setText(self.tr("Welcome to Mentor Desk"))
        self.intro.setText(
            with_break_hints(
                self.tr(
                    "Tell us who you are and where you work. You can change this later in "
                    "Settings. Your records stay on this computer until you export them."
                )
            )
        )
        texts = [
            self.tr("Language"),
            self.tr("Your name"),
            self.tr("Role"),
            self.tr("Province"),
            self.tr("District"),
            self.tr("Subdistrict"),
            self.tr("Village number (moo)"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text)
        role = self.role.currentData()
        self.role.clear()
        self.role.addItem(self.tr("Community mentor"), "mentor")
        self.role.addItem(self.tr("District officer"), "district")
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.village.setSpecialValueText(self.tr("Not set"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def profile(self) -> Profile:
        return Profile(
            name=self.name.text().strip(),
            role=self.role.currentData(),
            province_code=self.province.currentData() or "",
            district_code=self.district.currentData() or "",
            subdistrict_code=self.subdistrict.currentData() or "",
            village=str(self.village.value()) if self.village.value() else "",
            language=current_language(),
        )

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def _fill_districts(self) -> None:
        self.district.clear()
        for district in geothai.districts(self.province.currentData() or ""):
            self.district.addItem(district.name_th, district.code)

    def _fill_subdistricts(self) -> None:
        self.subdistrict.clear()
        for subdistrict in geothai.subdistricts(self.district.currentData() or ""):
            self.subdistrict.addItem(subdistrict.name_th, subdistrict.code)
