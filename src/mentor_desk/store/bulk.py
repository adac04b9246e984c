"""Writing many rows fast: multi-row INSERT statements, and the search index kept in step
a chunk at a time.

Every statement that fires the search-index triggers makes FTS5 flush its pending terms, so
one statement per row is several times slower than one statement per few hundred rows; for
the largest writes (imports), `SearchIndexBatch` replaces the triggers altogether.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from itertools import islice
from typing import Any

from sqlite_utils import Database

from mentor_desk.store.schema import SEARCH_COLUMNS

MAX_VARIABLES = 30_000  # below SQLite's default limit of 32,766 bound parameters
MAX_ROWS_PER_STATEMENT = 2000
TRIGGER_EVENTS = ("insert", "update", "delete")  # the search triggers of store.schema
FTS5_DEFAULT_AUTOMERGE = 4

Overlap = Callable[[], AbstractContextManager[object]]
"""Entered around each statement that runs long inside SQLite, with Python's interpreter
lock free: another thread may work meanwhile (see `mentor_desk.sync.read_ahead`)."""


def insert_rows(
    db: Database,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    upsert: bool = False,
    overlap: Overlap = nullcontext,
) -> int:
    """Insert (or, with `upsert`, insert-or-update by id) rows in multi-row statements;
    returns how many rows were written. Runs inside the caller's transaction; each
    statement runs inside `overlap()`."""
    width = len(columns)
    per_statement = max(1, min(MAX_ROWS_PER_STATEMENT, MAX_VARIABLES // width))
    one_row = "(" + ", ".join("?" * width) + ")"
    names = ", ".join(columns)
    suffix = ""
    if upsert:
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        suffix = f" ON CONFLICT(id) DO UPDATE SET {updates}"
    iterator = iter(rows)
    written = 0
    while chunk := list(islice(iterator, per_statement)):
        values = ", ".join([one_row] * len(chunk))
        parameters = [value for row in chunk for value in row]
        with overlap():
            db.execute(f"INSERT INTO {table} ({names}) VALUES {values}{suffix}", parameters)
        written += len(chunk)
    return written


class SearchIndexBatch:
    """Keeps the FTS5 search tables in step with bulk writes, a chunk at a time, instead of
    through the per-row triggers (each trigger firing makes FTS5 do a row's work alone).

    Use as a context manager inside the caller's transaction: the search triggers of the
    given tables are dropped on entry and created again, from their stored SQL, on exit.
    Being schema changes inside the same transaction, a rollback restores them too. FTS5's
    automatic merging of index segments is paused the same way (and set back on exit). Around
    each chunk of writes, call `forget` (before: the old text leaves the index) and `index`
    (after: the new text enters it) with the ids of the rows written. Rows go to FTS5 in
    rowid order: a rowid lower than the previous one makes it flush its pending terms, which
    costs as much as a trigger firing. Each indexing statement runs inside `overlap()`.
    """

    def __init__(
        self, db: Database, tables: Iterable[str], *, overlap: Overlap = nullcontext
    ) -> None:
        self.db = db
        self.overlap = overlap
        self.columns = {t: SEARCH_COLUMNS[t] for t in tables if t in SEARCH_COLUMNS}
        self._triggers: list[str] = []
        self._automerge: dict[str, int] = {}

    def __enter__(self) -> SearchIndexBatch:
        names = [f"{t}_fts_{event}" for t in self.columns for event in TRIGGER_EVENTS]
        marks = ", ".join("?" * len(names))
        rows = self.db.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            names,
        ).fetchall()
        by_name = dict(rows)
        for table in list(self.columns):
            if any(f"{table}_fts_{event}" not in by_name for event in TRIGGER_EVENTS):
                del self.columns[table]  # not kept by triggers here: leave it alone
        for table in self.columns:
            for event in TRIGGER_EVENTS:
                name = f"{table}_fts_{event}"
                self._triggers.append(by_name[name])
                self.db.execute(f"DROP TRIGGER {name}")
            fts = f"{table}_fts"
            found = self.db.execute(f"SELECT v FROM {fts}_config WHERE k = 'automerge'").fetchone()
            self._automerge[table] = int(found[0]) if found else FTS5_DEFAULT_AUTOMERGE
            # Merging index segments is left to later writes: during a large import it
            # would redo the same merges many times over.
            self.db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('automerge', 0)")
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc_info: object) -> None:
        triggers, self._triggers = self._triggers, []
        if exc_type is not None and not self.db.conn.in_transaction:
            return  # SQLite rolled the transaction back already, the drops with it
        for sql in triggers:
            self.db.execute(sql)
        for table, automerge in self._automerge.items():
            fts = f"{table}_fts"
            self.db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('automerge', ?)", [automerge])
        self._automerge = {}

    def forget(self, table: str, ids: Sequence[str]) -> None:
        """Take the stored text of these rows out of the index (before they change)."""
        self._each_chunk(table, ids, delete=True)

    def index(self, table: str, ids: Sequence[str]) -> None:
        """Add the stored text of these rows to the index (after they were written)."""
        self._each_chunk(table, ids, delete=False)

    def _each_chunk(self, table: str, ids: Sequence[str], *, delete: bool) -> None:
        columns = self.columns.get(table)
        if not columns or not ids:
            return
        fts = f"{table}_fts"
        names = ", ".join(columns)
        for start in range(0, len(ids), MAX_VARIABLES):
            chunk = list(ids[start : start + MAX_VARIABLES])
            marks = ", ".join("?" * len(chunk))
            if delete:
                sql = (
                    f"INSERT INTO {fts}({fts}, rowid, {names}) "
                    f"SELECT 'delete', rowid, {names} FROM {table} WHERE id IN ({marks}) "
                    "ORDER BY rowid"
                )
            else:
                sql = (
                    f"INSERT INTO {fts}(rowid, {names}) "
                    f"SELECT rowid, {names} FROM {table} WHERE id IN ({marks}) ORDER BY rowid"
                )
            with self.overlap():
                self.db.execute(sql, chunk)
