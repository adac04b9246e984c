"""Settings lists the automatic backups and restores one after showing what it holds."""

from __future__ import annotations

from mentor_desk.ui.pages.settings import SettingsPage
from tests.samples import fill_every_table


def test_settings_lists_backups_and_restores_one_after_comparing(qtbot, db) -> None:
    seen = []

    def prepare(store):
        empty = store.automatic_backup("before-import")
        fill_every_table(store)
        return empty, store.counts()

    with qtbot.waitCallback() as prepared:
        db.run(prepare, on_done=prepared)
    empty, filled = prepared.args[0]
    page = SettingsPage(db)
    page.refresh()
    qtbot.addWidget(page)
    listing = page.backups
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1)
    assert listing.table.item(0, 1).text() == "ก่อนนำเข้าข้อมูล"

    def confirm(entry, comparison):
        seen.append(listing.comparison_text(comparison))
        return True

    listing.confirm_restore = confirm
    listing.table.selectRow(0)
    assert listing.restore_button.isEnabled()
    listing.restore_button.click()
    qtbot.waitUntil(lambda: listing.table.rowCount() == 2, timeout=10_000)
    assert f"0 ในไฟล์สำรอง, {filled['households']} ตอนนี้" in seen[0]

    with qtbot.waitCallback() as counted:
        db.run(lambda store: store.counts(), on_done=counted)
    assert not any(counted.args[0].values())
    assert empty.path.exists()
