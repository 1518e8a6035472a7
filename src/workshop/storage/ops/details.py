"""Edit the workshop's own details (title, date, venue, facilitator, goal, anonymity, timing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workshop.domain import validation as v
from workshop.domain.errors import ValidationError
from workshop.domain.languages import clean_language
from workshop.storage.changes import Change, Label
from workshop.storage.document import Document

CLEANERS: dict[str, Callable[[Any], Any]] = {
    "title": lambda x: v.required_text(x, "The title", v.TITLE_MAX),
    "date": v.iso_date,
    "venue": lambda x: v.single_line(x, "The venue"),
    "facilitator": lambda x: v.single_line(x, "The facilitator's name"),
    "goal": lambda x: v.limited(x.strip(), "The goal"),
    "anonymous": lambda x: int(bool(x)),
    "start_time": v.clock_time,
    "available_minutes": v.minutes_available,
    "language": clean_language,
}

_LABELS = {
    "title": Label("Rename workshop"),
    "anonymous": Label("Change anonymity"),
    "language": Label("Change the workshop's language"),
}


def update_details(doc: Document, **fields: Any) -> Change:
    """Change any of the workshop's detail fields; unknown field names are a programming error."""
    unknown = set(fields) - set(CLEANERS)
    if unknown:
        raise TypeError(f"unknown workshop fields: {sorted(unknown)}")
    if not fields:
        raise ValidationError("Nothing to change.")
    values = {name: CLEANERS[name](value) for name, value in fields.items()}
    label = Label("Edit workshop details")
    if len(values) == 1:
        label = _LABELS.get(next(iter(values)), label)
    with doc.edit(label) as ed:
        ed.table("workshop").update(1, values)
    assert ed.change is not None
    return ed.change
