"""Print (พิมพ์): every printed document in one place, each opening its own dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.ui.database import Database
from mentor_desk.ui.households.picker import HouseholdPicker
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.printing import BookletDialog, CertificateDialog, HouseholdSummaryDialog
from mentor_desk.ui.printing.report_dialog import ActivityReportDialog
from mentor_desk.ui.theme import SPACING


class PrintCard(QFrame):
    """A printed document: what it is for, and a button that opens its dialog."""

    def __init__(self, name: str, open_dialog: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("role", "card")
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setProperty("role", "muted")
        self.button = QPushButton()
        self.button.setProperty("role", "primary")
        self.button.clicked.connect(open_dialog)
        self.extra = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addLayout(self.extra)
        layout.addStretch(1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_texts(self, title: str, description: str, button: str) -> None:
        self.title.setText(title)
        self.description.setText(with_break_hints(description))
        self.button.setText(button)
        self.button.setAccessibleName(button)


class PrintsPage(Page):
    """Booklets, reports, certificates and household summaries."""

    key = "prints"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.dialog: QDialog | None = None
        self.booklet = PrintCard("print_booklet", lambda: self._open(BookletDialog(self.db, self)))
        self.report = PrintCard(
            "print_report", lambda: self._open(ActivityReportDialog(self.db, self))
        )
        self.certificate = PrintCard(
            "print_certificate", lambda: self._open(CertificateDialog(self.db, None, self))
        )
        self.household = PrintCard("print_household", self._open_household_summary)
        self.picker = HouseholdPicker(db)
        self.picker.chosen.connect(
            lambda record_id: self.household.button.setEnabled(bool(record_id))
        )
        self.household.extra.addWidget(self.picker)
        self.household.button.setEnabled(False)
        grid = QGridLayout()
        grid.setSpacing(SPACING * 2)
        for index, card in enumerate((self.booklet, self.report, self.certificate, self.household)):
            grid.addWidget(card, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.layout_.addLayout(grid)
        self.layout_.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.booklet.set_texts(
            self.tr("Lesson-learned booklet"),
            self.tr(
                "Choose lessons by area, period, virtue, kind and status; the booklet has a "
                "cover, a foreword, contents, every lesson with its photos and the contributors."
            ),
            self.tr("Make a booklet…"),
        )
        self.report.set_texts(
            self.tr("Monthly activity report"),
            self.tr("The month's family-support activities with charts, for the district."),
            self.tr("Make a report…"),
        )
        self.certificate.set_texts(
            self.tr("Certificate of appreciation"),
            self.tr("A certificate for a volunteer or mentor, made from a good-deed story."),
            self.tr("Make a certificate…"),
        )
        self.household.set_texts(
            self.tr("Household visit summary"),
            self.tr("A family's members and every visit, for your own file."),
            self.tr("Print the summary…"),
        )

    def _open_household_summary(self) -> None:
        household_id = self.picker.household_id
        if household_id:
            self._open(HouseholdSummaryDialog(self.db, household_id, self))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()
