"""Agenda arithmetic: planned totals, start times, and fit to the time available."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from workshop.domain.models import Activity


class AgendaFit(NamedTuple):
    planned_minutes: int
    available_minutes: int

    @property
    def spare_minutes(self) -> int:
        return self.available_minutes - self.planned_minutes

    @property
    def over(self) -> bool:
        return self.available_minutes > 0 and self.planned_minutes > self.available_minutes



def fit(activities: Sequence[Activity], available_minutes: int) -> AgendaFit:
    return AgendaFit(sum(a.timebox_minutes for a in activities), available_minutes)


def start_times(activities: Sequence[Activity], start: str) -> list[str]:
    """Planned clock time of each activity when the day starts at ``start`` ("HH:MM")."""
    if not start:
        return ["" for _ in activities]
    hours, minutes = (int(p) for p in start.split(":"))
    clock = hours * 60 + minutes
    times = []
    for activity in activities:
        times.append(f"{(clock // 60) % 24:02d}:{clock % 60:02d}")
        clock += activity.timebox_minutes
    return times


def offsets(activities: Sequence[Activity]) -> list[str]:
    """When no start time is set: each activity's time from the start ("0:00", "0:15", "1:05")."""
    elapsed, times = 0, []
    for activity in activities:
        times.append(f"{elapsed // 60}:{elapsed % 60:02d}")
        elapsed += activity.timebox_minutes
    return times


def format_minutes(total: int) -> str:
    sign = "-" if total < 0 else ""
    total = abs(total)
    if total < 60:
        return f"{sign}{total} min"
    hours, minutes = divmod(total, 60)
    return f"{sign}{hours} h {minutes:02d}" if minutes else f"{sign}{hours} h"
