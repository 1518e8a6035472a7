"""A history entry this Workshop cannot read (a newer Workshop's form, or damage by another
program) never stops the file from opening: undo reaches back only to it, redo only up to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from workshop.domain.models import ActivityKind
from workshop.storage import read_board
from workshop.storage.document import Document
from workshop.storage.ops import agenda
from workshop.storage.ops import board as ops
from workshop.ui.undo import restore_history

IDEAS = (
    "Ławki i cień przy placu zabaw, bo latem dzieci nie mają gdzie odpocząć",
    "Un huerto comunitario detrás de la biblioteca, con riego por goteo",
    "مكتبة صغيرة للتبادل عند محطة الحافلات",
)
#: What a newer Workshop might write: a part of a form this one does not know.
FUTURE = '[["notes", 1, null, null, {"since": "2.0", "delta": "…"}]]'


def _board(path: Path) -> tuple[Document, int, list[int]]:
    doc = Document.create(path)
    activity = agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas").inserted("activities")[0]
    notes = [ops.add_note(doc, activity, text).inserted("notes")[0] for text in IDEAS]
    return doc, activity, notes


def _rewrite(path: Path, history_id: int, rows: str) -> None:
    """Another program (or a newer Workshop) writes an entry this one cannot read."""
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE history SET rows = ? WHERE id = ?", (rows, history_id))
    conn.close()


def test_undo_stops_at_an_entry_it_cannot_read(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "sala.workshop"
    doc, activity, notes = _board(path)
    ids = [entry.change.history_id for entry in doc.history()]
    doc.close()
    _rewrite(path, ids[2], FUTURE)  # the second note's entry (the first is the activity)
    with Document.open(path) as doc:
        entries = doc.history()
        assert [e.change.history_id for e in entries] == ids[3:]
        owner = QObject()
        stack = QUndoStack(owner)
        restore_history(doc, stack)
        assert stack.count() == 1
        assert stack.undoText() == f"Add note “{IDEAS[2]}”"
        stack.undo()
        assert [n.id for n in read_board.notes(doc, activity)] == notes[:2]
        assert not stack.canUndo()
        stack.redo()
        assert [n.id for n in read_board.notes(doc, activity)] == notes
        del owner


def test_redo_stops_before_an_undone_entry_it_cannot_read(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "sala.workshop"
    doc, activity, notes = _board(path)
    owner = QObject()
    stack = QUndoStack(owner)
    restore_history(doc, stack)
    stack.undo()
    stack.undo()  # the second and third notes are undone, can be redone
    ids = [entry.change.history_id for entry in doc.history()]
    doc.close()
    _rewrite(path, ids[-1], "not json at all {")  # the third note's entry is damaged
    with Document.open(path) as doc:
        entries = doc.history()
        assert [(e.change.history_id, e.undone) for e in entries] == [
            (ids[0], False), (ids[1], False), (ids[2], True)
        ]
        again = QUndoStack(owner)
        restore_history(doc, again)
        again.redo()
        assert [n.id for n in read_board.notes(doc, activity)] == notes[:2]
        assert not again.canRedo()
    del owner
