"""Undo and redo refuse, with a sentence, to overwrite what changed outside the history.

The file is edited between a step and its undo the way the README invites people to:
with sqlite-utils on a second connection (as Datasette or a script would). The undo
is refused, names what changed, and writes nothing; clock writes, which are saved
outside the history on purpose, never trip it in normal use.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from helpers.operations import snapshot
from workshop.domain.actions import ActionStatus
from workshop.domain.models import ActivityKind
from workshop.storage import read_board
from workshop.storage.document import Document
from workshop.storage.errors import ConflictError
from workshop.storage.ops import actions, agenda, board, participants, timer

NOW = 1_800_000_000.0



def _board(doc: Document) -> int:
    row = doc.conn.execute("SELECT id FROM activities WHERE kind = 'brainstorm'").fetchone()
    return int(row[0])


def _outside(path: Path) -> Database:
    """Another program's connection to the same file."""
    return Database(path)


def test_an_edit_from_sqlite_utils_refuses_the_undo_and_says_what_changed(
    demo_path: Path,
) -> None:
    with Document.open(demo_path) as doc:
        change = board.edit_note_text(doc, read_board.notes(doc, _board(doc))[0].id, "Ours")
        note_id = change.ids("notes").pop()
        other = _outside(demo_path)
        other["notes"].update(note_id, {"text": "Theirs, typed in Datasette"})
        other.conn.close()
        before, history = snapshot(doc), doc.history()

        with pytest.raises(ConflictError) as caught:
            doc.undo(change)
        message = str(caught.value)
        assert message.startswith("Cannot undo “Edit note “Ours””:")
        assert "note “Theirs, typed in Datasette”" in message and "(its text)" in message
        assert "sqlite-utils or Datasette" in message and "Nothing was undone" in message
        assert "\n" not in message
        assert snapshot(doc) == before and doc.history() == history


def test_an_edit_to_another_column_of_the_row_is_kept_and_does_not_block(
    demo_path: Path,
) -> None:
    with Document.open(demo_path) as doc:
        note = read_board.notes(doc, _board(doc))[0]
        change = board.move_notes(doc, {note.id: (note.x + 5000, note.y)}, regroup=False)
        other = _outside(demo_path)
        other["notes"].update(note.id, {"text": "Retyped elsewhere"})
        other.conn.close()
        doc.undo(change)  # the move is undone; the text typed elsewhere stays
        undone = read_board.note(doc, note.id)
        assert undone is not None
        assert (undone.x, undone.text) == (note.x, "Retyped elsewhere")


def test_a_row_deleted_outside_refuses_the_undo(demo_path: Path) -> None:
    with Document.open(demo_path) as doc:
        action = int(doc.conn.execute("SELECT min(id) FROM actions").fetchone()[0])
        change = actions.update_action(
            doc, action, what="Book the hall", owner=None, due="", status=ActionStatus.DOING
        )
        other = _outside(demo_path)
        other["actions"].delete(action)
        other.conn.close()
        gone = "since then the action “Book the hall” has been deleted"
        with pytest.raises(ConflictError, match=gone):
            doc.undo(change)
        assert doc.counts()["actions"] == 5


def test_a_row_added_in_the_place_of_an_undone_one_refuses_the_redo(demo_path: Path) -> None:
    with Document.open(demo_path) as doc:
        change = participants.add_participant(doc, "Zoë")
        (person,) = change.inserted("participants")
        doc.undo(change)
        other = _outside(demo_path)
        other["participants"].insert({"id": person, "name": "Added by a script"})
        other.conn.close()
        before = snapshot(doc)
        with pytest.raises(ConflictError, match=f"Cannot redo “Add .*”: since then a participant "
                                                f"\\(number {person}\\) has been added"):
            doc.redo(change)
        assert snapshot(doc) == before


def test_clock_writes_never_trip_undo_or_redo_in_normal_use(tmp_path: Path) -> None:
    """The clock is saved outside the history (time cannot be undone), between every step."""
    with Document.create(tmp_path / "day.workshop") as doc:
        steps = []
        steps.append(agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas"))
        (activity,) = steps[0].inserted("activities")
        timer.adjust_timer(doc, activity, 2)  # makes the clock row, outside the history
        steps.append(timer.start_activity(doc, activity, now=NOW))
        timer.pause_timer(doc, activity, now=NOW + 60)
        steps.append(board.add_note(doc, activity, "Wspólny kalendarz"))
        timer.resume_timer(doc, activity, now=NOW + 90)
        timer.adjust_timer(doc, activity, -1)
        steps.append(timer.finish_activity(doc, activity, now=NOW + 600))
        timer.reset_timer(doc, activity)
        assert all(s.history_id is not None for s in steps)
        for _ in range(2):
            for step in reversed(steps):
                doc.undo(step)
            assert doc.counts()["activities"] == 0 and doc.counts()["timers"] == 0
            for step in steps:
                doc.redo(step)
            assert doc.conn.execute("SELECT status FROM activities").fetchone() == ("done",)


def test_undoing_start_after_a_pause_puts_the_clock_back_where_start_found_it(
    tmp_path: Path,
) -> None:
    with Document.create(tmp_path / "clock.workshop") as doc:
        added = agenda.add_activity(doc, ActivityKind.WELCOME, "Hello")
        (activity,) = added.inserted("activities")
        start = timer.start_activity(doc, activity, now=NOW)
        timer.pause_timer(doc, activity, now=NOW + 30)
        doc.undo(start)
        assert doc.counts()["timers"] == 0
        doc.redo(start)
        running_since = doc.conn.execute("SELECT running_since FROM timers").fetchone()[0]
        assert running_since == NOW
