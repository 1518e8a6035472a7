"""What happens to rows that refer to something being removed.

One place for these rules, so removing a participant, an activity or a note
behaves the same from every screen. The deletes and updates run inside the
caller's edit, so they are captured and one undo restores everything.
"""

from __future__ import annotations

import sqlite3


def before_participant_removed(conn: sqlite3.Connection, participant_id: int) -> None:
    """Their notes stay on the board, as anonymous notes."""
    conn.execute("UPDATE notes SET author_id = NULL WHERE author_id = ?", (participant_id,))


def before_activity_removed(conn: sqlite3.Connection, activity_id: int) -> None:
    """An activity's board goes with it (undo brings it back)."""
    note_ids = [
        row[0] for row in conn.execute("SELECT id FROM notes WHERE activity_id = ?", (activity_id,))
    ]
    before_notes_removed(conn, note_ids)
    conn.execute("DELETE FROM notes WHERE activity_id = ?", (activity_id,))
    conn.execute("DELETE FROM clusters WHERE activity_id = ?", (activity_id,))
    conn.execute("DELETE FROM timers WHERE activity_id = ?", (activity_id,))


def before_notes_removed(conn: sqlite3.Connection, note_ids: list[int]) -> None:
    """Nothing refers to notes yet; votes will (issue 4)."""
