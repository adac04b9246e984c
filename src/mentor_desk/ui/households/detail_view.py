"""One household: its facts (address, risk, status, vulnerabilities, consent), its members,
and a timeline of visits and activities, newest first, with "Log a visit" at hand.

GUI thread; the household is read by the database worker (`household_detail`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain import vocab
from mentor_desk.domain.dates import format_iso
from mentor_desk.domain.thai_words import segment, with_break_hints
from mentor_desk.store.household_queries import (
    SUMMARY_CHARACTERS,
    HouseholdDetail,
    TimelineEntry,
    household_detail,
)
from mentor_desk.ui.database import Database
from mentor_desk.ui.households import forms
from mentor_desk.ui.households.area import area_names
from mentor_desk.ui.households.members import MembersPanel
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.theme import COLOURS, DETAIL_SIDE_STRETCH, SPACING

ENTRY_ROLE = Qt.ItemDataRole.UserRole
FACTS = ("code", "address", "phone", "mentor", "risk", "status", "tags", "visits", "consent")


def _shortened(summary: str) -> str:
    """A timeline summary cut at the last whole word, with "…" when there is more."""
    if len(summary) <= SUMMARY_CHARACTERS:
        return summary
    words = segment(summary[:SUMMARY_CHARACTERS])
    return "".join(words[:-1]).rstrip() + "…"


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setProperty("role", "card")
    layout = QVBoxLayout(card)
    layout.setSpacing(SPACING)
    return card, layout


class HouseholdDetailView(QWidget):
    """The household screen; `navigate` asks the main window for another screen."""

    back = Signal()
    edit_requested = Signal(object)  # the Household
    navigate = Signal(str, object)
    changed = Signal()  # something was written from here

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.detail: HouseholdDetail | None = None
        self.household_id = ""
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.name = QLabel()
        self.name.setStyleSheet(forms.SECTION_TITLE_STYLE)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.visit_button = QPushButton()
        self.visit_button.setProperty("role", "primary")
        self.visit_button.clicked.connect(self.log_visit)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._edit)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_or_reopen)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.name, 1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.close_button)
        bar.addWidget(self.visit_button)

        self.members = MembersPanel(db)
        self.members.changed.connect(self.reload)
        self.members.changed.connect(self.changed)
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setResizeMode(QListView.ResizeMode.Adjust)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.timeline.setSpacing(SPACING // 2)
        self.timeline.activated.connect(self._open_entry)
        self.timeline_empty = QLabel()
        self.timeline_empty.setProperty("role", "muted")
        self.timeline_empty.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._open_entry())

        columns = QHBoxLayout()
        columns.setSpacing(SPACING)
        columns.addWidget(self._facts_and_members(), DETAIL_SIDE_STRETCH[0])
        columns.addWidget(self._timeline_card(), DETAIL_SIDE_STRETCH[1])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(bar)
        layout.addLayout(columns, 1)
        self.retranslate()

    def _facts_and_members(self) -> QScrollArea:
        facts_card, facts_layout = _card()
        self.facts_title = forms.section_title()
        facts_layout.addWidget(self.facts_title)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.fact_keys: dict[str, QLabel] = {}
        self.fact_values: dict[str, QLabel] = {}
        for name in FACTS:
            key, value = QLabel(), QLabel()
            key.setProperty("role", "muted")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_keys[name], self.fact_values[name] = key, value
            if name == "risk":
                # A coloured badge as wide as its word, not the whole column.
                value.setWordWrap(False)
                holder = QWidget()
                row = QHBoxLayout(holder)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(value)
                row.addStretch(1)
                form.addRow(key, holder)
            else:
                form.addRow(key, value)
        facts_layout.addLayout(form)
        members_card, members_layout = _card()
        self.members_title = forms.section_title()
        members_layout.addWidget(self.members_title)
        members_layout.addWidget(self.members)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING)
        column.addWidget(facts_card)
        column.addWidget(members_card)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def _timeline_card(self) -> QFrame:
        card, layout = _card()
        self.timeline_title = forms.section_title()
        layout.addWidget(self.timeline_title)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.timeline_empty)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        return card

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← &Back to the list"))
        self.back_button.setAccessibleName(self.tr("Back to the list of households"))
        self.visit_button.setText(self.tr("&Log a visit"))
        self.visit_button.setAccessibleName(self.tr("Log a visit"))
        self.edit_button.setText(self.tr("&Edit household"))
        self.edit_button.setAccessibleName(self.tr("Edit household"))
        self.facts_title.setText(self.tr("About the family"))
        self.members_title.setText(self.tr("Members"))
        self.timeline_title.setText(self.tr("Visits and activities"))
        self.timeline.setAccessibleName(self.tr("Visits and activities, newest first"))
        self.timeline_empty.setText(with_break_hints(self.tr("No visits or activities yet.")))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the chosen visit or activity"))
        keys = {
            "code": self.tr("Code"),
            "address": self.tr("Address"),
            "phone": forms.field_label("households", "phone"),
            "mentor": forms.field_label("households", "mentor"),
            "risk": forms.field_label("households", "risk_level"),
            "status": forms.field_label("households", "status"),
            "tags": forms.field_label("households", "tags"),
            "visits": self.tr("Visits"),
            "consent": self.tr("Consent"),
        }
        for name, text in keys.items():
            self.fact_keys[name].setText(text)
        self._show(self.detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ------------------------------------------------------------------------

    def show_household(self, household_id: str) -> None:
        """Load and show a household (the answer comes back from the worker)."""
        if household_id != self.household_id:
            self.detail = None
            self._show(None)
        self.household_id = household_id
        self.reload()

    def reload(self) -> None:
        household_id = self.household_id
        if not household_id:
            return
        self.db.run(
            lambda store: household_detail(store.db, household_id),
            on_done=lambda detail: self._loaded(household_id, detail),
            on_error=forms.reporter(self),
        )

    def _loaded(self, household_id: str, detail: HouseholdDetail | None) -> None:
        if household_id != self.household_id:
            return  # the user has moved on to another household
        if detail is None:
            self.back.emit()  # deleted elsewhere (an import, another window)
            return
        self.detail = detail
        self._show(detail)

    def _show(self, detail: HouseholdDetail | None) -> None:
        for button in (self.visit_button, self.edit_button, self.close_button):
            button.setEnabled(detail is not None)
        if detail is None:
            self.name.clear()
            for value in self.fact_values.values():
                value.clear()
            self.fact_values["risk"].setStyleSheet("")
            self.members.show_members(self.household_id, ())
            self.timeline.clear()
            return
        household = detail.household
        language = current_language()
        self.name.setText(household.head_name)
        address = [household.house_no] if household.house_no else []
        if household.moo is not None:
            address.append(self.tr("Moo %1").replace("%1", str(household.moo)))
        address.append(household.village_name)
        subdistrict, district, province = area_names(household)
        # ต.… อ.… จ.…: the way an address is written, and names repeat across levels.
        for name, pattern in (
            (subdistrict, self.tr("Subdistrict %1")),
            (district, self.tr("District %1")),
            (province, self.tr("Province %1")),
        ):
            if name:
                address.append(pattern.replace("%1", name))
        tags = [vocab.VULNERABILITY.label(tag, language) for tag in household.tags]
        facts = {
            "code": household.code,
            "address": " ".join(part for part in address if part),
            "phone": household.phone or "—",
            "mentor": household.mentor or "—",
            "risk": vocab.RISK_LEVEL.label(household.risk_level, language),
            "status": vocab.HOUSEHOLD_STATUS.label(household.status, language),
            "tags": ", ".join(tags) or self.tr("None recorded"),
            "visits": self._visits_text(detail),
            "consent": self._consent_text(detail),
        }
        for name, text in facts.items():
            self.fact_values[name].setText(with_break_hints(text))
        risk_colour = forms.risk_colour(household.risk_level)
        self.fact_values["risk"].setStyleSheet(forms.badge_style(risk_colour))
        closed = household.status != "active"
        self.close_button.setText(self.tr("Re&open") if closed else self.tr("&Close household"))
        self.close_button.setAccessibleName(self.close_button.text().replace("&", ""))
        status_colour = COLOURS["muted"] if closed else COLOURS["accent"]
        self.fact_values["status"].setStyleSheet(f"color: {status_colour};")
        self.members.show_members(household.id, detail.members)
        self._show_timeline(detail.timeline)

    def _visits_text(self, detail: HouseholdDetail) -> str:
        language = current_language()
        last = format_iso(detail.last_visit, language=language) or self.tr("not yet visited")
        text = self.tr("Last: %1").replace("%1", last)
        if detail.next_visit:
            planned = format_iso(detail.next_visit, language=language)
            text += " · " + self.tr("next: %1").replace("%1", planned)
        return text

    def _consent_text(self, detail: HouseholdDetail) -> str:
        household = detail.household
        share = self.tr("shares with the district") if household.consent_share else ""
        photos = self.tr("photos allowed") if household.consent_photos else ""
        parts = [part for part in (share, photos) if part] or [self.tr("not given")]
        if household.consent_date:
            given = format_iso(household.consent_date, language=current_language())
            parts.append(self.tr("given %1").replace("%1", given))
        if household.consent_version:
            parts.append(self.tr("text version %1").replace("%1", household.consent_version))
        return " · ".join(parts)

    def _show_timeline(self, entries: tuple[TimelineEntry, ...]) -> None:
        language = current_language()
        self.timeline.clear()
        for entry in entries:
            date = format_iso(entry.date, language=language) or "—"
            if entry.kind == "visit":
                title = f"{date} · {vocab.VISIT_MODE.label(entry.label, language)}"
                if entry.risk_after:
                    risk = vocab.RISK_LEVEL.label(entry.risk_after, language)
                    title += " · " + self.tr("risk after: %1").replace("%1", risk)
            else:
                title = f"{date} · " + self.tr("Activity: %1").replace("%1", entry.label)
            summary = _shortened(entry.summary)
            text = title + ("\n" + with_break_hints(summary) if summary else "")
            item = QListWidgetItem(text)
            item.setData(ENTRY_ROLE, entry)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\u200b", ""))
            self.timeline.addItem(item)
        self.timeline.setVisible(bool(entries))
        self.timeline_empty.setVisible(not entries)
        self.open_button.setEnabled(bool(entries))
        if entries:
            self.timeline.setCurrentRow(0)

    # --- actions ------------------------------------------------------------------------

    def log_visit(self) -> None:
        if self.detail is not None:
            self.navigate.emit("visit", {"household_id": self.detail.household.id})

    def _edit(self) -> None:
        if self.detail is not None:
            self.edit_requested.emit(self.detail.household)

    def _open_entry(self, *_: object) -> None:
        item = self.timeline.currentItem()
        if item is None:
            return
        entry: TimelineEntry = item.data(ENTRY_ROLE)
        if entry.kind == "visit":
            self.navigate.emit("visit", {"visit_id": entry.record_id})
        else:
            self.navigate.emit("activities", entry.record_id)

    def close_or_reopen(self) -> None:
        """Close a household in care (after the user confirms), or take it back into care."""
        if self.detail is None:
            return
        household = self.detail.household
        closing = household.status == "active"
        if closing and not forms.confirm(
            self,
            title=self.tr("Close household"),
            question=self.tr(
                "Close the care of %1? The family stays in your records, "
                "but is no longer due for visits."
            ).replace("%1", household.head_name),
            action=self.tr("Close household"),
            cancel=self.tr("Keep in care"),
        ):
            return
        change = {"id": household.id, "status": "closed" if closing else "active"}
        self.db.run(
            lambda store: store.put("households", change),
            on_done=self._status_changed,
            on_error=forms.reporter(self),
            writes="households",
        )

    def _status_changed(self, _: object) -> None:
        self.reload()
        self.changed.emit()
