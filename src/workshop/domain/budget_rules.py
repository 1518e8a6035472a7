"""Running one participatory-budget rule: greedy (in ``budgeting``) or Equal Shares.

Apart from ``budgeting`` so ``equal_shares``, which builds on its types, is not imported
back by the module it builds on.
"""

from __future__ import annotations

from collections.abc import Callable

from workshop.domain import equal_shares
from workshop.domain.budgeting import Election, Outcome, Rule, greedy
from workshop.domain.equal_shares import GaveUp

__all__ = ["GaveUp", "run_rule"]


def run_rule(
    election: Election, rule: Rule | str, give_up: Callable[[], bool] | None = None
) -> Outcome:
    """The outcome of one rule on this election. ``give_up`` may stop the completion of
    Equal Shares, the one rule whose time follows the costs (:class:`GaveUp`); the others
    take one pass."""
    rule = Rule(rule)
    if rule is Rule.GREEDY:
        return greedy(election)
    if rule is Rule.MES:
        return equal_shares.method_of_equal_shares(election, cardinality=False)
    if rule is Rule.MES_CARDINALITY:
        return equal_shares.method_of_equal_shares(election, cardinality=True)
    return equal_shares.completed(election, give_up=give_up)
