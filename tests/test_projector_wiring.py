"""The projector and the run panel inside the real main window: menus, selection, changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QToolBar
from pytestqt.qtbot import QtBot

from helpers.windows import main_window, silent_questions
from workshop.domain.models import ActivityKind, ActivityStatus
from workshop.storage import read
from workshop.ui.main_window import MainWindow
from workshop.ui.projector.wiring import ProjectorWiring


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    messages: list[str] = []
    win = main_window(data_dir, silent_questions(messages))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _wiring(window: MainWindow) -> ProjectorWiring:
    existing = getattr(window, "projector", None)
    return existing if isinstance(existing, ProjectorWiring) else ProjectorWiring(window)


def test_menu_toolbar_and_dock_are_in_the_window(window: MainWindow) -> None:
    wiring = _wiring(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Projector" in titles
    assert titles.index("&Projector") < titles.index("&Help")
    assert window.findChild(QToolBar, "projectorToolBar") is not None
    assert window.findChild(QDockWidget, "runDock") is not None
    assert wiring.panel.title.text() == "No workshop open"


def test_follows_the_agenda_and_the_document(qtbot: QtBot, window: MainWindow) -> None:
    wiring = _wiring(window)
    assert window.open_demo()
    page, doc = window.page, window.doc
    assert page is not None and doc is not None
    controller, panel = wiring.controller, wiring.panel
    assert controller.state.activity_id == page.current_activity_id()
    brainstorm = next(a for a in read.activities(doc) if a.kind is ActivityKind.BRAINSTORM)
    page.agenda.select(brainstorm.id)
    assert controller.state.activity_id == brainstorm.id
    assert panel.activity_id == brainstorm.id
    controller.toggle()
    qtbot.waitUntil(controller.window.isVisible)
    # Start and finish from the run panel: undoable from the Edit menu, the projector follows.
    qtbot.mouseClick(panel.start_activity, Qt.MouseButton.LeftButton)
    assert read.activity(doc, brainstorm.id).status is ActivityStatus.RUNNING  # type: ignore[union-attr]
    assert controller.window.overlay.isVisibleTo(controller.window)
    window.undo_stack.undo()
    assert read.activity(doc, brainstorm.id).status is ActivityStatus.PLANNED  # type: ignore[union-attr]
    assert not controller.window.overlay.isVisibleTo(controller.window)
    window.undo_stack.redo()
    wiring.finish_action.trigger()  # Activity › Finish activity
    assert panel.next_button.isVisible() or panel.next_label.text().startswith("Next: ")
    proposed = panel.proposed
    assert proposed is not None
    panel.next_button.click()
    assert page.current_activity_id() == proposed
    assert controller.state.activity_id == proposed
    # Closing the workshop closes the projector and empties the panel.
    window.close_workshop()
    assert not controller.window.isVisible()
    assert panel.title.text() == "No workshop open"
