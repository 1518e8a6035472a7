"""Read the running of the day: each activity's clock, what runs now, what comes next."""

from __future__ import annotations

from typing import Any

from workshop.domain.models import Activity, ActivityStatus
from workshop.domain.timer import MINUTE, ActualTiming, TimerState
from workshop.storage import read
from workshop.storage.document import Document


def timer(doc: Document, activity_id: int) -> TimerState | None:
    """The activity's clock (standing at its full timebox if never started); None if no activity.

    The countdown is always from the activity's current timebox, so editing the
    timebox mid-activity moves the countdown with it.
    """
    row = doc.conn.execute(
        "SELECT a.timebox_minutes, t.elapsed_seconds, t.running_since, t.adjust_seconds"
        " FROM activities a LEFT JOIN timers t ON t.activity_id = a.id WHERE a.id = ?",
        (activity_id,),
    ).fetchone()
    if row is None:
        return None
    timebox, elapsed, running_since, adjust = row
    return TimerState(
        timebox_seconds=int(timebox) * MINUTE,
        elapsed_seconds=float(elapsed or 0.0),
        running_since=None if running_since is None else float(running_since),
        adjust_seconds=int(adjust or 0),
    )


def running_activity(doc: Document) -> Activity | None:
    """The activity under way (status running), first in agenda order if several are."""
    row = doc.conn.execute(
        "SELECT id FROM activities WHERE status = ? ORDER BY position, id LIMIT 1",
        (ActivityStatus.RUNNING.value,),
    ).fetchone()
    return read.activity(doc, int(row[0])) if row else None


def next_activity(doc: Document, activity_id: int) -> Activity | None:
    """The first planned activity after ``activity_id`` in the agenda (the one to propose next)."""
    agenda = read.activities(doc)
    ids = [a.id for a in agenda]
    if activity_id not in ids:
        return None
    after = agenda[ids.index(activity_id) + 1 :]
    return next((a for a in after if a.status is ActivityStatus.PLANNED), None)


def actual_timing(doc: Document, activity_id: int) -> ActualTiming | None:
    row = doc.conn.execute(
        "SELECT a.id, a.timebox_minutes, t.started_at, t.finished_at, t.actual_seconds"
        " FROM activities a LEFT JOIN timers t ON t.activity_id = a.id WHERE a.id = ?",
        (activity_id,),
    ).fetchone()
    return _timing(row) if row else None


def actual_timings(doc: Document) -> list[ActualTiming]:
    """Plan against actual for every activity, in agenda order (the handout's timing table)."""
    return [
        _timing(row)
        for row in doc.conn.execute(
            "SELECT a.id, a.timebox_minutes, t.started_at, t.finished_at, t.actual_seconds"
            " FROM activities a LEFT JOIN timers t ON t.activity_id = a.id"
            " ORDER BY a.position, a.id"
        )
    ]


def _timing(row: tuple[Any, ...]) -> ActualTiming:
    activity_id, planned, started, finished, actual = row
    return ActualTiming(
        activity_id=int(activity_id),
        planned_minutes=int(planned),
        started_at=str(started or ""),
        finished_at=str(finished or ""),
        actual_seconds=None if actual is None else int(actual),
    )
