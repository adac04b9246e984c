"""Refresh the Thai catalogues from the source and compile them.

Usage: python assets/translations/update.py [--check]

Each area of the GUI has its own .ts file (so areas can be translated independently);
`lupdate` collects `tr()` strings from the area's modules into it, and `lrelease` compiles
all of them into the one `mentor_desk_th.qm` the app loads. With --check, nothing is
written: the command fails if a string lacks Thai or the .qm is out of date.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
UI = ROOT / "src" / "mentor_desk" / "ui"
QM = HERE / "mentor_desk_th.qm"

# area → source globs (relative to the ui package); every ui module belongs to one area.
AREAS: dict[str, tuple[str, ...]] = {
    "shell": ("*.py", "widgets/*.py", "pages/base.py", "pages/home.py", "pages/settings.py"),
    "households": ("pages/households*.py", "pages/visit*.py", "households/*.py"),
    "library": (
        "pages/activities*.py",
        "pages/lessons*.py",
        "pages/search*.py",
        "library/*.py",
    ),
    "printing": ("printing/*.py", "pages/prints.py"),
    "sync": ("pages/sync_page.py", "pages/review_page.py", "sync/*.py"),
    "district": ("pages/district_*.py", "district/*.py"),
    "review": ("pages/lesson_review.py", "lesson_review/*.py"),
}


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent)
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found (install PySide6-Essentials)")
    return found


def sources(area: str) -> list[Path]:
    return sorted({p for pattern in AREAS[area] for p in UI.glob(pattern)})


def run_lupdate(area: str, target: Path) -> None:
    files = [str(p) for p in sources(area)]
    if not files:
        return
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *files,
            "-target-language",
            "th_TH",
            "-ts",
            str(target),
        ],
        check=True,
    )


def untranslated(ts_file: Path) -> list[str]:
    """Source strings of a .ts file that have no Thai translation."""
    if not ts_file.exists():
        return []
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(source)
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if not all(form.strip() for form in forms):
            missing.append(source)
    return missing


def compile_qm(target: Path) -> None:
    ts_files = [str(HERE / f"{area}_th.ts") for area in AREAS if (HERE / f"{area}_th.ts").exists()]
    subprocess.run([tool("lrelease"), "-silent", *ts_files, "-qm", str(target)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="verify only; write nothing")
    args = parser.parse_args()
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for area in AREAS:
            committed = HERE / f"{area}_th.ts"
            target = Path(scratch) / committed.name if args.check else committed
            if args.check and committed.exists():
                shutil.copy(committed, target)
            run_lupdate(area, target)
            problems += [f"{area}: no Thai for {s!r}" for s in untranslated(target)]
        if args.check:
            fresh = Path(scratch) / QM.name
            compile_qm(fresh)
            if not QM.exists() or not filecmp.cmp(fresh, QM, shallow=False):
                problems.append(f"{QM.name} is out of date: run assets/translations/update.py")
        else:
            compile_qm(QM)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
