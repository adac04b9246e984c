"""Work of the district's batch import (รับไฟล์จากพี่เลี้ยง), run on the database worker
thread: finding the mentors' files in a folder, importing them all with one progress bar and
one Cancel, and writing the summary's CSV. No widgets here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from mentor_desk.domain.errors import MentorDeskError
from mentor_desk.printing.intake_summary import IntakeLine, IntakeSummary, write_intake_csv
from mentor_desk.store import Store
from mentor_desk.sync.encryption import detect_protection
from mentor_desk.sync.identity import ensure_identity
from mentor_desk.sync.importer import ImportResult, import_bundles
from mentor_desk.ui.database import Progress
from mentor_desk.ui.sync.device_jobs import BUNDLE_SUFFIX

# Files with these endings are listed even when damaged (so they are named as refused);
# others only when they start like an encrypted Mentor Desk file.
BUNDLE_SUFFIXES = (BUNDLE_SUFFIX, ".bundle", ".age")
SKIPPED_SUFFIXES = (".part", ".tmp", ".mdkey", ".json", ".csv", ".pdf")
MAX_FILES_LISTED = 2_000  # a folder chosen by mistake (a whole disk) stops here
CANCELLED = "cancelled"
WAITING = "waiting"


def find_bundle_files(paths: Sequence[Path]) -> list[Path]:
    """Worker thread: the bundle files among `paths`, folders looked into (one level; files
    whose names start with a dot are left out), sorted by name, each once."""
    found: dict[str, Path] = {}
    for path in paths:
        candidates = sorted(path.iterdir()) if path.is_dir() else [path]
        for candidate in candidates:
            if len(found) >= MAX_FILES_LISTED:
                break
            if _looks_like_bundle(candidate):
                found.setdefault(str(candidate.resolve()), candidate)
    return sorted(found.values(), key=lambda p: (p.name.casefold(), str(p)))


def _looks_like_bundle(path: Path) -> bool:
    if path.name.startswith(".") or not path.is_file():
        return False
    suffix = path.suffix.lower()
    if suffix in BUNDLE_SUFFIXES:
        return True
    if suffix in SKIPPED_SUFFIXES:
        return False
    try:
        detect_protection(path)
    except MentorDeskError:
        return False
    return True


def waiting_lines(paths: Sequence[Path]) -> list[IntakeLine]:
    """The rows of files found but not imported yet."""
    return [IntakeLine(file=path.name, mentor="", status=WAITING) for path in paths]


def line_of(result: ImportResult) -> IntakeLine:
    """One import result as a row of the summary."""
    counts = result.counts
    return IntakeLine(
        file=Path(result.file).name,
        mentor=result.origin_name,
        status=result.status,
        new=counts.get("new", 0),
        updated=counts.get("updated", 0),
        unchanged=counts.get("unchanged", 0),
        conflicts=counts.get("conflicts", 0),
        message=result.message_th,
        detail=result.detail,
        device_id=result.origin_device,
    )


def import_batch(
    store: Store, paths: Sequence[Path], *, progress: Progress, label: str, source: str
) -> IntakeSummary:
    """Worker thread: import every file (one automatic backup for the batch; a refused file
    never stops the others). Reports after each file and as each file's records are merged;
    when cancelled, stops within the file being imported (keeping nothing of it), and that
    file and the ones not started are listed as cancelled. `label` is the progress text,
    with %1 for the file name."""

    def report(index: int, part: float) -> None:
        name = paths[index].name if index < len(paths) else ""
        progress.report_files(index, len(paths), label.replace("%1", name), part=part)

    if paths:
        report(0, 0.0)
    results = import_bundles(
        store,
        ensure_identity(store),
        list(paths),
        progress=report,
        is_cancelled=lambda: progress.cancelled,
    )
    lines = [line_of(result) for result in results]
    lines += [
        IntakeLine(file=path.name, mentor="", status=CANCELLED) for path in paths[len(results) :]
    ]
    return IntakeSummary(
        lines=tuple(lines),
        source=source,
        finished_at=dt.datetime.now(),
        cancelled=len(results) < len(paths),
    )


def save_summary_csv(summary: IntakeSummary, path: Path) -> Path:
    """Worker thread: the summary as a CSV file that Excel opens with Thai intact."""
    return write_intake_csv(summary, path)
