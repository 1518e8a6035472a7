"""Open, create, check and write a .workshop file.

Every edit runs in one ``BEGIN IMMEDIATE … COMMIT`` (WAL, ``synchronous=FULL``):
when :meth:`Document.edit` returns, the change is on disk. The rows it wrote
are captured (see :mod:`workshop.storage.journal`) into a :class:`Change`,
recorded in the history table in the same transaction, and reported to every
listener, which is how windows and the projector learn what to refresh.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from workshop.domain.errors import said
from workshop.storage import journal
from workshop.storage.backups import BackupStore
from workshop.storage.changes import Change, Part, Row
from workshop.storage.errors import (
    ConflictError,
    CorruptError,
    DocumentError,
    NewerFormatError,
    NotAWorkshopError,
    NotFoundError,
    ReadOnlyError,
    WriteError,
)
from workshop.storage.lock import FileLock, sidecar
from workshop.storage.schema import (
    APPLICATION_ID,
    FORMAT_MAJOR,
    format_version,
    latest_user_version,
    migration_set,
    pending_names,
)

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table

SUFFIX = ".workshop"
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: History entries kept in the file; older ones are pruned (undo that far back is not offered).
HISTORY_KEEP = 1000

Listener = Callable[[Change], None]


class HistoryEntry(NamedTuple):
    change: Change
    undone: bool


def _readable_change(label: object, rows: object, history_id: int) -> Change | None:
    """The change a history entry describes, or None when this Workshop cannot read it."""
    if not isinstance(label, str) or not isinstance(rows, str):
        return None
    try:
        return Change(label, Change.rows_from_json(rows), history_id)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None  # json.JSONDecodeError is a ValueError


class _Edit:
    """Handed to the body of :meth:`Document.edit`; ``change`` is filled in on commit."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self.conn = doc.conn
        self.change: Change | None = None

    @property
    def db(self) -> Database:
        return self._doc.db

    def table(self, name: str) -> Table:
        return self._doc.db.table(name)


class Document:
    """An open workshop file. Not thread-safe: the UI thread owns it."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, read_only: bool, lock: FileLock | None
    ) -> None:
        self.path = path
        #: The connection every read uses; ``db`` (sqlite-utils) wraps it for writes.
        self.conn = conn
        self._db: Database | None = None
        self.read_only = read_only
        self._lock = lock
        self._listeners: list[Listener] = []
        #: How many edits are open (an edit inside an edit joins it: one gesture, one commit).
        self._depth = 0
        #: Edits (or joined parts of one) rolled back so far: caches of what the file holds
        #: that followed the journal of an edit check it (``storage/board_index.py``).
        self.rollbacks = 0
        #: Edits begun so far (the journal starts afresh in each).
        self.edits = 0
        #: The capture triggers are made before the first edit, not on opening: opening
        #: to a first picture does not need them (~5 ms of CREATE TEMP TRIGGER).
        self._journal_ready = False
        #: The changes of the group commit in progress (``group``), else None.
        self._group: list[Change] | None = None
        #: Committed changes of group commits not yet told to listeners (``tell_held``).
        self._held: list[Change] = []
        #: Whether the group commit in progress has already dropped the undone history.
        self._redo_forgotten = False
        #: How many committed changes touched each table, counted at the commit (before
        #: any listener hears of it, held group commits too): a cache of what tables
        #: hold keys on it, whoever asks first (``storage/budget_results.py``).
        self.table_versions: dict[str, int] = {}
        #: The backup store owed a copy of the file as it was opened (``open`` with
        #: ``backup_later``): taken by :meth:`take_backup`, at the latest before the first
        #: write or when the file closes.
        self._backup_owed: BackupStore | None = None
        #: Set by :meth:`close`: a window's late work (a count a worker finished after
        #: the workshop was closed) asks before it reads.
        self.closed = False

    # ------------------------------------------------------------------ opening

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        overwrite: bool = False,
        fill: Callable[[Document], None] | None = None,
    ) -> Document:
        """Create a new workshop file at ``path`` (with ``fill``'s content) and open it.

        The file is built under a temporary name beside ``path`` (schema, then
        ``fill``), closed, flushed, and only then renamed into place: a full disk,
        a failing ``fill`` or an interruption leaves nothing at ``path``, and an
        existing file there is replaced only once the new one is complete.
        """
        path = Path(path)
        if path.is_dir():
            raise DocumentError(
                "“{file}” is a folder, not a file name.",
                path,
                file=path,
            )
        if path.exists() and not overwrite:
            raise DocumentError(
                "“{file}” already exists (use --force to replace it).",
                path,
                file=path,
            )
        if not path.parent.is_dir():
            raise NotFoundError("The folder “{parent}” does not exist.", path, parent=path.parent)
        if not os.access(path.parent, os.W_OK):
            raise WriteError("Cannot write in the folder “{parent}”.", path, parent=path.parent)
        lock = FileLock(path)
        lock.acquire()  # also refuses to replace a file another window has open
        temporary = path.with_name(f".{path.name}.{os.getpid()}.partial")
        conn: sqlite3.Connection | None = None
        try:
            _remove_with_sidecars(temporary)
            building = cls(temporary, _new_file(temporary), read_only=False, lock=None)
            try:
                if fill is not None:
                    fill(building)
                    _drop_free_pages(building.conn)
            finally:
                building.close()
            _flush(temporary)
            # A stale -wal beside the target would be replayed into the new file.
            for extra in ("-wal", "-shm"):
                Path(f"{path}{extra}").unlink(missing_ok=True)
            os.replace(temporary, path)
            _flush(path.parent)
            lock.release_file()  # the lock held the replaced file, if there was one
            lock.follow()
            conn = _connect(path)
            _configure(conn)
            return cls(path, conn, read_only=False, lock=lock)
        except (OSError, sqlite3.Error) as exc:
            _close_quietly(conn)
            _remove_with_sidecars(temporary)
            lock.release()
            raise WriteError(
                "Cannot create “{file}”: {reason}.",
                path,
                file=path, reason=_reason(exc),
            ) from exc
        except BaseException:
            _close_quietly(conn)
            _remove_with_sidecars(temporary)
            lock.release()
            raise

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        backups: BackupStore | None = None,
        read_only: bool | None = None,
        require_current: bool = True,
        backup_later: bool = False,
    ) -> Document:
        """Check ``path`` is an intact workshop file, back it up, migrate it, and open it.

        Nothing is written to the file before every check has passed.
        ``read_only=None`` opens read-only exactly when the file cannot be written.
        A read-only file in an older format cannot be migrated, so it is refused
        unless ``require_current`` is False (``workshop check`` only counts rows).

        With ``backup_later`` (the window: its first picture does not wait for the copy)
        a file that needs no migration is backed up by :meth:`take_backup`, which runs at
        the latest before its first write and when it closes: the copy is always of the
        file as it was opened. A file to migrate is backed up first, as without it.
        """
        path = Path(path)
        check_header(path)
        if read_only is None:
            read_only = not _writable(path)
        lock = None
        if not read_only:
            lock = FileLock(path)
            lock.acquire()
        conn: sqlite3.Connection | None = None
        later: BackupStore | None = None
        try:
            reader = _connect(path, read_only=True)
            try:
                user_version = inspect(reader, path)
                if backups is not None and not read_only:
                    if backup_later and user_version == latest_user_version():
                        later = backups  # the first write, or the close, takes it
                    else:
                        backups.take(reader, path)
            finally:
                reader.close()
            if read_only:
                if require_current and user_version < latest_user_version():
                    raise ReadOnlyError(
                        "“{name}” uses an older format and is read-only, so it cannot be "
                        "upgraded. Copy it to a folder you can write to and open the copy.",
                        path, name=path.name,
                    )
                conn = _connect(path, read_only=True)
                return cls(path, conn, read_only=True, lock=None)
            conn = _connect(path)
            _configure(conn)
            if pending_names(conn):
                if later is not None:  # the copy is of the file before any migration
                    later.take(conn, path)
                    later = None
                # Each migration also forgets the undo history, in its own transaction.
                migration_set().apply(_database(conn))
            doc = cls(path, conn, read_only=False, lock=lock)
            doc._backup_owed = later
            return doc
        except sqlite3.Error as exc:
            _close_quietly(conn)
            if lock:
                lock.release()
            raise CorruptError(
                "“{name}” is damaged and could not be read ({reason}). "
                "An automatic backup may help.",
                path, name=path.name, reason=_reason(exc),
            ) from exc
        except BaseException:
            _close_quietly(conn)
            if lock:
                lock.release()
            raise

    def take_backup(self) -> Path | None:
        """Take the backup ``open(backup_later=True)`` owes, once (the file as it was
        opened: nothing has been written yet); the copy's path, or None."""
        store, self._backup_owed = self._backup_owed, None
        if store is None or self.conn is None:
            return None
        return store.take(self.conn, self.path)

    def close(self) -> None:
        if self.conn is None or self.closed:
            return
        self.closed = True
        if self._backup_owed is not None:
            self.take_backup()  # opened and closed with no write: still copied
        try:
            if not self.read_only:
                # Fold the WAL back into the file so a copied .workshop is complete on its own.
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        finally:
            self.conn.close()
            if self._lock:
                self._lock.release()
            self._listeners.clear()
            self._held.clear()

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def in_edit(self) -> bool:
        """Whether an edit (or a group commit) is open: its writes are not committed yet."""
        return self._depth > 0 or self._group is not None

    @property
    def db(self) -> Database:
        """The sqlite-utils wrapper of :attr:`conn`, made on first use (writes need it)."""
        if self._db is None:
            self._db = _database(self.conn)
        return self._db

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A connection of its own to the file, reading it as last committed in one read
        transaction: a consistent state however the document's thread writes meanwhile
        (WAL lets a reader run beside the writer). For a worker thread: opened, read and
        closed there, while the document's own connection stays on its thread. Read-write
        but refusing writes (``query_only``) when the document may write, so that when it
        closes last it still folds the WAL back into the file as the document would."""
        if self.read_only:
            conn = _connect(self.path, read_only=True)
        else:
            conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None
            )
            conn.execute("PRAGMA query_only = ON")
        try:
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # snapshot taken
            yield conn
        finally:
            _rollback(conn)
            _close_quietly(conn)

    # ---------------------------------------------------------------- listening

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every committed change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _notify(self, change: Change) -> None:
        """Tell every listener (after what a group commit held, so they hear changes in
        order); one listener's bug must not hide the change from the others.

        The change is already committed, so a failing listener is reported as a bug
        (through ``sys.excepthook``: the app's crash dialog and log) rather than raised
        into the operation, which did succeed.
        """
        self.tell_held()
        self._tell(change)

    def tell_held(self) -> None:
        """Tell listeners what the group commits so far held back, as one change.

        A group commit answers its waiting callers first (the phones hear "done" right
        after the commit) and the windows refresh once for all of it, when the owner of
        the document calls this (``ui/phones/bridge.py`` coalesces a burst). Any other
        change is told only after the held ones, so listeners hear changes in order.
        """
        held, self._held = self._held, []
        if len(held) == 1:
            self._tell(held[0])
        elif held:
            labels = {c.label for c in held}
            label = held[0].label if len(labels) == 1 else f"{len(held)} changes"
            self._tell(Change(label, tuple(part for c in held for part in c.parts)))

    def _tell(self, change: Change) -> None:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                sys.excepthook(*sys.exc_info())

    # ------------------------------------------------------------------ writing

    @contextmanager
    def edit(self, label: str, *, record: bool = True) -> Iterator[_Edit]:
        """Run the body as one durable transaction named ``label``.

        On success ``edit.change`` holds what changed (and listeners have been
        told). On any exception nothing is written. Environment failures (disk
        full, file removed) become :class:`WriteError`.

        An edit opened inside another joins it (a savepoint): several operations
        making one gesture (a drag of notes and clusters) commit once, are one undo
        step, and are refused all together. The inner ``edit.change`` holds the inner
        rows; only the outer edit records the history and tells the listeners.
        """
        self._refuse_if_read_only()
        if self._depth or self._group is not None:
            with self._joined(label, record=record) as handle:
                yield handle
            return
        handle = _Edit(self)
        try:
            with self._transaction() as conn:
                self._depth = 1
                yield handle
                rows = journal.collect(conn)
                change = Change(label, rows)
                if rows and record:
                    change.history_id = self._record(change)
        finally:
            self._depth = 0
        handle.change = change
        self._committed(change)
        if rows:
            self._notify(change)

    @contextmanager
    def group(self) -> Iterator[list[Change]]:
        """A group commit: the edits inside share one transaction (one fsync), and each is
        otherwise what it would be alone — its own savepoint (a refused one rolls back by
        itself), its own history entry (its own undo step) and its own ``change``.

        Yields the list their changes are added to. Nothing inside is on disk before the
        block ends; then it all is, and the changes wait for :meth:`tell_held`. If the
        commit fails, nothing of the group is on disk (:class:`WriteError`).
        Used by the phones' one writer: posts arriving together commit together
        (``phones/owner.py: run_batch``, ``docs/decisions/0016-phone-group-commit.md``).
        """
        self._refuse_if_read_only()
        if self._depth or self._group is not None:
            raise RuntimeError("a group commit cannot start inside an edit")
        changes: list[Change] = []
        try:
            with self._transaction():
                self._group = changes
                yield changes
        finally:
            self._group = None
            self._redo_forgotten = False
        for change in changes:
            self._committed(change)
        self._held.extend(c for c in changes if not c.is_empty)

    def _committed(self, change: Change) -> None:
        for table in change.tables:
            self.table_versions[table] = self.table_versions.get(table, 0) + 1

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE … COMMIT`` with the journal started afresh; on any error
        nothing is kept, and environment failures (disk full) become :class:`WriteError`."""
        conn = self.conn
        if self._backup_owed is not None:
            self.take_backup()  # before anything is written
        self._install_journal()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise WriteError(
                "The change could not be saved: {reason}.",
                self.path,
                reason=_reason(exc),
            ) from exc
        self.edits += 1
        try:
            journal.clear(conn)
            yield conn
            if not conn.in_transaction:  # SQLite rolled it all back after an error
                raise sqlite3.OperationalError("the transaction was rolled back")
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self.rollbacks += 1
            _rollback(conn)
            raise WriteError(
                "The change could not be saved: {reason}.",
                self.path,
                reason=_reason(exc),
            ) from exc
        except BaseException:
            self.rollbacks += 1
            _rollback(conn)
            raise

    def _install_journal(self) -> None:
        if not self._journal_ready:
            journal.install(self.conn)
            self._journal_ready = True

    @contextmanager
    def _joined(self, label: str, *, record: bool = True) -> Iterator[_Edit]:
        """An edit inside the open one: a savepoint, so a refusal undoes only its own part.

        Directly inside a group commit it is a *part*: recorded in the history as its own
        step, and its change is kept for the listeners (``group``).
        """
        conn = self.conn
        part = self._depth == 0
        if part and not conn.in_transaction:  # the group's transaction is gone
            raise WriteError("The change could not be saved: an earlier one failed.", self.path)
        name = f"edit_{self._depth}"
        mark = journal.mark(conn)
        handle = _Edit(self)
        conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield handle
            change = Change(label, journal.collect(conn, since=mark))
            if part and not change.is_empty and record:
                change.history_id = self._record(change)
        except BaseException as exc:
            self.rollbacks += 1
            with contextlib.suppress(sqlite3.Error):  # gone if SQLite rolled everything back
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            if part:  # what it dropped from the history is back
                self._redo_forgotten = False
            if part and isinstance(exc, sqlite3.OperationalError):
                raise WriteError(
                    "The change could not be saved: {reason}.", self.path, reason=_reason(exc)
                ) from exc
            raise
        finally:
            self._depth -= 1
        conn.execute(f"RELEASE {name}")
        handle.change = change
        if part and self._group is not None:
            self._group.append(change)

    def undo(self, change: Change) -> Change:
        """Revert ``change`` (which must be the latest applied one) and record that.

        Refused with :class:`ConflictError` (nothing written) when a row it would
        revert no longer matches what ``change`` left: someone changed it since.
        """
        return self._apply(change, journal.inverse(change.parts), undone=True)

    def redo(self, change: Change) -> Change:
        """Apply ``change`` again after an undo; refused like :meth:`undo` on a conflict."""
        return self._apply(change, change.parts, undone=False)

    def _apply(self, change: Change, rows: Sequence[Part], *, undone: bool) -> Change:
        try:
            with self.edit(change.label, record=False) as ed:
                taken = journal.replay(ed.conn, rows)
                if change.adopt_images(taken) and change.history_id is not None:
                    # A merge's rows were kept by their checks: redo needs their images.
                    ed.conn.execute(
                        "UPDATE history SET rows = ? WHERE id = ?",
                        (change.rows_json(), change.history_id),
                    )
                if change.history_id is not None:
                    ed.conn.execute(
                        "UPDATE history SET undone = ? WHERE id = ?",
                        (int(undone), change.history_id),
                    )
        except journal.Drift as drift:
            raise _drift_error(change, drift, undone, self.path) from None
        except sqlite3.IntegrityError as exc:
            verb = "undo" if undone else "redo"
            raise ConflictError(
                "Cannot {verb} “{label}”: rows added outside Workshop since then "
                "depend on it ({reason}). Nothing was changed.",
                self.path, verb=verb, label=change.label, reason=_reason(exc),
            ) from None
        assert ed.change is not None
        ed.change.history_id = change.history_id
        return ed.change

    def merge_history(self, into: Change, other: Change) -> None:
        """Fold ``other`` (just recorded) into ``into`` so one undo step reverts both."""
        self._refuse_if_read_only()
        into.extend(other)
        if into.history_id is None:
            return
        with self.edit(into.label, record=False) as ed:
            ed.conn.execute(
                "UPDATE history SET rows = ? WHERE id = ?", (into.rows_json(), into.history_id)
            )
            if other.history_id is not None:
                ed.conn.execute("DELETE FROM history WHERE id = ?", (other.history_id,))

    def _record(self, change: Change) -> int:
        conn = self.conn
        # A new action discards what had been undone: it can no longer be redone. (In a
        # group commit, once: a scan of the history per post costs as much as the post.)
        # No index on ``undone``: at the history's cap (1,000 entries, a city's 15 MB import
        # among them) the scan costs ~0.04 ms of a ~0.5 ms edit (measured, issue 15).
        if not self._redo_forgotten:
            conn.execute("DELETE FROM history WHERE undone = 1")
            self._redo_forgotten = self._group is not None
        cursor = conn.execute(
            "INSERT INTO history (label, rows) VALUES (?, ?)", (change.label, change.rows_json())
        )
        history_id = int(cursor.lastrowid or 0)
        if history_id % 100 == 0:
            conn.execute(
                "DELETE FROM history WHERE id <= ?", (history_id - HISTORY_KEEP,)
            )
        return history_id

    def clear_history(self) -> None:
        """Forget the undo history (a new file's starting content is not something to undo)."""
        self._refuse_if_read_only()
        self.conn.execute("DELETE FROM history")

    def history(self) -> list[HistoryEntry]:
        """The undo history kept in the file, oldest first; undone entries come last.

        An entry this Workshop cannot read (written by a newer Workshop in a form it does
        not know, or damaged by another program) cannot be undone or redone, and neither
        can anything behind it: the history starts after the last such done entry and
        stops before the first such undone one. The file itself is not touched.
        """
        done: list[HistoryEntry] = []
        undone: list[HistoryEntry] = []
        redo_blocked = False
        for history_id, label, rows, was_undone in self.conn.execute(
            "SELECT id, label, rows, undone FROM history ORDER BY id"
        ):
            change = _readable_change(label, rows, history_id)
            if not was_undone:
                if change is None:
                    done.clear()  # nothing before it can be undone without undoing it
                else:
                    done.append(HistoryEntry(change, False))
            elif change is None:
                redo_blocked = True
            elif not redo_blocked:
                undone.append(HistoryEntry(change, True))
        return done + undone

    def save_as(self, target: Path) -> Document:
        """Write a consistent copy to ``target`` and return it opened; this document is closed.

        The copy is written to a temporary name first, so a failure leaves
        nothing half-written at ``target``.
        """
        target = Path(target)
        if target.resolve() == self.path.resolve():
            return self
        if target.is_dir():
            raise DocumentError("“{target}” is a folder, not a file name.", target, target=target)
        if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
            raise WriteError("Cannot write in the folder “{parent}”.", target, parent=target.parent)
        temporary = target.with_name(f".{target.name}.partial")
        # Never replace a file another window has open: it would go on writing into a
        # deleted file, and its WAL (removed below) holds its latest changes.
        target_lock = FileLock(target)
        target_lock.acquire()
        try:
            dest = sqlite3.connect(temporary)
            try:
                self.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            for extra in ("-wal", "-shm"):
                Path(str(target) + extra).unlink(missing_ok=True)
            os.replace(temporary, target)
        except (OSError, sqlite3.Error) as exc:
            temporary.unlink(missing_ok=True)
            raise WriteError(
                "Could not save a copy as “{target}”: {reason}.",
                target, target=target, reason=_reason(exc),
            ) from exc
        finally:
            target_lock.release()
        listeners = list(self._listeners)
        copy = Document.open(target)
        self.close()
        for listener in listeners:
            copy.subscribe(listener)
        return copy

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise ReadOnlyError(
                "“{name}” is open read-only: changes cannot be saved. "
                "Use File › Save As… to continue in a copy you can edit.",
                self.path, name=self.path.name,
            )

    # ------------------------------------------------------------------ reading

    def counts(self) -> dict[str, int]:
        """Rows per content table, for ``workshop check`` and the status bar."""
        return {
            table: self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in journal.tracked_tables(self.conn)
        }

    @property
    def format(self) -> tuple[int, int]:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        return format_version(int(version))


# ---------------------------------------------------------------------- helpers


def check_header(path: Path) -> None:
    """Tell a missing path, a folder, a non-SQLite file and someone else's database apart.

    Reads only the first 100 bytes; never writes.
    """
    if not path.exists():
        raise NotFoundError("“{file}” does not exist.", path, file=path)
    if path.is_dir():
        raise NotAWorkshopError(
            "“{file}” is a folder, not a workshop file.",
            path,
            file=path,
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DocumentError(
            "“{file}” cannot be read: {reason}.",
            path,
            file=path, reason=_reason(exc),
        ) from exc
    if not header:
        raise NotAWorkshopError(
            "“{name}” is empty: it is not a workshop file.",
            path,
            name=path.name,
        )
    if not header.startswith(_SQLITE_MAGIC):
        raise NotAWorkshopError(
            "“{name}” is not a workshop file (it is not a SQLite database).", path, name=path.name
        )
    if len(header) < 100:
        raise CorruptError("“{name}” is truncated: its header is incomplete.", path, name=path.name)
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise NotAWorkshopError(
            "“{name}” is a SQLite database, but not a workshop file.", path, name=path.name
        )


def inspect(
    conn: sqlite3.Connection, path: Path, schema: str = "main", *, whole: bool = True
) -> int:
    """Run ``quick_check`` (unless not ``whole``: a merge checks only the tables it reads,
    see ``merge.py``) and the format check on a read-only connection (or on the database
    attached as ``schema``); return user_version."""
    if whole:
        check_pages(conn, path, schema)
    user_version = int(conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0])
    major, minor = format_version(user_version)
    if major > FORMAT_MAJOR:
        raise NewerFormatError(
            "“{name}” was made by a newer Workshop (file format {major}.{minor}); "
            "this version reads format {format_major}. Please update Workshop.",
            path, name=path.name, major=major, minor=minor, format_major=FORMAT_MAJOR,
        )
    if user_version == 0:
        raise CorruptError(
            "“{name}” is an incomplete workshop file (no format).",
            path,
            name=path.name,
        )
    return user_version


def check_pages(
    conn: sqlite3.Connection, path: Path, schema: str = "main", table: str = ""
) -> None:
    """``quick_check`` of the whole file (every page read), or of one ``table`` and its
    indexes: :class:`CorruptError` in one line (the first problem SQLite names) when it
    finds damage."""
    which = f'("{table}")' if table else ""
    result = [row[0] for row in conn.execute(f"PRAGMA {schema}.quick_check{which}")]
    if result != ["ok"]:
        lines = [x for r in result for x in str(r).splitlines() if not x.startswith("***")]
        raise CorruptError(
            "“{name}” is damaged ({result}). An automatic backup may help.",
            path,
            name=path.name, result=(lines or ["unreadable"])[0],
        )


def _writable(path: Path) -> bool:
    """Whether the file can be written and SQLite can make its -wal and -shm beside it."""
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return False
    try:
        # os.access answers from the mode bits; opening asks the file system itself
        # (read-only mounts, ACLs, network shares). Opening changes nothing in the file.
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    os.close(fd)
    return True


def at_rest(real: Path) -> bool:
    """Whether nobody is writing the file at ``real`` (a resolved path: SQLite's sidecars
    are beside the file a link points to) and SQLite has nothing to recover beside it, so
    it can be read as ``immutable`` (no locks, no -shm made beside it). An open WAL
    database always has its -wal; an empty one left behind (by a read-only connection, or
    a closed one that kept it) holds nothing, unless a Workshop has the file open (its
    -lock); a -journal is a write to roll back."""
    try:
        os.stat(f"{real}-journal")
        return False
    except FileNotFoundError:
        pass
    except OSError:
        return False
    try:
        wal = os.stat(f"{real}-wal").st_size
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return wal == 0 and not sidecar(real).exists()


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if not read_only:
        return sqlite3.connect(path, isolation_level=None)
    if _writable(path) and not Path(f"{path}-wal").exists():
        # Nobody has the file open (an open WAL database always has its -wal). A normal
        # connection that refuses writes reads it just the same, and SQLite removes the
        # -wal and -shm it makes when the last connection closes, which it cannot do for
        # a mode=ro one: so checking a file, or refusing to open it, leaves nothing beside it.
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None
        )
        conn.execute("PRAGMA query_only = ON")
        return conn
    if not Path(f"{path}-wal").exists():
        # A file we cannot write, with no -wal: nobody is writing it (a writer always has
        # its -wal). Read it as immutable: a mode=ro connection to a WAL file would make
        # -wal and -shm beside it that it can never remove, so a check or an export of a
        # read-only file would leave them behind.
        return sqlite3.connect(
            f"{path.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None
        )
    uri = f"{path.resolve().as_uri()}?mode=ro"
    reader: sqlite3.Connection | None = None
    try:
        reader = sqlite3.connect(uri, uri=True, isolation_level=None)
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return reader
    except sqlite3.OperationalError:
        _close_quietly(reader)
        # A WAL file in a folder we cannot write: SQLite cannot make its -shm, so
        # read it as immutable (nobody can be writing it from here anyway).
        immutable = f"{path.resolve().as_uri()}?immutable=1"
        return sqlite3.connect(immutable, uri=True, isolation_level=None)


def _new_file(path: Path) -> sqlite3.Connection:
    """A new, empty workshop file at ``path``: marked as ours, schema at the latest format."""
    conn = _connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _configure(conn)
        migration_set().apply(_database(conn))
    except BaseException:
        _close_quietly(conn)
        raise
    return conn


def _drop_free_pages(conn: sqlite3.Connection) -> None:
    """A filled new file starts without the free pages its filling left behind (the demo's
    cleared history was 31 of its 133 pages): smaller to hand out, less for its first
    check to read. Only a file being built is compacted, never a user's."""
    if conn.execute("PRAGMA freelist_count").fetchone()[0]:
        conn.execute("VACUUM")


def _flush(path: Path) -> None:
    """Make ``path`` (a file, or a folder's entries after a rename) durable."""
    if os.name == "nt":  # pragma: no cover - folders cannot be opened on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_with_sidecars(path: Path) -> None:
    for extra in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{extra}").unlink(missing_ok=True)


def _database(conn: sqlite3.Connection) -> Database:
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 2000")


def _close_quietly(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        with contextlib.suppress(sqlite3.Error):
            conn.close()


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass


#: What a row of each table is called in a sentence (default: the table name, singular).
_ROW_NOUNS = {
    "activities": "activity",
    "workshop": "workshop detail",
    "tallies": "paper tally",
    "dots": "dot",
    "timers": "activity clock",
    "purpose_statements": "purpose statement",
    "purpose_drafts": "blended draft",
    "reciprocity_cards": "offer or ask",
}
#: Columns that name a row for the reader, in order of preference.
_ROW_NAMES = ("title", "name", "text", "what", "label", "statement")


#: Why an undo or redo was refused: (undo or redo, how the row drifted) → the sentence.
_DRIFT = {
    ("undo", "added"): said(
        "Cannot undo “{label}”: since then a {noun} (number {number}) has been added in its "
        "place by another program, such as sqlite-utils or Datasette. Nothing was undone: that "
        "change is kept, and undo stops at this step."
    ),
    ("redo", "added"): said(
        "Cannot redo “{label}”: since then a {noun} (number {number}) has been added in its "
        "place by another program, such as sqlite-utils or Datasette. Nothing was redone: that "
        "change is kept, and redo stops at this step."
    ),
    ("undo", "deleted"): said(
        "Cannot undo “{label}”: since then the {noun} {row} has been deleted by another "
        "program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, "
        "and undo stops at this step."
    ),
    ("redo", "deleted"): said(
        "Cannot redo “{label}”: since then the {noun} {row} has been deleted by another "
        "program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, "
        "and redo stops at this step."
    ),
    ("undo", "changed"): said(
        "Cannot undo “{label}”: since then the {noun} {row} has been changed (its {columns}) "
        "by another program, such as sqlite-utils or Datasette. Nothing was undone: that "
        "change is kept, and undo stops at this step."
    ),
    ("redo", "changed"): said(
        "Cannot redo “{label}”: since then the {noun} {row} has been changed (its {columns}) "
        "by another program, such as sqlite-utils or Datasette. Nothing was redone: that "
        "change is kept, and redo stops at this step."
    ),
    ("undo", "changed_only"): said(
        "Cannot undo “{label}”: since then the {noun} {row} has been changed by another "
        "program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, "
        "and undo stops at this step."
    ),
    ("redo", "changed_only"): said(
        "Cannot redo “{label}”: since then the {noun} {row} has been changed by another "
        "program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, "
        "and redo stops at this step."
    ),
}


def _drift_error(change: Change, drift: journal.Drift, undone: bool, path: Path) -> ConflictError:
    """Say which row changed under the history, and that nothing was written."""
    verb = "undo" if undone else "redo"
    how = drift.how if drift.how in ("added", "deleted") else "changed"
    if how == "changed" and not drift.columns:
        how = "changed_only"  # no column differs that a reader would name
    noun = _ROW_NOUNS.get(drift.table) or drift.table.replace("_", " ").removesuffix("s")
    return ConflictError(
        _DRIFT[verb, how],
        path,
        label=change.label,
        noun=noun,
        number=drift.row.get("id"),
        row=_row_name(drift.row),
        columns=_column_words(drift.columns),
    )


#: Columns named as a reader would say them; others lose "_id" and underscores.
_COLUMN_WORDS = {"x": "position", "y": "position", "width": "size", "height": "size"}


def _column_words(columns: Sequence[str]) -> str:
    words = [
        _COLUMN_WORDS.get(c) or c.removesuffix("_id").replace("_", " ") for c in columns
    ]
    return ", ".join(dict.fromkeys(words))


def _row_name(row: Row) -> str:
    for column in _ROW_NAMES:
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            line = " ".join(value.split())
            return "“" + (line if len(line) <= 40 else line[:39].rstrip() + "…") + "”"
    return f"number {row.get('id')}"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    text = (str(exc) or type(exc).__name__).rstrip(".")
    if text in ("disk I/O error", "database or disk is full"):
        return f"{text} — the disk may be full, or the file's drive was removed"
    return text
