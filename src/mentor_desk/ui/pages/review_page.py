"""Review inbox (ตรวจสอบข้อมูลขัดแย้ง): records two computers changed at the same time, and
records deleted on one computer while another changed them or added records that use them.
Mentor Desk keeps every value and shows one; here a person decides. Each decision is an
ordinary save that supersedes what it replaces, so it travels to the other computers with
the next file.

GUI thread; the inbox is read and every decision saved on the database worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.store import Store
from mentor_desk.store.review_actions import confirm_delete, confirm_delete_in_use
from mentor_desk.store.review_queries import ReviewItem, ReviewKind, records_for_review
from mentor_desk.ui.database import Database, Job
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.sync.dialogs import SyncPrompts
from mentor_desk.ui.sync.review_detail import ReviewDetail
from mentor_desk.ui.sync.values import field_label, record_title
from mentor_desk.ui.theme import LIST_ROW_PADDING, REVIEW_LIST_WIDTH, SPACING

ITEM_ROLE = Qt.ItemDataRole.UserRole


def load_inbox(store: Store) -> list[ReviewItem]:
    """Worker thread: every record waiting for review."""
    profile = store.profile
    return records_for_review(
        store.db, own_device=store.device_id, own_name=profile.name if profile else ""
    )


class ReviewPage(Page):
    """The review inbox (page key "review")."""

    key = "review"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.prompts = SyncPrompts(self)
        self.items: list[ReviewItem] = []
        self.wanted: tuple[str, str] | None = None  # a record to select once loaded
        self.intro = QLabel()
        self.intro.setProperty("role", "muted")
        self.intro.setWordWrap(True)
        self.inbox = QListWidget()
        self.inbox.setObjectName("review_inbox")
        self.inbox.setFixedWidth(REVIEW_LIST_WIDTH)
        self.inbox.setWordWrap(True)
        self.inbox.setSpacing(LIST_ROW_PADDING)
        self.inbox.currentItemChanged.connect(lambda *_: self._show_current())
        self.empty = QLabel()
        self.empty.setObjectName("review_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail = ReviewDetail()
        self.detail.keep_requested.connect(self.keep_values)
        self.detail.restore_requested.connect(self.restore_record)
        self.detail.confirm_delete_requested.connect(self.ask_to_confirm_delete)
        row = QHBoxLayout()
        row.setSpacing(SPACING * 2)
        row.addWidget(self.inbox)
        row.addWidget(self.detail, 1)
        row.addWidget(self.empty, 1)
        self.layout_.addWidget(self.intro)
        self.layout_.addLayout(row, 1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            with_break_hints(
                self.tr(
                    "When two computers change the same thing before they exchange files, "
                    "Mentor Desk keeps both and asks you here. Nothing is lost while you decide."
                )
            )
        )
        self.empty.setText(self.tr("Nothing to review. Everything agrees."))
        self.inbox.setAccessibleName(self.tr("Records to review"))
        self.detail.retranslate()
        self.show_inbox(self.items)

    def refresh(self) -> None:
        """Reload the inbox on the database thread."""
        self.db.run(load_inbox, on_done=self.show_inbox, on_error=self._failed)

    def open_with(self, argument: Any) -> None:
        """Select a record: (table, id)."""
        if isinstance(argument, tuple) and len(argument) == 2:
            self.wanted = (str(argument[0]), str(argument[1]))
            self._select_wanted()

    def show_inbox(self, items: list[ReviewItem]) -> None:
        """Fill the list, keeping the selected record when it is still there (GUI thread)."""
        current = self.selected()
        keep = (current.table, current.id) if current else self.wanted
        self.items = items
        self.inbox.blockSignals(True)
        self.inbox.clear()
        for item in items:
            entry = QListWidgetItem(self._entry_text(item))
            entry.setData(ITEM_ROLE, (item.table, item.id))
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, self._entry_text(item))
            self.inbox.addItem(entry)
        self.inbox.blockSignals(False)
        self.wanted = keep
        if not self._select_wanted() and items:
            self.inbox.setCurrentRow(0)
        self._show_current()

    def _entry_text(self, item: ReviewItem) -> str:
        fields = ", ".join(field_label(item.table, f.field) for f in item.fields)
        reasons = []
        if item.kind is ReviewKind.CONFLICT:
            reasons.append(self.tr("Two values: %1").replace("%1", fields))
        elif item.fields:
            reasons.append(self.tr("Deleted, but changed elsewhere: %1").replace("%1", fields))
        if item.dependants:
            count = str(len(item.dependants))
            reasons.append(
                self.tr("Deleted, but %1 records added elsewhere use it").replace("%1", count)
            )
        return "\n".join([record_title(item), *reasons])

    def _select_wanted(self) -> bool:
        if self.wanted is None:
            return False
        for row in range(self.inbox.count()):
            if self.inbox.item(row).data(ITEM_ROLE) == self.wanted:
                self.inbox.setCurrentRow(row)
                self.wanted = None
                return True
        return False

    def _item(self, table: str, record_id: str) -> ReviewItem | None:
        return next((i for i in self.items if (i.table, i.id) == (table, record_id)), None)

    def selected(self) -> ReviewItem | None:
        entry = self.inbox.currentItem()
        if entry is None:
            return None
        table, record_id = entry.data(ITEM_ROLE)
        return self._item(table, record_id)

    def _show_current(self) -> None:
        item = self.selected()
        self.detail.show_item(item)
        self.detail.setVisible(item is not None)
        self.empty.setVisible(not self.items)

    # --- decisions (saved on the worker thread) ---------------------------------------

    def keep_values(self, table: str, record_id: str, chosen: dict[str, Any]) -> None:
        """Save the chosen values: an ordinary edit that supersedes every value it saw."""
        record = {"id": record_id, **chosen}
        self._save(table, lambda store: store.put(table, record))

    def restore_record(self, table: str, record_id: str) -> None:
        """Bring a deleted record back with the values it holds."""
        self._save(table, lambda store: store.put(table, {"id": record_id}))

    def ask_to_confirm_delete(self, table: str, record_id: str) -> None:
        item = self._item(table, record_id)
        question = self.tr("Delete this record for good, together with the changes made elsewhere?")
        if item is not None and item.dependants:
            question = self.tr(
                "Delete this record for good, together with the %1 records added elsewhere "
                "that use it?"
            ).replace("%1", str(len(item.dependants)))
        if self.prompts.confirm(self.tr("Confirm the delete"), question):
            self.confirm_record_delete(table, record_id)

    def confirm_record_delete(self, table: str, record_id: str) -> None:
        """Delete the record again, now having seen the changes (and delete the records
        added elsewhere that still use it): it leaves the inbox."""
        item = self._item(table, record_id)
        if item is not None and item.dependants:
            dependants = [(d.table, d.id) for d in item.dependants]
            missed_edits = bool(item.fields)
            self._save(
                table,
                lambda store: confirm_delete_in_use(
                    store.writer,
                    table,
                    record_id,
                    dependants=dependants,
                    missed_edits=missed_edits,
                ),
            )
            return
        self._save(
            table,
            lambda store: confirm_delete(
                store.db,
                table,
                record_id,
                clock=store.clock,
                device=store.device_id,
                sequence=store.sequence,
            ),
        )

    def _save(self, table: str, job: Job) -> None:
        self.db.run(job, on_done=lambda _: self.refresh(), on_error=self._failed, writes=table)

    def _failed(self, error: BaseException, trace: str) -> None:
        show_error(self, error, trace)
