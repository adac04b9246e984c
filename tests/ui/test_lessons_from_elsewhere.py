"""A mentor's Lessons screen with lessons the district selected from other communities:
they are marked "from another community" and open read-only (no Save, no Delete), while the
mentor's own lessons, decided on by the district, stay editable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mentor_desk.domain.thai_words import strip_break_hints
from mentor_desk.sync.exporter import export_bundle
from mentor_desk.sync.importer import import_bundle
from mentor_desk.ui.database import Database
from mentor_desk.ui.library.list_models import LessonTableModel
from mentor_desk.ui.library.table_model import ID_ROLE
from mentor_desk.ui.pages.lessons import LessonsPage
from tests.sync.homes import befriend, make_home
from tests.ui.helpers import WAIT_MS, run, shown

OURS, THEIRS = "ลานกีฬาของเรา", "ธนาคารขยะบ้านหนองบัว"


def _exchange(root: Path) -> dict[str, str]:
    """Mentor A's selected lesson and mentor B's reviewed one travel through the district;
    returns the lesson ids; B's data folder is root/"mentor-b"."""
    a, b = make_home(root, "mentor-a"), make_home(root, "mentor-b")
    district = make_home(root, "district", role="district")
    befriend(a, b, district)
    lesson = {"kind": "lesson_learned", "status": "submitted", "people_consented": True}
    theirs = a.store.put("lessons", {**lesson, "title": THEIRS, "context": "ขยะลดลง"}).record.id
    ours = b.store.put("lessons", {**lesson, "title": OURS}).record.id
    for n, (sender, receiver) in enumerate(((a, district), (b, district))):
        path = root / f"in-{n}.bundle"
        export_bundle(sender.store, sender.identity, path, recipient=receiver.card)
        import_bundle(receiver.store, receiver.identity, path)
    district.store.put("lessons", {"id": theirs, "status": "selected"})
    district.store.put("lessons", {"id": ours, "status": "reviewed", "reviewer_notes": "ดีมาก"})
    back = root / "back.bundle"
    export_bundle(district.store, district.identity, back, recipient=b.card)
    assert import_bundle(b.store, b.identity, back).status == "imported"
    for home in (a, b, district):
        home.close()
    return {"ours": ours, "theirs": theirs}


@pytest.fixture
def mentor_b(app: QApplication, tmp_path: Path, qtbot) -> Iterator[tuple[Database, dict]]:
    ids = _exchange(tmp_path)
    database = Database(tmp_path / "mentor-b")
    with qtbot.waitSignal(database.opened, timeout=10_000):
        database.open()
    yield database, ids
    database.shutdown()


def test_lessons_from_another_community_are_marked_and_read_only(qtbot, mentor_b) -> None:
    db, ids = mentor_b
    page = shown(qtbot, LessonsPage(db))
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT_MS)
    cells = {
        page.proxy.index(r, 0).data(ID_ROLE): (
            page.proxy.index(r, LessonTableModel.TITLE).data(),
            page.proxy.index(r, LessonTableModel.KIND).data(),
        )
        for r in range(page.proxy.rowCount())
    }
    assert cells[ids["ours"]] == (OURS, "บทเรียน")
    assert cells[ids["theirs"]] == (THEIRS, "จากชุมชนอื่น")

    page.open_record(ids["theirs"])
    qtbot.waitUntil(lambda: page.editor.record_id == ids["theirs"], timeout=WAIT_MS)
    editor = page.editor
    assert editor.read_only and editor.reader is not None
    assert editor.reader.isVisibleTo(editor) and not editor.save_button.isVisibleTo(editor)
    assert not editor.delete_button.isVisibleTo(editor)
    assert THEIRS in strip_break_hints(editor.reader.toPlainText())
    assert editor.save() is False  # Ctrl+S or closing the app changes nothing
    editor.delete()  # no question, no delete
    stored = run(qtbot, db, lambda store: store.get("lessons", ids["theirs"]))
    assert stored.title == THEIRS

    page.open_record(ids["ours"])
    qtbot.waitUntil(lambda: page.editor.record_id == ids["ours"], timeout=WAIT_MS)
    assert not editor.read_only and editor.save_button.isVisibleTo(editor)
    assert editor.status == "reviewed" and editor.reviewer_notes_text == "ดีมาก"
    editor.sections["results"].set_value("ครอบครัวมาเล่นกีฬาด้วยกันทุกเย็น")
    assert editor.save()
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: run(qtbot, db, lambda store: store.get("lessons", ids["ours"])).results != "",
        timeout=WAIT_MS,
    )
    kept = run(qtbot, db, lambda store: store.get("lessons", ids["ours"]))
    assert (kept.status, kept.reviewer_notes) == ("reviewed", "ดีมาก")  # the decision stays
