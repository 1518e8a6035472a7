"""Which float step the completion runs: the compiled kernel when numba is there, else Python.

The standard completion runs Equal Shares once per currency unit of the voters' share (638
runs on a city's vote). :mod:`workshop.domain.equal_shares_kernel` is ``_fast`` compiled
with numba (the optional ``fast`` extra, ``docs/decisions/0015-native-equal-shares.md``):
the same decisions, about ten times quicker. This module is the one place that knows
whether it can be used: numba is imported here, lazily and once, and when it is missing
(or broken, or the amounts too large for its 64-bit integers) the pure-Python step runs
and the outcome is the same.

Compiling the kernel takes seconds the first time (then it is cached on disk) and
importing numba and loading it about a second, so in ``"auto"`` mode a completion starts
in Python and hands over to the kernel only once it has run for :data:`HANDOVER`
seconds, or runs it from the start on a vote of :data:`AT_ONCE` supporters or more: a
room-sized vote never waits for numba.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor


class Vote(Protocol):
    """What the kernel reads of ``equal_shares._Instance`` (named here, not imported:
    ``equal_shares`` imports this module)."""

    supporters: list[list[int]]
    cost: list[int]
    key: list[tuple[int, Fraction, int]]
    voters: int


class Rounds(Protocol):
    """What the kernel reads of ``equal_shares._Prefix``: the first rounds, run once."""

    paid: list[float]
    funded: list[int]
    spent: int

    def advance(self, share: float) -> None: ...


#: ``equal_shares``' float margins: (too close to call, the purse of one who may have
#: paid everything); passed in, so that a cached compilation never keeps old values.
Margins = tuple[float, float]

#: "auto": Python first, the kernel after HANDOVER seconds; "always": the kernel from the
#: first step (tests); "never": Python only (tests, and a check that both agree).
MODE: Literal["auto", "always", "never"] = "auto"

#: Seconds of Python steps after which an "auto" completion hands over to the kernel.
HANDOVER = 0.3

#: Supporters (project × ballot pairs) from which an "auto" completion runs the kernel
#: from its first step: a Python step takes ~3 ms here, the whole budget of a step for a
#: completion of 2 s (the city has 110,000).
AT_ONCE = 20_000

#: The kernel's integers are 64-bit: amounts and products of a cost and a count of
#: supporters must stay below this (and costs exact as floats, as in Python).
LIMIT = 2**62

_kernel: Any = None  # the compiled step once imported; False when numba cannot be used

#: A float step's answer: the funded projects and the money spent at a share, or None
#: when a decision was too close to call in floats (the caller runs the exact step).
Result = tuple[list[int], int] | None

#: What the kernel takes for one share: the prefix's funded and spent, eligible, purses.
_Prepared = tuple[list[int], int, Any, Any]

#: Threads running steps ahead (numba releases the GIL); None: the cores, at most 4.
WORKERS: int | None = None


def kernel() -> Any:
    """The compiled step, or None when numba is not installed or does not work here.

    The first call imports numba and compiles the kernel (or loads it from numba's
    cache) by running it once on a one-voter vote: whatever fails there (an import, a
    compiler error, a wrong answer) means the Python step, for the rest of the process."""
    global _kernel
    if _kernel is None:
        try:
            _kernel = _checked()
        except Exception:  # numba missing, or failing here: Python counts the same
            _kernel = False
    return _kernel or None


def _checked() -> Any:
    import numpy as np

    from workshop.domain.equal_shares_kernel import fast_step

    out = np.empty(1, np.int64)
    answer = fast_step(
        np.array([0, 1], np.int64), np.zeros(1, np.int64), np.ones(1, np.int64),
        np.zeros(1, np.int64), np.ones(1, np.bool_), np.full(1, 2.0), False, out, 0.0, 0.0,
    )
    if tuple(answer) != (1, 1, True) or out[0] != 0:
        return False
    return fast_step


def fits(inst: Vote) -> bool:
    """The kernel's 64-bit integers hold every amount and cross-product of this vote."""
    widest = max((len(s) for s in inst.supporters), default=0)
    top = max(inst.cost, default=0)
    return (
        top < 2**53
        and top * max(widest, 1) < LIMIT
        and sum(inst.cost) < LIMIT
        and max(inst.voters, 1) < 2**53
    )


class NativeStep:
    """``_fast`` on one vote through the kernel, the arrays built once for every step."""

    def __init__(self, inst: Vote, cardinality: bool, compiled: Any, margins: Margins) -> None:
        import numpy as np

        self.np = np
        self.margins = margins
        self.inst = inst
        self.cardinality = cardinality
        self.compiled = compiled
        counts = [len(s) for s in inst.supporters]
        self.offsets = np.zeros(len(counts) + 1, np.int64)
        np.cumsum(counts, out=self.offsets[1:])
        self.members = np.fromiter(
            (i for s in inst.supporters for i in s), np.int64, int(self.offsets[-1])
        )
        self.costs = np.array(inst.cost, np.int64)
        order = sorted(range(len(inst.key)), key=inst.key.__getitem__)
        self.ranks = np.empty(len(order), np.int64)
        self.ranks[order] = np.arange(len(order), dtype=np.int64)
        self.counts = counts
        self.paid: Any = None  # the prefix's payments as an array, refreshed as it grows
        self.paid_rounds = -1

    def __call__(self, share: Fraction, prefix: Rounds | None) -> Result:
        """``_fast(inst, share, cardinality, prefix)``."""
        return self.compute(self.prepare(share, prefix))

    def prepare(self, share: Fraction, prefix: Rounds | None) -> _Prepared:
        """What the kernel needs at this share (the prefix advanced to it, in order)."""
        np, inst = self.np, self.inst
        funded: list[int] = []
        spent = 0
        if prefix is None:
            purses = np.full(inst.voters, float(share))
        else:
            prefix.advance(float(share))
            if self.paid_rounds != len(prefix.funded):
                self.paid = np.array(prefix.paid, np.float64)
                self.paid_rounds = len(prefix.funded)
            purses = float(share) - self.paid  # as _Prefix.purses subtracts, one by one
            funded, spent = list(prefix.funded), prefix.spent
        bought = set(funded)
        num, den = share.numerator, share.denominator
        eligible = np.array(
            [
                count > 0 and j not in bought and num * count >= inst.cost[j] * den
                for j, count in enumerate(self.counts)
            ],
            np.bool_,
        )
        return funded, spent, eligible, purses

    def compute(self, prepared: _Prepared) -> Result:
        """Runs the kernel (numba releases the GIL: steps can run on several cores)."""
        funded, spent, eligible, purses = prepared
        out = self.np.empty(len(self.counts), self.np.int64)
        n, more, ok = self.compiled(
            self.offsets, self.members, self.costs, self.ranks, eligible, purses,
            self.cardinality, out, *self.margins,
        )
        if not ok:
            return None
        return funded + out[:n].tolist(), spent + int(more)

    def run(
        self, shares: Iterator[Fraction], prefix: Rounds | None
    ) -> Generator[tuple[Fraction, Result], None, None]:
        """The steps at these shares, in order; with several cores, the next ones run
        ahead on the others (each step is independent of the last), and those not asked
        for when the caller stops are cancelled."""
        workers = _workers()
        if workers <= 1:
            for share in shares:
                yield share, self(share, prefix)
            return
        pool = _pool(workers)
        ahead: deque[tuple[Fraction, Future[Result]]] = deque()
        try:
            for share in shares:
                ahead.append((share, pool.submit(self.compute, self.prepare(share, prefix))))
                if len(ahead) >= 2 * workers:
                    first, done = ahead.popleft()
                    yield first, done.result()
            while ahead:
                first, done = ahead.popleft()
                yield first, done.result()
        finally:
            for _, waiting in ahead:
                waiting.cancel()


def _workers() -> int:
    return WORKERS or max(1, min(4, os.cpu_count() or 1))


_pools: dict[int, ThreadPoolExecutor] = {}


def _pool(workers: int) -> ThreadPoolExecutor:
    """One pool per size for the process (its threads idle between completions)."""
    from concurrent.futures import ThreadPoolExecutor  # only once the kernel runs

    if workers not in _pools:
        _pools[workers] = ThreadPoolExecutor(workers, thread_name_prefix="equal-shares")
    return _pools[workers]


def native_step(inst: Vote, cardinality: bool, margins: Margins) -> NativeStep | None:
    """The kernel's step for this vote, or None when it cannot be used for it."""
    if MODE == "never" or not fits(inst):
        return None
    compiled = kernel()
    return NativeStep(inst, cardinality, compiled, margins) if compiled else None


def floats(
    inst: Vote,
    cardinality: bool,
    shares: Iterator[Fraction],
    prefix: Rounds | None,
    python: Callable[[Fraction], Result],
    margins: Margins,
) -> Generator[tuple[Fraction, Result], None, None]:
    """The completion's float steps at these shares, in order: ``python`` (``_fast``), the
    kernel, or Python first and the kernel after :data:`HANDOVER` seconds (:data:`MODE`;
    on a big vote, :data:`AT_ONCE`, "auto" runs the kernel from the start).
    Each result is the funded projects and the money spent, or None where a decision was
    too close to call (the caller runs the exact step)."""
    big = sum(map(len, inst.supporters)) >= AT_ONCE
    if MODE == "never" or (MODE == "auto" and not big):
        used = 0.0
        for share in shares:
            start = time.perf_counter()
            out = python(share)
            used += time.perf_counter() - start
            yield share, out
            if MODE == "auto" and used > HANDOVER:
                break
    step = native_step(inst, cardinality, margins) if MODE != "never" else None
    if step is None:
        for share in shares:
            yield share, python(share)
        return
    yield from step.run(shares, prefix)
