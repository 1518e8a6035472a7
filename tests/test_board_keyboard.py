"""The board without a mouse and for a screen reader: focus ring, current note, arrow keys,
selection keys, editing keys, and the list of notes in reading order (the real corpus)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from helpers.corpus import IDEAS, PEOPLE, add_people, fill_board
from test_board_ui import Board, dispose, open_screen
from workshop.domain import board as b
from workshop.domain import board_reading as reading
from workshop.domain.models import ActivityKind
from workshop.storage.document import Document
from workshop.storage.ops import agenda, details
from workshop.storage.ops import board as ops
from workshop.ui.board.items import NOTE_TEXT_PX
from workshop.ui.board.view import READABLE_TEXT_PX, NoteEditor

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def room(qtbot: QtBot, tmp_path: Path) -> Iterator[Board]:
    """A board holding the shared corpus: 96 long multilingual ideas, eight clusters."""
    doc = Document.create(tmp_path / "room.workshop")
    people = add_people(doc)
    details.update_details(doc, anonymous=False)
    activity = agenda.add_activity(
        doc, ActivityKind.BRAINSTORM, "Ideas", "What should we do next?"
    ).inserted("activities")[0]
    fill_board(doc, activity, authors=people)
    board = open_screen(qtbot, doc, activity)
    board.screen.resize(1366, 738)
    yield board
    dispose(board.screen)
    doc.close()


def _focus_board(qtbot: QtBot, board: Board) -> None:
    board.screen.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(board.screen.view.hasFocus)


def test_focusing_the_board_draws_a_ring_and_a_current_note(qtbot: QtBot, room: Board) -> None:
    view = room.screen.view
    before = view.viewport().grab().toImage()
    _focus_board(qtbot, room)
    current = view.keys.current
    assert current is not None and room.scene.notes[current].current
    after = view.viewport().grab().toImage()
    assert before != after
    # The ring is on the viewport's edge in the accent colour.
    edge = after.pixelColor(1, after.height() // 2).name()
    assert edge == "#2f6fb2"
    view.clearFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert not room.scene.notes[current].current


def test_arrows_walk_in_reading_order_then_spatially(qtbot: QtBot, room: Board) -> None:
    view = room.screen.view
    _focus_board(qtbot, room)
    order = view.keys.order()
    assert sorted(order) == sorted(room.scene.notes)  # every note is reachable
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.keys.current == order[0]
    for expected in order[1:6]:
        qtbot.keyClick(view, Qt.Key.Key_Right)
        assert view.keys.current == expected
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.keys.current == order[4]
    start = room.scene.notes[order[0]].note
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    below = room.scene.notes[view.keys.current].note  # type: ignore[index]
    assert below.y > start.y and abs(below.x - start.x) < b.NOTE_WIDTH
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.keys.current == order[0]
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.keys.current == order[-1]
    # Every move is read out: the board's accessible description is the current note.
    note = room.scene.notes[order[-1]].note
    described = QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Description)
    assert " ".join(note.text.split()) in described and f"{len(order)} of {len(order)}" in described


def test_space_and_shift_arrows_select_ctrl_arrows_nudge(qtbot: QtBot, room: Board) -> None:
    view = room.screen.view
    _focus_board(qtbot, room)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    first = view.keys.current
    assert room.scene.selected_note_ids() == []
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert room.scene.selected_note_ids() == [first]
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
    order = view.keys.order()
    assert room.scene.selected_note_ids() == sorted(order[:3])
    qtbot.keyClick(view, Qt.Key.Key_Space)  # unselects the current (third) note
    assert room.scene.selected_note_ids() == sorted(order[:2])
    x_before = {n: room.scene.notes[n].note.x for n in order[:2]}
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
    for note_id, x in x_before.items():
        assert room.scene.notes[note_id].note.x == pytest.approx(x + b.NUDGE)
    assert view.keys.current == order[2]  # Ctrl+arrow nudges, it does not move the current
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert room.scene.selected_note_ids() == []


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_F2])
def test_enter_and_f2_edit_the_current_note(qtbot: QtBot, room: Board, key: Qt.Key) -> None:
    view = room.screen.view
    _focus_board(qtbot, room)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    current = view.keys.current
    assert current is not None
    qtbot.keyClick(view, key)
    editors = [e for e in view.viewport().findChildren(NoteEditor) if e.isVisible()]
    assert len(editors) == 1
    assert editors[0].toPlainText() == room.scene.notes[current].note.text


def test_the_list_mirrors_the_board_in_reading_order(qtbot: QtBot, room: Board) -> None:
    screen = room.screen
    assert not screen.outline.isVisible()  # no screen reader in the tests
    qtbot.keyClick(screen, Qt.Key.Key_L, CTRL)
    assert screen.outline.isVisible() and screen.list_button.isChecked()
    outline = screen.outline
    assert outline.note_ids() == screen.view.keys.order()
    assert len(outline.note_ids()) == len(IDEAS)
    # Clusters first come with their notes; every row says its note in words, with author.
    top = [outline.topLevelItem(i) for i in range(outline.topLevelItemCount())]
    clusters = [t for t in top if t.childCount()]
    assert len(clusters) == 8
    first = clusters[0].child(0)
    note = room.scene.notes[first.data(0, Qt.ItemDataRole.UserRole)].note
    author = room.scene.author_name(note)
    spoken = first.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert author and f"by {author}" in spoken and " ".join(note.text.split()) in spoken
    assert clusters[0].text(0).startswith("Cluster “")
    # Read it through Qt's accessibility tree: the list and its rows are there.
    tree = QAccessible.queryAccessibleInterface(outline)
    assert tree.text(QAccessible.Text.Name) == "Notes in reading order"
    names = _all_names(tree)
    assert sum(1 for n in names if "note" in n) >= len(IDEAS)
    # Selecting a row selects the note on the board, and back.
    outline.setCurrentItem(first)
    assert room.scene.selected_note_ids() == [note.id]
    room.scene.select_only([outline.note_ids()[5]])
    assert [outline.row_of(outline.note_ids()[5])] == outline.selectedItems()
    # A change on the board shows in the list at once.
    room.screen.ctx.runner.run(ops.edit_note_text, note.id, "Changed for the list")
    assert "Changed for the list" in outline.row_of(note.id).text(0)  # type: ignore[union-attr]


def _all_names(interface: QAccessible | object, depth: int = 0) -> list[str]:
    result: list[str] = []
    if interface is None or depth > 6:
        return result
    result.append(interface.text(QAccessible.Text.Name))  # type: ignore[attr-defined]
    for index in range(interface.childCount()):  # type: ignore[attr-defined]
        result += _all_names(interface.child(index), depth + 1)  # type: ignore[attr-defined]
    return result


def test_anonymous_boards_list_no_authors(qtbot: QtBot, room: Board) -> None:
    details.update_details(room.doc, anonymous=True)
    room.screen.set_outline_shown(True)
    for note_id in room.screen.outline.note_ids():
        row = room.screen.outline.row_of(note_id)
        assert row is not None
        spoken = row.data(0, Qt.ItemDataRole.AccessibleTextRole)
        assert not any(name in row.text(0) or name in spoken for name, _org in PEOPLE)


def test_a_board_opens_with_note_text_of_at_least_11_px(qtbot: QtBot, room: Board) -> None:
    """On a 1366 × 738 laptop window the corpus board opens with readable notes."""
    view = room.screen.view
    assert view.zoom() * NOTE_TEXT_PX >= READABLE_TEXT_PX
    assert READABLE_TEXT_PX >= 11


def test_reading_order_is_clusters_then_their_notes() -> None:
    def note(i: int, x: float, y: float, cluster: int | None = None) -> b.Note:
        return b.Note(i, 1, f"n{i}", None, 0, x, y, cluster, "")

    cluster = b.Cluster(7, 1, "Parks", 400, 0, 400, 300)
    notes = [note(1, 0, 0), note(2, 620, 60, 7), note(3, 420, 60, 7), note(4, 0, 400)]
    blocks = reading.reading_order(notes, [cluster])
    assert [blk.cluster.id if blk.cluster else None for blk in blocks] == [None, 7, None]
    assert reading.note_sequence(blocks) == [1, 3, 2, 4]
    positions = {n.id: (n.x, n.y) for n in notes}
    assert reading.nearest(positions, 1, 0, 1) == 4
    assert reading.nearest(positions, 4, 0, 1) is None
    assert reading.step([1, 3, 2, 4], 4, 1) == 4
    assert reading.step([1, 3, 2, 4], None, -1) == 4


def test_the_list_is_there_at_once_for_a_screen_reader(
    qtbot: QtBot, room: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With assistive technology running (``QAccessible.isActive()``), a board opens with
    its notes list shown."""
    from workshop.ui.board import screen as board_screen

    monkeypatch.setattr(board_screen.QAccessible, "isActive", staticmethod(lambda: True))
    second = open_screen(qtbot, room.doc, room.activity_id)
    try:
        assert second.screen.outline.isVisible() and second.screen.list_button.isChecked()
        assert len(second.screen.outline.note_ids()) == len(IDEAS)
    finally:
        dispose(second.screen)
