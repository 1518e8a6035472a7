"""Pulse checks: statements and their scales, rounds, paper tallies and answers one by one."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from workshop.domain import validation as v
from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind
from workshop.domain.pulse import IMPACT_CONDITIONS, Scale, check_count, condition
from workshop.storage.changes import Change
from workshop.storage.document import Document

STATEMENT_MAX = 500
ROUND_LABEL_MAX = 60


def _require_activity(conn: sqlite3.Connection, activity_id: int) -> None:
    row = conn.execute("SELECT kind FROM activities WHERE id = ?", (activity_id,)).fetchone()
    if row is None:
        raise ValidationError("That activity no longer exists.")
    if row[0] != ActivityKind.PULSE.value:
        raise ValidationError("Statements can only be added to a pulse check activity.")


def _insert_statement(
    conn: sqlite3.Connection,
    activity_id: int,
    text: str,
    scale: Scale,
    condition_key: str,
    round_label: str,
) -> int:
    position = conn.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM pulse_statements WHERE activity_id = ?",
        (activity_id,),
    ).fetchone()[0]
    cursor = conn.execute(
        "INSERT INTO pulse_statements (activity_id, position, text, scale, condition)"
        " VALUES (?, ?, ?, ?, ?)",
        (activity_id, position, text, Scale(scale).value, condition_key),
    )
    statement_id = int(cursor.lastrowid or 0)
    conn.execute(
        "INSERT INTO pulse_rounds (statement_id, number, label) VALUES (?, 1, ?)",
        (statement_id, round_label),
    )
    return statement_id


def add_statement(
    doc: Document,
    activity_id: int,
    text: str,
    scale: Scale = Scale.FIST,
    *,
    round_label: str = "",
    condition_key: str = "",
) -> Change:
    """Ask the room a statement; its first round is ready for answers at once."""
    clean = v.required_text(text, "The statement", STATEMENT_MAX)
    label = _round_label(round_label)
    if condition_key and condition(condition_key) is None:
        raise ValidationError(
            "“{condition_key}” is not a collective impact condition.",
            condition_key=condition_key,
        )
    with doc.edit("Add pulse statement") as ed:
        _require_activity(ed.conn, activity_id)
        _insert_statement(ed.conn, activity_id, clean, Scale(scale), condition_key, label)
    assert ed.change is not None
    return ed.change


def add_impact_check(doc: Document, activity_id: int, scale: Scale = Scale.AGREE) -> Change:
    """The collective impact check: one statement per condition, each with its first round."""
    with doc.edit("Add collective impact check") as ed:
        _require_activity(ed.conn, activity_id)
        have = {
            row[0]
            for row in ed.conn.execute(
                "SELECT condition FROM pulse_statements WHERE activity_id = ?", (activity_id,)
            )
        }
        missing = [c for c in IMPACT_CONDITIONS if c.key not in have]
        if not missing:
            raise ValidationError("This activity already asks all five collective impact checks.")
        for item in missing:
            _insert_statement(ed.conn, activity_id, item.statement, Scale(scale), item.key, "")
    assert ed.change is not None
    return ed.change


def edit_statement(
    doc: Document, statement_id: int, text: str, scale: Scale | None = None
) -> Change:
    """Reword a statement or change its scale (only while nobody has answered it)."""
    clean = v.required_text(text, "The statement", STATEMENT_MAX)
    with doc.edit("Edit pulse statement") as ed:
        row = ed.conn.execute(
            "SELECT scale FROM pulse_statements WHERE id = ?", (statement_id,)
        ).fetchone()
        if row is None:
            raise ValidationError("That statement no longer exists.")
        fields: dict[str, object] = {"text": clean}
        if scale is not None and Scale(scale).value != row[0]:
            if _has_answers(ed.conn, statement_id):
                raise ValidationError(
                    "People have already answered on this scale: add a new statement to use "
                    "another scale."
                )
            fields["scale"] = Scale(scale).value
        ed.table("pulse_statements").update(statement_id, fields)
    assert ed.change is not None
    return ed.change


def remove_statement(doc: Document, statement_id: int) -> Change:
    """Remove a statement with all its rounds and answers (undo brings them back)."""
    with doc.edit("Remove pulse statement") as ed:
        row = ed.conn.execute(
            "SELECT 1 FROM pulse_statements WHERE id = ?", (statement_id,)
        ).fetchone()
        if row is None:
            raise ValidationError("That statement no longer exists.")
        _delete_rounds(ed.conn, "statement_id = ?", (statement_id,))
        ed.conn.execute("DELETE FROM pulse_statements WHERE id = ?", (statement_id,))
    assert ed.change is not None
    return ed.change


def add_round(doc: Document, statement_id: int, label: str = "") -> Change:
    """Ask the same statement again (e.g. at check-out), as a new round beside the first."""
    clean = _round_label(label)
    with doc.edit("Ask again") as ed:
        row = ed.conn.execute(
            "SELECT 1 FROM pulse_statements WHERE id = ?", (statement_id,)
        ).fetchone()
        if row is None:
            raise ValidationError("That statement no longer exists.")
        number = ed.conn.execute(
            "SELECT coalesce(max(number), 0) + 1 FROM pulse_rounds WHERE statement_id = ?",
            (statement_id,),
        ).fetchone()[0]
        ed.conn.execute(
            "INSERT INTO pulse_rounds (statement_id, number, label) VALUES (?, ?, ?)",
            (statement_id, number, clean),
        )
    assert ed.change is not None
    return ed.change


def rename_round(doc: Document, round_id: int, label: str) -> Change:
    clean = _round_label(label)
    with doc.edit("Rename round") as ed:
        _require_round(ed.conn, round_id)
        ed.table("pulse_rounds").update(round_id, {"label": clean})
    assert ed.change is not None
    return ed.change


def remove_round(doc: Document, round_id: int) -> Change:
    """Remove one round and its answers; a statement keeps at least one round."""
    with doc.edit("Remove round") as ed:
        statement_id = _require_round(ed.conn, round_id)
        count = ed.conn.execute(
            "SELECT count(*) FROM pulse_rounds WHERE statement_id = ?", (statement_id,)
        ).fetchone()[0]
        if count <= 1:
            raise ValidationError(
                "A statement has at least one round: clear its answers, or remove the statement."
            )
        _delete_rounds(ed.conn, "id = ?", (round_id,))
    assert ed.change is not None
    return ed.change


def set_tally(doc: Document, round_id: int, counts: Mapping[int, int]) -> Change:
    """Set the paper tally of a round: the count for each value given (others unchanged)."""
    with doc.edit("Enter tally") as ed:
        statement_id = _require_round(ed.conn, round_id)
        scale = _scale(ed.conn, statement_id)
        for value, count in counts.items():
            scale.check(value)
            count = check_count(int(count))
            if count:
                ed.conn.execute(
                    "INSERT INTO pulse_tallies (round_id, value, count) VALUES (?, ?, ?)"
                    " ON CONFLICT (round_id, value) DO UPDATE SET count = excluded.count",
                    (round_id, value, count),
                )
            else:
                ed.conn.execute(
                    "DELETE FROM pulse_tallies WHERE round_id = ? AND value = ?",
                    (round_id, value),
                )
    assert ed.change is not None
    return ed.change


def add_answer(
    doc: Document, round_id: int, value: int, participant_id: int | None = None
) -> Change:
    """One person's answer typed at the laptop. ``participant_id`` None keeps it anonymous;
    a named answer needs an activity whose anonymity is explicitly off (pulse checks are
    anonymous by default, whatever the workshop's own setting)."""
    with doc.edit("Add answer") as ed:
        statement_id = _require_round(ed.conn, round_id)
        _scale(ed.conn, statement_id).check(value)
        if participant_id is not None:
            anonymous = ed.conn.execute(
                "SELECT a.anonymous FROM pulse_statements s JOIN activities a"
                " ON a.id = s.activity_id WHERE s.id = ?",
                (statement_id,),
            ).fetchone()[0]
            if anonymous is None or anonymous:
                raise ValidationError(
                    "This pulse check is anonymous: answers are not linked to people. "
                    "Turn anonymity off for this activity to record who answered."
                )
            name = ed.conn.execute(
                "SELECT name FROM participants WHERE id = ?", (participant_id,)
            ).fetchone()
            if name is None:
                raise ValidationError("That participant is no longer on the list.")
            again = ed.conn.execute(
                "SELECT 1 FROM pulse_answers WHERE round_id = ? AND participant_id = ?",
                (round_id, participant_id),
            ).fetchone()
            if again:
                raise ValidationError("{name} has already answered this round.", name=name[0])
        ed.conn.execute(
            "INSERT INTO pulse_answers (round_id, participant_id, value) VALUES (?, ?, ?)",
            (round_id, participant_id, value),
        )
    assert ed.change is not None
    return ed.change


def clear_round(doc: Document, round_id: int) -> Change:
    """Remove a round's tally and answers (undo brings them back)."""
    with doc.edit("Clear answers") as ed:
        _require_round(ed.conn, round_id)
        ed.conn.execute("DELETE FROM pulse_tallies WHERE round_id = ?", (round_id,))
        ed.conn.execute("DELETE FROM pulse_answers WHERE round_id = ?", (round_id,))
    assert ed.change is not None
    return ed.change


def set_revealed(doc: Document, round_id: int, revealed: bool) -> Change:
    """Show (or hide again) a round's results on screen and projector."""
    with doc.edit("Show results" if revealed else "Hide results") as ed:
        _require_round(ed.conn, round_id)
        ed.table("pulse_rounds").update(round_id, {"revealed": int(bool(revealed))})
    assert ed.change is not None
    return ed.change


def show_on_screen(doc: Document, statement_id: int, *, shift: bool = False) -> Change:
    """Put one statement on the projector (the others of its activity come off), with its
    rounds side by side and the change between them when ``shift`` is set."""
    with doc.edit("Show the shift to the room" if shift else "Show statement to the room") as ed:
        row = ed.conn.execute(
            "SELECT activity_id FROM pulse_statements WHERE id = ?", (statement_id,)
        ).fetchone()
        if row is None:
            raise ValidationError("That statement has been removed.")
        for other_id, on, shifted in ed.conn.execute(
            "SELECT id, on_screen, show_shift FROM pulse_statements WHERE activity_id = ?",
            (row[0],),
        ).fetchall():
            wanted = (1, int(shift)) if other_id == statement_id else (0, 0)
            if (on, shifted) != wanted:
                ed.table("pulse_statements").update(
                    other_id, {"on_screen": wanted[0], "show_shift": wanted[1]}
                )
    assert ed.change is not None
    return ed.change


def _round_label(label: str) -> str:
    return v.single_line(label, "The round's name", ROUND_LABEL_MAX)


def _require_round(conn: sqlite3.Connection, round_id: int) -> int:
    row = conn.execute("SELECT statement_id FROM pulse_rounds WHERE id = ?", (round_id,)).fetchone()
    if row is None:
        raise ValidationError("That round no longer exists.")
    return int(row[0])


def _scale(conn: sqlite3.Connection, statement_id: int) -> Scale:
    row = conn.execute(
        "SELECT scale FROM pulse_statements WHERE id = ?", (statement_id,)
    ).fetchone()
    return Scale(row[0])


def _has_answers(conn: sqlite3.Connection, statement_id: int) -> bool:
    rounds = "SELECT id FROM pulse_rounds WHERE statement_id = ?"
    row = conn.execute(
        f"SELECT EXISTS (SELECT 1 FROM pulse_tallies WHERE round_id IN ({rounds}))"
        f" OR EXISTS (SELECT 1 FROM pulse_answers WHERE round_id IN ({rounds}))",
        (statement_id, statement_id),
    ).fetchone()
    return bool(row[0])


def _delete_rounds(conn: sqlite3.Connection, where: str, args: tuple[object, ...]) -> None:
    rounds = f"SELECT id FROM pulse_rounds WHERE {where}"
    conn.execute(f"DELETE FROM pulse_tallies WHERE round_id IN ({rounds})", args)
    conn.execute(f"DELETE FROM pulse_answers WHERE round_id IN ({rounds})", args)
    conn.execute(f"DELETE FROM pulse_rounds WHERE {where}", args)
