"""One CSV file per table a spreadsheet user wants, readable by Excel and LibreOffice.

UTF-8 with a byte-order mark (so Excel detects the encoding), a header row,
and standard quoting (fields with commas, quotes or line breaks are quoted).
Text cells are made safe for spreadsheets (:func:`safe_cell`): a cell that a
spreadsheet would read as a formula gets a leading apostrophe, and control
characters other than tab and newline are removed.
Names stay out of the notes of anonymous activities. Each table is one
function; the common ones are in :data:`COMMON`, each kind's spec names its own.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from workshop.domain import board
from workshop.domain.agenda import start_times
from workshop.domain.models import ActivityKind
from workshop.domain.purpose_models import Party, PartyMode
from workshop.domain.timer import ActualTiming
from workshop.domain.voting import VoteTarget
from workshop.export.atomic import atomic_outputs, check_folder
from workshop.kinds import SPECS, resolve, spec_for, unique_paths
from workshop.storage import (
    read,
    read_actions,
    read_board,
    read_pulse,
    read_purpose,
    read_reciprocity,
    read_timer,
    read_votes,
)
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
                spec_for(activity.kind).label,
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


def _note_dots(doc: Document) -> dict[int, int]:
    """Dots each note received over every vote on notes (ballots and paper), loose notes
    on a "clusters and loose notes" ballot included."""
    dots: dict[int, int] = {}
    for activity in read.activities(doc):
        if activity.kind is not ActivityKind.DOT_VOTE:
            continue
        target = read_votes.settings(doc, activity.id).target
        if target is VoteTarget.CLUSTERS:
            continue
        for item in read_votes.results(doc, activity.id).ranking:
            if target is VoteTarget.CLUSTERS_AND_NOTES:
                if item.id >= 0:
                    continue  # a cluster's dots are not its notes' dots
                note_id = -item.id  # a loose note on a "clusters and loose notes" ballot
            else:
                note_id = item.id
            dots[note_id] = dots.get(note_id, 0) + item.dots
    return dots


def notes(doc: Document) -> list[Sheet]:
    people = {p.id: p for p in read.participants(doc)}
    dots = _note_dots(doc)
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
                    dots.get(note.id, 0),
                    note.created,
                )
            )
    header = (
        "id", "activity", "cluster", "text", "author", "organisation", "colour", "dots", "created",
    )
    return [Sheet("notes", header, rows)]


def votes(doc: Document) -> list[Sheet]:
    """Every item of every dot vote with its rank, and each organisation's dots."""
    results: list[Sequence[Cell]] = []
    organisations: list[Sequence[Cell]] = []
    for activity in read.activities(doc):
        if activity.kind is not ActivityKind.DOT_VOTE:
            continue
        vote = read_votes.settings(doc, activity.id)
        outcome = read_votes.results(doc, activity.id)
        weighted = {item.id: item for item in outcome.weighted}
        for item in outcome.ranking:
            other = weighted[item.id]
            results.append(
                (
                    activity.title,
                    vote.target.value,
                    item.rank,
                    "yes" if item.tied else "",
                    item.title,
                    item.dots,
                    item.ballot_dots,
                    item.paper_dots,
                    other.rank,
                    round(other.score, 3),
                    "yes" if vote.revealed else "",
                )
            )
        for org in outcome.organisations:
            organisations.append((activity.title, org.name, org.voters, org.dots))
    return [
        Sheet(
            "vote_results",
            (
                "vote", "target", "rank", "tied", "item", "dots", "ballot_dots", "paper_dots",
                "rank_equal_organisations", "score_equal_organisations", "revealed",
            ),
            results,
        ),
        Sheet("vote_organisations", ("vote", "organisation", "voters", "dots"), organisations),
    ]


def purposes(doc: Document) -> list[Sheet]:
    """Each party's purpose, the drafts of the common purpose, and the ratings of each draft."""
    statements: list[Sequence[Cell]] = []
    drafts: list[Sequence[Cell]] = []
    ratings: list[Sequence[Cell]] = []
    for activity in read.activities(doc):
        if activity.kind is not ActivityKind.PURPOSE_BLEND:
            continue
        settings = read_purpose.settings(doc, activity.id)
        hide = settings.by is PartyMode.PARTICIPANT and (
            settings.anonymous or read.is_anonymous(doc, activity)
        )
        aliases: dict[str, str] = {}

        def name(party: Party, aliases: dict[str, str] = aliases, hide: bool = hide) -> str:
            if not hide:
                return party.label
            return aliases.setdefault(party.key, f"Participant {len(aliases) + 1}")

        for statement in read_purpose.statements(doc, activity.id):
            statements.append((activity.title, name(statement.party), statement.text))
        for draft in read_purpose.drafts(doc, activity.id):
            scores = read_purpose.ratings(doc, draft.id)
            average = round(sum(r.score for r in scores) / len(scores), 2) if scores else ""
            drafts.append(
                (activity.title, draft.number, draft.text, "yes" if draft.adopted else "",
                 len(scores), average)
            )
            for rating in scores:
                ratings.append(
                    (activity.title, draft.number, name(rating.party), rating.score, rating.comment)
                )
    return [
        Sheet("purposes", ("activity", "party", "statement"), statements),
        Sheet(
            "purpose_drafts",
            ("activity", "draft", "text", "adopted", "ratings", "average_score"),
            drafts,
        ),
        Sheet("purpose_ratings", ("activity", "draft", "party", "score", "comment"), ratings),
    ]


def reciprocity(doc: Document) -> list[Sheet]:
    """Offers and asks, and the commitments made between parties."""
    cards: list[Sequence[Cell]] = []
    commitments: list[Sequence[Cell]] = []
    for activity in read.activities(doc):
        if activity.kind is not ActivityKind.OFFERS_ASKS:
            continue
        for card in read_reciprocity.cards(doc, activity.id):
            party = card.party
            cards.append(
                (
                    activity.title,
                    card.kind.value,
                    "" if party.is_organisation else party.name,
                    party.organisation,
                    card.text,
                )
            )
        for c in read_reciprocity.commitments(doc, activity.id):
            commitments.append((activity.title, c.giver.label, c.what, c.receiver.label, c.due))
    return [
        Sheet("offers_asks", ("activity", "kind", "person", "organisation", "text"), cards),
        Sheet("commitments", ("activity", "giver", "what", "receiver", "due"), commitments),
    ]


def actions(doc: Document) -> list[Sheet]:
    rows: list[Sequence[Cell]] = [
        (
            a.id,
            a.what,
            a.owner.name if a.owner and not a.owner.is_organisation else "",
            a.owner.organisation if a.owner else "",
            a.due,
            a.status.value,
            a.source_text,
        )
        for a in read_actions.actions(doc)
    ]
    header = ("id", "what", "owner", "organisation", "due", "status", "source")
    return [Sheet("actions", header, rows)]


def pulse(doc: Document) -> list[Sheet]:
    """Each round of each pulse statement: how many gave each value (answers are anonymous)."""
    rows: list[Sequence[Cell]] = []
    for activity in read.activities(doc):
        if activity.kind is not ActivityKind.PULSE:
            continue
        for statement in read_pulse.statements(doc, activity.id):
            for result in read_pulse.rounds(doc, statement.id):
                counts = dict(zip(statement.scale.values, result.distribution.counts, strict=True))
                median = result.distribution.median
                rows.append(
                    (
                        activity.title,
                        statement.text,
                        statement.scale.value,
                        result.label or f"Round {result.number}",
                        result.distribution.total,
                        "" if median is None else median,
                        *(counts.get(v, "") for v in range(6)),
                    )
                )
    header = (
        "activity", "statement", "scale", "round", "answers", "median",
        *(f"count_{v}" for v in range(6)),
    )
    return [Sheet("pulse", header, rows)]


#: The sheets every workshop has; each kind's spec (``workshop.kinds``) names its own.
COMMON: list[SheetBuilder] = [participants, agenda, actions]


def builders() -> list[SheetBuilder]:
    """The common sheets, then each kind's in the registry's order (a shared builder once)."""
    paths = unique_paths([spec.csv_sheets for spec in SPECS])
    return [*COMMON, *(cast(SheetBuilder, resolve(path)) for path in paths)]


def sheets(doc: Document) -> list[Sheet]:
    return [sheet for builder in builders() for sheet in builder(doc)]


def export_csv(doc: Document, folder: Path, *, force: bool = False) -> list[Path]:
    """Write one ``NAME.csv`` per sheet into ``folder`` (which must exist); return the paths.

    Existing files are only replaced with ``force``; every file is complete
    before any is renamed into place.
    """
    return write_sheets(sheets(doc), folder, force=force)


def targets(all_sheets: Sequence[Sheet], folder: Path) -> list[Path]:
    """Where each sheet goes in ``folder`` (the app asks before replacing any that exist)."""
    return [Path(folder) / f"{sheet.name}.csv" for sheet in all_sheets]


def write_sheets(all_sheets: Sequence[Sheet], folder: Path, *, force: bool = False) -> list[Path]:
    folder = Path(folder)
    check_folder(folder)
    paths = targets(all_sheets, folder)
    with atomic_outputs(paths, force=force) as temporaries:
        for sheet, temporary in zip(all_sheets, temporaries, strict=True):
            write_sheet(sheet, temporary)
    return paths


def write_sheet(sheet: Sheet, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(sheet.header)
        writer.writerows([safe_cell(cell) for cell in row] for row in sheet.rows)


#: C0 controls but tab and newline, DEL, and C1 controls: spreadsheets show them as boxes
#: or stop reading at NUL; a carriage return alone would also start a new row in some readers.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: What makes Excel or LibreOffice read a cell as a formula (OWASP "CSV injection"):
#: = + - @ or a tab first (a tab or carriage return can hide the = behind it; carriage
#: returns are removed before this check).
_FORMULA_START = re.compile("^[=+\\-@\\t]")


def safe_cell(cell: Cell) -> Cell:
    """A text cell a spreadsheet shows as text: controls removed, formulas made inert with ``'``.

    Numbers stay numbers (a negative count is not a formula). The apostrophe is
    what OWASP recommends: spreadsheets hide it and show the text as typed.
    """
    if not isinstance(cell, str):
        return cell
    text = _CONTROLS.sub("", cell.replace("\r\n", "\n"))
    if _FORMULA_START.match(text):
        return "'" + text
    return text


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
