"""Commands on the local records: init, demo, put, delete, dump, check, backup (restore is run
by `main`, with the store closed)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentor_desk.cli.common import (
    EXIT_FAULTS,
    EXIT_OK,
    Command,
    Subparsers,
    canonical_json,
    parse_json_strictly,
    positive,
)
from mentor_desk.domain.errors import ValidationError
from mentor_desk.store import Profile, Store
from mentor_desk.store.facade import ROLES


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
    if args.repair:
        for line in store.repair().lines():
            print(line)
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


COMMANDS: dict[str, Command] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "put": cmd_put,
    "delete": cmd_delete,
    "dump": cmd_dump,
    "check": cmd_check,
    "backup": cmd_backup,
}


def add_parsers(sub: Subparsers) -> None:
    init = sub.add_parser("init", help="set up this data folder for a mentor or district")
    init.add_argument("--name", required=True)
    init.add_argument("--role", required=True, choices=ROLES)
    init.add_argument("--province", help="province code, e.g. 40")
    init.add_argument("--district", help="district code, e.g. 4007")
    init.add_argument("--subdistrict", help="subdistrict code, e.g. 400701")
    init.add_argument("--village", help="village number or name")

    demo = sub.add_parser("demo", help="fill an empty data folder with realistic sample data")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--families", type=positive, default=None)
    demo.add_argument("--visits", type=positive, default=400)
    demo.add_argument("--lessons", type=positive, default=24)

    put = sub.add_parser("put", help="create or update one record; prints its id")
    put.add_argument("table")
    put.add_argument("json", help="the record as JSON, or - to read it from standard input")

    delete = sub.add_parser("delete", help="delete one record")
    delete.add_argument("table")
    delete.add_argument("id")

    sub.add_parser("dump", help="canonical JSON of the live data")
    check = sub.add_parser(
        "check", help="integrity, schema and attachment check; exit 1 on any fault"
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="first remove orphaned photo files and leftover temporary files and folders",
    )

    backup = sub.add_parser("backup", help="write the whole data folder to one file")
    backup.add_argument("file")
    restore = sub.add_parser("restore", help="replace the data folder with a backup file")
    restore.add_argument("file")
