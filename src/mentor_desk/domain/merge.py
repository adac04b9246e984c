"""Merging two states of one record: the rules that make file sync converge.

A record state holds, for every field, a set of entries `(hlc, device, value)`: one entry
normally, several while concurrent edits wait for review (a multi-value register). The
state's version vector `seen` holds, per device, the newest stamp of that device's writes
to this record that the state has seen. The merge keeps an entry if both sides have it or
if the other side has not seen it; an entry the other side has seen but no longer holds was
overwritten there. Fields a state does not carry (left out by a privacy profile) are kept
from the other side untouched.

Deletes use a causal length `cl` (odd alive, even deleted; merge takes the maximum) and
remember what the delete had seen (`deleted_seen`), so an edit the deleter had not seen is
flagged for review. Erasure is absorbing: once a record is erased, its field values are
dropped everywhere it arrives and stay dropped.

The merge is commutative, associative and idempotent, which is what lets bundles arrive
in any order, any number of times.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mentor_desk.domain.fields import Kind
from mentor_desk.domain.records import field_specs

Entry = tuple[int, str, Any]  # (hlc, device, JSON value)


@dataclass(frozen=True)
class RecordState:
    """Everything sync knows of one record."""

    table: str
    id: str
    cl: int
    seen: Mapping[str, int]
    fields: Mapping[str, tuple[Entry, ...]]
    deleted_seen: Mapping[str, int] = field(default_factory=dict)
    erased: int = 0  # the stamp of the erasure, 0 if never erased

    @property
    def alive(self) -> bool:
        return self.cl % 2 == 1 and not self.erased

    def winner(self, name: str) -> Entry | None:
        """The entry shown on screen while a conflict waits: the highest (hlc, device)."""
        entries = self.fields.get(name, ())
        return max(entries, key=_stamp) if entries else None

    def conflicted_fields(self) -> list[str]:
        """Fields holding concurrent values waiting for review."""
        return sorted(name for name, entries in self.fields.items() if len(entries) > 1)

    def edits_unseen_by_delete(self) -> list[str]:
        """For a deleted record: fields edited after, or concurrently with, the delete."""
        if self.alive or self.erased:
            return []
        return sorted(
            name
            for name, entries in self.fields.items()
            if any(not _covered(entry, self.deleted_seen) for entry in entries)
        )

    def newest_stamp(self) -> int:
        return max([0, self.erased, *self.seen.values()])


def merge(a: RecordState, b: RecordState) -> RecordState:
    """The join of two states of the same record."""
    if (a.table, a.id) != (b.table, b.id):
        raise ValueError(f"cannot merge {a.table}/{a.id} with {b.table}/{b.id}")
    erased = max(a.erased, b.erased)
    seen = _join_vectors(a.seen, b.seen)
    fields: dict[str, tuple[Entry, ...]] = {}
    if erased:
        fields = erase_fields(a.table, merge(_unerased(a), _unerased(b)).fields)
    else:
        for name in sorted(set(a.fields) | set(b.fields)):
            if name not in b.fields:
                fields[name] = a.fields[name]
            elif name not in a.fields:
                fields[name] = b.fields[name]
            else:
                fields[name] = _merge_register(a.fields[name], a.seen, b.fields[name], b.seen)
    if a.cl != b.cl:
        deleted_seen = a.deleted_seen if a.cl > b.cl else b.deleted_seen
    else:
        deleted_seen = _join_vectors(a.deleted_seen, b.deleted_seen)
    cl = max(a.cl, b.cl)
    if erased:
        deleted_seen = {}  # nothing left to review: the erasure settles everything
        if cl % 2 == 1:
            cl += 1  # an erased record is never alive again
    return RecordState(a.table, a.id, cl, seen, fields, deleted_seen, erased)


def erase_fields(
    table: str, fields: Mapping[str, tuple[Entry, ...]]
) -> dict[str, tuple[Entry, ...]]:
    """What survives an erasure: only the links between records (so the structure of the
    data stays sound); every value that could describe a person is dropped."""
    kept = {name for name, spec in field_specs(table).items() if spec.kind is Kind.REF}
    return {name: entries for name, entries in fields.items() if name in kept}


def erase(state: RecordState, *, stamp: int, device: str) -> RecordState:
    """A state after a local erasure (PDPA request): deleted for good, personal data gone."""
    seen = _join_vectors(state.seen, {device: stamp})
    cl = state.cl + 1 if state.cl % 2 == 1 else state.cl
    return RecordState(
        state.table,
        state.id,
        cl,
        seen,
        erase_fields(state.table, state.fields),
        dict(state.seen),
        stamp,
    )


def _unerased(state: RecordState) -> RecordState:
    return RecordState(state.table, state.id, state.cl, state.seen, state.fields)


def merge_all(states: Iterable[RecordState]) -> RecordState:
    """The join of several states of one record."""
    iterator = iter(states)
    result = next(iterator)
    for state in iterator:
        result = merge(result, state)
    return result


def _merge_register(
    ours: tuple[Entry, ...],
    our_seen: Mapping[str, int],
    theirs: tuple[Entry, ...],
    their_seen: Mapping[str, int],
) -> tuple[Entry, ...]:
    their_stamps = {_stamp(e) for e in theirs}
    our_stamps = {_stamp(e) for e in ours}
    kept = {_stamp(e): e for e in ours if _stamp(e) in their_stamps or not _covered(e, their_seen)}
    for entry in theirs:
        if _stamp(entry) in our_stamps or not _covered(entry, our_seen):
            kept.setdefault(_stamp(entry), entry)
    if not kept:
        # Both sides overwrote each other's values: impossible with honest clocks, but a
        # register must never end empty; keep the highest entry.
        best = max((*ours, *theirs), key=_stamp)
        return (best,)
    return tuple(sorted(kept.values(), key=_stamp, reverse=True))


def shared_stamp(fields: Iterable[Sequence[Sequence[Any]]]) -> tuple[int, str] | None:
    """The stamp `(hlc, device)` carried by the most fields that hold a single entry (the
    newest of equals), or None if no field holds a single entry. A record written in one
    go has every field at this stamp; bundle lines and stored clocks write it once."""
    counts: dict[tuple[int, str], int] = {}
    for entries in fields:
        if len(entries) == 1:
            stamp = (entries[0][0], entries[0][1])
            counts[stamp] = counts.get(stamp, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda stamp: (counts[stamp], stamp))


def _stamp(entry: Entry) -> tuple[int, str]:
    return entry[0], entry[1]


def _covered(entry: Entry, seen: Mapping[str, int]) -> bool:
    return seen.get(entry[1], 0) >= entry[0]


def _join_vectors(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    joined = dict(a)
    for device, stamp in b.items():
        if stamp > joined.get(device, 0):
            joined[device] = stamp
    return dict(sorted(joined.items()))
