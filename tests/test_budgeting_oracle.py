"""Workshop's rules against pabutools, the researchers' reference library (GPL-3.0+).

pabutools is a test-only extra (``pip install -e '.[oracle]'``, which .ci/test does);
the app never imports it. Ties are broken the same documented way in both.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import pb_oracle
from workshop.domain.budgeting import Ballot, Election, Project, Rule, run_rule

pytestmark = pytest.mark.skipif(
    not pb_oracle.available(),
    reason="pabutools is not installed (pip install -e '.[oracle]' installs the test oracle)",
)


@st.composite
def voted_elections(draw: st.DrawFn) -> Election:
    """Elections where every project has a supporter (pabutools' greedy and exhaustiveness
    also consider projects nobody approved; Workshop never funds those)."""
    count = draw(st.integers(1, 7))
    costs = draw(st.lists(st.integers(1, 100), min_size=count, max_size=count))
    projects = tuple(Project(f"p{j}", f"P{j}", Fraction(c)) for j, c in enumerate(costs))
    ids = [p.id for p in projects]
    ballots = draw(st.lists(st.lists(st.sampled_from(ids), unique=True, min_size=1), max_size=10))
    ballots.append(ids[::2])
    if ids[1::2]:
        ballots.append(ids[1::2])
    budget = draw(st.integers(1, 300))
    return Election(
        projects, Fraction(budget), tuple(Ballot(f"v{i}", tuple(b)) for i, b in enumerate(ballots))
    )


@pytest.mark.parametrize("rule", list(Rule))
@settings(max_examples=60, deadline=None)
@given(e=voted_elections())
def test_same_outcome_as_pabutools(rule: Rule, e: Election) -> None:
    assert run_rule(e, rule).funded == pb_oracle.funded(e, rule)


def test_city_sized_instance_matches() -> None:
    from helpers.pb_city import city

    e = city(projects=60, voters=1500, seed=3)
    for rule in (Rule.GREEDY, Rule.MES, Rule.MES_CARDINALITY):
        assert run_rule(e, rule).funded == pb_oracle.funded(e, rule)
