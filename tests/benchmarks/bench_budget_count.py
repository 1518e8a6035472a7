"""One count of a city-sized budget, shared: what the GUI thread pays, and what a reader
pays once the state was counted (``storage/budget_results.py``).

Run: ``.venv/bin/python tests/benchmarks/bench_budget_count.py``. Writes its section of
docs/benchmarks.md. Baseline: the rules run on the election in memory (no document), in
the same run. Also times counts of smaller generated votes, for the size above which a
window counts in a worker (``budget_results.BIG``).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from report import write_section

from helpers.pb_city import city
from workshop.demo import fill_demo
from workshop.domain import pabulib
from workshop.domain.budget_rules import run_rule
from workshop.domain.budgeting import SIDE_BY_SIDE, Election
from workshop.domain.models import ActivityKind
from workshop.storage import budget_results, read
from workshop.storage import read_budgeting as rb
from workshop.storage.document import Document
from workshop.storage.ops import agenda, board
from workshop.storage.ops import budgeting as ops


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def shown(seconds: float) -> str:
    return f"{seconds:.1f} s" if seconds >= 1 else f"{seconds * 1000:.2f} ms"


def count(e: Election) -> None:
    for rule in SIDE_BY_SIDE:
        run_rule(e, rule)


def main() -> None:
    load = f"{os.getloadavg()[0]:.1f}"
    folder = Path(tempfile.mkdtemp())
    e = city()
    baseline = timed(lambda: count(e))
    doc = Document.create(folder / "city.workshop")
    agenda.add_activity(doc, ActivityKind.BUDGET, "City")
    aid = int(doc.conn.execute("SELECT max(id) FROM activities").fetchone()[0])
    ops.import_pb(doc, aid, pabulib.from_election(e))
    gui = timed(lambda: rb.counting(doc, aid))  # what the window pays before the worker

    def worker_read() -> None:
        with doc.snapshot() as conn:
            rb.election(conn, aid)

    ballots_read = timed(worker_read)  # what the worker reads before counting
    first = timed(lambda: rb.results(doc, aid))
    cached = timed(lambda: rb.results(doc, aid))
    agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas")
    note_board = int(doc.conn.execute("SELECT max(id) FROM activities").fetchone()[0])
    board.add_note(doc, note_board, "More trees by the school")
    unrelated = timed(lambda: rb.results(doc, aid))
    ops.set_revealed(doc, aid, True)
    revealed = timed(lambda: rb.results(doc, aid))
    ops.cast_ballot(doc, aid, None, [rb.projects(doc, aid)[0].id])
    missed = rb.counting(doc, aid).done() is None
    doc.close()

    demo = Document.create(folder / "demo.workshop")
    fill_demo(demo)
    did = next(a.id for a in read.activities(demo) if a.kind is ActivityKind.BUDGET)
    sizes = [("the demo", rb.election(demo, did))]
    demo.close()
    sizes += [(f"city, {p} × {n}", city(p, n)) for p, n in ((12, 16), (12, 50), (20, 50))]
    size_rows = []
    for name, election in sizes:
        pairs = len(election.projects) * len(election.ballots)
        side = "worker" if pairs > budget_results.BIG else "at once"
        size_rows.append(f"| {name} | {pairs:,} | {timed(lambda x=election: count(x)):.2f} s "
                         f"| {side} |")
    steps = [
        ("ask for a count (GUI thread: settings, project × ballot pairs in SQL)", gui),
        ("read for a count (the worker: projects, 20,000 ballots, own connection)", ballots_read),
        ("first results (read + count; a window runs the count in a worker)", first),
        ("results again (the laptop, projector, CSV, PDF after the first)", cached),
        ("after a note on a board", unrelated),
        ("after revealing", revealed),
    ]
    step_rows = [f"| {name} | {shown(t)} | {t / baseline:.6f}× |" for name, t in steps]
    body = f"""## Budget results: one count per state, shared (150 projects × 20,000 ballots)

`.venv/bin/python tests/benchmarks/bench_budget_count.py` — the generated city
(`tests/helpers/pb_city.py`) imported into a workshop file; greedy and Equal Shares
completed, as the results tab shows them. Baseline: the same two rules on the election in
memory, no document, in the same run: {baseline:.1f} s. Load average {load} (2 cores shared).

| step | time | × baseline |
|---|---|---|
{chr(10).join(step_rows)}

After a ballot is cast the state is new and counted again: {"yes" if missed else "**no**"}.

Where the window counts (`budget_results.BIG` = {budget_results.BIG} project × ballot pairs):
the time of a count does not follow size (the completion takes as many steps as the costs
need), so only a room-sized vote counts where the click was made.

| vote | pairs | count | counted |
|---|---|---|---|
{chr(10).join(size_rows)}
"""
    write_section("budget-count", body)
    print(body)


if __name__ == "__main__":
    main()
