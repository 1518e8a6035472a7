"""Capture every row a connection writes, so any operation can be undone and redone.

Temporary triggers (they live in the connection, not in the file, so people
editing the file with other tools are not affected) copy the before and after
image of each changed row into a temporary table. An operation reads them back
as :class:`RowChange` values when it commits.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from workshop.storage.changes import Row, RowChange
from workshop.storage.schema import UNTRACKED_TABLES

_JOURNAL = "temp._journal"


def tracked_tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Content tables and their columns; every one has an integer ``id`` primary key."""
    tables: dict[str, list[str]] = {}
    for (name,) in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY name"
    ):
        if name in UNTRACKED_TABLES or name.startswith("sqlite_"):
            continue
        columns = [row[1] for row in conn.execute(f'PRAGMA main.table_info("{name}")')]
        if "id" in columns:
            tables[name] = columns
    return tables


def install(conn: sqlite3.Connection) -> None:
    """Create the capture table and triggers for this connection (idempotent)."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS _journal ("
        " seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id INTEGER NOT NULL,"
        " before TEXT, after TEXT)"
    )
    for table, columns in tracked_tables(conn).items():
        def image(prefix: str, columns: Sequence[str] = columns) -> str:
            pairs = ", ".join(f"'{c}', " + _exact(f'{prefix}."{c}"') for c in columns)
            return f"json_object({pairs})"

        for event, row_id, before, after in (
            ("INSERT", "NEW.id", "NULL", image("NEW")),
            ("UPDATE", "NEW.id", image("OLD"), image("NEW")),
            ("DELETE", "OLD.id", image("OLD"), "NULL"),
        ):
            conn.execute(
                f'CREATE TEMP TRIGGER IF NOT EXISTS "_j_{table}_{event.lower()}" '
                f'AFTER {event} ON main."{table}" BEGIN '
                "INSERT INTO _journal (tbl, row_id, before, after) "
                f"VALUES ('{table}', {row_id}, {before}, {after}); END"
            )


def _exact(value: str) -> str:
    """SQL that keeps a REAL value exact in the JSON image.

    ``json_object`` writes reals with 15 significant digits, so 166.66666666666669 would
    come back from undo as 166.666666666667. A real is written instead as a one-element
    array holding its 17-digit text (enough for any double); :func:`_decode` turns it back
    into the same float. No other value is ever an array, so nothing else is touched.
    """
    return (
        f"CASE WHEN typeof({value}) = 'real' "
        f"THEN json_array(printf('%!.17g', {value})) ELSE {value} END"
    )


def _decode(image: str | None) -> Row | None:
    if image is None:
        return None
    row: Row = json.loads(image)
    for key, value in row.items():
        if isinstance(value, list):
            row[key] = float(value[0])
    return row


def uninstall(conn: sqlite3.Connection) -> None:
    """Drop the capture triggers (before a migration changes the tables they watch)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM temp.sqlite_master"
            " WHERE type = 'trigger' AND name LIKE '\\_j\\_%' ESCAPE '\\'"
        )
    ]
    for name in names:
        conn.execute(f'DROP TRIGGER temp."{name}"')


def clear(conn: sqlite3.Connection) -> None:
    conn.execute(f"DELETE FROM {_JOURNAL}")


def collect(conn: sqlite3.Connection) -> tuple[RowChange, ...]:
    """The rows written since the last :func:`clear`, in order, without no-op updates."""
    changes = []
    for tbl, row_id, before, after in conn.execute(
        f"SELECT tbl, row_id, before, after FROM {_JOURNAL} ORDER BY seq"
    ):
        if before is not None and before == after:
            continue
        changes.append(
            RowChange(
                tbl,
                row_id,
                _decode(before),
                _decode(after),
            )
        )
    return tuple(changes)


def replay(conn: sqlite3.Connection, rows: Iterable[RowChange]) -> None:
    """Bring each row from its ``before`` image to its ``after`` image, in order.

    Runs inside the caller's transaction. Foreign keys are checked at COMMIT rather
    than row by row: one statement may have deleted rows that refer to each other
    (drafts and their parent draft), and no replay order satisfies every row at once;
    the state after the whole replay always does.
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")  # reset by SQLite at COMMIT/ROLLBACK
    for change in rows:
        table = f'main."{change.table}"'
        if change.after is None:
            conn.execute(f"DELETE FROM {table} WHERE id = ?", (change.id,))
        elif change.before is None:
            columns = list(change.after)
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            conn.execute(
                f"INSERT INTO {table} ({names}) VALUES ({marks})",
                [change.after[c] for c in columns],
            )
        else:
            columns = [c for c in change.after if c != "id"]
            assignments = ", ".join(f'"{c}" = ?' for c in columns)
            conn.execute(
                f"UPDATE {table} SET {assignments} WHERE id = ?",
                [*(change.after[c] for c in columns), change.id],
            )


def inverse(rows: Sequence[RowChange]) -> list[RowChange]:
    return [r.inverted() for r in reversed(rows)]
