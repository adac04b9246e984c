"""The `mentor-desk` command line: a thin layer over the store, the same services the GUI uses.

Exit codes: 0 success; 1 a check found faults (or, for import, a file was refused or held);
2 bad input or a refused operation, with one line on stderr naming the problem.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mentor_desk import __version__
from mentor_desk.domain import vocab
from mentor_desk.domain.dates import ce_year
from mentor_desk.domain.errors import MentorDeskError, ValidationError
from mentor_desk.store import Profile, Store
from mentor_desk.store.facade import ROLES

HOME_VARIABLE = "MENTOR_DESK_HOME"
EXIT_OK, EXIT_FAULTS, EXIT_BAD_INPUT = 0, 1, 2
BE_YEARS_FROM = 2400  # a year past this in a date option is a Buddhist Era year


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


def cmd_booklet(store: Store, args: argparse.Namespace) -> int:
    from mentor_desk.printing.booklet import BookletOptions, build_booklet
    from mentor_desk.printing.page_setup import PageSize
    from mentor_desk.printing.selection import ChapterMode, LessonSelection
    from mentor_desk.store.print_queries import PrintData

    foreword = None
    if args.foreword_file:
        try:
            foreword = Path(args.foreword_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ValidationError("--foreword-file", "อ่านไฟล์คำนำไม่ได้", str(error)) from None
    selection = LessonSelection(
        kinds=frozenset(args.kind or ()),
        statuses=frozenset(args.status or ()),
        virtues=frozenset(args.virtue or ()),
        subdistrict_codes=frozenset(args.subdistrict or ()),
        area_text=args.area or "",
        date_from=_booklet_date("--from", args.date_from),
        date_to=_booklet_date("--to", args.date_to),
    )
    options = BookletOptions(
        title=args.title or BookletOptions().title,
        subtitle=args.subtitle or "",
        foreword=foreword,
        chapters=ChapterMode(args.chapters),
        page_size=PageSize(args.page_size),
        thai_digits=args.thai_digits,
        cover_photo=Path(args.cover_photo) if args.cover_photo else None,
    )
    result = build_booklet(
        PrintData(store), path=Path(args.file), selection=selection, options=options
    )
    for problem in result.problems:
        print(f"warning: {problem.one_line()}", file=sys.stderr)
    print(
        f"booklet written to {args.file} "
        f"({result.lessons} lessons, {result.photos} photos, {result.pages} pages)"
    )
    return EXIT_OK


def _booklet_date(option: str, text: str | None) -> dt.date | None:
    """A --from/--to date: ISO YYYY-MM-DD, with the year in the Common or Buddhist Era."""
    if not text:
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            option, "วันที่ต้องอยู่ในรูป ปปปป-ดด-วว เช่น 2569-10-01", f"not a date: {text!r}"
        ) from None
    return day.replace(year=ce_year(day.year)) if day.year > BE_YEARS_FROM else day


def cmd_backup(store: Store, args: argparse.Namespace) -> int:
    result = store.backup(Path(args.file))
    print(f"backup written to {args.file} ({result['bytes']:,} bytes)")
    return EXIT_OK


def cmd_keys(store: Store, args: argparse.Namespace) -> int:
    from mentor_desk.sync.identity import ensure_identity
    from mentor_desk.sync.keys import export_public_key, read_public_key

    identity = ensure_identity(store)
    public = identity.keys.public
    if args.action == "show":
        print(f"device:      {public.device_id}")
        print(f"name:        {public.display_name}")
        print(f"role:        {public.role.value}")
        print(f"fingerprint: {public.fingerprint}")
        for device in identity.trust.devices():
            state = "revoked" if device.revoked else "trusted"
            card = device.public_key
            print(
                f"{state}: {card.device_id} {card.role.value} {card.display_name}"
                f" ({card.fingerprint})"
            )
    elif args.action == "export-public":
        export_public_key(public, Path(args.file))
        print(f"public key written to {args.file} (fingerprint {public.fingerprint})")
    else:
        card = read_public_key(Path(args.file))
        identity.trust.trust(card)
        print(
            f"trusted {card.display_name} ({card.role.value}, {card.device_id}, "
            f"fingerprint {card.fingerprint})"
        )
    return EXIT_OK


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    from mentor_desk.sync.exporter import export_bundle, export_receipt
    from mentor_desk.sync.identity import ensure_identity, recipient_key

    identity = ensure_identity(store)
    if (args.to is None) == (args.passphrase_file is None):
        raise ValidationError(
            "export",
            "ต้องระบุผู้รับ (--to) หรือรหัสผ่าน (--passphrase-file) อย่างใดอย่างหนึ่ง",
            "give exactly one of --to PUBKEYFILE or --passphrase-file F",
        )
    target = Path(args.file)
    if args.to is not None:
        recipient = recipient_key(Path(args.to))
        if args.receipt:
            result = export_receipt(store, identity, target, recipient=recipient)
        else:
            result = export_bundle(
                store, identity, target, recipient=recipient, full=args.full, profile=args.profile
            )
    else:
        result = export_bundle(
            store,
            identity,
            target,
            passphrase=_read_passphrase(args.passphrase_file),
            profile=args.profile,
        )
    print(canonical_json(result.as_dict()))
    return EXIT_OK


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    from mentor_desk.sync.identity import ensure_identity
    from mentor_desk.sync.importer import import_bundle

    identity = ensure_identity(store)
    passphrase = _read_passphrase(args.passphrase_file) if args.passphrase_file else None
    results = [
        import_bundle(store, identity, Path(name), passphrase=passphrase, dry_run=args.dry_run)
        for name in args.files
    ]
    print(canonical_json({"files": [r.as_dict() for r in results]}))
    return EXIT_FAULTS if any(r.refused for r in results) else EXIT_OK


def _read_passphrase(name: str) -> str:
    try:
        text = Path(name).read_text(encoding="utf-8").strip("\r\n")
    except OSError as error:
        raise ValidationError("--passphrase-file", "อ่านไฟล์รหัสผ่านไม่ได้", str(error)) from None
    if not text:
        raise ValidationError("--passphrase-file", "ไฟล์รหัสผ่านว่างเปล่า", "empty passphrase")
    return text


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "put": cmd_put,
    "delete": cmd_delete,
    "dump": cmd_dump,
    "check": cmd_check,
    "backup": cmd_backup,
    "booklet": cmd_booklet,
    "keys": cmd_keys,
    "export": cmd_export,
    "import": cmd_import,
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

    booklet = sub.add_parser("booklet", help="print chosen lessons as a PDF booklet")
    booklet.add_argument("file", help="the PDF to write, e.g. booklet.pdf")
    booklet.add_argument("--kind", action="append", choices=vocab.LESSON_KIND.keys())
    booklet.add_argument("--status", action="append", choices=vocab.LESSON_STATUS.keys())
    booklet.add_argument("--virtue", action="append", choices=vocab.VIRTUE.keys())
    booklet.add_argument("--subdistrict", action="append", help="subdistrict code, e.g. 400701")
    booklet.add_argument("--area", help="text the lesson's area must contain")
    booklet.add_argument(
        "--from", dest="date_from", metavar="DATE", help="period overlaps from YYYY-MM-DD"
    )
    booklet.add_argument(
        "--to", dest="date_to", metavar="DATE", help="period overlaps until YYYY-MM-DD"
    )
    booklet.add_argument("--chapters", choices=("village", "theme", "kind"), default="village")
    booklet.add_argument("--page-size", choices=("A4", "A5"), default="A4")
    booklet.add_argument("--thai-digits", action="store_true", help="page numbers as ๑ ๒ ๓")
    booklet.add_argument("--title", help="the title on the cover")
    booklet.add_argument("--subtitle", help="the line under the title (default: the area)")
    booklet.add_argument("--foreword-file", help="UTF-8 text file replacing the foreword")
    booklet.add_argument("--cover-photo", help="a JPEG or PNG for the cover")

    keys = sub.add_parser("keys", help="this device's keys and the devices it trusts")
    key_actions = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    key_actions.add_parser("show", help="device id, fingerprint and trusted devices")
    export_public = key_actions.add_parser("export-public", help="write the public key card")
    export_public.add_argument("file")
    trust = key_actions.add_parser("trust", help="trust a device's public key card")
    trust.add_argument("file")

    export = sub.add_parser("export", help="write a signed, encrypted bundle")
    export.add_argument("file")
    export.add_argument("--to", help="the recipient's public key card")
    export.add_argument("--passphrase-file", help="encrypt with the passphrase in this file")
    export.add_argument("--full", action="store_true", help="everything, not only what is new")
    export.add_argument("--profile", choices=("district", "full"), help="privacy profile")
    export.add_argument("--receipt", action="store_true", help="only acknowledge what arrived")

    imports = sub.add_parser("import", help="import bundles; prints a JSON summary")
    imports.add_argument("files", nargs="+", metavar="FILE")
    imports.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    imports.add_argument("--passphrase-file", help="for passphrase-protected bundles")

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
