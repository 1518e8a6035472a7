"""Breakout copies: one .workshop file per table, each knowing the workshop it came from.

A 60-person event splits into tables, each with a scribe and a laptop. Each table
gets a full copy of the main file (agenda, participants, everything on the boards so
far), so its scribe works in the app they know. The copy carries:

- ``workshop.breakout_of``: the main workshop's ``uuid`` (a merge refuses copies of
  another workshop);
- ``workshop.breakout_uuid``: its own row of ``breakouts`` (label, colour, position);
- ``breakouts.baseline``: the highest id of every table when the copy was made, so a
  merge tells what the table added (ids above it) from what the main file already held.

The main file records the tables in the same edit, so making copies is one undo step.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from workshop.domain import board, palettes
from workshop.domain.errors import ValidationError
from workshop.storage.changes import Change, counted
from workshop.storage.document import SUFFIX, Document
from workshop.storage.errors import DocumentError, WriteError
from workshop.storage.journal import tracked_tables
from workshop.storage.lock import FileLock

#: Most tables one event splits into (a 60-person room in tables of four at the least).
MAX_TABLES = 30
#: Colours of tables on the board, in order (distinct on a projector and for colour-blind eyes).
TABLE_COLOURS = palettes.SERIES


@dataclass(frozen=True, slots=True)
class BreakoutTable:
    """One table of a breakout: what the board shows on its merged notes."""

    id: int
    uuid: str
    label: str
    colour: str
    position: int


@dataclass(frozen=True, slots=True)
class Identity:
    """Who a file is: its own uuid, and the main workshop's if it is a breakout copy."""

    uuid: str
    breakout_of: str
    breakout_uuid: str


def identity(conn: sqlite3.Connection) -> Identity:
    row = conn.execute(
        "SELECT uuid, breakout_of, breakout_uuid FROM workshop WHERE id = 1"
    ).fetchone()
    return Identity(*row)


def tables(doc: Document) -> list[BreakoutTable]:
    """The breakout tables this workshop knows, in order."""
    return [
        BreakoutTable(*row)
        for row in doc.conn.execute(
            "SELECT id, uuid, label, colour, position FROM breakouts ORDER BY position, id"
        )
    ]


def copy_name(main: Path, label: str) -> str:
    """``riverside - Table 2.workshop``: the table's name, safe on every file system."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", label).strip() or "table"
    return f"{main.stem} - {safe}{SUFFIX}"


@dataclass(frozen=True, slots=True)
class Copies:
    paths: list[Path]
    #: The main file's undo step (the tables it now knows).
    change: Change


def make_copies(
    doc: Document,
    count: int,
    out_dir: Path,
    *,
    labels: list[str] | None = None,
    overwrite: bool = False,
) -> Copies:
    """Write ``count`` breakout copies of ``doc`` into ``out_dir`` and record the tables.

    Copies are written under temporary names first and put in place only once the main
    file has recorded its tables, so a failure leaves neither half-written copies nor
    tables that have no copy.
    """
    if not 1 <= count <= MAX_TABLES:
        raise ValidationError(
            "The number of tables must be 1 to {max_tables} (got {count}).",
            max_tables=MAX_TABLES, count=count,
        )
    mine = identity(doc.conn)
    if mine.breakout_of:
        raise ValidationError(
            "“{name}” is itself a breakout copy: make breakouts from the main workshop.",
            name=doc.path.name,
        )
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise DocumentError("The folder “{out_dir}” does not exist.", out_dir, out_dir=out_dir)
    if not os.access(out_dir, os.W_OK):
        raise WriteError("Cannot write in the folder “{out_dir}”.", out_dir, out_dir=out_dir)
    start = int(doc.conn.execute("SELECT coalesce(max(position) + 1, 0) FROM breakouts")
                .fetchone()[0])
    names = labels or [f"Table {start + k + 1}" for k in range(count)]
    if len(names) != count or any(not n.strip() for n in names):
        raise ValidationError("Give one non-empty label per table.")
    if len({n.strip().casefold() for n in names}) != count:
        raise ValidationError("Two tables have the same label.")
    targets = [out_dir / copy_name(doc.path, n) for n in names]
    for target in targets:
        if target.exists() and not overwrite:
            raise DocumentError(
                "“{target}” already exists (use --force to replace it).",
                target,
                target=target,
            )
    baseline = json.dumps(_baseline(doc.conn), sort_keys=True)
    rows = [
        (str(uuid.uuid4()), name.strip(), TABLE_COLOURS[(start + k) % len(TABLE_COLOURS)],
         start + k)
        for k, name in enumerate(names)
    ]
    temporaries: list[Path] = []
    locks = [FileLock(t) for t in targets]
    try:
        for lock in locks:
            lock.acquire()
        for target, row in zip(targets, rows, strict=True):
            temporary = target.with_name(f".{target.name}.partial")
            temporaries.append(temporary)
            _write_copy(doc, temporary, mine.uuid, row, rows, baseline)
        label = counted(count, "Make 1 breakout copy", "Make {count} breakout copies")
        with doc.edit(label) as ed:
            ed.conn.executemany(
                "INSERT INTO breakouts (uuid, label, colour, position, baseline)"
                " VALUES (?, ?, ?, ?, ?)",
                [(*row, baseline) for row in rows],
            )
        for temporary, target in zip(temporaries, targets, strict=True):
            for extra in ("-wal", "-shm"):
                Path(str(target) + extra).unlink(missing_ok=True)
            os.replace(temporary, target)
        assert ed.change is not None
    except (OSError, sqlite3.Error) as exc:
        raise WriteError("Could not write the breakout copies: {exc}.", out_dir, exc=exc) from exc
    finally:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
        for lock in locks:
            lock.release()
    return Copies(targets, ed.change)


def _write_copy(
    doc: Document,
    path: Path,
    main_uuid: str,
    row: tuple[str, str, str, int],
    rows: list[tuple[str, str, str, int]],
    baseline: str,
) -> None:
    path.unlink(missing_ok=True)
    dest = sqlite3.connect(path, isolation_level=None)
    try:
        doc.conn.backup(dest)
        table_uuid, label, _colour, _position = row
        dest.execute("BEGIN")
        dest.executemany(
            "INSERT INTO breakouts (uuid, label, colour, position, baseline)"
            " VALUES (?, ?, ?, ?, ?)",
            [(*r, baseline) for r in rows],
        )
        dest.execute(
            "UPDATE workshop SET uuid = ?, breakout_of = ?, breakout_uuid = ?,"
            " title = title || ' — ' || ? WHERE id = 1",
            (table_uuid, main_uuid, table_uuid, label),
        )
        # The table starts with nothing to undo: the main file's history is not theirs.
        dest.execute("DELETE FROM history")
        dest.execute("COMMIT")
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def _baseline(conn: sqlite3.Connection) -> dict[str, object]:
    """The highest id of every content table now, and where each board's tables go.

    ``stride`` is, per brainstorm, how far apart the tables' contributions are put side
    by side on the main board: the board's width now, and at least a six-note row;
    ``bottom`` is where the board ends now: the tables' additions go below it.
    """
    ids = {
        table: int(conn.execute(f'SELECT coalesce(max(id), 0) FROM "{table}"').fetchone()[0])
        for table in tracked_tables(conn)
    }
    least = board.MIN_COLUMNS * (board.NOTE_WIDTH + board.GAP)
    stride = {
        str(activity_id): max(least, float(right or 0) - float(left or 0)) + board.CLUSTER_GAP
        for activity_id, left, right in conn.execute(
            "SELECT a.id, min(n.x), max(n.x) + ? FROM activities a"
            " LEFT JOIN notes n ON n.activity_id = a.id WHERE a.kind = 'brainstorm'"
            " GROUP BY a.id",
            (board.NOTE_WIDTH,),
        )
    }
    bottom = {
        str(activity_id): float(low or 0)
        for activity_id, low in conn.execute(
            "SELECT a.id, max("
            " coalesce((SELECT max(y) FROM notes WHERE activity_id = a.id) + ?, 0),"
            " coalesce((SELECT max(y + height) FROM clusters WHERE activity_id = a.id), 0))"
            " FROM activities a WHERE a.kind = 'brainstorm'",
            (board.NOTE_HEIGHT,),
        )
    }
    return {"ids": ids, "stride": stride, "bottom": bottom}


def board_tables(doc: Document, activity_id: int) -> dict[tuple[str, int], BreakoutTable]:
    """The table each merged note and cluster of a board came from, keyed ("notes", id) or
    ("clusters", id); the main file's own items are absent."""
    tables_by_id = {t.id: t for t in tables(doc)}
    found: dict[tuple[str, int], BreakoutTable] = {}
    for table in ("notes", "clusters"):
        for row_id, breakout_id in doc.conn.execute(
            f"SELECT o.row_id, o.breakout_id FROM merged_rows o JOIN {table} x ON x.id = o.row_id"
            " WHERE o.tbl = ? AND x.activity_id = ?",
            (table, activity_id),
        ):
            if int(breakout_id) in tables_by_id:
                found[(table, int(row_id))] = tables_by_id[int(breakout_id)]
    return found
