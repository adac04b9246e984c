"""The district's return bundle: each mentor gets the decisions on their own lessons and the
lessons the district selected from other villages (read-only there), and nothing else of
another village: no household, member, visit, activity or unselected lesson."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mentor_desk.store import Store
from mentor_desk.store.lesson_origin import (
    lesson_from_another_community,
    lessons_from_other_communities,
)
from mentor_desk.store.lesson_review import review_rows, status_counts
from mentor_desk.sync.container import open_bundle
from mentor_desk.sync.exporter import export_bundle
from mentor_desk.sync.importer import import_bundle
from mentor_desk.sync.profiles import UnknownProfileError
from tests.samples import photo_bytes
from tests.sync.homes import Home, befriend, make_home


def lesson(title: str, **extra: Any) -> dict[str, Any]:
    return {
        "kind": "lesson_learned",
        "title": title,
        "context": f"ความเป็นมาของ{title}",
        "status": "submitted",
        "people_consented": True,
        **extra,
    }


def mentor_work(home: Home, village: str) -> dict[str, str]:
    """A household with a member and a visit, an activity, and three lessons."""
    store = home.store
    family = store.put(
        "households",
        {"head_name": f"นายหัวหน้า{village}", "village_name": village, "consent_share": True},
    ).record
    member = store.put("members", {"household_id": family.id, "name": f"ด.ช.ลูก{village}"})
    visit = store.put(
        "visits",
        {"household_id": family.id, "date": "2026-10-01", "observations": f"สังเกต{village}"},
    ).record
    activity = store.put(
        "activities", {"title": f"กิจกรรม{village}", "date": "2026-10-05", "kind": "family_day"}
    ).record
    photo = store.add_photo(photo_bytes((40, 160, 90)))
    chosen = store.put(
        "lessons",
        lesson(
            f"ธนาคารขยะ{village}",
            area=village,
            activity_ids=[activity.id],
            visit_ids=[visit.id],
            photos=[{"sha256": photo.sha256, "caption": f"ภาพ{village}"}],
        ),
    ).record
    other = store.put("lessons", lesson(f"ลานกีฬา{village}", area=village)).record
    shy = store.put("lessons", lesson(f"เรื่องไม่ยินยอม{village}", people_consented=False)).record
    return {
        "household": family.id,
        "member": member.record.id,
        "visit": visit.id,
        "activity": activity.id,
        "chosen": chosen.id,
        "other": other.id,
        "shy": shy.id,
        "photo": photo.sha256,
    }


@pytest.fixture
def homes(tmp_path: Path):
    a = make_home(tmp_path, "mentor-a")
    b = make_home(tmp_path, "mentor-b")
    district = make_home(tmp_path, "district", role="district")
    befriend(a, b, district)
    yield a, b, district
    for home in (a, b, district):
        home.close()


def send(sender: Home, receiver: Home, path: Path, **options: Any) -> str:
    result = export_bundle(sender.store, sender.identity, path, recipient=receiver.card, **options)
    assert import_bundle(receiver.store, receiver.identity, path).status == "imported"
    return result.profile


def bundle_text(path: Path, reader: Home) -> str:
    with open_bundle(path, trust=reader.identity.trust, keys=reader.identity.keys) as opened:
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in opened.records())


def by_id(home: Home, table: str) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in home.store.dump()[table]}


def test_decisions_and_selected_lessons_return_to_the_mentors(homes, tmp_path: Path) -> None:
    a, b, district = homes
    work_a, work_b = mentor_work(a, "บ้านหนองบัว"), mentor_work(b, "บ้านโคกสูง")
    assert send(a, district, tmp_path / "a.bundle") == "district"
    assert send(b, district, tmp_path / "b.bundle") == "district"

    inbox = review_rows(district.store.db)
    assert {row.id for row in inbox} == {work_a["chosen"], work_a["other"]} | {
        work_b["chosen"],
        work_b["other"],
    }  # lessons without consent stayed with their mentors
    assert {row.mentor for row in inbox} == {"mentor-a", "mentor-b"}
    district.store.put(
        "lessons", {"id": work_a["chosen"], "status": "selected", "reviewer_notes": "ลงหนังสือ"}
    )
    district.store.put(
        "lessons", {"id": work_b["other"], "status": "reviewed", "reviewer_notes": "ควรเพิ่มภาพ"}
    )
    assert status_counts(district.store.db)["selected"] == 1
    assert (
        lessons_from_other_communities(
            district.store.db, device_id=district.store.device_id, role="district"
        )
        == set()
    )  # the district decides through the review, never by editing text

    to_a, to_b = tmp_path / "return-a.bundle", tmp_path / "return-b.bundle"
    assert send(district, a, to_a) == "return"
    assert send(district, b, to_b) == "return"

    # B: its own decision, A's selected lesson with its photo, nothing else of A's village
    lessons_b = by_id(b, "lessons")
    assert (lessons_b[work_b["other"]]["status"], lessons_b[work_b["other"]]["reviewer_notes"]) == (
        "reviewed",
        "ควรเพิ่มภาพ",
    )
    shared = lessons_b[work_a["chosen"]]
    assert (shared["status"], shared["title"]) == ("selected", "ธนาคารขยะบ้านหนองบัว")
    assert shared["activity_ids"] == [] and shared["visit_ids"] == []
    assert b.store.photo_path(work_a["photo"]).is_file()
    assert work_a["other"] not in lessons_b and work_a["shy"] not in lessons_b
    text = bundle_text(to_b, b)
    for key in ("household", "member", "visit", "activity", "other", "shy"):
        assert work_a[key] not in text, key
    for private in ("นายหัวหน้าบ้านหนองบัว", "ด.ช.ลูกบ้านหนองบัว", "สังเกตบ้านหนองบัว"):
        assert private not in text
    assert {json.loads(line)["table"] for line in text.splitlines()} <= {
        "households",
        "members",
        "visits",
        "activities",
        "lessons",
    }
    assert set(by_id(b, "households")) == {work_b["household"]}
    assert b.store.check() == []

    # the rule: A's lesson is read-only on B, B's own lessons are not
    read_only = lessons_from_other_communities(
        b.store.db, device_id=b.store.device_id, role="mentor"
    )
    assert read_only == {work_a["chosen"]}
    assert not lesson_from_another_community(
        b.store.db, work_b["other"], device_id=b.store.device_id, role="mentor"
    )

    # A: its selected lesson's decision came home and stays A's own to edit
    chosen_a = by_id(a, "lessons")[work_a["chosen"]]
    assert (chosen_a["status"], chosen_a["reviewer_notes"]) == ("selected", "ลงหนังสือ")
    assert (
        lessons_from_other_communities(a.store.db, device_id=a.store.device_id, role="mentor")
        == set()
    )
    assert work_b["other"] not in by_id(a, "lessons")  # reviewed, not selected: stays with B


def test_a_mentor_edit_after_the_decision_merges_with_it(homes, tmp_path: Path) -> None:
    a, _b, district = homes
    work = mentor_work(a, "บ้านหนองบัว")
    send(a, district, tmp_path / "a1.bundle")
    district.store.put(
        "lessons", {"id": work["chosen"], "status": "selected", "reviewer_notes": "ดีมาก"}
    )
    # the mentor edits the text meanwhile, before the decision arrives
    a.store.put("lessons", {"id": work["chosen"], "results": "ครอบครัวมีรายได้เพิ่ม"})
    send(district, a, tmp_path / "back.bundle")
    a.store.put("lessons", {"id": work["chosen"], "challenges": "ฝนตกหนัก"})
    send(a, district, tmp_path / "a2.bundle")
    for home in (a, district):
        merged = by_id(home, "lessons")[work["chosen"]]
        assert (merged["status"], merged["reviewer_notes"]) == ("selected", "ดีมาก")
        assert (merged["results"], merged["challenges"]) == ("ครอบครัวมีรายได้เพิ่ม", "ฝนตกหนัก")
    assert not lesson_from_another_community(
        a.store.db, work["chosen"], device_id=a.store.device_id, role="mentor"
    )


def test_return_profile_can_be_chosen_and_needs_a_recipient(homes, tmp_path: Path) -> None:
    a, b, district = homes
    work = mentor_work(a, "บ้านหนองบัว")
    send(a, district, tmp_path / "a.bundle")
    with pytest.raises(UnknownProfileError):
        export_bundle(
            district.store,
            district.identity,
            tmp_path / "x.bundle",
            passphrase="pw",
            profile="return",
        )
    # asked for by name, and the district profile when asked for it instead
    assert send(district, b, tmp_path / "named.bundle", profile="return") == "return"
    assert work["household"] not in by_id(b, "households")
    mentor_to_mentor = send(a, b, tmp_path / "peer.bundle")
    assert mentor_to_mentor == "district"  # only a district sends return bundles by default


def test_a_mentor_moving_to_a_new_laptop_keeps_their_lessons_editable(
    homes, tmp_path: Path
) -> None:
    a, b, district = homes
    work_a, work_b = mentor_work(a, "บ้านหนองบัว"), mentor_work(b, "บ้านโคกสูง")
    send(a, district, tmp_path / "a.bundle")
    district.store.put("lessons", {"id": work_a["chosen"], "status": "selected"})
    send(district, b, tmp_path / "return-b.bundle")

    handover = tmp_path / "handover.bundle"
    export_bundle(b.store, b.identity, handover, passphrase="ใบเตย 2569")
    new_laptop = make_home(tmp_path, "mentor-b-new-laptop")
    try:
        result = import_bundle(
            new_laptop.store, new_laptop.identity, handover, passphrase="ใบเตย 2569"
        )
        assert result.status == "imported"
        db, device = new_laptop.store.db, new_laptop.store.device_id
        # B's own lessons stay B's to edit; A's selected lesson stays read-only
        assert lessons_from_other_communities(db, device_id=device, role="mentor") == {
            work_a["chosen"]
        }
        assert not lesson_from_another_community(
            db, work_b["chosen"], device_id=device, role="mentor"
        )
    finally:
        new_laptop.close()


def _shared_with_b(a: Home, b: Home, district: Home, tmp_path: Path) -> dict[str, str]:
    """A's chosen lesson selected by the district and returned to B."""
    work = mentor_work(a, "บ้านหนองบัว")
    send(a, district, tmp_path / "a.bundle")
    district.store.put("lessons", {"id": work["chosen"], "status": "selected"})
    send(district, b, tmp_path / "first-return.bundle")
    assert work["chosen"] in by_id(b, "lessons")
    return work


def _stop_sharing(district: Home, b: Home, work: dict[str, str]) -> Path:
    """The district's next return bundle for B, after it stopped sharing A's chosen lesson."""
    district.store.put("lessons", {"id": work["chosen"], "status": "reviewed"})
    to_b = district.store.home.parent / "second-return.bundle"
    export_bundle(district.store, district.identity, to_b, recipient=b.card)
    return to_b


@pytest.mark.parametrize(
    "change",
    [
        {"status": "reviewed"},  # no longer selected
        {"people_consented": False},  # the people in it withdrew their consent
    ],
    ids=["unselected", "consent-withdrawn"],
)
def test_a_lesson_the_district_stops_sharing_leaves_the_other_mentors(
    homes, tmp_path: Path, change: dict[str, Any]
) -> None:
    a, b, district = homes
    work = _shared_with_b(a, b, district, tmp_path)
    own = b.store.put("lessons", lesson("ลานกีฬาบ้านโคกสูง")).record.id
    district.store.put("lessons", {"id": work["chosen"], **change})
    to_b = tmp_path / "second-return.bundle"
    export_bundle(district.store, district.identity, to_b, recipient=b.card)
    result = import_bundle(b.store, b.identity, to_b)
    assert (result.status, result.counts["withdrawn"]) == ("imported", 1)
    assert work["chosen"] not in by_id(b, "lessons")
    assert not b.store.photo_path(work["photo"]).exists()  # its photo went with it
    assert own in by_id(b, "lessons")  # B's own lessons are never withdrawn
    assert all(hit.id != work["chosen"] for hit in b.store.search("ธนาคารขยะ"))
    assert b.store.check() == []
    # nothing travels back: A keeps its story, the district keeps its copy
    send(b, district, tmp_path / "b.bundle")
    assert work["chosen"] in by_id(district, "lessons")
    send(district, a, tmp_path / "to-a.bundle")
    assert work["chosen"] in by_id(a, "lessons")
    assert a.store.photo_path(work["photo"]).is_file() and a.store.check() == []


def test_an_older_return_bundle_cannot_bring_a_withdrawn_lesson_back(homes, tmp_path: Path) -> None:
    a, b, district = homes
    work = mentor_work(a, "บ้านหนองบัว")
    send(a, district, tmp_path / "a.bundle")
    district.store.put("lessons", {"id": work["chosen"], "status": "selected"})
    older = tmp_path / "older.bundle"
    export_bundle(district.store, district.identity, older, recipient=b.card, full=True)
    district.store.put("lessons", {"id": work["chosen"], "status": "reviewed"})
    newer = tmp_path / "newer.bundle"
    export_bundle(district.store, district.identity, newer, recipient=b.card, full=True)
    assert import_bundle(b.store, b.identity, newer).status == "imported"
    result = import_bundle(b.store, b.identity, older)  # arrives late, still sharing it
    assert result.status == "imported"
    assert work["chosen"] not in by_id(b, "lessons")
    # selected again: it comes back with the next file
    district.store.put("lessons", {"id": work["chosen"], "status": "selected"})
    send(district, b, tmp_path / "again.bundle")
    assert work["chosen"] in by_id(b, "lessons")


def test_a_withdrawal_is_counted_by_a_dry_run_and_kept_by_none(homes, tmp_path: Path) -> None:
    a, b, district = homes
    work = _shared_with_b(a, b, district, tmp_path)
    preview = import_bundle(b.store, b.identity, _stop_sharing(district, b, work), dry_run=True)
    assert (preview.status, preview.counts["withdrawn"]) == ("dry-run", 1)
    assert work["chosen"] in by_id(b, "lessons")
    assert b.store.photo_path(work["photo"]).is_file()
    assert b.store.check() == []


def test_a_withdrawn_lessons_photo_stays_while_another_record_uses_it(
    homes, tmp_path: Path
) -> None:
    a, b, district = homes
    work = _shared_with_b(a, b, district, tmp_path)
    same = b.store.add_photo(photo_bytes((40, 160, 90)))  # the same picture, kept by B too
    assert same.sha256 == work["photo"]
    b.store.put("lessons", lesson("ลานกีฬาบ้านโคกสูง", photos=[{"sha256": same.sha256}]))
    assert import_bundle(b.store, b.identity, _stop_sharing(district, b, work)).status == "imported"
    assert work["chosen"] not in by_id(b, "lessons")
    assert b.store.photo_path(work["photo"]).is_file()
    assert b.store.check() == []


def test_a_backup_from_before_a_withdrawal_does_not_bring_the_lesson_back(
    homes, tmp_path: Path
) -> None:
    a, b, district = homes
    work = _shared_with_b(a, b, district, tmp_path)
    b.store.backup(tmp_path / "before.mdbackup")
    assert import_bundle(b.store, b.identity, _stop_sharing(district, b, work)).status == "imported"
    home = b.store.home
    b.close()
    Store.restore(home, tmp_path / "before.mdbackup")
    with Store(home) as restored:
        assert work["chosen"] not in {lesson.id for lesson in restored.records("lessons")}
        assert not restored.photo_path(work["photo"]).exists()
        assert restored.check() == []
