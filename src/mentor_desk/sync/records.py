"""records.jsonl: one canonical JSON object per line, written and read as a stream.

Reading splits bounded chunks into lines itself (zipfile's readline with a limit is slow),
refuses any line longer than the limit before parsing it, and parses each line with the
strict loader. Memory stays at about one chunk plus one line whatever the file's size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from mentor_desk.sync.errors import InvalidRecordError, LimitExceededError
from mentor_desk.sync.strict_json import JsonRejected, canonical_json, loads_strict

_NEWLINE = b"\n"


def record_line(record: Mapping[str, Any], *, max_depth: int, max_line_bytes: int) -> bytes:
    """One records.jsonl line (canonical JSON plus newline); InvalidRecordError if unfit.

    The writer calls this, so a record the reader would refuse never leaves this device.
    """
    if not isinstance(record, Mapping):
        raise InvalidRecordError(f"record is a {type(record).__name__}, not an object")
    try:
        line = canonical_json(dict(record), max_depth=max_depth)
    except JsonRejected as exc:
        raise InvalidRecordError(f"record cannot be written as strict JSON: {exc}") from exc
    if len(line) > max_line_bytes:
        raise LimitExceededError(f"record of {len(line)} bytes exceeds {max_line_bytes}")
    return line + _NEWLINE


def iter_record_lines(
    chunks: Iterable[bytes], *, max_line_bytes: int, max_depth: int
) -> Iterator[dict[str, Any]]:
    """Parse records.jsonl from its byte chunks, lazily, one object per line."""
    pending = b""
    line_number = 0
    for chunk in chunks:
        data = pending + chunk if pending else chunk
        lines = data.split(_NEWLINE)
        pending = lines.pop()
        if len(pending) > max_line_bytes:
            raise LimitExceededError(
                f"records.jsonl line {line_number + len(lines) + 1} exceeds {max_line_bytes} bytes"
            )
        for line in lines:
            line_number += 1
            yield parse_record_line(
                line, line_number=line_number, max_line_bytes=max_line_bytes, max_depth=max_depth
            )
    if pending:
        raise InvalidRecordError(f"records.jsonl line {line_number + 1} has no newline at the end")


def parse_record_line(
    line: bytes, *, line_number: int, max_line_bytes: int, max_depth: int
) -> dict[str, Any]:
    """One strict JSON object from one line (without its newline)."""
    if len(line) > max_line_bytes:
        raise LimitExceededError(f"records.jsonl line {line_number} exceeds {max_line_bytes} bytes")
    try:
        record = loads_strict(line, max_depth=max_depth)
    except JsonRejected as exc:
        raise InvalidRecordError(f"records.jsonl line {line_number}: {exc}") from exc
    if not isinstance(record, dict):
        raise InvalidRecordError(f"records.jsonl line {line_number} is not a JSON object")
    return record
