"""Importing a batch of bundles: one automatic backup for the batch, progress after each
file, cancelling between files, and a refused file never stopping the others."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mentor_desk.store import Store, backup_set
from mentor_desk.sync.exporter import export_bundle
from mentor_desk.sync.importer import import_bundles
from tests.samples import fill_every_table
from tests.sync.homes import Home, befriend, make_home


@pytest.fixture
def batch(tmp_path: Path) -> Iterator[tuple[Home, list[Path]]]:
    """A district home and three mentors' bundles for it, with a broken file second."""
    district = make_home(tmp_path, "district", role="district")
    files: list[Path] = []
    for n in range(3):
        mentor = make_home(tmp_path, f"mentor-{n}")
        befriend(mentor, district)
        fill_every_table(mentor.store)
        target = tmp_path / f"mentor-{n}.mdbundle"
        export_bundle(
            mentor.store, mentor.identity, target, recipient=district.card, profile="full"
        )
        files.append(target)
        mentor.close()
    broken = tmp_path / "broken.mdbundle"
    data = bytearray(files[0].read_bytes())
    data[len(data) // 2] ^= 0xFF
    broken.write_bytes(bytes(data))
    files.insert(1, broken)
    yield district, files
    district.close()


def _count_backups(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    kinds: list[str] = []
    original = store.automatic_backup

    def counting(kind: str) -> backup_set.BackupEntry:
        kinds.append(kind)
        return original(kind)

    monkeypatch.setattr(store, "automatic_backup", counting)
    return kinds


def test_one_backup_for_a_batch_and_a_refused_file_does_not_stop_the_others(
    batch: tuple[Home, list[Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    district, files = batch
    before = district.store.counts()
    kinds = _count_backups(district.store, monkeypatch)
    calls: list[tuple[int, float]] = []
    results = import_bundles(
        district.store,
        district.identity,
        files,
        progress=lambda index, part: calls.append((index, part)),
    )
    assert [r.status for r in results] == ["imported", "refused", "imported", "imported"]
    assert [r.file for r in results] == [str(f) for f in files]
    assert results[1].message_th and results[1].detail
    assert kinds == ["before-import"]
    (entry,) = district.store.backups()
    assert backup_set.backup_counts(entry.path) == before  # what was there before the batch
    assert [index for index, part in calls if part == 0.0] == [1, 2, 3, 4]  # each file done

    again = import_bundles(district.store, district.identity, files)
    assert [r.status for r in again] == ["duplicate", "refused", "duplicate", "duplicate"]
    assert kinds == ["before-import"]  # nothing to import: no second backup


def test_a_dry_run_batch_takes_no_backup_and_changes_nothing(
    batch: tuple[Home, list[Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    district, files = batch
    kinds = _count_backups(district.store, monkeypatch)
    dump = district.store.dump()
    results = import_bundles(district.store, district.identity, files, dry_run=True)
    assert [r.status for r in results] == ["dry-run", "refused", "dry-run", "dry-run"]
    assert kinds == [] and district.store.dump() == dump


def test_cancelling_stops_between_files_leaving_the_rest_out(
    batch: tuple[Home, list[Path]],
) -> None:
    district, files = batch
    done: list[int] = []
    results = import_bundles(
        district.store,
        district.identity,
        files,
        progress=lambda index, part: done.append(index) if part == 0.0 else None,
        is_cancelled=lambda: len(done) >= 2,
    )
    assert [r.status for r in results] == ["imported", "refused"]
    assert done == [1, 2]
    rest = import_bundles(district.store, district.identity, files[2:])
    assert [r.status for r in rest] == ["imported", "imported"]  # not started before


def test_cancelled_before_the_first_file_imports_nothing(
    batch: tuple[Home, list[Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    district, files = batch
    kinds = _count_backups(district.store, monkeypatch)
    dump = district.store.dump()
    assert import_bundles(district.store, district.identity, files, is_cancelled=lambda: True) == []
    assert kinds == [] and district.store.dump() == dump


def test_records_are_reported_as_each_file_is_merged(batch: tuple[Home, list[Path]]) -> None:
    district, files = batch
    reports: list[tuple[int, float]] = []
    import_bundles(
        district.store,
        district.identity,
        files,
        progress=lambda index, part: reports.append((index, part)),
    )
    within = [(index, part) for index, part in reports if part > 0]
    assert {index for index, _ in within} == {0, 2, 3}  # the refused file merged nothing
    for index in (0, 2, 3):
        parts = [part for i, part in within if i == index]
        assert parts == sorted(parts) and parts[-1] == 1.0
    positions = [index + part for index, part in reports]
    assert positions == sorted(positions) and positions[-1] == len(files)  # the bar only moves on


def test_stopping_within_a_file_keeps_nothing_of_it(batch: tuple[Home, list[Path]]) -> None:
    district, files = batch
    imported_first = import_bundles(district.store, district.identity, files[:1])
    assert [r.status for r in imported_first] == ["imported"]
    after_first = district.store.dump()
    merging: list[int] = []
    results = import_bundles(
        district.store,
        district.identity,
        files[2:],
        progress=lambda index, part: merging.append(index),
        is_cancelled=lambda: bool(merging),  # as soon as the first file's records merged
    )
    assert results == []  # the file being imported counts as not started
    assert district.store.dump() == after_first
    assert district.store.check() == []
    again = import_bundles(district.store, district.identity, files[2:])
    assert [r.status for r in again] == ["imported", "imported"]  # nothing was kept before
