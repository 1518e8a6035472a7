"""Participatory budgeting rules on a generated city: 150 projects, 20,000 approval ballots.

Run: ``.venv/bin/python tests/benchmarks/bench_budgeting.py`` (with the oracle extra
installed for the pabutools columns). Writes its section of docs/benchmarks.md. The
baseline is pabutools, the researchers' reference library, on the same instance in the
same run. Target: Equal Shares with completion ≤ 2 s and faster than the reference.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from report import write_section

from helpers import pb_oracle
from helpers.pb_city import city
from workshop.domain.budget_rules import run_rule
from workshop.domain.budgeting import Election, Rule, money


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


FIRST_CALL = """
import sys, time
sys.path.insert(0, {tests!r})
from helpers.pb_city import city
from workshop.domain import equal_shares, equal_shares_native as native
e = city()
native.MODE = sys.argv[1]
start = time.perf_counter()
ready = native.kernel() is not None if native.MODE == "always" else True
loaded = time.perf_counter() - start
start = time.perf_counter()
equal_shares.completed(e)
print(loaded, time.perf_counter() - start, ready)
"""


def first_call(mode: str, cache: Path) -> tuple[float, float]:
    """(import numba and the kernel, the first completion) in a fresh process."""
    import subprocess

    code = FIRST_CALL.format(tests=str(Path(__file__).resolve().parents[1]))
    env = dict(os.environ, NUMBA_CACHE_DIR=str(cache))
    done = subprocess.run(
        [sys.executable, "-c", code, mode], capture_output=True, text=True, env=env,
        check=True,
    )
    loaded, first, ready = done.stdout.split()
    assert ready == "True", "numba is not installed"
    return float(loaded), float(first)


def completion(
    e: Election, mode: str, workers: int | None = None, repeat: int = 1
) -> tuple[float, object]:
    """The completion with this step (best of ``repeat``: the machine is shared)."""
    from workshop.domain import equal_shares_native as native

    old = native.MODE, native.WORKERS
    native.MODE, native.WORKERS = mode, workers  # type: ignore[assignment]
    try:
        runs = [timed(lambda: run_rule(e, Rule.MES_COMPLETED)) for _ in range(repeat)]
        return min(run[0] for run in runs), runs[0][1]
    finally:
        native.MODE, native.WORKERS = old


def megabytes(*names: str) -> dict[str, int]:
    """What each installed package takes on disk (``du``), in MB."""
    import importlib.util
    import subprocess

    sizes = {}
    for name in names:
        spec = importlib.util.find_spec(name)
        if spec and spec.submodule_search_locations:
            folder = next(iter(spec.submodule_search_locations))
            out = subprocess.run(["du", "-sm", folder], capture_output=True, text=True)
            sizes[name] = int(out.stdout.split()[0])
            libs = Path(folder).parent / f"{name}.libs"  # wheels' bundled shared libraries
            if libs.exists():
                out = subprocess.run(["du", "-sm", str(libs)], capture_output=True, text=True)
                sizes[name] += int(out.stdout.split()[0])
    return sizes


def main() -> None:
    import tempfile

    from workshop.domain import equal_shares
    from workshop.domain import equal_shares_native as native

    load_before = f"{os.getloadavg()[0]:.1f}"
    e = city()
    share = e.budget / len(e.ballots)
    rows = []
    oracle = pb_oracle.available()
    for rule in (Rule.GREEDY, Rule.MES, Rule.MES_CARDINALITY):
        ours, out = timed(lambda r=rule: run_rule(e, r))
        if oracle:
            ref, ref_out = timed(lambda r=rule: pb_oracle.funded(e, r))
            same = "yes" if ref_out == out.funded else "**no**"  # type: ignore[attr-defined]
            rows.append(
                f"| {rule.label} | {ours:.2f} s | {ref:.2f} s | {ours / ref:.2f}× | {same} |"
            )
        else:
            rows.append(f"| {rule.label} | {ours:.2f} s | – | – | – |")
    mes_ref = None
    if oracle:
        mes_ref, _ = timed(lambda: pb_oracle.funded(e, Rule.MES))
    compiled = native.kernel() is not None

    # the compiled step: compiled once (numba caches it on disk), then timed warm
    with tempfile.TemporaryDirectory() as cache:
        cold = first_call("always", Path(cache)) if compiled else None
        warm = first_call("always", Path(cache)) if compiled else None
        app_first = first_call("auto", Path(cache)) if compiled else None
    if compiled:
        completion(e, "always")  # warm in this process too
    runs = {"exact": 0}
    exact_run = equal_shares._run

    def counted_run(*args: object, **kwargs: object) -> object:
        runs["exact"] += not kwargs.get("record")
        return exact_run(*args, **kwargs)  # type: ignore[arg-type]

    equal_shares._run = counted_run  # type: ignore[assignment]
    threads = native._workers()
    timings: dict[str, float] = {}
    fallbacks_native = 0
    done: object = None
    if compiled:
        timings["threads"], done = completion(e, "always", repeat=3)
        fallbacks_native = runs["exact"] // 3
        timings["one"], _ = completion(e, "always", 1, repeat=3)
        timings["auto"], _ = completion(e, "auto", repeat=3)
    equal_shares._run = exact_run  # type: ignore[assignment]

    counts = {"fast": 0, "exact": 0}
    outs: list[object] = []
    fast = equal_shares._fast

    def counted(*args: object) -> object:
        out = fast(*args)  # type: ignore[arg-type]
        counts["fast"] += 1
        counts["exact"] += out is None
        outs.append(out)
        return out

    equal_shares._fast = counted  # type: ignore[assignment]
    timings["python"], python_done = completion(e, "never")
    equal_shares._fast = fast
    done = done or python_done
    assert done == python_done, "the compiled step and Python's disagree"
    fallbacks = counts["exact"]
    per_step = timings["python"] / max(1, counts["fast"])
    steps = int(done.voter_share - share) + 1  # type: ignore[attr-defined,operator]
    # how often consecutive steps differ (the standard rule needs every one of them)
    pairs = [(a, b) for a, b in pairwise(outs) if a is not None and b is not None]
    order_changed = sum(1 for a, b in pairs if a[0] != b[0])  # type: ignore[index]
    set_changed = sum(1 for a, b in pairs if set(a[0]) != set(b[0]))  # type: ignore[index]

    # the final exact run at the stopping share: in full, or replayed from the purchases
    inst = equal_shares._instance(e)
    final = done.voter_share * inst.scale  # type: ignore[attr-defined,operator]
    full_run, whole = timed(lambda: equal_shares._run(inst, final, False, record=True))
    funded = list(whole.funded)  # type: ignore[attr-defined]
    replay, _ = timed(lambda: equal_shares._replay(inst, final, False, funded))
    step_native = None
    if compiled:
        stepper = native.native_step(inst, False, equal_shares.MARGINS)
        assert stepper is not None
        step_native, _ = timed(lambda: [stepper(final, None) for _ in range(20)])
        step_native /= 20

    def ratio(ours: float) -> str:
        return f"{ours / (steps * mes_ref):.4f}×" if mes_ref else "–"

    estimate = f"≈ {steps * mes_ref / 60:.0f} min (est.: {steps} × one run)" if mes_ref else "–"
    label = Rule.MES_COMPLETED.label
    if compiled:
        rows.append(
            f"| {label}: compiled step (numba), {threads} threads | **{timings['threads']:.2f} s** "
            f"| {estimate} | {ratio(timings['threads'])} | not run |"
        )
        rows.append(
            f"| {label}: compiled step, one thread | {timings['one']:.2f} s | "
            f"| {ratio(timings['one'])} | |"
        )
        rows.append(
            f"| {label}: as the app runs it (\"auto\": compiled from the first step on "
            f"a vote this big) | {timings['auto']:.2f} s | | {ratio(timings['auto'])} | |"
        )
    rows.append(
        f"| {label}: pure Python (without numba) | {timings['python']:.1f} s | "
        f"{'' if compiled else estimate} | {ratio(timings['python'])} | |"
    )
    # The same city with costs and budget in thousands of PLN: a handful of completion
    # steps, so the reference library's completion can run in full beside ours.
    small = thousands(e)
    ours_k, out_k = timed(lambda: run_rule(small, Rule.MES_COMPLETED))
    if oracle:
        ref_k, ref_out_k = timed(lambda: pb_oracle.funded(small, Rule.MES_COMPLETED))
        same_k = "yes" if ref_out_k == out_k.funded else "**no**"  # type: ignore[attr-defined]
        rows.append(
            f"| {label}, costs in thousands (completion run in full by "
            f"both) | {ours_k:.2f} s | {ref_k:.2f} s | {ours_k / ref_k:.3f}× | {same_k} |"
        )
    sizes = megabytes("numba", "llvmlite", "numpy")
    load_after = f"{os.getloadavg()[0]:.1f}"
    met = compiled and timings["auto"] <= 2
    verdict = (
        f"**Target met** as the app runs it: completion {timings['auto']:.2f} s ≤ 2 s (numba's "
        "kernel loaded), far faster than the reference." if met else
        "**Target missed** in this run as the app runs it: completion above 2 s (the load "
        "average says how busy the machine was)."
    )
    if compiled:
        assert cold and warm and app_first
        head = "| a session's first completion, in a fresh process | numba and the kernel ready "
        first = f"""
{head}| then the completion | in all |
|---|---|---|---|
| numba's cache cold (compiling the kernel) | {cold[0]:.1f} s | {cold[1]:.1f} s \
| {sum(cold):.1f} s |
| numba's cache warm (loading the kernel from disk) | {warm[0]:.1f} s | {warm[1]:.1f} s \
| {sum(warm):.1f} s |
| as the app runs it ("auto"), cache warm | (inside) | {app_first[1]:.1f} s \
| {app_first[1]:.1f} s |
"""
    else:
        first = "\n(numba is not installed here: the compiled rows are missing.)\n"
    step_line = (
        f"One step at the stopping share: {step_native * 1000:.1f} ms compiled against "
        f"~{per_step * 1000:.0f} ms in Python ({per_step / step_native:.0f}×)."
        if step_native else f"One step costs ~{per_step * 1000:.0f} ms in Python."
    )
    body = f"""## Participatory budgeting: 150 projects × 20,000 approval ballots

`.venv/bin/python tests/benchmarks/bench_budgeting.py` — one run each (the compiled
completions: best of 3), on a generated city
(`tests/helpers/pb_city.py`: costs 20,000–1,000,000 PLN, budget {money(e.budget)} PLN, ballots
of 1–10 projects with skewed popularity; each voter's share {money(share)} PLN). Baseline:
pabutools {_version()} (exact fractions via gmpy2) on the same instance in the same run,
ties broken the same way; "same" says whether it funded the same projects in the same order.
Load average of the machine (2 cores, shared with other work) {load_before} before,
{load_after} after: the ratios, taken in the same run, are what count.

| rule | Workshop | pabutools | ratio | same |
|---|---|---|---|---|
{chr(10).join(rows)}

{verdict} The standard completion ("Add1", equalshares.net; pabutools'
`voter_budget_increment=1`) raised each voter's share from {money(share)} to
{money(done.voter_share)} PLN, one PLN at a time: {steps} runs of Equal Shares, every one of
them needed (the rule stops at the *first* share whose outcome overspends or leaves nothing
that fits, and the outcome is not monotone in the share: consecutive steps chose a different
sequence of projects in {order_changed} of {len(pairs)} pairs, a different set in
{set_changed}). Running pabutools through all of them would take the estimated time shown
(its single run × the steps), so it is not run at this scale; the "thousands" row runs
both completions in full on the same city counted in thousands of PLN, and there
pabutools' completion funds the same projects in the same order.

Each step runs in floating point with every decision checked against a wide margin (a
price every supporter pays alike is kept exact, so exact ties are broken exactly); a step
too close to call is run again exactly ({fallbacks} of {steps} here in Python,
{fallbacks_native if compiled else "–"} compiled). {step_line} The compiled step
(`domain/equal_shares_kernel.py`, numba, the optional `fast` extra:
`docs/decisions/0015-native-equal-shares.md`) is `_fast` line by line over flat arrays:
the same float operations in the same order, so the same decisions and the same give-ups
(tests: `tests/test_equal_shares_native.py`). The poorer supporters of a price are found
by raising the payment from the equal one until no one more falls below it (two or three
passes) and their purses summed exactly rounded (`math.fsum`, in Python; the same
Shewchuk sum compiled), so the kernel sorts nothing. numba releases
the GIL, so the next steps run ahead on the other cores ({threads} threads here) and
those not needed when the completion stops are cancelled.

The final exact run at the stopping share (fractions, for the explanations: who paid
what, who ran out of money) replays the projects the float step bought, pricing only
those, in order: {replay:.2f} s against {full_run:.2f} s for the full exact run, with the
same purses, payments and explanations (tests: hypothesis and the city). Pricing is cheap
next to paying, so the replay itself saves little here; what made the final run cheaper
(~0.5 s before) is paying: one shared `Fraction` for every full payment, the purses written
in one C-level pass, the shortfalls counted as they are paid.
{first}
Compiling the kernel takes seconds once per machine (numba caches it beside the module,
or in the user's cache when that folder is read-only); importing numba and loading the
cached kernel adds the time shown to the first completion of a session.
So the app ("auto") runs the kernel from the first step only on a vote of
{native.AT_ONCE:,} supporters or more (the city has {sum(map(len, inst.supporters)):,}), and
otherwise starts in Python and hands over after {native.HANDOVER} s of steps: a
room-sized vote never imports numba. Without numba (the
pure-Python row) the outcome is the same (`test_without_numba_the_app_counts_the_same`).
Disk: numba {sizes.get("numba", "–")} MB + llvmlite (LLVM) {sizes.get("llvmlite", "–")} MB,
plus numpy {sizes.get("numpy", "–")} MB (`du -sm` of the installed packages).

What was tried before the compiled step (pure Python, measured by hand, load 3–4):
exact prices leaving out empty purses and the first rounds run once (`_Prefix`: 31.4 s and
36.5 s → 18.5 s and 19.5 s); resuming each step from the last while its decisions provably
hold (same outcomes, but the decisions hold for only the first 15–20 of ~89 rounds at the
next share: 55 s against 25 s, not kept); voters in purse classes (82,615 distinct purses
among 151,933 reads: at most 1.8× fewer reads, eaten by re-homing voters: not built);
grouping identical ballots (17,314 distinct of 20,000); NumPy purses in Python (about 2×
per step). What remains per step is touching each supporter's purse: ~150,000 reads and
~90,000 writes.
"""
    write_section("budgeting", body)
    print(body)


def thousands(e: Election) -> Election:
    """The same vote with every amount in thousands (a currency unit of 1,000 PLN)."""
    k = 1000
    projects = tuple(replace(p, cost=p.cost / k) for p in e.projects)
    return Election(projects, e.budget / k, e.ballots, currency="kPLN")


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("pabutools")
    except Exception:  # not installed: the columns say "–"
        return "(not installed)"


if __name__ == "__main__":
    main()
