"""The projector and the run panel inside the real main window: menus, selection, changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar
from pytestqt.qtbot import QtBot

from helpers.windows import main_window, silent_questions
from workshop.domain import room
from workshop.domain.models import ActivityKind, ActivityStatus
from workshop.storage import read, read_board, read_votes
from workshop.storage.ops import agenda as agenda_ops
from workshop.storage.ops import voting
from workshop.ui.main_window import MainWindow
from workshop.ui.projector import tiles
from workshop.ui.projector.spotlight_view import SpotlightView
from workshop.ui.projector.state import Spotlight
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


def _room(controller: object) -> list[tuple[str, str]]:
    """What the room sees, after a real render: every item's kind and text, and the labels.

    The running clock is left out: it ticks on its own (29:59 after a busy second), and
    what is compared here is what the laptop's browsing might change.
    """
    window = controller.window  # type: ignore[attr-defined]
    window.picture()
    clock = window.overlay.text() if window.overlay.isVisibleTo(window) else None
    return [(item.kind, item.text) for item in window.room_items() if item.kind != room.TIMER] + [
        ("label", text) for text in window.texts() if text != clock
    ]


def test_the_room_sees_the_live_activity_not_the_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Browsing, selecting, editing and configuring other activities never changes the room;
    "Show in room" does, and starting an activity puts it live."""
    wiring = _wiring(window)
    assert window.open_demo()
    page, doc = window.page, window.doc
    assert page is not None and doc is not None
    controller, panel = wiring.controller, wiring.panel
    activities = read.activities(doc)
    brainstorm = next(a for a in activities if a.kind is ActivityKind.BRAINSTORM)
    vote = next(a for a in activities if a.kind is ActivityKind.DOT_VOTE)
    # F5 opens on the live activity: the running one, else the first not done.
    controller.toggle_action.trigger()
    qtbot.waitUntil(controller.window.isVisible)
    controller.window.resize(1280, 720)
    assert controller.state.activity_id == room.live_activity(activities, None)
    # Start the brainstorm (selected on the laptop): it goes live.
    page.agenda.select(brainstorm.id)
    qtbot.mouseClick(panel.start_activity, Qt.MouseButton.LeftButton)
    assert controller.state.activity_id == brainstorm.id
    assert panel.live_title.text() == f"Room sees: {brainstorm.title}"
    assert not panel.looking_at.isVisible()
    before = _room(controller)
    assert any(kind == room.NOTE for kind, _text in before)
    # Browse every other activity on the laptop: the room is not touched.
    for activity in activities:
        if activity.id == brainstorm.id:
            continue
        page.agenda.select(activity.id)
        assert page.current_activity_id() == activity.id
        assert controller.state.activity_id == brainstorm.id
        assert _room(controller) == before, activity.title
        assert panel.looking_at.text() == f"You are looking at: {activity.title}"
        assert panel.looking_at.isVisible() and panel.show_in_room.isEnabled()
    # Edit and configure the vote while looking at it: still the brainstorm in the room.
    page.agenda.select(vote.id)
    window.ctx.runner.run(  # type: ignore[union-attr]
        agenda_ops.update_activity, vote.id, kind=vote.kind, title="Vote: what first? (edited)",
        prompt="Three dots each", timebox_minutes=vote.timebox_minutes,
    )
    settings = read_votes.settings(doc, vote.id)
    window.ctx.runner.run(  # type: ignore[union-attr]
        voting.set_equal_org_weight, vote.id, not settings.equal_org_weight
    )
    assert _room(controller) == before
    # Show in room (Shift+F5): now the room sees the vote.
    controller.show_action.trigger()
    assert controller.state.activity_id == vote.id
    after = _room(controller)
    assert after != before
    assert ("title", "Vote: what first? (edited)") in after
    assert panel.live_title.text() == "Room sees: Vote: what first? (edited)"
    assert not panel.looking_at.isVisible()
    # Page Down / Page Up turn the room's pages from the laptop; the run panel says which.
    controller.show_in_room(brainstorm.id)
    controller.window.resize(1024, 768)
    QApplication.processEvents()
    pages = controller.page_count()
    assert pages > 1 and panel.page.isVisible() and controller.page_down_action.isEnabled()
    assert panel.page.text() == f"Page 1 of {pages}"
    first = _room(controller)
    controller.page_down_action.trigger()
    assert controller.page_index() == 1 and panel.page.text() == f"Page 2 of {pages}"
    assert _room(controller) != first
    controller.page_up_action.trigger()
    assert controller.page_index() == 0 and _room(controller) == first
    controller.window.resize(1280, 720)
    controller.show_in_room(vote.id)
    # Going back to the brainstorm on the laptop leaves the vote up.
    page.agenda.select(brainstorm.id)
    assert _room(controller) == after
    # Undo (of the settings change) does not move the room either.
    window.undo_stack.undo()
    assert controller.state.activity_id == vote.id


def test_start_finish_and_go_to_next(qtbot: QtBot, window: MainWindow) -> None:
    wiring = _wiring(window)
    assert window.open_demo()
    page, doc = window.page, window.doc
    assert page is not None and doc is not None
    controller, panel = wiring.controller, wiring.panel
    brainstorm = next(a for a in read.activities(doc) if a.kind is ActivityKind.BRAINSTORM)
    page.agenda.select(brainstorm.id)
    assert panel.activity_id == brainstorm.id
    controller.toggle()
    qtbot.waitUntil(controller.window.isVisible)
    # Start and finish from the run panel: undoable from the Edit menu, the projector follows.
    qtbot.mouseClick(panel.start_activity, Qt.MouseButton.LeftButton)
    assert read.activity(doc, brainstorm.id).status is ActivityStatus.RUNNING  # type: ignore[union-attr]
    assert controller.state.activity_id == brainstorm.id
    assert controller.window.overlay.isVisibleTo(controller.window)
    window.undo_stack.undo()
    assert read.activity(doc, brainstorm.id).status is ActivityStatus.PLANNED  # type: ignore[union-attr]
    assert not controller.window.overlay.isVisibleTo(controller.window)
    window.undo_stack.redo()
    wiring.finish_action.trigger()  # Activity › Finish activity
    # Finished: the board stays up for the room until the next activity starts or is sent.
    assert controller.state.activity_id == brainstorm.id
    assert panel.next_button.isVisible() or panel.next_label.text().startswith("Next: ")
    proposed = panel.proposed
    assert proposed is not None
    panel.next_button.click()
    assert page.current_activity_id() == proposed
    assert controller.state.activity_id == brainstorm.id
    wiring.start_action.trigger()
    assert controller.state.activity_id == proposed
    # Closing the workshop closes the projector and empties the panel.
    window.close_workshop()
    assert not controller.window.isVisible()
    assert panel.title.text() == "No workshop open"


def test_spotlight_from_the_board_and_escape(qtbot: QtBot, window: MainWindow) -> None:
    wiring = _wiring(window)
    assert window.open_demo()
    page, doc = window.page, window.doc
    assert page is not None and doc is not None
    controller = wiring.controller
    brainstorm = next(a for a in read.activities(doc) if a.kind is ActivityKind.BRAINSTORM)
    page.agenda.select(brainstorm.id)
    controller.toggle()
    qtbot.waitUntil(controller.window.isVisible)
    scene = page.screen.scene  # type: ignore[union-attr]
    note = read_board.notes(doc, brainstorm.id)[0]
    scene.notes[note.id].setSelected(True)
    controller.spotlight_action.trigger()
    assert controller.state.spotlight == Spotlight(room.NOTE, note.id)
    assert isinstance(controller.window.view, SpotlightView)
    items = [i for i in controller.window.room_items() if i.kind == room.NOTE]
    assert [i.id for i in items] == [note.id] and not items[0].elided
    assert items[0].px > 2 * tiles.NOTE_PX * 1280 / 1920 or items[0].px >= tiles.NOTE_PX
    assert controller.end_spotlight_action.isEnabled()
    controller.end_spotlight_action.trigger()  # Esc on the laptop
    assert controller.state.spotlight is None
    assert not isinstance(controller.window.view, SpotlightView)
    # A cluster with all its notes; Esc in the audience window returns too.
    scene.clearSelection()
    cluster = read_board.clusters(doc, brainstorm.id)[0]
    scene.clusters[cluster.id].setSelected(True)
    controller.spotlight_action.trigger()
    shown = {i.id for i in controller.window.room_items() if i.kind == room.NOTE}
    assert shown == {n.id for n in read_board.cluster_notes(doc, cluster.id)}
    controller.window.closeRequested.emit()
    assert controller.state.spotlight is None and controller.window.isVisible()
