"""Programs killed with SIGKILL in the middle of a write leave nothing half-written.

Each test runs a real writer in a subprocess (a loop of visit saves, a slow migration, a
backup, photo writes), kills it at a random moment, and then checks that `check` passes
(after `check --repair` where a crash can leave harmless debris) and that the data is
exactly as it was before or after a whole write.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import uuid
import zipfile
from pathlib import Path

import pytest

from mentor_desk.demo import generate
from mentor_desk.store import Profile, Store
from mentor_desk.store.backup import restore_backup
from mentor_desk.store.database import DATABASE_NAME

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

VISIT_KILLS = 10
MIGRATION_KILLS = 10
BACKUP_KILLS = 10
PHOTO_KILLS = 10
TOTAL_KILLS = VISIT_KILLS + MIGRATION_KILLS + BACKUP_KILLS + PHOTO_KILLS
TEST_MIGRATION_SET = "mentor_desk_crash_test"
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def canonical(store: Store) -> str:
    return json.dumps(store.dump(), ensure_ascii=False, sort_keys=True)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("crash") / "pristine"
    with Store(home) as store:
        store.set_profile(Profile(name="ครูสมศรี", role="mentor"))
        generate(store, seed=11, families=12, visits=120, lessons=4)
    return home


def run_until_killed(script: str, args: list[str], delay: float) -> None:
    """Start `script`, wait until it says it is writing, let it run `delay` s, SIGKILL it."""
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=ENV,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "writing"
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL, "the writer ended before it was killed"


def fresh_copy(pristine: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(pristine, target)
    return target


VISIT_WRITER = textwrap.dedent(
    """
    import sys, uuid
    from pathlib import Path
    from mentor_desk.store import Store
    store = Store(Path(sys.argv[1]))
    household = sys.argv[2]
    print("writing", flush=True)
    i = 0
    while True:
        store.put("visits", {
            "id": str(uuid.UUID(int=i + 1)),
            "household_id": household,
            "date": "2026-11-01",
            "observations": f"obs {i} " + "ก" * 400,
            "actions_agreed": f"act {i}",
        })
        i += 1
    """
)


def test_killing_visit_saves_never_leaves_half_a_visit(pristine: Path, tmp_path: Path) -> None:
    with Store(pristine) as store:
        household = store.records("households")[0].id
        before = store.dump()
    known = {v["id"] for v in before["visits"]}
    rng = random.Random(1)
    written = []
    for _ in range(VISIT_KILLS):
        home = fresh_copy(pristine, tmp_path / "home")
        run_until_killed(VISIT_WRITER, [str(home), household], rng.uniform(0.05, 1.0))
        with Store(home) as store:
            assert store.check() == []
            after = store.dump()
        new = [v for v in after["visits"] if v["id"] not in known]
        indices = sorted(uuid.UUID(v["id"]).int - 1 for v in new)
        assert indices == list(range(len(indices)))  # whole writes, in order, none skipped
        for visit in new:
            i = uuid.UUID(visit["id"]).int - 1
            assert visit["observations"] == f"obs {i} " + "ก" * 400
            assert visit["actions_agreed"] == f"act {i}"
        assert {t: r for t, r in after.items() if t != "visits"} == {
            t: r for t, r in before.items() if t != "visits"
        }
        written.append(len(new))
    assert max(written) > 0


SLOW_MIGRATION = textwrap.dedent(
    f"""
    import sqlite3, sys, time
    from sqlite_utils import Database, Migrations
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    db = Database(conn)
    migrations = Migrations("{TEST_MIGRATION_SET}")

    @migrations()
    def m001_slow_rewrite(db):
        db.execute("ALTER TABLE visits ADD COLUMN crash_test TEXT")
        ids = [row[0] for row in db.execute("SELECT id FROM visits ORDER BY id")]
        for n, visit_id in enumerate(ids):
            db.execute(
                "UPDATE visits SET observations = observations || ' (migrated)', "
                "crash_test = ? WHERE id = ?", [str(n), visit_id]
            )
            time.sleep(0.004)

    print("writing", flush=True)
    migrations.apply(db)
    print("done", flush=True)
    time.sleep(60)
    """
)


def raw_state(path: Path) -> tuple[bool, int, int]:
    """(migration recorded, visits with the new column filled, visits marked migrated)."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        recorded = conn.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?",
            [TEST_MIGRATION_SET],
        ).fetchone()[0]
        columns = [row[1] for row in conn.execute("PRAGMA table_info(visits)")]
        filled = (
            conn.execute("SELECT count(*) FROM visits WHERE crash_test IS NOT NULL").fetchone()[0]
            if "crash_test" in columns
            else 0
        )
        marked = conn.execute(
            "SELECT count(*) FROM visits WHERE observations LIKE '% (migrated)'"
        ).fetchone()[0]
        if recorded:
            conn.execute(
                "DELETE FROM _sqlite_migrations WHERE migration_set = ?", [TEST_MIGRATION_SET]
            )
            conn.commit()  # the test's own bookkeeping: `check` counts the app's migrations
        return bool(recorded), filled, marked
    finally:
        conn.close()


def test_killing_a_migration_leaves_the_old_or_the_new_schema(
    pristine: Path, tmp_path: Path
) -> None:
    with Store(pristine) as store:
        (visits,) = store.db.execute("SELECT count(*) FROM visits").fetchone()
    rng = random.Random(2)
    outcomes = {"before": 0, "after": 0}
    for n in range(MIGRATION_KILLS):
        home = fresh_copy(pristine, tmp_path / "home")
        delay = rng.uniform(0.0, 0.6) if n else 5.0  # the first run is let through to the end
        run_until_killed(SLOW_MIGRATION, [str(home / DATABASE_NAME)], delay)
        recorded, filled, marked = raw_state(home / DATABASE_NAME)
        assert (recorded, filled, marked) in ((False, 0, 0), (True, visits, visits))
        outcomes["after" if recorded else "before"] += 1
        with Store(home) as store:
            assert store.check() == []
    assert outcomes["before"] > 0 and outcomes["after"] > 0, outcomes


BACKUP_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from mentor_desk.store import Store
    store = Store(Path(sys.argv[1]))
    print("writing", flush=True)
    n = 0
    while True:
        store.backup(Path(sys.argv[2]) / f"backup-{n}.zip")
        n += 1
    """
)


def test_killing_a_backup_leaves_only_whole_backup_files(pristine: Path, tmp_path: Path) -> None:
    with Store(pristine) as store:
        before = canonical(store)
    rng = random.Random(3)
    checked_restore = False
    for _ in range(BACKUP_KILLS):
        home = fresh_copy(pristine, tmp_path / "home")
        target = home / "backups"
        target.mkdir()
        run_until_killed(BACKUP_WRITER, [str(home), str(target)], rng.uniform(0.05, 1.5))
        with Store(home) as store:
            assert store.check() == []
            assert canonical(store) == before
            store.repair(stale_after=0)
        assert not list(target.glob(".backup-*"))
        finished = sorted(target.glob("backup-*.zip"))
        for path in finished:
            with zipfile.ZipFile(path) as archive:
                assert archive.testzip() is None
        if finished and not checked_restore:
            restored = tmp_path / "restored"
            restored.mkdir()
            restore_backup(finished[-1], restored)
            with Store(restored) as store:
                assert store.check() == []
                assert canonical(store) == before
            checked_restore = True
    assert checked_restore


PHOTO_WRITER = textwrap.dedent(
    """
    import io, random, sys
    from pathlib import Path
    from PIL import Image
    from mentor_desk.store import Store
    store = Store(Path(sys.argv[1]))
    rng = random.Random(int(sys.argv[2]))
    print("writing", flush=True)
    while True:
        image = Image.frombytes("RGB", (400, 300), rng.randbytes(400 * 300 * 3))
        out = io.BytesIO()
        image.save(out, format="PNG")
        store.add_photo(out.getvalue())
    """
)


def test_killing_photo_writes_leaves_no_half_written_photo(pristine: Path, tmp_path: Path) -> None:
    with Store(pristine) as store:
        before = canonical(store)
        (photos_before,) = store.db.execute("SELECT count(*) FROM attachments").fetchone()
    rng = random.Random(4)
    added = []
    for n in range(PHOTO_KILLS):
        home = fresh_copy(pristine, tmp_path / "home")
        run_until_killed(PHOTO_WRITER, [str(home), str(n)], rng.uniform(0.05, 1.5))
        with Store(home) as store:
            assert store.check() == []  # every photo the database knows is whole
            for sha in store.attachments.stored_hashes():
                assert store.attachments.verify(sha) is None  # even files not yet recorded
            store.repair(stale_after=0)
            assert store.attachments.stored_hashes() == {
                row[0] for row in store.db.execute("SELECT sha256 FROM attachments")
            }
            assert not list((home / "attachments").glob("*/.incoming-*"))
            assert store.check() == []
            assert canonical(store) == before
            (photos,) = store.db.execute("SELECT count(*) FROM attachments").fetchone()
            added.append(photos - photos_before)
    assert max(added) > 0


def test_check_repair_removes_debris_and_says_what_it_did(pristine: Path, tmp_path: Path) -> None:
    home = fresh_copy(pristine, tmp_path / "home")
    orphan = home / "attachments" / "ab" / ("ab" + "0" * 62)
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"x" * 10)
    incoming = home / "attachments" / "ab" / ".incoming-xyz"
    incoming.write_bytes(b"y" * 5)
    work = home / "mentor-desk-import-abc123"
    (work / "inner").mkdir(parents=True)
    (work / "inner" / "bundle.zip").write_bytes(b"z" * 7)
    fresh = home / "mentor-desk-export-fresh"
    fresh.mkdir()
    old = time.time() - 7200
    for path in (orphan, incoming, work):
        os.utime(path, (old, old))
    result = subprocess.run(
        [sys.executable, "-m", "mentor_desk", "--home", str(home), "check", "--repair"],
        capture_output=True,
        text=True,
        env=ENV,
    )
    assert result.returncode == 0, result.stderr
    assert f"removed orphaned photo attachments/ab/{orphan.name}" in result.stdout
    assert "removed temporary file attachments/ab/.incoming-xyz" in result.stdout
    assert "removed leftover work folder mentor-desk-import-abc123" in result.stdout
    assert "ลบไฟล์ที่ไม่ใช้ 3 รายการ (22 ไบต์)" in result.stdout
    assert not orphan.exists() and not incoming.exists() and not work.exists()
    assert fresh.exists()  # may belong to an export still running
    assert "ok:" in result.stdout
