"""A district takes in twenty mentors' files through the command line, in any order, with
duplicates, late deltas and a damaged file: its registry and report add up to exactly what the
mentors shared, and a lesson decision travels back to its mentor."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

MENTORS = 20
TODAY = "2026-11-22"


def run(home: Path, *args: str, ok: tuple[int, ...] = (0,)) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "mentor_desk", "--home", str(home), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode in ok, done.stderr
    return done.stdout


# Runs several commands in one process: each goes through the command line's `main(argv)`
# exactly as typed, but Python and the app are loaded once per mentor, not once per command.
_SCRIPT = """
import contextlib, io, json, sys
from mentor_desk.cli import main
outputs = []
for argv in json.loads(sys.argv[1]):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(argv)
    if code != 0:
        sys.exit(f"{argv[2:]} exited {code}")
    outputs.append(buffer.getvalue())
sys.stdout.reconfigure(encoding="utf-8")
print(json.dumps(outputs))
"""


def run_many(home: Path, *commands: list[str]) -> list[str]:
    argvs = [["--home", str(home), *command] for command in commands]
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, json.dumps(argvs)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    outputs: list[str] = json.loads(done.stdout)
    return outputs


KINDS = ("family_day", "religious", "parenting_class", "sport")
VIRTUES = ("sufficiency", "discipline", "integrity", "volunteerism")
STATUSES = ("draft", "submitted", "reviewed")
AGENCIES = ("รพ.สต.", "พมจ.ขอนแก่น", "")


def as_json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def make_mentor(root: Path, index: int, district_card: Path) -> dict[str, Any]:
    """A mentor home made through the command line, a few records varied by `index`, with one
    bundle for the district (and, for a few, a late second bundle); returns what it shared,
    from its own dump."""
    home = root / f"mentor{index:02d}"
    card = root / f"mentor{index:02d}.pub"
    bundles = [root / f"mentor{index:02d}-1.bundle"]
    sub = f"4007{index % 3 + 1:02d}"
    area = {"subdistrict_code": sub, "district_code": "4007", "province_code": "40"}
    out = run_many(
        home,
        ["init", "--name", f"พี่เลี้ยง {index:02d}", "--role", "mentor"],
        ["put", "households", as_json({"head_name": "ยินยอม", "consent_share": True, **area})],
        ["put", "households", as_json({"head_name": "ไม่ยินยอม", "status": "active", **area})],
        ["keys", "export-public", str(card)],
        ["keys", "trust", str(district_card)],
    )
    writer = out[0].split("device ")[-1].strip(" )\n")
    shared, private = out[1].strip(), out[2].strip()
    visits = [
        {
            "household_id": household,
            "date": f"2026-{(index + n) % 9 + 1:02d}-{n + 10}",
            "mode": "home",
            "referral_agency": AGENCIES[(index + n) % 3],
            "next_visit_date": "2026-10-01" if n == 0 else None,
        }
        for n, household in enumerate((shared, shared, private))
    ]
    activity = {
        "title": f"กิจกรรม {index}",
        "kind": KINDS[index % 4],
        "date": f"2026-{index % 9 + 1:02d}-05",
        "adults": index + 3,
        "children": index % 4,
        "virtues": list(VIRTUES[: index % 4 + 1]),
        "household_ids": [shared, private],
    }
    lesson = {
        "kind": "lesson_learned",
        "title": f"บทเรียน {index}",
        "status": STATUSES[index % 3],
        "people_consented": True,
    }
    late: list[list[str]] = []
    if index % 5 == 0:  # a late second file carrying one more visit
        bundles.append(root / f"mentor{index:02d}-2.bundle")
        late = [
            [
                "put",
                "visits",
                as_json({**visits[0], "date": "2026-11-01", "next_visit_date": "2026-12-01"}),
            ],
            ["export", str(bundles[1]), "--to", str(district_card)],
        ]
    out = run_many(
        home,
        *(["put", "visits", as_json(visit)] for visit in visits),
        ["put", "activities", as_json(activity)],
        ["put", "lessons", as_json(lesson)],
        ["export", str(bundles[0]), "--to", str(district_card)],
        *late,
        ["dump"],
    )
    return {
        "home": home,
        "card": card,
        "bundles": bundles,
        "writer": writer,
        "dump": json.loads(out[-1]),
    }


def shared_part(dump: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """What the district profile sends: households with consent and what hangs off them."""
    sharing = {h["id"] for h in dump["households"] if h["consent_share"]}
    return {
        "households": [h for h in dump["households"] if h["id"] in sharing],
        "members": [m for m in dump["members"] if m["household_id"] in sharing],
        "visits": [v for v in dump["visits"] if v["household_id"] in sharing],
        "activities": [
            {**a, "household_ids": [h for h in a["household_ids"] if h in sharing]}
            for a in dump["activities"]
        ],
        "lessons": dump["lessons"],
    }


def expected_report(mentors: list[dict[str, Any]]) -> dict[str, Any]:
    """The report's figures, added up from each mentor's own shared data."""
    parts = [shared_part(m["dump"]) for m in mentors]
    every = {table: [r for p in parts for r in p[table]] for table in parts[0]}
    subdistrict = {h["id"]: h["subdistrict_code"] for h in every["households"]}
    by_month: Counter[tuple[str, str]] = Counter(
        (v["date"][:7], subdistrict[v["household_id"]]) for v in every["visits"]
    )
    return {
        "households_registered": len(every["households"]),
        "households_reached": len({v["household_id"] for v in every["visits"]}),
        "visits": len(every["visits"]),
        "visits_by_month_subdistrict": [
            {"month": month, "subdistrict_code": sub, "visits": count}
            for (month, sub), count in sorted(by_month.items())
        ],
        "activities": len(every["activities"]),
        "activities_by_kind": dict(sorted(Counter(a["kind"] for a in every["activities"]).items())),
        "activities_by_virtue": dict(
            sorted(Counter(v for a in every["activities"] for v in a["virtues"]).items())
        ),
        "participants": {
            "adults": sum(a["adults"] or 0 for a in every["activities"]),
            "children": sum(a["children"] or 0 for a in every["activities"]),
            "people": sum((a["adults"] or 0) + (a["children"] or 0) for a in every["activities"]),
            "households": len({h for a in every["activities"] for h in a["household_ids"]}),
        },
        "referrals_by_agency": dict(
            sorted(
                Counter(
                    v["referral_agency"] for v in every["visits"] if v["referral_agency"]
                ).items()
            )
        ),
        "lessons_by_status": dict(sorted(Counter(x["status"] for x in every["lessons"]).items())),
        "records_by_writer": {
            m["writer"]: sum(len(rows) for rows in p.values())
            for m, p in zip(mentors, parts, strict=True)
        },
    }


def report(home: Path) -> dict[str, Any]:
    return json.loads(run(home, "report", "--json", "--today", TODAY))


def without_arrival_times(figures: dict[str, Any]) -> dict[str, Any]:
    out = dict(figures)
    out["mentors"] = [
        {k: v for k, v in line.items() if k not in ("last_received_at", "days_since_last_report")}
        for line in figures["mentors"]
    ]
    return out


@pytest.mark.slow
def test_twenty_mentors_merge_into_the_district_in_any_order(tmp_path: Path) -> None:
    district = tmp_path / "district"
    run(district, "init", "--name", "อำเภอน้ำพอง", "--role", "district")
    district_card = tmp_path / "district.pub"
    run(district, "keys", "export-public", str(district_card))
    with ThreadPoolExecutor(max_workers=8) as pool:
        mentors = list(pool.map(lambda i: make_mentor(tmp_path, i, district_card), range(MENTORS)))
    run_many(district, *(["keys", "trust", str(m["card"])] for m in mentors))
    twin = tmp_path / "district-twin"
    shutil.copytree(district, twin)  # the same district before any file arrived

    bundles = [b for m in mentors for b in m["bundles"]]
    tampered = tmp_path / "tampered.bundle"
    data = bytearray(mentors[3]["bundles"][0].read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    first_order = [*bundles, *bundles[:4], tampered]
    random.Random(1).shuffle(first_order)
    second_order = [*bundles, *bundles[-3:], tampered]
    random.Random(2).shuffle(second_order)

    first = json.loads(run(district, "import", *map(str, first_order), ok=(1,)))
    second = json.loads(run(twin, "import", *map(str, second_order), ok=(1,)))
    for summary in (first, second):
        refused = [f["file"] for f in summary["files"] if f["status"] == "refused"]
        assert refused == [str(tampered)]
        statuses = Counter(f["status"] for f in summary["files"])
        assert statuses["imported"] == len(bundles)
    expected = expected_report(mentors)
    figures = report(district)
    for key, value in expected.items():
        if key != "records_by_writer":
            assert figures[key] == value, key
    for writer, count in expected["records_by_writer"].items():
        assert figures["records_by_writer"][writer] == count
    mentor_lines = [line for line in figures["mentors"] if line["role"] == "mentor"]
    assert sorted(line["name"] for line in mentor_lines) == [
        f"พี่เลี้ยง {i:02d}" for i in range(MENTORS)
    ]
    assert all(line["days_since_last_report"] is not None for line in mentor_lines)
    assert all(line["last_received_at"] for line in mentor_lines)
    assert without_arrival_times(report(twin)) == without_arrival_times(figures)

    # a lesson decision goes back to the mentor who wrote it
    author = mentors[7]
    lesson_id = author["dump"]["lessons"][0]["id"]
    newly_selected = author["dump"]["lessons"][0]["status"] != "selected"
    decision = {"id": lesson_id, "status": "selected", "reviewer_notes": "คัดเลือกลงหนังสือ"}
    back = tmp_path / "back-to-mentor07.bundle"
    run_many(
        district,
        ["put", "lessons", json.dumps(decision, ensure_ascii=False)],
        ["export", str(back), "--to", str(author["card"])],
    )
    run(author["home"], "import", str(back))
    lessons = json.loads(run(author["home"], "dump"))["lessons"]
    lesson = next(x for x in lessons if x["id"] == lesson_id)
    assert (lesson["status"], lesson["reviewer_notes"]) == ("selected", "คัดเลือกลงหนังสือ")
    selected_before = figures["lessons_by_status"].get("selected", 0)
    after = report(district)["lessons_by_status"]["selected"]
    assert after == selected_before + newly_selected
