"""The demo's review of promises: this is the partnership's second meeting, so what the
first one promised (and the pulse it took) is carried in to be reviewed."""

from __future__ import annotations

from workshop.domain.models import ActivityKind
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.ops import agenda

TITLE = "Where are last meeting's promises?"

#: (what, owner's name, receiver, due, status, note) promised at meeting 1.
PROMISES = [
    ("Share the volunteer rota with every partner", 0, "all partners", "2026-10-15", "done",
     "Sent by e-mail on 12 October."),
    ("Open the community kitchen two evenings a week", 1, "", "2026-11-01", "doing", ""),
    ("Map which organisation offers translation help", 2, "newcomers' network", "", "open",
     ""),
]
#: (kind, key, scale, value, count) measured at meeting 1.
FIGURES = [
    ("promised", "", "", None, 3),
    ("delivered", "", "", None, 1),
    ("offers", "", "", None, 9),
    ("asks", "", "", None, 7),
]


def fill(doc: Document) -> None:
    welcome = next((a for a in read.activities(doc) if a.kind is ActivityKind.WELCOME), None)
    agenda.add_activity(
        doc,
        ActivityKind.REVIEW,
        TITLE,
        "What did we promise last time, and where are we with it?",
        15,
        position=welcome.position + 1 if welcome else None,
    )
    people = read.participants(doc)
    doc.conn.executemany(
        "INSERT INTO promises (meeting, kind, what, participant_id, organisation, receiver,"
        " due, status, note) VALUES (1, 'commitment', ?, ?, ?, ?, ?, ?, ?)",
        [
            (what, people[i].id, people[i].organisation, to, due, status, note)
            for what, i, to, due, status, note in PROMISES
        ],
    )
    doc.conn.executemany(
        "INSERT INTO series_figures (meeting, meeting_title, kind, key, scale, value, count)"
        " VALUES (1, 'First partnership meeting', ?, ?, ?, ?, ?)",
        FIGURES,
    )
    doc.conn.commit()
