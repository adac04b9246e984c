"""The command line, exercised as users and scripts run it: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentor_desk.store import Store
from tests.samples import fill_every_table


def run(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("MENTOR_DESK_HOME", None)
    return subprocess.run(
        [sys.executable, "-m", "mentor_desk", "--home", str(home), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=stdin,
        env=env,
        timeout=120,
    )


def test_init_put_dump_check(home: Path) -> None:
    init = run(
        home,
        "init",
        "--name",
        "สมศรี ใจงาม",
        "--role",
        "mentor",
        "--province",
        "40",
        "--district",
        "4007",
        "--subdistrict",
        "400701",
        "--village",
        "3",
    )
    assert init.returncode == 0, init.stderr
    put = run(home, "put", "households", json.dumps({"head_name": "นางบัวผัน ศรีสุข"}))
    assert put.returncode == 0, put.stderr
    household_id = put.stdout.strip()
    visit = {"household_id": household_id, "date": "2026-11-01", "topics": ["health"]}
    assert run(home, "put", "visits", "-", stdin=json.dumps(visit)).returncode == 0
    dump = run(home, "dump")
    assert dump.returncode == 0
    data = json.loads(dump.stdout)
    assert list(data) == sorted(["households", "members", "visits", "activities", "lessons"])
    assert data["households"][0]["id"] == household_id
    assert data["visits"][0]["topics"] == ["health"]
    check = run(home, "check")
    assert check.returncode == 0 and check.stdout.startswith("ok")


def test_home_from_the_environment(tmp_path: Path) -> None:
    env = {**os.environ, "MENTOR_DESK_HOME": str(tmp_path / "env-home")}
    result = subprocess.run(
        [sys.executable, "-m", "mentor_desk", "put", "households", '{"head_name": "ก"}'],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env-home" / "mentor-desk.sqlite3").exists()


def test_init_refuses_unknown_area_codes(home: Path) -> None:
    result = run(home, "init", "--name", "x", "--role", "mentor", "--district", "9999")
    assert result.returncode == 2 and "--district" in result.stderr


BAD_PUTS = [
    (["put", "nowhere", "{}"], "nowhere"),
    (["put", "households", '{"head_name": "ก", "nickname": "x"}'], "households.nickname"),
    (["put", "households", '{"head_name": 42}'], "households.head_name"),
    (["put", "visits", '{"date": "2026-11-01"}'], "visits.household_id"),
    (["put", "households", '{"head_name": "ก",'], "JSON"),
    (["put", "households", '{"head_name": "ก", "head_name": "ข"}'], "JSON"),
    (["put", "households", '{"head_name": "ก", "latitude": NaN}'], "JSON"),
    (
        ["put", "households", '{"head_name": "ก", "moo": 100000000000000000000000}'],
        "households.moo",
    ),
    (["put", "households", "[" * 5000 + "]" * 5000], "JSON"),
    (["put", "households", '"just text"'], "households"),
    (["delete", "households", "3f1c0b5e-8a61-4c1b-9b1e-2d5b7c0e4a11"], "households"),
]


@pytest.mark.parametrize(("args", "named"), BAD_PUTS)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(
    home: Path, args: list[str], named: str
) -> None:
    with Store(home) as store:
        fill_every_table(store)
    before = run(home, "dump").stdout
    result = run(home, *args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and named in lines[0]
    assert run(home, "dump").stdout == before


def test_check_exits_1_and_names_each_fault(home: Path) -> None:
    with Store(home) as store:
        fill_every_table(store)
        (sha,) = [row[0] for row in store.db.execute("SELECT sha256 FROM attachments")]
        store.photo_path(sha).write_bytes(b"garbage")
    result = run(home, "check")
    assert result.returncode == 1
    assert sha in result.stdout and "attachment" in result.stdout


def test_delete_and_backup_restore(home: Path, tmp_path: Path) -> None:
    with Store(home) as store:
        fill_every_table(store)
        lesson_id = store.records("lessons")[0].id
    backup = tmp_path / "safe.mdbackup"
    assert run(home, "backup", str(backup)).returncode == 0
    assert run(home, "delete", "lessons", lesson_id).returncode == 0
    assert json.loads(run(home, "dump").stdout)["lessons"] == []
    assert run(home, "restore", str(backup)).returncode == 0
    assert json.loads(run(home, "dump").stdout)["lessons"][0]["id"] == lesson_id
