"""Print dialogs: the lesson-learned booklet with page preview, a household's visit summary
and a certificate of appreciation; each saves, opens in the system viewer, or prints.

``BookletDialog(db, parent)``, ``HouseholdSummaryDialog(db, household_id, parent)`` and
``CertificateDialog(db, lesson_id=None, parent)``: PDFs are built (and booklet pages rendered)
on the database worker thread, never on the GUI thread.
"""

from __future__ import annotations

from mentor_desk.ui.printing.booklet_dialog import BookletDialog
from mentor_desk.ui.printing.certificate_dialog import CertificateDialog
from mentor_desk.ui.printing.household_dialog import HouseholdSummaryDialog

__all__ = ["BookletDialog", "CertificateDialog", "HouseholdSummaryDialog"]
