"""The participatory budget's screen on a city's vote (150 projects × 20,000 ballots).

Run: ``.venv/bin/python tests/benchmarks/bench_budget_ballots.py [--runs 3] [--before DIR]``.
Writes its section of docs/benchmarks.md. What the window's thread pays: opening the
budget screen, its refresh after a ballot is cast and after a project is edited (as the
main window passes it each change; the results stay hidden, secret ballots not revealed,
so no count runs meanwhile), and asking for a count (the ballots are read by the worker).
Each run is a fresh process on a copy of the same file; a row is the median over the runs
of each run's median. ``--before DIR``: the same with the source tree in DIR
(``git archive main | tar -x -C DIR``) on the path instead, for the "before" column.
Baseline in the same run: one SELECT of the 20,000 ballots' names (the least a list
showing them all must read).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import median_ms, write_section

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
BASELINE = "baseline: SELECT the 20,000 ballots' names"
ROWS = (
    "open the budget screen (its three tabs)",
    "refresh after a ballot is cast (the whole screen)",
    "refresh after a project is edited (the whole screen)",
    "ask for a count of the new state (GUI thread; a worker reads and counts)",
)


def child(path: Path, repeat: int) -> dict[str, float]:
    """One run in this process, on the file at ``path`` (measured with whichever source
    tree is first on the path)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from workshop.storage import read_budgeting as rb
    from workshop.storage.document import Document
    from workshop.storage.ops import budgeting as ops
    from workshop.ui.budgeting.screen import BudgetScreen
    from workshop.ui.screens.base import ScreenContext
    from workshop.ui.undo import UndoRunner

    app = QApplication.instance() or QApplication([])
    doc = Document.open(path)
    aid = 1
    stack = QUndoStack()
    runner = UndoRunner(doc, stack, None, report=print)
    out: dict[str, float] = {}
    out[BASELINE] = median_ms(lambda: doc.conn.execute(
        "SELECT coalesce(p.name, ''), b.label FROM budget_ballots b LEFT JOIN participants p"
        " ON p.id = b.participant_id WHERE b.activity_id = ? ORDER BY b.id", (aid,)
    ).fetchall(), repeat)
    screens: list[BudgetScreen] = []

    def open_screen() -> None:
        screen = BudgetScreen(ScreenContext(doc, runner), aid)
        screen.resize(1366, 700)
        screen.show()
        app.processEvents()
        screens.append(screen)

    out[ROWS[0]] = median_ms(open_screen, repeat)
    screen = screens[-1]
    screen.tabs.setCurrentWidget(screen.ballots)
    app.processEvents()
    first = rb.projects(doc, aid)[0]

    def cast() -> None:
        change = ops.cast_ballot(doc, aid, None, [first.id])
        start = time.perf_counter()
        screen.on_change(change)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)

    def edit() -> None:
        change = ops.edit_project(doc, first.id, f"{first.project.title} {len(times)}",
                                  first.project.cost)
        start = time.perf_counter()
        screen.on_change(change)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)

    for row, gesture in ((ROWS[1], cast), (ROWS[2], edit)):
        times: list[float] = []
        for _ in range(repeat):
            gesture()
        out[row] = statistics.median(times)

    def ask() -> None:
        ops.cast_ballot(doc, aid, None, [first.id])  # a new state, not counted yet
        start = time.perf_counter()
        rb.counting(doc, aid)
        times.append((time.perf_counter() - start) * 1000)

    times = []
    for _ in range(repeat):
        ask()
    out[ROWS[3]] = statistics.median(times)
    for s in screens:
        s.deleteLater()
    doc.close()
    return out


def city_file(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT / "src"))
    from helpers.pb_city import city
    from workshop.domain import pabulib
    from workshop.domain.models import ActivityKind
    from workshop.storage.document import Document
    from workshop.storage.ops import agenda
    from workshop.storage.ops import budgeting as ops

    path = folder / "city.workshop"
    doc = Document.create(path)
    agenda.add_activity(doc, ActivityKind.BUDGET, "Budżet obywatelski")
    aid = int(doc.conn.execute("SELECT max(id) FROM activities").fetchone()[0])
    assert aid == 1
    ops.import_pb(doc, aid, pabulib.from_election(city()))
    ops.set_secret(doc, aid, True)  # hidden results: no count runs while measuring
    ops.set_revealed(doc, aid, False)
    doc.close()
    return path


def run(tree: Path, path: Path, repeat: int) -> dict[str, float]:
    copy = path.with_name(f"run-{time.monotonic_ns()}.workshop")
    shutil.copy(path, copy)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree / "src"))
    done = subprocess.run(
        [sys.executable, str(HERE), "--child", str(copy), "--repeat", str(repeat)],
        env=env, capture_output=True, text=True, check=True, cwd=tree,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--before", type=Path)
    parser.add_argument("--child", type=Path)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.repeat)))
        return
    load = f"{os.getloadavg()[0]:.1f}"
    folder = Path(tempfile.mkdtemp())
    path = city_file(folder)
    now: list[dict[str, float]] = []
    before: list[dict[str, float]] = []
    for _ in range(args.runs):
        now.append(run(ROOT, path, args.repeat))
        if args.before:
            before.append(run(args.before, path, args.repeat))

    def median(runs: list[dict[str, float]], row: str) -> float:
        return statistics.median(r[row] for r in runs)

    base = median(now, BASELINE)
    lines = []
    for row in ROWS:
        ms = median(now, row)
        old = f"{median(before, row):.1f} ms" if before else "–"
        lines.append(f"| {row} | {old} | {ms:.1f} ms | {ms / base:.1f}× |")
    body = f"""### The budget screen on the city (150 projects × 20,000 ballots)

`.venv/bin/python tests/benchmarks/bench_budget_ballots.py --before DIR` — the generated
city (`tests/helpers/pb_city.py`) imported into a file; what the window's thread pays
(offscreen, 1366 × 700, the Ballots tab shown, results hidden so no count runs meanwhile),
median of {args.repeat} in each of {args.runs} fresh processes. "Before": the code on `main`
before the ballot list read a page at a time (`ui/budgeting/ballot_list.py`) and the worker
read the ballots itself. Baseline in the same run: one SELECT of the 20,000 ballots'
names, {base:.1f} ms. Load average {load} (2 cores shared).

| on the GUI thread | before | now | × baseline |
|---|---|---|---|
{chr(10).join(lines)}
"""
    write_section("budget-ballots", body)
    print(body)


if __name__ == "__main__":
    main()
