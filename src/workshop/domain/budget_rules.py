"""Running one participatory-budget rule: greedy (in ``budgeting``) or Equal Shares.

Apart from ``budgeting`` so ``equal_shares``, which builds on its types, is not imported
back by the module it builds on.
"""

from __future__ import annotations

from workshop.domain import equal_shares
from workshop.domain.budgeting import Election, Outcome, Rule, greedy


def run_rule(election: Election, rule: Rule | str) -> Outcome:
    """The outcome of one rule on this election."""
    rule = Rule(rule)
    if rule is Rule.GREEDY:
        return greedy(election)
    if rule is Rule.MES:
        return equal_shares.method_of_equal_shares(election, cardinality=False)
    if rule is Rule.MES_CARDINALITY:
        return equal_shares.method_of_equal_shares(election, cardinality=True)
    return equal_shares.completed(election)
