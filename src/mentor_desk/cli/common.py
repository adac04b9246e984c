"""What every command shares: the data folder, strict JSON input, canonical JSON output,
exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentor_desk.domain.dates import ce_year
from mentor_desk.domain.errors import ValidationError

if TYPE_CHECKING:
    from mentor_desk.store import Store

HOME_VARIABLE = "MENTOR_DESK_HOME"
BE_YEARS_FROM = 2400  # a year past this in a date option is a Buddhist Era year
EXIT_OK, EXIT_FAULTS, EXIT_BAD_INPUT = 0, 1, 2

Command = Callable[["Store", argparse.Namespace], int]
Subparsers = Any  # argparse's private _SubParsersAction


class StrictJSONError(ValueError):
    """Input JSON that parses in lenient readers but is not acceptable here."""


def default_home() -> Path:
    """The data folder: $MENTOR_DESK_HOME, else the platform's user data folder."""
    if os.environ.get(HOME_VARIABLE):
        return Path(os.environ[HOME_VARIABLE])
    from platformdirs import user_data_path

    return user_data_path("MentorDesk", appauthor=False)


def parse_json_strictly(text: str) -> Any:
    """json.loads that refuses NaN/Infinity and duplicate keys (both silently accepted by
    the standard library), so what is stored is exactly what was meant."""

    def no_constants(name: str) -> Any:
        raise StrictJSONError(f"{name} is not valid JSON")

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise StrictJSONError(f"duplicate key {key!r}")
            result[key] = value
        return result

    return json.loads(text, parse_constant=no_constants, object_pairs_hook=no_duplicates)


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def date_option(option: str, text: str | None) -> dt.date | None:
    """A date option (--from, --to, --today): ISO YYYY-MM-DD, the year in the Common or the
    Buddhist Era (mentors think in พ.ศ.); None when the option was not given."""
    if not text:
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            option, "วันที่ต้องอยู่ในรูป ปปปป-ดด-วว เช่น 2569-10-01", f"not a date: {text!r}"
        ) from None
    return day.replace(year=ce_year(day.year)) if day.year > BE_YEARS_FROM else day


def canonical_json(value: Any) -> str:
    """The one text form of JSON that `dump` prints: sorted keys, UTF-8, two-space indent."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)
