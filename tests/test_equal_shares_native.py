"""Equal Shares' compiled completion step (numba, the optional ``fast`` extra) against the
Python one, the final run replayed from the known purchases against the full exact run,
and the app's outcome without numba. No mocks: numba is either used or, in a child
process, made impossible to import."""

from __future__ import annotations

import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.completion_steps import both_completion_steps  # noqa: F401 (a fixture)
from helpers.pb_city import city
from helpers.pb_strategies import elections
from workshop.domain import equal_shares, equal_shares_native, pabulib
from workshop.domain.budget_rules import run_rule
from workshop.domain.budgeting import Ballot, Election, Project, Rule

F = Fraction

needs_numba = pytest.mark.skipif(
    equal_shares_native.kernel() is None,
    reason="numba is not installed (pip install -e '.[fast]')",
)


@st.composite
def rooms(draw: st.DrawFn) -> Election:
    """Votes with the corners a float step can trip on: many equal costs (exact ties),
    tiny and huge costs side by side, fractional amounts, supporters left with nothing."""
    count = draw(st.integers(1, 9))
    equal = draw(st.integers(1, 50))
    cost = st.one_of(
        st.just(equal), st.integers(1, 3), st.integers(1, 200), st.integers(10**12, 10**15)
    )
    costs = draw(st.lists(cost, min_size=count, max_size=count))
    scale = draw(st.sampled_from([1, 2, 3, 100]))
    projects = tuple(Project(f"p{j}", f"P{j}", F(c, scale)) for j, c in enumerate(costs))
    ids = [p.id for p in projects]
    ballots = draw(st.lists(st.lists(st.sampled_from(ids), unique=True), max_size=25))
    total = sum(costs)
    budget = draw(st.one_of(st.integers(0, 400), st.integers(0, total)))
    return Election(
        projects, F(budget, scale), tuple(Ballot(f"v{i}", tuple(b)) for i, b in enumerate(ballots))
    )


@needs_numba
@settings(max_examples=300, deadline=None)
@given(st.one_of(elections(), rooms()), st.booleans(), st.lists(st.integers(0, 60), max_size=8))
def test_the_compiled_step_decides_exactly_as_the_python_one(
    e: Election, card: bool, steps: list[int]
) -> None:
    """Same funded projects in the same order and the same money spent, at growing shares,
    from scratch and after the shared first rounds; and it gives up (None: the exact run
    decides) exactly where Python does (the same float operations in the same order)."""
    inst = equal_shares._instance(e)
    if not inst.voters:
        return
    native = equal_shares_native.native_step(inst, card, equal_shares.MARGINS)
    if native is None:
        assert not equal_shares_native.fits(inst)  # amounts beyond its 64-bit integers
        return
    ours, theirs = equal_shares._Prefix(inst, card), equal_shares._Prefix(inst, card)
    start = F(inst.budget, inst.voters)
    for step in [0, *sorted(steps)]:
        share = start + step * inst.scale
        exact = equal_shares._run(inst, share, card)
        pairs = (
            (native(share, None), equal_shares._fast(inst, share, card)),
            (native(share, ours), equal_shares._fast(inst, share, card, theirs)),
        )
        for compiled, python in pairs:
            assert python is None or python == (exact.funded, exact.spent)
            if sys.version_info < (3, 12):
                assert compiled == python
            else:  # sum() compensates there: a total an ulp from a margin may differ
                assert compiled is None or compiled == (exact.funded, exact.spent)


@needs_numba
def test_the_compiled_step_on_the_city() -> None:
    """At every 25th share of the city's completion the compiled step buys what Python's
    does (and, at the stopping share, what the exact run does)."""
    inst = equal_shares._instance(city())
    for card in (False, True):
        native = equal_shares_native.native_step(inst, card, equal_shares.MARGINS)
        assert native is not None
        for share in range(675, 1320, 25):
            at = F(share * inst.scale)
            assert native(at, None) == equal_shares._fast(inst, at, card)
    exact = equal_shares._run(inst, F(1310), False)
    assert native is not None
    assert equal_shares_native.native_step(inst, False, equal_shares.MARGINS)(F(1310), None) == (  # type: ignore[misc]
        exact.funded, exact.spent,
    )


@pytest.mark.usefixtures("both_completion_steps")
def test_amounts_beyond_64_bits_run_in_python() -> None:
    """Costs the kernel's integers cannot hold are counted by the Python step, exactly."""
    huge = 10**30
    projects = (
        Project("p0", "P0", F(huge)), Project("p1", "P1", F(huge)), Project("p2", "P2", F(3 * huge))
    )
    ballots = tuple(Ballot(str(i), ("p0", "p1", "p2") if i % 2 else ("p0", "p1")) for i in range(6))
    e = Election(projects, F(2 * huge), ballots)
    inst = equal_shares._instance(e)
    assert not equal_shares_native.fits(inst)
    assert equal_shares_native.native_step(inst, False, equal_shares.MARGINS) is None
    from helpers.mes_reference import completed_reference

    assert equal_shares.completed(e).funded == completed_reference(e) == ("p0", "p1")


def _same_run(a: equal_shares._Run, b: equal_shares._Run) -> None:
    assert a.funded == b.funded
    assert a.spent == b.spent
    assert [F(p, a.denominator) for p in a.purses] == [F(p, b.denominator) for p in b.purses]
    assert a.prices == b.prices
    assert a.payments == b.payments
    assert a.short == b.short


@settings(max_examples=300, deadline=None)
@given(st.one_of(elections(), rooms()), st.booleans(), st.integers(0, 40))
def test_the_final_run_replayed_is_the_full_exact_run(
    e: Election, card: bool, extra: int
) -> None:
    """Pricing only the projects known to be bought, in order, gives the same purses,
    prices, payments and shortfalls as the full exact run (so the same explanations)."""
    inst = equal_shares._instance(e)
    if not inst.voters:
        return
    share = F(inst.budget, inst.voters) + extra * inst.scale
    full = equal_shares._run(inst, share, card, record=True)
    _same_run(equal_shares._replay(inst, share, card, list(full.funded)), full)
    _same_run(equal_shares._recorded(inst, share, card), full)


def test_the_citys_final_run_replayed_explains_the_same() -> None:
    """On the city, the completion's stopping share: the replayed run and the full one
    give the same outcome, payments and explanations, word for word."""
    e = city()
    inst = equal_shares._instance(e)
    share, funded = equal_shares._last_fitting(inst, F(inst.budget, inst.voters), False)
    assert share == 1310
    full = equal_shares._run(inst, share, False, record=True)
    replayed = equal_shares._replay(inst, share, False, funded)
    _same_run(replayed, full)
    ours = equal_shares._outcome(e, inst, replayed, share, Rule.MES_COMPLETED)
    theirs = equal_shares._outcome(e, inst, full, share, Rule.MES_COMPLETED)
    assert ours == theirs


@needs_numba
def test_without_numba_the_app_counts_the_same(tmp_path: Path) -> None:
    """``workshop pb`` in a process where numba cannot be imported (the app installed
    without the fast extra) prints the outcome the compiled step gives here."""
    e = city(projects=60, voters=3000, seed=4)
    path = tmp_path / "city.pb"
    path.write_text(pabulib.write(pabulib.from_election(e)), encoding="utf-8")
    script = (
        "import sys\n"
        "sys.modules['numba'] = None  # import numba now raises ImportError\n"
        "from workshop import cli\n"
        "from workshop.domain import equal_shares_native as native\n"
        "native.HANDOVER = 0.0  # would hand over at once if it could\n"
        "code = cli.main(sys.argv[1:])\n"
        "assert native.kernel() is None, 'numba was used'\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "pb", str(path), "--rule", "mes-completed", "--json"],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    without = json.loads(done.stdout)
    old = equal_shares_native.MODE
    equal_shares_native.MODE = "always"
    try:
        with_numba = run_rule(pabulib.read(path.read_text(encoding="utf-8")).election(),
                              Rule.MES_COMPLETED)
    finally:
        equal_shares_native.MODE = old
    assert without["funded"] == list(with_numba.funded)
    assert F(without["spent"]) == with_numba.spent
    assert without["explanations"] == {p: x.text for p, x in with_numba.explanations.items()}


@needs_numba
def test_steps_run_ahead_on_other_cores_change_nothing() -> None:
    """The compiled steps run ahead in threads (numba releases the GIL): with one thread
    or three, a town's completion stops at the same share with the outcome Python gives."""
    e = city(projects=60, voters=3000, seed=4)
    old = equal_shares_native.MODE, equal_shares_native.WORKERS
    try:
        equal_shares_native.MODE = "never"
        python = equal_shares.completed(e)
        equal_shares_native.MODE = "always"
        for workers in (1, 3):
            equal_shares_native.WORKERS = workers
            assert equal_shares.completed(e) == python
    finally:
        equal_shares_native.MODE, equal_shares_native.WORKERS = old
    assert python.voter_share is not None and python.voter_share > e.budget / 3000 + 100


@needs_numba
@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.floats(0, 1e6, allow_subnormal=True),
            st.floats(-1e300, 1e300),
            st.sampled_from([5e-324, 0.1, 1e16, 1.0, 1e-16, 2.0**53]),
        ),
        max_size=60,
    )
)
def test_the_compiled_exact_sum_is_fsum(values: list[float]) -> None:
    """The kernel sums the poorer supporters' purses as Python's ``math.fsum`` does
    (correctly rounded, so in any order): the same float, bit for bit."""
    import math

    import numpy as np

    from workshop.domain import equal_shares_kernel as kernel

    partials = np.empty(1100)
    held = 0
    for value in values:
        held = kernel._add_exactly(partials, held, value)
    assert kernel._rounded(partials, held) == math.fsum(values)


def test_a_room_sized_vote_never_imports_numba() -> None:
    """The app counts a room's vote (12 projects, 16 ballots) without importing numba: loading
    it would cost more than the whole count."""
    script = (
        "import sys\n"
        "from workshop.domain.budgeting import Ballot, Election, Project\n"
        "from workshop.domain.budget_rules import run_rule\n"
        "from fractions import Fraction as F\n"
        "projects = tuple(Project(f'p{j}', f'P{j}', F(1000 * (j + 3))) for j in range(12))\n"
        "ballots = tuple(Ballot(str(i), tuple(f'p{(i * k) % 12}' for k in range(1, 4)))\n"
        "                for i in range(16))\n"
        "out = run_rule(Election(projects, F(40000), ballots), 'mes-completed')\n"
        "assert out.funded, out\n"
        "assert 'numba' not in sys.modules, 'numba was imported'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_completion_gives_up_between_steps_when_asked() -> None:
    """``give_up`` is asked before each completion step: answering True stops the count
    with GaveUp; never answering True changes nothing."""
    from helpers.pb_city import city
    from workshop.domain.equal_shares import GaveUp, completed

    election = city(12, 16)
    asked: list[int] = []

    def never() -> bool:
        asked.append(1)
        return False

    assert completed(election, give_up=never) == completed(election)
    assert len(asked) > 1, "a vote with a city's costs takes many completion steps"
    with pytest.raises(GaveUp):
        completed(election, give_up=lambda: True)
