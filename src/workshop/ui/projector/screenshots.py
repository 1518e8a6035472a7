"""Render the audience view of every activity kind of the demo into PNG files.

    QT_QPA_PLATFORM=offscreen python -m workshop.ui.projector.screenshots docs/screenshots

Used for the documentation, and to look at the projector the way the back of
the hall will: at 1280×720, in both themes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from workshop.domain.models import ActivityKind
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.ops import timer as timer_ops

SIZE = (1280, 720)
T0 = 1_800_000_000.0


def render_all(
    target: Path, *, light: bool = False, only: frozenset[str] | None = None
) -> list[Path]:
    """Write one picture per activity kind (``only``: these kinds, "agenda" for the agenda)."""
    from PySide6.QtWidgets import QApplication

    from workshop.demo import fill_demo
    from workshop.ui.projector.audience import AudienceWindow
    from workshop.ui.projector.state import PresentationState, Theme
    from workshop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)  # as in the app: the projector must look right under the laptop's theme
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        doc = Document.create(Path(folder) / "demo.workshop")
        try:
            fill_demo(doc)
            now = T0 + 14 * 60 + 25
            window = AudienceWindow(clock=lambda: now)
            window.resize(*SIZE)
            window.set_document(doc)
            doc.subscribe(window.on_change)
            seen: set[ActivityKind] = set()
            theme = Theme.LIGHT if light else Theme.DARK
            for activity in read.activities(doc):
                if activity.kind in seen or (only is not None and activity.kind not in only):
                    continue
                seen.add(activity.kind)
                timer_ops.start_activity(doc, activity.id, now=T0)
                window.set_state(PresentationState(activity_id=activity.id, theme=theme))
                window.show()
                _settle(app)
                suffix = "-light" if light else ""
                path = target / f"projector-{activity.kind.value}{suffix}.png"
                window.grab().save(str(path))
                written.append(path)
                if activity.kind is ActivityKind.DOT_VOTE:
                    written.append(_before_reveal(doc, window, activity.id, target, suffix))
                if activity.kind is ActivityKind.BUDGET:
                    written += _budget_shots(doc, window, activity.id, target, suffix)
                pages = getattr(window.view, "pages", [])
                if activity.kind is ActivityKind.BRAINSTORM and len(pages) > 1 and not light:
                    # The board too large to read whole: its next page, as the room sees it.
                    if window.view is not None:
                        window.view.show_page(1)
                    _settle(app)
                    path = target / f"projector-{activity.kind.value}-page2.png"
                    window.grab().save(str(path))
                    written.append(path)
            if only is None or "agenda" in only:
                window.set_state(PresentationState(activity_id=None, agenda=True, theme=theme))
                _settle(app)
                path = target / f"projector-agenda{'-light' if light else ''}.png"
                window.grab().save(str(path))
                written.append(path)
            window.close()
        finally:
            doc.close()
    return written


def _before_reveal(doc: Document, window: Any, vote_id: int, target: Path, suffix: str) -> Path:
    """The same vote while people are still voting: progress, items, no counts."""
    from PySide6.QtWidgets import QApplication

    from workshop.storage.ops import voting

    voting.set_revealed(doc, vote_id, False)
    _settle(QApplication.instance())
    path = target / f"projector-dot_vote-voting{suffix}.png"
    window.grab().save(str(path))
    voting.set_revealed(doc, vote_id, True)
    return path


def _budget_shots(
    doc: Document, window: Any, budget_id: int, target: Path, suffix: str
) -> list[Path]:
    """The participatory budget while people vote (costs only), then Equal Shares."""
    from PySide6.QtWidgets import QApplication

    from workshop.storage.ops import budgeting

    paths = []
    for name, revealed, rule in (("voting", False, "greedy"), ("mes", True, "mes-completed")):
        budgeting.set_revealed(doc, budget_id, revealed)
        budgeting.show_rule(doc, budget_id, rule)
        _settle(QApplication.instance())
        path = target / f"projector-budget-{name}{suffix}.png"
        window.grab().save(str(path))
        paths.append(path)
    budgeting.show_rule(doc, budget_id, "greedy")
    return paths


def _settle(app: Any) -> None:
    """Let layouts that refit their type run to the end, as the event loop would."""
    for _ in range(5):
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    target = Path(args[0]) if args else Path("docs/screenshots")
    light = frozenset({"welcome", "brainstorm", "agenda"})
    for path in render_all(target) + render_all(target, light=True, only=light):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
