"""The rolling set of automatic backups: daily, before import and before restore."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mentor_desk.store import Profile, Store, backup_set
from tests.samples import fill_every_table
from tests.sync.homes import befriend, make_home


def test_a_daily_backup_is_made_once_a_day_and_the_set_is_pruned(tmp_path: Path) -> None:
    with Store(tmp_path / "home") as store:
        fill_every_table(store)
        first = store.daily_backup_if_due()
        assert first is not None and first.kind == "daily" and first.size > 0
        assert store.daily_backup_if_due() is None  # one a day
        start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        for day in range(12):
            backup_set.make_backup(
                store.db, store.home, kind="daily", now=start + dt.timedelta(days=day)
            )
        for n in range(14):
            backup_set.make_backup(
                store.db, store.home, kind="before-import", now=start + dt.timedelta(hours=n)
            )
        kinds = [entry.kind for entry in store.backups()]
        assert kinds.count("daily") == backup_set.KEEP_DAILY
        assert kinds.count("before-import") == backup_set.KEEP_EVENT
        assert store.backups()[0] == first  # newest first; the real one is the newest
        assert backup_set.backup_counts(first.path) == store.counts()


def test_an_import_is_preceded_by_a_backup_of_what_was_there(tmp_path: Path) -> None:
    from mentor_desk.sync.exporter import export_bundle
    from mentor_desk.sync.importer import import_bundle

    mentor = make_home(tmp_path, "mentor")
    district = make_home(tmp_path, "district", role="district")
    befriend(mentor, district)
    fill_every_table(mentor.store)
    bundle = tmp_path / "m.bundle"
    export_bundle(mentor.store, mentor.identity, bundle, recipient=district.card, profile="full")
    before = district.store.counts()
    result = import_bundle(district.store, district.identity, bundle, dry_run=True)
    assert result.status == "dry-run" and district.store.backups() == []
    result = import_bundle(district.store, district.identity, bundle)
    assert result.status == "imported"
    (entry,) = district.store.backups()
    assert entry.kind == "before-import"
    assert backup_set.backup_counts(entry.path) == before != district.store.counts()
    mentor.close()
    district.close()


def test_restoring_keeps_a_backup_of_the_data_it_replaces(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Store(home) as store:
        store.set_profile(Profile(name="ครูสมศรี", role="mentor"))
        empty = store.automatic_backup("before-import")
        fill_every_table(store)
        filled = store.dump()
        counts = store.counts()
    Store.restore(home, empty.path)  # restoring from a file inside the rolling set
    with Store(home) as store:
        assert not any(store.counts().values())
        (undo,) = [e for e in store.backups() if e.kind == "before-restore"]
        assert backup_set.backup_counts(undo.path) == counts
    Store.restore(home, undo.path)
    with Store(home) as store:
        assert store.dump() == filled
        assert store.check() == []
