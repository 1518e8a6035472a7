"""The completion's float step (:func:`workshop.domain.equal_shares._fast`), compiled.

A line-by-line port of ``_fast`` to numba over flat arrays, taking exactly the same
decisions: the same float operations in the same order (a project's total left to right,
as Python's ``sum`` of floats adds them on 3.11 — on 3.12+ ``sum`` compensates, so a
total within an ulp of a margin may decide differently there, each side still sound;
what the poorer supporters pay exactly rounded, as ``math.fsum``), the same margins, the
same exact prices compared by cross-multiplication, and the tie-break key as its integer
rank. It gives up (returns
``ok=False``: the caller runs the exact step) wherever ``_fast`` would. Only
:mod:`workshop.domain.equal_shares_native` imports this module, and only when numba is
installed (the optional ``fast`` extra); the app runs ``_fast`` without it.
"""

# The kernel's parameters are numpy arrays and scalars whose types numba infers when it
# compiles, so its functions carry no annotations: each is excused from mypy's strict
# "untyped def" check on its own line. The typed face is equal_shares_native.NativeStep.

from __future__ import annotations

import numpy as np
from numba import njit

TOO_CLOSE_TO_CALL = 2  # _order's answer when floats cannot tell two prices apart


@njit(cache=True, nogil=True)
def _order(pa, na, da, pb, nb, db, too_close):  # type: ignore[no-untyped-def]
    """``_order``: -1, 0 or 1; TOO_CLOSE_TO_CALL instead of raising (den 0 = not exact)."""
    diff = pa - pb
    margin = too_close * max(pa, pb)
    if diff > margin:
        return 1
    if -diff > margin:
        return -1
    if da == 0 or db == 0:
        return TOO_CLOSE_TO_CALL
    left = na * db
    right = nb * da
    if left > right:
        return 1
    if left < right:
        return -1
    return 0


@njit(cache=True, nogil=True)
def _precedes(pa, ra, na, da, pb, rb, nb, db, too_close):  # type: ignore[no-untyped-def]
    """``_precedes``: 1 or 0, or TOO_CLOSE_TO_CALL."""
    order = _order(pa, na, da, pb, nb, db, too_close)
    if order == TOO_CLOSE_TO_CALL:
        return TOO_CLOSE_TO_CALL
    if order < 0 or (order == 0 and ra < rb):
        return 1
    return 0


@njit(cache=True, nogil=True)
def _below(hp, hr, a, b):  # type: ignore[no-untyped-def]
    """Heap entry a sorts before b: (float price, rank), as heapq orders ``_FastEntry``
    (ranks are distinct, so nothing after them is ever compared)."""
    return hp[a] < hp[b] or (hp[a] == hp[b] and hr[a] < hr[b])


@njit(cache=True, nogil=True)
def _swap(hp, hr, hj, hn, hd, a, b):  # type: ignore[no-untyped-def]
    hp[a], hp[b] = hp[b], hp[a]
    hr[a], hr[b] = hr[b], hr[a]
    hj[a], hj[b] = hj[b], hj[a]
    hn[a], hn[b] = hn[b], hn[a]
    hd[a], hd[b] = hd[b], hd[a]


@njit(cache=True, nogil=True)
def _push(hp, hr, hj, hn, hd, size, p, r, j, n, d):  # type: ignore[no-untyped-def]
    """Adds an entry to the heap of ``size`` entries; returns the new size."""
    hp[size], hr[size], hj[size], hn[size], hd[size] = p, r, j, n, d
    at = size
    while at > 0:
        parent = (at - 1) // 2
        if not _below(hp, hr, at, parent):
            break
        _swap(hp, hr, hj, hn, hd, at, parent)
        at = parent
    return size + 1


@njit(cache=True, nogil=True)
def _pop(hp, hr, hj, hn, hd, size):  # type: ignore[no-untyped-def]
    """Removes the first entry (moved to index ``size - 1``); returns the new size."""
    last = size - 1
    _swap(hp, hr, hj, hn, hd, 0, last)
    at = 0
    while True:
        child = 2 * at + 1
        if child >= last:
            break
        if child + 1 < last and _below(hp, hr, child + 1, child):
            child += 1
        if not _below(hp, hr, child, at):
            break
        _swap(hp, hr, hj, hn, hd, at, child)
        at = child
    return last


@njit(cache=True, nogil=True)
def _add_exactly(partials, n, x):  # type: ignore[no-untyped-def]
    """Adds x to the exact sum held as non-overlapping ``partials[:n]`` (Shewchuk, as
    CPython's ``math.fsum`` does); returns the new n."""
    i = 0
    for j in range(n):
        y = partials[j]
        if abs(x) < abs(y):
            x, y = y, x
        hi = x + y
        yr = hi - x
        lo = y - yr
        if lo != 0.0:
            partials[i] = lo
            i += 1
        x = hi
    n = i
    if x != 0.0:
        partials[n] = x
        n += 1
    return n


@njit(cache=True, nogil=True)
def _rounded(partials, n):  # type: ignore[no-untyped-def]
    """The exact sum held in ``partials[:n]``, correctly rounded: ``math.fsum``'s ending
    (half-even across partials), so the same float whatever order the values came in."""
    hi = 0.0
    lo = 0.0
    if n > 0:
        n -= 1
        hi = partials[n]
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return hi


@njit(cache=True, nogil=True)
def _poor_split(values, count, due, partials, held, poor):  # type: ignore[no-untyped-def]
    """``equal_shares._poor_split`` without sorting: the purses below the payment come in
    batches (those below the first payment, ``due / count``, already added to
    ``partials[:held]`` as they were read: ``poor`` of them; then those between it and
    the next, ...), added to an exact sum rounded once per payment, as Python's ``fsum``
    of them. Returns -1.0 where Python raises _TooClose."""
    pay = due / count
    start = 0
    while True:
        if poor == start:
            return pay
        if poor >= count:
            return -1.0
        floor = pay
        pay = (due - _rounded(partials, held)) / (count - poor)
        start = poor
        for k in range(count):
            v = values[k]
            if floor <= v < pay:
                held = _add_exactly(partials, held, v)
                poor += 1


@njit(cache=True, nogil=True)
def fast_step(  # type: ignore[no-untyped-def]
    offsets, members, costs, ranks, eligible, purses, cardinality, out, too_close, unsure
):
    """One run of Equal Shares at the share ``purses`` were filled with, as ``_fast``.

    ``offsets``/``members``: each project's supporters (CSR); ``eligible``: the projects
    ``_fast`` starts its heap with; ``purses`` is written in place; the projects bought
    are written to ``out``. Returns (how many were bought, the money spent, ok); ok is
    False when a decision was too close to call. The margins come as arguments, not as
    globals, so a cached compilation never keeps an old value.
    """
    up = 1 + too_close  # the same factors _fast computes
    down = 1 - too_close
    n = costs.shape[0]
    hp = np.empty(n, np.float64)
    hr = np.empty(n, np.int64)
    hj = np.empty(n, np.int64)
    hn = np.empty(n, np.int64)
    hd = np.empty(n, np.int64)
    sp = np.empty(n, np.float64)  # the round's priced entries that were not the best
    sr = np.empty(n, np.int64)
    sj = np.empty(n, np.int64)
    sn = np.empty(n, np.int64)
    sd = np.empty(n, np.int64)
    widest = 0
    for j in range(n):
        widest = max(widest, offsets[j + 1] - offsets[j])
    values = np.empty(widest, np.float64)
    partials = np.empty(1100, np.float64)  # more than doubles' exponents can ever need
    size = 0
    for j in range(n):
        if eligible[j]:
            count = offsets[j + 1] - offsets[j]
            num = costs[j] if cardinality else 1
            size = _push(hp, hr, hj, hn, hd, size, num / count, ranks[j], j, num, count)
    bought = 0
    spent = 0
    while size > 0:
        has_best = False
        bp, br, bj, bn, bd = 0.0, 0, 0, 0, 0
        pay = 0.0
        seen = 0
        while size > 0:
            if has_best:
                first = _precedes(hp[0], hr[0], hn[0], hd[0], bp, br, bn, bd, too_close)
                if first == 0:
                    break  # prices never fall: nothing further down can win
                # TOO_CLOSE_TO_CALL: cannot rule it out, price it
            size = _pop(hp, hr, hj, hn, hd, size)
            j = hj[size]
            cost = costs[j]
            fcost = float(cost)
            start = offsets[j]
            count = offsets[j + 1] - start
            total = 0.0
            lowest = np.inf
            equal = fcost / count  # what each pays when all pay alike
            held = 0  # the exact sum of the purses below it, for _poor_split
            under = 0  # how many purses are below it
            for k in range(count):
                v = purses[members[start + k]]
                values[k] = v
                total += v
                if v < lowest:
                    lowest = v
                if v < equal:
                    held = _add_exactly(partials, held, v)
                    under += 1
            if total < fcost * down:
                continue  # its supporters ran out of money: dropped for good
            if total < fcost * up:
                return bought, spent, False
            if lowest * count >= fcost * up:
                price = fcost / count
                num = cost if cardinality else 1
                pp, pn, pd = num / count, num, count
            else:
                # Python sorts the purses: those with nothing left (<= 0.0) come first
                # and the smallest after them; both found here without sorting
                live = count
                smallest = np.inf
                for k in range(count):
                    v = values[k]
                    if v <= 0.0:
                        live -= 1
                    elif v < smallest:
                        smallest = v
                if 0 < live < count and smallest * live >= fcost * up:
                    price = fcost / live
                    num = cost if cardinality else 1
                    pp, pn, pd = num / live, num, live
                else:
                    price = _poor_split(values, count, fcost, partials, held, under)
                    if price < 0.0:
                        return bought, spent, False
                    pp = price if cardinality else price / fcost
                    pn, pd = 0, 0
            better = True
            if has_best:
                better_code = _precedes(pp, ranks[j], pn, pd, bp, br, bn, bd, too_close)
                if better_code == TOO_CLOSE_TO_CALL:
                    return bought, spent, False
                better = better_code == 1
            if better:
                if has_best:
                    sp[seen], sr[seen], sj[seen], sn[seen], sd[seen] = bp, br, bj, bn, bd
                    seen += 1
                has_best = True
                bp, br, bj, bn, bd = pp, ranks[j], j, pn, pd
                pay = price
            else:
                sp[seen], sr[seen], sj[seen], sn[seen], sd[seen] = pp, ranks[j], j, pn, pd
                seen += 1
        for k in range(seen):
            size = _push(hp, hr, hj, hn, hd, size, sp[k], sr[k], sj[k], sn[k], sd[k])
        if not has_best:
            break
        start = offsets[bj]
        count = offsets[bj + 1] - start
        lowest = np.inf
        for k in range(count):
            v = purses[members[start + k]]
            if v < lowest:
                lowest = v
        if lowest > pay:  # everyone pays the same
            for k in range(count):
                i = members[start + k]
                purses[i] = purses[i] - pay
        else:
            low = pay * down  # below: surely short of money, left with 0
            for k in range(count):
                i = members[start + k]
                v = purses[i]
                if v > pay:
                    purses[i] = v - pay
                elif v < low:
                    purses[i] = 0.0
                else:
                    purses[i] = unsure
        out[bought] = bj
        bought += 1
        spent += costs[bj]
    return bought, spent, True
