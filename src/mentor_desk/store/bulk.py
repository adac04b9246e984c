"""Writing many rows fast: multi-row INSERT statements.

Every statement that fires the search-index triggers makes FTS5 flush its pending terms, so
one statement per row is several times slower than one statement per few hundred rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any

from sqlite_utils import Database

MAX_VARIABLES = 30_000  # below SQLite's default limit of 32,766 bound parameters
MAX_ROWS_PER_STATEMENT = 500


def insert_rows(
    db: Database,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    upsert: bool = False,
) -> int:
    """Insert (or, with `upsert`, insert-or-update by id) rows in multi-row statements;
    returns how many rows were written. Runs inside the caller's transaction."""
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
        db.execute(f"INSERT INTO {table} ({names}) VALUES {values}{suffix}", parameters)
        written += len(chunk)
    return written
