"""Write the kept database of the current schema version: `python make_version.py`.

Run it from the release that introduces a schema version (with that release's source on the
path), then commit the new `v<N>/` folder: `mentor-desk.sqlite3` (a small demo data set, a
few small photos kept beside it) and `dump.json` (what that release's `dump` printed).
`test_schema_versions.py` opens every kept file with the current code, which must upgrade
it and print the same data.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import sys
from pathlib import Path

from mentor_desk.demo import generate, generator
from mentor_desk.store import Store
from mentor_desk.store.database import DATABASE_NAME
from mentor_desk.store.schema import SCHEMA_VERSION

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 6, 1)  # fixed, so the data does not depend on the day it was made
PHOTOS = {"visits": 1, "activities": 1, "lessons": 1}


def make(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    generator.PHOTO_BUDGET = PHOTOS  # a few photos, to carry attachments through upgrades
    with Store(folder) as store:
        generate(store, seed=7, families=6, visits=20, lessons=3, activities=6, today=TODAY)
        dump = store.dump()
    conn = sqlite3.connect(folder / DATABASE_NAME)
    conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    conn.execute("VACUUM")
    conn.close()
    for leftover in folder.iterdir():
        if leftover.name not in (DATABASE_NAME, "attachments"):
            leftover.unlink() if leftover.is_file() else shutil.rmtree(leftover)
    text = json.dumps(dump, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    (folder / "dump.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    target = HERE / f"v{SCHEMA_VERSION}"
    make(target)
    print(f"wrote {target}", file=sys.stderr)
