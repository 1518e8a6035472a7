"""``workshop breakout``, ``merge``, ``next`` and ``series``: breakout tables and a series of
meetings, headless (no Qt is imported). Failures are one line and exit status 2."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

from workshop.domain import series as ds
from workshop.domain.errors import WorkshopError
from workshop.export import series_report
from workshop.storage import breakout, series
from workshop.storage.document import Document
from workshop.storage.merge import merge


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The four commands' arguments (called by ``cli._command_parser``)."""
    make = sub.add_parser("breakout", help="write one breakout copy of MAIN per table, into DIR")
    make.add_argument("path", type=Path, metavar="MAIN")
    make.add_argument("--tables", type=int, required=True, metavar="N", help="how many tables")
    make.add_argument("--out", type=Path, required=True, metavar="DIR", help="where to write")
    make.add_argument("--labels", metavar="A,B,…", help="the tables' names (default Table 1…)")
    make.add_argument("--force", action="store_true", help="replace copies that exist")

    back = sub.add_parser("merge", help="merge breakout copies back into MAIN (one undo step)")
    back.add_argument("path", type=Path, metavar="MAIN")
    back.add_argument("breakouts", type=Path, nargs="+", metavar="BREAKOUT")

    after = sub.add_parser("next", help="start the next meeting of FILE's series in NEWFILE")
    after.add_argument("path", type=Path, metavar="FILE")
    after.add_argument("new", type=Path, metavar="NEWFILE")
    after.add_argument("--title", default="", help="the new meeting's title (default: same)")
    after.add_argument("--date", default="", help="the new meeting's date, YYYY-MM-DD")
    after.add_argument("--force", action="store_true", help="replace NEWFILE if it exists")

    trend = sub.add_parser("series", help="print a series' trends and commitments' record")
    trend.add_argument("paths", type=Path, nargs="+", metavar="FILE")
    trend.add_argument("--json", action="store_true", help="JSON instead of text")


def breakout_command(args: argparse.Namespace) -> int:
    labels = [s.strip() for s in args.labels.split(",")] if args.labels else None
    with Document.open(args.path) as doc:
        written = breakout.make_copies(doc, args.tables, args.out, labels=labels,
                                       overwrite=args.force).paths
    for path in written:
        print(f"Wrote {path}")
    return 0


def merge_command(args: argparse.Namespace) -> int:
    with Document.open(args.path) as doc:
        reports = merge(doc, args.breakouts).reports
    for report in reports:
        print(f"Merged {report.summary()}")
    return 0


def next_command(args: argparse.Namespace) -> int:
    with Document.open(args.path, read_only=True) as doc:
        new = series.next_meeting(doc, args.new, title=args.title, date=args.date,
                                  overwrite=args.force)
        number = series.meeting(new).number
        new.close()
    print(f"Wrote meeting {number} of the series to {args.new}")
    return 0


def series_command(args: argparse.Namespace) -> int:
    records: list[ds.Series] = []
    seen: dict[str, Path] = {}
    first: tuple[str, Path] | None = None
    for path in args.paths:
        with Document.open(path, read_only=True, require_current=False) as doc:
            try:
                uuid = series.series_uuid(doc)
                record = series.record(doc)
            except sqlite3.OperationalError:  # an older file has no series columns
                raise WorkshopError(
                    "“{name}” uses an older format: open it in Workshop once to upgrade it.",
                    name=path.name,
                ) from None
        if first is None:
            first = (uuid, path)
        elif uuid != first[0]:
            raise WorkshopError(
                "“{name}” belongs to another series than “{name_b}”.",
                name=path.name, name_b=first[1].name,
            )
        number = record.meetings[-1].number
        if f"{number}" in seen:
            raise WorkshopError(
                "“{name}” and “{name_b}” are both meeting {number}.",
                name=path.name, name_b=seen[str(number)].name, number=number,
            )
        seen[str(number)] = path
        records.append(record)
    combined = ds.combine(records)
    if args.json:
        json.dump(series_report.data(combined), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        sys.stdout.write(series_report.text(combined))
    return 0
