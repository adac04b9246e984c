"""The local audit log: exports, imports, prints, erasures, restores and app-lock changes, with
time and a short summary.

PDPA asks that a data controller can say what was done with personal data; the log records
the act (what, when, how many) and never the personal data itself. It stays on this computer
and never travels in bundles.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

ACTIONS = ("export", "import", "print", "erasure", "restore", "app-lock")


@dataclass(frozen=True)
class AuditEvent:
    at: str
    action: str
    summary: dict[str, Any]


def record_event(db: Database, action: str, summary: dict[str, Any]) -> None:
    """Add one entry (inside the caller's transaction when there is one)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action}")
    db.execute(
        "INSERT INTO audit_log (at, action, summary) VALUES (?, ?, ?)",
        [
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            action,
            json.dumps(summary, ensure_ascii=False, sort_keys=True),
        ],
    )


def audit_events(db: Database, *, limit: int = 500) -> list[AuditEvent]:
    """The newest entries first."""
    rows = db.execute(
        "SELECT at, action, summary FROM audit_log ORDER BY id DESC LIMIT ?", [limit]
    ).fetchall()
    return [AuditEvent(at, action, json.loads(summary)) for at, action, summary in rows]


RawEntry = tuple[str, str, str]  # at, action, summary JSON


def raw_entries(db: Database) -> list[RawEntry]:
    """Every entry as stored, oldest first (empty for a database older than the log)."""
    if not db["audit_log"].exists():
        return []
    return [
        tuple(row) for row in db.execute("SELECT at, action, summary FROM audit_log ORDER BY id")
    ]


def carry_over(db: Database, entries: list[RawEntry]) -> int:
    """Add entries from the database a restore replaced that the restored one lacks, so the
    log keeps its history across a restore; returns how many were added."""
    present = set(raw_entries(db))
    missing = [entry for entry in entries if entry not in present]
    db.conn.executemany("INSERT INTO audit_log (at, action, summary) VALUES (?, ?, ?)", missing)
    return len(missing)
