"""The Method of Equal Shares (Peters & Skowron; equalshares.net), exact and fast.

Each voter holds an equal share of the budget. A project can be bought when its supporters
can pay its cost together; each pays the same amount, or everything they have left when
that is less. Among the projects that can be bought, the one with the lowest price per
unit of satisfaction is bought first:

* **cost satisfaction** (a voter enjoys a project as much as it costs): the lowest
  payment per supporter *relative to the cost*; with full purses that is simply the most
  approved project;
* **cardinality satisfaction** (every approved project counts 1): the lowest payment per
  supporter.

Ties are broken as :mod:`workshop.domain.budgeting` documents (more votes, cheaper, listed
first). The standard **completion** (:func:`completed`) raises every voter's share by one
currency unit at a time while the outcome still fits the real budget (stopping as soon
as nothing more fits), then spends what is left greedily by votes.

Exact and fast: purses are integers over one common denominator that grows only when a
payment does not divide evenly (Python integers never round), so pricing a project is a
few C-level passes over its supporters' purses. Per round, projects are re-priced lazily in
order of their last price (a project's price never falls, so the first one whose last
price is already worse than the best ends the round). The completion's steps run in
floats with every decision checked against a wide margin (:func:`_fast`; a step too close
to call is run exactly), and the first rounds that every larger share takes alike are run
once for all the steps (:class:`_Prefix`); ``docs/benchmarks.md`` has the figures and what
else was tried.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import islice
from math import fsum, gcd, lcm
from operator import itemgetter
from typing import Any

from workshop.domain import equal_shares_native
from workshop.domain.budgeting import (
    Election,
    Explanation,
    Outcome,
    Rule,
    greedy,
    reason,
    tie_order,
)


@dataclass
class _Instance:
    """The election as integers: costs in 1/scale currency units, supporters as indices."""

    ids: list[str]
    titles: list[str]
    cost: list[int]  # in 1/scale currency units
    budget: int  # in 1/scale currency units
    scale: int
    voters: int
    supporters: list[list[int]]
    getters: list[Callable[[list[Any]], tuple[Any, ...]]]
    key: list[tuple[int, Fraction, int]]


def _instance(election: Election) -> _Instance:
    scale = lcm(election.budget.denominator, *(p.cost.denominator for p in election.projects))
    index = {p.id: j for j, p in enumerate(election.projects)}
    supporters: list[list[int]] = [[] for _ in election.projects]
    for i, ballot in enumerate(election.ballots):
        for pid in dict.fromkeys(ballot.approved):
            j = index.get(pid)
            if j is not None:
                supporters[j].append(i)
    tie = tie_order(election)
    return _Instance(
        ids=[p.id for p in election.projects],
        titles=[p.title for p in election.projects],
        cost=[int(p.cost * scale) for p in election.projects],
        budget=int(election.budget * scale),
        scale=scale,
        voters=len(election.ballots),
        supporters=supporters,
        getters=[_getter(s) for s in supporters],
        key=[tie[p.id] for p in election.projects],
    )


def _getter(indices: list[int]) -> Callable[[list[Any]], tuple[Any, ...]]:
    """Reads the purses at these indices in one C call (itemgetter of one index returns
    the item itself, not a 1-tuple, hence the small cases)."""
    if len(indices) > 1:
        return itemgetter(*indices)
    if indices:
        only = indices[0]
        return lambda purses: (purses[only],)
    return lambda purses: ()


@dataclass
class _Run:
    """One run at a fixed share: funded indices in order, the money spent, the purses."""

    funded: list[int]
    spent: int  # in 1/scale units
    purses: list[int]  # in 1/(scale*denominator) units
    denominator: int
    prices: dict[int, Fraction]  # funded project -> payment of a supporter with enough money
    payments: dict[int, dict[int, Fraction]]  # only when recorded
    #: only when recorded: funded project -> (how many paid all they had, what they paid)
    short: dict[int, tuple[int, Fraction]] = field(default_factory=dict)

    def purse(self, voter: int) -> Fraction:
        return Fraction(self.purses[voter], self.denominator)


def _purses(inst: _Instance, j: int, purses: list[int]) -> tuple[int, ...]:
    """The purses of project j's supporters."""
    return inst.getters[j](purses)


def _price(values: tuple[int, ...], due: int) -> tuple[int, int, int] | None:
    """(remainder, payers, poor) such that each of the richest ``payers`` supporters pays
    remainder/payers and the ``poor`` others pay all they have; None if unaffordable."""
    count = len(values)
    if min(values) * count >= due:
        return due, count, 0
    if sum(values) < due:
        return None
    rest = due
    for value in sorted(values):
        if value * count >= rest:
            break
        rest -= value
        count -= 1
    return rest, count, len(values) - count


_Entry = tuple[Fraction, tuple[int, Fraction, int], int]


def _start(inst: _Instance, share: Fraction) -> _Run:
    """Nothing bought yet: every voter holds ``share`` (in 1/scale currency units)."""
    return _Run([], 0, [share.numerator] * inst.voters, share.denominator, {}, {})


def _pay(inst: _Instance, run: _Run, j: int, split: tuple[int, int, int], record: bool) -> None:
    """Buys project j at the price ``split`` (from :func:`_price`): its supporters pay."""
    rest, count, _ = split
    step = count // gcd(rest, count)
    if step > 1:  # the payment does not divide evenly: a finer common denominator
        run.purses = list(map(step.__mul__, run.purses))
        run.denominator *= step
        rest *= step
    den, purses = run.denominator, run.purses
    pay = rest // count
    price = Fraction(pay, den * inst.scale)
    supporters = inst.supporters[j]
    values = inst.getters[j](purses)
    short: list[tuple[int, int]] = []  # (voter, what they had) of those short of the price
    if min(values, default=pay) >= pay:  # everyone pays the price: one C-level pass
        left: Iterable[int] = map(pay.__rsub__, values)
    else:
        left = [have - pay if have >= pay else 0 for have in values]
        short = [(i, have) for i, have in zip(supporters, values, strict=True) if have < pay]
    for _ in map(purses.__setitem__, supporters, left):
        pass
    if record:  # one Fraction for every full payment, shared: it is immutable
        paid = dict.fromkeys(supporters, price)
        for i, have in short:
            paid[i] = Fraction(have, den * inst.scale)
    run.funded.append(j)
    run.spent += inst.cost[j]
    run.prices[j] = price
    if record:
        run.payments[j] = paid
        run.short[j] = (len(short), Fraction(sum(have for _, have in short), den * inst.scale))


def _run(inst: _Instance, share: Fraction, cardinality: bool, record: bool = False) -> _Run:
    """Equal Shares at a fixed share per voter (``share`` in 1/scale currency units)."""
    run = _start(inst, share)
    remaining: list[_Entry] = []
    for j, sup in enumerate(inst.supporters):
        if sup and share * len(sup) >= inst.cost[j]:
            low = Fraction(inst.cost[j], len(sup)) if cardinality else Fraction(1, len(sup))
            remaining.append((low, inst.key[j], j))
    heapq.heapify(remaining)
    while remaining:
        den = run.denominator
        best: _Entry | None = None
        best_split = (0, 1, 0)
        seen: list[_Entry] = []
        while remaining:
            entry = remaining[0]
            if best is not None and entry[:2] > best[:2]:
                break
            heapq.heappop(remaining)
            j = entry[2]
            split = _price(_purses(inst, j, run.purses), inst.cost[j] * den)
            if split is None:
                # its supporters ran out of money: dropped for good
                continue
            rest, count, _ = split
            cost = inst.cost[j]
            if cardinality:
                rho = Fraction(rest, count * den)
            else:
                rho = Fraction(rest, count * den * cost) if cost else Fraction(0)
            priced = (rho, inst.key[j], j)
            better = best is None or priced[:2] < best[:2]
            if better:
                if best is not None:
                    seen.append(best)
                best, best_split = priced, split
            else:
                seen.append(priced)
        for entry in seen:
            heapq.heappush(remaining, entry)
        if best is None:
            break
        _pay(inst, run, best[2], best_split, record)
    return run


def _replay(
    inst: _Instance, share: Fraction, cardinality: bool, funded: list[int]
) -> _Run:
    """:func:`_run` with ``record``, when the projects it buys are already known (from the
    float step, which decides exactly as it does): only those are priced, in that order,
    so the purses, prices and payments come out the same for a fraction of the work.
    Should a known project not be affordable (never, if the float step is right), the
    run is made in full instead."""
    run = _start(inst, share)
    for j in funded:
        split = _price(_purses(inst, j, run.purses), inst.cost[j] * run.denominator)
        if split is None:
            return _run(inst, share, cardinality, record=True)
        _pay(inst, run, j, split, record=True)
    return run


def _recorded(
    inst: _Instance, share: Fraction, cardinality: bool, funded: list[int] | None = None
) -> _Run:
    """The exact run at this share with every payment, for the explanations: replayed from
    the projects bought (given, or found by the float step), or run in full when the float
    step could not decide."""
    if funded is None:
        fast = _fast(inst, share, cardinality)
        if fast is None:
            return _run(inst, share, cardinality, record=True)
        funded = fast[0]
    return _replay(inst, share, cardinality, funded)


#: Two floating-point amounts closer than this (relatively) are "too close to call": the
#: fast run gives up and the exact run decides. Float error here is below 1e-12.
TOO_CLOSE = 1e-9


class _TooClose(Exception):
    """A decision of the fast run is within float error: only the exact run may take it."""


#: A price in the fast run: (price per unit of satisfaction as a float, tie-break key,
#: project, the exact price as (numerator, denominator) when it is one — every supporter
#: pays the same share of the cost — or None when it came from float purses).
_FastEntry = tuple[float, tuple[int, Fraction, int], int, tuple[int, int] | None]


def _order(a: _FastEntry, b: _FastEntry) -> int:
    """-1, 0 or 1 comparing two prices; 0 only for two exact equal prices. Raises
    _TooClose when floats cannot tell them apart and one of them is not exact."""
    diff = a[0] - b[0]
    if diff > TOO_CLOSE * max(a[0], b[0]):
        return 1
    if -diff > TOO_CLOSE * max(a[0], b[0]):
        return -1
    if a[3] is None or b[3] is None:
        raise _TooClose
    left, right = a[3][0] * b[3][1], b[3][0] * a[3][1]
    return (left > right) - (left < right)


def _precedes(a: _FastEntry, b: _FastEntry) -> bool:
    """``a`` is bought before ``b``: a lower price, or an equal one and the tie-break."""
    order = _order(a, b)
    return order < 0 or (order == 0 and a[1] < b[1])


#: The purse of a supporter who paid a share within float error of all they had: zero or
#: a hair above. Not an exact 0.0, so no price that leaves it out is taken as exact.
_UNSURE = 5e-324

#: Both margins, as the compiled step takes them.
MARGINS = (TOO_CLOSE, _UNSURE)


def _poor_split(ordered: list[float], due: float) -> float:
    """The payment of each supporter with enough money, when the poorer ones pay all they
    have (``due`` is the cost; ``ordered``, the purses in ascending order, hold more than
    it in total).

    The payment when everyone pays alike is a lower bound; those below it pay all they
    have, which raises the payment of the others, and so on until no one more falls below
    it (each time the payment grows and stays at or below the true one, so it stops
    there: two or three times on a city). What the poorer ones pay is summed exactly
    rounded (``fsum``, whatever the order), which the compiled step
    (``equal_shares_kernel``) repeats without sorting. Raises _TooClose if everyone would
    fall below it (the total only a hair above the cost).
    """
    count = len(ordered)
    poor = 0
    pay = due / count
    while True:
        below = bisect_left(ordered, pay)
        if below <= poor:
            return pay
        if below >= count:
            raise _TooClose
        poor = below
        pay = (due - fsum(islice(ordered, poor))) / (count - poor)


class _Prefix:
    """The first rounds that every share from here on takes alike, run once for all.

    While the project with the lowest price any share could give it (its price when all
    its supporters pay alike: the most approved first, with cost satisfaction) can be
    paid alike by all its supporters, it is bought first at this share, and at every
    larger one too: their purses are larger by the difference (everyone paid the same
    amounts before), and no other project's price is ever below that lowest one. The
    completion raises the share step by step, so these rounds — the most approved
    projects, about half of the purses a run writes — are run once, not at every step.
    """

    def __init__(self, inst: _Instance, cardinality: bool) -> None:
        self.inst = inst
        lowest = [
            (Fraction(inst.cost[j] if cardinality else 1, len(sup)), inst.key[j], j)
            for j, sup in enumerate(inst.supporters)
            if sup
        ]
        self.order = [j for _, _, j in sorted(lowest)]
        self.paid = [0.0] * inst.voters  # by each voter in these rounds
        self.funded: list[int] = []
        self.spent = 0
        self.share = 0.0

    def purses(self, share: float) -> list[float]:
        """The purses after these rounds at ``share`` (no smaller than the last asked),
        taking in the rounds that this share adds."""
        self.advance(share)
        return list(map(share.__sub__, self.paid))

    def advance(self, share: float) -> None:
        """Takes in the rounds that ``share`` (no smaller than the last asked) adds."""
        assert share >= self.share, "the share only grows"
        self.share = share
        inst, paid = self.inst, self.paid
        while len(self.funded) < len(self.order):
            j = self.order[len(self.funded)]
            cost, count = inst.cost[j], len(inst.supporters[j])
            before = inst.getters[j](paid)
            if (share - max(before)) * count < cost * (1 + TOO_CLOSE):
                break  # someone would pay less than the others: it ends here
            for _ in map(paid.__setitem__, inst.supporters[j],
                         map((cost / count).__add__, before)):
                pass
            self.funded.append(j)
            self.spent += cost


def _fast(
    inst: _Instance, share: Fraction, cardinality: bool, prefix: _Prefix | None = None
) -> tuple[list[int], int] | None:
    """The funded projects and the money spent, as :func:`_run` finds them, in floats.

    Every decision is taken only when floats can tell it apart with a wide margin (a
    payment is continuous in the purses, so who counts as short of money never matters
    at the boundary); a price every supporter pays equally is kept exact too
    (1/supporters, or cost/supporters), so exact ties are broken exactly. Returns None
    when some decision was too close to call: then the caller runs :func:`_run`. Same
    outcome, many times faster. With ``prefix``, the run starts after the rounds every
    share from the last one on takes alike.
    """
    funded: list[int] = []
    spent = 0
    if prefix is None:
        purses = [float(share)] * inst.voters
    else:
        purses = prefix.purses(float(share))
        funded, spent = list(prefix.funded), prefix.spent
    bought = set(funded)
    remaining: list[_FastEntry] = []
    for j, sup in enumerate(inst.supporters):
        if sup and j not in bought and share * len(sup) >= inst.cost[j]:
            exact = (inst.cost[j], len(sup)) if cardinality else (1, len(sup))
            remaining.append((exact[0] / exact[1], inst.key[j], j, exact))
    heapq.heapify(remaining)
    getters, costs, keys, supporters = inst.getters, inst.cost, inst.key, inst.supporters
    try:
        while remaining:
            best: _FastEntry | None = None
            best_values: tuple[float, ...] = ()
            pay = 0.0
            seen: list[_FastEntry] = []
            while remaining:
                entry = remaining[0]
                if best is not None:
                    try:
                        if not _precedes(entry, best):
                            break  # prices never fall: nothing further down can win
                    except _TooClose:
                        pass  # cannot rule it out: price it
                heapq.heappop(remaining)
                j = entry[2]
                cost = costs[j]
                values = getters[j](purses)
                total = sum(values)
                if total < cost * (1 - TOO_CLOSE):
                    continue  # its supporters ran out of money: dropped for good
                if total < cost * (1 + TOO_CLOSE):
                    raise _TooClose
                count = len(values)
                priced: _FastEntry
                if min(values) * count >= cost * (1 + TOO_CLOSE):
                    price = cost / count
                    exact = (cost, count) if cardinality else (1, count)
                    priced = (exact[0] / exact[1], keys[j], j, exact)
                else:
                    ordered = sorted(values)
                    # supporters with nothing left (an exact 0.0) pay nothing: when all the
                    # others can pay an equal share, the price is exact again
                    live = count - bisect_right(ordered, 0.0)
                    if live < count and ordered[count - live] * live >= cost * (1 + TOO_CLOSE):
                        price = cost / live
                        exact = (cost, live) if cardinality else (1, live)
                        priced = (exact[0] / exact[1], keys[j], j, exact)
                    else:
                        price = _poor_split(ordered, float(cost))
                        priced = (price if cardinality else price / cost, keys[j], j, None)
                if best is None or _precedes(priced, best):
                    if best is not None:
                        seen.append(best)
                    best, pay, best_values = priced, price, values
                else:
                    seen.append(priced)
            for item in seen:
                heapq.heappush(remaining, item)
            if best is None:
                break
            j = best[2]
            if min(best_values) > pay:  # everyone pays the same: one C-level pass
                left = list(map(pay.__rsub__, best_values))
            else:
                low = pay * (1 - TOO_CLOSE)  # below: surely short of money, left with 0
                left = [v - pay if v > pay else (0.0 if v < low else _UNSURE)
                        for v in best_values]
            for _ in map(purses.__setitem__, supporters[j], left):
                pass  # one C-level pass writes the purses back
            funded.append(j)
            spent += costs[j]
    except _TooClose:
        return None
    return funded, spent


def _exhaustive(inst: _Instance, funded: list[int], spent: int) -> bool:
    """Nothing that anyone approved still fits in what is left of the real budget."""
    left = inst.budget - spent
    chosen = set(funded)
    return all(
        j in chosen or not sup or inst.cost[j] > left for j, sup in enumerate(inst.supporters)
    )


def method_of_equal_shares(election: Election, *, cardinality: bool = False) -> Outcome:
    """Equal Shares without completion (each voter's share = budget / voters)."""
    inst = _instance(election)
    rule = Rule.MES_CARDINALITY if cardinality else Rule.MES
    if inst.voters == 0:
        return _outcome(election, inst, None, Fraction(0), rule)
    share = Fraction(inst.budget, inst.voters)
    run = _recorded(inst, share, cardinality)
    return _outcome(election, inst, run, share, rule)


class GaveUp(Exception):
    """The caller's ``give_up`` said to stop counting (nothing was decided)."""


def completed(
    election: Election, *, cardinality: bool = False, give_up: Callable[[], bool] | None = None
) -> Outcome:
    """Equal Shares with the standard completion (what the app shows).

    ``give_up`` is asked before each step of the completion; when it answers True the count
    stops with :class:`GaveUp`. A window counts a room-sized vote where the click was
    made, but the steps follow the costs, not the size (a 12 × 16 vote with a city's
    costs takes seconds): it gives up after a moment and counts again in a worker."""
    inst = _instance(election)
    if inst.voters == 0:
        return greedy(election, rule=Rule.MES_COMPLETED, base={})
    share, funded = _last_fitting(
        inst, Fraction(inst.budget, inst.voters), cardinality, give_up
    )
    final = _recorded(inst, share, cardinality, funded)
    mes = _outcome(election, inst, final, share, Rule.MES_COMPLETED)
    done = greedy(election, start=mes.funded, rule=Rule.MES_COMPLETED, base=mes.explanations)
    return Outcome(
        Rule.MES_COMPLETED,
        done.funded,
        done.spent,
        done.budget,
        done.explanations,
        voter_share=mes.voter_share,
        payments=mes.payments,
    )


def _last_fitting(
    inst: _Instance, share: Fraction, cardinality: bool,
    give_up: Callable[[], bool] | None = None,
) -> tuple[Fraction, list[int]]:
    """The share where the standard completion stops (equalshares.net's "Add1"), and the
    projects Equal Shares buys there, in order.

    From the whole-unit share at or below budget/voters, every voter's share is raised by
    one currency unit at a time while the outcome still fits the real budget, stopping as
    soon as nothing more that anyone approved would fit.
    """
    prefix = _Prefix(inst, cardinality)  # the first rounds, alike at every step
    steps = _steps(inst, cardinality, _shares(inst, share), prefix)
    try:
        share, funded, spent = next(steps)
        while not _exhaustive(inst, funded, spent):
            if give_up is not None and give_up():
                raise GaveUp
            following = next(steps, None)
            if following is None or following[2] > inst.budget:
                break
            share, funded, spent = following
    finally:
        steps.close()  # steps run ahead are not waited for
    return share, funded


def _shares(inst: _Instance, share: Fraction) -> Iterator[Fraction]:
    """The shares the completion tries, in order: budget/voters, then one currency unit
    after another from the whole unit at or below it (above the total cost, more money
    changes nothing)."""
    yield share
    unit = inst.scale  # one currency unit, in 1/scale units
    ceiling = sum(inst.cost)
    step = Fraction(share.numerator // share.denominator // unit * unit)
    while step <= ceiling:
        step += unit
        yield step


def _steps(
    inst: _Instance, cardinality: bool, shares: Iterator[Fraction], prefix: _Prefix
) -> Generator[tuple[Fraction, list[int], int], None, None]:
    """What Equal Shares funds at each share, in order: the float step (compiled when
    numba is there, :mod:`workshop.domain.equal_shares_native`, else :func:`_fast`), or
    the exact run where a decision was too close to call in floats."""
    found = equal_shares_native.floats(
        inst, cardinality, shares, prefix, lambda at: _fast(inst, at, cardinality, prefix),
        MARGINS,
    )
    try:
        for share, fast in found:
            if fast is None:
                run = _run(inst, share, cardinality)
                fast = run.funded, run.spent
            yield share, fast[0], fast[1]
    finally:
        found.close()


def _outcome(
    election: Election, inst: _Instance, run: _Run | None, share: Fraction, rule: Rule
) -> Outcome:
    cur = election.currency
    share_money = share / inst.scale
    explanations: dict[str, Explanation] = {}
    funded = run.funded if run else []
    payments = {inst.ids[j]: paid for j, paid in (run.payments.items() if run else ())}
    for j in funded:
        paid = run.payments[j] if run else {}
        price = run.prices[j] if run else Fraction(0)
        short, rest = run.short[j] if run else (0, Fraction(0))
        full = len(paid) - short
        if short:
            why = reason("why.paid_short", n=full, price=price, short=short, rest=rest)
        else:
            why = reason("why.paid", n=len(paid), price=price)
        explanations[inst.ids[j]] = Explanation(
            inst.ids[j], True, (why,), "rule", payers=len(paid), payment=price,
            exhausted=short, currency=cur,
        )
    chosen = set(funded)
    for j, pid in enumerate(inst.ids):
        if j in chosen:
            continue
        sup = inst.supporters[j]
        cost = Fraction(inst.cost[j], inst.scale)
        if not sup:
            explanations[pid] = Explanation(pid, False, (reason("why.no_votes"),), currency=cur)
            continue
        purses = _purses(inst, j, run.purses) if run else ()
        have = Fraction(sum(purses), run.denominator * inst.scale) if run else Fraction(0)
        empty = purses.count(0)
        reasons = [reason("why.short_of", n=len(sup), have=have, cost=cost)]
        if have < len(sup) * share_money:
            if empty:
                reasons.append(reason("why.nothing_left", n=empty))
            spent_on = _spent_on(inst, run, j) if run else []
            if spent_on:
                reasons.append(reason("why.went_to", titles=tuple(spent_on)))
        else:
            reasons = [
                reason("why.shares", n=len(sup), share=share_money, have=have, cost=cost)
            ]
        explanations[pid] = Explanation(
            pid, False, tuple(reasons), exhausted=empty, currency=cur
        )
    spent = Fraction(run.spent if run else 0, inst.scale)
    return Outcome(
        rule,
        tuple(inst.ids[j] for j in funded),
        spent,
        election.budget,
        explanations,
        voter_share=share_money,
        payments=payments,
    )


def _spent_on(inst: _Instance, run: _Run, j: int) -> list[str]:
    """Titles of the (at most two) funded projects most of j's supporters paid into."""
    mine = set(inst.supporters[j])
    counts = []
    for order, f in enumerate(run.funded):
        n = len(mine.intersection(inst.supporters[f]))
        if n:
            counts.append((-n, order, f))
    counts.sort()
    return [inst.titles[f] for _, _, f in counts[:2]]
