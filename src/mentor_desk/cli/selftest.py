"""`mentor-desk --self-test`: proves that an installed copy works, end to end, without
touching the mentor's own data.

Each step runs in a temporary folder and prints one line, `ok   <step>: <what>` or
`FAILED <step>: <reason>`; the exit code is 0 only if every step passed. It is what the
installer builds run on the packaged app, and what a helper can ask a mentor to run when the
app will not start.

Qt is reached through `mentor_desk.ui` for the application, fonts and catalogue; the two Qt
classes the label check needs are looked up at run time (`_qt`) so that the command line's
import contract still holds for everything else it does.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mentor_desk import __version__
from mentor_desk.store import Profile, Store

THAI_SAMPLE = "สมุดพี่เลี้ยงชุมชน บันทึกการเยี่ยมบ้าน"
SEGMENTED = "ยายเลี้ยงหลานอย่างมีความสุข"
MIN_PDF_BYTES = 2_000
KHON_KAEN_NAM_PHONG = "400701"  # a subdistrict code the demo area uses

Step = Callable[[Path], str]


def _photo() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (60, 140, 110)).save(out, format="JPEG")
    return out.getvalue()


def _fill(store: Store) -> dict[str, str]:
    """One record of every kind, with a photo; returns their ids by table."""
    sha = store.add_photo(_photo()).sha256
    ids: dict[str, str] = {}
    ids["households"] = store.put(
        "households",
        {
            "head_name": "นางบัวผัน ศรีสุข",
            "village_name": "บ้านหนองบัว",
            "subdistrict_code": KHON_KAEN_NAM_PHONG,
            "district_code": "4007",
            "province_code": "40",
            "consent_share": True,
            "consent_photos": True,
            "photos": [{"sha256": sha, "caption": "หน้าบ้าน"}],
        },
    ).record.id
    ids["members"] = store.put(
        "members", {"household_id": ids["households"], "name": "ด.ญ. มะลิ ศรีสุข"}
    ).record.id
    ids["visits"] = store.put(
        "visits",
        {
            "household_id": ids["households"],
            "date": "2026-10-01",
            "observations": "คุณยายสุขภาพดีขึ้น หลานไปโรงเรียนสม่ำเสมอ",
        },
    ).record.id
    ids["activities"] = store.put(
        "activities", {"title": "วันครอบครัวอบอุ่น", "kind": "family_day", "date": "2026-04-13"}
    ).record.id
    ids["lessons"] = store.put(
        "lessons",
        {
            "kind": "lesson_learned",
            "title": "ยายเลี้ยงหลานอย่างมีความสุข",
            "area": "บ้านหนองบัว หมู่ 3",
            "subdistrict_code": KHON_KAEN_NAM_PHONG,
            "context": "ครอบครัวข้ามรุ่นในหมู่บ้านมีมากขึ้น",
            "actions": "พี่เลี้ยงเยี่ยมบ้านทุกเดือนและชวนเข้าศูนย์เรียนรู้ชุมชน",
            "results": "หลานเรียนดีขึ้น",
            "photos": [{"sha256": sha, "caption": "ยายกับหลาน"}],
            "status": "selected",
            "people_consented": True,
        },
    ).record.id
    return ids


def check_store(work: Path) -> str:
    with Store(work / "store") as store:
        ids = _fill(store)
        dump = store.dump()
        faults = store.check()
    missing = [table for table, rid in ids.items() if rid not in {r["id"] for r in dump[table]}]
    if missing:
        raise AssertionError(f"dump lacks the new {', '.join(missing)}")
    if faults:
        raise AssertionError(f"check found {len(faults)} fault(s): {faults[0]}")
    return f"wrote and read back {len(ids)} kinds of record"


def check_sync(work: Path) -> str:
    from mentor_desk.sync.exporter import export_bundle
    from mentor_desk.sync.identity import ensure_identity
    from mentor_desk.sync.importer import import_bundle

    mentor = Store(work / "mentor")
    district = Store(work / "district")
    try:
        mentor.set_profile(Profile(name="mentor", role="mentor"))
        district.set_profile(Profile(name="district", role="district"))
        sender, receiver = ensure_identity(mentor), ensure_identity(district)
        sender.trust.trust(receiver.keys.public)
        receiver.trust.trust(sender.keys.public)
        _fill(mentor)
        bundle = work / "mentor-to-district.bundle"
        export_bundle(mentor, sender, bundle, recipient=receiver.keys.public, profile="full")
        result = import_bundle(district, receiver, bundle)
        if result.refused or result.status != "imported":
            raise AssertionError(f"import {result.status}: {result.as_dict()}")
        if mentor.dump() != district.dump():
            raise AssertionError("the district's records differ from the mentor's")
        return f"signed, encrypted bundle of {bundle.stat().st_size} bytes imported"
    finally:
        mentor.close()
        district.close()


def check_thai_words(work: Path) -> str:
    from mentor_desk.domain.thai_words import segment

    words = segment(SEGMENTED)
    if len(words) < 3 or "".join(words) != SEGMENTED:
        raise AssertionError(f"dictionary segmentation gave {words}")
    return " | ".join(words)


def check_places(work: Path) -> str:
    from mentor_desk.store.print_queries import PrintData

    with Store(work / "places") as store:
        name = PrintData(store).place_name(KHON_KAEN_NAM_PHONG)
    if not name:
        raise AssertionError(f"no name for subdistrict {KHON_KAEN_NAM_PHONG}")
    return f"{KHON_KAEN_NAM_PHONG} = {name}"


def check_booklet(work: Path) -> str:
    import pypdfium2 as pdfium

    from mentor_desk.printing.booklet import BookletOptions, build_booklet
    from mentor_desk.store.print_queries import PrintData

    pdf = work / "booklet.pdf"
    with Store(work / "printing") as store:
        _fill(store)
        result = build_booklet(
            PrintData(store), path=pdf, options=BookletOptions(title="ทดสอบการพิมพ์")
        )
    size = pdf.stat().st_size if pdf.exists() else 0
    if size < MIN_PDF_BYTES:
        raise AssertionError(f"booklet PDF is {size} bytes")
    document = pdfium.PdfDocument(str(pdf))
    try:
        pages = len(document)
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    if pages != result.pages or pages < 1:
        raise AssertionError(f"PDF has {pages} pages, the builder said {result.pages}")
    if "ทดสอบ" not in text:
        raise AssertionError("the cover's Thai title is not in the PDF's text layer")
    return f"{pages} pages, {size} bytes, Thai text layer readable"


def check_screen(work: Path) -> str:
    from mentor_desk.ui.screen_check import draw_thai_label

    return draw_thai_label(THAI_SAMPLE)


def check_screens(work: Path) -> str:
    from mentor_desk.ui.screen_check import load_every_screen

    return load_every_screen()


def check_catalogue(work: Path) -> str:
    from mentor_desk.ui.app import ensure_application
    from mentor_desk.ui.i18n import catalogue_path, set_language, tr

    ensure_application()
    set_language("th")
    try:
        title = tr("Errors", "Mentor Desk")
    finally:
        set_language("en")
    if title == "Mentor Desk":
        raise AssertionError(f"{catalogue_path().name} loaded but does not translate")
    return f"Mentor Desk = {title}"


STEPS: tuple[tuple[str, Step], ...] = (
    ("records", check_store),
    ("sync", check_sync),
    ("thai words", check_thai_words),
    ("places", check_places),
    ("booklet", check_booklet),
    ("screen", check_screen),
    ("screens", check_screens),
    ("catalogue", check_catalogue),
)


def _use_offscreen_without_display() -> None:
    """Without a display (a server, CI), draw offscreen rather than abort."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run_self_test(*, out: Any = None) -> int:
    """Run every step; print one line each; 0 if all passed, 1 otherwise."""
    out = out or sys.stdout
    _use_offscreen_without_display()
    frozen = " (packaged)" if getattr(sys, "frozen", False) else ""
    print(f"mentor-desk {__version__}{frozen}, Python {sys.version.split()[0]}", file=out)
    failures = 0
    with tempfile.TemporaryDirectory(
        prefix="mentor-desk-self-test-", ignore_cleanup_errors=True
    ) as folder:
        for name, step in STEPS:
            work = Path(folder) / name.replace(" ", "-")
            work.mkdir()
            started = time.perf_counter()
            try:
                what = step(work)
            except Exception as error:  # a self-test reports every failure and goes on
                failures += 1
                reason = f"{type(error).__name__}: {error}".splitlines()[0]
                print(f"FAILED {name}: {reason}", file=out)
                if os.environ.get("MENTOR_DESK_SELF_TEST_TRACE"):
                    traceback.print_exc(file=out)
            else:
                seconds = time.perf_counter() - started
                print(f"ok     {name}: {what} [{seconds:.1f}s]", file=out)
            out.flush()
    verdict = "all checks passed" if not failures else f"{failures} check(s) FAILED"
    print(f"self-test: {verdict}", file=out)
    return 0 if not failures else 1
