"""Merge breakout tables back into the main workshop, as one undoable step.

Each breakout file is ATTACHed read-only and first checked as :meth:`Document.open`
checks a file (header, format), then its identity (a breakout of *this* workshop), all
before anything is written. It is not read whole (``quick_check`` of the whole file read
its undo history too, often its largest table): inside the merge's transaction each table
it takes rows from is read whole once, every row's number (a torn page can read back as
no rows rather than as an error; the rows it lost read as rows numbered 0), and SQLite
checks every page it reads; damage stops the merge, which rolls back, and the copy is
named. A refused file leaves the main file untouched.
Their rows are brought over with ``INSERT … SELECT`` inside one :meth:`Document.edit`, so
one undo takes the whole merge back; the thousands of rows a merge inserts are captured
for undo in bulk (``journal.BulkInsert``, their tables' row-by-row capture aside for the
batch: a check per row of every column, which for a merged row is its fingerprint beside
its other columns' values; their images are taken if it is undone).

Rules (docs/breakouts.md says them for facilitators):

- What a table **added** (ids above the copy's baseline) comes over, marked with its
  table: the rows one copy brings into one table are recorded as one run
  (``origin_runs``: their ids here, the copy's ids and their fingerprints), single rows
  (walk-ins, tallies) and a run's exceptions in ``origins``; ``merged_rows`` is both.
  What the main file already held when the copies were made is the main file's, and a
  table's changes to it stay at the table.
- **Merging again** brings only what changed: rows already merged are found through
  ``merged_rows`` (so merging the same file twice changes nothing). A later version of a row
  replaces the merged one only if the main file has not edited it since the last merge:
  **an edit made in the main file wins** (laptop clocks at tables cannot be trusted, so
  no "newer time wins"). A merged row removed in the main file **stays removed**: its
  ``origins`` row is the tombstone.
- A merge **never removes** anything from the main file.
- Rows of different tables never meet, and counts (paper tallies) add up, so merging
  breakouts in any order gives the same content.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workshop.domain import board
from workshop.domain import validation as v
from workshop.storage import journal
from workshop.storage.breakout import Identity, identity
from workshop.storage.changes import Change, Label
from workshop.storage.document import (
    Document,
    at_rest,
    check_header,
    check_pages,
    inspect,
)
from workshop.storage.errors import CorruptError, DocumentError
from workshop.storage.lock import resolved
from workshop.storage.merge_spec import (
    ACTION_SOURCE,
    SPECS,
    VOTE_ITEM_OF_ACTIVITY,
    VOTE_ITEM_OF_BALLOT,
    Spec,
)


class MergeError(DocumentError):
    """A breakout cannot be merged into this workshop (says which and why in one line)."""


#: What the one-line report calls each table's rows (singular, plural).
_NOUNS = {
    "notes": ("note", "notes"),
    "clusters": ("cluster", "clusters"),
    "participants": ("new person", "new people"),
    "purpose_statements": ("purpose statement", "purpose statements"),
    "reciprocity_cards": ("offer or ask", "offers and asks"),
    "commitments": ("commitment", "commitments"),
    "pulse_statements": ("pulse statement", "pulse statements"),
    "pulse_rounds": ("pulse round", "pulse rounds"),
    "ballots": ("ballot", "ballots"),
    "tallies": ("paper vote tally", "paper vote tallies"),
    "actions": ("action", "actions"),
}


@dataclass(slots=True)
class TableReport:
    """What one breakout brought: rows added, updated, and kept as the main file had them."""

    label: str
    added: dict[str, int] = field(default_factory=dict)
    updated: int = 0
    kept: int = 0

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    def summary(self) -> str:
        parts = [
            f"{n} {_NOUNS.get(table, (table, table))[n != 1]}"
            for table, n in self.added.items()
            if n and table in _NOUNS
        ]
        text = ", ".join(parts) if parts else "nothing new"
        if self.updated:
            text += f"; {self.updated} updated"
        if self.kept:
            text += f"; {self.kept} kept as edited in the main file"
        return f"{self.label}: {text}"


@dataclass(frozen=True, slots=True)
class _Snapshot:
    path: Path
    uuid: str
    label: str
    #: Its format (``user_version``): a copy of the main file's format has its columns.
    version: int = 0


@dataclass(frozen=True, slots=True)
class MergeResult:
    reports: list[TableReport]
    #: The one undo step (empty when no table brought anything new).
    change: Change


def merge(doc: Document, paths: Sequence[Path]) -> MergeResult:
    """Merge every breakout in ``paths`` into ``doc`` as one undoable step.

    Every file is checked before anything is written. Up to SQLite's limit of attached
    databases (10) are merged in one edit (one transaction, one commit), checked while
    attached for it; more are checked first, batch by batch and each whole (the batches
    commit apart, so a damaged page found by a later one would come too late), then
    merged batch by batch into the same undo step.
    """
    if not paths:
        raise MergeError("No breakout files to merge.")
    conn = doc.conn
    main_uuid = identity(conn).uuid
    size = max(1, conn.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED))
    batches = [[Path(p) for p in paths[i : i + size]] for i in range(0, len(paths), size)]
    if len(batches) == 1:
        with _attached(conn, batches[0]) as aliases:
            checked = _checked(conn, aliases, batches[0], main_uuid, whole=False)
            change, reports = _merge_batch(doc, aliases, checked, _label(checked))
        return MergeResult(reports, change)
    snapshots: list[_Snapshot] = []
    for batch in batches:
        with _attached(conn, batch) as aliases:
            snapshots.extend(_checked(conn, aliases, batch, main_uuid, whole=True))
    _refuse_twice(snapshots)
    label = _label(snapshots)
    all_reports: list[TableReport] = []
    first: Change | None = None
    for start in range(0, len(snapshots), size):
        part = snapshots[start : start + size]
        with _attached(conn, [s.path for s in part]) as aliases:
            change, batch_reports = _merge_batch(doc, aliases, part, label)
        all_reports.extend(batch_reports)
        if first is None or first.is_empty:
            first = change
        elif not change.is_empty:
            doc.merge_history(first, change)
    return MergeResult(all_reports, first if first is not None else Change(label, ()))


def _label(snapshots: Sequence[_Snapshot]) -> Label:
    if len(snapshots) == 1:
        return Label("Merge {table}", table=snapshots[0].label)
    return Label("Merge {count} breakout tables", count=len(snapshots))


def _checked(
    conn: sqlite3.Connection,
    aliases: Sequence[str],
    paths: Sequence[Path],
    main_uuid: str,
    *,
    whole: bool,
) -> list[_Snapshot]:
    snapshots = [
        _snapshot(conn, alias, path, main_uuid, whole=whole)
        for alias, path in zip(aliases, paths, strict=True)
    ]
    _refuse_twice(snapshots)
    return snapshots


def _refuse_twice(snapshots: Sequence[_Snapshot]) -> None:
    seen: dict[str, Path] = {}
    for snap in snapshots:
        if snap.uuid in seen:
            raise MergeError(
                "“{name}” and “{name_b}” are the same table: "
                "merge one of them.", name=snap.path.name, name_b=seen[snap.uuid].name
            )
        seen[snap.uuid] = snap.path


def _snapshot(
    conn: sqlite3.Connection, alias: str, path: Path, main_uuid: str, *, whole: bool
) -> _Snapshot:
    """Check the breakout attached as ``alias`` as Document.open checks a file (header,
    format; ``quick_check`` only if ``whole``), and check it is a breakout of this
    workshop."""
    try:
        version = inspect(conn, path, alias, whole=whole)
        try:
            row = conn.execute(
                "SELECT w.uuid, w.breakout_of, w.breakout_uuid, (SELECT b.label"
                f" FROM {alias}.breakouts b WHERE b.uuid = w.breakout_uuid)"
                f" FROM {alias}.workshop w WHERE w.id = 1"
            ).fetchone()
            if row is None:
                raise sqlite3.OperationalError("no workshop row")
            mine, label = Identity(*row[:3]), row[3]
        except sqlite3.OperationalError:
            raise MergeError(
                "“{name}” is not a breakout copy (it was made by an older Workshop).",
                name=path.name,
            ) from None
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from exc
    if not mine.breakout_of or label is None:
        raise MergeError("“{name}” is not a breakout copy of a workshop.", path, name=path.name)
    if mine.breakout_of != main_uuid:
        raise MergeError(
            "“{name}” is a breakout of another workshop, not of this one.",
            path,
            name=path.name,
        )
    return _Snapshot(path, mine.breakout_uuid, str(label), version)


@contextlib.contextmanager
def _attached(conn: sqlite3.Connection, paths: Sequence[Path]) -> Iterator[list[str]]:
    """The breakouts at ``paths`` attached read-only as b0, b1…, each checked to be a
    workshop file by its header first; detached again afterwards."""
    aliases = [f"b{k}" for k in range(len(paths))]
    # Copies read from a temporary folder (``_attach``), removed once all are detached.
    with contextlib.ExitStack() as staged:
        try:
            for alias, path in zip(aliases, paths, strict=True):
                check_header(path)
                try:
                    _attach(conn, path, alias, staged)
                except sqlite3.DatabaseError as exc:  # a damaged header past the first bytes
                    raise _unreadable(path, exc) from exc
            yield aliases
        finally:
            attached = {row[1] for row in conn.execute("PRAGMA database_list")}
            for alias in aliases:
                if alias in attached:
                    conn.execute(f"DETACH DATABASE {alias}")


def _attach(
    conn: sqlite3.Connection, path: Path, alias: str, staged: contextlib.ExitStack
) -> None:
    """Attach a breakout read-only: as ``immutable`` when it is at rest (nobody has it
    open, nothing to recover: :func:`document.at_rest`), so SQLite takes no locks on it
    and leaves no -wal and -shm beside it; otherwise ``mode=ro``.

    On a drive Workshop cannot write (a locked stick), ``mode=ro`` fails: SQLite cannot
    make the -shm it reads a -wal through. A copy closed properly is then read as
    ``immutable``; one whose -wal holds its table's last changes (its laptop lost power)
    is read from a copy of both files in a temporary folder (``staged`` removes it):
    read as immutable, its last notes were merged as "nothing new"."""
    real = resolved(path)
    uri = real.as_uri()
    if at_rest(real):
        conn.execute(f"ATTACH DATABASE ? AS {alias}", (f"{uri}?immutable=1",))
        return
    try:
        conn.execute(f"ATTACH DATABASE ? AS {alias}", (f"{uri}?mode=ro",))
        conn.execute(f"SELECT count(*) FROM {alias}.sqlite_master").fetchone()
    except sqlite3.OperationalError:
        with contextlib.suppress(sqlite3.OperationalError):
            conn.execute(f"DETACH DATABASE {alias}")
        wal = Path(f"{real}-wal")
        if wal.is_file() and wal.stat().st_size:
            folder = Path(staged.enter_context(
                tempfile.TemporaryDirectory(prefix="workshop-merge-")))
            copy = folder / real.name
            shutil.copyfile(real, copy)
            shutil.copyfile(wal, f"{copy}-wal")
            conn.execute(f"ATTACH DATABASE ? AS {alias}", (f"{copy.as_uri()}?mode=ro",))
            return
        conn.execute(f"ATTACH DATABASE ? AS {alias}", (f"{uri}?immutable=1",))


def _merge_batch(
    doc: Document, aliases: Sequence[str], batch: Sequence[_Snapshot], label: str
) -> tuple[Change, list[TableReport]]:
    reports: list[TableReport] = []  # its length: the copy being read
    try:
        # The tables the merge inserts into in bulk keep their row-by-row capture aside
        # until the batch ends (journal.Aside), then it is made again, before the commit.
        with doc.edit(label) as ed, journal.standing_aside(ed.conn) as aside:
            maps = _Maps(ed.conn)
            known: dict[tuple[str, str], list[str]] = {}
            for alias, snap in zip(aliases, batch, strict=True):
                reports.append(_Merger(ed.conn, alias, snap, known, aside, maps).run())
        assert ed.change is not None
        return ed.change, reports
    except sqlite3.IntegrityError as exc:
        raise MergeError("The breakouts could not be merged: {exc}.", exc=exc) from exc
    except sqlite3.DatabaseError as exc:
        if exc.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise
        # A page SQLite read is damaged: the edit has rolled back. Say which file.
        raise _damaged(doc, aliases, batch, len(reports), exc) from exc


#: Tables whose rows just added are listed (``temp._new_T``): parents of rows that come
#: only with them (a ballot's dots).
_PARENTS = frozenset(spec.refs[spec.with_new_parent] for spec in SPECS if spec.with_new_parent)

#: The merge's working tables (temporary, kept on the connection), made when first needed.
_WORKING = {
    # a table's new rows, numbered (_Merger._insert_new)
    "_seq": "(n INTEGER PRIMARY KEY, src INTEGER NOT NULL)",
    # every row a merge brought from this copy (_Merger.run)
    "_seen": "(tbl TEXT NOT NULL, src INTEGER NOT NULL, PRIMARY KEY (tbl, src)) WITHOUT ROWID",
}


class _Maps:
    """The id maps of a batch (``temp._m_T``: copy id → main id; ``temp._new_T``: copy ids
    of rows just added) and the working tables, kept on the connection and made the first
    time a merge needs each: most of a merge's tables have no rows, and making a table
    costs as much as a small statement. Every one that exists is empty when a batch starts
    (each copy empties what it wrote)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # Asked again for each batch: a rolled-back batch takes the tables it made with it.
        self.existing = {row[0] for row in conn.execute(
            "SELECT name FROM temp.sqlite_master WHERE type = 'table'"
            " AND (name LIKE '\\_m\\_%' ESCAPE '\\' OR name LIKE '\\_new\\_%' ESCAPE '\\'"
            " OR name IN ('_seq', '_seen'))")}
        for name in sorted(self.existing):
            conn.execute(f'DELETE FROM temp."{name}"')
        #: The main file's format: a copy of the same format has the same columns.
        self.version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        #: The main file's people by name and organisation (_Merger._participants), kept
        #: for the batch: each copy's walk-ins join it.
        self.people: dict[tuple[str, str], int] | None = None

    def map(self, table: str) -> str:
        """``table``'s id map (copy id → main id)."""
        return self.working(f"_m_{table}", "(src INTEGER PRIMARY KEY, dst INTEGER NOT NULL)")

    def new(self, table: str) -> str:
        """The copy ids of ``table``'s rows just added."""
        return self.working(f"_new_{table}", "(src INTEGER PRIMARY KEY)")

    def working(self, name: str, columns: str = "") -> str:
        if name not in self.existing:
            self.conn.execute(f'CREATE TEMP TABLE "{name}" {columns or _WORKING[name]}')
            self.existing.add(name)
        return f'temp."{name}"'

    def empty(self, tables: Iterable[str]) -> None:
        """Empty the maps of ``tables`` (those that exist)."""
        for table in tables:
            for name in (f"_m_{table}", f"_new_{table}"):
                if name in self.existing:
                    self.conn.execute(f'DELETE FROM temp."{name}"')


def _damaged(
    doc: Document,
    aliases: Sequence[str],
    batch: Sequence[_Snapshot],
    reading: int,
    exc: sqlite3.DatabaseError,
) -> CorruptError:
    """The file a damaged page belongs to: the copy being read first, then the others,
    each checked whole; the main file if none of them is damaged."""
    for k in [reading, *(k for k in range(len(batch)) if k != reading)]:
        path = batch[k].path
        try:
            check_pages(doc.conn, path, aliases[k])
        except CorruptError as found:
            return found
        except sqlite3.DatabaseError as unreadable:
            return _unreadable(path, unreadable)
    return _unreadable(doc.path, exc)


def _unreadable(path: Path, exc: sqlite3.DatabaseError) -> CorruptError:
    return CorruptError(
        "“{name}” is damaged and could not be read ({exc}). An automatic backup may help.",
        path,
        name=path.name, exc=exc,
    )


class _Merger:
    """Brings one attached breakout (``alias``) into the main database, inside an edit."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        alias: str,
        snap: _Snapshot,
        known_columns: dict[tuple[str, str], list[str]],
        aside: journal.Aside,
        maps: _Maps,
    ) -> None:
        self.conn = conn
        self.maps = maps
        #: Bulk inserts' tables, their row-by-row capture aside (rows added one by one
        #: to them are captured through it: ``_origin``).
        self.aside = aside
        self.b = alias
        self.snap = snap
        self.report = TableReport(snap.label)
        #: Columns per (schema, table), shared by the copies of a batch (aliases b0… are
        #: the batch's: a later batch's b0 is another file, so another dict).
        self._known_columns = known_columns
        #: Tables whose id maps this copy wrote (emptied again when it is done).
        self._written: set[str] = set()
        #: The activities kept with their id (``_kept_activities``).
        self._activities: list[int] = []
        #: Whether each table of counts (paper tallies) has rows to add up.
        self._counted: dict[str, bool] = {}
        #: Tables whose rows this copy brought with no gaps in their ids: (first, last,
        #: shift), the copy's ids first…last are this file's ids shifted by ``shift``.
        self._shifted: dict[str, tuple[int, int, int]] = {}
        self.breakout_id, baseline, self.position, self.merged_before = self._table_row()
        self.base: dict[str, int] = {k: int(v) for k, v in baseline.get("ids", {}).items()}
        self.stride: dict[str, float] = {
            k: float(v) for k, v in baseline.get("stride", {}).items()
        }
        self.shift_x = {a: s * self.position for a, s in self.stride.items() if self.position}
        #: Per brainstorm, how far down this table's additions go (``_tables_with_new_rows``).
        self.shift_y: dict[str, float] = {}
        self._bottom = {k: float(v) for k, v in baseline.get("bottom", {}).items()}

    # ---------------------------------------------------------------- set-up

    def _table_row(self) -> tuple[int, dict[str, dict[str, float]], int, bool]:
        """This table's row of ``breakouts`` in the main file (added from the copy if
        missing): its id, baseline, position, and whether a merge of it brought rows."""
        ask = ("SELECT b.id, b.baseline, b.position,"
               " EXISTS (SELECT 1 FROM main.origins o WHERE o.breakout_id = b.id)"
               " OR EXISTS (SELECT 1 FROM main.origin_runs r WHERE r.breakout_id = b.id)"
               " FROM main.breakouts b WHERE b.uuid = ?")
        row = self.conn.execute(ask, (self.snap.uuid,)).fetchone()
        if row is None:
            self.conn.execute(
                "INSERT INTO main.breakouts (uuid, label, colour, position, baseline, created)"
                f" SELECT uuid, label, colour, position, baseline, created FROM {self.b}.breakouts"
                " WHERE uuid = ?",
                (self.snap.uuid,),
            )
            row = self.conn.execute(ask, (self.snap.uuid,)).fetchone()
        return int(row[0]), json.loads(row[1]), int(row[2]), bool(row[3])

    def _columns(self, schema: str, table: str) -> list[str]:
        if schema == self.b and self.snap.version == self.maps.version:
            schema = "main"  # the same format: the same columns
        key = (schema, table)
        if key not in self._known_columns:
            self._known_columns[key] = [
                r[1] for r in self.conn.execute(f'PRAGMA {schema}.table_info("{table}")')
            ]
        return self._known_columns[key]

    def _kept_activities(self) -> tuple[str, tuple[object, ...]]:
        """SQL (and parameters) for the activities the main file held when the copies were
        made, still there and of the same kind, which keep their id (a merge brings no
        activities), as a JSON array. Few: written into the SQL (``_ref``) rather than
        looked up in a map for every row."""
        created = "created" in self._columns("main", "activities")
        same = " AND m.created IS s.created" if created else ""
        return (f"(SELECT json_group_array(s.id) FROM {self.b}.activities s"
                f" JOIN main.activities m ON m.id = s.id AND m.kind = s.kind{same}"
                " WHERE s.id <= ?)", (self.base.get("activities", 0),))

    def _map_merged(self, table: str) -> None:
        """Rows brought by an earlier merge of this table (and still in the main file)."""
        if not self.merged_before:
            return  # no origins of this table yet: nothing to map
        self._written.add(table)
        self.conn.execute(
            f"INSERT OR IGNORE INTO {self.maps.map(table)} SELECT o.source_id, o.row_id"
            f' FROM main.merged_rows o JOIN main."{table}" m ON m.id = o.row_id'
            " WHERE o.breakout_id = ? AND o.tbl = ?",
            (self.breakout_id, table),
        )

    # ------------------------------------------------------------------ run

    def run(self) -> TableReport:
        if self.merged_before:  # what merges of this copy brought, removed here or not
            self.conn.execute(
                f"INSERT OR IGNORE INTO {self.maps.working('_seen')}"
                " SELECT tbl, source_id FROM main.merged_rows"
                " WHERE breakout_id = ?",
                (self.breakout_id,),
            )
        news = self._tables_with_new_rows()  # the copy's tables read whole first
        self._participants(news.pop("participants"))
        for spec in SPECS:
            try:
                self._bring(spec, news.get(spec.table))
            except sqlite3.OperationalError as error:
                if "BLOB" not in str(error):
                    raise
                # No fingerprint, undo check or image can hold one (JSON has none), and
                # Workshop never writes one: another tool did.
                self._refuse(f"a binary value in {spec.table.replace('_', ' ')}")
        self.maps.empty(self._written)  # for the next table's copy
        if self.merged_before:
            self.conn.execute("DELETE FROM temp._seen")
        return self.report

    def _bring(self, spec: Spec, known: bool | None) -> None:
        """What the copy holds of ``spec``'s table that the main file does not yet."""
        self._map_merged(spec.table)
        if spec.additive:
            if self._counted.get(spec.table, True):
                self._additive(spec)
            else:
                self.report.added[spec.table] = 0  # the table counted nothing
        else:
            self._insert_new(spec, known)
            if spec.content and self.merged_before:
                self._update(spec)

    def _participants(self, walk_ins: bool) -> None:
        """Walk-ins added at a table join the main list, or match someone already on it."""
        conn = self.conn
        self._written.add("participants")
        self._map_merged("participants")
        if not walk_ins:  # none new at this table (asked with the other tables)
            self.report.added["participants"] = 0
            return
        if self.maps.people is None:
            self.maps.people = {}
            for pid, name, org in conn.execute(
                "SELECT id, name, organisation FROM main.participants ORDER BY id"
            ):
                self.maps.people.setdefault(_person_key(name, org), int(pid))
        known = self.maps.people
        added = 0
        rows = conn.execute(
            f"SELECT s.id, s.name, s.organisation, s.colour FROM {self.b}.participants s"
            f" WHERE s.id > ?{self._not_seen('participants')} ORDER BY s.id",
            (self.base.get("participants", 0),),
        ).fetchall()
        for src, name, org, colour in rows:
            if not str(name or "").strip() or len(name) > v.NAME_MAX or len(org or "") > v.NAME_MAX:
                self._refuse(f"a participant's name that is empty or over {v.NAME_MAX} characters")
            key = _person_key(name, org)
            dst = known.get(key)
            if dst is None:
                cursor = conn.execute(
                    "INSERT INTO main.participants (name, organisation, colour) VALUES (?, ?, ?)",
                    (name, org, colour),
                )
                dst = int(cursor.lastrowid or 0)
                known[key] = dst
                added += 1
            conn.execute(f"INSERT INTO {self.maps.map('participants')} VALUES (?, ?)", (src, dst))
            self._origin("participants", src, dst)
        self.report.added["participants"] = added

    # ---------------------------------------------------------------- columns

    def _ref(self, target: str, source: str) -> str:
        """The main file's id for the breakout's ``source`` id of a ``target`` row.

        Rows merged before or just now are in the map; a row the main file already held
        when the copies were made keeps its id (if it is still there, and is the same row:
        same creation time where the table has one).
        """
        if target == "activities":
            if not self._activities:
                return "NULL"
            ids = ", ".join(map(str, self._activities))
            return f"(CASE WHEN {source} IN ({ids}) THEN {source} END)"
        merged = f"(SELECT dst FROM {self.maps.map(target)} WHERE src = {source})"
        if target in self._shifted:  # rows just brought, with no gaps: one shift
            first, last, shift = self._shifted[target]
            merged = (f"(CASE WHEN {source} BETWEEN {first} AND {last}"
                      f" THEN {source} + {shift} ELSE {merged} END)")
        base = self.base.get(target, 0)
        same = ""
        if "created" in self._columns("main", target):
            same = (f' AND m.created IS (SELECT created FROM {self.b}."{target}"'
                    f" WHERE id = {source})")
        shared = (f'(SELECT m.id FROM main."{target}" m WHERE m.id = {source}'
                  f" AND {source} <= {base}{same})")
        # No lookups for no reference (a note without author or cluster): most rows.
        return f"CASE WHEN {source} IS NULL THEN NULL ELSE coalesce({merged}, {shared}) END"

    def _item(self, vote_activity: str) -> str:
        """A dot's or tally's item: a note or a cluster, as the main file's vote says."""
        return (
            f"(SELECT CASE v.target WHEN 'notes' THEN {self._ref('notes', 's.item_id')}"
            f" ELSE {self._ref('clusters', 's.item_id')} END"
            f" FROM main.votes v WHERE v.id = {vote_activity})"
        )

    def _expression(self, spec: Spec, column: str) -> str:
        target = spec.refs.get(column)
        if target == VOTE_ITEM_OF_BALLOT:
            ballot = self._ref("ballots", "s.ballot_id")
            return self._item(f"(SELECT activity_id FROM main.ballots WHERE id = {ballot})")
        if target == VOTE_ITEM_OF_ACTIVITY:
            return self._item(self._ref("activities", "s.activity_id"))
        if target == ACTION_SOURCE:
            return self._action_source()
        if target is not None:
            return self._ref(target, f"s.{column}")
        if spec.table == "actions" and column == "source_kind":
            return f"CASE WHEN {self._action_source()} IS NULL THEN '' ELSE s.source_kind END"
        if column in spec.offset:
            return f"s.{column} + {self._offset_sql(column)}"
        if column == spec.prefix:
            label = _quote(self.snap.label)
            return f"CASE WHEN s.{column} = '' THEN {label} ELSE {label} || ' · ' || s.{column} END"
        return f"s.{column}"

    def _action_source(self) -> str:
        cases = " ".join(
            f"WHEN '{kind}' THEN {self._ref(table, 's.source_id')}"
            for kind, table in (
                ("note", "notes"), ("cluster", "clusters"),
                ("vote", "activities"), ("commitment", "commitments"),
            )
        )
        return f"(CASE s.source_kind {cases} END)"

    # ------------------------------------------------------------------ rows

    def _shared_columns(self, table: str) -> list[str]:
        theirs = set(self._columns(self.b, table))
        return [c for c in self._columns("main", table) if c != "id" and c in theirs]

    def _offset_sql(self, column: str) -> str:
        """Where this table's additions go on each main board: below what the board held
        when the copies were made, and each table one board-width further right."""
        shifts = self.shift_x if column == "x" else self.shift_y
        if not shifts:
            return "0.0"
        cases = " ".join(f"WHEN {int(a)} THEN {v!r}" for a, v in shifts.items())
        return f"(CASE s.activity_id {cases} ELSE 0.0 END)"

    def _highest(self) -> tuple[list[str], list[object]]:
        """SQL (and parameters) for the top of what this table added to each brainstorm
        (``_bottom``): only the rows above the baseline, not the board's every note through
        the activity index (``+``: not by that index)."""
        asked: list[str] = []
        params: list[object] = []
        for activity in self._bottom:
            asked.append(
                f"(SELECT min(y) FROM (SELECT y FROM {self.b}.notes WHERE +activity_id = ?"
                f" AND id > ? UNION ALL SELECT y FROM {self.b}.clusters WHERE +activity_id = ?"
                " AND id > ?))")
            params += [int(activity), self.base.get("notes", 0), int(activity),
                       self.base.get("clusters", 0)]
        return asked, params

    def _shift_down(self, tops: Sequence[float | None]) -> None:
        """Per brainstorm: the table's additions start a gap below the board's bottom at the
        time of the copies (they sit where the table put them, relative to each other)."""
        for (activity, low), top in zip(self._bottom.items(), tops, strict=True):
            if top is not None:
                self.shift_y[activity] = max(0.0, low + board.CLUSTER_GAP - float(top))

    def _new_rows(self, spec: Spec) -> tuple[str, tuple[object, ...]]:
        """``FROM … WHERE …`` (alias ``s``) and its parameters: the rows of ``spec``'s table
        the copy added and no merge brought yet."""
        where = f" AND s.{spec.where}" if spec.where else ""
        if spec.with_new_parent:
            parent = spec.refs[spec.with_new_parent]
            where += f" AND s.{spec.with_new_parent} IN (SELECT src FROM {self.maps.new(parent)})"
        params: tuple[object, ...] = (self.base.get(spec.table, 0),)
        where += self._not_seen(spec.table)
        return f' FROM {self.b}."{spec.table}" s WHERE s.id > ?{where}', params

    def _not_seen(self, table: str) -> str:
        """SQL (`` AND …``) for a row ``s`` of the copy's ``table`` that no merge of this
        copy brought yet (merged earlier, or merged and removed here since)."""
        if not self.merged_before:
            return ""
        return (f" AND NOT EXISTS (SELECT 1 FROM {self.maps.working('_seen')}"
                f" WHERE tbl = {_quote(table)} AND src = s.id)")

    #: The copy's tables a merge may read rows from, each read whole (``_read_whole``).
    READ = tuple(dict.fromkeys(("workshop", "breakouts", "activities", "participants",
                                *(spec.table for spec in SPECS))))

    def _read_whole(self) -> str:
        """SQL reading whole, once, each table of the copy a merge may read rows from (not
        the whole copy: its undo history, often its largest table, is never read), every
        row's number. A torn page (its second half never written) can read back as no
        rows rather than as an error, and its lost rows read as rows numbered 0, which no
        table holds; SQLite checks every page read. Cheaper than ``quick_check`` of each
        table (which walks its indexes too, which the merge does not read). Every such
        table, rows to bring or not: a torn page can also hide that there are any. One
        count over all of them (one subquery, cheaper to compile for each copy than one
        per table); which table, only when there is something to say."""
        rows = " UNION ALL ".join(f'SELECT rowid AS r FROM {self.b}."{t}" NOT INDEXED'
                                  for t in self.READ)
        return f"(SELECT count(*) FROM ({rows}) WHERE +r < 1)"

    def _judge_read(self, torn: int) -> None:
        if not torn:
            return
        for table in self.READ:  # which table (SQLite's words for it, or the row)
            if self.conn.execute(
                f'SELECT count(*) FROM {self.b}."{table}" NOT INDEXED WHERE +rowid < 1'
            ).fetchone()[0]:
                # SQLite's own words for the damage (one line), or a row another tool wrote.
                check_pages(self.conn, self.snap.path, self.b, table)
                self._refuse(f"a row of {table.replace('_', ' ')} numbered 0 or below")

    def _tables_with_new_rows(self) -> dict[str, bool]:
        """Whether each table has rows to bring, asked in one query (most have none); not
        for rows that come only with a parent row the merge brings (asked then). The same
        statement first reads the copy's tables whole (``_read_whole``), and asks for
        walk-ins (``participants``), the activities kept, and the top of what this table
        added to each board: each statement naming a copy is compiled for it."""
        specs = [s for s in SPECS if not s.additive and not s.with_new_parent]
        asked = [self._new_rows(spec) for spec in specs]
        asked.append((f" FROM {self.b}.participants s WHERE s.id > ?"
                      f"{self._not_seen('participants')}", (self.base.get("participants", 0),)))
        # Counts per key: any row the table added, merged before or not (the difference).
        counts = [s for s in SPECS if s.additive]
        asked += [(f' FROM {self.b}."{spec.table}" s WHERE s.id > ?',
                   (self.base.get(spec.table, 0),)) for spec in counts]
        # And, in the same statement, the top of this table's additions on each board.
        highest, high_params = self._highest()
        kept, kept_params = self._kept_activities()
        read = self._read_whole()
        row = self.conn.execute(
            "SELECT " + ", ".join(
                [read] + [f"EXISTS (SELECT 1{rows})" for rows, _ in asked] + [kept] + highest),
            (*(p for _, params in asked for p in params), *kept_params, *high_params),
        ).fetchone()
        self._judge_read(row[0])  # first: nothing is taken from a damaged copy
        row = row[1:]
        self._activities = sorted(json.loads(row[len(asked)]))
        self._shift_down(row[len(asked) + 1:])
        tables = [spec.table for spec in specs] + ["participants"] + [s.table for s in counts]
        found = dict(zip(tables, map(bool, row[:len(asked)]), strict=True))
        self._counted = {spec.table: found.pop(spec.table) for spec in counts}
        return found

    def _insert_new(self, spec: Spec, known: bool | None = None) -> None:
        """Rows the table added since the copies were made (or since the last merge) come
        over with new ids above every id the table has, numbered in the copy's order.

        No working copy of the rows: the id map is numbered first (which rows come, and
        their ids), then one ``INSERT … SELECT`` reads them from the attached copy through
        it, translating references on the way; the inserted rows are captured in bulk.
        """
        conn, table = self.conn, spec.table
        if spec.with_new_parent and not self.report.added.get(spec.refs[spec.with_new_parent]):
            return  # its rows come only with a parent row this copy brought: none
        new_rows, params = self._new_rows(spec)
        if known is None:
            known = bool(conn.execute(f"SELECT EXISTS (SELECT 1{new_rows})", params).fetchone()[0])
        if not known:
            return  # nothing new in this table (most tables of most merges)
        columns = self._shared_columns(table)
        exprs = {c: self._expression(spec, c) for c in columns}
        # A required reference that does not translate skips the row; so does a row that
        # would repeat what the main file allows once.
        taken = "".join(f" AND ({exprs[c]}) IS NOT NULL" for c in spec.required if c in exprs)
        if spec.unique:
            match = " AND ".join(f'm."{c}" IS ({exprs[c]})' for c in spec.unique)
            taken += f' AND NOT EXISTS (SELECT 1 FROM main."{table}" m WHERE {match})'
        # Above every id the main file has, or had for a merged row now removed: an id that
        # came back would wake the tombstone of another row.
        held, top = map(int, conn.execute(
            f'SELECT (SELECT coalesce(max(id), 0) FROM main."{table}"), max(held,'
            " (SELECT coalesce(max(row_id), 0) FROM main.origins WHERE tbl = ?),"
            " (SELECT coalesce(-min(row_id), 0) FROM main.origins WHERE tbl = ?),"
            " (SELECT coalesce(max(last_id), 0) FROM main.origin_runs WHERE tbl = ?))"
            f' FROM (SELECT coalesce(max(id), 0) AS held FROM main."{table}")',
            (table, table, table),
        ).fetchone())
        added, span = self._number(table, new_rows, taken, params, top)
        self.report.added[table] = self.report.added.get(table, 0) + added
        self._written.add(table)
        if not added:
            return
        if span is not None:  # the copy's ids first…last, each shifted by the same amount
            mine = f'{self.b}."{table}" s WHERE s.id BETWEEN {span[0]} AND {span[1]}'
            dst = f"s.id + {top + 1 - span[0]}"
        else:
            mine = (f'{self.maps.map(table)} m JOIN {self.b}."{table}" s ON s.id = m.src'
                    f" WHERE m.dst > {top}")
            dst = "m.dst"
        names = ", ".join(f'"{c}"' for c in columns)
        values = ", ".join(exprs[c] for c in columns)
        if held != top:  # above a merged row removed since: the merge numbers them
            names, values = f"id, {names}", f"{dst}, {values}"
        # Otherwise SQLite's own numbering (one above the largest id, row after row in the
        # copy's order) gives the same ids, without looking up each one to see it is free.
        # Captured for undo in bulk (journal.BulkInsert): ids above every id the table has.
        rows = journal.BulkInsert(conn, table, self.aside)
        rows.run(
            f'INSERT INTO main."{table}" ({names}) SELECT {values} FROM {mine} ORDER BY s.id',
            ids=(top + 1, top + added),
        )
        # One run records them all (origin_runs: ids first…last here; the copy's ids and
        # each row's fingerprint, in id order), not a row of ``origins`` each.
        # (Parameters, not numbers in the text: the statement is compiled once, not per copy.)
        sources, shift = (("json_group_array(r.id - ?)", top + 1 - span[0]) if span is not None
                          else (f"(SELECT json_group_array(src) FROM {self.maps.map(table)}"
                                " WHERE dst BETWEEN ? AND ?)", None))
        given = (shift,) if shift is not None else (rows.first, rows.last)
        # The same pass asks whether any row holds what the operations would refuse (a
        # text empty or too long, a date that is none): the copy is then refused, and the
        # edit rolls back all the merge wrote.
        unlike = self._unlike_the_app(spec, {c: f'r."{c}"' for c in columns})
        also = [sources, *(f"max({bad})" for bad, _what in unlike)]
        if not spec.content:  # nothing said to fingerprint: a CRC-32 of each whole row
            sources_json, *found = conn.execute(
                f'SELECT {", ".join(also)} FROM main."{table}" r NOT INDEXED'
                " WHERE r.id BETWEEN ? AND ?", (*given, rows.first, rows.last)).fetchone()
            self._refuse_found(unlike, found)
            self._record_run(table, rows.first, rows.last, sources_json, None)
            rows.record()
            return
        # Each row's undo check is its fingerprint (the CRC-32 of what it says, computed
        # once) and its other columns' values (SQLite's own JSON of them, no CRC): undo
        # refuses when another program changed any column of a merged row. One pass over
        # the new rows reads the run's arrays and the checks together.
        fingerprints, said, sources_json, *found = conn.execute(
            *rows.checks_pass(spec.content, also=also, params=given)).fetchone()
        self._refuse_found(unlike, found)
        self._record_run(table, rows.first, rows.last, sources_json, fingerprints)
        rows.record_pass(spec.content, fingerprints, said)

    def _record_run(
        self, table: str, first: int, last: int, sources: str, fingerprints: str | None
    ) -> None:
        """Write a run (``origin_runs``), captured for undo in bulk and unchecked: it is
        the step's own record, not anyone's content; undo takes it as it is and redo puts
        back exactly that (as the ``origins`` rows a merge wrote one per note were kept)."""
        journal.insert_many(
            self.conn, "origin_runs",
            "INSERT INTO main.origin_runs (breakout_id, tbl, first_id, last_id, sources,"
            " fingerprints) VALUES (?, ?, ?, ?, ?, ?)",
            (self.breakout_id, table, first, last, sources, fingerprints),
            checked=False, aside=self.aside,
        )

    def _number(
        self,
        table: str,
        new_rows: str,
        taken: str,
        params: Sequence[object],
        top: int,
    ) -> tuple[int, tuple[int, int] | None]:
        """Map the copy's ``new_rows`` (``FROM … WHERE …``) of ``table`` that are ``taken``
        (`` AND …``) to new ids above ``top``, in the copy's order; how many, and the copy's
        ids (first, last) when they have no gaps (most merges: each id is then shifted by
        the same amount, and no numbering is needed)."""
        conn, mapped = self.conn, self.maps.map(table)
        rows = f"{new_rows}{taken}"
        first, last, count = conn.execute(
            f"SELECT (SELECT s.id{rows} ORDER BY s.id LIMIT 1),"
            f" (SELECT s.id{rows} ORDER BY s.id DESC LIMIT 1), (SELECT count(*){rows})",
            (*params, *params, *params),
        ).fetchone()
        if not count:
            return 0, None
        if count == last - first + 1:  # no gaps: the map is one shift (``_ref``)
            self._shifted[table] = (int(first), int(last), top + 1 - int(first))
            if table in _PARENTS:  # rows that come only with a parent this merge brings
                conn.execute(f"INSERT INTO {self.maps.new(table)} SELECT s.id"
                             f' FROM {self.b}."{table}" s WHERE s.id BETWEEN ? AND ?',
                             (first, last))
            return int(count), (int(first), int(last))
        # Gaps: numbered by SQLite's own rowids (1, 2, … in the copy's order, into an
        # empty table): a third of the time row_number() takes, which buffers every row.
        seq = self.maps.working("_seq")
        conn.execute(f"INSERT INTO {seq} (src) SELECT s.id{rows} ORDER BY s.id", params)
        added = max(0, conn.execute(
            f"INSERT INTO {mapped} (src, dst) SELECT src, {top} + n FROM {seq}"
        ).rowcount)
        conn.execute(f"DELETE FROM {seq}")
        if table in _PARENTS:
            conn.execute(f"INSERT INTO {self.maps.new(table)} SELECT src FROM {mapped}"
                         " WHERE dst > ?", (top,))
        return added, None

    def _origin(self, table: str, src: int, row_id: int, fingerprint: str = "") -> None:
        """One ``origins`` row (a walk-in, a tally), captured for undo like any insert."""
        cursor = self.conn.execute(
            "INSERT INTO main.origins (breakout_id, tbl, source_id, row_id, fingerprint)"
            " VALUES (?, ?, ?, ?, ?)",
            (self.breakout_id, table, src, row_id, fingerprint),
        )
        self.aside.inserted("origins", int(cursor.lastrowid or 0))

    def _refuse_what_the_app_would_not(
        self, spec: Spec, rows: str, exprs: dict[str, str], params: Sequence[object] = ()
    ) -> None:
        """Text the operations would refuse (empty, too long) or a date that is none, among
        ``rows`` (``FROM … WHERE …`` with ``params``), whose columns are ``exprs``."""
        unlike = self._unlike_the_app(spec, exprs)
        if unlike:
            self._refuse_found(unlike, self.conn.execute(
                "SELECT " + ", ".join(f"EXISTS (SELECT 1{rows} AND {bad})" for bad, _ in unlike),
                tuple(params) * len(unlike),
            ).fetchone())

    def _unlike_the_app(self, spec: Spec, exprs: dict[str, str]) -> list[tuple[str, str]]:
        """(SQL true for a row the operations would refuse, what the copy then holds): a
        text that is empty or too long, a date that is none, of ``spec``'s columns as
        ``exprs``."""
        unlike = []
        for column, limit in spec.texts.items():
            e = exprs.get(column)
            # Empty or only spaces: trimmed only if it sorts before "!" (it is empty or
            # starts with a space or a control character). Too long: counted in characters
            # only if its bytes are more (each character is 1 to 4 bytes). A CASE, so each
            # test runs only when the one before it could not tell (in a value, SQLite
            # works out both sides of an AND or an OR).
            if e is not None:
                unlike.append((
                    f"(CASE WHEN {e} IS NULL THEN 1 WHEN {e} < '!' THEN trim({e}) = ''"
                    f" WHEN length(CAST({e} AS BLOB)) > {limit} THEN length({e}) > {limit}"
                    " ELSE 0 END)",
                    f"an empty {spec.table.replace('_', ' ')} text, or one longer "
                    f"than {limit:,} characters",
                ))
        for column in spec.dates:
            e = exprs.get(column)
            if e is not None:
                unlike.append((
                    f"({e} != '' AND {e} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')",
                    f"a {column} date in {spec.table} that is not like 2026-11-27",
                ))
        return unlike

    def _refuse_found(self, unlike: Sequence[tuple[str, str]], found: Sequence[object]) -> None:
        """Refuse the copy for the first of ``unlike`` that ``found`` says it holds."""
        for (_bad, what), there in zip(unlike, found, strict=True):
            if there:
                self._refuse(what)

    def _refuse(self, what: str) -> None:
        raise MergeError(
            "“{name}” holds {what}, which Workshop itself would not accept "
            "(was it edited with another tool?): nothing was merged.",
            self.snap.path, name=self.snap.path.name, what=what,
        )

    def _fingerprint(self, spec: Spec, alias: str) -> str:
        """What a row says (its ``content`` columns), as ``origins.fingerprint`` keeps it:
        the CRC-32 of their JSON text (not the text again: a merge of thousands of long
        notes would write each twice more, in ``origins`` and in its undo step), as
        ``journal.row_crc_sql`` defines it: it is the row's undo check too."""
        if not spec.content:
            return "''"
        return f"CAST({journal.row_crc_sql(alias, spec.content)} AS TEXT)"

    def _said(self, spec: Spec, alias: str) -> str:
        """The JSON text of a row's ``content`` columns (the fingerprint of merges made
        before it was a CRC-32, which are still recognised)."""
        return "json_array(" + ", ".join(f'{alias}."{c}"' for c in spec.content) + ")"

    def _update(self, spec: Spec) -> None:
        """A later version of rows already merged: taken where the main file left them alone."""
        conn, table = self.conn, spec.table
        content = [c for c in spec.content if c in self._shared_columns(table)]
        if not content:
            return
        exprs = [self._expression(spec, c) for c in content]
        selected = ", ".join(f'{e} AS "{c}"' for e, c in zip(exprs, content, strict=True))
        conn.execute("DROP TABLE IF EXISTS temp._u")
        said = f"json_array({', '.join(exprs)})"
        self._merged_fingerprints(table)
        conn.execute(
            f"CREATE TEMP TABLE _u AS SELECT o.oid AS _oid, o.src AS _src, o.row_id AS _dst,"
            f" o.fingerprint IN ({self._fingerprint(spec, 'r')}, {self._said(spec, 'r')})"
            f" AS _untouched, o.fingerprint AS _was, {_crc(said)} AS _fp, {said} AS _said,"
            f' {selected} FROM {self.b}."{table}" s JOIN temp._o o ON o.src = s.id'
            f' JOIN main."{table}" r ON r.id = o.row_id',
        )
        conn.execute("DELETE FROM temp._u WHERE _was IN (_fp, _said)")
        self._refuse_what_the_app_would_not(
            spec, " FROM temp._u WHERE 1", {c: f'"{c}"' for c in content}
        )
        names = ", ".join(f'"{c}"' for c in content)
        updated = conn.execute(
            f'UPDATE main."{table}" SET ({names}) = (SELECT {names} FROM temp._u'
            f' WHERE _dst = main."{table}".id)'
            " WHERE id IN (SELECT _dst FROM temp._u WHERE _untouched)"
        ).rowcount
        total = int(conn.execute("SELECT count(*) FROM temp._u").fetchone()[0])
        conn.execute(
            "UPDATE main.origins SET fingerprint = (SELECT _fp FROM temp._u"
            " WHERE _oid = origins.id) WHERE id IN (SELECT _oid FROM temp._u)"
        )
        # A row of a run keeps its new fingerprint in a row of its own (which the run's
        # row then defers to: ``merged_rows``).
        conn.execute(
            "INSERT INTO main.origins (breakout_id, tbl, source_id, row_id, fingerprint)"
            " SELECT ?, ?, _src, _dst, _fp FROM temp._u WHERE _oid IS NULL ORDER BY _src",
            (self.breakout_id, table),
        )
        self.report.updated += max(updated, 0)
        self.report.kept += total - max(updated, 0)

    def _merged_fingerprints(self, table: str) -> None:
        """``temp._o``: each row this copy's merges brought into ``table`` and still here
        (copy id, main id, fingerprint; ``origins`` id, NULL for a row of a run)."""
        conn = self.conn
        conn.execute("DROP TABLE IF EXISTS temp._o")
        conn.execute("CREATE TEMP TABLE _o (src INTEGER PRIMARY KEY, oid INTEGER,"
                     " row_id INTEGER NOT NULL, fingerprint TEXT)")
        conn.execute(
            "INSERT INTO temp._o SELECT source_id, id, row_id, fingerprint FROM main.origins"
            " WHERE breakout_id = ? AND tbl = ?",  # a tombstone too: it hides its run's row
            (self.breakout_id, table),
        )
        # A run's fingerprints by row: its sources and fingerprints are two arrays, and
        # pairing them by position in one query would read one array for each row.
        conn.execute("DROP TABLE IF EXISTS temp._f")
        conn.execute("CREATE TEMP TABLE _f (row_id INTEGER PRIMARY KEY, fingerprint TEXT)")
        conn.execute(
            "INSERT INTO temp._f SELECT r.first_id + f.key, f.value FROM main.origin_runs r,"
            " json_each(r.fingerprints) f WHERE r.breakout_id = ? AND r.tbl = ?",
            (self.breakout_id, table),
        )
        conn.execute(
            "INSERT OR IGNORE INTO temp._o SELECT s.value, NULL, r.first_id + s.key,"
            " (SELECT fingerprint FROM temp._f WHERE row_id = r.first_id + s.key)"
            " FROM main.origin_runs r, json_each(r.sources) s"
            " WHERE r.breakout_id = ? AND r.tbl = ?",
            (self.breakout_id, table),
        )

    def _additive(self, spec: Spec) -> None:
        """Counts per key (paper tallies): what the table counted is added to the main count.

        The count last merged is kept in ``origins.fingerprint``, so merging a later
        version adds only the difference and merging the same one again adds nothing.
        """
        conn, table = self.conn, spec.table
        keys = list(spec.unique)
        count = spec.additive
        selected = ", ".join(f'{self._expression(spec, c)} AS "{c}"' for c in keys)
        rows = conn.execute(
            f"SELECT s.id, {selected}, s.{count} FROM {self.b}.\"{table}\" s WHERE s.id > ?"
            " ORDER BY s.id",
            (self.base.get(table, 0),),
        ).fetchall()
        added = 0
        match = " AND ".join(f'"{c}" = ?' for c in keys)
        for src, *values, total in rows:
            key, total = values, int(total)
            if any(v is None for v in key):
                continue
            origin = conn.execute(
                "SELECT id, row_id, fingerprint FROM main.origins"
                " WHERE breakout_id = ? AND tbl = ? AND source_id = ?",
                (self.breakout_id, table, src),
            ).fetchone()
            if origin is not None:
                oid, row_id, last = origin
                delta = total - int(last or 0)
                exists = conn.execute(
                    f'SELECT 1 FROM main."{table}" WHERE id = ?', (row_id,)
                ).fetchone()
                if exists and delta:
                    conn.execute(
                        f'UPDATE main."{table}" SET "{count}" = max(0, min(9999, "{count}" + ?))'
                        " WHERE id = ?",
                        (delta, row_id),
                    )
                    self.report.updated += 1
                conn.execute(
                    "UPDATE main.origins SET fingerprint = ? WHERE id = ?", (str(total), oid)
                )
                continue
            found = conn.execute(
                f'SELECT id FROM main."{table}" WHERE {match}', key
            ).fetchone()
            if found is not None:
                row_id = int(found[0])
                conn.execute(
                    f'UPDATE main."{table}" SET "{count}" = min(9999, "{count}" + ?) WHERE id = ?',
                    (total, row_id),
                )
            else:
                names = ", ".join(f'"{c}"' for c in (*keys, count))
                marks = ", ".join("?" for _ in (*keys, count))
                cursor = conn.execute(
                    f'INSERT INTO main."{table}" ({names}) VALUES ({marks})', (*key, total)
                )
                row_id = int(cursor.lastrowid or 0)
            added += 1
            self._origin(table, src, row_id, str(total))
        self.report.added[table] = added


def _person_key(name: str, organisation: str) -> tuple[str, str]:
    return (" ".join(name.casefold().split()), " ".join(organisation.casefold().split()))


def _crc(said: str) -> str:
    """SQL for a fingerprint: the CRC-32 of ``said`` (JSON text), as text."""
    return f"CAST({journal.crc32_sql(said)} AS TEXT)"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
