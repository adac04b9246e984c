"""Canonical JSON for writing bundles, and a strict JSON loader for reading hostile ones.

The loader accepts a subset of RFC 8259 close to I-JSON (RFC 7493): UTF-8 only (no BOM), no
NaN or Infinity, no duplicate object keys, integers within signed 64-bit, finite floats, no
lone surrogates, and a bounded nesting depth. The writer checks the same rules, so the app
never writes a bundle that it would refuse to read.
"""

from __future__ import annotations

import codecs
import json
import math
import re
from typing import Any

import orjson

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
# Longest decimal text of a 64-bit integer ("-9223372036854775808"); longer is out of range
# and is refused before int() ever sees it.
_MAX_INT_DIGITS = 20
_MAX_FLOAT_CHARS = 64
# Every integer outside 64 bits has at least 19 digits, so only output with a run of 19
# digits needs the range check. Mapping digits to "0" and all else to "a" lets a plain
# substring search find such a run; it is several times faster than a regular expression.
_DIGITS_AS_ZEROS = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x61 for byte in range(256))
_NINETEEN_DIGITS = b"0" * 19
# A "\uD800"-"\uDFFF" escape somewhere in the text: only then can a lone surrogate exist.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")


class JsonRejected(ValueError):
    """Raised by this module; callers turn it into the BundleError that fits where it happened."""


def _reject_constant(name: str) -> Any:
    raise JsonRejected(f"{name} is not allowed")


def _parse_int(text: str) -> int:
    if len(text) > _MAX_INT_DIGITS:
        raise JsonRejected(f"integer with {len(text)} digits is out of 64-bit range")
    value = int(text)
    if not INT64_MIN <= value <= INT64_MAX:
        raise JsonRejected(f"integer {text} is out of 64-bit range")
    return value


def _parse_float(text: str) -> float:
    if len(text) > _MAX_FLOAT_CHARS:
        raise JsonRejected(f"number with {len(text)} characters is too long")
    value = float(text)
    if not math.isfinite(value):
        raise JsonRejected(f"number {text} overflows to infinity")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise JsonRejected(f"duplicate key {key!r}")
            seen.add(key)
    return obj


_DECODER = json.JSONDecoder(
    object_pairs_hook=_unique_keys,
    parse_int=_parse_int,
    parse_float=_parse_float,
    parse_constant=_reject_constant,
    strict=True,
)
# For text with no run of 19 digits, where every integer fits 64 bits: integers are then
# made by the C scanner itself, without a Python call each.
_DECODER_SMALL_INTS = json.JSONDecoder(
    object_pairs_hook=_unique_keys,
    parse_float=_parse_float,
    parse_constant=_reject_constant,
    strict=True,
)
_BRACKETS_ONLY = bytes.maketrans(b"{}", b"[]")
_NOT_BRACKETS_OR_QUOTES = bytes(byte for byte in range(256) if byte not in b'[]{}"')


def check_json_value(value: Any, *, max_depth: int) -> None:
    """Refuse a value that the strict loader would refuse once written as JSON.

    Walks the value without recursion: nesting depth, integer range, finite floats and
    encodable strings (no lone surrogates). Keys that are not strings are left to json.dumps,
    which writes them as strings, as it always does.
    """
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            _check_encodable(item)
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if not INT64_MIN <= item <= INT64_MAX:
                raise JsonRejected(f"integer {item} is out of 64-bit range")
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise JsonRejected(f"{item} is not allowed")
        elif isinstance(item, dict | list | tuple):
            if depth > max_depth:
                raise JsonRejected(f"nesting deeper than {max_depth}")
            if isinstance(item, dict):
                for key, child in item.items():
                    if isinstance(key, str):
                        _check_encodable(key)
                    stack.append((child, depth + 1))
            else:
                stack.extend((child, depth + 1) for child in item)
        else:
            raise JsonRejected(f"{type(item).__name__} is not a JSON value")


def _check_encodable(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise JsonRejected("string holds a lone surrogate") from exc


def canonical_json(value: Any, *, max_depth: int) -> bytes:
    """The one byte form of a JSON value: sorted keys, no spaces, UTF-8, no NaN.

    Used for manifest.json (whose exact bytes are signed) and for each records.jsonl line.
    json.dumps (in C) already refuses NaN, Infinity and lone surrogates; the Python walk of
    `check_json_value` runs only when the output could hide deep nesting or a 64-bit overflow.
    """
    try:
        text = json.dumps(
            value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        )
        data = text.encode("utf-8")
    except (TypeError, ValueError, RecursionError) as exc:  # UnicodeEncodeError is a ValueError
        raise JsonRejected(str(exc)) from exc
    if data.count(b"[") + data.count(b"{") > max_depth or _NINETEEN_DIGITS in data.translate(
        _DIGITS_AS_ZEROS
    ):
        check_json_value(value, max_depth=max_depth)
    return data


def loads_strict(data: bytes, *, max_depth: int) -> Any:
    """Parse one JSON text from untrusted bytes, refusing anything outside the strict subset."""
    if data.startswith(codecs.BOM_UTF8):
        raise JsonRejected("byte order mark is not allowed")
    big_ints = _NINETEEN_DIGITS in data.translate(_DIGITS_AS_ZEROS)
    if not big_ints:
        canonical = _loads_canonical(data, max_depth=max_depth)
        if canonical is not _NOT_CANONICAL:
            return canonical
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonRejected(f"not UTF-8: {exc.reason} at byte {exc.start}") from exc
    try:
        value = (_DECODER if big_ints else _DECODER_SMALL_INTS).decode(text)
    except JsonRejected:
        raise
    except RecursionError as exc:
        raise JsonRejected(f"nesting deeper than {max_depth}") from exc
    except ValueError as exc:  # json.JSONDecodeError and int() limits
        raise JsonRejected(str(exc)) from exc
    # Depth can only exceed the limit if there are more brackets than the limit, and lone
    # surrogates need a \uD8xx-\uDFxx escape: cheap byte scans keep the common case fast.
    if _SURROGATE_ESCAPE.search(data):
        check_json_value(value, max_depth=max_depth)
    elif data.count(b"[") + data.count(b"{") > max_depth and not _depth_within(data, max_depth):
        raise JsonRejected(f"nesting deeper than {max_depth}")
    return value


_NOT_CANONICAL = object()


def _loads_canonical(data: bytes, *, max_depth: int) -> Any:
    """The fast path for text already in canonical form (as this app writes every line).

    orjson parses in C and refuses NaN, Infinity, invalid UTF-8, a byte order mark and lone
    surrogates; it keeps the last of duplicate keys, so its canonical re-serialisation equals
    the input only if no key was repeated (and no space, order or escape differs). Integers
    need no check here: the caller took this path only when no run of 19 digits exists.
    Returns `_NOT_CANONICAL` for anything else, which the strict loader then judges.
    """
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        return _NOT_CANONICAL
    if orjson.dumps(value, option=orjson.OPT_SORT_KEYS) != data:
        return _NOT_CANONICAL
    if not _depth_within(data, max_depth):
        raise JsonRejected(f"nesting deeper than {max_depth}")
    return value


def _depth_within(data: bytes, max_depth: int) -> bool:
    """Whether the nesting of a valid JSON text stays within `max_depth`, at C speed:
    with escapes and strings taken out and only brackets left, each pass of `replace`
    removes the innermost pairs."""
    if b"\\" in data:
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    skeleton = data.translate(None, _NOT_BRACKETS_OR_QUOTES)  # strings keep their brackets
    if len(skeleton) - skeleton.count(b'"') <= max_depth:
        return True  # fewer brackets than the limit, strings' own included
    # Strings without brackets are left as '""': taking those pairs out removes every quote
    # only if no string holds a bracket (one that does leaves an odd run of quotes before
    # its bracket). Otherwise every other piece between quotes is outside the strings.
    structure = skeleton.replace(b'""', b"")
    if b'"' in structure:
        structure = b"".join(skeleton.split(b'"')[::2])
    brackets = structure.translate(_BRACKETS_ONLY)
    for _ in range(max_depth):
        brackets = brackets.replace(b"[]", b"")
        if not brackets:
            return True
    return False
