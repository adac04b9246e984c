"""Writes of the review inbox that are not ordinary edits: confirming a delete that missed
some edits or that records added elsewhere still use, and remembering which person stands
behind another database's stamps.

Choosing one of two conflicting values, editing a merged value and restoring a deleted
record are ordinary saves (`Store.put`); they supersede what they replace and sync by
themselves. Confirming a delete needs a new delete stamp that has seen the edits, so it
lives here. Both functions run inside their own transaction on the caller's (the database
worker's) thread.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlite_utils import Database

from mentor_desk.domain.clock import HybridLogicalClock
from mentor_desk.domain.errors import NotFoundError, ValidationError
from mentor_desk.domain.validation import check_table
from mentor_desk.store import clocks
from mentor_desk.store.database import translate_errors
from mentor_desk.store.rows import data_columns
from mentor_desk.store.writer import RecordWriter, WriteSequence

DEVICE_NAMES_SETTING = "device_names"


@dataclass(frozen=True)
class KnownDevice:
    """Another database whose stamps reach this one: who uses it and which signed device
    (key) its files come from, so the inbox can say "written by ..., from file ..."."""

    database_device: str
    name: str
    origin_device: str


def confirm_delete(
    db: Database,
    table: str,
    record_id: str,
    *,
    clock: HybridLogicalClock,
    device: str,
    sequence: WriteSequence,
) -> None:
    """Delete a deleted record again, now having seen every edit it holds: the record
    leaves the review inbox here and, once this state travels, everywhere else.

    The new delete stamp takes the next write sequence number, so the next export sends it.
    """
    check_table(table)
    with translate_errors(), db.atomic():
        row = db.execute(f"SELECT _cl, _clock FROM {table} WHERE id = ?", [record_id]).fetchone()
        if row is None:
            raise NotFoundError("ไม่พบระเบียนนี้", f"{table} {record_id} does not exist")
        cl, raw_clock = row
        if cl % 2 == 1:
            raise ValidationError(
                f"{table}.id",
                "ระเบียนนี้ยังไม่ได้ถูกลบ จึงยืนยันการลบไม่ได้",
                "the record is alive; only a deleted record can have its delete confirmed",
            )
        current = clocks.loads(raw_clock, data_columns(table))
        hlc = clock.now()
        updated = clocks.stamp_delete(current, hlc=hlc, device=device)
        updated["d"] = _seen_everything(current)
        seq = sequence.next()
        db.execute(
            f"UPDATE {table} SET _clock = ?, _hlc = ?, _seq = ?, _local_seq = ? WHERE id = ?",
            [clocks.dumps(updated, data_columns(table)), hlc, seq, seq, record_id],
        )


def confirm_delete_in_use(
    writer: RecordWriter,
    table: str,
    record_id: str,
    *,
    dependants: Iterable[tuple[str, str]],
    missed_edits: bool,
) -> None:
    """Keep a deleted record deleted although records added elsewhere still use it: those
    records (a deleted family's members and visits) are deleted too, and a delete that
    missed edits is confirmed, all in one transaction."""
    check_table(table)
    with translate_errors(), writer.db.atomic():
        for dependent_table, dependent_id in dependants:
            writer.delete(dependent_table, dependent_id)
        if missed_edits:
            confirm_delete(
                writer.db,
                table,
                record_id,
                clock=writer.clock,
                device=writer.device,
                sequence=writer.sequence,
            )


def _seen_everything(clock: clocks.Clock) -> dict[str, int]:
    """The record's version vector joined with every field stamp it holds."""
    seen: dict[str, int] = {str(k): int(v) for k, v in clock.get("v", {}).items()}
    for entries in clock.get("f", {}).values():
        for entry in entries:
            stamp, writer = int(entry[0]), str(entry[1])
            if stamp > seen.get(writer, 0):
                seen[writer] = stamp
    return dict(sorted(seen.items()))


def remember_device(db: Database, *, database_device: str, name: str, origin_device: str) -> None:
    """Remember who writes with `database_device` (local bookkeeping, never synced)."""
    with translate_errors(), db.atomic():
        known = {d.database_device: d for d in known_devices(db).values()}
        known[database_device] = KnownDevice(database_device, name, origin_device)
        text = json.dumps(
            {k: {"name": d.name, "origin": d.origin_device} for k, d in sorted(known.items())},
            ensure_ascii=False,
        )
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [DEVICE_NAMES_SETTING, text],
        )


def known_devices(db: Database) -> Mapping[str, KnownDevice]:
    """Every database device remembered by `remember_device`, by database device id."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [DEVICE_NAMES_SETTING]).fetchone()
    if row is None:
        return {}
    try:
        raw = json.loads(row[0])
    except ValueError:
        return {}  # bookkeeping only: a damaged value must not block the inbox
    if not isinstance(raw, dict):
        return {}
    return {
        str(device): KnownDevice(str(device), str(entry.get("name", "")), str(entry.get("origin")))
        for device, entry in raw.items()
        if isinstance(entry, dict)
    }
