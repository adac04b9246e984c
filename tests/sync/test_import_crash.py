"""An import killed with SIGKILL at random moments leaves the database as it was before or
as it is after the import, never in between, and `check` passes."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mentor_desk.demo import generate
from mentor_desk.store import Store
from mentor_desk.sync.exporter import export_bundle
from mentor_desk.sync.importer import import_bundle
from tests.sync.homes import befriend, make_home
from tests.sync.merge_harness import canonical_dump

KILLS = 50


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killing_an_import_never_leaves_it_half_done(tmp_path: Path) -> None:
    mentor = make_home(tmp_path, "mentor")
    district = make_home(tmp_path, "district", role="district")
    befriend(mentor, district)
    generate(mentor.store, seed=3, families=40, visits=600, lessons=20)
    bundle = tmp_path / "mentor.bundle"
    export_bundle(mentor.store, mentor.identity, bundle, recipient=district.card, profile="full")
    mentor.close()
    district.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(district.store.home, pristine)
    with Store(pristine) as store:
        before = canonical_dump(store)
    finished = tmp_path / "finished"
    shutil.copytree(pristine, finished)
    finished_home = make_home_at(finished)
    import_bundle(finished_home.store, finished_home.identity, bundle)
    after = canonical_dump(finished_home.store)
    finished_home.close()
    assert before != after

    rng = random.Random(50)
    outcomes = {"before": 0, "after": 0}
    home = tmp_path / "victim"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "mentor_desk", "--home", str(home), "import", str(bundle)]
    shutil.copytree(pristine, home)
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, env=env, check=True)
    whole_run = time.perf_counter() - started  # kill moments spread over a whole import
    for _ in range(KILLS):
        shutil.rmtree(home, ignore_errors=True)
        shutil.copytree(pristine, home)
        process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
        )
        time.sleep(rng.uniform(0.1, 1.15) * whole_run)
        process.send_signal(signal.SIGKILL)
        process.wait()
        with Store(home) as store:
            assert store.check() == []
            dumped = canonical_dump(store)
        assert dumped in (before, after)
        outcomes["before" if dumped == before else "after"] += 1
    assert outcomes["before"] > 0 and outcomes["after"] > 0, outcomes


def make_home_at(path: Path):
    from mentor_desk.sync.identity import ensure_identity
    from tests.sync.homes import Home

    store = Store(path)
    return Home(store, ensure_identity(store))
