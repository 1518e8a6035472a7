"""Add, edit, import and remove participants."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from workshop.domain import validation as v
from workshop.domain.errors import ValidationError
from workshop.domain.roster import RosterEntry, clean_person
from workshop.storage import dependents
from workshop.storage.changes import Change, Label, counted
from workshop.storage.document import Document


def add_participant(
    doc: Document, name: str, organisation: str = "", colour: str = ""
) -> Change:
    row = _clean(name, organisation, colour)
    with doc.edit(Label("Add participant “{name}”", name=row['name'])) as ed:
        ed.table("participants").insert(row)
    assert ed.change is not None
    return ed.change


def add_participants(doc: Document, entries: Sequence[RosterEntry]) -> Change:
    """Add many people in one step (a pasted list or an imported CSV)."""
    if not entries:
        raise ValidationError("There is nobody to add.")
    rows = [_clean(e.name, e.organisation, "") for e in entries]
    label = (
        Label("Add {count} participants", count=len(rows))
        if len(rows) > 1
        else Label("Add “{name}”", name=rows[0]["name"])
    )
    with doc.edit(label) as ed:
        ed.table("participants").insert_all(rows)
    assert ed.change is not None
    return ed.change


def update_participant(
    doc: Document, participant_id: int, name: str, organisation: str, colour: str = ""
) -> Change:
    row = _clean(name, organisation, colour)
    with doc.edit(Label("Edit participant “{name}”", name=row['name'])) as ed:
        _require(ed.conn, participant_id)
        ed.table("participants").update(participant_id, row)
    assert ed.change is not None
    return ed.change


def remove_participants(doc: Document, participant_ids: Sequence[int]) -> Change:
    """Remove people; what refers to them (notes they wrote, their votes…) is handled too.

    Their notes stay on the board as anonymous notes; their ballots are removed.
    Undo restores all of it.
    """
    if not participant_ids:
        raise ValidationError("Select the participants to remove first.")
    label = counted(len(participant_ids), "Remove participant", "Remove {count} participants")
    with doc.edit(label) as ed:
        for pid in participant_ids:
            _require(ed.conn, pid)
            dependents.before_participant_removed(ed.conn, pid)
            ed.conn.execute("DELETE FROM participants WHERE id = ?", (pid,))
    assert ed.change is not None
    return ed.change


def _clean(name: str, organisation: str, colour: str) -> dict[str, str]:
    person = clean_person(name, organisation)
    return {"name": person.name, "organisation": person.organisation, "colour": v.colour(colour)}


def _require(conn: sqlite3.Connection, participant_id: int) -> None:
    row = conn.execute("SELECT 1 FROM participants WHERE id = ?", (participant_id,)).fetchone()
    if row is None:
        raise ValidationError("That participant no longer exists.")
