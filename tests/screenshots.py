"""Render the main screens of the app on the demo into docs/screenshots/ (run on demand).

Run: .venv/bin/python tests/screenshots.py
Offscreen, at a fixed size, so the pictures in the README stay current.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        os.environ["WORKSHOP_DATA_DIR"] = data
        from workshop.domain.models import ActivityKind
        from workshop.storage import read
        from workshop.ui.app import build_window
        from workshop.ui.theme import apply_theme

        apply_theme(app)
        from workshop.ui.workshop_page import DETAILS_TAB, PARTICIPANTS_TAB

        window = build_window()
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        window.grab().save(str(OUT / "start.png"))
        window.open_demo()
        assert window.page is not None and window.doc is not None
        page = window.page
        shots = {"participants.png": PARTICIPANTS_TAB, "details.png": DETAILS_TAB}
        for name, tab in shots.items():
            page.tabs.setCurrentIndex(tab)
            app.processEvents()
            window.grab().save(str(OUT / name))
        for activity in read.activities(window.doc):
            if activity.kind == ActivityKind.BRAINSTORM:
                page.agenda.select(activity.id)
                page.tabs.setCurrentIndex(0)
                app.processEvents()
                window.grab().save(str(OUT / "main-window.png"))
                break
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
