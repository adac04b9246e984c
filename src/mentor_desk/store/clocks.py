"""The sync bookkeeping of one record (the `_clock` column), as plain JSON-able data.

A record's clock holds, per field, the stamps `[hlc, device]` of the value(s) it has; the
record's version vector (the newest stamp seen from each device); and, once deleted, what
the delete had seen. The merge of bundles reads and writes the same structure.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

Clock = dict[str, Any]


def new_clock(fields: Iterable[str], *, hlc: int, device: str) -> Clock:
    """The clock of a record created locally: every field stamped with one stamp."""
    return {"f": {name: [[hlc, device]] for name in fields}, "v": {device: hlc}}


def stamp_fields(clock: Clock, fields: Iterable[str], *, hlc: int, device: str) -> Clock:
    """A copy of `clock` after a local edit of `fields`: each edited field now holds one
    value, which supersedes every value (and conflict) the device had seen."""
    updated: Clock = {
        "f": dict(clock.get("f", {})),
        "v": dict(clock.get("v", {})),
    }
    if "d" in clock:
        updated["d"] = dict(clock["d"])
    for name in fields:
        updated["f"][name] = [[hlc, device]]
    updated["v"][device] = max(hlc, updated["v"].get(device, 0))
    return updated


def stamp_delete(clock: Clock, *, hlc: int, device: str) -> Clock:
    """A copy of `clock` after a local delete, remembering what the delete had seen."""
    updated = stamp_fields(clock, (), hlc=hlc, device=device)
    updated["d"] = dict(clock.get("v", {}))
    return updated


def conflicted_fields(clock: Clock) -> list[str]:
    """Fields holding more than one concurrent value, waiting for review."""
    return sorted(name for name, entries in clock.get("f", {}).items() if len(entries) > 1)


def dumps(clock: Clock) -> str:
    return json.dumps(clock, separators=(",", ":"), sort_keys=True)


def loads(text: str) -> Clock:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("record clock is not a JSON object")
    return value
