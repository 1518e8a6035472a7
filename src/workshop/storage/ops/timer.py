"""Run the day: start and finish activities, and work their clocks.

Starting and finishing are part of the agenda's story (status planned → running
→ done) and are undoable like every other edit. The clock buttons (pause,
resume, reset, +1/−1 minute) are saved at once as well, so a crash or a
restart resumes the timer, but they are not undo steps: time cannot be
undone, and Ctrl+Z after pausing the clock should undo the last note, not the
pause. They run with ``record=False`` and are still reported to listeners.

Every function takes ``now`` (Unix seconds) so tests and benchmarks inject a
clock; the app leaves it out and gets ``time.time()``.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime

from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityStatus
from workshop.domain.timer import MINUTE, TimerState
from workshop.storage.changes import Change, Label
from workshop.storage.document import Document
from workshop.storage.ops.agenda import write_status

#: ``Change.extra`` key of the activity proposed after a finish (absent at the end of the day).
NEXT_ACTIVITY = "next_activity_id"


def start_activity(doc: Document, activity_id: int, *, now: float | None = None) -> Change:
    """Status → running and its clock counts. Another running activity is finished first.

    Starting a finished activity again reopens it: its clock resumes where it stopped.
    """
    now = time.time() if now is None else now
    with doc.edit("Start activity") as ed:
        title = _title(ed.conn, activity_id)
        for (other,) in ed.conn.execute(
            "SELECT id FROM activities WHERE status = ? AND id != ?",
            (ActivityStatus.RUNNING.value, activity_id),
        ).fetchall():
            _finish(ed.conn, int(other), now)
        write_status(ed.conn, activity_id, ActivityStatus.RUNNING)
        state, row = _load(ed.conn, activity_id)
        fields: dict[str, object] = {"finished_at": "", "actual_seconds": None}
        if row is None or not row["started_at"]:
            fields["started_at"] = _iso(now)
        _save(ed.conn, activity_id, state.start(now), fields)
    assert ed.change is not None
    ed.change.label = Label("Start “{title}”", title=title)
    return ed.change


def finish_activity(doc: Document, activity_id: int, *, now: float | None = None) -> Change:
    """Status → done, the clock stops and the actual duration is kept.

    ``change.extra[NEXT_ACTIVITY]`` names the next planned activity, to propose it.
    """
    now = time.time() if now is None else now
    with doc.edit("Finish activity") as ed:
        title = _title(ed.conn, activity_id)
        _finish(ed.conn, activity_id, now)
        following = _next_planned(ed.conn, activity_id)
    assert ed.change is not None
    ed.change.label = Label("Finish “{title}”", title=title)
    if following is not None:
        ed.change.extra[NEXT_ACTIVITY] = following
    return ed.change


def pause_timer(doc: Document, activity_id: int, *, now: float | None = None) -> Change:
    now = time.time() if now is None else now
    return _clock(doc, activity_id, Label("Pause timer"), lambda s: s.pause(now))


def resume_timer(doc: Document, activity_id: int, *, now: float | None = None) -> Change:
    """Let the clock count again; only an activity under way has a clock that runs."""
    now = time.time() if now is None else now
    with doc.edit("Resume timer", record=False) as ed:
        _title(ed.conn, activity_id)
        status = ed.conn.execute(
            "SELECT status FROM activities WHERE id = ?", (activity_id,)
        ).fetchone()[0]
        if status != ActivityStatus.RUNNING.value:
            raise ValidationError("Start the activity first: its timer runs while it is under way.")
        state, _row = _load(ed.conn, activity_id)
        _save(ed.conn, activity_id, state.resume(now), {})
    assert ed.change is not None
    return ed.change


def reset_timer(doc: Document, activity_id: int) -> Change:
    """Back to the full timebox, standing still (+1/−1 minute presses are forgotten)."""
    return _clock(doc, activity_id, Label("Reset timer"), lambda s: s.reset())


def adjust_timer(doc: Document, activity_id: int, minutes: int) -> Change:
    """Give the activity ``minutes`` more (or, negative, fewer) on its countdown."""
    if minutes == 0:
        raise ValidationError("Add or take away at least one minute.")
    label = (
        Label("Timer +{minutes} min", minutes=minutes)
        if minutes > 0
        else Label("Timer −{minutes} min", minutes=-minutes)
    )
    return _clock(doc, activity_id, label, lambda s: s.adjust(minutes))


# ------------------------------------------------------------------ helpers


def _clock(
    doc: Document,
    activity_id: int,
    label: str,
    step: Callable[[TimerState], TimerState],
) -> Change:
    with doc.edit(label, record=False) as ed:
        _title(ed.conn, activity_id)
        state, _row = _load(ed.conn, activity_id)
        new_state = step(state)
        if new_state != state:
            _save(ed.conn, activity_id, new_state, {})
    assert ed.change is not None
    return ed.change


def _finish(conn: sqlite3.Connection, activity_id: int, now: float) -> None:
    write_status(conn, activity_id, ActivityStatus.DONE)
    state, row = _load(conn, activity_id)
    if row is None:
        return  # finished without ever being started: no actual timing to keep
    stopped = state.pause(now)
    _save(
        conn,
        activity_id,
        stopped,
        {"finished_at": _iso(now), "actual_seconds": round(stopped.elapsed_seconds)},
    )


def _title(conn: sqlite3.Connection, activity_id: int) -> str:
    row = conn.execute("SELECT title FROM activities WHERE id = ?", (activity_id,)).fetchone()
    if row is None:
        raise ValidationError("That activity no longer exists.")
    return str(row[0])


def _load(
    conn: sqlite3.Connection, activity_id: int
) -> tuple[TimerState, dict[str, object] | None]:
    timebox = conn.execute(
        "SELECT timebox_minutes FROM activities WHERE id = ?", (activity_id,)
    ).fetchone()[0]
    row = conn.execute(
        "SELECT id, elapsed_seconds, running_since, adjust_seconds, started_at"
        " FROM timers WHERE activity_id = ?",
        (activity_id,),
    ).fetchone()
    if row is None:
        return TimerState(int(timebox) * MINUTE), None
    timer_id, elapsed, running_since, adjust, started_at = row
    state = TimerState(
        int(timebox) * MINUTE,
        float(elapsed),
        None if running_since is None else float(running_since),
        int(adjust),
    )
    return state, {"id": timer_id, "started_at": started_at}


def _save(
    conn: sqlite3.Connection, activity_id: int, state: TimerState, extra: dict[str, object]
) -> None:
    fields: dict[str, object] = {
        "running_since": state.running_since,
        "elapsed_seconds": state.elapsed_seconds,
        "adjust_seconds": state.adjust_seconds,
        **extra,
    }
    exists = conn.execute("SELECT 1 FROM timers WHERE activity_id = ?", (activity_id,)).fetchone()
    if exists:
        assignments = ", ".join(f"{name} = ?" for name in fields)
        conn.execute(
            f"UPDATE timers SET {assignments} WHERE activity_id = ?",
            [*fields.values(), activity_id],
        )
    else:
        names = ", ".join(["activity_id", *fields])
        marks = ", ".join("?" for _ in range(len(fields) + 1))
        conn.execute(
            f"INSERT INTO timers ({names}) VALUES ({marks})", [activity_id, *fields.values()]
        )


def _next_planned(conn: sqlite3.Connection, activity_id: int) -> int | None:
    order = conn.execute(
        "SELECT id, status FROM activities ORDER BY position, id"
    ).fetchall()
    ids = [row[0] for row in order]
    if activity_id not in ids:
        return None
    for other, status in order[ids.index(activity_id) + 1 :]:
        if status == ActivityStatus.PLANNED.value:
            return int(other)
    return None


def _iso(now: float) -> str:
    return datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
