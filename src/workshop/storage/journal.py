"""Capture every row a connection writes, so any operation can be undone and redone.

Temporary triggers (they live in the connection, not in the file, so people
editing the file with other tools are not affected) copy the before and after
image of each changed row into a temporary table. An operation reads them back
as :class:`RowChange` values when it commits.

Thousands of rows inserted by one statement (a breakout merge) are captured in bulk
instead (:func:`insert_many`): one query writes a small check value per row (a CRC-32
of the row's JSON text; or of what it says, beside its other columns' short values),
kept as one :class:`BulkRows`. Undo compares the rows with their
checks (another program may have changed one since), takes their images then (what redo
needs is exactly what undo took away) and removes them in one statement; redo puts them
back in one (:func:`replay`; docs/decisions/0018-merge-undo-checks.md).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from workshop.storage.changes import BulkRows, Part, Row, RowChange, decode_row
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
    """Create the capture table and triggers for this connection (idempotent).

    A row of the capture table is one row's images, or (``last`` set) rows
    ``row_id``…``last`` inserted by one statement (:func:`insert_many`: their ``checks``),
    or (``gone``, their images in ``bulk``) deleted again by one (an undone bulk insert,
    :func:`replay`) or put back by one (redone).
    """
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS _journal ("
        " seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id INTEGER NOT NULL,"
        " before TEXT, after TEXT, last INTEGER, bulk TEXT, gone INTEGER, checks TEXT)"
    )
    # zlib's own C function: a bulk insert's row checks run no Python per row.
    conn.create_function("workshop_crc32", 1, zlib.crc32, deterministic=True)
    for table in tracked_tables(conn):
        columns = _columns(conn, table)
        for event in ("INSERT", "UPDATE", "DELETE"):
            _create_trigger(conn, table, columns, event)


#: A column's name, and whether it can hold a REAL (see :func:`_columns`).
Column = tuple[str, bool]


def _columns(conn: sqlite3.Connection, table: str) -> list[Column]:
    """``table``'s columns, each with whether it can hold a REAL: not a TEXT column (SQLite
    stores a real given to it as text) nor the INTEGER PRIMARY KEY."""
    columns = []
    for _cid, name, declared, _notnull, _default, key in conn.execute(
        f'PRAGMA main.table_info("{table}")'
    ):
        kind = str(declared).upper()
        text = "INT" not in kind and any(k in kind for k in ("CHAR", "CLOB", "TEXT"))
        rowid = bool(key) and kind == "INTEGER" and name == "id"
        columns.append((str(name), not (text or rowid)))
    return columns


def _image(prefix: str, columns: Sequence[Column]) -> str:
    """SQL for the JSON image of a row (``prefix``: NEW, OLD or a table alias)."""
    pairs = ", ".join(
        f"'{c}', " + (_exact(f'{prefix}."{c}"') if real else f'{prefix}."{c}"')
        for c, real in columns
    )
    return f"json_object({pairs})"


def _create_trigger(
    conn: sqlite3.Connection, table: str, columns: Sequence[Column], event: str
) -> None:
    row_id, before, after = {
        "INSERT": ("NEW.id", "NULL", _image("NEW", columns)),
        "UPDATE": ("NEW.id", _image("OLD", columns), _image("NEW", columns)),
        "DELETE": ("OLD.id", _image("OLD", columns), "NULL"),
    }[event]
    conn.execute(
        f'CREATE TEMP TRIGGER IF NOT EXISTS "_j_{table}_{event.lower()}" '
        f'AFTER {event} ON main."{table}" BEGIN '
        "INSERT INTO _journal (tbl, row_id, before, after) "
        f"VALUES ('{table}', {row_id}, {before}, {after}); END"
    )


def crc32_sql(text: str) -> str:
    """SQL for the CRC-32 of the SQL text value ``text`` (its UTF-8 bytes), by zlib's C
    function registered in :func:`install`: no Python runs per row."""
    return f"workshop_crc32(CAST({text} AS BLOB))"


def row_crc_sql(alias: str, columns: Sequence[str]) -> str:
    """SQL for the CRC-32 of ``columns`` of the row ``alias`` (their values as SQLite's
    ``json_array`` writes them: exact for text and integers; reals to 15 digits, the way
    this SQLite version writes them). The one definition of a row's check value and of a
    merge's ``origins.fingerprint`` (this of a merged row's content columns), so a merged
    row's undo check is its fingerprint, not a second CRC-32 of the same text."""
    values = ", ".join(f'{alias}."{c}"' for c in columns)
    return crc32_sql(f"json_array({values})")


def _checks(
    table: str,
    columns: Sequence[Column],
    *,
    grouped: bool = True,
    only: Sequence[str] = (),
    rest: Sequence[str] = (),
    given: str = "",
) -> str:
    """SQL (parameters: first, last) for the check values of rows first…last in id order:
    each the CRC-32 of the row's values (:func:`row_crc_sql`); ``only``: of those columns.
    ``rest``: the values of those other columns too, themselves (:func:`_rest_value`).

    ``grouped``: ``{"sqlite": version, "crc32": [...]}`` (and ``"columns"``: ``only``;
    ``"rest_columns"``: ``rest`` and ``"rest"``: their values, an array per column) as
    JSON text (a row written another way by another SQLite version is no change); else
    (id, check, JSON array of the row's ``rest`` values or NULL) rows. ``given``
    (grouped only): SQL (parameters: first, last; then first, last again if ``rest``)
    for the JSON array of the CRC-32s, already computed.
    """
    named = dict(columns)
    values = [_rest_value(f'r."{c}"', named.get(c, True)) for c in rest]
    span = f' FROM main."{table}" r WHERE r.id BETWEEN ? AND ? ORDER BY r.id'
    if not grouped:
        said = f"json_array({', '.join(values)})" if rest else "NULL"
        check = row_crc_sql("r", only or [c for c, _real in columns])
        return f"SELECT r.id, {check}, {said}{span}"
    if given and not rest:  # nothing to read from the rows themselves
        return f"SELECT {_grouped(f'json(({given}))', only)}"
    crc32 = f"json(({given}))" if given else "json_group_array({})".format(
        row_crc_sql("r", only or [c for c, _real in columns]))
    said = "json_array(" + ", ".join(f"json_group_array({v})" for v in values) + ")"
    # Aggregated as read (a subquery's ORDER BY cost a quarter of the time): NOT INDEXED
    # reads the table's own b-tree, in id order, never an index that covers the columns.
    return (f"SELECT {_grouped(crc32, only, rest, said)}"
            f' FROM main."{table}" r NOT INDEXED WHERE r.id BETWEEN ? AND ?')


def _rest_value(value: str, real: bool) -> str:
    """SQL for a value of a check's ``rest`` (a row's columns other than those its CRC-32
    covers): the value itself, as SQLite's JSON writes it, except that a real equal to an
    integer is written as that integer (exact; a board's positions mostly are, and
    writing a real's 15 digits cost more than the rest of the check together)."""
    if not real:
        return value
    return f"iif({value} = CAST({value} AS INTEGER), CAST({value} AS INTEGER), {value})"


def _grouped(crc32: str, only: Sequence[str], rest: Sequence[str] = (), said: str = "") -> str:
    """SQL for the checks' JSON text, of the JSON array ``crc32`` (and ``said``, the JSON
    array of the ``rest`` columns' arrays of values)."""
    named = (", 'columns', " + _names(only)) if only else ""
    after = f", 'rest_columns', {_names(rest)}, 'rest', {said}" if rest else ""
    return f"json_object('sqlite', sqlite_version(){named}, 'crc32', {crc32}{after})"


def _names(columns: Sequence[str]) -> str:
    return "json_array(" + ", ".join(f"'{c}'" for c in columns) + ")"


#: The checks of a bulk insert of the step's own records (a merge's ``origins``), which
#: undo takes as they are: no program's edit to one is lost (redo puts back what undo took)
#: and none is user content to warn about.
UNCHECKED = "{}"


def insert_many(
    conn: sqlite3.Connection,
    table: str,
    sql: str,
    params: Sequence[object] = (),
    *,
    checked: bool = True,
    aside: Aside | None = None,
) -> int:
    """Run ``sql``, one INSERT into ``table`` of many rows, and capture them in bulk
    (:class:`BulkInsert`, recorded at once). Returns how many rows it inserted.

    ``checked=False``: no check values (:data:`UNCHECKED`): for rows that are the step's
    own records rather than anyone's content (a merge's ``origins``, one per note), whose
    checks cost as much as the notes' own.
    """
    bulk = BulkInsert(conn, table, aside)
    count = bulk.run(sql, params)
    bulk.record(checked=checked)
    return count


class BulkInsert:
    """One INSERT into ``table`` of many rows, captured in bulk, in two steps: ``run`` it,
    then ``record`` it in the journal (other statements may come between: a merge writes
    the rows' ``origins``, whose fingerprints are then taken as the rows' checks).

    The row-by-row capture of inserts into ``table`` stands aside for the statement
    (``aside``: for the block of bulk work it belongs to); then one query writes a check
    value per inserted row (:func:`_checks`), not their images: those are taken if the
    step is undone (a merge inserts thousands of notes of long text; writing them twice
    more, as images and in the history, cost more than the merge's own inserts). The
    statement must give every row an id above every id ``table`` holds (as SQLite's own
    rowids and the merge's numbering do).
    """

    def __init__(self, conn: sqlite3.Connection, table: str, aside: Aside | None = None):
        if not conn.in_transaction:  # a failure must roll the stand-aside back too
            raise RuntimeError("insert_many runs inside an edit (Document.edit)")
        self.conn, self.table, self.aside = conn, table, aside
        self.columns: list[Column] = []
        self.top = self.first = self.last = self.count = 0

    def run(
        self, sql: str, params: Sequence[object] = (), *, ids: tuple[int, int] | None = None
    ) -> int:
        """Run the INSERT; returns how many rows it inserted. ``ids``: the rows get the ids
        first…last (a merge's numbering, or SQLite's above the table's last row), so they
        are those ids exactly when it inserted that many, all above the table's last row,
        the last of them ``last`` (nothing read back but the largest id)."""
        conn, table = self.conn, self.table
        self.top = int(
            conn.execute(f'SELECT coalesce(max(id), 0) FROM main."{table}"').fetchone()[0]
        )
        if self.aside is not None:
            self.columns = self.aside.take(table)
            self.count = max(conn.execute(sql, tuple(params)).rowcount, 0)
        else:
            with _in_bulk(conn, table, "INSERT") as columns:
                self.columns = columns
                self.count = max(conn.execute(sql, tuple(params)).rowcount, 0)
        if ids is not None:
            if ids[0] <= self.top or self.count not in (0, ids[1] - ids[0] + 1) or (
                self.count and conn.execute(
                    f'SELECT max(id) FROM main."{table}"').fetchone()[0] != ids[1]
            ):
                raise RuntimeError(f"insert_many into {table}: not ids {ids[0]}…{ids[1]}")
            if self.count:
                self.first, self.last = ids
        elif self.count:
            self.first, self.last, found = conn.execute(
                f'SELECT min(id), max(id), count(*) FROM main."{table}" WHERE id > ?',
                (self.top,),
            ).fetchone()
            if found != self.count:
                raise RuntimeError(
                    f"insert_many into {table}: rows were not numbered above {self.top}"
                )
        return self.count

    def record(
        self, *, checked: bool = True, only: Sequence[str] = (), given: str = ""
    ) -> None:
        """Write the rows' checks into the journal; rows with gaps between their ids are
        kept row by row, with images.

        ``only``: the CRC-32s cover those columns, and the checks keep the row's other
        columns' values themselves (:func:`_checks`: every column is checked, and the
        CRC-32 of what a row says can be one already computed). ``given``: SQL (parameters:
        first, last) for the JSON array of those CRC-32s in id order, already computed (a
        merge's ``origins`` fingerprints: the same :func:`row_crc_sql` of the same
        columns), taken instead of computing them again.
        """
        conn, table, columns = self.conn, self.table, self.columns
        if not self.count:
            return
        span = (self.first, self.last)
        if self.last - self.first + 1 == self.count and not checked:
            conn.execute(
                "INSERT INTO _journal (tbl, row_id, last, checks) VALUES (?, ?, ?, ?)",
                (table, *span, UNCHECKED),
            )
        elif self.last - self.first + 1 == self.count:
            rest = _rest_of(columns, only)
            if given:  # one check per row, or the step could not tell which row changed
                kept = conn.execute(f"SELECT json_array_length(({given}))", span).fetchone()[0]
                if kept != self.count:
                    raise RuntimeError(f"{table}: {kept} checks given for {self.count} rows")
            checks = _checks(table, columns, only=only, rest=rest, given=given)
            conn.execute(
                f"INSERT INTO _journal (tbl, row_id, last, checks) SELECT ?, ?, ?, ({checks})",
                (table, *span, *span, *(span if given and rest else ())),
            )
        else:  # ids with gaps: kept row by row
            conn.execute(
                "INSERT INTO _journal (tbl, row_id, after)"
                f" SELECT ?, r.id, {_image('r', columns)}"
                f' FROM main."{table}" r WHERE r.id > ? ORDER BY r.id',
                (table, self.top),
            )


    def checks_pass(
        self, only: Sequence[str], also: Sequence[str] = (), params: Sequence[object] = ()
    ) -> tuple[str, tuple[object, ...]]:
        """SQL and its parameters that read the inserted rows once, in id order, for their
        checks when their CRC-32s cover ``only`` (:meth:`record_pass`): the JSON array of
        those CRC-32s (:func:`row_crc_sql`), the JSON array of the other columns' arrays of
        values (as :func:`_checks` keeps them), then each of ``also`` (the caller's
        aggregates over the same rows, alias ``r``: a merge's record of them; ``params``
        theirs). The same text for every such insert into a table: compiled once."""
        named = dict(self.columns)
        values = [_rest_value(f'r."{c}"', named.get(c, True))
                  for c in _rest_of(self.columns, only)]
        crc32 = f"json_group_array({row_crc_sql('r', only)})"
        said = "json_array(" + ", ".join(f"json_group_array({v})" for v in values) + ")"
        return (f"SELECT {crc32}, {said}{''.join(', ' + a for a in also)}"
                f' FROM main."{self.table}" r NOT INDEXED WHERE r.id BETWEEN ? AND ?',
                (*params, self.first, self.last))

    def record_pass(self, only: Sequence[str], crc32: str, said: str) -> None:
        """Write the checks :meth:`checks_pass` read (the same JSON as :meth:`record` with
        ``only`` writes, put together without reading it again)."""
        if not self.count:
            return
        if self.last - self.first + 1 != self.count or crc32.count(",") + 1 != self.count:
            raise RuntimeError(f"{self.table}: checks read for rows with gaps between ids")
        rest = _rest_of(self.columns, only)
        checks = ('{"sqlite":' + json.dumps(sqlite3.sqlite_version)
                  + ',"columns":' + json.dumps(list(only)) + ',"crc32":' + crc32
                  + (',"rest_columns":' + json.dumps(rest) + ',"rest":' + said if rest else "")
                  + "}")
        self.conn.execute(
            "INSERT INTO _journal (tbl, row_id, last, checks) VALUES (?, ?, ?, ?)",
            (self.table, self.first, self.last, checks),
        )


def _rest_of(columns: Sequence[Column], only: Sequence[str]) -> list[str]:
    """The columns a check keeps as values when its CRC-32 covers ``only`` (all but ``id``)."""
    return [c for c, _real in columns if only and c != "id" and c not in only]


def _bulk_images(table: str, columns: Sequence[Column]) -> str:
    """SQL (parameters: table, first, last) for the images of rows first…last, in id order,
    as :class:`BulkRows` keeps them."""
    return (
        f"SELECT json_group_array(json_array(?, r.id, NULL, {_image('r', columns)}))"
        f' FROM main."{table}" r WHERE r.id BETWEEN ? AND ?'
    )


class Aside:
    """Tables whose row-by-row capture of one ``event`` (INSERT or DELETE) stands aside
    while bulk statements capture their rows themselves (:func:`insert_many`).

    The trigger is dropped the first time a table is taken and made again once, when the
    block ends (:func:`standing_aside`), inside the caller's transaction, so a rollback
    undoes both. A trigger told to do nothing would still run for every row (for a
    merge's thousands of notes, as much as the copy itself), and making one compiles its
    image SQL (~0.2 ms), so a merge takes each table once, not once per statement.
    """

    def __init__(self, conn: sqlite3.Connection, event: str = "INSERT") -> None:
        self.conn = conn
        self.event = event
        #: Tables whose trigger this block dropped, with their columns.
        self._dropped: dict[str, list[Column]] = {}
        #: Every table taken, with its columns.
        self._taken: dict[str, list[Column]] = {}

    def take(self, table: str) -> list[Column]:
        """Stand ``table``'s capture aside (once); its columns."""
        if table in self._taken:
            return self._taken[table]
        columns = self._taken[table] = _columns(self.conn, table)
        name = f"_j_{table}_{self.event.lower()}"
        if self.conn.execute(
            "SELECT 1 FROM temp.sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).fetchone():  # not there: nothing is captured on this connection
            self.conn.execute(f'DROP TRIGGER temp."{name}"')
            self._dropped[table] = columns
        return columns

    def inserted(self, table: str, row_id: int) -> None:
        """Capture one row inserted by a plain statement into ``table`` as its trigger
        would have (nothing if its trigger is not aside: it did)."""
        columns = self._dropped.get(table)
        if columns is not None and self.event == "INSERT":
            self.conn.execute(
                f"INSERT INTO _journal (tbl, row_id, before, after) SELECT ?, r.id, NULL,"
                f' {_image("r", columns)} FROM main."{table}" r WHERE r.id = ?',
                (table, row_id),
            )

    def restore(self) -> None:
        for table, columns in self._dropped.items():
            _create_trigger(self.conn, table, columns, self.event)
        self._dropped.clear()
        self._taken.clear()


@contextlib.contextmanager
def standing_aside(conn: sqlite3.Connection, event: str = "INSERT") -> Iterator[Aside]:
    """A block in which bulk statements take tables' capture of ``event`` aside
    (:class:`Aside`); every trigger dropped is made again at its end."""
    aside = Aside(conn, event)
    try:
        yield aside
    finally:
        aside.restore()


@contextlib.contextmanager
def _in_bulk(conn: sqlite3.Connection, table: str, event: str) -> Iterator[list[Column]]:
    """The row-by-row capture of ``event`` on ``table`` stands aside for one statement."""
    with standing_aside(conn, event) as aside:
        yield aside.take(table)


def _exact(value: str) -> str:
    """SQL that keeps a REAL value exact in the JSON image.

    ``json_object`` writes reals with 15 significant digits, so 166.66666666666669 would
    come back from undo as 166.666666666667. A real is written instead as its 17-digit
    text (enough for any double), which ``json()`` keeps as a JSON number as it is: the
    history's JSON (built by SQL for a bulk insert) holds plain, exact numbers. An infinite
    real (no JSON number) is kept as a one-element array of its text, which
    :func:`changes.decode_row` turns back into the float. No other value is ever an array.
    """
    finite = f"{value} BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308"
    return (
        f"CASE WHEN typeof({value}) != 'real' THEN {value}"
        f" WHEN {finite} THEN json(printf('%!.17g', {value}))"
        f" ELSE json_array(printf('%!.17g', {value})) END"
    )


def _decode(image: str | None) -> Row | None:
    return None if image is None else decode_row(json.loads(image))


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


def collect(conn: sqlite3.Connection, *, since: int = 0) -> tuple[Part, ...]:
    """The rows written since the last :func:`clear` (or ``since`` a :func:`mark`), in order,
    without no-op updates; rows inserted by :func:`insert_many` as one :class:`BulkRows`."""
    changes: list[Part] = []
    for tbl, row_id, before, after, last, bulk, gone, checks in conn.execute(
        f"SELECT tbl, row_id, before, after, last, bulk, gone, checks FROM {_JOURNAL}"
        " WHERE seq > ? ORDER BY seq",
        (since,),
    ):
        if last is not None:
            changes.append(BulkRows(tbl, row_id, last, bulk, bool(gone), checks))
            continue
        if before is not None and before == after:
            continue
        changes.append(RowChange(tbl, row_id, _decode(before), _decode(after)))
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


#: Images an undo took of bulk inserts kept by their checks: (table, first, last) → images.
Taken = dict[tuple[str, int, int], str]


def replay(conn: sqlite3.Connection, rows: Iterable[Part]) -> Taken:
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

    Returns the images taken of bulk inserts that were kept by their checks only
    (``Change.adopt_images`` keeps them for redo).
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")  # reset by SQLite at COMMIT/ROLLBACK
    taken: Taken = {}
    for change in rows:
        if isinstance(change, BulkRows):
            fresh = not change.captured
            if fresh:
                change = _take_images(conn, change)
                taken[(change.table, change.first, change.last)] = change.images or "[]"
            if not _replay_bulk(conn, change, checked=fresh):
                replay(conn, change.rows())  # row by row: finds and names what changed
            continue
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
    return taken


def _take_images(conn: sqlite3.Connection, bulk: BulkRows) -> BulkRows:
    """Undoing a bulk insert kept by its checks: each row must still match its check
    (else :class:`Drift` names the first that does not); then its images are taken.

    Checks made by another SQLite version are not compared (it may write a real number
    otherwise), nor are rows kept :data:`UNCHECKED`: the images taken are what redo puts
    back, so nothing is lost either way. Checks made before they kept the ``rest`` of a
    row's columns compare what they kept.
    """
    if not bulk.removed:
        raise ValueError(f"redo of {bulk.table} {bulk.first}…{bulk.last} before its undo")
    table, columns, span = bulk.table, _columns(conn, bulk.table), (bulk.first, bulk.last)
    kept_by = json.loads(bulk.checks or UNCHECKED)
    try:
        if kept_by and kept_by.get("sqlite") == sqlite3.sqlite_version:
            only, rest = kept_by.get("columns", ()), kept_by.get("rest_columns", ())
            now_by = json.loads(
                conn.execute(_checks(table, columns, only=only, rest=rest), span).fetchone()[0]
            )
            if now_by != kept_by:
                _drifted(conn, bulk, kept_by, _checks(
                    table, columns, grouped=False, only=only, rest=rest))
        images = conn.execute(_bulk_images(table, columns), (table, *span)).fetchone()[0]
    except sqlite3.OperationalError as error:
        if "BLOB" not in str(error):
            raise
        _blob_written(conn, table, columns, span)
        raise
    return bulk.with_images(str(images))


def _blob_written(
    conn: sqlite3.Connection, table: str, columns: Sequence[Column], span: tuple[int, int]
) -> None:
    """Raise :class:`Drift` naming the first row of ``span`` and its columns holding a
    BLOB, which no check or image can hold (JSON has none) and which only another program
    writes: the check would have said it changed."""
    blob = " OR ".join(f"typeof(\"{c}\") = 'blob'" for c, _real in columns)
    found = conn.execute(
        f'SELECT id FROM main."{table}" WHERE id BETWEEN ? AND ? AND ({blob}) ORDER BY id'
        " LIMIT 1", span).fetchone()
    row = _current(conn, table, int(found[0])) if found else None
    if row is not None:
        raise Drift(table, row, "changed", [c for c, v in row.items() if isinstance(v, bytes)])


def _drifted(
    conn: sqlite3.Connection, bulk: BulkRows, kept_by: dict[str, Any], rows: str
) -> None:
    """Raise :class:`Drift` for the first of ``bulk``'s rows that no longer matches its
    check (``kept_by``; ``rows``: the SQL of each row's check now, :func:`_checks`): named
    by the columns that differ when its CRC-32 still matches and only other columns' values
    (which the check keeps) differ."""
    table, kept, rest = bulk.table, kept_by.get("crc32", []), kept_by.get("rest_columns", [])
    said = list(zip(*kept_by["rest"], strict=True)) if rest else []
    now = {row_id: (check, values) for row_id, check, values in conn.execute(
        rows, (bulk.first, bulk.last))}
    for k, (row_id, check) in enumerate(zip(bulk.ids, kept, strict=False)):
        if row_id not in now:
            raise Drift(table, {"id": row_id}, "deleted")
        crc, values = now[row_id]
        differ = [c for c, was, is_ in zip(rest, said[k] if said else (),
                                           json.loads(values) if values else (), strict=False)
                  if was != is_]
        if crc != check or differ:
            row = _current(conn, table, row_id) or {"id": row_id}
            raise Drift(table, row, "changed", differ if crc == check else ())
    raise Drift(table, {"id": bulk.first}, "changed")  # a check kept for no row


def _replay_bulk(conn: sqlite3.Connection, bulk: BulkRows, *, checked: bool = False) -> bool:
    """Take rows inserted in bulk away again (``bulk.removed``), or put them back, in one
    statement each, captured in bulk too. False (nothing written) when a row is not exactly
    where the replay starts from: :func:`replay` then goes row by row, which names it.

    Taking away: the rows' images now, built by the same SQL, must be the very text kept
    (so no row changed, none is missing), unless they were just taken after a check of
    each row (``checked``). Putting back: none of the ids may be taken.
    """
    table, columns = bulk.table, _columns(conn, bulk.table)
    span = (bulk.first, bulk.last)
    if bulk.removed:
        if not checked:
            now = conn.execute(_bulk_images(table, columns), (table, *span)).fetchone()[0]
            if now != bulk.images:
                return False
        owned = [c for c, (_col, owner) in CLOCK_OWNERS.items() if owner == table]
        with _in_bulk(conn, table, "DELETE"):
            for row_id in bulk.ids if owned else ():
                _drop_clocks_of(conn, table, row_id)
            conn.execute(f'DELETE FROM main."{table}" WHERE id BETWEEN ? AND ?', span)
    else:
        if conn.execute(
            f'SELECT 1 FROM main."{table}" WHERE id BETWEEN ? AND ? LIMIT 1', span
        ).fetchone():
            return False
        rows = [r.after for r in bulk.rows() if r.after is not None]
        names = [c for c, _real in columns]
        quoted = ", ".join(f'"{c}"' for c in names)
        marks = ", ".join("?" for _ in names)
        with _in_bulk(conn, table, "INSERT"):
            conn.executemany(
                f'INSERT INTO main."{table}" ({quoted}) VALUES ({marks})',
                [[row.get(c) for c in names] for row in rows],
            )
    conn.execute(
        "INSERT INTO _journal (tbl, row_id, last, bulk, gone, checks) VALUES (?, ?, ?, ?, ?, ?)",
        (table, bulk.first, bulk.last, bulk.images, int(bulk.removed), bulk.checks),
    )
    return True


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


def inverse(rows: Sequence[Part]) -> list[Part]:
    return [r.inverted() for r in reversed(rows)]
