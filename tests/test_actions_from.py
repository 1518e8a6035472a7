"""Add an action from a note, a cluster, a vote result and a commitment.

Each gesture is one undo step and the Actions tab shows the action at once, with
where it came from.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from helpers.tables import texts
from workshop.domain.actions import SourceKind
from workshop.domain.models import ActivityKind
from workshop.domain.reciprocity import CardKind, Party
from workshop.storage import read, read_actions, read_board
from workshop.storage.document import Document
from workshop.storage.ops import agenda
from workshop.storage.ops import reciprocity as reciprocity_ops
from workshop.ui.actions_panel import NO_SOURCE, SOURCE, WHAT, ActionsPanel
from workshop.ui.board.screen import ACTION_TEXT_MAX, BoardScreen, action_text
from workshop.ui.screens.base import ScreenContext
from workshop.ui.undo import UndoRunner
from workshop.ui.vote.results import RankingTable
from workshop.ui.vote.screen import VoteScreen

MAKE_ACTION = (
    Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
)


@dataclass
class Room:
    doc: Document
    ctx: ScreenContext
    stack: QUndoStack
    messages: list[str]
    actions: ActionsPanel

    def listed(self) -> list[tuple[str, str]]:
        """What the Actions tab shows: (what, where it came from or "") per row."""
        table = self.actions.table

        sources = ["" if text == NO_SOURCE else text for text in texts(table, SOURCE)]
        return sorted(zip(texts(table, WHAT), sources, strict=True))


def _close(widget: QWidget) -> None:
    if shiboken6.isValid(widget):
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def room(qtbot: QtBot, demo_doc: Document) -> Iterator[Room]:
    messages: list[str] = []
    stack = QUndoStack()
    ctx = ScreenContext(demo_doc, UndoRunner(demo_doc, stack, None, report=messages.append))
    actions = ActionsPanel(ctx, today=lambda: date(2026, 12, 1))
    stack.setParent(actions)  # Qt deletes it, not the GC (see conftest)
    unsubscribe = demo_doc.subscribe(actions.on_change)
    yield Room(demo_doc, ctx, stack, messages, actions)
    unsubscribe()
    _close(actions)


def _activity(doc: Document, kind: ActivityKind) -> int:
    return next(a.id for a in read.activities(doc) if a.kind is kind)


@pytest.fixture
def board(qtbot: QtBot, room: Room) -> Iterator[BoardScreen]:
    screen = BoardScreen(room.ctx, _activity(room.doc, ActivityKind.BRAINSTORM))
    unsubscribe = room.doc.subscribe(screen.on_change)
    screen.resize(1200, 800)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    yield screen
    unsubscribe()
    _close(screen)


def test_a_note_becomes_an_action_with_the_shortcut(
    qtbot: QtBot, room: Room, board: BoardScreen
) -> None:
    before = room.listed()
    note = next(n for n in read_board.notes(room.doc, board.activity_id) if n.cluster_id)
    board.scene.select_only([note.id])
    board.view.setFocus()
    qtbot.keyClick(board.view, *MAKE_ACTION)
    (action,) = [a for a in read_actions.actions(room.doc) if a.source_kind is SourceKind.NOTE
                 and a.source_id == note.id]
    assert action.what == " ".join(note.text.split())
    assert (action.what, action.source_text) in room.listed()
    assert room.stack.count() == 1
    room.stack.undo()
    assert room.listed() == before
    room.stack.redo()
    assert (action.what, action.source_text) in room.listed()


def test_notes_and_a_cluster_become_actions_in_one_undo_step(
    qtbot: QtBot, room: Room, board: BoardScreen
) -> None:
    before = room.listed()
    cluster = read_board.clusters(room.doc, board.activity_id)[0]
    notes = read_board.notes(room.doc, board.activity_id)
    inside = [n.id for n in notes if n.cluster_id == cluster.id][:2]
    loose = [n.id for n in notes if n.cluster_id is None][:2]
    # The cluster's own notes come with it: they do not become actions of their own.
    board.scene.select_only(inside + loose, [cluster.id])
    board.view.setFocus()
    qtbot.keyClick(board.view, *MAKE_ACTION)
    added = [a for a in read_actions.actions(room.doc) if (a.what, a.source_text) not in before]
    assert sorted((a.source_kind, a.source_id) for a in added) == sorted(
        [(SourceKind.CLUSTER, cluster.id)] + [(SourceKind.NOTE, n) for n in loose]
    )
    assert f"Cluster: {cluster.title}" in [s for _w, s in room.listed()]
    assert room.stack.count() == 1
    room.stack.undo()
    assert room.listed() == before


def test_nothing_selected_says_what_to_do(qtbot: QtBot, room: Room, board: BoardScreen) -> None:
    board.scene.clearSelection()
    board.view.setFocus()
    qtbot.keyClick(board.view, *MAKE_ACTION)
    assert "Select a note or a cluster" in room.messages[-1]
    assert room.stack.count() == 0


# A popup menu asks the offscreen platform for things it cannot do (raise, keyboard grab).
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_board_context_menu_offers_make_action(
    qtbot: QtBot, room: Room, board: BoardScreen
) -> None:
    note = read_board.notes(room.doc, board.activity_id)[0]
    item = board.scene.notes[note.id]
    pos = board.view.mapFromScene(item.sceneBoundingRect().center())
    chosen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        entry = next(a for a in menu.actions() if a.text() == "Make action")
        chosen.append(entry.shortcut().toString())
        menu.close()
        entry.trigger()

    QTimer.singleShot(0, pick)
    board.view.customContextMenuRequested.emit(pos)
    qtbot.waitUntil(lambda: bool(chosen))
    assert chosen == ["Ctrl+Shift+T"]
    assert any(
        a.source_kind is SourceKind.NOTE and a.source_id == note.id
        for a in read_actions.actions(room.doc)
    )


def test_a_long_note_is_cut_to_an_action_line() -> None:
    text = action_text("word " * 400)
    assert len(text) == ACTION_TEXT_MAX and text.endswith("…")
    assert action_text("two\nlines") == "two lines"


# ------------------------------------------------------------------ vote results


def select_rows(table: RankingTable, rows: list[int]) -> None:
    """Select rows through the model (selectRow would toggle if a modifier seemed held)."""
    flags = QItemSelectionModel.SelectionFlag
    model = table.selectionModel()
    model.clearSelection()
    for row in rows:
        model.select(table.model().index(row, 0), flags.Select | flags.Rows)


@pytest.fixture
def vote(qtbot: QtBot, room: Room) -> Iterator[VoteScreen]:
    screen = VoteScreen(room.ctx, _activity(room.doc, ActivityKind.DOT_VOTE))
    unsubscribe = room.doc.subscribe(screen.on_change)
    screen.resize(1400, 900)
    screen.show()
    qtbot.waitExposed(screen)
    screen.tabs.setCurrentWidget(screen.results)
    yield screen
    unsubscribe()
    _close(screen)


def test_a_vote_result_becomes_an_action(qtbot: QtBot, room: Room, vote: VoteScreen) -> None:
    ranking = vote.findChild(RankingTable, "voteRanking")
    assert ranking is not None and ranking.rowCount() > 2
    top = ranking.item(0, 1).text()
    ranking.setFocus()
    select_rows(ranking, [0])
    qtbot.keyClick(ranking, *MAKE_ACTION)
    vote_title = read.activity(room.doc, vote.activity_id).title
    assert (top, f"Vote result: {vote_title}") in room.listed()
    assert room.stack.count() == 1
    # The button does the same for two rows at once, in one undo step.
    select_rows(ranking, [1, 2])
    qtbot.mouseClick(vote.findChild(QWidget, "voteMakeAction"), Qt.MouseButton.LeftButton)
    assert room.stack.count() == 2
    listed = room.listed()
    for row in (1, 2):
        assert (ranking.item(row, 1).text(), f"Vote result: {vote_title}") in listed
    room.stack.undo()
    assert (ranking.item(1, 1).text(), f"Vote result: {vote_title}") not in room.listed()
    room.stack.undo()
    assert (top, f"Vote result: {vote_title}") not in room.listed()


# A popup menu asks the offscreen platform for things it cannot do (raise, keyboard grab).
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_vote_ranking_context_menu_makes_an_action(
    qtbot: QtBot, room: Room, vote: VoteScreen
) -> None:
    ranking = vote.findChild(RankingTable, "voteRanking")
    assert ranking is not None
    rect = ranking.visualItemRect(ranking.item(1, 1))
    chosen: list[bool] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        entry = next(a for a in menu.actions() if a.text() == "Make action")
        menu.close()
        entry.trigger()
        chosen.append(True)

    QTimer.singleShot(0, pick)
    ranking.customContextMenuRequested.emit(rect.center())
    qtbot.waitUntil(lambda: bool(chosen))
    assert ranking.selected_titles() == [ranking.item(1, 1).text()]
    assert ranking.item(1, 1).text() in [w for w, _s in room.listed()]


def test_hidden_results_make_no_action(qtbot: QtBot, room: Room, vote: VoteScreen) -> None:
    from workshop.storage.ops import voting

    room.ctx.runner.run(voting.set_revealed, vote.activity_id, False)
    vote.results.make_action_from_selected()
    assert "Reveal the results first" in room.messages[-1]
    assert room.stack.count() == 1  # only the hiding


# ------------------------------------------------------------------ commitments


def test_a_confirmed_commitment_puts_its_action_on_the_list(qtbot: QtBot, room: Room) -> None:
    doc = room.doc
    activity = int(
        agenda.add_activity(doc, ActivityKind.OFFERS_ASKS, "More offers").inserted("activities")[0]
    )
    offer = reciprocity_ops.add_card(
        doc, activity, CardKind.OFFER, Party.group("Riverside Library"), "Meeting room on Tuesdays"
    ).inserted("reciprocity_cards")[0]
    ask = reciprocity_ops.add_card(
        doc, activity, CardKind.ASK, Party.group("Youth Forum"), "A room for our meetings"
    ).inserted("reciprocity_cards")[0]
    before = room.listed()
    change = room.ctx.runner.run(reciprocity_ops.confirm_match, offer, ask)
    assert change is not None
    (commitment_id,) = change.inserted("commitments")
    action = read_actions.commitment_action(doc, commitment_id)
    assert action is not None and action.source_kind is SourceKind.COMMITMENT
    assert (action.what, action.source_text) in room.listed()
    room.stack.undo()
    assert room.listed() == before

