"""Read what the room's phones may do: the settings, open activities, the queue, receipts.

Nothing here says what a secret ballot holds: :func:`contributors` names who posted,
and what kind of thing (a note, a ballot, an answer), never its content.
"""

from __future__ import annotations

from typing import NamedTuple

from workshop.storage.document import Document


class PhoneSettings(NamedTuple):
    enabled: bool
    join_code: str
    #: Phone notes wait in the queue for the facilitator's approval.
    queue: bool
    #: A person not on the list may add themselves (name and organisation).
    self_join: bool


class QueuedNote(NamedTuple):
    id: int
    activity_id: int
    author_id: int | None
    author: str
    text: str


def settings(doc: Document) -> PhoneSettings:
    row = doc.conn.execute(
        "SELECT enabled, join_code, moderation, self_join FROM phone_settings WHERE id = 1"
    ).fetchone()
    if row is None:  # a file whose row was removed with another tool
        return PhoneSettings(False, "", False, False)
    return PhoneSettings(bool(row[0]), str(row[1]), row[2] == "queue", bool(row[3]))


def open_activities(doc: Document) -> set[int]:
    return {int(r[0]) for r in doc.conn.execute("SELECT activity_id FROM phone_activities")}


def is_open(doc: Document, activity_id: int) -> bool:
    return (
        doc.conn.execute(
            "SELECT 1 FROM phone_activities WHERE activity_id = ?", (activity_id,)
        ).fetchone()
        is not None
    )


def queue(doc: Document, activity_id: int | None = None) -> list[QueuedNote]:
    """Phone notes waiting for approval, oldest first (of one activity, or all)."""
    sql = (
        "SELECT q.id, q.activity_id, q.author_id, COALESCE(p.name, ''), q.text"
        " FROM phone_queue q LEFT JOIN participants p ON p.id = q.author_id"
    )
    args: tuple[object, ...] = ()
    if activity_id is not None:
        sql += " WHERE q.activity_id = ?"
        args = (activity_id,)
    return [
        QueuedNote(int(i), int(a), None if au is None else int(au), str(n), str(t))
        for i, a, au, n, t in doc.conn.execute(sql + " ORDER BY q.id", args)
    ]


def has_receipt(doc: Document, key: str) -> bool:
    return (
        doc.conn.execute("SELECT 1 FROM phone_receipts WHERE key = ?", (key,)).fetchone()
        is not None
    )


def has_posted(doc: Document, participant_id: int, what: str) -> bool:
    return (
        doc.conn.execute(
            "SELECT 1 FROM phone_receipts WHERE participant_id = ? AND what = ?",
            (participant_id, what),
        ).fetchone()
        is not None
    )


def contributors(doc: Document, activity_id: int) -> dict[int, int]:
    """Participant id -> how many posts they made to this activity from a phone."""
    return {
        int(p): int(n)
        for p, n in doc.conn.execute(
            "SELECT participant_id, COUNT(*) FROM phone_receipts"
            " WHERE activity_id = ? AND participant_id IS NOT NULL GROUP BY participant_id",
            (activity_id,),
        )
    }


def receipt_count(doc: Document) -> int:
    return int(doc.conn.execute("SELECT COUNT(*) FROM phone_receipts").fetchone()[0])
