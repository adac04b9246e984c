"""The editor of a family-support activity (กิจกรรมสนับสนุนครอบครัว): every field of
`Activity`, in the order a mentor reports an activity."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from mentor_desk.domain import vocab
from mentor_desk.domain.dates import format_iso, parse_iso
from mentor_desk.domain.records import Activity, Record, field_specs
from mentor_desk.store.library_queries import HouseholdChoice
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.library.editor import RecordEditor, photos_json
from mentor_desk.ui.library.inputs import CountSpinBox, LongTextEdit
from mentor_desk.ui.library.picker import Choice, RecordPicker
from mentor_desk.ui.widgets.choices import VocabularyChecklist, VocabularyCombo
from mentor_desk.ui.widgets.dates import BuddhistDateEdit
from mentor_desk.ui.widgets.photos import PhotoStrip

VIRTUE_COLUMNS = 2  # two by two: four in a row do not fit the largest text size
PARTNER_COLUMNS = 2


class ActivityEditor(RecordEditor):
    """Create, edit and delete one activity (GUI thread; writes go through the worker)."""

    TABLE = "activities"

    def build_fields(self) -> None:
        specs = field_specs(self.TABLE)
        self.title = QLineEdit()
        self.title.setMaxLength(specs["title"].max_length)
        self.kind = VocabularyCombo(vocab.ACTIVITY_KIND)
        self.date = BuddhistDateEdit()
        self.place = QLineEdit()
        self.place.setMaxLength(specs["place"].max_length)
        self.organiser = QLineEdit()
        self.organiser.setMaxLength(specs["organiser"].max_length)
        self.partners = VocabularyChecklist(vocab.PARTNER_NETWORK, columns=PARTNER_COLUMNS)
        self.households = RecordPicker()
        self.adults = CountSpinBox(int(specs["adults"].maximum or 0))
        self.children = CountSpinBox(int(specs["children"].maximum or 0))
        self.resources = LongTextEdit()
        self.local_wisdom = LongTextEdit()
        self.virtues = VocabularyChecklist(vocab.VIRTUE, columns=VIRTUE_COLUMNS)
        self.outcome = LongTextEdit()
        self.photos = PhotoStrip(self.db)

        form = self.form
        form.add("title", self.title)
        form.add("kind", self.kind)
        form.add("date", self.date)
        form.add("place", self.place)
        form.add("organiser", self.organiser)
        form.add("partners", self.partners, focus=self._first_box(self.partners))
        form.add("household_ids", self.households, focus=self.households.filter)
        form.add_row([("adults", self.adults, None), ("children", self.children, None)])
        form.add("resources", self.resources)
        form.add("local_wisdom", self.local_wisdom)
        form.add("virtues", self.virtues, focus=self._first_box(self.virtues))
        form.add("outcome", self.outcome)
        form.add("photos", self.photos, focus=self.photos.add_button)

        for line in (self.title, self.place, self.organiser):
            line.textChanged.connect(self.field_changed)
        for text in (self.resources, self.local_wisdom, self.outcome):
            text.textChanged.connect(self.field_changed)
        self.kind.currentIndexChanged.connect(self.field_changed)
        self.date.dateChanged.connect(self.field_changed)
        self.adults.valueChanged.connect(self.field_changed)
        self.children.valueChanged.connect(self.field_changed)
        for changing in (self.partners, self.households, self.virtues, self.photos):
            changing.changed.connect(self.field_changed)

    @staticmethod
    def _first_box(checklist: VocabularyChecklist) -> QWidget:
        return next(iter(checklist.boxes.values()))

    # --- RecordEditor -------------------------------------------------------------------

    def fill(self, record: Record) -> None:
        assert isinstance(record, Activity)
        self.title.setText(record.title)
        self.kind.set_value(record.kind)
        if record.date:
            self.date.set_value(parse_iso(record.date))
        self.place.setText(record.place)
        self.organiser.setText(record.organiser)
        self.partners.set_values(record.partners)
        self.households.set_values(record.household_ids)
        self.adults.set_count(record.adults)
        self.children.set_count(record.children)
        self.resources.set_value(record.resources)
        self.local_wisdom.set_value(record.local_wisdom)
        self.virtues.set_values(record.virtues)
        self.outcome.set_value(record.outcome)
        self.photos.set_photos(record.photos)
        for line in (self.title, self.place, self.organiser):
            line.setCursorPosition(0)  # show the start of a long text, not its end

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "kind": self.kind.value(),
            "date": self.date.value().isoformat(),
            "place": self.place.text().strip(),
            "organiser": self.organiser.text().strip(),
            "partners": list(self.partners.values()),
            "household_ids": list(self.households.values()),
            "adults": self.adults.count(),
            "children": self.children.count(),
            "resources": self.resources.value(),
            "local_wisdom": self.local_wisdom.value(),
            "virtues": list(self.virtues.values()),
            "outcome": self.outcome.value(),
            "photos": photos_json(self.photos),
        }

    def record_title(self) -> str:
        return self.title.text().strip()

    def caption_text(self) -> str:
        if self.is_new:
            return self.tr("New activity")
        when = format_iso(self.date.value().isoformat(), language=current_language())
        return self.tr("Activity of %1").replace("%1", when)

    def first_field(self) -> QWidget:
        return self.title

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setPlaceholderText(self.tr("For example: Family day at the temple"))
        self.resources.setPlaceholderText(self.tr("Budget, materials, places, people who helped"))
        self.local_wisdom.setPlaceholderText(
            self.tr("Local knowledge, crafts or customs the activity drew on")
        )
        self.outcome.setPlaceholderText(self.tr("What changed for the families who took part?"))

    # --- choices (filled by the page from the worker) -----------------------------------

    def set_household_choices(self, households: Sequence[HouseholdChoice]) -> None:
        """Offer these households in the "households taking part" picker."""
        self.households.set_choices([Choice(h.id, self._household_label(h)) for h in households])

    def _household_label(self, household: HouseholdChoice) -> str:
        parts = [household.head_name]
        if household.house_no:
            parts.append(self.tr("no. %1").replace("%1", household.house_no))
        if household.moo is not None:
            parts.append(self.tr("moo %1").replace("%1", str(household.moo)))
        if household.village_name:
            parts.append(household.village_name)
        return " · ".join(parts)
