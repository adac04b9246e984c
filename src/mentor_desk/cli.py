"""The `mentor-desk` command line: a thin layer over the store, the same services the GUI uses.

Exit codes: 0 success; 1 a check found faults (or, for import, a file was refused);
2 bad input or a refused operation, with one line on stderr naming the problem.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mentor_desk import __version__
from mentor_desk.domain.errors import MentorDeskError, ValidationError
from mentor_desk.store import Profile, Store
from mentor_desk.store.facade import ROLES

HOME_VARIABLE = "MENTOR_DESK_HOME"
EXIT_OK, EXIT_FAULTS, EXIT_BAD_INPUT = 0, 1, 2


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


def canonical_json(value: Any) -> str:
    """The one text form of JSON that `dump` prints: sorted keys, UTF-8, two-space indent."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)


# --- commands -----------------------------------------------------------------------------


def cmd_init(store: Store, args: argparse.Namespace) -> int:
    import geothai

    for option, lookup in (
        ("province", geothai.province),
        ("district", geothai.district),
        ("subdistrict", geothai.subdistrict),
    ):
        code = getattr(args, option)
        if code and lookup(code) is None:
            raise ValidationError(f"--{option}", "ไม่พบรหัสพื้นที่นี้", f"unknown {option} code {code}")
    profile = Profile(
        name=args.name,
        role=args.role,
        province_code=args.province or "",
        district_code=args.district or "",
        subdistrict_code=args.subdistrict or "",
        village=args.village or "",
    )
    store.set_profile(profile)
    print(f"initialised {store.home} ({args.role}, device {store.device_id})")
    return EXIT_OK


def cmd_demo(store: Store, args: argparse.Namespace) -> int:
    from mentor_desk.demo import generate

    if any(store.counts().values()):
        raise ValidationError(
            "demo",
            "สร้างข้อมูลตัวอย่างได้เฉพาะในโฟลเดอร์ข้อมูลที่ยังว่าง",
            f"{store.home} already holds records; use an empty --home",
        )
    summary = generate(
        store, seed=args.seed, families=args.families, visits=args.visits, lessons=args.lessons
    )
    print(canonical_json(summary.as_dict()))
    return EXIT_OK


def cmd_put(store: Store, args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.json == "-" else args.json
    try:
        obj = parse_json_strictly(text)
    except (ValueError, RecursionError) as error:
        raise ValidationError("JSON", "ข้อมูล JSON ไม่ถูกต้อง", str(error)[:200]) from None
    result = store.put(args.table, obj)
    print(result.record.id)
    return EXIT_OK


def cmd_delete(store: Store, args: argparse.Namespace) -> int:
    store.delete(args.table, args.id)
    return EXIT_OK


def cmd_dump(store: Store, args: argparse.Namespace) -> int:
    sys.stdout.write(canonical_json(store.dump()) + "\n")
    return EXIT_OK


def cmd_check(store: Store, args: argparse.Namespace) -> int:
    faults = store.check()
    for fault in faults:
        print(fault.one_line())
    if faults:
        print(f"{len(faults)} fault(s) found", file=sys.stderr)
        return EXIT_FAULTS
    counts = store.counts()
    print("ok: " + ", ".join(f"{n} {table}" for table, n in counts.items()))
    return EXIT_OK


def cmd_backup(store: Store, args: argparse.Namespace) -> int:
    result = store.backup(Path(args.file))
    print(f"backup written to {args.file} ({result['bytes']:,} bytes)")
    return EXIT_OK


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "put": cmd_put,
    "delete": cmd_delete,
    "dump": cmd_dump,
    "check": cmd_check,
    "backup": cmd_backup,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentor-desk",
        description="Mentor Desk (สมุดพี่เลี้ยงชุมชน): with no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"mentor-desk {__version__}")
    parser.add_argument("--home", type=Path, help=f"data folder (default: ${HOME_VARIABLE})")
    parser.add_argument("--demo", action="store_true", help="open the app on demo data")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", help="set up this data folder for a mentor or district")
    init.add_argument("--name", required=True)
    init.add_argument("--role", required=True, choices=ROLES)
    init.add_argument("--province", help="province code, e.g. 40")
    init.add_argument("--district", help="district code, e.g. 4007")
    init.add_argument("--subdistrict", help="subdistrict code, e.g. 400701")
    init.add_argument("--village", help="village number or name")

    demo = sub.add_parser("demo", help="fill an empty data folder with realistic sample data")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--families", type=_positive, default=None)
    demo.add_argument("--visits", type=_positive, default=400)
    demo.add_argument("--lessons", type=_positive, default=24)

    put = sub.add_parser("put", help="create or update one record; prints its id")
    put.add_argument("table")
    put.add_argument("json", help="the record as JSON, or - to read it from standard input")

    delete = sub.add_parser("delete", help="delete one record")
    delete.add_argument("table")
    delete.add_argument("id")

    sub.add_parser("dump", help="canonical JSON of the live data")
    sub.add_parser("check", help="integrity, schema and attachment check; exit 1 on any fault")

    backup = sub.add_parser("backup", help="write the whole data folder to one file")
    backup.add_argument("file")
    restore = sub.add_parser("restore", help="replace the data folder with a backup file")
    restore.add_argument("file")
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `mentor-desk`."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # Thai on Windows consoles too
        sys.stderr.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    home = (args.home or default_home()).expanduser()
    if args.demo and args.home is None and not os.environ.get(HOME_VARIABLE):
        home = home / "demo"  # never mix the sample data into a mentor's real records
    try:
        if args.command is None:
            from mentor_desk.ui.app import run_app

            return run_app(home=home, demo=args.demo)
        if args.command == "restore":
            Store.restore(home, Path(args.file))
            print(f"restored {home} from {args.file}")
            return EXIT_OK
        with Store(home) as store:
            return COMMANDS[args.command](store, args)
    except ValidationError as error:
        print(f"error: {error.one_line()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except MentorDeskError as error:
        print(f"error: {error.message_th} ({error.detail})", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
