"""The booklet command: chosen lessons printed as one PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentor_desk.cli.common import EXIT_OK, Command, Subparsers, date_option
from mentor_desk.domain import vocab
from mentor_desk.domain.errors import ValidationError
from mentor_desk.store import Store


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
        date_from=date_option("--from", args.date_from),
        date_to=date_option("--to", args.date_to),
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
    store.record_audit(
        "print",
        {"document": "booklet", "to": "file", "pages": result.pages, "lessons": result.lessons},
    )
    for problem in result.problems:
        print(f"warning: {problem.one_line()}", file=sys.stderr)
    print(
        f"booklet written to {args.file} "
        f"({result.lessons} lessons, {result.photos} photos, {result.pages} pages)"
    )
    return EXIT_OK


COMMANDS: dict[str, Command] = {"booklet": cmd_booklet}


def add_parsers(sub: Subparsers) -> None:
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
