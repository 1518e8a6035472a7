"""Read the document into domain values. Every query the UI and exports need lives here."""

from __future__ import annotations

import sqlite3
from typing import Any

from workshop.domain.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Participant,
    WorkshopDetails,
)
from workshop.storage.document import Document


def details(doc: Document) -> WorkshopDetails:
    columns = "title, date, venue, facilitator, goal, anonymous, start_time, available_minutes"
    try:
        row = doc.conn.execute(f"SELECT {columns}, language FROM workshop WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # a file older than 0017_workshop_language, read as is
        row = (*doc.conn.execute(f"SELECT {columns} FROM workshop WHERE id = 1").fetchone(), "en")
    title, date, venue, facilitator, goal, anonymous, start_time, available, language = row
    return WorkshopDetails(
        title, date, venue, facilitator, goal, bool(anonymous), start_time, int(available),
        language,
    )


def participants(doc: Document) -> list[Participant]:
    return [
        Participant(*row)
        for row in doc.conn.execute(
            "SELECT id, name, organisation, colour FROM participants"
            " ORDER BY name COLLATE NOCASE, id"
        )
    ]


def participant(doc: Document, participant_id: int) -> Participant | None:
    row = doc.conn.execute(
        "SELECT id, name, organisation, colour FROM participants WHERE id = ?", (participant_id,)
    ).fetchone()
    return Participant(*row) if row else None


def organisations(doc: Document) -> list[str]:
    return [
        row[0]
        for row in doc.conn.execute(
            "SELECT DISTINCT organisation FROM participants WHERE organisation != ''"
            " ORDER BY organisation COLLATE NOCASE"
        )
    ]


_ACTIVITY_COLUMNS = (
    "id, position, kind, title, prompt, timebox_minutes, status, facilitator_notes, anonymous"
)


def _activity(row: tuple[Any, ...]) -> Activity:
    id_, position, kind, title, prompt, timebox, status, notes, anonymous = row
    return Activity(
        id_,
        position,
        ActivityKind(kind),
        title,
        prompt,
        timebox,
        ActivityStatus(status),
        notes,
        None if anonymous is None else bool(anonymous),
    )


def activities(doc: Document) -> list[Activity]:
    """The agenda, in order."""
    return [
        _activity(row)
        for row in doc.conn.execute(
            f"SELECT {_ACTIVITY_COLUMNS} FROM activities ORDER BY position, id"
        )
    ]


def activity(doc: Document, activity_id: int) -> Activity | None:
    row = doc.conn.execute(
        f"SELECT {_ACTIVITY_COLUMNS} FROM activities WHERE id = ?", (activity_id,)
    ).fetchone()
    return _activity(row) if row else None


def is_anonymous(doc: Document, activity: Activity | None) -> bool:
    """Whether authors must be hidden for ``activity`` (its own setting, else the workshop's)."""
    if activity is not None and activity.anonymous is not None:
        return activity.anonymous
    return details(doc).anonymous


def analysis_language(doc: Document) -> str:
    """The workshop's language as purpose blending and offers matching name it.

    Lemmas (simplemma) or a stemmer (Snowball) where the analysis has the language; a
    language it has no data for (Welsh) is analysed as English: words still match exactly,
    only their endings and stop words are not the language's own.
    """
    from workshop.domain.purpose import languages
    from workshop.domain.purpose_models import DEFAULT_LANGUAGE
    from workshop.domain.purpose_words import LANGUAGE_CODES

    code = details(doc).language
    # "english" before "porter", "dutch" before "dutch_porter": the plain name first.
    names = sorted(name for name, iso in LANGUAGE_CODES.items() if iso == code)
    available = set(languages())
    return next((name for name in names if name in available), DEFAULT_LANGUAGE)
