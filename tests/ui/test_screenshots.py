"""Every screen rendered in Thai and in English at 1366×768 into docs/screenshots/.

The pictures are the user guide's illustrations; this test also fails if a screen cannot be
built or shown on realistic data in either language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mentor_desk.demo import generate
from mentor_desk.store import Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.first_run import FirstRunDialog
from mentor_desk.ui.i18n import set_language
from mentor_desk.ui.main_window import MainWindow
from mentor_desk.ui.preferences import app_settings
from mentor_desk.ui.screens import SCREENS
from mentor_desk.ui.theme import WINDOW_SIZE

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("demo") / "home"
    with Store(home) as store:
        generate(store, seed=1, today=TODAY)
    return home


@pytest.fixture(scope="module")
def record_ids(demo_home: Path) -> dict[str, str]:
    """Records to open in the editors, read before any window holds the data folder."""
    return _record_ids(demo_home)


@pytest.fixture
def window(app: QApplication, demo_home: Path, qtbot) -> Iterator[MainWindow]:
    db = Database(demo_home)
    with qtbot.waitSignal(db.opened, timeout=20_000):
        db.open()
    main = MainWindow(db, app_settings(demo_home))
    qtbot.addWidget(main)
    main.resize(*WINDOW_SIZE)
    main.show()
    yield main
    main.close()
    qtbot.waitUntil(db.idle, timeout=20_000)
    db.shutdown()


def _settle(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(window.db.idle, timeout=20_000)
    QApplication.processEvents()


def _record_ids(home: Path) -> dict[str, str]:
    with Store(home) as store:
        household = store.households_due_for_visit(TODAY)[0].household.id
        return {
            "household": household,
            "visit": store.visits_for_household(household)[0].id
            if store.visits_for_household(household)
            else "",
            "activity": store.records("activities")[0].id,
            "lesson": store.records("lessons")[0].id,
        }


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_screen_renders_in_both_languages(
    record_ids: dict[str, str], window: MainWindow, qtbot, language: str
) -> None:
    set_language(language)
    SHOTS.mkdir(parents=True, exist_ok=True)
    ids = record_ids
    shots: list[tuple[str, str, object]] = [(s.key, s.key, None) for s in SCREENS]
    shots += [
        ("households", "household-detail", ids["household"]),
        ("visit", "visit-new", {"household_id": ids["household"]}),
        ("activities", "activity-editor", ids["activity"]),
        ("lessons", "lesson-editor", ids["lesson"]),
    ]
    if ids["visit"]:
        shots.append(("visit", "visit-edit", {"visit_id": ids["visit"]}))
    for key, name, argument in shots:
        window.open_page(key, argument)
        if key == "search":
            search = window.pages["search"]
            search.box.setText("ศูนย์เรียนรู้")  # type: ignore[attr-defined]
            search.search_now()  # type: ignore[attr-defined]
        _settle(window, qtbot)
        picture = window.grab()
        assert (picture.width(), picture.height()) == WINDOW_SIZE
        target = SHOTS / f"{language}-{name}.png"
        assert picture.save(str(target))
        assert target.stat().st_size > 10_000  # a real picture, not an empty window


@pytest.mark.parametrize("language", ["th", "en"])
def test_first_run_renders(app: QApplication, qtbot, language: str) -> None:
    set_language(language)
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("สมศรี ใจงาม")
    dialog.show()
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / f"{language}-first-run.png"))


# --- the district's screens, on a district that took in several mentors' files ------------

DISTRICT_MENTORS = (  # name, subdistrict, village, families, days since their last file
    ("ครูสมศรี ใจดี", "400701", "บ้านหนองบัว", 6, 2),
    ("ลุงทองดี มีสุข", "400702", "บ้านโนนสว่าง", 4, 9),
    ("ป้าบัวผัน ศรีสุข", "400703", "บ้านโคกกลาง", 5, 41),
    ("นายประเสริฐ คำดี", "400705", "บ้านดอนหัน", 3, 0),
    ("นางสาวมาลัย แก้วใส", "400706", "บ้านหัวฝาย", 4, 0),
)


def _district_world(root: Path) -> tuple[Path, Path]:
    """A district that already took files from three mentors (one of whom is late with their
    report), enrolled a fourth who never sent one, revoked a lost laptop, and has a folder of
    new files waiting: three good ones, one of them twice, and one damaged on the way."""
    import shutil

    from mentor_desk.sync.exporter import export_bundle
    from mentor_desk.sync.importer import import_bundle
    from tests.sync.homes import make_home

    district = make_home(root, "อำเภอน้ำพอง", role="district")
    inbox = root / "แฟลชไดรฟ์"
    inbox.mkdir()
    lost = make_home(root, "เครื่องเก่าครูสมศรี (หาย)")
    district.identity.trust.trust(lost.card)
    for n, (name, subdistrict, village, families, days) in enumerate(DISTRICT_MENTORS):
        mentor = make_home(root, name)
        mentor.identity.trust.trust(district.card)
        district.identity.trust.trust(mentor.card)
        for f in range(families):
            household = mentor.store.put(
                "households",
                {
                    "head_name": f"ครอบครัว {f}",
                    "consent_share": True,
                    "subdistrict_code": subdistrict,
                    "village_name": village,
                    "moo": n + 1,
                },
            ).record.id
            mentor.store.put("visits", {"household_id": household, "date": f"2026-11-{f + 10:02d}"})
        first = root / f"{n}-first.mdbundle"
        export_bundle(mentor.store, mentor.identity, first, recipient=district.card)
        if n < 3:  # taken in earlier
            import_bundle(district.store, district.identity, first)
            district.store.db.execute(
                "UPDATE peers SET last_received_at = ? WHERE device_id = ?",
                [
                    (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).isoformat(
                        timespec="seconds"
                    ),
                    mentor.identity.keys.device_id,
                ],
            )
            mentor.store.put("households", {"head_name": "ใหม่", "consent_share": True})
        if n not in (2, 3):  # the third is late with their report; the fourth never sent one
            stamp = dt.datetime(2026, 11, 20, 9, n).strftime("%Y%m%d-%H%M")
            name_on_stick = f"mentordesk-district-{mentor.identity.keys.device_id[:6]}-{stamp}"
            target = inbox / f"{name_on_stick}.mdbundle"
            export_bundle(mentor.store, mentor.identity, target, recipient=district.card)
            if n == 0:
                shutil.copy(target, inbox / f"{name_on_stick} (สำเนา).mdbundle")
        mentor.close()
    damaged = inbox / "mentordesk-district-ไฟล์เสีย.mdbundle"
    data = bytearray((inbox / next(p.name for p in sorted(inbox.iterdir()))).read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    district.identity.trust.revoke(lost.card.device_id)
    lost.close()
    district.close()
    return district.store.home, inbox


@pytest.mark.parametrize("language", ["th", "en"])
def test_district_screens_render_in_both_languages(
    app: QApplication, tmp_path: Path, qtbot, language: str
) -> None:
    home, inbox = _district_world(tmp_path)
    set_language(language)
    db = Database(home)
    with qtbot.waitSignal(db.opened, timeout=20_000):
        db.open()
    main = MainWindow(db, app_settings(home), role="district")
    qtbot.addWidget(main)
    main.resize(*WINDOW_SIZE)
    main.show()
    try:
        main.open_page("district_intake")
        intake = main.page("district_intake")
        intake.add_paths([inbox])  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: bool(intake.paths), timeout=20_000)  # type: ignore[attr-defined]
        intake.import_all()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: intake.summary is not None, timeout=30_000)  # type: ignore[attr-defined]
        main.open_page("district_registry")
        _settle(main, qtbot)
        main.open_page("district_intake")
        for key in ("district_intake", "district_registry"):
            main.open_page(key)
            _settle(main, qtbot)
            picture = main.grab()
            assert (picture.width(), picture.height()) == WINDOW_SIZE
            target = SHOTS / f"{language}-{key}.png"
            assert picture.save(str(target))
            assert target.stat().st_size > 10_000
    finally:
        main.close()
        qtbot.waitUntil(db.idle, timeout=20_000)
        db.shutdown()


@pytest.mark.parametrize("language", ["th", "en"])
def test_lock_screen_renders(app: QApplication, qtbot, language: str) -> None:
    """The app lock's screen after a wrong password, with the forgotten-password help open."""
    from mentor_desk.ui.lock_screen import LockScreen

    set_language(language)
    screen = LockScreen(Path("/home/somsri/.local/share/MentorDesk"))
    qtbot.addWidget(screen)
    screen.resize(*WINDOW_SIZE)
    screen.show()
    screen.password.setText("1234")
    screen.failures = 1
    screen._say_wrong()
    screen.explain_forgotten()
    QApplication.processEvents()
    picture = screen.grab()
    assert (picture.width(), picture.height()) == WINDOW_SIZE
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert picture.save(str(SHOTS / f"{language}-lock.png"))


# --- lesson review and the return bundle: a district that took in a mentor's lessons -------


def _review_world(root: Path) -> dict[str, Path | str]:
    """A mentor's year of demo work taken in by the district, which has decided on some
    lessons and sent a return bundle to a second mentor; returns the homes and a lesson id
    to open on each side."""
    from mentor_desk.sync.exporter import export_bundle
    from mentor_desk.sync.importer import import_bundle
    from tests.sync.homes import befriend, make_home

    mentor = make_home(root, "ครูสมศรี ใจดี")
    generate(mentor.store, seed=1, today=TODAY, visits=160, lessons=16)
    neighbour = make_home(root, "ลุงทองดี มีสุข")
    district = make_home(root, "อำเภอน้ำพอง", role="district")
    befriend(mentor, neighbour, district)
    own = {"kind": "lesson_learned", "people_consented": True, "area": "บ้านโนนสว่าง หมู่ 2"}
    reviewed = neighbour.store.put(
        "lessons",
        {
            **own,
            "title": "ลานกีฬาครอบครัว: เย็นวันศุกร์ที่ลูกหลานกลับมาเล่นกับพ่อแม่",
            "status": "submitted",
            "period_start": "2026-07-01",
        },
    ).record.id
    neighbour.store.put(
        "lessons",
        {**own, "title": "ออมวันละบาทกับผู้สูงอายุบ้านโนนสว่าง", "period_start": "2026-10-01"},
    )
    for n, sender in enumerate((mentor, neighbour)):
        sent = root / f"mentor-{n}.mdbundle"
        export_bundle(sender.store, sender.identity, sent, recipient=district.card)
        import_bundle(district.store, district.identity, sent)
    district.store.put(
        "lessons",
        {"id": reviewed, "status": "reviewed", "reviewer_notes": "ดีมาก ขอภาพกิจกรรมเพิ่ม"},
    )
    waiting = [
        lesson
        for lesson in district.store.records("lessons")
        if lesson.status in ("submitted", "reviewed", "selected")
    ]
    to_open = next(lesson for lesson in waiting if lesson.photos and lesson.status == "submitted")
    chosen = next(lesson for lesson in waiting if lesson.photos and lesson.id != to_open.id)
    district.store.put(
        "lessons",
        {
            "id": chosen.id,
            "status": "selected",
            "reviewer_notes": "เรื่องเล่าชัดเจน มีภาพประกอบดี คัดเลือกลงหนังสือถอดบทเรียนประจำปี",
        },
    )
    back = root / "return.mdbundle"
    export_bundle(district.store, district.identity, back, recipient=neighbour.card)
    import_bundle(neighbour.store, neighbour.identity, back)
    homes = {"district": district.store.home, "neighbour": neighbour.store.home}
    for home in (mentor, neighbour, district):
        home.close()
    return {**homes, "to_review": to_open.id, "from_elsewhere": chosen.id}


def _shoot(main: MainWindow, qtbot, language: str, name: str) -> None:
    _settle(main, qtbot)
    picture = main.grab()
    assert (picture.width(), picture.height()) == WINDOW_SIZE
    target = SHOTS / f"{language}-{name}.png"
    assert picture.save(str(target))
    assert target.stat().st_size > 10_000


@pytest.mark.parametrize("language", ["th", "en"])
def test_lesson_review_and_dashboard_filters_render(
    app: QApplication, tmp_path: Path, qtbot, language: str
) -> None:
    """The district deciding on a lesson, its dashboard narrowed to a subdistrict and chosen
    dates, and a second mentor reading a lesson selected from another community."""
    world = _review_world(tmp_path)
    set_language(language)
    for side in ("district", "neighbour"):
        home = Path(world[side])
        db = Database(home)
        with qtbot.waitSignal(db.opened, timeout=20_000):
            db.open()
        main = MainWindow(db, app_settings(home), role="district" if side == "district" else None)
        qtbot.addWidget(main)
        main.resize(*WINDOW_SIZE)
        main.show()
        try:
            if side == "district":
                main.open_page("lesson_review", world["to_review"])
                _settle(main, qtbot)
                review = main.page("lesson_review")
                review.decision.notes.setPlainText(  # type: ignore[attr-defined]
                    "ขอบคุณที่เขียนละเอียด ขอให้เพิ่มตัวเลขผลที่เกิดกับครอบครัวอีกเล็กน้อย"
                )
                _shoot(main, qtbot, language, "lesson-review-decision")
                main.open_page("district_dashboard")
                _settle(main, qtbot)
                dashboard = main.page("district_dashboard")
                dashboard.period.setCurrentIndex(4)  # type: ignore[attr-defined]
                dashboard.date_from.set_value(dt.date(2026, 6, 1))  # type: ignore[attr-defined]
                dashboard.date_to.set_value(TODAY)  # type: ignore[attr-defined]
                subdistricts = dashboard.area.subdistrict  # type: ignore[attr-defined]
                subdistricts.setCurrentIndex(subdistricts.findData("400701"))  # ต.น้ำพอง
                _shoot(main, qtbot, language, "district-dashboard-filtered")
            else:
                main.open_page("lessons", world["from_elsewhere"])
                _shoot(main, qtbot, language, "lesson-from-another-community")
        finally:
            main.close()
            qtbot.waitUntil(db.idle, timeout=20_000)
            db.shutdown()


def _conflicts_world(root: Path) -> Path:
    """A mentor's laptop after a file from the district: a family renamed on both computers,
    and a family this laptop deleted while the district logged a visit to it."""
    from mentor_desk.store import Profile
    from mentor_desk.store.review_actions import remember_device
    from tests.sync.merge_harness import deliver, export_lines

    with Store(root / "mentor") as mine, Store(root / "district") as theirs:
        mine.set_profile(Profile(name="ครูสมศรี ใจดี", role="mentor"))
        renamed = mine.put(
            "households", {"head_name": "นางบัวผัน ศรีสุข", "village_name": "บ้านหนองบัว"}
        ).record.id
        gone = mine.put(
            "households", {"head_name": "นายทองดี มีสุข", "village_name": "บ้านดอนแดง"}
        ).record.id
        deliver(theirs, export_lines(mine))
        mine.put("households", {"id": renamed, "head_name": "นางบัวผัน ศรีสุข (แม่บัว)"})
        theirs.put("households", {"id": renamed, "head_name": "นางบัวผัน ใจดี"})
        mine.delete("households", gone)
        theirs.put("visits", {"household_id": gone, "date": "2026-11-02"})
        theirs.put("members", {"household_id": gone, "name": "ด.ญ. ใบเตย มีสุข"})
        deliver(mine, export_lines(theirs))
        remember_device(
            mine.db, database_device=theirs.device_id, name="อำเภอน้ำพอง", origin_device="d" * 16
        )
        return mine.home


@pytest.mark.parametrize("language", ["th", "en"])
def test_review_inbox_renders_with_decisions_to_make(
    app: QApplication, tmp_path: Path, qtbot, language: str
) -> None:
    home = _conflicts_world(tmp_path)
    set_language(language)
    db = Database(home)
    with qtbot.waitSignal(db.opened, timeout=20_000):
        db.open()
    main = MainWindow(db, app_settings(home), role="mentor")
    qtbot.addWidget(main)
    main.resize(*WINDOW_SIZE)
    main.show()
    try:
        main.open_page("review")
        review = main.page("review")
        qtbot.waitUntil(lambda: len(review.items) == 2, timeout=20_000)  # type: ignore[attr-defined]
        review.inbox.setCurrentRow(0)  # type: ignore[attr-defined]  (the newest change)
        _shoot(main, qtbot, language, "review-deleted-in-use")
        review.inbox.setCurrentRow(1)  # type: ignore[attr-defined]
        _shoot(main, qtbot, language, "review-conflict")
    finally:
        main.close()
        qtbot.waitUntil(db.idle, timeout=20_000)
        db.shutdown()
