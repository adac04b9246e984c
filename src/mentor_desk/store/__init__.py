"""The local store: SQLite schema and migrations, records, search, attachments, backups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mentor_desk.store.facade import Profile, Store

__all__ = ["Profile", "Store"]


def __getattr__(name: str) -> Any:
    # The facade imports sqlite-utils, which is slow to import; small modules of this package
    # (the app lock, settings) are read at start-up without it.
    if name in __all__:
        from mentor_desk.store import facade

        return getattr(facade, name)
    raise AttributeError(f"module 'mentor_desk.store' has no attribute {name!r}")
