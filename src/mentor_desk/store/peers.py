"""What this database knows of the devices it exchanges files with: how far each has
acknowledged our changes, how far we have received theirs, and the log of imports."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class Peer:
    """Another device, as far as sync is concerned."""

    device_id: str
    name: str
    role: str
    acked_seq: int  # our changes up to this sequence number are known to have arrived there
    received_seq: int  # their changes up to their sequence number have arrived here
    last_received_at: str | None
    last_bundle_id: str | None


def get_peer(db: Database, device_id: str) -> Peer | None:
    row = db.execute(
        "SELECT device_id, name, role, acked_seq, received_seq, last_received_at, "
        "last_bundle_id FROM peers WHERE device_id = ?",
        [device_id],
    ).fetchone()
    return Peer(*row) if row else None


def all_peers(db: Database) -> list[Peer]:
    rows = db.execute(
        "SELECT device_id, name, role, acked_seq, received_seq, last_received_at, "
        "last_bundle_id FROM peers ORDER BY name, device_id"
    ).fetchall()
    return [Peer(*row) for row in rows]


def acknowledgements(db: Database) -> dict[str, int]:
    """For each device we have received from: how far we have its changes (sent back to it)."""
    rows = db.execute("SELECT device_id, received_seq FROM peers WHERE received_seq > 0")
    return {device: seq for device, seq in rows}


def note_received(
    db: Database,
    *,
    device_id: str,
    name: str,
    role: str,
    received_through: int,
    acked_through: int,
    bundle_id: str,
) -> None:
    """Remember a bundle from a device (inside the import's transaction). Sequence numbers
    only move forward, so an old file arriving late cannot undo newer knowledge."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    db.execute(
        """
        INSERT INTO peers (device_id, name, role, acked_seq, received_seq, last_received_at,
                           last_bundle_id)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(device_id) DO UPDATE SET
            name = excluded.name,
            role = excluded.role,
            acked_seq = max(peers.acked_seq, excluded.acked_seq),
            received_seq = max(peers.received_seq, excluded.received_seq),
            last_received_at = excluded.last_received_at,
            last_bundle_id = excluded.last_bundle_id
        """,
        [device_id, name, role, acked_through, received_through, now, bundle_id],
    )


def was_imported(db: Database, bundle_id: str) -> bool:
    return (
        db.execute("SELECT 1 FROM import_log WHERE bundle_id = ?", [bundle_id]).fetchone()
        is not None
    )


def log_import(
    db: Database,
    *,
    bundle_id: str,
    origin_device: str,
    file_name: str,
    kind: str,
    summary: dict[str, Any],
) -> None:
    db.execute(
        "INSERT INTO import_log (bundle_id, origin_device, file_name, imported_at, kind, summary) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            bundle_id,
            origin_device,
            file_name,
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            kind,
            json.dumps(summary, ensure_ascii=False, sort_keys=True),
        ],
    )
