"""Print a household's visit summary for the mentor's own file (สรุปการเยี่ยมบ้าน)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QWidget

from mentor_desk.printing.household_summary import build_household_summary
from mentor_desk.store import Store
from mentor_desk.store.print_queries import PrintData
from mentor_desk.ui.database import Database
from mentor_desk.ui.printing.quick_print import PdfJob, QuickPrintDialog


class HouseholdSummaryDialog(QuickPrintDialog):
    """Choices for one household's summary: private notes or not, Thai digits or not."""

    document_kind = "household summary"

    def __init__(self, db: Database, household_id: str, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.household_id = household_id
        self.private_notes = QCheckBox()
        self.private_notes.setObjectName("private_notes")
        self.thai_digits = QCheckBox()
        self.thai_digits.setObjectName("thai_digits")
        for box in (self.private_notes, self.thai_digits):
            box.toggled.connect(self.mark_stale)
            self.form.addRow(box)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Print the household's visit summary"))
        self.private_notes.setText(self.tr("Include private notes (for your own file only)"))
        self.thai_digits.setText(self.tr("Thai digits (๑ ๒ ๓)"))
        if self.pdf is None:
            self.status.setText(
                self.tr("The summary lists the family, its members and every visit.")
            )

    def file_name(self) -> str:
        return "household-summary.pdf"

    def make_job(self) -> PdfJob:
        household_id = self.household_id
        private = self.private_notes.isChecked()
        thai = self.thai_digits.isChecked()

        def job(store: Store, path: Path) -> Path:
            file = PrintData(store).household_file(household_id)
            return build_household_summary(
                file.household,
                members=file.members,
                visits=file.visits,
                path=path,
                include_private_notes=private,
                use_thai_digits=thai,
            )

        return job
