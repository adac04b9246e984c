"""The database schema as numbered migrations.

Each migration runs in its own transaction (sqlite-utils `Migrations`); a migration, once
released, never changes: later changes are new migrations. Columns hold the current winning
value of each field; the sync bookkeeping of every record lives in three columns:

- `_cl`: causal length; odd means alive, even means deleted; merging takes the maximum.
- `_clock`: JSON `{"f": {field: [[hlc, device], ...]}, "v": {device: hlc}, "d": {...}}`:
  the stamps of each field's value(s) (a field with several entries is a conflict, the extra
  entries carrying their value), the record's version vector, and what a delete had seen.
  A stamp most fields share is written once as `"s": [hlc, device]` and those fields are
  left out of `"f"` (`store.clocks`).
- `_hlc`: the newest stamp on the record.
- `_seq`: this database's own write sequence number of the record's last change (local edit
  or merge); delta exports send what a recipient has not acknowledged by sequence number.
- `_local_seq`: the sequence number of the last change made on this computer (not merged in),
  so "not yet sent" counts only this computer's own work.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database, Migrations

MIGRATION_SET = "mentor_desk"
migrations = Migrations(MIGRATION_SET)

SEARCH_COLUMNS: dict[str, tuple[str, ...]] = {
    "households": ("head_name", "village_name", "house_no", "mentor", "notes"),
    "visits": ("observations", "actions_agreed", "referral_agency", "referral_reason", "mentor"),
    "activities": ("title", "place", "organiser", "resources", "local_wisdom", "outcome"),
    "lessons": (
        "title",
        "author",
        "area",
        "context",
        "actions",
        "results",
        "success_factors",
        "challenges",
        "recommendations",
    ),
}

_RECORD_TABLES_V1 = """
CREATE TABLE households (
    id TEXT PRIMARY KEY,
    head_name TEXT NOT NULL DEFAULT '',
    house_no TEXT NOT NULL DEFAULT '',
    moo INTEGER,
    village_name TEXT NOT NULL DEFAULT '',
    subdistrict_code TEXT NOT NULL DEFAULT '',
    district_code TEXT NOT NULL DEFAULT '',
    province_code TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    latitude REAL,
    longitude REAL,
    tags TEXT NOT NULL DEFAULT '[]',
    risk_level TEXT,
    mentor TEXT NOT NULL DEFAULT '',
    status TEXT,
    consent_share INTEGER NOT NULL DEFAULT 0,
    consent_photos INTEGER NOT NULL DEFAULT 0,
    consent_date TEXT,
    consent_version TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    photos TEXT NOT NULL DEFAULT '[]',
    _cl INTEGER NOT NULL DEFAULT 1,
    _clock TEXT NOT NULL DEFAULT '{}',
    _hlc INTEGER NOT NULL DEFAULT 0,
    _seq INTEGER NOT NULL DEFAULT 0,
    _local_seq INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE members (
    id TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL DEFAULT '',
    sex TEXT,
    birth_year INTEGER,
    relation TEXT,
    national_id TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    _cl INTEGER NOT NULL DEFAULT 1,
    _clock TEXT NOT NULL DEFAULT '{}',
    _hlc INTEGER NOT NULL DEFAULT 0,
    _seq INTEGER NOT NULL DEFAULT 0,
    _local_seq INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE visits (
    id TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    mentor TEXT NOT NULL DEFAULT '',
    date TEXT,
    mode TEXT,
    members_met TEXT NOT NULL DEFAULT '[]',
    topics TEXT NOT NULL DEFAULT '[]',
    observations TEXT NOT NULL DEFAULT '',
    risk_after TEXT,
    actions_agreed TEXT NOT NULL DEFAULT '',
    referral_agency TEXT NOT NULL DEFAULT '',
    referral_reason TEXT NOT NULL DEFAULT '',
    next_visit_date TEXT,
    private_notes TEXT NOT NULL DEFAULT '',
    photos TEXT NOT NULL DEFAULT '[]',
    _cl INTEGER NOT NULL DEFAULT 1,
    _clock TEXT NOT NULL DEFAULT '{}',
    _hlc INTEGER NOT NULL DEFAULT 0,
    _seq INTEGER NOT NULL DEFAULT 0,
    _local_seq INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE activities (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    kind TEXT,
    date TEXT,
    place TEXT NOT NULL DEFAULT '',
    organiser TEXT NOT NULL DEFAULT '',
    partners TEXT NOT NULL DEFAULT '[]',
    household_ids TEXT NOT NULL DEFAULT '[]',
    adults INTEGER,
    children INTEGER,
    resources TEXT NOT NULL DEFAULT '',
    local_wisdom TEXT NOT NULL DEFAULT '',
    virtues TEXT NOT NULL DEFAULT '[]',
    outcome TEXT NOT NULL DEFAULT '',
    photos TEXT NOT NULL DEFAULT '[]',
    _cl INTEGER NOT NULL DEFAULT 1,
    _clock TEXT NOT NULL DEFAULT '{}',
    _hlc INTEGER NOT NULL DEFAULT 0,
    _seq INTEGER NOT NULL DEFAULT 0,
    _local_seq INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE lessons (
    id TEXT PRIMARY KEY,
    kind TEXT,
    title TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT '',
    subdistrict_code TEXT NOT NULL DEFAULT '',
    period_start TEXT,
    period_end TEXT,
    context TEXT NOT NULL DEFAULT '',
    actions TEXT NOT NULL DEFAULT '',
    results TEXT NOT NULL DEFAULT '',
    success_factors TEXT NOT NULL DEFAULT '',
    challenges TEXT NOT NULL DEFAULT '',
    recommendations TEXT NOT NULL DEFAULT '',
    virtues TEXT NOT NULL DEFAULT '[]',
    activity_ids TEXT NOT NULL DEFAULT '[]',
    visit_ids TEXT NOT NULL DEFAULT '[]',
    photos TEXT NOT NULL DEFAULT '[]',
    status TEXT,
    reviewer_notes TEXT NOT NULL DEFAULT '',
    people_consented INTEGER NOT NULL DEFAULT 0,
    _cl INTEGER NOT NULL DEFAULT 1,
    _clock TEXT NOT NULL DEFAULT '{}',
    _hlc INTEGER NOT NULL DEFAULT 0,
    _seq INTEGER NOT NULL DEFAULT 0,
    _local_seq INTEGER NOT NULL DEFAULT 0
);
"""


def _search_index_sql(table: str, columns: tuple[str, ...]) -> str:
    # External-content FTS5 tables kept in step by triggers, so every write path (local
    # edits, demo data, merged bundles) indexes alike inside its own transaction.
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    return f"""
CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='rowid',
    tokenize='trigram');
CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN
    INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new});
END;
CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN
    INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old});
END;
CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN
    INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old});
    INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new});
END;
"""


def run_script(db: Database, script: str) -> None:
    """Run SQL statements one by one inside the caller's transaction.

    sqlite3's executescript() would COMMIT first, breaking the migration's transaction.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending[:80]!r}")


@migrations()
def m001_initial(db: Database) -> None:
    """Records, settings, attachments, search indexes."""
    run_script(db, _RECORD_TABLES_V1)
    run_script(
        db,
        """
CREATE INDEX members_household ON members(household_id);
CREATE INDEX visits_household_date ON visits(household_id, date);
CREATE INDEX visits_date ON visits(date);
CREATE INDEX activities_date ON activities(date);
CREATE INDEX lessons_status ON lessons(status);
CREATE INDEX households_hlc ON households(_hlc);
CREATE INDEX members_hlc ON members(_hlc);
CREATE INDEX visits_hlc ON visits(_hlc);
CREATE INDEX activities_hlc ON activities(_hlc);
CREATE INDEX lessons_hlc ON lessons(_hlc);
CREATE INDEX households_seq ON households(_seq);
CREATE INDEX members_seq ON members(_seq);
CREATE INDEX visits_seq ON visits(_seq);
CREATE INDEX activities_seq ON activities(_seq);
CREATE INDEX lessons_seq ON lessons(_seq);
CREATE TABLE peers (
    device_id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    acked_seq INTEGER NOT NULL DEFAULT 0,
    received_seq INTEGER NOT NULL DEFAULT 0,
    last_received_at TEXT,
    last_bundle_id TEXT
);
CREATE TABLE import_log (
    id INTEGER PRIMARY KEY,
    bundle_id TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    file_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL
);
CREATE INDEX import_log_bundle ON import_log(bundle_id);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mime TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    added_hlc INTEGER NOT NULL
);
""",
    )
    for table, columns in SEARCH_COLUMNS.items():
        run_script(db, _search_index_sql(table, columns))


@migrations()
def m002_audit_log(db: Database) -> None:
    """A local log of what left or changed this computer's data wholesale: exports, imports,
    prints, erasures (time and a short summary; never the personal data itself)."""
    run_script(
        db,
        """
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    summary TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log(at);
""",
    )


def known_migration_names() -> list[str]:
    """Names of every migration this version of Mentor Desk knows, in order."""
    return [m.name for m in migrations._migrations]


SCHEMA_VERSION = len(known_migration_names())
