"""Hypothesis strategies for participatory budgets (small, every corner reachable)."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import strategies as st

from workshop.domain.budgeting import Ballot, Election, Project

F = Fraction


@st.composite
def elections(draw: st.DrawFn) -> Election:
    count = draw(st.integers(1, 7))
    costs = draw(st.lists(st.integers(1, 120), min_size=count, max_size=count))
    halves = draw(st.booleans())
    projects = tuple(
        Project(f"p{j}", f"P{j}", F(c, 2) if halves else F(c)) for j, c in enumerate(costs)
    )
    ids = [p.id for p in projects]
    ballots = draw(st.lists(st.lists(st.sampled_from(ids), unique=True), max_size=12))
    budget = draw(st.integers(0, 400))
    return Election(
        projects, F(budget), tuple(Ballot(f"v{i}", tuple(b)) for i, b in enumerate(ballots))
    )
