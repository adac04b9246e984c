"""Retention in Settings (PDPA): how long personal data of closed households is kept, how
many are past that period, and erasing them after the user has confirmed the list.

The list and the erasure run on the database worker (`Store.households_past_retention`,
`Store.erase_past_retention`); the erasure is the consent-withdrawal one, so it syncs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.dates import format_date
from mentor_desk.store.retention import DEFAULT_YEARS, YEAR_CHOICES, ClosedHousehold
from mentor_desk.ui.database import Database
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.theme import CONTROL_WIDTH, RETENTION_LIST_ROWS

RETENTION_SETTING = "privacy/retention_years"
NEVER = "never"


def retention_years(settings: QSettings) -> int | None:
    """The chosen retention in years, or None for "keep until erased by hand"."""
    value = str(settings.value(RETENTION_SETTING, DEFAULT_YEARS))
    return int(value) if value.isdigit() and int(value) in YEAR_CHOICES else None


class RetentionSettings(QWidget):
    """The retention choice, the households past it, and the erase button."""

    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.due: list[ClosedHousehold] = []
        self.years = QComboBox()
        self.years.setObjectName("retention_years")
        self.years.setMaximumWidth(CONTROL_WIDTH)
        for years in YEAR_CHOICES:
            self.years.addItem("", str(years))
        self.years.addItem("", NEVER)
        chosen = retention_years(settings)
        self.years.setCurrentIndex(self.years.findData(str(chosen) if chosen else NEVER))
        self.years.currentIndexChanged.connect(self._years_chosen)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setProperty("role", "muted")
        self.state = QLabel()
        self.state.setObjectName("retention_state")
        self.state.setWordWrap(True)
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("erase_past_retention")
        self.erase_button.clicked.connect(self.confirm_erase)
        self.erase_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.years)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addWidget(self.explanation)
        self.retranslate()

    def retranslate(self) -> None:
        for index in range(self.years.count()):
            value = self.years.itemData(index)
            text = (
                self.tr("Keep until erased by hand")
                if value == NEVER
                else self.tr("%1 years after the family's case is closed").replace("%1", value)
            )
            self.years.setItemText(index, text)
        self.years.setAccessibleName(self.tr("Keep personal data of closed households"))
        self.erase_button.setText(self.tr("Review and erase…"))
        self.explanation.setText(
            self.tr(
                "Households closed or moved away are counted from their last change of status "
                "or last visit. Erasing removes names, addresses, members and visits for good, "
                "here and, at the next sending, on the district's computer too."
            )
        )
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Count the households past the retention period (on the database worker)."""
        years = retention_years(self.settings)
        if years is None:
            self._listed([])
            return
        self.db.run(lambda store: store.households_past_retention(years), on_done=self._listed)

    def confirm_erase(self) -> bool:
        """Show the list and erase it if the user agrees; returns whether they did."""
        years = retention_years(self.settings)
        if not self.due or years is None:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Erase personal data"))
        box.setText(
            self.tr("%1 households are past the retention period. Erase them now?").replace(
                "%1", str(len(self.due))
            )
        )
        box.setInformativeText(self._list_text())
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        self.erase(years)
        return True

    def erase(self, years: int) -> None:
        """Erase the listed households on the database worker."""
        ids = [household.id for household in self.due]
        self.erase_button.setEnabled(False)
        self.db.run(
            lambda store: store.erase_past_retention(ids, years=years),
            on_done=self._erased,
            writes="households",
        )

    def _list_text(self) -> str:
        language = current_language()
        lines = [
            f"• {h.head_name or '—'} · {h.village_name or '—'} · "
            + self.tr("closed %1").replace("%1", format_date(h.closed_on, language=language))
            for h in self.due[:RETENTION_LIST_ROWS]
        ]
        if len(self.due) > RETENTION_LIST_ROWS:
            more = len(self.due) - RETENTION_LIST_ROWS
            lines.append(self.tr("and %1 more").replace("%1", str(more)))
        return "\n".join(lines)

    def _listed(self, due: list[ClosedHousehold]) -> None:
        self.due = due
        self._show_state()

    def _erased(self, counts: dict[str, int]) -> None:
        self.state.setText(
            self.tr("Erased %1 households with %2 members and %3 visits.")
            .replace("%1", str(counts["households"]))
            .replace("%2", str(counts["members"]))
            .replace("%3", str(counts["visits"]))
        )
        self.due = []
        self.erase_button.setEnabled(False)

    def _show_state(self) -> None:
        years = retention_years(self.settings)
        if years is None:
            text = self.tr("Personal data of closed households is kept until you erase it.")
        elif self.due:
            text = self.tr("%1 households were closed more than %2 years ago.")
            text = text.replace("%1", str(len(self.due))).replace("%2", str(years))
        else:
            text = self.tr("No household is past the retention period.")
        self.state.setText(text)
        self.erase_button.setEnabled(bool(self.due) and years is not None)

    def _years_chosen(self) -> None:
        self.settings.setValue(RETENTION_SETTING, self.years.currentData())
        self.refresh()
