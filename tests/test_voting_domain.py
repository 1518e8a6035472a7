"""The rules of a dot vote, its results and the agenda plan: pure domain, no file, no Qt."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.domain import voting as v
from workshop.domain.errors import ValidationError
from workshop.domain.voting import Tallies, VoteItem, Voter, VoteSettings

ITEMS = [VoteItem(1, "Youth space"), VoteItem(2, "Shared calendar", frozenset({10}))]
BY_ID = {item.id: item for item in ITEMS}


def _settings(**kw: object) -> VoteSettings:
    return VoteSettings(activity_id=99, **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------------- settings


def test_defaults() -> None:
    s = _settings()
    assert (s.dots_per_person, s.max_per_item, s.secret, s.revealed, s.closed) == (
        5, 3, True, False, False
    )
    assert "5 dots each, at most 3 on one item" in s.describe()


@pytest.mark.parametrize(("dots", "cap"), [(0, 3), (100, 3), (5, 0), (5, 100), (-1, 1)])
def test_settings_out_of_range_are_refused(dots: int, cap: int) -> None:
    with pytest.raises(ValidationError, match="between 1 and 99"):
        v.check_settings(dots, cap)


def test_settings_in_range() -> None:
    v.check_settings(1, 1)
    v.check_settings(99, 99)


def test_settings_fixed_after_first_dot() -> None:
    v.check_settings_editable(0)
    with pytest.raises(ValidationError, match="fixed because dots have been cast"):
        v.check_settings_editable(1)


def test_cap_above_budget_is_the_budget() -> None:
    assert _settings(dots_per_person=2, max_per_item=9).cap == 2


# ------------------------------------------------------------------------- ballots


def test_no_dots_left() -> None:
    s = _settings(dots_per_person=2, max_per_item=2)
    assert v.refusal(s, {1: 2}, ITEMS[1], 5) is not None
    with pytest.raises(ValidationError, match="No dots left"):
        v.check_add(s, {1: 2}, ITEMS[1], 5)
    assert v.dots_left(s, {1: 2}) == 0


def test_a_refusal_has_a_reason_the_ui_words_and_english_for_the_rest() -> None:
    s = _settings(dots_per_person=2, max_per_item=2)
    assert v.refusal_reason(s, {1: 2}, ITEMS[1], 5) is v.Refusal.NO_DOTS_LEFT
    assert v.refusal_reason(s, {1: 1}, ITEMS[1], 5) is None
    assert v.removal_reason(s, {}, 1) is v.Refusal.NO_DOT_HERE
    assert v.refusal(s, {1: 2}, ITEMS[1], 5) == v.refusal_text(v.Refusal.NO_DOTS_LEFT, s)
    assert "all 2 are placed" in v.refusal_text(v.Refusal.NO_DOTS_LEFT, s)


def test_item_cap_reached() -> None:
    s = _settings(max_per_item=2)
    v.check_add(s, {1: 1}, ITEMS[0], 5)
    with pytest.raises(ValidationError, match="Item cap reached: at most 2"):
        v.check_add(s, {1: 2}, ITEMS[0], 5)


def test_own_note_rule() -> None:
    refused = _settings(allow_own=False)
    with pytest.raises(ValidationError, match="your own note"):
        v.check_add(refused, {}, ITEMS[1], 10)
    v.check_add(refused, {}, ITEMS[1], 11)  # someone else's note
    v.check_add(refused, {}, ITEMS[0], 10)  # an anonymous note
    v.check_add(_settings(allow_own=True), {}, ITEMS[1], 10)


def test_cluster_is_own_only_when_all_its_notes_are() -> None:
    assert VoteItem(1, "c", frozenset({3})).is_own(3)
    assert not VoteItem(1, "c", frozenset({3, 4})).is_own(3)
    assert not VoteItem(1, "c").is_own(3)


def test_closed_vote_refuses_dots_and_removals() -> None:
    s = _settings(closed=True)
    with pytest.raises(ValidationError, match="closed"):
        v.check_add(s, {}, ITEMS[0], 1)
    with pytest.raises(ValidationError, match="closed"):
        v.check_remove(s, {1: 1}, 1)
    with pytest.raises(ValidationError, match="closed"):
        v.check_open(s)


def test_remove_needs_a_dot() -> None:
    with pytest.raises(ValidationError, match="no dot of yours"):
        v.check_remove(_settings(), {}, 1)
    v.check_remove(_settings(), {1: 1}, 1)


def test_whole_ballot() -> None:
    s = _settings(dots_per_person=3, max_per_item=2, allow_own=False)
    v.check_ballot(s, {1: 2, 2: 1}, BY_ID, 11)
    with pytest.raises(ValidationError, match="Item cap"):
        v.check_ballot(s, {1: 3}, BY_ID, 11)
    with pytest.raises(ValidationError, match="No dots left"):
        v.check_ballot(s, {1: 2, 2: 2}, BY_ID, 11)
    with pytest.raises(ValidationError, match="own note"):
        v.check_ballot(s, {2: 1}, BY_ID, 10)
    with pytest.raises(ValidationError, match="no longer exists"):
        v.check_ballot(s, {7: 1}, BY_ID, 11)
    with pytest.raises(ValidationError, match="negative"):
        v.check_ballot(s, {1: -1}, BY_ID, 11)


def test_tally_range() -> None:
    assert v.check_tally(0) == 0
    with pytest.raises(ValidationError, match="between 0 and 9999"):
        v.check_tally(-1)
    with pytest.raises(ValidationError):
        v.check_tally(10_000)


# ------------------------------------------------------------------------- properties

_ops = st.lists(
    st.tuples(st.booleans(), st.integers(0, 4), st.integers(0, 5)), max_size=120
)


@settings(max_examples=200, deadline=None)
@given(
    dots=st.integers(1, 8),
    cap=st.integers(1, 8),
    allow_own=st.booleans(),
    ops=_ops,
)
def test_no_sequence_exceeds_budget_or_cap(
    dots: int, cap: int, allow_own: bool, ops: list[tuple[bool, int, int]]
) -> None:
    """Whatever people click, in whatever order, the rules hold after every step."""
    s = _settings(dots_per_person=dots, max_per_item=cap, allow_own=allow_own)
    items = {i: VoteItem(i, f"item {i}", frozenset({i % 5})) for i in range(6)}
    ballots: dict[int, Counter[int]] = {p: Counter() for p in range(5)}
    for add, person, item_id in ops:
        used = ballots[person]
        try:
            if add:
                v.check_add(s, used, items[item_id], person)
                used[item_id] += 1
            else:
                v.check_remove(s, used, item_id)
                used[item_id] -= 1
        except ValidationError:
            pass
        assert used.total() <= dots
        assert all(0 <= n <= min(cap, dots) for n in used.values())
        if not allow_own:
            assert used[person] == 0 and used[person + 5] == 0  # items authored by them


@settings(max_examples=200, deadline=None)
@given(
    dots=st.lists(st.tuples(st.integers(1, 12), st.integers(0, 9)), max_size=200),
    paper=st.dictionaries(st.integers(0, 12), st.integers(0, 50), max_size=10),
    orgs=st.lists(st.sampled_from(["A", "B", "C", ""]), min_size=13, max_size=13),
)
def test_tally_is_ballots_plus_paper(
    dots: list[tuple[int, int]], paper: dict[int, int], orgs: list[str]
) -> None:
    items = [VoteItem(i, f"item {i}") for i in range(10)]
    voters = [Voter(p, f"P{p}", orgs[p]) for p in range(13)]
    r = v.compute_results(items, voters, Tallies(dots, paper))
    ballot = Counter(item for _, item in dots)
    for ranked in r.ranking:
        assert ranked.ballot_dots == ballot[ranked.id]
        assert ranked.paper_dots == paper.get(ranked.id, 0)
        assert ranked.dots == ballot[ranked.id] + paper.get(ranked.id, 0)
    expected_paper = sum(n for i, n in paper.items() if 0 <= i < 10)
    assert r.ballot_dots == len(dots)
    assert r.paper_dots == expected_paper
    assert r.dots_cast == len(dots) + expected_paper
    assert sum(x.dots for x in r.ranking) == r.dots_cast
    # Weighting moves dots between items, never creates or loses any.
    assert sum(x.score for x in r.weighted) == pytest.approx(r.dots_cast)
    assert sum(o.dots for o in r.organisations) == r.ballot_dots
    assert r.voters == len({p for p, _ in dots})
    # Ranks never go down the list, and tied items share their rank.
    ranks = [x.rank for x in r.ranking]
    assert ranks == sorted(ranks)


# ------------------------------------------------------------------------- results


def _voters() -> list[Voter]:
    return [
        Voter(1, "Amara", "Library"),
        Voter(2, "Ben", "Library"),
        Voter(3, "Chloé", "Library"),
        Voter(4, "Chloé", "Library"),
        Voter(5, "Farah", "Youth Forum"),
        Voter(6, "Kai", ""),
    ]


ABC = [VoteItem(1, "A"), VoteItem(2, "B"), VoteItem(3, "C"), VoteItem(4, "D")]


def test_ranking_with_ties_and_paper() -> None:
    dots = [(1, 1), (1, 1), (2, 2), (2, 2), (3, 3)]
    r = v.compute_results(ABC, _voters(), Tallies(dots, {3: 1, 99: 4}))
    assert [(x.title, x.dots, x.rank, x.tied) for x in r.ranking] == [
        ("A", 2, 1, True),
        ("B", 2, 1, True),
        ("C", 2, 1, True),
        ("D", 0, 4, False),  # nothing on D: not a "tie" worth marking
    ]
    assert r.voters == 3 and r.ballot_dots == 5 and r.paper_dots == 1  # item 99 is gone
    assert [[x.title for x in group] for group in r.ties] == [["A", "B", "C"]]


def test_equal_organisation_weight() -> None:
    # The Library (4 people) puts 8 dots on A; the Youth Forum (1 person) puts 2 on B.
    dots = [(p, 1) for p in (1, 2, 3, 4) for _ in range(2)] + [(5, 2), (5, 2)]
    r = v.compute_results(ABC, _voters(), Tallies(dots))
    assert [x.title for x in r.ranking[:2]] == ["A", "B"]
    assert r.ranking[0].dots == 8
    # Weighted: each organisation counts for 5 of the 10 dots: A and B tie.
    assert [(x.title, x.score, x.rank, x.tied) for x in r.weighted[:2]] == [
        ("A", 5.0, 1, True),
        ("B", 5.0, 1, True),
    ]
    library, youth = r.organisations
    assert (library.name, library.voters, library.dots, library.weight) == ("Library", 4, 8, 0.625)
    assert (youth.name, youth.dots, youth.weight) == ("Youth Forum", 2, 2.5)
    assert library.top_items() == [1]


def test_people_without_organisation_form_one_group_and_paper_is_unscaled() -> None:
    dots = [(6, 1), (5, 2), (5, 2), (5, 2)]
    r = v.compute_results(ABC, _voters(), Tallies(dots, {3: 3}))
    names = [o.name for o in r.organisations]
    assert names == ["Youth Forum", v.NO_ORGANISATION]
    weighted = {x.title: x.score for x in r.weighted}
    assert weighted == {"A": 2.0, "B": 2.0, "C": 3.0, "D": 0.0}
    assert r.weighted[0].title == "C"


def test_no_dots_at_all() -> None:
    r = v.compute_results(ABC, _voters(), Tallies([]))
    assert r.voters == 0 and r.dots_cast == 0 and r.organisations == ()
    assert not any(x.tied for x in r.ranking)
    assert [x.title for x in r.weighted] == ["A", "B", "C", "D"]


def test_preferred_ranking_follows_the_setting() -> None:
    r = v.compute_results(ABC, _voters(), Tallies([]), equal_org_weight=True)
    assert r.preferred() is r.weighted


# ------------------------------------------------------------------------- agenda


def _ranking() -> tuple[v.RankedItem, ...]:
    dots = [(1, 1)] * 5 + [(1, 2)] * 3 + [(1, 3)] * 3 + [(1, 4)]
    return v.compute_results(ABC, _voters(), Tallies(dots)).ranking


def test_plan_top_n_keeps_ties_together() -> None:
    plan = v.plan_agenda(_ranking(), top=2)
    assert [i.title for i in plan.items] == ["A", "B", "C"]
    assert all(i.minutes == v.DEFAULT_TIMEBOX for i in plan.items)
    assert plan.note == ""


def test_plan_threshold() -> None:
    plan = v.plan_agenda(_ranking(), min_dots=3, timebox=20)
    assert [(i.title, i.minutes) for i in plan.items] == [("A", 20), ("B", 20), ("C", 20)]
    with pytest.raises(ValidationError, match="No item has enough dots"):
        v.plan_agenda(_ranking(), min_dots=50)


def test_plan_fits_the_time_left() -> None:
    plan = v.plan_agenda(_ranking(), top=3, minutes_left=35)
    assert [i.minutes for i in plan.items] == [10, 10, 10]
    assert "shortened to 10 min" in plan.note
    squeezed = v.plan_agenda(_ranking(), top=4, minutes_left=12)
    assert [i.title for i in squeezed.items] == ["A", "B"]
    assert "2 lower-ranked items left out" in squeezed.note
    over = v.plan_agenda(_ranking(), top=1, minutes_left=-10)
    assert over.items[0].minutes == 15 and "run over" in over.note


def test_plan_refuses_nonsense() -> None:
    with pytest.raises(ValidationError, match="either"):
        v.plan_agenda(_ranking())
    with pytest.raises(ValidationError, match="either"):
        v.plan_agenda(_ranking(), top=1, min_dots=1)
    with pytest.raises(ValidationError, match="at least the top 1"):
        v.plan_agenda(_ranking(), top=0)
    with pytest.raises(ValidationError, match="timebox"):
        v.plan_agenda(_ranking(), top=1, timebox=0)
    with pytest.raises(ValidationError, match="more than 0"):
        v.plan_agenda(_ranking(), min_dots=0)


def test_equal_organisation_weight_ties_are_exact_fractions() -> None:
    """Weights of thirds and sevenths: equal scores tie exactly (as Fractions), where
    floats would give 3.3333333333333335 for one item and 3.333333333333333 for another."""
    items = [VoteItem(i, f"item {i}") for i in range(1, 5)]
    orgs = {1: "One", 2: "Two", 3: "Seven"}
    voters = [Voter(p, f"P{p}", orgs[p]) for p in orgs]
    # Totals 1, 2 and 7 over 3 groups: each group's ballot part is 10/3.
    dots = [(1, 1)] + [(2, 2)] * 2 + [(3, 3)] * 7
    r = v.compute_results(items, voters, Tallies(dots))
    top = [(x.id, x.rank, x.tied) for x in r.weighted[:3]]
    assert top == [(1, 1, True), (2, 1, True), (3, 1, True)]
    assert [x.score for x in r.weighted[:3]] == [10 / 3] * 3
    assert [round(o.weight, 6) for o in r.organisations] == [3.333333, 0.47619, 1.666667]
    assert (r.ranking[0].id, r.ranking[0].tied) == (3, False), "by dots as cast, 3 leads alone"
