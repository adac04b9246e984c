"""The integrity check behind `mentor-desk check`: database, references and attachments."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

from mentor_desk.domain.fields import Kind
from mentor_desk.domain.records import TABLES, field_specs
from mentor_desk.store.attachments import AttachmentFolder
from mentor_desk.store.schema import SCHEMA_VERSION


@dataclass(frozen=True)
class Fault:
    """One thing wrong, named precisely enough to find and fix it."""

    kind: str
    where: str
    message_th: str
    detail: str

    def one_line(self) -> str:
        return f"{self.kind}: {self.where}: {self.message_th} ({self.detail})"


def find_faults(db: Database, attachments: AttachmentFolder) -> list[Fault]:
    """Every fault found; an empty list means the data folder is sound."""
    faults = _integrity(db)
    if faults:
        return faults  # a damaged file makes every further query unreliable
    faults += _schema(db)
    faults += _foreign_keys(db)
    faults += _list_references(db)
    faults += _attachments(db, attachments)
    return faults


def _integrity(db: Database) -> list[Fault]:
    rows = [row[0] for row in db.execute("PRAGMA integrity_check")]
    if rows == ["ok"]:
        return []
    return [Fault("integrity", "database", "ไฟล์ฐานข้อมูลเสียหาย", row) for row in rows]


def _schema(db: Database) -> list[Fault]:
    (applied,) = db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()
    if applied != SCHEMA_VERSION:
        return [
            Fault(
                "schema",
                "database",
                "รุ่นของโครงสร้างฐานข้อมูลไม่ตรงกับโปรแกรม",
                f"{applied} migrations applied, this version has {SCHEMA_VERSION}",
            )
        ]
    return []


def _foreign_keys(db: Database) -> list[Fault]:
    # A live record may use a deleted one after a merge (a visit logged on one computer for
    # a family deleted on another): that is not damage but a decision for the review inbox,
    # so only references to records that do not exist at all are faults.
    faults = []
    for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check"):
        (record_id,) = db.execute(f"SELECT id FROM {table} WHERE rowid = ?", [rowid]).fetchone()
        faults.append(
            Fault(
                "reference",
                f"{table} {record_id}",
                "อ้างถึงระเบียนที่ไม่มีอยู่",
                f"refers to a missing {parent} record",
            )
        )
    return faults


def _list_references(db: Database) -> list[Fault]:
    faults = []
    for table in TABLES:
        for name, spec in field_specs(table).items():
            if spec.kind is not Kind.REFS:
                continue
            rows = db.execute(
                f"SELECT t.id, j.value FROM {table} t, json_each(t.{name}) j "
                f"WHERE t._cl % 2 = 1 AND NOT EXISTS "
                f"(SELECT 1 FROM {spec.ref_table} p WHERE p.id = j.value)"
            )
            faults += [
                Fault(
                    "reference",
                    f"{table} {record_id}",
                    "อ้างถึงระเบียนที่ไม่มีอยู่",
                    f"{name} refers to a missing {spec.ref_table} record {target}",
                )
                for record_id, target in rows
            ]
    return faults


def _attachments(db: Database, attachments: AttachmentFolder) -> list[Fault]:
    faults = []
    known = {row[0] for row in db.execute("SELECT sha256 FROM attachments")}
    for sha in sorted(known):
        problem = attachments.verify(sha)
        if problem:
            faults.append(Fault("attachment", sha, "ไฟล์ภาพหายหรือเสียหาย", problem))
    for table in TABLES:
        if "photos" not in field_specs(table):
            continue
        for record_id, photos in db.execute(
            f"SELECT id, photos FROM {table} WHERE _cl % 2 = 1 AND photos != '[]'"
        ):
            for photo in json.loads(photos):
                if photo["sha256"] not in known:
                    faults.append(
                        Fault(
                            "attachment",
                            f"{table} {record_id}",
                            "ระเบียนอ้างถึงภาพที่ไม่มีในเครื่อง",
                            f"photo {photo['sha256']} is not stored",
                        )
                    )
    return faults
