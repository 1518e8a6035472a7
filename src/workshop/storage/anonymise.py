"""A copy of the workshop to share: no link from a person to an anonymous contribution.

The facilitator's own file keeps who wrote each note and who put which dots, even
where the room was told it was anonymous (the app needs it: undo, "my own notes",
one ballot per person). A copy that leaves the laptop must not. :func:`anonymise`
changes a copy (never the open document) so that:

- notes of anonymous brainstorms have no author;
- purpose statements and ratings of anonymous purpose blends stand for numbered
  parties ("Participant 1", …) instead of people; organisations stay;
- pulse answers of anonymous pulse checks have no participant;
- secret ballots become per-item totals (paper tallies): the dots go, and the
  ballots (who has voted) go too unless ``keep_voters``;
- the undo history (row images of every change, authors included) is emptied,
  and the file is vacuumed so nothing deleted survives in free pages.

Everything else is kept: the agenda, the people list, open votes, names on
activities that were not anonymous.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from workshop.storage.errors import DocumentError, WriteError

#: What an activity's ``anonymous`` column means when it is NULL: the workshop's own setting.
_ANONYMOUS_ACTIVITIES = """
    SELECT a.id FROM activities a, workshop w
    WHERE coalesce(a.anonymous, w.anonymous) = 1
"""


def anonymise(conn: sqlite3.Connection, *, keep_voters: bool = False) -> None:
    """Strip person links from anonymous contributions and secret ballots, in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            f"UPDATE notes SET author_id = NULL WHERE activity_id IN ({_ANONYMOUS_ACTIVITIES})"
        )
        _pseudonymise_purpose(conn)
        # Pulse checks are anonymous unless the activity explicitly says otherwise.
        conn.execute(
            """UPDATE pulse_answers SET participant_id = NULL WHERE round_id IN (
                   SELECT r.id FROM pulse_rounds r JOIN pulse_statements s ON s.id = r.statement_id
                   JOIN activities a ON a.id = s.activity_id
                   WHERE a.anonymous IS NULL OR a.anonymous = 1)"""
        )
        _secret_ballots_to_totals(conn, keep_voters=keep_voters)
        conn.execute("DELETE FROM history")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("VACUUM")


def _pseudonymise_purpose(conn: sqlite3.Connection) -> None:
    activities = [
        row[0]
        for row in conn.execute(
            "SELECT activity_id FROM purpose_settings WHERE anonymous = 1"
            f" OR activity_id IN ({_ANONYMOUS_ACTIVITIES})"
        )
    ]
    for activity_id in activities:
        people: dict[int, str] = {}
        rows = conn.execute(
            """SELECT participant_id FROM purpose_statements
               WHERE activity_id = ? AND participant_id IS NOT NULL
               UNION ALL
               SELECT r.participant_id FROM purpose_ratings r
               JOIN purpose_drafts d ON d.id = r.draft_id
               WHERE d.activity_id = ? AND r.participant_id IS NOT NULL""",
            (activity_id, activity_id),
        ).fetchall()
        for (participant_id,) in rows:
            people.setdefault(participant_id, f"Participant {len(people) + 1}")
        for participant_id, alias in people.items():
            conn.execute(
                "UPDATE purpose_statements SET participant_id = NULL, organisation = ?"
                " WHERE activity_id = ? AND participant_id = ?",
                (alias, activity_id, participant_id),
            )
            conn.execute(
                "UPDATE purpose_ratings SET participant_id = NULL, organisation = ?"
                " WHERE participant_id = ? AND draft_id IN"
                " (SELECT id FROM purpose_drafts WHERE activity_id = ?)",
                (alias, participant_id, activity_id),
            )


def _secret_ballots_to_totals(conn: sqlite3.Connection, *, keep_voters: bool) -> None:
    secret = [row[0] for row in conn.execute("SELECT id FROM votes WHERE secret = 1")]
    for vote_id in secret:
        totals = conn.execute(
            "SELECT d.item_id, count(*) FROM dots d JOIN ballots b ON b.id = d.ballot_id"
            " WHERE b.activity_id = ? GROUP BY d.item_id",
            (vote_id,),
        ).fetchall()
        for item_id, count in totals:
            conn.execute(
                "INSERT INTO tallies (activity_id, item_id, count) VALUES (?, ?, min(?, 9999))"
                " ON CONFLICT (activity_id, item_id) DO UPDATE"
                " SET count = min(count + excluded.count, 9999)",
                (vote_id, item_id, count),
            )
        conn.execute(
            "DELETE FROM dots WHERE ballot_id IN (SELECT id FROM ballots WHERE activity_id = ?)",
            (vote_id,),
        )
        if not keep_voters:
            conn.execute("DELETE FROM ballots WHERE activity_id = ?", (vote_id,))


def has_secret_ballots(source: sqlite3.Connection) -> bool:
    """Whether a secret vote has ballots (the copy would take who voted away, or keep it)."""
    row = source.execute(
        "SELECT 1 FROM ballots b JOIN votes v ON v.id = b.activity_id WHERE v.secret = 1 LIMIT 1"
    ).fetchone()
    return row is not None


def anonymised_copy(
    source: sqlite3.Connection, *, keep_voters: bool = False
) -> sqlite3.Connection:
    """An in-memory anonymised copy of the database on ``source`` (for exports)."""
    copy = sqlite3.connect(":memory:", isolation_level=None)
    source.backup(copy)
    copy.execute("PRAGMA foreign_keys = ON")
    anonymise(copy, keep_voters=keep_voters)
    return copy


def share_copy(
    source: sqlite3.Connection,
    target: Path,
    *,
    keep_voters: bool = False,
    force: bool = False,
    anonymised: bool = True,
) -> None:
    """Write a copy of ``source`` to ``target`` (anonymised unless told), complete or not at all."""
    target = Path(target)
    if target.is_dir():
        raise DocumentError("“{target}” is a folder, not a file name.", target, target=target)
    if target.exists() and not force:
        raise DocumentError(
            "“{target}” already exists (use --force to replace it).",
            target,
            target=target,
        )
    if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
        raise WriteError("Cannot write in the folder “{parent}”.", target, parent=target.parent)
    from workshop.storage.lock import FileLock

    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
    lock = FileLock(target)  # never replace a file another window has open
    lock.acquire()
    try:
        dest = sqlite3.connect(temporary, isolation_level=None)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.execute("PRAGMA foreign_keys = ON")
            if anonymised:
                anonymise(dest, keep_voters=keep_voters)
        finally:
            dest.close()
        for extra in ("-wal", "-shm"):
            Path(f"{target}{extra}").unlink(missing_ok=True)
        os.replace(temporary, target)
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror.lower() if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise WriteError(
            "Could not write a copy to “{target}”: {reason}.",
            target,
            target=target, reason=reason,
        ) from exc
    finally:
        for extra in ("", "-journal"):
            Path(f"{temporary}{extra}").unlink(missing_ok=True)
        lock.release()
