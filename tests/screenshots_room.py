"""Render the purpose, offers/asks and pulse audience views with a real room's content.

Run: .venv/bin/python tests/screenshots_room.py
Ten parties with long purpose statements, 60 offers and asks, the five collective-impact
pulse statements asked twice (tests/helpers/room_day.py), at 1920×1080, every page:
docs/screenshots/room-*.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    app = QApplication(sys.argv[:1])
    from tests.helpers import room_day

    from workshop.storage import read_pulse
    from workshop.storage.document import Document
    from workshop.storage.ops import pulse as pulse_ops
    from workshop.storage.ops import purpose as purpose_ops
    from workshop.ui.projector.audience import AudienceWindow
    from workshop.ui.projector.state import PresentationState

    def settle() -> None:
        for _ in range(6):
            app.processEvents()

    with tempfile.TemporaryDirectory() as folder:
        os.environ["WORKSHOP_DATA_DIR"] = folder
        doc = Document.create(Path(folder) / "room.workshop")
        day = room_day.build(doc, cards=60)
        purpose_ops.set_purpose_settings(doc, day.purpose, themes_shown=True)
        window = AudienceWindow()
        window.resize(1920, 1080)
        window.set_document(doc)
        window.show()

        def shoot(name: str, activity_id: int) -> None:
            window.set_state(PresentationState(activity_id=activity_id))
            settle()
            view = window.view
            assert view is not None
            for index in range(view.page_count()):
                view.show_page(index)
                settle()
                suffix = f"-page{index + 1}" if index else ""
                window.grab().save(str(OUT / f"room-{name}{suffix}.png"))

        shoot("purpose-statements", day.purpose)
        room_day.add_pairs(doc, day)
        window.set_document(doc)
        shoot("purpose-pairs", day.purpose)
        room_day.add_draft_with_ratings(doc, day)
        window.set_document(doc)
        shoot("purpose-draft", day.purpose)
        shoot("offers-asks", day.offers)
        statements = read_pulse.statements(doc, day.pulse)
        pulse_ops.show_on_screen(doc, statements[1].id)
        window.set_document(doc)
        shoot("pulse-statement", day.pulse)
        pulse_ops.show_on_screen(doc, statements[1].id, shift=True)
        window.set_document(doc)
        shoot("pulse-shift", day.pulse)
        window.close()
        doc.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
