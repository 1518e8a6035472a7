"""Review what was promised at the last meeting: done, in progress or dropped, with a note."""

from __future__ import annotations

from workshop.domain import validation as v
from workshop.domain.errors import ValidationError
from workshop.domain.series import PromiseStatus
from workshop.storage.changes import Change, Label
from workshop.storage.document import Document

#: The undo step of reviewing a promise (``PromiseStatus.label``, lower case).
_REVIEW_LABELS = {
    PromiseStatus.OPEN: Label("Review promise: not reviewed"),
    PromiseStatus.DOING: Label("Review promise: in progress"),
    PromiseStatus.DONE: Label("Review promise: done"),
    PromiseStatus.DROPPED: Label("Review promise: dropped"),
}


def review_promise(
    doc: Document, promise_id: int, status: PromiseStatus | str, note: str | None = None
) -> Change:
    """Record where a promise stands; ``note`` None keeps the note it has."""
    status = PromiseStatus(status)
    with doc.edit(_REVIEW_LABELS[status]) as ed:
        row = ed.conn.execute("SELECT note FROM promises WHERE id = ?", (promise_id,)).fetchone()
        if row is None:
            raise ValidationError("That promise is no longer on the list.")
        text = row[0] if note is None else v.limited(note, "A review note")
        ed.conn.execute(
            "UPDATE promises SET status = ?, note = ?, reviewed = ? WHERE id = ?",
            (status.value, text, int(status is not PromiseStatus.OPEN), promise_id),
        )
    assert ed.change is not None
    return ed.change
