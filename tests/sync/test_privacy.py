"""Privacy across homes: withdrawing consent erases a family everywhere (and stays erased
whatever arrives later), the audit log records it, and no private value of the demo data
ever leaves in a district or province bundle."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mentor_desk.demo import generate
from mentor_desk.domain.records import TABLES, field_specs
from mentor_desk.store import Store
from mentor_desk.sync.container import open_bundle
from mentor_desk.sync.exporter import export_bundle
from mentor_desk.sync.importer import import_bundle
from tests.samples import photo_bytes
from tests.sync.homes import befriend, make_home
from tests.sync.merge_harness import canonical_dump


@pytest.fixture
def homes(tmp_path: Path):
    mentor = make_home(tmp_path, "mentor")
    district = make_home(tmp_path, "district", role="district")
    twin = make_home(tmp_path, "twin", role="district")
    befriend(mentor, district, twin)
    yield mentor, district, twin
    for home in (mentor, district, twin):
        home.close()


def test_withdrawn_consent_is_erased_everywhere_and_stays_erased(homes, tmp_path: Path) -> None:
    mentor, district, twin = homes
    family = mentor.store.put(
        "households",
        {"head_name": "นางบัวผัน ศรีสุข", "consent_share": True, "notes": "ลูกสาวย้ายไปกรุงเทพ"},
    ).record
    member = mentor.store.put(
        "members", {"household_id": family.id, "name": "ด.ญ.มะลิ ศรีสุข", "birth_year": 2015}
    ).record
    mentor.store.put(
        "visits",
        {"household_id": family.id, "date": "2026-11-01", "observations": "เด็กไปโรงเรียนทุกวัน"},
    )
    other = mentor.store.put("households", {"head_name": "นายมี", "consent_share": True}).record
    before = tmp_path / "before.bundle"
    export_bundle(mentor.store, mentor.identity, before, recipient=district.card, full=True)
    twin_before = tmp_path / "twin-before.bundle"
    export_bundle(mentor.store, mentor.identity, twin_before, recipient=twin.card, full=True)
    assert import_bundle(district.store, district.identity, before).status == "imported"
    assert any(h["id"] == family.id for h in district.store.dump()["households"])

    erased = mentor.store.withdraw_consent(family.id)
    assert erased == {"households": 1, "members": 1, "visits": 1}
    dumped = mentor.store.dump()
    assert [h["id"] for h in dumped["households"]] == [other.id]
    assert dumped["members"] == [] and dumped["visits"] == []
    assert "บัวผัน" not in json.dumps(
        [list(r) for r in mentor.store.db.execute("SELECT * FROM households")], ensure_ascii=False
    )
    assert mentor.store.check() == []
    (event, *_) = mentor.store.audit_log()
    assert event.action == "erasure" and event.summary["members"] == 1

    after = tmp_path / "after.bundle"
    export_bundle(mentor.store, mentor.identity, after, recipient=district.card)
    with open_bundle(after, trust=district.identity.trust, keys=district.identity.keys) as opened:
        text = "\n".join(json.dumps(r, ensure_ascii=False) for r in opened.records())
    assert family.id in text and member.id in text  # the erasure travels ...
    assert "บัวผัน" not in text and "มะลิ" not in text  # ... without the data it erased
    assert import_bundle(district.store, district.identity, after).status == "imported"
    twin_after = tmp_path / "twin-after.bundle"
    export_bundle(mentor.store, mentor.identity, twin_after, recipient=twin.card, full=True)
    # the twin gets the erasure first and the old copy afterwards: erasure is absorbing
    assert import_bundle(twin.store, twin.identity, twin_after).status == "imported"
    assert import_bundle(twin.store, twin.identity, twin_before).status == "imported"
    for home in (district, twin):
        assert [h["id"] for h in home.store.dump()["households"]] == [other.id]
        assert home.store.dump()["members"] == []
        assert home.store.check() == []
    assert canonical_dump(district.store) == canonical_dump(twin.store)
    actions = [e.action for e in district.store.audit_log()]
    assert actions.count("import") == 2
    assert [e.action for e in mentor.store.audit_log()].count("export") == 4


def test_withdrawing_consent_of_an_unknown_family_is_refused(homes) -> None:
    from mentor_desk.domain.errors import NotFoundError

    mentor, _, _ = homes
    with pytest.raises(NotFoundError):
        mentor.store.withdraw_consent("00000000-0000-4000-8000-000000000000")


def private_values(dump: dict[str, list[dict[str, Any]]]) -> set[str]:
    """Every private field value, and every text of families without consent to share,
    that does not also occur as a shareable value somewhere (a common word is no leak)."""
    unshared = {h["id"] for h in dump["households"] if not h.get("consent_share")}
    private: set[str] = set()
    public: set[str] = set()
    for table in TABLES:
        specs = field_specs(table)
        for record in dump[table]:
            withheld = record["id"] in unshared or record.get("household_id") in unshared
            for name, value in record.items():
                links = name == "id" or (name in specs and specs[name].ref_table)
                if links or not isinstance(value, str | int | float) or isinstance(value, bool):
                    continue
                text = str(value)
                spec = specs.get(name)
                is_private = spec is not None and spec.private
                if (is_private or (withheld and isinstance(value, str))) and len(text) >= 6:
                    private.add(text)
                elif not is_private:
                    public.add(text)
    return private - public


@pytest.fixture(scope="module")
def demo_bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Demo data exported with every profile, and the private values of that data."""
    tmp_path = tmp_path_factory.mktemp("profiles")
    mentor = make_home(tmp_path, "mentor")
    district = make_home(tmp_path, "district", role="district")
    befriend(mentor, district)
    generate(mentor.store, seed=5, families=30, visits=200, lessons=12)
    dump = mentor.store.dump()
    records: dict[str, list[dict[str, Any]]] = {}
    for profile in ("district", "full"):
        bundle = tmp_path / f"{profile}.bundle"
        export_bundle(
            mentor.store,
            mentor.identity,
            bundle,
            recipient=district.card,
            profile=profile,
            full=True,
        )
        with open_bundle(bundle, trust=district.identity.trust, keys=district.identity.keys) as b:
            records[profile] = list(b.records())
    result = import_bundle(district.store, district.identity, tmp_path / "district.bundle")
    assert result.status == "imported"
    province = tmp_path / "province.bundle"
    export_bundle(
        district.store, district.identity, province, recipient=mentor.card, profile="province"
    )
    with open_bundle(province, trust=mentor.identity.trust, keys=mentor.identity.keys) as b:
        records["province"] = list(b.records())
    mentor.close()
    district.close()
    return {"dump": dump, "records": records, "secrets": private_values(dump)}


def leaks(demo: dict[str, Any], profile: str, *, lessons: bool) -> list[str]:
    chosen = [r for r in demo["records"][profile] if (r.get("table") == "lessons") == lessons]
    text = json.dumps(chosen, ensure_ascii=False)
    return sorted(s for s in demo["secrets"] if s in text)


def test_the_scan_finds_private_values_where_they_are_meant_to_be(demo_bundles) -> None:
    assert len(demo_bundles["secrets"]) > 50
    assert leaks(demo_bundles, "full", lessons=False)  # the full backup holds everything


@pytest.mark.parametrize("profile", ["district", "province"])
def test_no_private_value_leaves_in_district_or_province_bundles(demo_bundles, profile) -> None:
    assert leaks(demo_bundles, profile, lessons=False) == []
    if profile == "province":
        assert leaks(demo_bundles, profile, lessons=True) == []


def test_lessons_naming_people_without_their_consent_stay_home(demo_bundles) -> None:
    unconsented = {
        lesson["id"] for lesson in demo_bundles["dump"]["lessons"] if not lesson["people_consented"]
    }
    sent = [r for r in demo_bundles["records"]["district"] if r.get("id") in unconsented]
    text = json.dumps(sent, ensure_ascii=False)
    assert sorted(s for s in demo_bundles["secrets"] if s in text) == []


def test_what_waits_to_be_sent_is_what_a_district_file_carries(homes, tmp_path: Path) -> None:
    from mentor_desk.store.queries import unsent_count
    from mentor_desk.sync.exporter import export_receipt

    mentor, district, _ = homes
    sharing = mentor.store.put("households", {"head_name": "นางบัวผัน", "consent_share": True})
    private = mentor.store.put("households", {"head_name": "นายมี", "consent_share": False})
    for family in (sharing.record, private.record):
        mentor.store.put("members", {"household_id": family.id, "name": "ด.ญ.มะลิ"})
        mentor.store.put("visits", {"household_id": family.id, "date": "2026-11-01"})
    mentor.store.put(
        "activities", {"title": "วันครอบครัว", "date": "2026-11-05", "kind": "family_day"}
    )
    mentor.store.put(
        "lessons", {"kind": "lesson_learned", "title": "ธนาคารขยะ", "people_consented": True}
    )
    mentor.store.put(
        "lessons", {"kind": "good_deed", "title": "เรื่องของป้าบัว", "people_consented": False}
    )
    first = export_bundle(
        mentor.store, mentor.identity, tmp_path / "1.bundle", recipient=district.card
    )
    assert unsent_count(mentor.store.db) == first.records == 5  # 1+1+1 family, activity, lesson

    assert (
        import_bundle(district.store, district.identity, tmp_path / "1.bundle").status == "imported"
    )
    export_receipt(district.store, district.identity, tmp_path / "r.bundle", recipient=mentor.card)
    assert import_bundle(mentor.store, mentor.identity, tmp_path / "r.bundle").status == "imported"
    assert unsent_count(mentor.store.db) == 0  # the family without consent never waits

    mentor.store.withdraw_consent(sharing.record.id)
    second = export_bundle(
        mentor.store, mentor.identity, tmp_path / "2.bundle", recipient=district.card
    )
    assert unsent_count(mentor.store.db) == second.records == 3  # the erasure travels


def test_an_erased_familys_photos_leave_every_copy_and_stay_gone(homes, tmp_path: Path) -> None:
    mentor, district, twin = homes
    store = mentor.store
    face, visit_photo, neighbour = (
        store.add_photo(photo_bytes(colour)).sha256
        for colour in ((200, 30, 30), (30, 200, 30), (30, 30, 200))
    )
    family = store.put(
        "households",
        {
            "head_name": "นางบัวผัน ศรีสุข",
            "consent_share": True,
            "consent_photos": True,
            "photos": [{"sha256": face}],
        },
    ).record
    store.put(
        "visits",
        {"household_id": family.id, "date": "2026-11-01", "photos": [{"sha256": visit_photo}]},
    )
    store.put(
        "households",
        {
            "head_name": "นายมี",
            "consent_share": True,
            "consent_photos": True,
            "photos": [{"sha256": neighbour}],
        },
    )
    old_copy = tmp_path / "old-copy.bundle"
    export_bundle(store, mentor.identity, old_copy, recipient=twin.card, full=True)
    first = tmp_path / "first.bundle"
    export_bundle(store, mentor.identity, first, recipient=district.card, full=True)
    assert import_bundle(district.store, district.identity, first).status == "imported"
    store.backup(tmp_path / "before.mdbackup")

    store.withdraw_consent(family.id)
    erasure = tmp_path / "erasure.bundle"
    export_bundle(store, mentor.identity, erasure, recipient=district.card)
    assert import_bundle(district.store, district.identity, erasure).status == "imported"
    to_twin = tmp_path / "to-twin.bundle"
    export_bundle(store, mentor.identity, to_twin, recipient=twin.card, full=True)
    assert import_bundle(twin.store, twin.identity, to_twin).status == "imported"
    assert import_bundle(twin.store, twin.identity, old_copy).status == "imported"  # late

    for home in (mentor, district, twin):
        assert not home.store.photo_path(face).exists(), home.store.home.name
        assert not home.store.photo_path(visit_photo).exists(), home.store.home.name
        assert home.store.photo_path(neighbour).is_file(), home.store.home.name
        assert home.store.check() == []

    # a backup taken before the erasure brings the photos back for a moment only
    home = store.home
    mentor.close()
    Store.restore(home, tmp_path / "before.mdbackup")
    with Store(home) as restored:
        assert not restored.photo_path(face).exists()
        assert not restored.photo_path(visit_photo).exists()
        assert restored.photo_path(neighbour).is_file()
        assert restored.check() == []
