"""The table of the register of mentors and devices: one row per device, with its area,
enrolment, status, last file (Buddhist Era dates), records held and days since the last
report; a mentor late with their report is shown in the overdue colour.

GUI thread. The rows are the store's `RegistryLine` values.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import geothai
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mentor_desk.domain.dates import format_date
from mentor_desk.store.registry import LATE_AFTER_DAYS, RegistryLine, RegistryStatus
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.theme import COLOURS
from mentor_desk.ui.widgets.line_table import LineTableModel, ModelIndex

NAME, AREA, ENROLLED, STATUS, LAST_FILE, RECORDS, DAYS = range(7)
NUMBER_COLUMNS = (RECORDS, DAYS)
STATUS_COLOURS = {
    RegistryStatus.ACTIVE: COLOURS["accent"],
    RegistryStatus.REVOKED: COLOURS["muted"],
    RegistryStatus.NOT_ENROLLED: COLOURS["due"],
}
LINE_ROLE = Qt.ItemDataRole.UserRole  # the row's RegistryLine


def local_day(timestamp: str | None) -> dt.date | None:
    """The local calendar day of a stored UTC timestamp (None when missing or malformed)."""
    if not timestamp:
        return None
    try:
        moment = dt.datetime.fromisoformat(timestamp)
    except ValueError:
        return None
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def shown_day(timestamp: str | None) -> str:
    """A stored timestamp as a Buddhist Era date in the screen's language ('' if none)."""
    day = local_day(timestamp)
    return format_date(day, language=current_language()) if day else ""


@lru_cache(maxsize=256)
def subdistrict_name(code: str, language: str) -> str:
    """The subdistrict's name from geothai ('' for an unknown code)."""
    place = geothai.subdistrict(code) if code else None
    if place is None:
        return ""
    return str(place.name_th if language == "th" else place.name_en)


class RegistryModel(LineTableModel):
    """The register's devices, sorted by name."""

    lines: list[RegistryLine]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.late_after_days = LATE_AFTER_DAYS

    def line_at(self, row: int) -> RegistryLine | None:
        line: RegistryLine | None = super().line_at(row)
        return line

    def row_of(self, device_id: str) -> int:
        """The row of a device, or -1."""
        return next((n for n, line in enumerate(self.lines) if line.device_id == device_id), -1)

    def late_lines(self) -> list[RegistryLine]:
        return [line for line in self.lines if line.is_late(self.late_after_days)]

    def headings(self) -> list[str]:
        return [
            self.tr("Mentor"),
            self.tr("Area"),
            self.tr("Enrolled"),
            self.tr("Status"),
            self.tr("Last file"),
            self.tr("Records held"),
            self.tr("Days since"),
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        late = line.is_late(self.late_after_days)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(line, column)
        if role == LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.ToolTipRole:
            if late:
                return self.tr("No file for more than %1 days").replace(
                    "%1", str(self.late_after_days)
                )
            return line.fingerprint or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if late and column in (NAME, LAST_FILE, DAYS):
                return QBrush(QColor(COLOURS["overdue"]))
            if column == STATUS:
                return QBrush(QColor(STATUS_COLOURS[line.status]))
        if role == Qt.ItemDataRole.FontRole and late and column in (NAME, DAYS):
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def cell_text(self, line: RegistryLine, column: int) -> str:
        """The text of one cell (also what screen readers hear)."""
        if column == NAME:
            if line.role == "district":
                return self.tr("%1 (district office)").replace("%1", line.name)
            return line.name
        if column == AREA:
            return self.area_text(line)
        if column == ENROLLED:
            return shown_day(line.enrolled_at) or "—"
        if column == STATUS:
            return self.status_text(line.status)
        if column == LAST_FILE:
            return shown_day(line.last_received_at) or self.tr("No file yet")
        if column == RECORDS:
            return f"{line.records_held:,}"
        if line.days_since_last_report is None:
            return "—"
        return self.tr("%1 days").replace("%1", f"{line.days_since_last_report:,}")

    def area_text(self, line: RegistryLine) -> str:
        """Village and subdistrict, as far as they travelled with the files."""
        subdistrict = subdistrict_name(line.subdistrict_code, current_language())
        parts = [line.village_name]
        if subdistrict:
            parts.append(self.tr("Subdistrict %1").replace("%1", subdistrict))
        return " · ".join(part for part in parts if part) or "—"

    def status_text(self, status: RegistryStatus) -> str:
        return {
            RegistryStatus.ACTIVE: self.tr("Active"),
            RegistryStatus.REVOKED: self.tr("Revoked"),
            RegistryStatus.NOT_ENROLLED: self.tr("Not enrolled"),
        }[status]
