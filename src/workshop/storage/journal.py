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
from workshop.storage.schema import CLOCK_COLUMNS, CLOCK_OWNERS, UNTRACKED_TABLES

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


def mark(conn: sqlite3.Connection) -> int:
    """Where the journal is now; :func:`collect` ``since`` it gives what came after."""
    return int(conn.execute(f"SELECT coalesce(max(seq), 0) FROM {_JOURNAL}").fetchone()[0])


def collect(conn: sqlite3.Connection, *, since: int = 0) -> tuple[RowChange, ...]:
    """The rows written since the last :func:`clear` (or ``since`` a :func:`mark`), in order,
    without no-op updates."""
    changes = []
    for tbl, row_id, before, after in conn.execute(
        f"SELECT tbl, row_id, before, after FROM {_JOURNAL} WHERE seq > ? ORDER BY seq", (since,)
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


class Drift(Exception):
    """A row no longer matches the image a replay is about to reverse: it changed elsewhere.

    ``how`` is "changed", "deleted" or "added"; ``columns`` names what differs.
    """

    def __init__(self, table: str, row: Row, how: str, columns: Sequence[str] = ()) -> None:
        super().__init__(f"{table} {row.get('id')} {how} {', '.join(columns)}")
        self.table = table
        self.row = row
        self.how = how
        self.columns = tuple(columns)


def replay(conn: sqlite3.Connection, rows: Iterable[RowChange]) -> None:
    """Bring each row from its ``before`` image to its ``after`` image, in order.

    Each row is first checked against the image it is about to leave: if it was
    changed, deleted or added since (sqlite-utils, Datasette, another program),
    :class:`Drift` is raised and the caller rolls the whole replay back, rather than
    overwrite someone's edit. Clock columns (``schema.CLOCK_COLUMNS``) are saved outside
    the history, so they are not checked, and a clock row goes or comes as needed.

    Runs inside the caller's transaction. Foreign keys are checked at COMMIT rather
    than row by row: one statement may have deleted rows that refer to each other
    (drafts and their parent draft), and no replay order satisfies every row at once;
    the state after the whole replay always does.
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")  # reset by SQLite at COMMIT/ROLLBACK
    for change in rows:
        table = f'main."{change.table}"'
        clock = CLOCK_COLUMNS.get(change.table, frozenset())
        current = _current(conn, change.table, change.id)
        if change.before is not None and change.after is not None and current is not None:
            # An update writes back only the columns it changed, and checks only those:
            # an edit made elsewhere to another column of the row is kept, not refused.
            before = change.before
            columns = [c for c in change.after if c != "id" and change.after[c] != before.get(c)]
            _check(change, current, only=[c for c in columns if c not in clock])
            if not columns:
                continue
            assignments = ", ".join(f'"{c}" = ?' for c in columns)
            conn.execute(
                f"UPDATE {table} SET {assignments} WHERE id = ?",
                [*(change.after[c] for c in columns), change.id],
            )
            continue
        if not clock:
            _check(change, current)
        if change.after is None:
            _drop_clocks_of(conn, change.table, change.id)
            conn.execute(f"DELETE FROM {table} WHERE id = ?", (change.id,))
        else:
            # An insert; or a clock row that a replay of its activity took away.
            names = ", ".join(f'"{c}"' for c in change.after)
            marks = ", ".join("?" for _ in change.after)
            verb = "INSERT OR REPLACE" if clock else "INSERT"
            conn.execute(
                f"{verb} INTO {table} ({names}) VALUES ({marks})", list(change.after.values())
            )


def _current(conn: sqlite3.Connection, table: str, row_id: int) -> Row | None:
    cursor = conn.execute(f'SELECT * FROM main."{table}" WHERE id = ?', (row_id,))
    values = cursor.fetchone()
    if values is None:
        return None
    return {d[0]: v for d, v in zip(cursor.description, values, strict=True)}


def _check(change: RowChange, current: Row | None, only: Sequence[str] | None = None) -> None:
    """Raise :class:`Drift` unless ``current`` is the row ``change`` starts from
    (in the ``only`` columns, when given)."""
    if change.before is None:
        if current is not None:
            raise Drift(change.table, current, "added")
        return
    if current is None:
        raise Drift(change.table, change.before, "deleted")
    columns = list(change.before) if only is None else only
    differ = [c for c in columns if c in current and current[c] != change.before.get(c)]
    if differ:
        raise Drift(change.table, current, "changed", differ)


def _drop_clocks_of(conn: sqlite3.Connection, table: str, row_id: int) -> None:
    """Before a replay deletes a row, delete the clock rows of it that the history never saw."""
    for clock_table, (column, owner) in CLOCK_OWNERS.items():
        if owner == table:
            conn.execute(f'DELETE FROM main."{clock_table}" WHERE "{column}" = ?', (row_id,))


def inverse(rows: Sequence[RowChange]) -> list[RowChange]:
    return [r.inverted() for r in reversed(rows)]
