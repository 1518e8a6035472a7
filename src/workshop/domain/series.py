"""A partnership's series of meetings: figures per meeting, and the trends across them.

Trust and reciprocity are built over months. Each meeting's file carries the figures of
the meetings before it (so one file on a USB stick shows the whole series); these values
are what the laptop, the projector, the handout and ``workshop series`` draw from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from workshop.domain import palettes
from workshop.domain.pulse import Scale


class FigureKind(StrEnum):
    PULSE = "pulse"  # a pulse statement's mean; key: its words
    CONDITION = "condition"  # a collective-impact condition's score 0–1; key: the condition
    OFFERS = "offers"  # per organisation: offers made
    ASKS = "asks"  # per organisation: asks made
    PROMISED = "promised"  # per organisation: commitments and actions taken on
    DELIVERED = "delivered"  # per organisation: promises reported done


class PromiseStatus(StrEnum):
    OPEN = "open"
    DOING = "doing"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return {"open": "Not reviewed", "doing": "In progress", "done": "Done",
                "dropped": "Dropped"}[self.value]


#: The trend charts' line colours (laptop, projector, handout).
COLOURS = palettes.SERIES

#: Statuses that go on to the next meeting's review.
CARRIED = frozenset({PromiseStatus.OPEN, PromiseStatus.DOING})


@dataclass(frozen=True, slots=True)
class Meeting:
    number: int
    uuid: str
    title: str
    date: str

    @property
    def label(self) -> str:
        return f"Meeting {self.number}" + (f" · {self.date}" if self.date else "")


@dataclass(frozen=True, slots=True)
class Figure:
    meeting: int
    kind: FigureKind
    key: str
    value: float | None = None
    count: int = 0
    scale: str = ""


@dataclass(frozen=True, slots=True)
class Promise:
    id: int
    meeting: int
    kind: str  # "action" or "commitment"
    what: str
    owner: str  # a person "(Organisation)" or an organisation
    organisation: str
    receiver: str
    due: str
    status: PromiseStatus
    note: str
    reviewed: bool


@dataclass(frozen=True, slots=True)
class Trend:
    """One question (a pulse statement or a condition) across the meetings; None: not asked."""

    key: str
    scale: str
    points: tuple[float | None, ...]

    def level(self, value: float | None) -> float | None:
        """A point as 0…1 of the question's scale (so mixed scales share a chart's axis)."""
        if value is None or not self.scale:
            return value

        return Scale(self.scale).normalised(value)

    @property
    def change(self) -> float | None:
        known = [p for p in self.points if p is not None]
        return known[-1] - known[0] if len(known) > 1 else None


@dataclass(frozen=True, slots=True)
class Balance:
    """Reciprocity over the series: who offered, who asked, who promised and delivered."""

    organisation: str
    offers: int
    asks: int
    promised: int
    delivered: int


@dataclass
class Series:
    meetings: list[Meeting]
    figures: list[Figure]
    promises: list[Promise] = field(default_factory=list)

    def numbers(self) -> list[int]:
        return [m.number for m in self.meetings]

    def trends(self, kind: FigureKind = FigureKind.PULSE) -> list[Trend]:
        return trends(self.meetings, self.figures, kind)

    def radar(self) -> dict[int, dict[str, float]]:
        """Per meeting, the collective-impact conditions' scores (0–1)."""
        result: dict[int, dict[str, float]] = {m.number: {} for m in self.meetings}
        for f in self.figures:
            if f.kind is FigureKind.CONDITION and f.value is not None and f.meeting in result:
                result[f.meeting][f.key] = f.value
        return result

    def balance(self) -> list[Balance]:
        return balance(self.figures)


def norm(text: str) -> str:
    """The same question in other spacing or case is the same question."""
    return " ".join(text.casefold().split()).rstrip(".?!")


def trends(
    meetings: Sequence[Meeting], figures: Iterable[Figure], kind: FigureKind
) -> list[Trend]:
    """Each question of ``kind`` with its value at every meeting, in the order first asked."""
    order = [m.number for m in meetings]
    values: dict[tuple[str, str], dict[int, float | None]] = {}
    shown: dict[tuple[str, str], str] = {}
    for f in sorted(figures, key=lambda f: f.meeting):
        if f.kind is not kind:
            continue
        key = (norm(f.key), f.scale)
        shown.setdefault(key, f.key)
        values.setdefault(key, {})[f.meeting] = f.value
    return [
        Trend(shown[key], key[1], tuple(per.get(n) for n in order))
        for key, per in values.items()
    ]


def balance(figures: Iterable[Figure]) -> list[Balance]:
    totals: dict[str, dict[FigureKind, int]] = {}
    kinds = (FigureKind.OFFERS, FigureKind.ASKS, FigureKind.PROMISED, FigureKind.DELIVERED)
    for f in figures:
        if f.kind in kinds and f.key:
            per = totals.setdefault(f.key, dict.fromkeys(kinds, 0))
            per[f.kind] += f.count
    return [
        Balance(org, per[FigureKind.OFFERS], per[FigureKind.ASKS],
                per[FigureKind.PROMISED], per[FigureKind.DELIVERED])
        for org, per in sorted(totals.items(), key=lambda item: item[0].casefold())
    ]


def combine(records: Sequence[Series]) -> Series:
    """Several meetings' files into one series: each meeting's own file speaks for it.

    A file carries the earlier meetings' figures as they were when it was made; where
    that meeting's own file is given too, its figures (which may have changed since,
    e.g. after a late merge) replace the carried ones.
    """
    meetings: dict[int, Meeting] = {}
    figures: dict[int, list[Figure]] = {}
    own: set[int] = set()
    promises: list[Promise] = []
    latest = max(records, key=lambda r: max(r.numbers(), default=0)) if records else None
    for record in sorted(records, key=lambda r: max(r.numbers(), default=0)):
        mine = max(record.numbers(), default=0)
        for meeting in record.meetings:
            if meeting.number not in own:
                meetings[meeting.number] = meeting
        for number in {f.meeting for f in record.figures}:
            if number in own:
                continue
            figures[number] = [f for f in record.figures if f.meeting == number]
        own.add(mine)
        meetings[mine] = next(m for m in record.meetings if m.number == mine)
        figures[mine] = [f for f in record.figures if f.meeting == mine]
    if latest is not None:
        promises = list(latest.promises)
    ordered = [meetings[n] for n in sorted(meetings)]
    return Series(ordered, [f for n in sorted(figures) for f in figures[n]], promises)
