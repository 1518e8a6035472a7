"""One CSV file per table a spreadsheet user wants, readable by Excel and LibreOffice.

UTF-8 with a byte-order mark (so Excel detects the encoding), a header row,
and standard quoting (fields with commas, quotes or line breaks are quoted).
Names stay out of the notes of anonymous activities. Each table is one
function in :data:`TABLES`; a capability adds its own.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workshop.domain import board
from workshop.domain.agenda import start_times
from workshop.domain.timer import ActualTiming
from workshop.export.atomic import atomic_outputs, check_folder
from workshop.storage import read, read_board, read_timer
from workshop.storage.document import Document

Cell = str | int | float | None


@dataclass(frozen=True)
class Sheet:
    name: str  # file name without ".csv"
    header: Sequence[str]
    rows: list[Sequence[Cell]]


SheetBuilder = Callable[[Document], list[Sheet]]


def participants(doc: Document) -> list[Sheet]:
    rows: list[Sequence[Cell]] = [
        (p.id, p.name, p.organisation, p.colour) for p in read.participants(doc)
    ]
    return [Sheet("participants", ("id", "name", "organisation", "colour"), rows)]


def agenda(doc: Document) -> list[Sheet]:
    details = read.details(doc)
    activities = read.activities(doc)
    starts = start_times(activities, details.start_time)
    ends = start_times([*activities, *activities[-1:]], details.start_time)[1:]
    timings = {t.activity_id: t for t in read_timer.actual_timings(doc)}
    rows: list[Sequence[Cell]] = []
    for number, (activity, start, end) in enumerate(zip(activities, starts, ends, strict=True), 1):
        timing = timings.get(activity.id)
        rows.append(
            (
                number,
                activity.kind.label,
                activity.title,
                activity.prompt,
                start,
                end,
                activity.timebox_minutes,
                activity.status.value,
                _local_time(timing.started_at) if timing else "",
                _local_time(timing.finished_at) if timing else "",
                _actual_minutes(timing),
            )
        )
    header = (
        "number", "kind", "title", "prompt", "planned_start", "planned_end", "planned_minutes",
        "status", "actual_start", "actual_end", "actual_minutes",
    )
    return [Sheet("agenda", header, rows)]


def notes(doc: Document) -> list[Sheet]:
    people = {p.id: p for p in read.participants(doc)}
    rows: list[Sequence[Cell]] = []
    for activity in read.activities(doc):
        found = read_board.notes(doc, activity.id)
        if not found:
            continue
        clusters = {c.id: c.title for c in read_board.clusters(doc, activity.id)}
        anonymous = read.is_anonymous(doc, activity)
        for note in found:
            author = None if anonymous or note.author_id is None else people.get(note.author_id)
            rows.append(
                (
                    note.id,
                    activity.title,
                    clusters.get(note.cluster_id, "") if note.cluster_id is not None else "",
                    note.text,
                    author.name if author else "",
                    author.organisation if author else "",
                    board.COLOURS[note.colour % len(board.COLOURS)].name,
                    note.created,
                )
            )
    header = ("id", "activity", "cluster", "text", "author", "organisation", "colour", "created")
    return [Sheet("notes", header, rows)]


#: Every sheet, in the order the files are listed; capabilities append theirs.
TABLES: list[SheetBuilder] = [participants, agenda, notes]


def sheets(doc: Document) -> list[Sheet]:
    return [sheet for builder in TABLES for sheet in builder(doc)]


def export_csv(doc: Document, folder: Path, *, force: bool = False) -> list[Path]:
    """Write one ``NAME.csv`` per sheet into ``folder`` (which must exist); return the paths.

    Existing files are only replaced with ``force``; every file is complete
    before any is renamed into place.
    """
    folder = Path(folder)
    check_folder(folder)
    all_sheets = sheets(doc)
    targets = [folder / f"{sheet.name}.csv" for sheet in all_sheets]
    with atomic_outputs(targets, force=force) as temporaries:
        for sheet, temporary in zip(all_sheets, temporaries, strict=True):
            write_sheet(sheet, temporary)
    return targets


def write_sheet(sheet: Sheet, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(sheet.header)
        writer.writerows(sheet.rows)


def _local_time(iso: str) -> str:
    """An ISO UTC timestamp as local "YYYY-MM-DD HH:MM" (what a spreadsheet reads as a time)."""
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _actual_minutes(timing: ActualTiming | None) -> Cell:
    if timing is None or timing.actual_seconds is None:
        return ""
    return round(timing.actual_seconds / 60, 1)
