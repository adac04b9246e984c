"""The fields of a visit, in the order a mentor tells it: who, when, how, what was talked
about, who was met, what was seen, how risky it looks now, what was agreed, any referral,
when to come back, private notes, photos. Every field is reachable with Tab or its Alt key.

GUI thread; the household's members are looked up by the database worker.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain import vocab
from mentor_desk.domain.dates import parse_iso
from mentor_desk.domain.records import Member, Photo, field_specs
from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.store.household_queries import household_members
from mentor_desk.ui.database import Database
from mentor_desk.ui.households.forms import FieldForm
from mentor_desk.ui.households.inputs import OptionalDate, TextBox
from mentor_desk.ui.households.picker import HouseholdPicker
from mentor_desk.ui.theme import (
    NEXT_VISIT_DEFAULT_DAYS,
    SHORT_FIELD_WIDTH,
    SHORT_TEXT_BOX_LINES,
    SPACING,
    VISIT_TOPIC_COLUMNS,
)
from mentor_desk.ui.widgets.choices import VocabularyChecklist, VocabularyCombo
from mentor_desk.ui.widgets.dates import BuddhistDateEdit
from mentor_desk.ui.widgets.photos import PhotoStrip

MEMBER_COLUMNS = 3


class MembersMet(QWidget):
    """A check box for each member of the chosen household."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(MEMBER_COLUMNS, 1)  # names sit side by side, not spread
        self.none = QLabel()
        self.none.setProperty("role", "muted")
        self.none.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.none)

    def show_members(self, members: list[Member], checked: set[str]) -> None:
        """Replace the check boxes (programmatic: no `changed`)."""
        for box in self.boxes.values():
            self.grid.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        for index, member in enumerate(members):
            box = QCheckBox(member.name)
            box.setAccessibleName(member.name)
            box.setChecked(member.id in checked)
            box.toggled.connect(self.changed)
            self.grid.addWidget(box, index // MEMBER_COLUMNS, index % MEMBER_COLUMNS)
            self.boxes[member.id] = box
        self.none.setVisible(not members)
        # The label's Alt key lands on the first member.
        self.setFocusProxy(next(iter(self.boxes.values()), None))

    def values(self) -> list[str]:
        return sorted(member_id for member_id, box in self.boxes.items() if box.isChecked())


class VisitForm(QWidget):
    """The visit's fields; `changed` whenever the user changes any of them."""

    changed = Signal()
    household_changed = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.mentor = ""  # kept from the visit being edited, or the profile's name
        # Members met of a loaded visit or draft, ticked once the members have arrived.
        self._members_met: set[str] = set()
        self._members_pending = False
        self._members_query = 0
        self._restoring_household = False  # the household being set is not a user's choice
        self.household = HouseholdPicker(db)
        self.date = BuddhistDateEdit()
        self.date.set_value(dt.date.today())
        self.mode = VocabularyCombo(vocab.VISIT_MODE)
        self.topics = VocabularyChecklist(vocab.VISIT_TOPIC, columns=VISIT_TOPIC_COLUMNS)
        self.members_met = MembersMet()
        self.observations = TextBox()
        self.risk_after = VocabularyCombo(vocab.RISK_LEVEL, optional=True)
        self.actions_agreed = TextBox(lines=SHORT_TEXT_BOX_LINES + 1)
        self.referral_agency = QLineEdit()
        self.referral_agency.setMaxLength(field_specs("visits")["referral_agency"].max_length)
        self.referral_reason = TextBox(lines=SHORT_TEXT_BOX_LINES)
        self.next_visit = OptionalDate()
        self.private_notes = TextBox(lines=SHORT_TEXT_BOX_LINES + 1)
        self.photos = PhotoStrip(db)
        for short in (self.date, self.mode, self.risk_after):
            # Short choices stay short; the long lines are for words.
            short.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            short.setMinimumWidth(SHORT_FIELD_WIDTH)

        form_layout = QFormLayout()
        form_layout.setVerticalSpacing(SPACING)
        self.form = FieldForm("visits", form_layout)
        add = self.form.add
        household = self.household
        add("household_id", household, mnemonic="h", focus=household.edit, name_focus=True)
        add("date", self.date, mnemonic="d")
        add("mode", self.mode, mnemonic="m")
        first_topic = self.topics.boxes[vocab.VISIT_TOPIC.keys()[0]]
        add("topics", self.topics, mnemonic="t", focus=first_topic)
        add("members_met", self.members_met, mnemonic="e")
        add("observations", self.observations, mnemonic="o")
        add("risk_after", self.risk_after, mnemonic="r")
        add("actions_agreed", self.actions_agreed, mnemonic="a")
        add("referral_agency", self.referral_agency, mnemonic="f")
        add("referral_reason", self.referral_reason)
        add("next_visit_date", self.next_visit, mnemonic="n", focus=self.next_visit.check)
        add("private_notes", self.private_notes, mnemonic="p")
        add("photos", self.photos, focus=self.photos.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form_layout)

        self.household.chosen.connect(self._household_chosen)
        self.date.dateChanged.connect(self._date_changed)
        for signal in (
            self.mode.currentIndexChanged,
            self.topics.changed,
            self.members_met.changed,
            self.observations.textChanged,
            self.risk_after.currentIndexChanged,
            self.actions_agreed.textChanged,
            self.referral_agency.textChanged,
            self.referral_reason.textChanged,
            self.next_visit.changed,
            self.private_notes.textChanged,
            self.photos.changed,
        ):
            signal.connect(self._user_changed)
        self._loading = False
        self.retranslate()

    def retranslate(self) -> None:
        self.form.retranslate()
        self.next_visit.set_texts(self.tr("Set a date"), self.tr("Next visit date"))
        self._show_members_hint()

    def _show_members_hint(self) -> None:
        if self.household.household_id:
            hint = self.tr("No members recorded for this household yet.")
        else:
            hint = self.tr("Choose the household to see its members.")
        self.members_met.none.setText(with_break_hints(hint))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- values -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The visit as JSON for `Store.put` (without id)."""
        return {
            "household_id": self.household.household_id,
            "mentor": self.mentor,
            "date": self.date.value().isoformat(),
            "mode": self.mode.value(),
            "members_met": (
                sorted(self._members_met) if self._members_pending else self.members_met.values()
            ),
            "topics": list(self.topics.values()),
            "observations": self.observations.value(),
            "risk_after": self.risk_after.value(),
            "actions_agreed": self.actions_agreed.value(),
            "referral_agency": self.referral_agency.text().strip(),
            "referral_reason": self.referral_reason.value(),
            "next_visit_date": self.next_visit.value(),
            "private_notes": self.private_notes.value(),
            "photos": [{"sha256": p.sha256, "caption": p.caption} for p in self.photos.photos()],
        }

    def set_values(self, values: dict[str, Any]) -> None:
        """Show a visit or a draft (JSON as `values()` gives it); no `changed` signals."""
        self._loading = True
        try:
            self.form.clear_errors()
            self.mentor = str(values.get("mentor") or "")
            day = _date(values.get("date")) or dt.date.today()
            self.date.set_value(day)
            self.mode.set_value(values.get("mode") or "home")
            self.topics.set_values(values.get("topics") or ())
            self._members_met = set(values.get("members_met") or ())
            self._members_pending = bool(values.get("household_id"))
            self.members_met.show_members([], set())
            self.observations.set_value(values.get("observations") or "")
            self.risk_after.set_value(values.get("risk_after"))
            self.actions_agreed.set_value(values.get("actions_agreed") or "")
            self.referral_agency.setText(values.get("referral_agency") or "")
            self.referral_reason.set_value(values.get("referral_reason") or "")
            later = day + dt.timedelta(days=NEXT_VISIT_DEFAULT_DAYS)
            self.next_visit.set_value(values.get("next_visit_date"), default=later)
            self.private_notes.set_value(values.get("private_notes") or "")
            self.photos.set_photos(
                tuple(Photo(p["sha256"], p.get("caption", "")) for p in values.get("photos") or ())
            )
            self.household.set_household(None, notify=False)
        finally:
            self._loading = False
        # The household's name and members come from the worker; ticks are kept till then.
        self._restoring_household = True
        self.household.set_household_id(str(values.get("household_id") or ""))

    # --- reactions ----------------------------------------------------------------------

    def _user_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _date_changed(self) -> None:
        # Until the mentor sets it, the next visit follows two weeks after this one.
        if not self.next_visit.check.isChecked():
            later = self.date.value() + dt.timedelta(days=NEXT_VISIT_DEFAULT_DAYS)
            self.next_visit.date.set_value(later)
        self._user_changed()

    def _household_chosen(self, household_id: str) -> None:
        restoring, self._restoring_household = self._restoring_household, False
        if not restoring:
            # Another household: the ticks of the old one's members mean nothing here.
            self._members_met = set()
        self._show_members_hint()
        self._members_query += 1
        query = self._members_query
        if not household_id:
            self._members_pending = False
            self.members_met.show_members([], set())
        else:
            self._members_pending = True
            self.db.run(
                lambda store: household_members(store.db, household_id),
                on_done=lambda members: self._members_arrived(query, members),
            )
        self.household_changed.emit(household_id)
        if not restoring:
            self._user_changed()

    def _members_arrived(self, query: int, members: list[Member]) -> None:
        if query != self._members_query:
            return
        self._members_pending = False
        self.members_met.show_members(members, self._members_met)

    @property
    def members_pending(self) -> bool:
        """Whether the chosen household's members are still being looked up."""
        return self._members_pending


def _date(text: object) -> dt.date | None:
    try:
        return parse_iso(text) if isinstance(text, str) and text else None
    except ValueError:
        return None
