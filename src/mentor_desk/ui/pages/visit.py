"""The visit screen (บันทึกการเยี่ยมบ้าน): log a new visit or change a saved one, keyboard
first. Ctrl+S saves; what is typed is kept as a draft until it is saved, across screens and
restarts; saving says so at the top of the page instead of in a pop-up.

GUI thread; reading and writing visits goes through the database worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QWidget

from mentor_desk.domain.dates import format_iso
from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.records import Visit
from mentor_desk.domain.validation import record_to_json
from mentor_desk.store import Store
from mentor_desk.store.writer import SaveResult
from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.households import forms
from mentor_desk.ui.households.banner import Banner
from mentor_desk.ui.households.drafts import VisitDrafts, draft_key
from mentor_desk.ui.households.visit_form import VisitForm
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.theme import DRAFT_SAVE_DELAY_MS, SPACING, VISIT_FORM_MAX_WIDTH


class VisitPage(Page):
    """Log a visit. `open_with("new")`, `open_with({"household_id": id})` or
    `open_with({"visit_id": id})`."""

    key = "visit"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.drafts = VisitDrafts(db.home)
        self.visit_id: str | None = None  # the saved visit being changed, if any
        self.profile_name = ""
        self.dirty = False  # typed but not saved
        self._changes = 0  # counts edits, to notice typing while a save is under way
        self._awaited_visit: str | None = None  # the saved visit being fetched
        self._started = False
        self._kept_key: str | None = None  # where this visit's draft was last kept
        self.banner = Banner()
        self.form = VisitForm(db)
        self.form.changed.connect(self._form_changed)
        self.form.household_changed.connect(self._enable_buttons)
        self.save_button = QPushButton()
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.open_with("new"))
        self.household_button = QPushButton()
        self.household_button.clicked.connect(self._open_household)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_visit)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Save),
            self,
            self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)

        content = QWidget()
        content.setMaximumWidth(VISIT_FORM_MAX_WIDTH)
        content_layout = QHBoxLayout(content)
        content_layout.setContentsMargins(0, 0, SPACING, 0)
        content_layout.addWidget(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.household_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        self.layout_.addWidget(self.banner)
        self.layout_.addWidget(scroll, 1)
        self.layout_.addLayout(buttons)
        self.banner.action.clicked.connect(self._banner_action)
        self._banner_kind = ""
        self.retranslate()
        self._enable_buttons()

    def retranslate(self) -> None:
        super().retranslate()
        if self.visit_id:
            self.heading.setText(self.tr("Change a saved visit"))
        self.heading.setAccessibleName(self.heading.text())
        self.save_button.setText(self.tr("&Save visit (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save visit"))
        self.new_button.setText(self.tr("Ne&w visit"))
        self.new_button.setAccessibleName(self.tr("Start a new visit"))
        self.household_button.setText(self.tr("Open &household"))
        self.household_button.setAccessibleName(self.tr("Open the household of this visit"))
        self.delete_button.setText(self.tr("Delete this visit"))
        self.delete_button.setAccessibleName(self.tr("Delete this visit"))
        self.banner.action.setText(self._banner_action_text())

    # --- opening ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Look up the mentor's name; start an empty visit (or the kept draft) the first time
        the page is shown. What is on the form is never reloaded from under the user."""
        self.db.run(lambda store: store.profile, on_done=self._profile_arrived)
        # The main window calls open_with() right after refresh() when it has an argument;
        # only when it has none does the page start on its own, once events are processed.
        QTimer.singleShot(0, self, self._start_if_idle)

    def _start_if_idle(self) -> None:
        if not self._started:
            self.open_with("new")

    def open_with(self, argument: Any) -> None:
        """'new' starts a visit (or brings back an unsaved one); {"household_id": id} starts
        one for that household; {"visit_id": id} opens a saved visit to change it."""
        self.keep_draft()
        self._started = True
        self._awaited_visit = None
        if isinstance(argument, dict) and argument.get("visit_id"):
            self._open_saved_visit(str(argument["visit_id"]))
        elif isinstance(argument, dict) and argument.get("household_id"):
            household_id = str(argument["household_id"])
            key = draft_key(visit_id=None, household_id=household_id)
            draft = self.drafts.load(key)
            if draft is not None:
                self._restore(key, draft)
            else:
                self._start_new(household_id)
        else:
            newest = self.drafts.newest_new_visit()
            if newest is not None:
                self._restore(*newest)
            else:
                self._start_new("")

    def _start_new(self, household_id: str) -> None:
        self.visit_id = None
        self._kept_key = None
        self.form.set_values({"household_id": household_id, "mentor": self.profile_name})
        self.dirty = False
        self.banner.hide_message()
        self._after_load()
        (self.form.date if household_id else self.form.household).setFocus()

    def _restore(self, key: str, draft: dict[str, Any]) -> None:
        values = {k: v for k, v in draft.items() if k not in ("id", "kept_at")}
        self.visit_id = draft.get("id") or None
        self._kept_key = key
        self.form.set_values(values)
        self.dirty = True
        kept_at = str(draft.get("kept_at", ""))
        when = format_iso(kept_at[:10], language=current_language()) if kept_at else ""
        text = self.tr("Your unsaved visit (kept %1 at %2) was brought back. Save it when ready.")
        self._show_banner("draft", text.replace("%1", when).replace("%2", kept_at[11:16]))
        self._after_load()
        self.form.household.setFocus()

    def _open_saved_visit(self, visit_id: str) -> None:
        key = draft_key(visit_id=visit_id, household_id="")
        draft = self.drafts.load(key)
        if draft is not None:
            self._restore(key, draft)
            return
        self._awaited_visit = visit_id
        self.db.run(
            lambda store: store.get("visits", visit_id),
            on_done=self._saved_visit_arrived,
            on_error=forms.reporter(self),
        )

    def _saved_visit_arrived(self, visit: Visit) -> None:
        if visit.id != self._awaited_visit:
            return  # another visit was asked for meanwhile
        self._awaited_visit = None
        self.visit_id = visit.id
        self._kept_key = None
        self.form.set_values(record_to_json(visit))
        self.dirty = False
        self.banner.hide_message()
        self._after_load()
        self.form.date.setFocus()

    def _after_load(self) -> None:
        self.retranslate()
        self._enable_buttons()

    def _profile_arrived(self, profile: object) -> None:
        self.profile_name = str(getattr(profile, "name", "") or "")
        if not self.visit_id and not self.form.mentor:
            self.form.mentor = self.profile_name

    # --- drafts -------------------------------------------------------------------------

    def _form_changed(self) -> None:
        self.dirty = True
        self._changes += 1
        self.form.form.clear_errors()
        self._draft_timer.start()
        self._enable_buttons()

    def current_draft_key(self) -> str:
        return draft_key(visit_id=self.visit_id, household_id=self.form.household.household_id)

    def keep_draft(self) -> None:
        """Write what is typed to the drafts file, if anything is unsaved (GUI thread)."""
        self._draft_timer.stop()
        if not self.dirty:
            return
        key = self.current_draft_key()
        if self._kept_key and self._kept_key != key:
            self.drafts.discard(self._kept_key)  # the household was changed meanwhile
        self.drafts.keep(key, {**self.form.values(), "id": self.visit_id})
        self._kept_key = key

    def discard_draft(self) -> None:
        self._draft_timer.stop()
        keys = {self.current_draft_key(), *([self._kept_key] if self._kept_key else [])}
        self.drafts.discard(*keys)
        self._kept_key = None
        self.dirty = False

    def hideEvent(self, event: QHideEvent) -> None:
        self.keep_draft()  # another screen was opened
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep_draft()  # the window is closing
        super().closeEvent(event)

    # --- saving and deleting ------------------------------------------------------------

    def save(self) -> None:
        """Check the household is chosen, then save on the worker (Ctrl+S)."""
        self.form.form.clear_errors()
        if not self.form.household.household_id:
            message = self.tr("Choose the household you visited.")
            self.form.form.show_message("household_id", message)
            return
        values = self.form.values()
        values["mentor"] = values["mentor"] or self.profile_name
        if self.visit_id:
            values["id"] = self.visit_id
        self.save_button.setEnabled(False)
        changes = self._changes
        self.db.run(
            lambda store: store.put("visits", values),
            on_done=lambda result: self._saved(result, changes),
            on_error=self._save_failed,
            writes="visits",
        )

    def _saved(self, result: SaveResult, changes: int) -> None:
        self.discard_draft()
        visit = result.record
        assert isinstance(visit, Visit)
        self.visit_id = visit.id
        self.form.mentor = visit.mentor
        if changes != self._changes:
            # Typed on while saving: that part is not saved yet, so keep it as a draft.
            self.dirty = True
            self.keep_draft()
        name = self.form.household.household.head_name if self.form.household.household else ""
        day = format_iso(visit.date, language=current_language())
        text = self.tr("Saved: the visit to %1 on %2.").replace("%1", name).replace("%2", day)
        self._show_banner("saved", text, fade=True)
        self._after_load()

    def _save_failed(self, error: BaseException, trace: str) -> None:
        self._enable_buttons()
        if not (isinstance(error, ValidationError) and self.form.form.show_error(error)):
            show_error(self, error, trace)

    def delete_visit(self) -> None:
        """Delete the saved visit on screen, after the user confirms."""
        visit_id = self.visit_id
        if not visit_id:
            return
        if not forms.confirm(
            self,
            title=self.tr("Delete visit"),
            question=self.tr("Delete this visit for good? This cannot be undone."),
            action=self.tr("Delete visit"),
            cancel=self.tr("Keep"),
        ):
            return
        household_id = self.form.household.household_id

        def job(store: Store) -> None:
            store.delete("visits", visit_id)

        def deleted(_: None) -> None:
            self.discard_draft()
            self._start_new(household_id)
            self._show_banner("deleted", self.tr("The visit was deleted."), fade=True)

        self.db.run(
            job,
            on_done=deleted,
            on_error=forms.reporter(self),
            writes="visits",
        )

    # --- the banner and buttons ---------------------------------------------------------

    def _show_banner(self, kind: str, text: str, *, fade: bool = False) -> None:
        self._banner_kind = kind
        self.banner.show_message(text, self._banner_action_text(), fade=fade)

    def _banner_action_text(self) -> str:
        if self._banner_kind == "draft":
            return self.tr("Start afresh")
        if self._banner_kind == "saved":
            return self.tr("Log another visit")
        return ""

    def _banner_action(self) -> None:
        if self._banner_kind == "draft":
            household_id = "" if self.visit_id else self.form.household.household_id
            visit_id = self.visit_id
            self.discard_draft()
            if visit_id:
                self._open_saved_visit(visit_id)
            else:
                self._start_new(household_id)
        elif self._banner_kind == "saved":
            self._start_new(self.form.household.household_id)

    def _enable_buttons(self) -> None:
        self.save_button.setEnabled(True)
        self.delete_button.setVisible(bool(self.visit_id))
        self.household_button.setEnabled(bool(self.form.household.household_id))

    def _open_household(self) -> None:
        if self.form.household.household_id:
            self.navigate.emit("households", self.form.household.household_id)
