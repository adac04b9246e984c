"""Print the monthly activity report for the district (รายงานกิจกรรมประจำเดือน)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSpinBox, QWidget

from mentor_desk.domain.dates import BE_OFFSET, THAI_MONTHS
from mentor_desk.printing.activity_report import build_activity_report
from mentor_desk.store import Store
from mentor_desk.store.print_queries import PrintData
from mentor_desk.ui.database import Database
from mentor_desk.ui.printing.quick_print import PdfJob, QuickPrintDialog

EARLIEST_REPORT_YEAR = 2000


class ActivityReportDialog(QuickPrintDialog):
    """Choose a month (Buddhist Era year); the report lists and charts its activities."""

    document_kind = "activity report"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        today = dt.date.today()
        self.month = QComboBox()
        self.month.setObjectName("month")
        for number, name in enumerate(THAI_MONTHS, start=1):
            self.month.addItem(name, number)
        self.month.setCurrentIndex(today.month - 1)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(EARLIEST_REPORT_YEAR + BE_OFFSET, today.year + BE_OFFSET)
        self.year.setValue(today.year + BE_OFFSET)
        self.thai_digits = QCheckBox()
        self.labels = [QLabel(), QLabel()]
        for label, field in zip(self.labels, (self.month, self.year), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.thai_digits)
        self.month.currentIndexChanged.connect(self.mark_stale)
        self.year.valueChanged.connect(self.mark_stale)
        self.thai_digits.toggled.connect(self.mark_stale)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Monthly activity report"))
        self.labels[0].setText(self.tr("Month"))
        self.labels[1].setText(self.tr("Year (BE)"))
        self.month.setAccessibleName(self.tr("Month"))
        self.year.setAccessibleName(self.tr("Year (BE)"))
        self.thai_digits.setText(self.tr("Thai digits (๑ ๒ ๓)"))
        if self.pdf is None:
            self.status.setText(
                self.tr("The report lists the month's activities, with charts for the district.")
            )

    def file_name(self) -> str:
        return f"activity-report-{self.year.value()}-{self.month.currentData():02d}.pdf"

    def make_job(self) -> PdfJob:
        year = self.year.value() - BE_OFFSET
        month = int(self.month.currentData())
        thai = self.thai_digits.isChecked()

        def job(store: Store, path: Path) -> Path:
            data = PrintData(store)
            profile = store.profile
            return build_activity_report(
                data.activities_in_month(year, month),
                path=path,
                year=year,
                month=month,
                area=data.home_area(),
                reported_by=profile.name if profile else "",
                use_thai_digits=thai,
            )

        return job
