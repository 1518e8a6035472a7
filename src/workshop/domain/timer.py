"""The activity timer: a countdown from the timebox, computed from stored facts.

Nothing here ticks. A :class:`TimerState` holds what is written in the file
(how long the clock had run before it was last started, when it was last
started, the +1/−1 minute adjustments); every reading is computed from those
facts and a ``now`` given by the caller (``time.time()`` in the app, a fake
clock in tests). So a timer survives closing the app: reopen it and the same
facts give the same reading.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import NamedTuple

from workshop.domain.errors import ValidationError

#: Seconds since the epoch; ``time.time`` in the app, a fake in tests.
Clock = Callable[[], float]

LAST_MINUTE = 60
MINUTE = 60
#: The clock never counts down from less than this (−1 minute stops here).
MIN_BUDGET = 60


class TimerPhase(StrEnum):
    IDLE = "idle"  # never started (or reset)
    RUNNING = "running"
    PAUSED = "paused"


@dataclass(frozen=True, slots=True)
class TimerState:
    """The stored facts of one activity's clock.

    ``elapsed_seconds`` is the time counted before ``running_since`` (the
    moment the clock was last started or resumed; None while it stands still).
    ``adjust_seconds`` is the sum of the +1/−1 minute presses: it changes the
    countdown, never the planned timebox.
    """

    timebox_seconds: int
    elapsed_seconds: float = 0.0
    running_since: float | None = None
    adjust_seconds: int = 0

    # ---------------------------------------------------------------- reading

    @property
    def budget_seconds(self) -> int:
        """What the clock counts down from: the timebox plus adjustments."""
        return max(MIN_BUDGET, self.timebox_seconds + self.adjust_seconds)

    @property
    def running(self) -> bool:
        return self.running_since is not None

    def phase(self) -> TimerPhase:
        if self.running:
            return TimerPhase.RUNNING
        if self.elapsed_seconds > 0:
            return TimerPhase.PAUSED
        return TimerPhase.IDLE

    def elapsed(self, now: float) -> float:
        """Seconds counted so far (a clock set back never makes this go down)."""
        if self.running_since is None:
            return self.elapsed_seconds
        return self.elapsed_seconds + max(0.0, now - self.running_since)

    def remaining(self, now: float) -> float:
        """Seconds left; negative in overtime."""
        return self.budget_seconds - self.elapsed(now)

    def reading(self, now: float) -> TimerReading:
        remaining = self.remaining(now)
        return TimerReading(
            phase=self.phase(),
            remaining_seconds=remaining,
            budget_seconds=self.budget_seconds,
            elapsed_seconds=self.elapsed(now),
        )

    # ------------------------------------------------------------- changing

    def start(self, now: float) -> TimerState:
        """Start or resume counting (already running: unchanged)."""
        if self.running:
            return self
        return replace(self, running_since=now)

    resume = start

    def pause(self, now: float) -> TimerState:
        if self.running_since is None:
            return self
        return replace(self, elapsed_seconds=self.elapsed(now), running_since=None)

    def reset(self) -> TimerState:
        """Back to the full timebox, standing still, adjustments forgotten."""
        return TimerState(self.timebox_seconds)

    def adjust(self, minutes: int) -> TimerState:
        """Add (or with a negative number take away) whole minutes of countdown."""
        adjust = self.adjust_seconds + minutes * MINUTE
        if self.timebox_seconds + adjust < MIN_BUDGET:
            raise ValidationError("The timer cannot count down from less than one minute.")
        return replace(self, adjust_seconds=adjust)


class TimerReading(NamedTuple):
    """What a timer shows at one moment."""

    phase: TimerPhase
    remaining_seconds: float
    budget_seconds: int
    elapsed_seconds: float

    @property
    def overtime(self) -> bool:
        return self.remaining_seconds < 0

    @property
    def overtime_seconds(self) -> int:
        return max(0, math.floor(-self.remaining_seconds))

    @property
    def last_minute(self) -> bool:
        """In the final minute (not yet over): the moment to change colour."""
        return 0 <= self.remaining_seconds <= LAST_MINUTE and self.phase is not TimerPhase.IDLE

    @property
    def at_zero(self) -> bool:
        """Time is up (the gentle signal is given once, when this first becomes true)."""
        return self.remaining_seconds <= 0

    @property
    def fraction_left(self) -> float:
        if self.budget_seconds <= 0:
            return 0.0
        return max(0.0, min(1.0, self.remaining_seconds / self.budget_seconds))

    @property
    def text(self) -> str:
        """"12:34" counting down, "+01:05" in overtime, "1:02:03" past an hour."""
        if self.overtime:
            return "+" + format_clock(self.overtime_seconds)
        # Round up: a countdown shows 15:00 until a full second has gone.
        return format_clock(math.ceil(self.remaining_seconds - 1e-9))


def format_clock(seconds: int) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def format_duration(seconds: int) -> str:
    """An actual duration for people: "14 min", "1 h 05", "40 s"."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d}" if minutes else f"{hours} h"


class ActualTiming(NamedTuple):
    """How an activity went on the day, next to its plan (for the handout)."""

    activity_id: int
    planned_minutes: int
    started_at: str  # ISO 8601 UTC, or empty when never started
    finished_at: str  # ISO 8601 UTC, or empty while not finished
    actual_seconds: int | None  # None until finished

    @property
    def difference_seconds(self) -> int | None:
        """Positive: took longer than planned."""
        if self.actual_seconds is None:
            return None
        return self.actual_seconds - self.planned_minutes * MINUTE
