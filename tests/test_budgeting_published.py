"""Worked examples from the published descriptions of the Method of Equal Shares.

Each test's docstring cites where the example comes from; the expected outcomes are
worked out by hand from the definition (the comments show the arithmetic), never by
running the code. The motivating red/blue example (equalshares.net's home page and the
Wikipedia article "Method of Equal Shares") and small hand-made ones are in
``test_budgeting_domain.py``.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from helpers.completion_steps import both_completion_steps  # noqa: F401 (a fixture)
from workshop.domain.budgeting import Ballot, Election, Project, greedy
from workshop.domain.equal_shares import completed, method_of_equal_shares

F = Fraction

# every example with the completion's steps in Python and compiled (numba)
pytestmark = pytest.mark.usefixtures("both_completion_steps")


def explanation_page() -> Election:
    """equalshares.net/explanation, "Main mechanism": an overall budget of 1,000,000 and
    100,000 voters, so each voter's share is 10; a project costing 10,000 with 500 votes
    has 5,000 of shares behind it and is removed from consideration.

    Around that published project we place two more so that something is bought: a
    project of 9,000 with 1,000 votes and one of 4,000 with 500 votes (other voters)."""
    projects = (
        Project("P", "Playground (the page's example)", F(10_000)),
        Project("L", "Library corner", F(4_000)),
        Project("S", "Street trees", F(9_000)),
    )
    ballots = (
        [Ballot(f"p{i}", ("P",)) for i in range(500)]
        + [Ballot(f"l{i}", ("L",)) for i in range(500)]
        + [Ballot(f"s{i}", ("S",)) for i in range(1_000)]
        + [Ballot(f"x{i}", ()) for i in range(98_000)]
    )
    return Election(projects, F(1_000_000), tuple(ballots), currency="€")


def test_equalshares_net_explanation_page_example() -> None:
    """equalshares.net/explanation: share 10 each; the 10,000 project's 500 voters hold
    5,000 between them, so it cannot be funded whatever else happens."""
    out = method_of_equal_shares(explanation_page())
    # share = 1,000,000 / 100,000 = 10.
    assert out.voter_share == 10
    # P: 500 × 10 = 5,000 < 10,000: removed. S: 9,000 / 1,000 = 9 each, ρ = 1/1,000;
    # L: 4,000 / 500 = 8 each, ρ = 1/500. Lowest price per unit of cost first: S, then L.
    assert out.funded == ("S", "L")
    assert out.spent == 13_000
    assert out.explanations["S"].text == "funded: paid by 1,000 supporters, 9 € each"
    assert out.explanations["L"].text == "funded: paid by 500 supporters, 8 € each"
    assert out.explanations["P"].text == (
        "not funded: its 500 supporters' shares (10 € each) add up to 5,000 €, it costs 10,000 €"
    )
    # Greedy by votes (the usual city rule) has no such test: all three fit the budget.
    assert set(greedy(explanation_page()).funded) == {"P", "L", "S"}


def test_equalshares_net_explanation_page_completion() -> None:
    """equalshares.net/explanation, "Completion": the share is raised one unit at a time
    while the outcome fits; P becomes affordable when 500 × share ≥ 10,000, at share 20
    (from 10: ten raises), and 9,000 + 4,000 + 10,000 = 23,000 still fits 1,000,000; then
    nothing is left that anyone approved, so the method stops there."""
    out = completed(explanation_page())
    assert out.funded == ("S", "L", "P")
    assert out.voter_share == 20
    assert out.explanations["P"].stage == "rule"
    assert out.explanations["P"].text == "funded: paid by 500 supporters, 20 € each"


def wikipedia_shape() -> Election:
    """Constructed from the definition, in the shape of Peters, Pierczyński & Skowron,
    "Proportional Participatory Budgeting with Additive Utilities" (NeurIPS 2021), and
    the Wikipedia article's Example 1: 100 voters, a budget of 1,000 (10 each), groups
    of voters with overlapping approvals, where a later project is paid partly by
    supporters who spend everything they have left. (The published examples' full
    tables are in figures we could not read, so the numbers here are our own.)

    Groups: 46 voters approve D, A, C; 20 approve D, A; 10 approve C, G; 24 approve G, H.
    Costs: D 200, A 200, C 200, G 300, H 250."""
    costs = {"D": 200, "A": 200, "C": 200, "G": 300, "H": 250}
    projects = tuple(Project(k, k, F(v)) for k, v in costs.items())
    groups = [(46, "DAC"), (20, "DA"), (10, "CG"), (24, "GH")]
    ballots = []
    for size, approved in groups:
        ballots += [Ballot(f"{approved}{i}", tuple(approved)) for i in range(size)]
    return Election(projects, F(1_000), tuple(ballots))


def test_constructed_example_in_the_papers_shape() -> None:
    """Worked by hand (see :func:`wikipedia_shape`)."""
    out = method_of_equal_shares(wikipedia_shape())
    # Round 1: D has 66 supporters (200/66 = 3.03 each, ρ = 1/66), A 66 too (same votes,
    # same cost: D is listed first), C 56, G 34, H 24: D, each of 66 pays 100/33.
    # Round 2: A, the same 66 voters, 100/33 each (they hold 10 − 100/33 = 230/33).
    # The 46 DAC voters now hold 10 − 200/33 = 130/33 ≈ 3.94; the 10 CG voters 10.
    # Round 3: C: equal payment p with 46·min(130/33, p) + 10·p = 200 → p = 200/56 ≈ 3.57
    # ≤ 3.94, so all 56 pay 25/7 (ρ = 1/56). G: 34 supporters, 300/34 ≈ 8.82 each,
    # but the 10 CG voters hold only 10 − 25/7 = 45/7 ≈ 6.43 → they pay it all and the
    # 24 GH voters pay (300 − 450/7)/24 = 1650/168 = 275/28 ≈ 9.82 (ρ ≈ 0.0327 > 1/56).
    # So C (ρ = 1/56 ≈ 0.0179) before G; H: 24 × 10 = 240 < 250, never affordable.
    assert out.funded[:3] == ("D", "A", "C")
    assert out.explanations["D"].payment == F(100, 33)
    assert out.explanations["C"].payment == F(25, 7)
    # Round 4: G: the CG voters pay all they have left (45/7 each), the GH voters 275/28.
    assert out.funded == ("D", "A", "C", "G")
    g = out.explanations["G"]
    assert (g.payers, g.exhausted, g.payment) == (34, 10, F(275, 28))
    assert out.spent == 900
    h = out.explanations["H"]
    assert not h.funded and h.exhausted == 0
    # The GH voters hold 10 − 275/28 = 5/28 each: 24 × 5/28 = 30/7 ≈ 4.29 for H's 250.
    assert "its 24 supporters have 4.29 left between them, it costs 250" in h.text
