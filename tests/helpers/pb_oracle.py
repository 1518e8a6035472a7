"""pabutools (the researchers' reference library, GPL-3.0+) as a test oracle.

Only tests and the benchmark import this; the app never depends on pabutools. Ties are
broken the way Workshop documents (more votes, cheaper, listed first) so outcomes can be
compared project for project.
"""

from __future__ import annotations

from copy import copy
from fractions import Fraction
from typing import Any

from workshop.domain.budgeting import Election, Rule


def available() -> bool:
    """Whether pabutools and the libraries its rules import are installed (without
    importing them: the test process keeps gmpy2 and numpy out)."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("pabutools", "gmpy2", "numpy"))


def to_pabutools(election: Election) -> tuple[Any, Any, Any]:
    from pabutools.election import ApprovalBallot, ApprovalProfile, Instance, Project
    from pabutools.fractions import str_as_frac
    from pabutools.tiebreaking import TieBreakingRule

    def frac(value: Fraction) -> Any:
        return str_as_frac(str(value))

    projects = {p.id: Project(p.id, frac(p.cost)) for p in election.projects}
    instance = Instance(projects.values(), budget_limit=frac(election.budget))
    profile = ApprovalProfile(
        [ApprovalBallot({projects[pid] for pid in b.approved}) for b in election.ballots],
        instance=instance,
    )
    votes = election.votes()
    order = {p.id: (-votes[p.id], p.cost, i) for i, p in enumerate(election.projects)}
    tie = TieBreakingRule(lambda _inst, _prof, proj: order[proj.name])
    return instance, profile, tie


def funded(election: Election, rule: Rule) -> tuple[str, ...]:
    """The reference library's outcome for one of Workshop's rules, in the order chosen."""
    from pabutools.election import Cardinality_Sat, Cost_Sat
    from pabutools.rules import greedy_utilitarian_welfare, method_of_equal_shares

    instance, profile, tie = to_pabutools(election)
    if rule is Rule.GREEDY:
        out = greedy_utilitarian_welfare(
            instance, profile, sat_class=Cost_Sat, tie_breaking=tie
        )
    elif rule in (Rule.MES, Rule.MES_CARDINALITY):
        sat = Cost_Sat if rule is Rule.MES else Cardinality_Sat
        out = method_of_equal_shares(instance, profile, sat_class=sat, tie_breaking=tie)
    else:
        out = _completed(instance, profile, tie, len(election.ballots))
    return tuple(p.name for p in out)


def _completed(instance: Any, profile: Any, tie: Any, voters: int) -> Any:
    """equalshares.net's standard completion ("Add1", then greedy by votes), spelled out
    with the reference library's own Equal Shares at each budget."""
    from pabutools.election import Cost_Sat
    from pabutools.rules import greedy_utilitarian_welfare, method_of_equal_shares

    budget = instance.budget_limit
    out = method_of_equal_shares(instance, profile, sat_class=Cost_Sat, tie_breaking=tie)
    trial = copy(instance)
    trial.budget_limit = (budget // voters) * voters
    while not instance.is_exhaustive(out) and trial.budget_limit <= budget * (voters + 1):
        trial.budget_limit += voters
        bigger = method_of_equal_shares(trial, profile, sat_class=Cost_Sat, tie_breaking=tie)
        if sum(p.cost for p in bigger) > budget:
            break
        out = bigger
    return greedy_utilitarian_welfare(
        instance, profile, sat_class=Cost_Sat, tie_breaking=tie, initial_budget_allocation=out
    )
