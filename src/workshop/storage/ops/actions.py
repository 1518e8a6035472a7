"""The workshop's action list: add (also from a note, a cluster, a vote or a commitment),
edit, move along (open → doing → done) and remove."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from workshop.domain.actions import ActionStatus, SourceKind, clean_due, clean_what
from workshop.domain.errors import ValidationError
from workshop.domain.reciprocity import Party
from workshop.storage.changes import Change, Label, counted
from workshop.storage.document import Document
from workshop.storage.ops.reciprocity import party_columns

SOURCE_TABLES = {
    SourceKind.NOTE: "notes",
    SourceKind.CLUSTER: "clusters",
    SourceKind.VOTE: "activities",
    SourceKind.COMMITMENT: "commitments",
}


def _owner(conn: sqlite3.Connection, owner: Party | None) -> dict[str, object]:
    if owner is None:
        return {"participant_id": None, "organisation": ""}
    return party_columns(conn, owner)


def add_action(
    doc: Document,
    what: str,
    owner: Party | None = None,
    due: str = "",
    status: ActionStatus = ActionStatus.OPEN,
    *,
    source_kind: SourceKind = SourceKind.NONE,
    source_id: int | None = None,
) -> Change:
    """Put an action on the list; ``source_kind``/``source_id`` say what it grew out of."""
    text, due = clean_what(what), clean_due(due)
    source_kind = SourceKind(source_kind)
    with doc.edit(Label("Add action “{text}”", text=_short(text))) as ed:
        if source_kind is not SourceKind.NONE:
            if source_id is None:
                raise ValidationError("Choose what the action comes from.")
            table = SOURCE_TABLES[source_kind]
            row = ed.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (source_id,)).fetchone()
            if row is None:
                raise ValidationError("What the action comes from no longer exists.")
        else:
            source_id = None
        ed.table("actions").insert(
            {
                "what": text,
                "due": due,
                "status": ActionStatus(status).value,
                "source_kind": source_kind.value,
                "source_id": source_id,
                **_owner(ed.conn, owner),
            }
        )
    assert ed.change is not None
    return ed.change


def update_action(
    doc: Document,
    action_id: int,
    *,
    what: str,
    owner: Party | None,
    due: str,
    status: ActionStatus,
) -> Change:
    fields = {
        "what": clean_what(what),
        "due": clean_due(due),
        "status": ActionStatus(status).value,
    }
    with doc.edit("Edit action") as ed:
        _require(ed.conn, action_id)
        ed.table("actions").update(action_id, {**fields, **_owner(ed.conn, owner)})
    assert ed.change is not None
    return ed.change


#: The undo step of marking an action (``ActionStatus.label``, lower case).
_STATUS_LABELS = {
    ActionStatus.OPEN: Label("Mark action open"),
    ActionStatus.DOING: Label("Mark action doing"),
    ActionStatus.DONE: Label("Mark action done"),
}


def set_action_status(doc: Document, action_id: int, status: ActionStatus) -> Change:
    status = ActionStatus(status)
    with doc.edit(_STATUS_LABELS[status]) as ed:
        _require(ed.conn, action_id)
        ed.table("actions").update(action_id, {"status": status.value})
    assert ed.change is not None
    return ed.change


def remove_actions(doc: Document, action_ids: Sequence[int]) -> Change:
    if not action_ids:
        raise ValidationError("Select the actions to remove first.")
    label = counted(len(action_ids), "Remove action", "Remove {count} actions")
    with doc.edit(label) as ed:
        for action_id in action_ids:
            _require(ed.conn, action_id)
            ed.conn.execute("DELETE FROM actions WHERE id = ?", (action_id,))
    assert ed.change is not None
    return ed.change


def made_actions_label(count: int) -> Label:
    """The undo step of making several actions in one gesture (from the board's selection
    or the vote's ranking)."""
    return counted(count, "Make action", "Make {count} actions")


def _require(conn: sqlite3.Connection, action_id: int) -> None:
    if conn.execute("SELECT 1 FROM actions WHERE id = ?", (action_id,)).fetchone() is None:
        raise ValidationError("That action no longer exists.")


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
