"""Demo content of the foundation: the kick-off agenda, the day's details and 12 people."""

from __future__ import annotations

from workshop.domain.roster import RosterEntry
from workshop.domain.templates import load_templates
from workshop.resources import templates_dir
from workshop.storage.document import Document
from workshop.storage.ops import agenda, details, participants

KICKOFF = "collaboration-kickoff"

PEOPLE = [
    ("Amara Okafor", "Riverside Library"),
    ("Ben Hughes", "Riverside Library"),
    ("Chloé Martin", "Town Council"),
    ("Dmitri Volkov", "Town Council"),
    ("Eilidh Campbell", "Town Council"),
    ("Farah Haddad", "Youth Forum"),
    ("Gabriel Silva", "Youth Forum"),
    ("Hana Sato", "Food Bank"),
    ("Ibrahim Khan", "Food Bank"),
    ("Joanna Nowak", "Health Centre"),
    ("Kwame Mensah", "Health Centre"),
    ("Lena Fischer", "Health Centre"),
]


def fill(doc: Document) -> None:
    template = next(t for t in load_templates(templates_dir()) if t.key == KICKOFF)
    agenda.apply_template(doc, template, title="Riverside Neighbourhood Partnership kick-off")
    details.update_details(
        doc,
        date="2026-11-27",
        venue="Riverside Community Hall",
        facilitator="Sam Rivera",
        start_time="09:30",
        available_minutes=240,  # the demo grows the kick-off with offers, asks and a pulse check
    )
    participants.add_participants(doc, [RosterEntry(n, o) for n, o in PEOPLE])
