"""The local store: SQLite schema and migrations, records, search, attachments, backups."""

from __future__ import annotations

from mentor_desk.store.facade import Profile, Store

__all__ = ["Profile", "Store"]
