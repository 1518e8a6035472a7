"""Pulse checks: scales, tallies, median and spread, rounds, the collective impact radar."""

from __future__ import annotations

import pytest

from workshop.domain.errors import ValidationError
from workshop.domain.pulse import (
    IMPACT_CONDITIONS,
    RoundResult,
    Scale,
    compare_rounds,
    distribution,
    fmt,
    impact_profile,
    parse_tally,
    shift_text,
    weakest,
)


def test_scales() -> None:
    assert Scale.FIST.values == (0, 1, 2, 3, 4, 5)
    assert Scale.AGREE.values == (1, 2, 3, 4, 5)
    assert Scale.AGREE.value_label(5) == "Strongly agree"
    assert Scale.FIST.normalised(5) == 1 and Scale.AGREE.normalised(1) == 0
    with pytest.raises(ValidationError, match="0–5"):
        Scale.FIST.check(6)
    with pytest.raises(ValidationError):
        Scale.AGREE.check(0)


def test_tally_plus_answers_median_and_spread() -> None:
    # paper: 3×2, 2×3, 1×5; laptop: 4, 4  → 2 2 2 3 3 4 4 5 (8 answers)
    d = distribution(Scale.FIST, {2: 3, 3: 2, 5: 1}, [4, 4])
    assert d.counts == (0, 0, 3, 2, 2, 1)
    assert d.total == 8
    assert d.median == 3.0  # (3 + 3) / 2
    assert d.quartiles == (2.0, 4.0)  # medians of 2 2 2 3 and 3 4 4 5
    assert d.spread == 2.0
    assert d.range == (2, 5)
    assert d.summary() == "8 answers · median 3 · middle half 2–4"


def test_odd_count_and_single_and_empty() -> None:
    d = distribution(Scale.AGREE, answers=[1, 2, 4, 5, 5])
    assert d.median == 4.0
    assert d.quartiles == (1.5, 5.0)  # 1 2 | 4 | 5 5
    one = distribution(Scale.AGREE, answers=[3])
    assert one.quartiles == (3.0, 3.0) and one.spread == 0
    empty = distribution(Scale.FIST)
    assert empty.median is None and empty.spread is None and empty.summary() == "No answers yet"
    assert empty.shares() == (0.0,) * 6
    assert distribution(Scale.AGREE, answers=[2, 3]).median == 2.5


def test_parse_tally() -> None:
    assert parse_tally("0 1 3 6 2 0", Scale.FIST) == {0: 0, 1: 1, 2: 3, 3: 6, 4: 2, 5: 0}
    assert parse_tally("1,2", Scale.AGREE) == {1: 1, 2: 2, 3: 0, 4: 0, 5: 0}
    with pytest.raises(ValidationError, match="has 5 values"):
        parse_tally("1 1 1 1 1 1", Scale.AGREE)
    with pytest.raises(ValidationError, match="not a count"):
        parse_tally("1 x", Scale.AGREE)
    with pytest.raises(ValidationError):
        parse_tally("", Scale.AGREE)
    with pytest.raises(ValidationError, match="between 0"):
        distribution(Scale.AGREE, {1: 10000})


def test_rounds_compared() -> None:
    first = RoundResult(1, 1, "Check-in", distribution(Scale.FIST, {2: 2, 3: 1}))
    second = RoundResult(2, 2, "", distribution(Scale.FIST, {4: 3}))
    third = RoundResult(3, 3, "", distribution(Scale.FIST))
    compared = compare_rounds([first, second, third])
    assert [c.shift for c in compared] == [None, 2.0, None]
    assert second.title == "Round 2" and first.title == "Check-in"
    assert shift_text(2.0) == "+2" and shift_text(-0.5) == "−0.5" and shift_text(0) == "no change"
    assert fmt(3.5) == "3.5" and fmt(None) == "–"


def test_impact_profile() -> None:
    keys = [c.key for c in IMPACT_CONDITIONS]
    assert len(keys) == 5
    results = {
        keys[0]: distribution(Scale.AGREE, answers=[4, 4, 5]),
        keys[1]: distribution(Scale.AGREE, answers=[1, 2, 3]),
        keys[2]: distribution(Scale.FIST, answers=[5]),
    }
    points = impact_profile(results)
    assert [p.median for p in points] == [4.0, 2.0, 5.0, None, None]
    assert [p.level for p in points] == [0.75, 0.25, 1.0, None, None]
    assert [p.condition.key for p in weakest(points)] == [keys[1]]
    assert weakest(impact_profile({})) == []
