"""The countdown is computed from stored facts and an injected clock: no test sleeps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.domain.errors import ValidationError
from workshop.domain.timer import (
    ActualTiming,
    TimerPhase,
    TimerState,
    format_clock,
    format_duration,
)


class FakeClock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_idle_timer_shows_the_full_timebox() -> None:
    state = TimerState(15 * 60)
    reading = state.reading(0)
    assert reading.phase is TimerPhase.IDLE
    assert reading.text == "15:00"
    assert not reading.last_minute and not reading.overtime


def test_counts_down_while_running_and_stands_still_when_paused() -> None:
    clock = FakeClock()
    state = TimerState(10 * 60).start(clock())
    clock.advance(61)
    assert state.reading(clock()).text == "08:59"
    state = state.pause(clock())
    assert state.phase() is TimerPhase.PAUSED
    clock.advance(500)
    assert state.reading(clock()).text == "08:59"
    state = state.resume(clock())
    clock.advance(59)
    assert state.reading(clock()).text == "08:00"
    assert state.elapsed(clock()) == pytest.approx(120)


def test_start_twice_does_not_restart() -> None:
    state = TimerState(600).start(100.0)
    assert state.start(200.0) == state
    assert state.pause(150.0).pause(170.0).elapsed(999.0) == 50


def test_last_minute_then_zero_then_overtime() -> None:
    state = TimerState(120).start(0.0)
    assert not state.reading(59.0).last_minute
    last = state.reading(61.0)
    assert last.last_minute and last.text == "00:59"
    zero = state.reading(120.0)
    assert zero.at_zero and zero.text == "00:00" and not zero.overtime
    over = state.reading(185.5)
    assert over.overtime and not over.last_minute
    assert over.overtime_seconds == 65
    assert over.text == "+01:05"
    assert over.fraction_left == 0.0


def test_adjust_adds_and_takes_minutes_but_never_below_one() -> None:
    state = TimerState(5 * 60).start(0.0).adjust(+1)
    assert state.reading(0.0).text == "06:00"
    state = state.adjust(-1).adjust(-1)
    assert state.budget_seconds == 4 * 60
    state = state.adjust(-3)
    assert state.budget_seconds == 60
    with pytest.raises(ValidationError, match="less than one minute"):
        state.adjust(-1)


def test_reset_goes_back_to_the_full_timebox_and_stops() -> None:
    state = TimerState(300).start(0.0).adjust(2)
    state = state.reset()
    assert state == TimerState(300)
    assert state.reading(1000.0).text == "05:00"


def test_clock_set_backwards_never_counts_negative() -> None:
    state = TimerState(300).start(1000.0)
    assert state.elapsed(900.0) == 0


def test_long_timers_show_hours() -> None:
    assert TimerState(90 * 60).reading(0).text == "1:30:00"
    assert format_clock(3599) == "59:59"


def test_durations_for_people() -> None:
    assert format_duration(40) == "40 s"
    assert format_duration(14 * 60 + 20) == "14 min"
    assert format_duration(65 * 60) == "1 h 05"
    assert format_duration(120 * 60) == "2 h"


def test_actual_timing_difference() -> None:
    assert ActualTiming(1, 15, "a", "b", 17 * 60).difference_seconds == 120
    assert ActualTiming(1, 15, "", "", None).difference_seconds is None


@given(
    st.lists(st.tuples(st.booleans(), st.floats(0, 1000, allow_nan=False)), max_size=30),
)
def test_elapsed_is_the_sum_of_running_intervals(steps: list[tuple[bool, float]]) -> None:
    state = TimerState(600)
    now = 0.0
    expected = 0.0
    for run, gap in steps:
        state = state.start(now) if run else state.pause(now)
        now += gap
        if state.running:
            expected += gap
    assert state.elapsed(now) == pytest.approx(expected)
    assert state.remaining(now) == pytest.approx(600 - expected)
