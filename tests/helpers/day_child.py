"""The scripted day (tests/helpers/day.py) in a process of its own, for the crash test.

Usage: python day_child.py MODE FOLDER
  full       run the whole day into FOLDER/day.workshop and FOLDER/day.pdf
  crash      run it up to and including ``day.CRASH_AFTER``, print READY, then wait to be
             killed (the test sends SIGKILL)
  resume     open FOLDER/day.workshop as a restarted app would, check the running activity and
             its timer, reopen the projector and finish the day

The Qt platform comes from QT_QPA_PLATFORM (the test passes two offscreen screens).
Prints one line per finished step, flushed at once; errors go to stderr with exit code 1.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication


def main(mode: str, folder: Path) -> int:
    os.environ["WORKSHOP_DATA_DIR"] = str(folder / "userdata")
    app = QApplication(sys.argv[:1])
    from helpers import day as d
    from workshop.domain.models import ActivityKind, ActivityStatus
    from workshop.storage import read, read_board
    from workshop.ui import language
    from workshop.ui.theme import apply_theme

    english = language.install(app, "en")  # noqa: F841 (its plural forms, as the app at start)
    apply_theme(app)
    answers = d.Answers(folder)
    window = d.make_window(folder / "userdata", answers)
    app.processEvents()
    day = d.Day(window, answers, folder / "day.workshop", folder / "day.pdf")
    day.after_step = lambda name: print("STEP", name, flush=True)

    if mode == "full":
        day.run()
    elif mode == "crash":
        day.run(0, d.CRASH_AFTER)
        print("READY", flush=True)
        while True:
            time.sleep(1)
    elif mode == "resume":
        # The restarted app: the facilitator opens the file again (File › Open recent).
        assert window.open_path(day.path), answers.messages
        day.install_clock()
        minutes = 12
        day.set_time(d.CRASH_AFTER, minutes)
        current = read.activity(day.doc, day.page.current_activity_id())
        assert current is not None and current.kind is ActivityKind.BRAINSTORM, current
        assert current.status is ActivityStatus.RUNNING
        assert len(read_board.notes(day.doc, current.id)) == len(d.NOTES)
        panel = window.projector.panel
        panel.update_clock()
        left = current.timebox_minutes - minutes
        assert panel.digits.text() == f"{left:02d}:00", panel.digits.text()
        assert panel.start_pause.text() == "Pause"
        day.projector(d.STEPS.index("projector"), welcome=False)
        assert window.projector.controller.window.overlay.text() == f"{left:02d}:00"
        print("RESUMED", panel.digits.text(), flush=True)
        day.run(d.CRASH_AFTER + 1)
    else:
        print(f"unknown mode {mode!r}", file=sys.stderr)
        return 2
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], Path(sys.argv[2])))
