"""The district's report: the indicators it sends the province, from the merged data."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from mentor_desk.cli.common import EXIT_OK, Command, Subparsers, canonical_json, date_option
from mentor_desk.domain.errors import ValidationError
from mentor_desk.store import Store
from mentor_desk.store.indicators import Indicators, Period, district_indicators


def gather_indicators(store: Store, args: argparse.Namespace) -> Indicators:
    """The indicators for the command's period, with every enrolled, unrevoked device."""
    from mentor_desk.sync.identity import ensure_identity

    identity = ensure_identity(store)
    enrolled = [
        (d.public_key.device_id, d.public_key.display_name, d.public_key.role.value)
        for d in identity.trust.devices()
        if not d.revoked
    ]
    return district_indicators(
        store.db,
        today=date_option("--today", args.today) or dt.date.today(),
        period=Period(_date_text(args.start, "--from"), _date_text(args.end, "--to")),
        enrolled=enrolled,
    )


def cmd_report(store: Store, args: argparse.Namespace) -> int:
    report: dict[str, Any] = gather_indicators(store, args).as_dict()
    if args.csv or args.xlsx:
        from mentor_desk.printing.tables_export import (
            indicator_tables,
            write_csv_tables,
            write_xlsx,
        )

        tables = indicator_tables(report)
        try:
            if args.csv:
                for path in write_csv_tables(tables, Path(args.csv)):
                    print(f"written {path}", file=sys.stderr)
            if args.xlsx:
                print(f"written {write_xlsx(tables, Path(args.xlsx))}", file=sys.stderr)
        except OSError as error:
            raise ValidationError("report", "เขียนไฟล์รายงานไม่ได้", str(error)) from None
    if args.json or not (args.csv or args.xlsx):
        print(canonical_json(report))
    return EXIT_OK


def _date_text(text: str | None, option: str) -> str | None:
    day = date_option(option, text)
    return day.isoformat() if day else None


COMMANDS: dict[str, Command] = {"report": cmd_report}


def add_parsers(sub: Subparsers) -> None:
    report = sub.add_parser("report", help="district indicators from the merged data")
    report.add_argument("--json", action="store_true", help="print one JSON object (default)")
    report.add_argument("--from", dest="start", help="period start, YYYY-MM-DD (CE or BE year)")
    report.add_argument("--to", dest="end", help="period end, YYYY-MM-DD (CE or BE year)")
    report.add_argument("--today", help="count overdue and days since as of this date")
    report.add_argument("--csv", metavar="DIR", help="also write one CSV file per table here")
    report.add_argument("--xlsx", metavar="FILE", help="also write an Excel workbook")
