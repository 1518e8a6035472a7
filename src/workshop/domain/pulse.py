"""Pulse checks: one statement, a scale, the room's answers, and how they moved.

Pure Python (no Qt, no database). Answers come as a paper tally (count per
value) and/or one by one at the laptop; :func:`distribution` adds them up.
A :class:`Distribution` gives the histogram, the median and the spread
(quartiles). The same statement asked in several rounds (check-in, check-out)
is compared with :func:`compare_rounds`. The collective impact check asks one
statement per condition and shows the medians on a radar chart
(:func:`impact_profile`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from workshop.domain.errors import Number, ValidationError

#: Most answers one value can hold in a paper tally (a hall, not a stadium).
TALLY_MAX = 9999


class Scale(StrEnum):
    FIST = "fist"
    AGREE = "agree"

    @property
    def label(self) -> str:
        return _SCALE_LABELS[self]

    @property
    def values(self) -> tuple[int, ...]:
        return (0, 1, 2, 3, 4, 5) if self is Scale.FIST else (1, 2, 3, 4, 5)

    @property
    def low(self) -> int:
        return self.values[0]

    @property
    def high(self) -> int:
        return self.values[-1]

    def value_label(self, value: int) -> str:
        return _VALUE_LABELS[self][value]

    def check(self, value: int) -> int:
        if value not in self.values:
            raise ValidationError(
                "{value} is not on the {label} scale ({low}–{high}).",
                value=value, label=self.label.lower(), low=self.low, high=self.high,
            )
        return value

    def normalised(self, value: float) -> float:
        """``value`` as 0…1 of the scale (for charts that mix scales)."""
        return (value - self.low) / (self.high - self.low)


_SCALE_LABELS = {Scale.FIST: "Fist of five (0–5)", Scale.AGREE: "Agreement (1–5)"}
_VALUE_LABELS = {
    Scale.FIST: {
        0: "Fist: block",
        1: "Serious doubts",
        2: "Some doubts",
        3: "Can live with it",
        4: "Good",
        5: "Fully behind it",
    },
    Scale.AGREE: {
        1: "Strongly disagree",
        2: "Disagree",
        3: "Neither",
        4: "Agree",
        5: "Strongly agree",
    },
}


@dataclass(frozen=True, slots=True)
class Distribution:
    """How many answers each value of the scale got."""

    scale: Scale
    counts: tuple[int, ...]  # aligned with scale.values

    @property
    def total(self) -> int:
        return sum(self.counts)

    def count(self, value: int) -> int:
        return self.counts[self.scale.values.index(value)]

    def answers(self) -> list[int]:
        """Every answer, lowest first."""
        return [v for v, n in zip(self.scale.values, self.counts, strict=True) for _ in range(n)]

    @property
    def median(self) -> float | None:
        return _median(self.answers())

    @property
    def quartiles(self) -> tuple[float, float] | None:
        """Lower and upper quartile: the medians of the lower and upper half of the answers.

        With an odd number of answers the middle one belongs to neither half
        (Tukey's hinges); a single answer is its own quartiles.
        """
        values = self.answers()
        if not values:
            return None
        if len(values) == 1:
            return float(values[0]), float(values[0])
        half = len(values) // 2
        lower, upper = values[:half], values[len(values) - half :]
        low, high = _median(lower), _median(upper)
        assert low is not None and high is not None
        return low, high

    @property
    def spread(self) -> float | None:
        """The interquartile range: how far apart the middle half of the room is."""
        quartiles = self.quartiles
        return None if quartiles is None else quartiles[1] - quartiles[0]

    @property
    def range(self) -> tuple[int, int] | None:
        values = self.answers()
        return (values[0], values[-1]) if values else None

    @property
    def mean(self) -> float | None:
        total = self.total
        if not total:
            return None
        return sum(v * n for v, n in zip(self.scale.values, self.counts, strict=True)) / total

    def shares(self) -> tuple[float, ...]:
        """Each value's share of the answers (all 0 without answers)."""
        total = self.total
        return tuple(n / total if total else 0.0 for n in self.counts)

    def summary(self) -> str:
        """One line in English: "12 answers · median 3.5 · middle half 3–4"."""
        from workshop.catalogue import label_text  # the words' one home (no Qt)

        return summary(lambda key, **values: label_text(key, "en", **values), self)


def summary(say: Callable[..., str], distribution: Distribution) -> str:
    """One line in the words of ``say`` (a catalogue's labels, for the handout and the room)."""
    total = distribution.total
    if not total:
        return say("no_answers")
    parts = [say("answers", n=total), say("median", value=fmt(distribution.median))]
    quartiles = distribution.quartiles
    if quartiles is not None:
        parts.append(say("middle_half", low=fmt(quartiles[0]), high=fmt(quartiles[1])))
    return " · ".join(parts)


def fmt(value: float | None) -> str:
    """A median or quartile as people write it: 3, 3.5, or – when there is none."""
    if value is None:
        return "–"
    return str(int(value)) if value == int(value) else f"{value:.1f}".rstrip("0")


def _median(values: Sequence[int]) -> float | None:
    if not values:
        return None
    middle = len(values) // 2
    if len(values) % 2:
        return float(values[middle])
    return (values[middle - 1] + values[middle]) / 2


def distribution(
    scale: Scale, tally: Mapping[int, int] | None = None, answers: Iterable[int] = ()
) -> Distribution:
    """The paper tally plus the answers given one by one, per value of ``scale``."""
    counts = dict.fromkeys(scale.values, 0)
    for value, count in (tally or {}).items():
        scale.check(value)
        counts[value] += check_count(count)
    for value in answers:
        counts[scale.check(value)] += 1
    return Distribution(scale, tuple(counts[v] for v in scale.values))


def check_count(count: int) -> int:
    if not 0 <= count <= TALLY_MAX:
        raise ValidationError(
            "A tally must be between 0 and {tally_max}.",
            tally_max=Number(TALLY_MAX),
        )
    return count


def parse_tally(text: str, scale: Scale) -> dict[int, int]:
    """Counts typed as one line, lowest value first: "0 1 3 6 2 0" or "1,3,6,2,0".

    Fewer numbers than values fill from the lowest value; the rest count 0.
    """
    parts = text.replace(",", " ").replace(";", " ").split()
    if not parts:
        raise ValidationError("Type the count for each value, lowest first, e.g. “0 1 3 6 2 0”.")
    if len(parts) > len(scale.values):
        raise ValidationError(
            "The {label} scale has {count} values; {count_b} counts were typed.",
            label=scale.label.lower(), count=len(scale.values), count_b=len(parts),
        )
    counts = {}
    for value, part in zip(scale.values, parts, strict=False):
        if not part.isdigit():
            raise ValidationError("“{part}” is not a count: type whole numbers.", part=part)
        counts[value] = check_count(int(part))
    for value in scale.values[len(parts) :]:
        counts[value] = 0
    return counts


@dataclass(frozen=True, slots=True)
class Statement:
    """What the room is asked, on which scale; ``condition`` is a collective impact key or ''."""

    id: int
    activity_id: int
    position: int
    text: str
    scale: Scale
    condition: str


@dataclass(frozen=True, slots=True)
class RoundResult:
    """One asking of a statement: "Check-in", "Check-out" or "Round 2".

    ``revealed`` says whether results may be shown while people answer one by one
    (a paper tally is counted in the open, so it needs no reveal).
    """

    round_id: int
    number: int
    label: str
    distribution: Distribution
    revealed: bool = False
    #: Where the round was asked, when compared across activities ("" for this one).
    activity_title: str = ""

    @property
    def title(self) -> str:
        return self.label or f"Round {self.number}"


@dataclass(frozen=True, slots=True)
class RoundComparison:
    result: RoundResult
    #: Median minus the previous round's median (None for the first, or without answers).
    shift: float | None


def compare_rounds(rounds: Sequence[RoundResult]) -> list[RoundComparison]:
    """Rounds side by side, each with how far its median moved since the one before."""
    compared = []
    previous: float | None = None
    for index, result in enumerate(rounds):
        median = result.distribution.median
        shift = None if index == 0 or median is None or previous is None else median - previous
        compared.append(RoundComparison(result, shift))
        previous = median
    return compared


def shift_text(shift: float | None) -> str:
    if shift is None:
        return ""
    if shift == 0:
        return "no change"
    return ("+" if shift > 0 else "−") + fmt(abs(shift))


# ----------------------------------------------------------- collective impact


@dataclass(frozen=True, slots=True)
class Condition:
    key: str
    label: str
    statement: str
    #: A word or two for the spoke of the radar chart.
    short: str = ""


#: The five conditions of collective impact, each asked as one pulse statement.
IMPACT_CONDITIONS: tuple[Condition, ...] = (
    Condition(
        "common_agenda",
        "Common agenda",
        "We share one understanding of the problem and how we will tackle it together.",
        "Agenda",
    ),
    Condition(
        "shared_measurement",
        "Shared measurement",
        "We agree how we will measure progress, and we report on the same measures.",
        "Measures",
    ),
    Condition(
        "mutually_reinforcing",
        "Mutually reinforcing activities",
        "What each of us does fits with and strengthens what the others do.",
        "Reinforcing",
    ),
    Condition(
        "continuous_communication",
        "Continuous communication",
        "We talk often and openly enough to build trust between our organisations.",
        "Communication",
    ),
    Condition(
        "backbone_support",
        "Backbone support",
        "Someone has the time and the mandate to coordinate this partnership.",
        "Backbone",
    ),
)


def condition(key: str) -> Condition | None:
    return next((c for c in IMPACT_CONDITIONS if c.key == key), None)


@dataclass(frozen=True, slots=True)
class RadarPoint:
    condition: Condition
    median: float | None
    #: The median as 0…1 of its scale (None without answers): the radius on the chart.
    level: float | None


def impact_profile(results: Mapping[str, Distribution]) -> list[RadarPoint]:
    """The radar chart of the collective impact check: one spoke per condition, in order.

    ``results`` maps a condition key to the distribution of its (latest) round.
    """
    points = []
    for item in IMPACT_CONDITIONS:
        found = results.get(item.key)
        median = found.median if found is not None else None
        level = None if found is None or median is None else found.scale.normalised(median)
        points.append(RadarPoint(item, median, level))
    return points


def weakest(points: Sequence[RadarPoint]) -> list[RadarPoint]:
    """The conditions with the lowest level (what to work on next), several on a tie."""
    rated = [p for p in points if p.level is not None]
    if not rated:
        return []
    low = min(p.level for p in rated if p.level is not None)
    return [p for p in rated if p.level == low]
