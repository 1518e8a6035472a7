"""Build and change the agenda: add, edit, reorder, remove activities, and move them along."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from workshop.domain import validation as v
from workshop.domain.errors import ValidationError
from workshop.domain.models import ActivityKind, ActivityStatus
from workshop.storage import dependents
from workshop.storage.changes import Change, Label, counted
from workshop.storage.document import Document

if TYPE_CHECKING:  # the templates load when one is applied, not with the agenda's screen
    from workshop.domain.templates import Template


def _clean(
    kind: ActivityKind, title: str, prompt: str, timebox_minutes: int, facilitator_notes: str
) -> dict[str, object]:
    return {
        "kind": ActivityKind(kind).value,
        "title": v.required_text(title, "The activity title", v.TITLE_MAX),
        "prompt": v.limited(prompt.strip(), "The prompt"),
        "timebox_minutes": v.timebox(int(timebox_minutes)),
        "facilitator_notes": v.limited(facilitator_notes.strip(), "The facilitator notes"),
    }


def add_activity(
    doc: Document,
    kind: ActivityKind,
    title: str,
    prompt: str = "",
    timebox_minutes: int = 15,
    facilitator_notes: str = "",
    *,
    position: int | None = None,
    anonymous: bool | None = None,
) -> Change:
    """Insert an activity at ``position`` (0-based), or at the end.

    ``anonymous`` None follows the workshop's setting; True/False overrides it.
    """
    row = _clean(kind, title, prompt, timebox_minutes, facilitator_notes)
    row["anonymous"] = None if anonymous is None else int(anonymous)
    with doc.edit(Label("Add activity “{title}”", title=row['title'])) as ed:
        order = _order(ed.conn)
        index = len(order) if position is None else max(0, min(position, len(order)))
        new_id = ed.table("activities").insert({**row, "position": index}).last_pk
        order.insert(index, int(new_id or 0))
        _renumber(ed.conn, order)
    assert ed.change is not None
    return ed.change


def update_activity(
    doc: Document,
    activity_id: int,
    *,
    kind: ActivityKind,
    title: str,
    prompt: str,
    timebox_minutes: int,
    facilitator_notes: str = "",
    anonymous: bool | None = None,
) -> Change:
    row = _clean(kind, title, prompt, timebox_minutes, facilitator_notes)
    row["anonymous"] = None if anonymous is None else int(anonymous)
    with doc.edit(Label("Edit activity “{title}”", title=row['title'])) as ed:
        _require(ed.conn, activity_id)
        ed.table("activities").update(activity_id, row)
    assert ed.change is not None
    return ed.change


def set_timebox(doc: Document, activity_id: int, minutes: int) -> Change:
    minutes = v.timebox(minutes)
    with doc.edit("Change timebox") as ed:
        _require(ed.conn, activity_id)
        ed.table("activities").update(activity_id, {"timebox_minutes": minutes})
    assert ed.change is not None
    return ed.change


def remove_activities(doc: Document, activity_ids: Sequence[int]) -> Change:
    if not activity_ids:
        raise ValidationError("Select the activities to remove first.")
    count = len(activity_ids)
    label = counted(count, "Remove activity", "Remove {count} activities")
    with doc.edit(label) as ed:
        for activity_id in activity_ids:
            _require(ed.conn, activity_id)
            dependents.before_activity_removed(ed.conn, activity_id)
            ed.conn.execute("DELETE FROM activities WHERE id = ?", (activity_id,))
        _renumber(ed.conn, _order(ed.conn))
    assert ed.change is not None
    return ed.change


def move_activity(doc: Document, activity_id: int, new_index: int) -> Change:
    """Move one activity to ``new_index`` in the agenda (drag and drop, or Alt+Up/Down)."""
    with doc.edit("Reorder agenda") as ed:
        order = _order(ed.conn)
        if activity_id not in order:
            raise ValidationError("That activity no longer exists.")
        order.remove(activity_id)
        order.insert(max(0, min(new_index, len(order))), activity_id)
        _renumber(ed.conn, order)
    assert ed.change is not None
    return ed.change


def set_status(doc: Document, activity_id: int, status: ActivityStatus) -> Change:
    labels = {
        ActivityStatus.RUNNING: Label("Start activity"),
        ActivityStatus.DONE: Label("Finish activity"),
        ActivityStatus.PLANNED: Label("Mark activity as planned"),
    }
    with doc.edit(labels[ActivityStatus(status)]) as ed:
        write_status(ed.conn, activity_id, status)
    assert ed.change is not None
    return ed.change


def write_status(conn: sqlite3.Connection, activity_id: int, status: ActivityStatus) -> None:
    """Set one activity's status inside the caller's edit (the timer's start/finish use it)."""
    _require(conn, activity_id)
    conn.execute(
        "UPDATE activities SET status = ? WHERE id = ?", (ActivityStatus(status).value, activity_id)
    )


def apply_template(doc: Document, template: Template, *, title: str | None = None) -> Change:
    """Replace an empty agenda with the template's activities, goal and language (one undo step)."""
    with doc.edit(Label("Use template “{name}”", name=template.name)) as ed:
        if _order(ed.conn):
            raise ValidationError(
                "The agenda already has activities; a template fills an empty one."
            )
        for index, item in enumerate(template.activities):
            ed.table("activities").insert(
                {
                    **_clean(item.kind, item.title, item.prompt, item.timebox_minutes, ""),
                    "position": index,
                }
            )
        fields: dict[str, object] = {
            "goal": template.goal,
            "available_minutes": template.available_minutes,
            "language": template.language,
        }
        if title:
            fields["title"] = v.required_text(title, "The title", v.TITLE_MAX)
        ed.table("workshop").update(1, fields)
    assert ed.change is not None
    return ed.change


def _order(conn: sqlite3.Connection) -> list[int]:
    return [row[0] for row in conn.execute("SELECT id FROM activities ORDER BY position, id")]


def _renumber(conn: sqlite3.Connection, order: Sequence[int]) -> None:
    for index, activity_id in enumerate(order):
        conn.execute(
            "UPDATE activities SET position = ? WHERE id = ? AND position != ?",
            (index, activity_id, index),
        )


def _require(conn: sqlite3.Connection, activity_id: int) -> None:
    if conn.execute("SELECT 1 FROM activities WHERE id = ?", (activity_id,)).fetchone() is None:
        raise ValidationError("That activity no longer exists.")
