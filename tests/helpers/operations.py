"""One valid call of every public operation of the foundation, for tests that must try them all."""

from __future__ import annotations

from collections.abc import Callable

from workshop.domain.models import ActivityKind, ActivityStatus
from workshop.domain.roster import RosterEntry
from workshop.domain.templates import load_templates
from workshop.resources import templates_dir
from workshop.storage import read
from workshop.storage.changes import Change
from workshop.storage.document import Document
from workshop.storage.ops import agenda, details, participants

FOUNDATION_MODULES = (agenda, details, participants)
#: Operations that only make sense on an empty agenda (run them on a fresh document).
NEEDS_EMPTY_AGENDA = {"apply_template"}


def every_operation(doc: Document) -> dict[str, Callable[[], Change]]:
    """Calls valid on the demo document (and ``apply_template`` on a fresh one)."""
    people = read.participants(doc)
    person = people[0].id if people else 0
    activities = read.activities(doc)
    first = activities[0].id if activities else 0
    second = activities[1].id if len(activities) > 1 else 0
    kickoff = next(t for t in load_templates(templates_dir()) if t.key == "collaboration-kickoff")
    return {
        "add_participant": lambda: participants.add_participant(doc, "Zoe", "Library", "#ffcc00"),
        "add_participants": lambda: participants.add_participants(
            doc, [RosterEntry("Yann", ""), RosterEntry("Xu", "Council")]
        ),
        "update_participant": lambda: participants.update_participant(
            doc, person, "Amy O.", "Riverside Library", "#112233"
        ),
        "remove_participants": lambda: participants.remove_participants(doc, [person]),
        "update_details": lambda: details.update_details(
            doc, title="Renamed", venue="Town Hall", anonymous=False, available_minutes=200
        ),
        "add_activity": lambda: agenda.add_activity(
            doc, ActivityKind.BRAINSTORM, "More ideas", "What else?", 10, position=1
        ),
        "update_activity": lambda: agenda.update_activity(
            doc,
            first,
            kind=ActivityKind.PROMPT,
            title="Hello",
            prompt="Hi",
            timebox_minutes=5,
            anonymous=True,
        ),
        "set_timebox": lambda: agenda.set_timebox(doc, first, 7),
        "remove_activities": lambda: agenda.remove_activities(doc, [second]),
        "move_activity": lambda: agenda.move_activity(doc, first, 3),
        "set_status": lambda: agenda.set_status(doc, first, ActivityStatus.RUNNING),
        "apply_template": lambda: agenda.apply_template(doc, kickoff, title="From a template"),
    }


def public_operations() -> set[str]:
    """The foundation's operations (agenda, details, participants), by name."""
    from helpers.every_op import operations

    modules = {m.__name__.rsplit(".", 1)[1] for m in FOUNDATION_MODULES}
    return {
        name.split(".", 1)[1] for name in operations() if name.split(".", 1)[0] in modules
    }


def snapshot(doc: Document) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every content table, in id order: what undo must restore exactly."""
    conn = doc.db.conn
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT IN ('history', '_sqlite_migrations') ORDER BY name"
        )
    ]
    return {
        table: [tuple(row) for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')]
        for table in tables
    }
