"""The local write path: validated changes become rows with stamped fields, one transaction
per call. Every create, edit and delete of the app and the command line comes through here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from mentor_desk.domain import validation
from mentor_desk.domain.clock import HybridLogicalClock
from mentor_desk.domain.errors import NotFoundError, ValidationError
from mentor_desk.domain.fields import Kind
from mentor_desk.domain.ids import new_id
from mentor_desk.domain.records import Record, field_specs
from mentor_desk.store import clocks
from mentor_desk.store.bulk import insert_rows
from mentor_desk.store.rows import data_columns, record_from_row, select_list, to_row

# Which live records would be left pointing at a deleted record (table, column).
DEPENDENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "households": (("members", "household_id"), ("visits", "household_id")),
}


class WriteSequence:
    """This database's own counter of changes: each write of a record takes the next number,
    so "everything after number N" is exactly what a recipient acknowledging N lacks."""

    def __init__(self, last: int) -> None:
        self.last = last

    def next(self) -> int:
        self.last += 1
        return self.last


@dataclass(frozen=True)
class SaveResult:
    """What a save did: the record as stored, whether it is new, which fields changed."""

    record: Record
    created: bool
    changed: tuple[str, ...]


class RecordWriter:
    """Writes records for one device, stamping each changed field with the device's clock."""

    def __init__(
        self, db: Database, *, device: str, clock: HybridLogicalClock, sequence: WriteSequence
    ) -> None:
        self.db = db
        self.device = device
        self.clock = clock
        self.sequence = sequence

    def save_json(self, table: str, obj: object) -> SaveResult:
        """Create or update one record from JSON; fields left out keep their stored value."""
        changes = validation.parse_changes(table, obj)
        assert isinstance(obj, Mapping)
        record_id = obj.get("id") or new_id()
        return self.save_changes(table, record_id, changes)

    def save_changes(self, table: str, record_id: str, changes: Mapping[str, Any]) -> SaveResult:
        """Apply validated field values to a record (creating it if needed), in one transaction."""
        with self.db.atomic():
            current, cl, clock = self._load(table, record_id)
            if current is None:
                record = validation.build_record(table, record_id, changes)
                changed = tuple(field_specs(table))
            else:
                changed = tuple(
                    name for name, value in changes.items() if getattr(current, name) != value
                )
                if not changed and cl % 2 == 1 and not clocks.conflicted_fields(clock):
                    # Nothing to write: a record printed by `dump` and put back unchanged is
                    # accepted even where a field was withheld from this device by a profile.
                    return SaveResult(current, created=False, changed=())
                record = validation.replace(current, changes)
                conflicted = set(clocks.conflicted_fields(clock)) & set(changes)
                changed += tuple(sorted(conflicted - set(changed)))
            alive = cl % 2 == 1
            if current is not None and alive and not changed:
                return SaveResult(record, created=False, changed=())
            self._check_references(record)
            hlc = self.clock.now()
            new_cl = cl if alive else cl + 1
            clock = (
                clocks.stamp_fields(clock, changed, hlc=hlc, device=self.device)
                if current is not None
                else clocks.new_clock(changed, hlc=hlc, device=self.device)
            )
            self._write(record, cl=new_cl, clock=clock, hlc=hlc)
            return SaveResult(record, created=current is None or not alive, changed=changed)

    def save_new_records(self, records: Iterable[Record]) -> int:
        """Insert many new records in one transaction (demo data, bulk entry); returns the count.

        Records must be valid and new; references are enforced by the database's foreign keys.
        """
        count = 0
        with self.db.atomic():
            batches: dict[str, list[tuple[Any, ...]]] = {}
            for record in records:
                hlc = self.clock.now()
                columns = data_columns(record.TABLE)
                clock = clocks.new_clock(columns, hlc=hlc, device=self.device)
                row = to_row(record)
                seq = self.sequence.next()
                values = (*row.values(), 1, clocks.dumps(clock, columns), hlc, seq, seq)
                batches.setdefault(record.TABLE, []).append(values)
                count += 1
                if len(batches[record.TABLE]) >= 5000:
                    self._insert_batch(record.TABLE, batches.pop(record.TABLE))
            for table, batch in batches.items():
                self._insert_batch(table, batch)
        return count

    def delete(self, table: str, record_id: str) -> None:
        """Delete a live record (causal length becomes even); refused while live records
        still depend on it, so nothing is left pointing at nothing."""
        validation.check_table(table)
        with self.db.atomic():
            current, cl, clock = self._load(table, record_id)
            if current is None or cl % 2 == 0:
                raise NotFoundError("ไม่พบระเบียนนี้", f"{table} {record_id} does not exist")
            for dependent, column in DEPENDENTS.get(table, ()):
                (count,) = self.db.execute(
                    f"SELECT count(*) FROM {dependent} WHERE {column} = ? AND _cl % 2 = 1",
                    [record_id],
                ).fetchone()
                if count:
                    raise ValidationError(
                        f"{table}.id",
                        f"ลบไม่ได้ ยังมีข้อมูลที่อ้างถึงอยู่ ({dependent} {count} รายการ)",
                        f"still referenced by {count} live {dependent}",
                    )
            hlc = self.clock.now()
            seq = self.sequence.next()
            clock = clocks.stamp_delete(clock, hlc=hlc, device=self.device)
            self.db.execute(
                f"UPDATE {table} SET _cl = ?, _clock = ?, _hlc = ?, _seq = ?, _local_seq = ? "
                "WHERE id = ?",
                [cl + 1, clocks.dumps(clock, data_columns(table)), hlc, seq, seq, record_id],
            )

    def _load(self, table: str, record_id: str) -> tuple[Record | None, int, clocks.Clock]:
        row = self.db.execute(
            f"SELECT {select_list(table)}, _cl, _clock FROM {table} WHERE id = ?", [record_id]
        ).fetchone()
        if row is None:
            return None, 0, {}
        return (
            record_from_row(table, row[:-2]),
            row[-2],
            clocks.loads(row[-1], data_columns(table)),
        )

    def _check_references(self, record: Record) -> None:
        for name, spec in field_specs(record.TABLE).items():
            if spec.kind is Kind.REF:
                wanted: tuple[str, ...] = (getattr(record, name),)
            elif spec.kind is Kind.REFS:
                wanted = getattr(record, name)
            else:
                continue
            if not wanted:
                continue
            marks = ",".join("?" * len(wanted))
            found = {
                row[0]
                for row in self.db.execute(
                    f"SELECT id FROM {spec.ref_table} WHERE id IN ({marks}) AND _cl % 2 = 1",
                    list(wanted),
                )
            }
            missing = [ref for ref in wanted if ref not in found]
            if missing:
                raise ValidationError(
                    f"{record.TABLE}.{name}",
                    "อ้างถึงระเบียนที่ไม่มีอยู่",
                    f"refers to no live {spec.ref_table} record: {missing[0]}",
                )

    def _write(self, record: Record, *, cl: int, clock: clocks.Clock, hlc: int) -> None:
        row = to_row(record)
        seq = self.sequence.next()
        row.update(
            {
                "_cl": cl,
                "_clock": clocks.dumps(clock, data_columns(record.TABLE)),
                "_hlc": hlc,
                "_seq": seq,
                "_local_seq": seq,
            }
        )
        columns = ", ".join(row)
        marks = ", ".join("?" * len(row))
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "id")
        self.db.execute(
            f"INSERT INTO {record.TABLE} ({columns}) VALUES ({marks}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            list(row.values()),
        )

    def _insert_batch(self, table: str, batch: list[tuple[Any, ...]]) -> None:
        columns = ("id", *data_columns(table), "_cl", "_clock", "_hlc", "_seq", "_local_seq")
        insert_rows(self.db, table, columns, batch)
