"""Starting, finishing and timing activities in the file; the clock survives reopening."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind, ActivityStatus
from workshop.domain.timer import TimerPhase
from workshop.storage import read, read_timer
from workshop.storage.document import Document
from workshop.storage.ops import agenda
from workshop.storage.ops import timer as ops

T0 = 1_800_000_000.0


def _agenda(doc: Document) -> list[int]:
    agenda.add_activity(doc, ActivityKind.WELCOME, "Welcome", timebox_minutes=10)
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas", timebox_minutes=20)
    agenda.add_activity(doc, ActivityKind.BREAK, "Break", timebox_minutes=15)
    return [a.id for a in read.activities(doc)]


def _status(doc: Document, activity_id: int) -> ActivityStatus:
    activity = read.activity(doc, activity_id)
    assert activity is not None
    return activity.status


def test_the_file_has_the_timer_format(doc: Document) -> None:
    assert doc.format >= (1, 3)
    columns = {row[1] for row in doc.db.conn.execute("PRAGMA table_info(timers)")}
    assert {"id", "activity_id", "running_since", "elapsed_seconds", "actual_seconds"} <= columns


def test_start_runs_the_clock_and_finish_keeps_the_actual_duration(doc: Document) -> None:
    welcome, ideas, _ = _agenda(doc)
    ops.start_activity(doc, welcome, now=T0)
    assert _status(doc, welcome) is ActivityStatus.RUNNING
    state = read_timer.timer(doc, welcome)
    assert state is not None and state.running
    assert state.reading(T0 + 30).text == "09:30"
    running = read_timer.running_activity(doc)
    assert running is not None and running.id == welcome

    change = ops.finish_activity(doc, welcome, now=T0 + 12 * 60)
    assert _status(doc, welcome) is ActivityStatus.DONE
    assert change.extra[ops.NEXT_ACTIVITY] == ideas
    timing = read_timer.actual_timing(doc, welcome)
    assert timing is not None
    assert timing.actual_seconds == 12 * 60
    assert timing.difference_seconds == 2 * 60
    assert timing.started_at.endswith("Z") and timing.finished_at > timing.started_at
    assert read_timer.running_activity(doc) is None
    state = read_timer.timer(doc, welcome)
    assert state is not None and not state.running
    assert state.reading(T0 + 99_999).overtime_seconds == 120


def test_next_is_not_proposed_at_the_end_of_the_day(doc: Document) -> None:
    *_, last = _agenda(doc)
    change = ops.finish_activity(doc, last, now=T0)
    assert ops.NEXT_ACTIVITY not in change.extra
    # Finished without being started: no actual time is invented.
    timing = read_timer.actual_timing(doc, last)
    assert timing is not None and timing.actual_seconds is None


def test_starting_another_activity_finishes_the_running_one(doc: Document) -> None:
    welcome, ideas, _ = _agenda(doc)
    ops.start_activity(doc, welcome, now=T0)
    ops.start_activity(doc, ideas, now=T0 + 300)
    assert _status(doc, welcome) is ActivityStatus.DONE
    assert _status(doc, ideas) is ActivityStatus.RUNNING
    timing = read_timer.actual_timing(doc, welcome)
    assert timing is not None and timing.actual_seconds == 300


def test_pause_resume_reset_and_adjust(doc: Document) -> None:
    welcome, *_ = _agenda(doc)
    ops.start_activity(doc, welcome, now=T0)
    ops.pause_timer(doc, welcome, now=T0 + 60)
    state = read_timer.timer(doc, welcome)
    assert state is not None and state.phase() is TimerPhase.PAUSED
    assert state.reading(T0 + 1000).text == "09:00"
    ops.resume_timer(doc, welcome, now=T0 + 100)
    ops.adjust_timer(doc, welcome, +1)
    state = read_timer.timer(doc, welcome)
    assert state is not None and state.reading(T0 + 160).text == "09:00"
    ops.adjust_timer(doc, welcome, -2)
    state = read_timer.timer(doc, welcome)
    assert state is not None and state.reading(T0 + 160).text == "07:00"
    ops.reset_timer(doc, welcome)
    state = read_timer.timer(doc, welcome)
    assert state is not None and state.phase() is TimerPhase.IDLE
    assert state.reading(T0 + 5000).text == "10:00"


def test_clock_buttons_are_saved_but_not_undo_steps(doc: Document) -> None:
    welcome, *_ = _agenda(doc)
    ops.start_activity(doc, welcome, now=T0)
    before = len(doc.history())
    heard = []
    doc.subscribe(heard.append)
    ops.pause_timer(doc, welcome, now=T0 + 5)
    ops.adjust_timer(doc, welcome, 1)
    assert len(doc.history()) == before
    assert [c.touches("timers") for c in heard] == [True, True]


def test_undo_start_puts_the_activity_back_to_planned(doc: Document) -> None:
    welcome, *_ = _agenda(doc)
    change = ops.start_activity(doc, welcome, now=T0)
    assert change.label == "Start “Welcome”"
    doc.undo(change)
    assert _status(doc, welcome) is ActivityStatus.PLANNED
    state = read_timer.timer(doc, welcome)
    assert state is not None and state.phase() is TimerPhase.IDLE
    doc.redo(change)
    assert _status(doc, welcome) is ActivityStatus.RUNNING


def test_resume_needs_a_running_activity(doc: Document) -> None:
    welcome, *_ = _agenda(doc)
    with pytest.raises(ValidationError, match="Start the activity first"):
        ops.resume_timer(doc, welcome, now=T0)


def test_bad_input_is_refused_with_a_sentence(doc: Document) -> None:
    welcome, *_ = _agenda(doc)
    with pytest.raises(ValidationError, match="no longer exists"):
        ops.start_activity(doc, 999, now=T0)
    with pytest.raises(ValidationError, match="at least one minute"):
        ops.adjust_timer(doc, welcome, 0)
    with pytest.raises(ValidationError, match="less than one minute"):
        ops.adjust_timer(doc, welcome, -10)
    assert read_timer.timer(doc, 999) is None


def test_started_again_after_finish_resumes_where_it_stopped(doc: Document) -> None:
    welcome, *_ = _agenda(doc)
    ops.start_activity(doc, welcome, now=T0)
    ops.finish_activity(doc, welcome, now=T0 + 100)
    ops.start_activity(doc, welcome, now=T0 + 1000)
    state = read_timer.timer(doc, welcome)
    assert state is not None and state.elapsed(T0 + 1010) == 110
    timing = read_timer.actual_timing(doc, welcome)
    assert timing is not None and timing.actual_seconds is None and timing.finished_at == ""


def test_removing_an_activity_takes_its_timer_and_undo_brings_it_back(doc: Document) -> None:
    welcome, *_ = _agenda(doc)
    ops.start_activity(doc, welcome, now=T0)
    change = agenda.remove_activities(doc, [welcome])
    assert doc.db.conn.execute("SELECT count(*) FROM timers").fetchone()[0] == 0
    doc.undo(change)
    state = read_timer.timer(doc, welcome)
    assert state is not None and state.running


def test_reopening_mid_activity_resumes_the_timer(tmp_path: Path) -> None:
    path = tmp_path / "day.workshop"
    with Document.create(path) as doc:
        welcome, ideas, _ = _agenda(doc)
        ops.start_activity(doc, ideas, now=T0)
        ops.pause_timer(doc, ideas, now=T0 + 120)
        ops.resume_timer(doc, ideas, now=T0 + 180)
        ops.adjust_timer(doc, ideas, 1)
    # The laptop crashed; ten minutes later the file is opened again.
    with Document.open(path) as doc:
        running = read_timer.running_activity(doc)
        assert running is not None and running.id == ideas
        state = read_timer.timer(doc, ideas)
        assert state is not None and state.running
        # 20 min + 1 min, minus 2 min before the pause, minus 10 min since resuming.
        assert state.reading(T0 + 180 + 600).text == "09:00"
        timings = read_timer.actual_timings(doc)
        assert [t.activity_id for t in timings] == [welcome, ideas, timings[2].activity_id]
        assert timings[1].started_at and not timings[1].finished_at


def test_next_activity_skips_done_ones(doc: Document) -> None:
    welcome, ideas, brk = _agenda(doc)
    ops.finish_activity(doc, ideas, now=T0)
    proposed = read_timer.next_activity(doc, welcome)
    assert proposed is not None and proposed.id == brk
    assert read_timer.next_activity(doc, brk) is None
    assert read_timer.next_activity(doc, 999) is None
