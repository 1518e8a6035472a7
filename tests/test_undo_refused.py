"""A refused undo or redo leaves the undo stack where it was, and says why.

Before: ``QUndoStack`` moved its index whatever the document did, so after a refused
undo the stack said "undone" while the file did not, and the next Redo raised
``sqlite3.IntegrityError`` out of a Qt override. The refusal is made real three ways
between the edit and the undo: the document turned read-only, the connection refusing
writes (a drive remounted read-only), and a full disk (RLIMIT_FSIZE, in a child).
"""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from helpers.operations import snapshot
from helpers.proc import run_python
from workshop.domain.errors import ValidationError
from workshop.storage import read_board
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.ops import board as board_ops
from workshop.storage.ops import participants
from workshop.ui import undo as undo_module
from workshop.ui.undo import ChangeCommand, UndoRunner, step

CHILD = Path(__file__).parent / "helpers" / "undo_disk_full_child.py"


class Stack:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.messages: list[str] = []
        self.stack = QUndoStack()
        self.runner = UndoRunner(doc, self.stack, None, report=self.messages.append)


@pytest.fixture
def undo(qtbot: QtBot, demo_doc: Document) -> Iterator[Stack]:
    harness = Stack(demo_doc)
    yield harness
    # Emptied while every command's wrapper is whole: a parentless stack left to the
    # cyclic garbage collector can crash the interpreter (tests/conftest.py).
    harness.stack.clear()


def _document_read_only(doc: Document, on: bool) -> None:
    doc.read_only = on


def _connection_refuses_writes(doc: Document, on: bool) -> None:
    doc.conn.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")


FLIPS: dict[str, Callable[[Document, bool], None]] = {
    "document read-only": _document_read_only,
    "writes refused": _connection_refuses_writes,
}


@pytest.mark.parametrize("flip", FLIPS)
def test_a_refused_undo_and_redo_leave_the_step_where_it_was(undo: Stack, flip: str) -> None:
    doc, stack = undo.doc, undo.stack
    before = snapshot(doc)
    undo.runner.run(participants.add_participant, "Zoë", "Biblioteka Miejska")
    after = snapshot(doc)
    assert stack.index() == 1

    FLIPS[flip](doc, True)
    stack.undo()
    assert stack.index() == 1 and stack.canUndo() and not stack.canRedo()
    assert snapshot(doc) == after and not doc.history()[-1].undone
    assert len(undo.messages) == 1 and "\n" not in undo.messages[0]
    stack.redo()  # there is nothing to redo, and nothing raises
    assert stack.index() == 1 and snapshot(doc) == after

    FLIPS[flip](doc, False)
    stack.undo()
    assert stack.index() == 0 and snapshot(doc) == before

    FLIPS[flip](doc, True)
    stack.redo()
    assert stack.index() == 0 and stack.canRedo() and snapshot(doc) == before
    assert len(undo.messages) == 2
    FLIPS[flip](doc, False)
    stack.redo()
    assert stack.index() == 1 and snapshot(doc) == after


def test_a_conflict_refuses_the_undo_and_the_stack_stays(undo: Stack) -> None:
    doc, stack = undo.doc, undo.stack
    note = read_board.notes(doc, 4)[0]
    undo.runner.run(board_ops.edit_note_text, note.id, "Ours")
    doc.conn.execute("UPDATE notes SET text = 'Typed in Datasette' WHERE id = ?", (note.id,))
    stack.undo()
    assert stack.index() == 1
    assert undo.messages and "Typed in Datasette" in undo.messages[0]


def test_a_jump_of_several_steps_stops_at_the_refused_one(undo: Stack) -> None:
    doc, stack = undo.doc, undo.stack
    first = undo.runner.run(participants.add_participant, "One")
    undo.runner.run(participants.add_participant, "Two")
    undo.runner.run(participants.add_participant, "Three")
    assert first is not None
    two = doc.conn.execute("SELECT id FROM participants WHERE name = 'Two'").fetchone()[0]
    doc.conn.execute("UPDATE participants SET name = 'Two (Datasette)' WHERE id = ?", (two,))
    stack.setIndex(0)
    assert stack.index() == 2  # "Three" undone; "Two" refused; "One" left alone
    names = {row[0] for row in doc.conn.execute("SELECT name FROM participants")}
    assert {"One", "Two (Datasette)"} <= names and "Three" not in names
    assert len(undo.messages) == 1 and "Two (Datasette)" in undo.messages[0]
    assert [e.undone for e in doc.history()][-3:] == [False, False, True]


@pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE")
def test_a_full_disk_between_edit_and_undo(tmp_path: Path) -> None:
    path = tmp_path / "full.workshop"
    Document.create(path).close()
    result = run_python(CHILD, path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr and "IntegrityError" not in result.stderr
    got = json.loads(result.stdout)
    assert got["after_edit"] == [1, ["Zoë Ñúñez"]]
    assert got["refused_undo"] == [1, False, ["Zoë Ñúñez"]]
    assert got["redo_after_refused_undo"] == 1
    assert got["undo_with_room"] == [0, []]
    assert got["refused_redo"] == [0, True, []]
    assert got["redo_with_room"] == [1, ["Zoë Ñúñez"]]
    assert got["history"] == [["Add participant “Zoë Ñúñez”", False]]
    assert len(got["messages"]) == 2
    for message in got["messages"]:
        assert message.startswith("The change could not be saved:") and "disk" in message


# ---------------------------------------------------------------------------- gestures


def test_a_drag_of_clusters_and_notes_is_one_transaction(
    qtbot: QtBot, demo_doc: Document
) -> None:
    from workshop.ui.board.screen import BoardScreen
    from workshop.ui.screens.base import ScreenContext

    undo = Stack(demo_doc)
    screen = BoardScreen(ScreenContext(demo_doc, undo.runner), 4)
    qtbot.addWidget(screen)
    clusters = read_board.clusters(demo_doc, 4)[:2]
    loose = [n for n in read_board.notes(demo_doc, 4) if n.cluster_id is None][:1]
    before = snapshot(demo_doc)
    history = len(demo_doc.history())
    heard: list[Change] = []
    demo_doc.subscribe(heard.append)

    screen.scene.dragFinished.emit(
        {n.id: (n.x, n.y + 4000) for n in loose},
        {c.id: (c.x + 3000, c.y + 3000) for c in clusters},
    )
    assert len(heard) == 1, "one commit, one report"
    assert len(demo_doc.history()) == history + 1
    assert undo.stack.count() == 1
    assert undo.stack.undoText() == "Move 2 clusters and 1 note"
    moved = {c.id: (c.x, c.y) for c in read_board.clusters(demo_doc, 4)}
    assert all(moved[c.id] != (c.x, c.y) for c in clusters)
    undo.stack.undo()
    assert snapshot(demo_doc) == before


def test_a_gesture_with_a_refused_part_keeps_nothing(undo: Stack) -> None:
    doc = undo.doc
    note = read_board.notes(doc, 4)[0]
    before, history = snapshot(doc), len(doc.history())
    change = undo.runner.run_all(
        "Move cluster and note",
        [
            step(board_ops.move_notes, {note.id: (note.x + 500, note.y)}),
            step(board_ops.move_cluster, 999_999, 0.0, 0.0),  # gone: refused
        ],
    )
    assert change is None and undo.messages == ["That cluster no longer exists."]
    assert snapshot(doc) == before and len(doc.history()) == history
    assert undo.stack.count() == 0


def test_an_inner_edit_reports_its_own_rows_and_the_outer_one_commits(demo_doc: Document) -> None:
    with demo_doc.edit("Two steps") as outer:
        first = participants.add_participant(demo_doc, "A")
        second = participants.add_participant(demo_doc, "B")
        with pytest.raises(ValidationError):
            participants.add_participant(demo_doc, "")
    assert first.inserted("participants") and second.inserted("participants")
    assert first.history_id is None and second.history_id is None
    assert outer.change is not None and outer.change.history_id is not None
    assert outer.change.inserted("participants") == [
        *first.inserted("participants"), *second.inserted("participants")
    ]


# ---------------------------------------------------------------------------- merge keys


def test_merge_keys_are_not_kept_for_the_life_of_the_process() -> None:
    held = [
        name for name, value in vars(undo_module).items()
        if isinstance(value, dict | list | set) and not name.startswith("__")
    ]
    assert held == [], "no module-level registry of merge keys"


def test_different_keys_with_the_same_number_do_not_merge(undo: Stack) -> None:
    seen: dict[int, str] = {}
    key = 0
    while True:
        text = f"board-nudge-{key}"
        number = zlib.crc32(text.encode()) & 0x7FFFFFFF
        if number in seen:
            first, second = seen[number], text
            break
        seen[number] = text
        key += 1
    undo.runner.run(participants.add_participant, "A", merge_key=first)
    undo.runner.run(participants.add_participant, "B", merge_key=second)
    assert undo.stack.count() == 2
    undo.runner.run(participants.add_participant, "C", merge_key=second)
    assert undo.stack.count() == 2  # the same key merges
    assert isinstance(undo.stack.command(1), ChangeCommand)
