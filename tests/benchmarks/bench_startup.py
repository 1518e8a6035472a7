"""Process start to the first painted main window with the demo open, against a bare PySide6 window.

Run: .venv/bin/python tests/benchmarks/bench_startup.py [--before OTHER_CHECKOUT/src]
Both run as whole processes, alternating, in the same run: the bare script builds an
empty QMainWindow; Workshop starts as the ``workshop`` command does (``cli.main``:
translations, theme, logging, the window, the demo). Each reports when its window was
first painted; start-up is process start to that paint (the whole process, to its exit,
is reported too). ``--before`` measures another checkout's ``src`` in the same run.

Both run with compiled bytecode, as an installed copy has it (pip writes it at install,
PyInstaller bundles it): ``PYTHONDONTWRITEBYTECODE`` (set on these machines) is dropped
and the cache goes to a temporary ``PYTHONPYCACHEPREFIX``, warmed by one untimed run.
Without a cache every start compiles the app's ~60 modules from source; that figure is
reported too.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import write_section

FIRST_PAINT = """
import time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
            self.at = time.monotonic()  # the system-wide clock the parent started on
            print(time.process_time(), self.at, flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False
first_paint = FirstPaint()
"""

BARE = (
    FIRST_PAINT
    + "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1400, 900)\n"
    "w.installEventFilter(first_paint)\n"
    "w.show(); app.exec()\n"
)

#: The ``workshop`` command with no arguments, as a facilitator starts it: translations,
#: theme, logging, the window, the demo. Only the window's first paint is watched.
APP = (
    FIRST_PAINT
    + "import workshop.ui.app as start\n"
    "build = start.build_window\n"
    "def build_and_watch(*args, **kwargs):\n"
    "    window = build(*args, **kwargs)\n"
    "    window.installEventFilter(first_paint)\n"
    "    return window\n"
    "start.build_window = build_and_watch\n"
    "from workshop.cli import main\n"
    "raise SystemExit(main([]))\n"
)


@dataclass(frozen=True)
class Run:
    """One whole process, in milliseconds."""

    #: Process start (just before it is spawned) to the window's first paint.
    paint: float
    #: Process start to its exit (the first paint, then quitting: closing the workshop,
    #: tearing down Qt and the interpreter).
    whole: float
    #: CPU time (user + system) of the whole process: what the code costs on a shared,
    #: loaded machine, where the wall clock also waits.
    cpu: float
    #: CPU time of the process up to the first paint (its interpreter start included).
    paint_cpu: float


def run(code: str, env: dict[str, str]) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    whole = (time.monotonic() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    paint_cpu, painted = (float(x) for x in done.stdout.split()[-2:])
    return Run((painted - start) * 1000, whole, cpu, paint_cpu * 1000)


def main(rounds: int = 15, before: Path | None = None) -> None:
    """``before``: the ``src`` folder of another checkout (the commit before a change),
    measured in the same run, alternating with the others."""
    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as cache:
        plain = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_DATA_DIR": data}
        plain["PYTHONDONTWRITEBYTECODE"] = "1"
        env = {k: v for k, v in plain.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        old = {**env, "PYTHONPATH": str(before)} if before is not None else None
        for warm in (env, old):  # the demo and the bytecode, written once
            if warm is not None:
                run(APP, warm)
        run(BARE, env)
        bare: list[Run] = []
        app: list[Run] = []
        then: list[Run] = []
        uncached: list[Run] = []
        for _ in range(rounds):
            bare.append(run(BARE, env))
            app.append(run(APP, env))
            if old is not None:
                then.append(run(APP, old))
            uncached.append(run(APP, plain))
    load = os.getloadavg()[0]

    def med(runs: list[Run], what: str) -> float:
        return statistics.median(getattr(r, what) for r in runs)

    def low(runs: list[Run], what: str) -> float:
        return min(getattr(r, what) for r in runs)

    b, a = med(bare, "paint"), med(app, "paint")
    bm, am = low(bare, "paint"), low(app, "paint")
    bw, aw = med(bare, "whole"), med(app, "whole")
    bc, ac = med(bare, "cpu"), med(app, "cpu")
    bpc, apc = med(bare, "paint_cpu"), med(app, "paint_cpu")
    u = med(uncached, "paint")
    # The machine is shared: the fastest run of each says what the code costs when the
    # other processes leave it alone, the median what a start costs today.
    rows = f"""| what | median | fastest |
|---|---|---|
| bare PySide6 script: empty QMainWindow, process start → first paint | {b:.0f} ms | {bm:.0f} ms |
| Workshop (`workshop`, demo open), process start → first paint | {a:.0f} ms | {am:.0f} ms |
| **ratio** (target ≤ 2×) | **{a / b:.2f}×** | **{am / bm:.2f}×** |
| CPU to the first paint: bare / Workshop | {bpc:.0f} / {apc:.0f} ms ({apc / bpc:.2f}×) | |
| whole process (to its exit): bare / Workshop | {bw:.0f} / {aw:.0f} ms ({aw / bw:.2f}×) | |
| CPU (user + system), whole process: bare / Workshop | {bc:.0f} / {ac:.0f} ms ({ac / bc:.2f}×) | |
| Workshop, no bytecode cache (compiles every module each start) | {u:.0f} ms ({u / b:.2f}×) | |
"""
    if then:
        t, tc = med(then, "paint"), med(then, "paint_cpu")
        rows += (
            f"| the commit before (`{before}`): first paint / its CPU"
            f" | {t:.0f} ms ({t / b:.2f}×) / {tc:.0f} ms ({tc / bpc:.2f}×) | |\n"
        )
    body = STARTUP_SECTION.format(rounds=rounds, rows=rows, load=load, cores=os.cpu_count())
    write_section("startup", body)
    print(body)


STARTUP_SECTION = """## Start-up: process start to the first painted main window

`.venv/bin/python tests/benchmarks/bench_startup.py` — {rounds} alternating runs each, medians,
with compiled bytecode as an installed copy has it (see the script's docstring). Each child
process reports the moment of its window's first paint on the system's monotonic clock;
the time from just before it was spawned to then is the start-up.

{rows}
Load average during the run: {load:.1f} on {cores} cores (other agents' work).
"""


if __name__ == "__main__":
    arg = sys.argv[1:]
    main(before=Path(arg[1]) if arg[:1] == ["--before"] and len(arg) > 1 else None)
