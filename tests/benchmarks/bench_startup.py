"""Process start to the first painted main window with the demo open, against a bare PySide6 window.

Run: .venv/bin/python tests/benchmarks/bench_startup.py
Both are measured as whole processes (interpreter start, imports, QApplication,
window, first paint, exit), alternating, in the same run.

Both run with compiled bytecode, as an installed copy has it (pip writes it at install,
PyInstaller bundles it): ``PYTHONDONTWRITEBYTECODE`` (set on these machines) is dropped
and the cache goes to a temporary ``PYTHONPYCACHEPREFIX``, warmed by one untimed run.
Without a cache every start compiles the app's ~60 modules from source; that figure is
reported too.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import write_section

PAINT_AND_QUIT = """
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
"""

BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    + PAINT_AND_QUIT
    + "w = QMainWindow(); w.resize(1400, 900)\n"
    "f = FirstPaint(); w.installEventFilter(f)\n"
    "w.show(); app.exec()\n"
)

APP = (
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication([])\n"
    + PAINT_AND_QUIT
    + "from workshop.ui.app import build_window\n"
    "w = build_window()\n"
    "w.open_demo()\n"
    "f = FirstPaint(); w.installEventFilter(f)\n"
    "w.show(); app.exec()\n"
)


def run(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def main(rounds: int = 15) -> None:
    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as cache:
        plain = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_DATA_DIR": data}
        plain["PYTHONDONTWRITEBYTECODE"] = "1"
        env = {k: v for k, v in plain.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        run(APP, env)  # writes the demo and the bytecode once: every timed run opens a file
        run(BARE, env)
        bare, app, uncached = [], [], []
        for _ in range(rounds):
            bare.append(run(BARE, env))
            app.append(run(APP, env))
            uncached.append(run(APP, plain))
    b, a, u = statistics.median(bare), statistics.median(app), statistics.median(uncached)
    body = f"""## Start-up: process start to the first painted main window

`.venv/bin/python tests/benchmarks/bench_startup.py` — {rounds} alternating runs each, medians,
with compiled bytecode as an installed copy has it (see the script's docstring).

| what | median |
|---|---|
| bare PySide6 script: empty QMainWindow, first paint, exit | {b:.0f} ms |
| Workshop: main window with the demo open, first paint, exit | {a:.0f} ms |
| **ratio** (target ≤ 2×) | **{a / b:.2f}×** |
| Workshop, no bytecode cache (compiles every module each start) | {u:.0f} ms ({u / b:.2f}×) |

Where the difference goes (in-process, after QApplication): importing the app's
modules ~90 ms (most of it PySide's per-class set-up as our widget classes are
defined, and the storage layer), building the window with its menus, run dock and
projector controller ~35 ms, opening the file (checks, backup, first screen) ~25 ms,
first paint ~13 ms. Already deferred to first use: sqlite-utils, the exporters
(reportlab), Designer forms, the stemmer, each activity kind's screen, and the
Participants, Details and Actions tabs.
"""
    write_section("startup", body)
    print(body)


if __name__ == "__main__":
    main()
