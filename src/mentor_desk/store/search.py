"""Full-text search over households, visits, activities and lessons.

SQLite FTS5 with the trigram tokenizer finds Thai inside longer runs of text (Thai has no
spaces to split words on). Trigrams need three characters, so shorter queries fall back to
`instr()` over the same columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from mentor_desk.store.schema import SEARCH_COLUMNS

MIN_TRIGRAM_LENGTH = 3
SNIPPET_TOKENS = 64

_TITLE_SQL = {
    "households": "t.head_name",
    "visits": "(SELECT h.head_name FROM households h WHERE h.id = t.household_id)"
    " || ' · ' || t.date",
    "activities": "t.title",
    "lessons": "t.title",
}


@dataclass(frozen=True)
class SearchHit:
    """One record found: its table, id, a title to show and a snippet around the match."""

    table: str
    id: str
    title: str
    snippet: str


def search(db: Database, query: str, *, limit_per_table: int = 50) -> list[SearchHit]:
    """Records whose searchable text contains `query`, grouped by table, newest first."""
    query = query.strip()
    if not query:
        return []
    hits: list[SearchHit] = []
    for table, columns in SEARCH_COLUMNS.items():
        if len(query) >= MIN_TRIGRAM_LENGTH:
            hits.extend(_fts_hits(db, table, query, limit_per_table))
        else:
            hits.extend(_instr_hits(db, table, columns, query, limit_per_table))
    return hits


def _fts_hits(db: Database, table: str, query: str, limit: int) -> list[SearchHit]:
    phrase = '"' + query.replace('"', '""') + '"'
    sql = f"""
        SELECT t.id, {_TITLE_SQL[table]},
               snippet({table}_fts, -1, '[', ']', '…', {SNIPPET_TOKENS})
        FROM {table}_fts JOIN {table} t ON t.rowid = {table}_fts.rowid
        WHERE {table}_fts MATCH ? AND t._cl % 2 = 1
        ORDER BY {table}_fts.rowid DESC LIMIT ?
    """
    return [
        SearchHit(table, row[0], row[1] or "", row[2] or "")
        for row in db.execute(sql, [phrase, limit])
    ]


def _instr_hits(
    db: Database, table: str, columns: tuple[str, ...], query: str, limit: int
) -> list[SearchHit]:
    needle = query.lower()
    condition = " OR ".join(f"instr(lower(t.{c}), ?) > 0" for c in columns)
    first_match = " ".join(f"WHEN instr(lower(t.{c}), ?) > 0 THEN t.{c}" for c in columns)
    sql = f"""
        SELECT t.id, {_TITLE_SQL[table]}, CASE {first_match} ELSE '' END
        FROM {table} t WHERE t._cl % 2 = 1 AND ({condition})
        ORDER BY t.rowid DESC LIMIT ?
    """
    params = [needle] * (2 * len(columns)) + [limit]
    return [
        SearchHit(table, row[0], row[1] or "", _around(row[2] or "", needle))
        for row in db.execute(sql, params)
    ]


def _around(text: str, needle: str, width: int = 40) -> str:
    at = text.lower().find(needle)
    if at < 0:
        return text[:width]
    start = max(0, at - width // 2)
    end = at + len(needle) + width // 2
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    end_of_match = at + len(needle)
    return f"{prefix}{text[start:at]}[{text[at:end_of_match]}]{text[end_of_match:end]}{suffix}"
