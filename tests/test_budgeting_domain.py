"""Participatory budgeting rules: worked examples written by hand from the definitions,
and properties that must hold for every election (hypothesis)."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.completion_steps import both_completion_steps  # noqa: F401 (a fixture)
from helpers.pb_strategies import elections
from workshop.domain import pabulib
from workshop.domain.budget_rules import run_rule
from workshop.domain.budgeting import (
    Ballot,
    BallotRules,
    Election,
    Project,
    Rule,
    ballot_problem,
    check_project,
    compare,
    greedy,
    money,
    parse_amount,
    tie_order,
)
from workshop.domain.equal_shares import completed, method_of_equal_shares
from workshop.domain.errors import ValidationError

F = Fraction

# every test with the completion's steps in Python and compiled (numba)
pytestmark = pytest.mark.usefixtures("both_completion_steps")


def election(costs: dict[str, int], budget: int, ballots: list[str]) -> Election:
    """Projects named by one letter; each ballot a string of the letters it approves."""
    projects = tuple(Project(pid, f"Project {pid}", F(c)) for pid, c in costs.items())
    return Election(
        projects, F(budget), tuple(Ballot(str(i), tuple(b)) for i, b in enumerate(ballots))
    )


# -- worked examples ---------------------------------------------------------------------


def red_blue() -> Election:
    """equalshares.net's motivating example: 51 voters support 10 red projects, 49 support
    10 blue ones, each costs 100 and the budget (1,000) buys 10."""
    costs = {f"R{i}": 100 for i in range(1, 11)} | {f"B{i}": 100 for i in range(1, 11)}
    projects = tuple(Project(pid, pid, F(c)) for pid, c in costs.items())
    reds = tuple(f"R{i}" for i in range(1, 11))
    blues = tuple(f"B{i}" for i in range(1, 11))
    ballots = tuple(Ballot(str(i), reds if i < 51 else blues) for i in range(100))
    return Election(projects, F(1000), ballots)


def test_red_blue_greedy_gives_the_majority_everything() -> None:
    out = greedy(red_blue())
    assert out.funded == tuple(f"R{i}" for i in range(1, 11))
    assert out.spent == 1000


def test_red_blue_equal_shares_by_hand() -> None:
    # Each voter holds 10. Red: 51 voters, 510 between them, 100/51 each per project,
    # lowest price per unit of cost first (1/51 < 1/49): five reds (500), 10 left over.
    # Blue: 49 voters, 490: four blues (400), 90 left, not enough for a fifth.
    out = method_of_equal_shares(red_blue())
    assert out.funded == ("R1", "R2", "R3", "R4", "R5", "B1", "B2", "B3", "B4")
    assert out.spent == 900
    assert out.explanations["R1"].payment == F(100, 51)
    assert out.explanations["B5"].text.startswith("not funded: its 49 supporters have 90 left")


def test_red_blue_completed_gives_five_and_five() -> None:
    # 100 left, R6 would fit: the share is raised to 11. Red 561 → five (61 left),
    # blue 539 → five (39 left): 1,000 spent, nothing fits any more. Stop.
    out = completed(red_blue())
    assert out.funded == ("R1", "R2", "R3", "R4", "R5", "B1", "B2", "B3", "B4", "B5")
    assert out.spent == 1000
    assert out.voter_share == 11


def small() -> Election:
    # 4 voters, budget 100 (25 each). A costs 80, everyone; B and C cost 20, two each.
    return election({"A": 80, "B": 20, "C": 20}, 100, ["AB", "AB", "AC", "AC"])


def test_cost_and_cardinality_satisfaction_differ_by_hand() -> None:
    # Cost satisfaction: A costs 1/4 per unit of cost, B and C 1/2: A first, 20 each,
    # 5 left each; B then needs 20 from two people with 10: A alone.
    cost = method_of_equal_shares(small())
    assert cost.funded == ("A",)
    assert cost.explanations["B"].text == (
        "not funded: its 2 supporters have 10 left between them, it costs 20; "
        "their money went to “Project A”"
    )
    # Cardinality: per supporter A costs 20, B and C 10: B (tie with C: same votes, same
    # cost, listed first), then C; A then needs 80 from purses of 15, 15, 15, 15.
    card = method_of_equal_shares(small(), cardinality=True)
    assert card.funded == ("B", "C")
    assert card.explanations["A"].text.startswith("not funded: its 4 supporters have 60 left")


def test_completion_by_hand() -> None:
    # Share 25 → A only. Raising the share: B becomes affordable after A at 30 (2×10),
    # but then C too and A+B+C = 120 > 100: stop at 29 (A only), then greedy: B fits.
    out = completed(small())
    assert out.funded == ("A", "B")
    assert out.voter_share == 29
    assert out.explanations["B"].stage == "completion"
    assert out.explanations["C"].text.endswith("at completion 0 was left, it costs 20")


def test_greedy_explains_a_skip_in_the_rooms_words() -> None:
    e = election({"A": 38_000, "B": 20_000, "C": 10_000}, 50_000, ["ABC", "AB", "A"])
    out = greedy(e)
    assert out.funded == ("A", "C")
    assert out.explanations["B"].text == "skipped: 12,000 left, costs 20,000"
    assert out.explanations["A"].text == "funded: 3 votes, costs 38,000; 12,000 left after it"


def test_equal_shares_says_who_paid() -> None:
    out = method_of_equal_shares(election({"A": 60, "C": 30}, 100, ["A", "A", "AC", "C", "C", "A"]))
    assert out.funded == ("A", "C")
    assert out.explanations["A"].text == "funded: paid by 4 supporters, 15 each"
    # voter 2 has 16.67 − 15 = 1.67 left and pays it; the other two share the rest.
    assert out.explanations["C"].payers == 3 and out.explanations["C"].exhausted == 1
    assert "2 supporters paid 14.17 each and 1 paid all they had left (1.67" in (
        out.explanations["C"].text
    )


def test_tie_break_is_documented_order() -> None:
    e = election({"A": 10, "B": 5, "C": 5}, 10, ["ABC", "ABC"])
    assert sorted(tie_order(e), key=tie_order(e).__getitem__) == ["B", "C", "A"]
    assert greedy(e).funded == ("B", "C")


def test_no_ballots_funds_nothing() -> None:
    e = election({"A": 10}, 100, [])
    for rule in Rule:
        assert run_rule(e, rule).funded == ()


def test_comparison_counts_voters_served() -> None:
    e = small()
    rows = compare(e, [run_rule(e, r) for r in (Rule.GREEDY, Rule.MES_CARDINALITY)])
    assert [r.voters_with_funded for r in rows] == [4, 4]
    assert [r.spent for r in rows] == [100, 40]


# -- validation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("12000", 12000), ("12 000", 12000), ("12,000", 12000), ("1234,50", F(123450, 100)),
     ("1.234,5", F(12345, 10)), ("€ 250", 250), ("0,5", F(1, 2))],
)
def test_amounts_as_people_type_them(text: str, value: Fraction) -> None:
    assert parse_amount(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1/0", "12-3"])
def test_bad_amounts_say_so(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_amount(text)


def test_project_checks() -> None:
    assert check_project("  Benches   in the park ", F(100)) == ("Benches in the park", 100, "")
    for title, cost in [("", F(1)), ("x" * 281, F(1)), ("Ok", F(0)), ("Ok", F(10**13))]:
        with pytest.raises(ValidationError):
            check_project(title, cost)


def test_ballot_limits() -> None:
    projects = {p.id: p for p in small().projects}
    assert ballot_problem(["A", "B"], projects, BallotRules()) is None
    assert str(ballot_problem(["A", "B"], projects, BallotRules(max_projects=1))) == (
        "At most 1 projects on one ballot."
    )
    assert "at most 90" in str(ballot_problem(["A", "B"], projects, BallotRules(max_cost=F(90))))
    assert ballot_problem(["A", "Z"], projects, BallotRules()) is not None
    assert ballot_problem(["A", "A"], projects, BallotRules()) is not None
    assert ballot_problem(["A"], projects, BallotRules(points=5), {"A": 6}) is not None
    assert ballot_problem(["A"], projects, BallotRules(points=5), {"A": 5}) is None


def test_money_reads_well() -> None:
    assert money(F(12000)) == "12,000"
    assert money(F(10, 3), "EUR") == "3.33 EUR"


# -- properties --------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(elections())
def test_no_outcome_exceeds_the_budget(e: Election) -> None:
    for rule in Rule:
        out = run_rule(e, rule)
        assert out.spent == sum((e.project(p).cost for p in out.funded), F(0))
        assert out.spent <= e.budget
        assert len(set(out.funded)) == len(out.funded)
        assert set(out.explanations) == {p.id for p in e.projects}


@settings(max_examples=150, deadline=None)
@given(elections())
def test_greedy_never_skips_a_fitting_project_for_a_less_approved_one(e: Election) -> None:
    out = greedy(e)
    votes, key = e.votes(), tie_order(e)
    for skipped in e.projects:
        if skipped.id in out.funded or votes[skipped.id] == 0:
            continue
        before = [f for f in out.funded if key[f] < key[skipped.id]]
        left = e.budget - sum((e.project(f).cost for f in before), F(0))
        assert skipped.cost > left  # it did not fit when its turn came
        for f in out.funded:
            if votes[f] < votes[skipped.id]:
                assert key[f] > key[skipped.id]


@settings(max_examples=150, deadline=None)
@given(elections(), st.booleans())
def test_equal_shares_payments_cover_each_cost_exactly(e: Election, card: bool) -> None:
    out = method_of_equal_shares(e, cardinality=card)
    share = out.voter_share or F(0)
    total: dict[int, Fraction] = {}
    for pid in out.funded:
        paid = out.payments[pid]
        assert sum(paid.values(), F(0)) == e.project(pid).cost
        for voter, amount in paid.items():
            assert pid in e.ballots[voter].approved  # only supporters pay
            assert amount >= 0
            total[voter] = total.get(voter, F(0)) + amount
    assert all(spent <= share for spent in total.values())


@settings(max_examples=100, deadline=None)
@given(elections(), st.randoms(use_true_random=False))
def test_outcome_does_not_depend_on_ballot_order(e: Election, rnd: random.Random) -> None:
    shuffled = list(e.ballots)
    rnd.shuffle(shuffled)
    other = Election(e.projects, e.budget, tuple(shuffled))
    for rule in Rule:
        assert run_rule(e, rule).funded == run_rule(other, rule).funded


@settings(max_examples=100, deadline=None)
@given(elections())
def test_same_results_on_the_pb_export(e: Election) -> None:
    again = pabulib.read(pabulib.write(pabulib.from_election(e))).election()
    for rule in Rule:
        assert run_rule(e, rule).funded == run_rule(again, rule).funded


@settings(max_examples=200, deadline=None)
@given(elections(), st.booleans(), st.integers(0, 30))
def test_the_fast_run_decides_exactly_as_the_exact_one(
    e: Election, card: bool, extra: int
) -> None:
    from workshop.domain import equal_shares

    inst = equal_shares._instance(e)
    if not inst.voters:
        return
    share = Fraction(inst.budget, inst.voters) + extra * inst.scale
    fast = equal_shares._fast(inst, share, card)
    exact = equal_shares._run(inst, share, card)
    assert fast is None or fast == (exact.funded, exact.spent)


@settings(max_examples=300, deadline=None)
@given(elections(), st.booleans())
def test_fast_equal_shares_equals_the_straightforward_one(e: Election, card: bool) -> None:
    """The fast implementation (grouped purses, floats with exact checks, completion)
    against the textbook one in ``helpers/mes_reference.py``."""
    from helpers.mes_reference import completed_reference, mes_at

    if e.ballots:
        share = e.budget / len(e.ballots)
        assert method_of_equal_shares(e, cardinality=card).funded == tuple(mes_at(e, share, card))
    assert completed(e).funded == completed_reference(e)


def test_a_price_with_supporters_left_with_nothing_is_exact() -> None:
    """On the city at a share of 1,285 PLN, project 130's price leaves out its four
    supporters with nothing left (1/1,197, exactly project 127's): the fast run decides
    that tie exactly, as the exact run does, instead of giving up."""
    from helpers.pb_city import city
    from workshop.domain import equal_shares

    inst = equal_shares._instance(city())
    share = Fraction(1285 * inst.scale)
    fast = equal_shares._fast(inst, share, False)
    exact = equal_shares._run(inst, share, False)
    assert fast == (exact.funded, exact.spent)


@settings(max_examples=150, deadline=None)
@given(elections(), st.booleans(), st.lists(st.integers(0, 40), min_size=1, max_size=6))
def test_the_rounds_every_larger_share_takes_alike_are_run_once(
    e: Election, card: bool, steps: list[int]
) -> None:
    """The completion runs the first rounds (bought alike at every larger share) once:
    at growing shares, a run that starts after them decides as a run from the start."""
    from workshop.domain import equal_shares

    inst = equal_shares._instance(e)
    if not inst.voters:
        return
    prefix = equal_shares._Prefix(inst, card)
    share = Fraction(inst.budget, inst.voters)
    for step in sorted(steps):
        at = share + step * inst.scale
        resumed = equal_shares._fast(inst, at, card, prefix)
        fresh = equal_shares._fast(inst, at, card)
        assert resumed == fresh
        if fresh is not None:
            assert fresh[0][: len(prefix.funded)] == prefix.funded


def test_the_citys_first_rounds_are_run_once() -> None:
    """On the city, the completion's first rounds (the most approved projects, paid alike
    by all their supporters) are taken once for every step from 672.50 PLN on."""
    from helpers.pb_city import city
    from workshop.domain import equal_shares

    inst = equal_shares._instance(city())
    for card, rounds in ((False, 7), (True, 40)):
        prefix = equal_shares._Prefix(inst, card)
        share = Fraction(inst.budget, inst.voters)
        assert equal_shares._fast(inst, share, card, prefix) == equal_shares._fast(
            inst, share, card
        )
        assert len(prefix.funded) >= rounds
