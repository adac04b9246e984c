"""The `mentor-desk` command line: a thin layer over the store, the same services the GUI uses.

Each area has its own module with its commands and their parsers; this module assembles them.
Exit codes: 0 success; 1 a check found faults (or, for import, a file was refused or held);
2 bad input or a refused operation, with one line on stderr naming the problem.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from mentor_desk.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    HOME_VARIABLE,
    Command,
    default_home,
)
from mentor_desk.domain.errors import MentorDeskError, ValidationError


def command_areas() -> tuple[ModuleType, ...]:
    """The modules holding the commands, imported only when a command is given (opening the
    app needs none of them, and they pull in printing and sync)."""
    from mentor_desk.cli import district, printing, records, sync

    return (records, printing, sync, district)


def commands() -> dict[str, Command]:
    """Every command by name."""
    return {name: command for area in command_areas() for name, command in area.COMMANDS.items()}


def app_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of opening the app (`--home`, `--demo`), or None when `argv` asks for
    anything else (a command, --help, --version, --self-test)."""
    parser = argparse.ArgumentParser(prog="mentor-desk", add_help=False, allow_abbrev=False)
    parser.add_argument("--home", type=Path)
    parser.add_argument("--demo", action="store_true")
    args, rest = parser.parse_known_args(argv)
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    from mentor_desk import __version__

    parser = argparse.ArgumentParser(
        prog="mentor-desk",
        description="Mentor Desk (สมุดพี่เลี้ยงชุมชน): with no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"mentor-desk {__version__}")
    parser.add_argument("--home", type=Path, help=f"data folder (default: ${HOME_VARIABLE})")
    parser.add_argument("--demo", action="store_true", help="open the app on demo data")
    parser.add_argument(
        "--self-test", action="store_true", help="check that this installation works, then exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in command_areas():
        area.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `mentor-desk`."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # Thai on Windows consoles too
        sys.stderr.reconfigure(encoding="utf-8")
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = app_arguments(arguments) or build_parser().parse_args(arguments)
    if getattr(args, "self_test", False):
        from mentor_desk.cli.selftest import run_self_test

        return run_self_test()
    home = (args.home or default_home()).expanduser()
    if args.demo and args.home is None and not os.environ.get(HOME_VARIABLE):
        home = home / "demo"  # never mix the sample data into a mentor's real records
    try:
        if getattr(args, "command", None) is None:
            from mentor_desk.ui.app import run_app

            return run_app(home=home, demo=args.demo)
        from mentor_desk.store import Store

        if args.command == "restore":
            Store.restore(home, Path(args.file))
            print(f"restored {home} from {args.file}")
            return EXIT_OK
        with Store(home) as store:
            return commands()[args.command](store, args)
    except ValidationError as error:
        print(f"error: {error.one_line()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except MentorDeskError as error:
        print(f"error: {error.message_th} ({error.detail})", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
