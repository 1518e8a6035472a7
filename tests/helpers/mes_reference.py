"""The Method of Equal Shares written the straightforward way, for tests only.

Exact fractions, every voter's money kept one by one, every project re-priced from the
definition in every round, and the standard completion ("Add1": the share raised by one
currency unit at a time from the whole-unit share at or below budget/voters, while the
outcome still fits the real budget, stopping as soon as nothing more that anyone approved
fits; then greedy by votes). Slow and obviously right: the app's fast implementation
(``workshop.domain.equal_shares``) must agree with it on every instance.
"""

from __future__ import annotations

from fractions import Fraction
from math import floor

from workshop.domain.budgeting import Election, greedy, tie_order


def mes_at(e: Election, share: Fraction, cardinality: bool = False) -> list[str]:
    """The projects Equal Shares buys, in order, when every voter holds ``share``."""
    money = [share] * len(e.ballots)
    supporters = {
        p.id: [i for i, b in enumerate(e.ballots) if p.id in b.approved] for p in e.projects
    }
    tie = tie_order(e)
    remaining = [p for p in e.projects if supporters[p.id]]
    funded: list[str] = []
    while True:
        best: tuple[tuple[Fraction, tuple[int, Fraction, int]], str, Fraction] | None = None
        for p in list(remaining):
            sup = supporters[p.id]
            if sum(money[i] for i in sup) < p.cost:
                remaining.remove(p)  # its supporters can never pay it any more
                continue
            # the lowest payment q with sum(min(money, q)) = cost; rho = q per unit of
            # satisfaction (the cost, or 1 with cardinality satisfaction)
            paid, q = Fraction(0), Fraction(0)
            ordered = sorted(sup, key=lambda i: money[i])
            for k, i in enumerate(ordered):
                q = (p.cost - paid) / (len(ordered) - k)
                if money[i] >= q:
                    break
                paid += money[i]
            rho = q if cardinality else q / p.cost
            key = (rho, tie[p.id])
            if best is None or key < best[0]:
                best = (key, p.id, q)
        if best is None:
            return funded
        _, pid, q = best
        for i in supporters[pid]:
            money[i] -= min(money[i], q)
        funded.append(pid)
        remaining = [p for p in remaining if p.id != pid]


def completed_reference(e: Election) -> tuple[str, ...]:
    """Equal Shares (cost satisfaction) with the standard completion, then greedy."""
    if not e.ballots:
        return greedy(e).funded
    cost = {p.id: p.cost for p in e.projects}
    voted = {pid for b in e.ballots for pid in b.approved}
    start = e.budget / len(e.ballots)
    funded = mes_at(e, start)
    share = Fraction(floor(start))
    ceiling = sum(cost.values())  # above this, more money changes nothing

    def exhaustive(chosen: list[str]) -> bool:
        left = e.budget - sum((cost[pid] for pid in chosen), Fraction(0))
        return all(pid in chosen or pid not in voted or cost[pid] > left for pid in cost)

    while not exhaustive(funded) and share <= ceiling:
        share += 1
        attempt = mes_at(e, share)
        if sum((cost[pid] for pid in attempt), Fraction(0)) > e.budget:
            break
        funded = attempt
    return greedy(e, start=funded).funded
