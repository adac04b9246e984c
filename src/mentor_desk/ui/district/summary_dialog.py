"""Print or save as PDF the summary of a batch of mentors' files (สรุปการรับไฟล์จากพี่เลี้ยง),
through the printing screens' one-document dialog: make the PDF, then save, open or print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QWidget

from mentor_desk.printing.intake_summary import IntakeSummary, build_intake_summary
from mentor_desk.store import Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.printing.quick_print import PdfJob, QuickPrintDialog


class IntakeSummaryDialog(QuickPrintDialog):
    """One choice for the summary: Thai digits or not (GUI thread; the PDF is made on the
    database worker)."""

    document_kind = "intake summary"  # what the audit log calls it

    def __init__(self, db: Database, summary: IntakeSummary, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.summary = summary
        self.thai_digits = QCheckBox()
        self.thai_digits.setObjectName("thai_digits")
        self.thai_digits.toggled.connect(self.mark_stale)
        self.form.addRow(self.thai_digits)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Print the summary of files received"))
        self.thai_digits.setText(self.tr("Thai digits (๑ ๒ ๓)"))
        if self.pdf is None:
            self.status.setText(
                self.tr("The summary lists every file, who sent it and what became of it.")
            )

    def file_name(self) -> str:
        return "intake-summary.pdf"

    def make_job(self) -> PdfJob:
        summary = self.summary
        thai = self.thai_digits.isChecked()

        def job(store: Store, path: Path) -> Path:
            return build_intake_summary(summary, path=path, use_thai_digits=thai)

        return job
